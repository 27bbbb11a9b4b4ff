"""An abstract's list of keywords (``Keywords: Causality, probabilistic …``, ``Index
Terms\u2014 …``): the abstract's last paragraph, never a title nor an abstract's opening."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["KEYWORDS_TITLE", "keywords_line"]

# None of the page generator's 75,874 real titles opens so; 63 of their abstracts hold such
# a paragraph (28 on a line of their own as arXiv wraps them), always their last. Read as
# a title, the next card's title became its abstract (new 15 p002007) or the list a
# record of its own; as an abstract's opening, the line above it became a title. What
# either reading pays.
KEYWORDS_TITLE: Final = 8.0
_KEYWORDS: Final = re.compile(r"(?:key ?words|index terms)\b\s*[:\u2014\u2013-]", re.I)
# Every character ``_KEYWORDS`` can open with (``k`` and ``i`` in any case, ``re.I``'s
# Unicode folds among them: the Kelvin sign, dotted and dotless i): the test of each line's
# first character settles nearly all lines before the pattern is run.
_OPENERS: Final = "kKiI\u212a\u0130\u0131"


def keywords_line(text: str) -> bool:
    """Does ``text`` open with a keywords label (``Keywords:``, ``Key words --``,
    ``Index Terms\u2014``)?"""
    return text[:1] in _OPENERS and _KEYWORDS.match(text) is not None
