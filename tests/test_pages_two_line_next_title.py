"""Round 34 (ux41): on a page folded narrower than its titles (the ``capture`` arrangement's
``narrow`` trait) in layout B, a card without an abstract whose title the fold broke over
two lines, read as a title and its rest, over the next card's title, two lines the intake
joined as one unit, then that card's abstract: ``Retrieval or Representation? Reassessing
Benchmark`` + ``Gaps in Multilingual and Visually Rich RAG`` + ``Improving Predictive
Confidence in Medical Imaging`` / ``via Online Label Smoothing`` + ``Deep learning models,
especially convolutional …`` (capture 118 p000264: one title of four lines, the second
card lost and its abstract given to the first). ``token_charges.unshared_under_rest``
weighed the next line under a title read over two lines where that line was one; a fold
narrower than the titles breaks the next title over two as often, and the intake joins
them: the abstract echoes the two lines (``medical``, ``confidence``) and none of the
title's own words above (``UNSHARED_FIRST``).

The excerpt: capture 118 p000264's lines 1544-1615 (three cards folded at 50; the first
is read in two here, as the excerpt cuts the page's habits off, and is not asked)."""

from __future__ import annotations

from papercorpus.sources.pages.token_charges import unshared_under_rest
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import _ws, card_pairs, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_two_line_next_title.json")


def test_a_two_line_title_over_the_next_title_joined_as_one_unit() -> None:
    page = EXCERPTS["p264"]
    records, _ = parse_page(page["lines"])
    got = _ws(card_pairs(records))
    for card in _ws(page["cards"]):
        assert card in got


def test_the_next_title_of_two_lines_is_weighed() -> None:
    title = EXCERPTS["p264"]["cards"][0][0]
    abstract = EXCERPTS["p264"]["cards"][1][1]
    two = Token(
        1580,
        "Improving Predictive Confidence in Medical Imaging via Online Label Smoothing",
        lines=2,
    )
    two.under = abstract
    assert unshared_under_rest(title, two) > 0
    three = Token(1580, two.text, lines=3, under=abstract)
    assert unshared_under_rest(title, three) == 0  # (three lines: not weighed so)
