"""New family, round 20 (nw20): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw20.json``, seeds 60-62), each failing on
``a785222``."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.units import Unit
from papercorpus.sources.pages.wide_lines import sure_past
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


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_titles_past_a_width"))
def test_titles_past_a_width_the_page_surely_wraps_at(name: str) -> None:
    """A page wrapping its abstracts at 80, every line full, its titles on one line:
    ``BREIT: …`` + ``Algospeak, Hiding in the Open: … Detection Avoidance`` (92) +
    ``codeevolve: … optimization`` (93) + ``Tsinghua University · 4 authors`` + the next
    title: three cards without an abstract, not the first card's abstract of two lines."""
    check_excerpt(EXCERPTS[name])


def test_sure_past() -> None:
    title = (
        "Algospeak, Hiding in the Open: The Trade-off Between Legible Meaning and Detection "
        "Avoidance"
    )
    assert sure_past(title, 80) == 80
    assert sure_past(title[:82], 80) == 0  # (within the margin)
    assert sure_past(title, 40) == 0  # (a width too narrow to be a capture's)
    assert sure_past("https://example.org/" + "a" * 80 + " end", 80) == 0  # (no space inside)
