"""Round 32 (ux36): on a page wrapped at 72-100 and folded at 40-60 since (a comb), the
line the first wrap set is read back from the fold's pieces (``widths.folded_line``) only
where it is prose; at a unit's start it must show a sentence's marks (a sentence's words,
a comma, a stop or a semicolon inside it), as it must be in Title Case there already. A
title is no line of the first wrap (the page set it whole, the fold broke it), and the
line opening a unit is a card's title as often as its abstract's first: ``Learning
without training: The implicit dynamics of`` + ``in-context learning`` joined as a line
of 71 that filled 72 read ``user concerns regarding social robots for mood`` (the next
card's title, in lower case) as its sentence going on, and both cards went into the
abstract above (capture 171 p000682: a card without an abstract, then a title in lower
case; capture 171 narrow 41 / 29 -> 38 / 28 lost / glued).

The excerpt: capture 171 p000682 (a justified page folded at 51, its start cut), its
lines to its third card, then the card over the two it lost, and those two."""

from __future__ import annotations

from papercorpus.sources.pages.widths import folded_line

from .page_excerpts import _ws, card_pairs, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_fold_unit_start.json")


def test_a_title_opening_a_unit_is_no_line_of_the_first_wrap() -> None:
    page = EXCERPTS["p682"]
    records, _ = parse_page(page["lines"])
    got = _ws(card_pairs(records))
    for card in _ws(page["cards"]):
        assert card in got


def test_a_unit_s_first_line_is_read_back_where_it_is_prose() -> None:
    title = ["Learning without training: The implicit dynamics of", "in-context learning"]
    assert folded_line(title, 51, 72) is None
    prose = ["Video foundation models generate visually", "realistic and temporally coherent, but"]
    assert folded_line(prose, 46, 80) == " ".join(prose)
    # (under the unit's first line, as before)
    assert folded_line(["A first line of prose.", *title], 51, 72) == " ".join(title)
