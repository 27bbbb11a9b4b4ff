"""A date is a date with or without its ``·``: a page that prints its card dates in several
forms (``Published on Feb 15, 2021``, ``May 8``, ``· Published on May 8, 2026``) and has put
a title right before its plain dates on every card so far knows the line over a ``· date``
it has shown less often is a title too, also under a line that filled the page's width
(``furniture_rhythm.titled_kind``), a title wrapped over two lines there too
(``last_breaks.break_before_title_pair``). Excerpts in ``fixtures/pages_rs27.json``: ``reader`` 50
p000510 (failing on ``eb22ca5``: the title read as the card above's abstract's last line,
its own abstract rejected) and ``reader`` 34 p000450 (failing on ``0498ee7``: the title
glued to the abstract above)."""

from __future__ import annotations

from papercorpus.sources.pages.furniture_rhythm import titled_kind
from papercorpus.sources.pages.page_habits import PageHabits

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_rs27.json")


def test_a_title_over_a_dot_date_under_a_full_line() -> None:
    """``… languages and showcases a practical`` (68 of 72) + ``[Citation needed] A
    non-intrusive approach to index-aware learning`` + ``· Published on May 8, 2026``: the
    page's two ``· date`` lines so far stood under titles, its plain dates under titles on
    every card."""
    check_excerpt(EXCERPTS["reader50_p000510_title_over_a_dot_date_under_a_full_line"])


def _habits(*seen: tuple[str, bool]) -> PageHabits:
    habits = PageHabits()
    for tag, title in seen:
        habits.learn_before(tag, title)
    return habits


def test_a_dot_date_answers_to_the_date_habit() -> None:
    dated = [("date", True)] * 4
    assert titled_kind("date", _habits(*dated))
    assert titled_kind("dotdate", _habits(*dated))
    assert titled_kind("dotdate", _habits(*dated, ("dotdate", True), ("dotdate", True)))
    # (a "· date" shown under anything else has a habit of its own: an organisation's
    # name over its "· date")
    assert not titled_kind("dotdate", _habits(*dated, ("dotdate", False)))
    # (no date habit: nothing to answer for it; a "·" alone is no date)
    assert not titled_kind("dotdate", _habits(("date", True)))
    assert not titled_kind("dot", _habits(*dated))


def test_a_title_of_two_lines_over_its_date_under_a_full_line() -> None:
    """``… reported in this work`` (70 of 80) + ``LiveBrowseComp: Are Search Agents
    Searching, or Just Verifying What They Already`` (80) + ``Know?`` + ``Feb 26``: the
    page puts a title right before every date; the cut before the last line alone made
    ``Know?`` the title, and the joined reading won (``last_breaks.break_before_title_pair``)."""
    check_excerpt(EXCERPTS["reader34_p000450_two_line_title_over_its_date_under_a_full_line"])
