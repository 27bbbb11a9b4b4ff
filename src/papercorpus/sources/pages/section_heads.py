"""A markdown heading over a group of cards (``## Trending this week`` over cards whose
titles are ``### [Title](url)``): a section of the listing, not a paper. A page sets its
cards' titles at one heading level, on every card; a heading of a higher level (fewer
``#``) between them heads a group of them, as the page's own head does (``# Daily
Papers``). The level is the page's when its lines read ahead (``repeats.WINDOW``) show it
on ``MIN_TITLES`` lines or more and on more lines than any other level."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

__all__ = ["KIND", "card_level", "section_heading"]

KIND: Final = "section"
MIN_TITLES: Final = 3
_ATX: Final = re.compile(r"(#{1,6}) +\S")


def card_level(window: Sequence[str]) -> int:
    """The heading level of the page's card titles (0: none shown)."""
    levels = Counter(m.end(1) for s in window if s[:1] == "#" and (m := _ATX.match(s)))
    if not levels:
        return 0
    (level, n), *rest = levels.most_common(2)
    return level if n >= MIN_TITLES and (not rest or rest[0][1] < n) else 0


def section_heading(s: str, level: int) -> bool:
    """Is ``s`` (stripped) a heading of a higher level than the page's card titles'
    (``level``)?"""
    m = _ATX.match(s)
    return m is not None and m.end(1) < level
