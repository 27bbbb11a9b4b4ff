"""What a page puts right after a blank line: a page that sets its cards apart with blank
lines and keeps each card's lines together (a card's title, its abstract and its chrome
with no blank between: the ``card_blanks`` rhythm) opens a card after every blank line.

Text after a blank line is counted by the role decided for it (a title, or the card's
text: its abstract, an abstract's or a title's rest, an organisation's name). Once the
page has shown three titles or more there, nine in ten of the times (``tokens._learn``'s
test), the next text after a blank line opens a card: read as the card above's abstract
(``LLM enhanced graph inference … modelling.`` under a card without an abstract and a
blank line), its organisation (``The FM Agent`` alone between two blank lines, under the
card above's chrome) or a rest, it pays the log-odds of the counts, at most 4, as the
page's chrome habits do. A page that sets a title and its abstract apart (layout A) shows
abstracts after blank lines as often as titles and has no such habit; a page without
blank lines between its cards never asks."""

from __future__ import annotations

from math import log
from typing import Final

__all__ = ["GAP_TITLE_MAX", "gap_title"]

# As sure as the page's chrome habits at their surest (``tokens._learn``).
GAP_TITLE_MAX: Final = 4.0


def gap_title(seen: list[int]) -> float:
    """What text after a blank line pays as anything but a title, from ``seen``
    ([titles, other roles] after blank lines so far): 0 until the page has shown the
    habit surely (three titles or more, nine in ten)."""
    titles, others = seen
    if titles < 3 or titles < 9 * others:
        return 0.0
    return min(GAP_TITLE_MAX, log((titles + 1) / (others + 1)))
