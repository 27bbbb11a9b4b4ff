"""New family, round 24 (nw24): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw24.json``: seeds 83 and 84), each failing on
``fe33636``."""

from __future__ import annotations

from math import log

import pytest

from papercorpus.sources.pages.bare_names import BARE_NAME_MARKED, BARE_NAME_MAX, bare_name_cost
from papercorpus.sources.pages.page_habits import PageHabits

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_nw24.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_bracket_cut_with_dated_chrome"))
def test_a_bracket_opening_a_line_under_card_chrome_is_no_cut_wrapper(name: str) -> None:
    """``[\\![256, 2 ]\\!] $ and $ [\\![512, 2]\\!] $ … $ [\\![1201, 1,`` (an abstract's
    line opening with a LaTeX bracket) over cards whose chrome is ``Meta AI · Published on
    May 12`` and, at the page's end, ``[Content truncated]``: the cards' organisation lines
    carry their dates, so the text ran on through cards and the ``[`` opens no link
    wrapper the capture cut; every card under it is read (13 cards were glued into one
    abstract)."""
    check_excerpt(EXCERPTS[name])


def test_a_wrapper_cut_inside_one_card_stays_one_text() -> None:
    """A link-wrapped abstract the capture cut, with no card's chrome between its ``[`` and
    the cut, is still one text (the cut wrapper ``links._dated`` keeps)."""
    lines = [
        "A First Paper Title",
        "",
        "Meta AI · Published on May 12",
        "",
        "[An abstract wrapped in a link, long enough to be one, that the capture",
        "cut in the middle of its second sentence, here, where the page",
        "[Content truncated]",
    ]
    records, _ = parse_page(lines)
    assert [r.title for r in records] == ["A First Paper Title"]
    assert records[0].abstract.startswith("An abstract wrapped in a link")
    assert "where the page" in records[0].abstract


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_plain_name_on_a_page_marking"))
def test_a_plain_name_on_a_page_marking_its_organisations_is_a_title(name: str) -> None:
    """``MAPS: …`` + ``Tsinghua University · Published on Oct 19`` + ``The Format Tax`` +
    ``Tsinghua University · 3 authors`` + its abstract, on a page that has shown every
    organisation with its ``·`` and date or count: the plain short line is the next
    card's title, not the first card's second organisation (the first card has no
    abstract)."""
    check_excerpt(EXCERPTS[name])


def test_bare_name_cost() -> None:
    habits = PageHabits()
    assert bare_name_cost(habits) == 0.0  # (nothing shown yet)
    habits.mo_linked_orgs = [1, 1]
    assert bare_name_cost(habits) == 0.0  # (two marked: no habit yet)
    habits.mo_linked_orgs = [2, BARE_NAME_MARKED - 2]
    assert bare_name_cost(habits) == pytest.approx(log(BARE_NAME_MARKED + 1))
    habits.mo_linked_orgs = [40, 2]
    assert bare_name_cost(habits) == BARE_NAME_MAX
    habits.bare_orgs = 1  # (the page names its organisations both ways)
    assert bare_name_cost(habits) == 0.0
