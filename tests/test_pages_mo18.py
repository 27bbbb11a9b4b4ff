"""Single arrangements at seed 40: a Title Cased title under an abstract ending open, and
a short title over its "·" date and its organisation under a card without an abstract
that named its own (a card names one organisation, so the name read as that card's second
makes it name three). Excerpts of the seed-40 sets (``fixtures/pages_mo18.json``), each
failing without its rule."""

from __future__ import annotations

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
