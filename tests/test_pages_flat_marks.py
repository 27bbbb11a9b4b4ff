"""Round 34 (lt34): a page that wraps nothing learns no width from a join made on a mark.

A title ending in its language's name (``**Bold** Action Language BC+``, ending in a
joiner's mark) is joined to the line under it, the next card's title (two cards without
an abstract in a row, on an ``org`` page that prints every abstract on one line). The
intake learns no width from that first join on a flat page (``joins``: lines of
different widths), but it did from the unit's next one: the second title (96 columns)
"filled" that width over ``Kandinsky Lab``, so the decoder read it as an abstract's first
line going on (``neighbours.mark_next``'s ``nxt_lower``) and took it as the first card's
abstract: a card lost (default 118 p000829). A reader sees a page whose paragraphs each
sit on one line: no line of it filled a width, whichever break of a unit is measured."""

from __future__ import annotations

import pytest

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_flat_marks.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "default"))
def test_a_flat_page_learns_no_width_from_a_units_later_break(name: str) -> None:
    check_excerpt(EXCERPTS[name])
