"""The ``mid_org`` arrangement, fourth pass: a title whose line fills the page head's width
on a page that leaves its titles whole, a title between an abstract wrapped at the page's
width and a paragraph set on one wider line, and an abstract's first line cut from its
rest where the page's width was learned too narrow.
Excerpts of the seed-30 ``mid_org`` set and of a 60k seed-26 ``mid_org`` set of plain
layout-B pages (``fixtures/pages_mo16.json``), each failing without its rule."""

from __future__ import annotations

from papercorpus.sources.pages import neighbours
from papercorpus.sources.pages.last_breaks import break_before_wide
from papercorpus.sources.pages.tokens import Token
from papercorpus.sources.pages.units import Unit

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_mo16.json")

_WRAPPED = [
    "In this paper, we present a generalization of a syntax-directed editor",
    "calculus, which can be used to instantiate a specialized syntax-directed editor",
    "for any language, given by some abstract syntax. The editor calculus guarantees",
    "Conformal Prediction Sets for Instance Segmentation.",
]


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


def test_a_title_over_a_paragraph_set_on_one_wide_line() -> None:
    """``… pattern matching and fixed points`` (an abstract wrapped at 80) + ``Conformal
    Prediction Sets for Instance Segmentation.`` + its abstract on one line of 1,125: the
    wide paragraph is another card's abstract, the line over it its title (p000372:
    joined as the first abstract's last line, the card lost)."""
    check_excerpt(EXCERPTS["mo16_m26pB_p000372_a_title_over_a_paragraph_set_on_one_wide_line"])


def test_an_abstract_first_line_cut_where_the_width_was_learned_narrow() -> None:
    """A page whose first abstract teaches a width of 88 (its tool's is 100): ``Face
    recognition … efficient matching. Once leaked, these templates`` at 98, under
    ``NVIDIA`` + ``·`` + ``Published on Oct 23``, over ``pose a threat: …``: the line is
    its abstract's first, not a title (p000302: the card above, one without an
    abstract, took ``CLIP-FTI: …`` as its abstract)."""
    check_excerpt(
        EXCERPTS["mo16_m26pB_p000302_an_abstract_first_line_cut_where_the_width_was_learned_narrow"]
    )


def test_a_cut_before_a_title_over_a_wide_paragraph() -> None:
    """The intake offers a cut before the last line of a unit wrapped at the width when a
    paragraph on one line wider than it closes the unit; not before a wide line no tool
    wrapping at the width could have broken (one long web address), nor under fewer than
    two wrapped lines."""
    wide = "Current instance segmentation models achieve high performance on average " * 3
    u = Unit(1, list(_WRAPPED))
    break_before_wide(u, wide, 80)
    assert [b[0] for b in u.breaks] == [3]
    url = "https://example.org/" + "x" * 120
    u = Unit(1, list(_WRAPPED))
    break_before_wide(u, url, 80)
    assert u.breaks == []
    u = Unit(1, list(_WRAPPED[2:]))
    break_before_wide(u, wide, 80)
    assert u.breaks == []


def test_a_one_line_piece_going_on_in_lower_case() -> None:
    """A one-line piece holding a sentence's end and ending open, right under chrome, over
    a line opening in lower case, is marked ``nxt_lower`` (judged with the text under
    it); not when it ends a sentence, nor over a line more than twice its width."""
    line = "Face recognition systems store face templates for efficient matching. Once leaked"
    under = "pose a threat: inverting them can yield photorealistic surrogates"

    def marked(text: str, below: str) -> bool:
        prev = Token(1, text, kind="WA", tag="text", prv="date")
        neighbours.mark_next(prev, Token(2, below, kind="A", tag="text"))
        return prev.nxt_lower

    assert marked(line, under)
    assert not marked(line + ".", under)
    assert not marked(line, under + " and so on." * 20)
