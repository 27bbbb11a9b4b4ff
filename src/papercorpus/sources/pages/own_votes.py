"""The page's title habit as the cards not in doubt show it: a card whose reading is open
(``revise``) is no evidence for that reading.

A name under a title read as the title's wrapped rest counts the title as wrapped
(``TokenReader._title_wrap``); read as the card's organisation, a title longer than the
page's title limit counts as left on one line. Weighed again by the page's title habit
(``Decoder.rest_and_name``: ``scores.TITLE_HABIT``, ``SURE_TITLE_HABIT``), the card's
own vote speaks for the reading it was cast by: on a browser's copy, every block on one
line, ``Aqua Boundary-Saliency … Detection Transformer`` (118 columns) + ``Meta AI`` +
``Published on Aug 20`` (conv 41 p002587, the page's second card) read as one title
kept the page from the sure habit (``SURE_TITLES`` long titles on one line and none
wrapped) through 64 cards of titles on one line, the rest's one wrapped title being its
own, and the two readings tied. As ``revise._weigh`` counts the page's ``·`` habit
without the open cards' ``·`` lines, it counts the title habit without their titles.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .scores import SURE_TITLES
from .tokens import Token

__all__ = ["habit_of", "habit_without"]


class _Opened(Protocol):
    rest: bool
    title: Token | None  # None: the title's wrap was not judged on the name


def habit_of(one: int, wrapped: int) -> int:
    """The title habit of a page that left ``one`` titles longer than its limit on one line
    and wrapped ``wrapped``: -2 surely none wrapped, -1 a habit of one line, 0 none shown,
    1 the page wraps its titles (``TokenReader._title_wrap``'s counts)."""
    return (
        -(one >= 3 and wrapped * 5 < one)
        - (one >= SURE_TITLES and not wrapped)
        + (wrapped >= 3 and one * 5 < wrapped)
    )


def habit_without(wraps: list[int], opens: Iterable[_Opened], limit: int) -> int:
    """The title habit of the counts ``wraps`` (one line, wrapped) without the votes of the
    open cards' titles as read (``limit``: the title limit, ``TokenReader._title_limit``):
    a rest counted its one-line title as wrapped, a name its title longer than the limit
    as on one line; a title of several lines is wrapped either way."""
    one, wrapped = wraps
    for o in opens:
        t = o.title
        if t is None or t.lines > 1:
            continue
        if o.rest:
            wrapped -= 1
        elif len(t.text) > limit:
            one -= 1
    return habit_of(max(one, 0), max(wrapped, 0))
