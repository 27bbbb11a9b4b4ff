"""New family, round 19 (ns19): a card without an abstract over the next title, read as
the card's one-line abstract. Excerpts of the working ``new`` pages
(``fixtures/pages_ns19.json``), each failing without its rule: ``cased_open`` (``new`` 46
``n_tight`` p000628)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.cased_open import CASED_OPEN, cased_open

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_ns19.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_cased_line_under"))
def test_a_title_cased_line_under_a_card_without_an_abstract(name: str) -> None:
    """``EXPOSING AND MITIGATING TEMPORAL ATTACK IN DEEPFAKE VIDEO DETECTION`` + ``* 7
    authors`` + ``ConceptFormer: Learning Adaptive Latent Concepts for Query-Document
    Alignment in Visual Document Retrieval`` + the next title with no blank line between:
    two cards without an abstract, not the first card's one-line abstract."""
    check_excerpt(EXCERPTS[name])


def test_cased_open() -> None:
    assert (
        cased_open(
            "ConceptFormer: Learning Adaptive Latent Concepts for Query-Document Alignment in "
            "Visual Document Retrieval"
        )
        == CASED_OPEN
    )
    assert cased_open("EXPOSING AND MITIGATING TEMPORAL ATTACK IN DEEPFAKE VIDEO DETECTION") > 0
    # a sentence cut short, in sentence case: what ``_UNFINISHED`` already weighs
    assert cased_open("We propose a method for aligning visual documents with their queries") == 0
    assert cased_open("lemon: a foundation model for nuclear morphology in computational") == 0
