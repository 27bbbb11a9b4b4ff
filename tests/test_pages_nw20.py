"""New family, round 20 (nw20): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw20.json``, seeds 60-62), each failing on
``a785222``."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.units import Unit
from papercorpus.sources.pages.wraps import continues

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_nw20.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_opening_in_parentheses"))
def test_a_title_opening_in_parentheses_under_a_link(name: str) -> None:
    """``… Project page: https://…github.io/POS-ISP`` (an abstract on one line) + ``(Almost)
    Free Modality Stitching of Foundation Models`` + ``Submitted on 9 May 2026`` + its
    abstract: the title opens a card, not an acronym going on after the address."""
    check_excerpt(EXCERPTS[name])


def test_no_acronym_after_an_address() -> None:
    text = "(Almost) Free Modality Stitching of Foundation Models"
    u = Unit(1, ["Code: https://example.github.io/POS-ISP"])
    assert not continues(u, text, text, False, True, False, 0)
    # an acronym defined across the break still goes on
    u = Unit(1, ["games and natural language processing"])
    assert continues(u, "(NLP), game theory and more", "(NLP), game theory", False, True, False, 0)
