"""New family, round 24 (nw24): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw24.json``: seed 83), each failing on
``fe33636``."""

from __future__ import annotations

import pytest

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
