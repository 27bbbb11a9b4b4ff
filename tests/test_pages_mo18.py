"""Single arrangements at seed 40: a Title Cased title under an abstract ending open, and
a short title over its "·" date and its organisation under a card without an abstract
that named its own (a card names one organisation, so the name read as that card's second
makes it name three). Excerpts of the seed-40 sets (``fixtures/pages_mo18.json``), each
failing without its rule."""

from __future__ import annotations

from papercorpus.sources.pages.evidence import cont_evidence

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_mo18.json")


def test_a_short_title_over_its_date_and_organisation_under_a_card_naming_one() -> None:
    """``Entropy-Constrained Strategy Optimization …`` + ``4 authors`` + ``· Jan 1, 2020`` +
    ``Shanghai AI Laboratory`` + ``·`` + ``Apr 20, 2019`` + ``186`` (the page's first card,
    no abstract), then ``Diffusion Image Prior`` + ``· Mar 28, 2018`` + `` Meta AI`` + ``·``
    + ``Published on Nov 15`` + ``* 2 authors`` + its abstract: the second card's title,
    not the first card's second organisation (``mid_org`` 40 p000314, plain A: the card
    lost, its abstract glued to the first card)."""
    check_excerpt(
        EXCERPTS[
            "mo18_m40_p000314_a_short_title_over_its_date_and_organisation_under_a_card_naming_one"
        ]
    )


def test_a_title_cased_title_under_an_abstract_ending_open() -> None:
    """``… and is competitive with the LLM fine-tuning approach`` (an abstract ending open,
    77 of 80) + ``Collaborative Multi-Agent Test-Time Reinforcement Learning for Reasoning``
    (72, Title Cased) + ``Multi-agent systems have evolved into …``: a title over its
    abstract, the prose going on neither into the line nor out of it (``between`` 40
    p000023, plain B: the line and the abstract under it read as the card above's, the
    card lost)."""
    check_excerpt(EXCERPTS["mo18_b40_p000023_a_title_cased_title_under_an_abstract_ending_open"])


def test_a_title_past_a_sure_width_under_a_card_without_an_abstract() -> None:
    """``Context informs pragmatic interpretation in vision-language models`` (no abstract)
    + ``What do language models model? Transformers, automata,? And the format of
    thought`` at 81 + its abstract wrapped at 80, on a page that has wrapped hundreds of
    lines within 80: the line was not wrapped there, so it is a title, not the first
    line of the card above's abstract (``bare`` 40 p000213, plain B)."""
    check_excerpt(
        EXCERPTS["mo18_bare40_p000213_a_title_past_a_sure_width_under_a_card_without_an_abstract"]
    )


def test_a_title_past_a_sure_width_under_two_cards_without_an_abstract() -> None:
    """Two cards without an abstract (``mIterative Hypothesis Generation …``, ``CLASSIFICATION
    IS A RAG PROBLEM: …``), then ``Beyond black and white: … continuous ethnicity labels`` at
    102 + its abstract wrapped at 100 (a page of CRLF lines): a title, not the second card's
    abstract's first line (``bare`` 40 p000176, plain B)."""
    check_excerpt(
        EXCERPTS[
            "mo18_bare40_p000176_a_title_past_a_sure_width_under_two_cards_without_an_abstract"
        ]
    )


def test_a_title_past_a_sure_width_over_the_next_title() -> None:
    """``Directly from Alpha to Omega: … Vector Floor Plan Generation`` at 82 (no abstract) +
    ``Generating Physically Stable and Buildable LEGO Designs from Text`` + an image's line +
    its abstract wrapped at 80, on a page that has not shown a wrapped title: two titles,
    not one of two lines (default 29 ``shuffled`` p000317, plain B: the second card lost).
    The over-wide line's charge stays the prose's only (on a title's rest it split
    arXiv-wrapped titles on reader pages); what reads it is the title of 120 the page left
    whole above it: ``Generating`` fits within 120 (``charges.ONE_WIDTH``, lt31; an xfail
    before)."""
    check_excerpt(EXCERPTS["mo18_d29_p000317_a_title_past_a_sure_width_over_the_next_title"])


def test_a_line_past_a_sure_width_is_no_wrapped_line() -> None:
    """Past ``SURE_WRAPS`` wraps within the width, a line wider than it (by one) over a
    line within it is worth no wrap; before, the margin ``full_at`` leaves counts it full."""
    title = "What do language models model? Transformers, automata,? And the format of thought"
    under = "What do large language models actually model? Do they tell us something about"
    sure = cont_evidence(title, under, True, False, 80, firm=True, sure=True)[0]
    firm = cont_evidence(title, under, True, False, 80, firm=True)[0]
    assert sure < firm - 4
