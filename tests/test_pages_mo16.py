"""The ``mid_org`` arrangement, fourth pass: a title whose line fills the page head's width
on a page that leaves its titles whole, a title between an abstract wrapped at the page's
width and a paragraph set on one wider line, and an abstract's first line cut from its
rest where the page's width was learned too narrow.
Excerpts of the seed-30 ``mid_org`` set and of a 60k seed-26 ``mid_org`` set of plain
layout-B pages (``fixtures/pages_mo16.json``), each failing without its rule."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_mo16.json")


def test_a_title_filling_the_head_width_on_a_page_that_leaves_titles_whole() -> None:
    """A first title of 93 characters on one line, over an abstract wrapped at 80 in
    markdown hard breaks (the page learns no wrap width from them), then ``Procedure
    Learning via! … Optimal Transport`` at 72 + ``Rethinking LayerNorm in Image
    Restoration Transformers.`` + its organisation block: two titles, not one wrapped
    at the head's width (p000812: read as one, the second card lost)."""
    check_excerpt(
        EXCERPTS[
            "mo16_m30_p000812_a_title_filling_the_head_width_on_a_page_that_leaves_titles_whole"
        ]
    )
