"""Two lines each holding a subtitle's colon, the lower one opening with a name then
``: `` (``protea: offline evaluation and iterative refinement for multi-agent llm
workflows`` + ``knowledge-to-verification: exploring rlvr for llms in knowledge-intensive
domains``, ``new`` 40 ``n_midchrome`` p000432: a card without an abstract, then the next
title, both in lower case): two titles, in any case form. Of the page generator's 75,874
real titles wrapped at 60 / 80 / 100 columns, 9 of the 81,053 lines under a line holding
``: `` open with one word then ``: ``; 38.7% of titles open so (log-odds about 8).
``title_rest.TWO_SUBTITLES`` (4.5) was charged only where the lower line opens in capitals
or a digit (its measurement: a colon anywhere on it); a line in lower case opening so
is as sure a title's first line."""

from __future__ import annotations

import re
from typing import Final

from ..shape import TITLE_MAX

__all__ = ["name_colon", "subtitle_pair"]

# One word (no space: a name, "knowledge-to-verification", "s1") then ": " at a line's
# start; not "of AI: Design …", a wrapped rest opening with small words.
_NAME_COLON: Final = re.compile(r"\S+: ")


def name_colon(text: str) -> bool:
    """Does ``text`` open with one word then ``: ``?"""
    return _NAME_COLON.match(text) is not None


def subtitle_pair(prev: str, text: str) -> bool:
    """Do the title-sized lines ``prev`` (holding ``: ``) and ``text`` (opening with a
    name then ``: ``) read as two titles (see the module's note)? The substring test
    first: most lines hold no colon."""
    return (
        ": " in prev
        and ": " in text
        and len(prev) <= TITLE_MAX
        and len(text) <= TITLE_MAX
        and name_colon(text)
    )
