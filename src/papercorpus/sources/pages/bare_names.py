"""A name without an organisation's marks on a page that marks every organisation it names.

A page renders its organisations one way: ``Tsinghua University · Published on Oct 19``,
``Apple · 3 authors`` (a name with its ``·`` and its date or count), or a name over its
profile link. Once it has shown several so and none without, a plain short line such as
``The Format Tax`` between two cards is no organisation of that page: it is a title (a
card without an abstract, or over its own chrome). ``scores.text_scores`` charges the
organisation's reading of such a line ``bare_name_cost``.
"""

from __future__ import annotations

from math import log
from typing import Final

from .page_habits import PageHabits

__all__ = ["BARE_NAME_MARKED", "BARE_NAME_MAX", "bare_name_cost"]

# Organisations shown with their marks before a page's habit counts, and the most a plain
# name pays as one (the log-odds of the marks seen: 3 -> 1.4, 9 -> 2.3, 19 -> 3.0).
BARE_NAME_MARKED: Final = 3
BARE_NAME_MAX: Final = 3.0


def bare_name_cost(habits: PageHabits) -> float:
    """What a name without an organisation's marks pays as one, from what the page has
    shown: nothing once the page has read one plain name as an organisation (it names
    them both ways), the log-odds of its marked ones otherwise."""
    if habits.bare_orgs:
        return 0.0
    linked, plain_marked = habits.mo_linked_orgs
    marked = linked + plain_marked
    if marked < BARE_NAME_MARKED:
        return 0.0
    return min(BARE_NAME_MAX, log(marked + 1))
