"""New family, round 19 (ns19): a Librarian Bot comment given as an abstract, cut into
records at its lines, and a card without an abstract over the next title, read as the
card's one-line abstract. Excerpts of the working ``new`` pages
(``fixtures/pages_ns19.json``), each failing on ``15767c6``: ``bot_comment`` (``new`` 45
``n_wrap`` p001032 and p001452) and ``cased_open`` (``new`` 46 ``n_tight`` p000628)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.bot_comment import bot_spans
from papercorpus.sources.pages.cased_open import CASED_OPEN, cased_open, cased_opening
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_ns19.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_cased_line_under"))
def test_a_title_cased_line_under_a_card_without_an_abstract(name: str) -> None:
    """``EXPOSING AND MITIGATING TEMPORAL ATTACK IN DEEPFAKE VIDEO DETECTION`` + ``* 7
    authors`` + ``ConceptFormer: Learning Adaptive Latent Concepts for Query-Document
    Alignment in Visual Document Retrieval`` + the next title with no blank line between:
    two cards without an abstract, not the first card's one-line abstract."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_librarian_bot_comment_as"))
def test_a_librarian_bot_comment_as_an_abstract(name: str) -> None:
    """``vla-jepa: …`` + ``This is an automated message from the Librarian Bot . I found
    …`` + lines of other papers' titles and years (``Diffusion (2025) ConLA: Contrastive
    Latent Action Learning …``) + ``… @ librarian-bot recommend`` + the next title: the
    comment is the card's abstract, none of its lines a record."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_librarian_bot_comment_over"))
def test_a_librarian_bot_comment_over_a_lower_case_title(name: str) -> None:
    """``… tagging it in a comment: @ librarian-bot recommend`` + ``Geobridge: a
    semantic-anchored multi-view foundation model`` + ``bridging images and text for
    geo-localization`` + its abstract: the comment closed, the two lines are the next
    card's title, not the comment's last sentence."""
    check_excerpt(EXCERPTS[name])


def test_bot_spans() -> None:
    parts = [
        "vla-jepa: enhancing vision-language-action model with latent world model.",
        "This is an automated message from the Librarian Bot . I found the following",
        "papers similar to this paper. CLAP: Contrastive Latent Action Pretraining (2026)",
        "directly ask Librarian Bot for paper recommendations by tagging it in a comment: @",
        "librarian-bot recommend",
        "FMI@SU TOXHABITS: EVALUATING LLMS PERFORMANCE ON TOXIC HABIT EXTRACTION",
    ]
    assert bot_spans(parts) == [(1, 4)]
    # a comment cut before its close: no span (its cuts stay)
    assert bot_spans(parts[:4]) == []


def test_cased_open() -> None:
    title = (
        "ConceptFormer: Learning Adaptive Latent Concepts for Query-Document Alignment in "
        "Visual Document Retrieval"
    )
    assert cased_opening(title)
    assert cased_opening("EXPOSING AND MITIGATING TEMPORAL ATTACK IN DEEPFAKE VIDEO DETECTION")
    # a sentence cut short, in sentence case: what ``_UNFINISHED`` already weighs
    assert not cased_opening("We propose a method for aligning visual documents with queries")
    assert not cased_opening("lemon: a foundation model for nuclear morphology in computational")
    # Title Cased words inside a sentence (an acronym spelled out): no title's opening
    assert not cased_opening("This paper introduces MAVEN (Multi-modal Attention for Valence")
    tok = Token(1, title)
    assert cased_open(tok) == 0.0  # (not marked short and open by ``scores``)
    tok.short_open = True
    assert cased_open(tok) == CASED_OPEN
