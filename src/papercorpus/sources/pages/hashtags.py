"""A line of hashtags (``#LLM #Vision``, ``#3D``): a card's tags as a listing prints them,
under its title or its abstract. Markdown reads ``#`` and a space as a heading, so a
``#`` set right against a word is no heading's; a line made of such words and nothing else
is neither a title nor an abstract's text (no title or abstract line of the 74,728 papers
of /work/shared/data's arXiv listings is one). A tag holds a letter: ``#1`` alone is a
rank (``card_marks``)."""

from __future__ import annotations

import re
from typing import Final

from ...fields import EXTRA

__all__ = ["KIND", "hashtag_line", "keep_tags"]

KIND: Final = "tags"
_TAGS: Final = re.compile(r"#[\w.+-]*[^\W\d_][\w.+-]*(?:\s+#[\w.+-]*[^\W\d_][\w.+-]*)*")


_TAIL_TAG: Final = re.compile(r"(?:^|\s)#[\w.+-]*[^\W\d_][\w.+-]*$")


def hashtag_line(s: str, above: str = "") -> bool:
    """Is ``s`` (stripped, opening with ``#``) a line of hashtags alone? Not where the
    text right above it (``above``, no blank line between) ends in a hashtag: there the
    line is that text's wrapped rest (an author's post as its abstract, ``… feedback
    #MachineLearning #JAX`` / ``#VGTU #DeepLearning``, tests/fixtures p000640)."""
    if s[1:2] in (" ", "#", "") or _TAGS.fullmatch(s) is None:
        return False
    return not (above and above[-1] != "#" and _TAIL_TAG.search(above) is not None)


def keep_tags(meta: dict[str, object], s: str) -> None:
    """The card's tags kept in its ``extra`` as printed (no field reads them), under
    ``tags``: the first such line's."""
    extra = meta.get(EXTRA)
    if not isinstance(extra, dict):
        meta[EXTRA] = extra = {}
    extra.setdefault(KIND, " ".join(s.split()))
