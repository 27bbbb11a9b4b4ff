"""A name-like line named whole in the text under it, in any case: a paper's title.

An abstract names its paper (``We propose quantitative LLM judges, …`` under
``Quantitative LLM Judges``), rarely the organisation that published it; where it names
the line, words the card's title above shares with that text say nothing of whose text
it is (``charges.TITLE_SHARED``)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["named_whole"]

_ARTICLES: Final = ("the ", "a ", "an ")


def named_whole(name: str, text: str) -> bool:
    """Is the line ``name``, of two words or more, named whole in ``text`` in any case, a
    leading article aside, at word boundaries?"""
    low = name.casefold().strip()
    for article in _ARTICLES:
        if low.startswith(article):
            low = low[len(article) :]
            break
    if " " not in low:
        return False
    return re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", text.casefold()) is not None
