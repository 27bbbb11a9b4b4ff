"""Round 31 (ux35): a link's arrow closing each title (`` ↗``, ``parts.mark``) as an ASCII
terminal prints it, `` ?`` (``capture.ascii``: ``encode('ascii', 'replace')``). Each habit
was read alone: the arrow only as ``↗`` or ``â†—`` (``card_marks._TAIL_MARK``), a ``?``
closing a line as the text's own; on one page the mark stayed in every title (mix 115
p000393: 40 titles, ``capture.ascii + parts.mark``). A question closes its title with
``?`` right after its last word; a space before it is the page's mark when the page sets
it after its titles (three lines of its head), and only a title loses it."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_marks import ascii_tail_page

from .page_excerpts import CARDS, card_page
from .test_pages_card_parts import _laid, _read, _wrapped


@pytest.mark.parametrize("layout", ["A", "B", "W"])
def test_an_arrow_the_capture_printed_as_a_question_mark(layout: str) -> None:
    """``Title ?`` on every card: the titles are read without it (before: `` ?`` closed
    each title)."""
    _read(card_page(lambda i, c: _laid(layout, [c["title"] + " ?"], _wrapped(c, layout))))


def test_a_question_keeps_its_mark_under_the_arrow() -> None:
    """``What Does RL Teach? ?``: the arrow goes, the question's own mark stays."""
    want = [(c["title"] + ("?" if i == 2 else ""), c["abstract"]) for i, c in enumerate(CARDS)]

    def card(i: int, c: dict) -> list[str]:
        return _laid("A", [want[i][0] + " ?"], [c["abstract"]])

    _read(card_page(card), want)


def test_a_question_mark_set_apart_on_one_title_is_the_titles() -> None:
    """One title ending `` ?`` (twenty of the listings' 120,405 titles do: ``RescueBench:
    Can Embodied Agents Save Lives in the Wild ?``) makes no habit: it keeps its mark."""
    want = [(c["title"] + (" ?" if i == 1 else ""), c["abstract"]) for i, c in enumerate(CARDS)]
    _read(card_page(lambda i, c: _laid("A", [want[i][0]], [c["abstract"]])), want)


def test_the_habit_is_the_titles_not_the_texts() -> None:
    """An abstract's lines closing with `` ?`` (a dash the capture could not print, set at
    the wrap) are no title's mark: the text goes on under them."""
    prose = ["the model is trained on the whole set ?", "and tested on the rest of it"]
    assert not ascii_tail_page(prose * 5)
    window = []
    for c in CARDS:
        window += [c["title"] + " ?", c["abstract"], ""]
    assert ascii_tail_page(window)
