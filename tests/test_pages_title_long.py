"""A Title Cased piece of lines ends its title where the line under it would carry the
title past what titles run to (``breaks.TITLE_LONG``), whatever that line's case by the
loose measure: ``Two Ways to De-Bias an LLM-as-a-Judge: … Comparison of`` + ``Hierarchical
Bayesian Calibration and Neural-ODE Score Transport`` (128) over ``[Abridged] Using a Large
Language Model (LLM) as an automatic rater``, ``reader`` 50 p002548 (excerpt in
``fixtures/pages_rs27.json``, failing on ``07fc77f``: the card and its abstract read as the
card above's abstract's rest, that card given its id)."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import TITLE_LONG, title_piece

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_rs27.json")
PIECE = [
    "Two Ways to De-Bias an LLM-as-a-Judge: A Continuous-Score Comparison of",
    "Hierarchical Bayesian Calibration and Neural-ODE Score Transport",
]


def test_a_title_cased_piece_over_an_abstract_line_that_would_carry_it_too_far() -> None:
    check_excerpt(EXCERPTS["reader50_p002548_title_cased_piece_over_an_abstract_line_past_a_title"])


def test_title_piece_asks_the_length() -> None:
    text = "[Abridged] Using a Large Language Model (LLM) as an automatic rater"
    assert len(" ".join(PIECE)) + 1 + len(text) > TITLE_LONG
    assert title_piece(PIECE, text, True)
    # (a Title Cased line that leaves the title within a title's length may be its rest)
    assert not title_piece(PIECE[1:], "for Large Language Model Evaluation Pipelines", True)
