"""New family, round 19 (ns19): a Librarian Bot comment given as an abstract, cut into
records at its lines, and a card without an abstract over the next title, read as the
card's one-line abstract. Excerpts of the working ``new`` pages
(``fixtures/pages_ns19.json``), each failing on ``15767c6``: ``bot_comment`` (``new`` 45
``n_wrap`` p001032 and p001452) finds the first two; the third (``new`` 46 ``n_tight``
p000628) is a strict xfail: its rule, ``cased_open``, was taken back for its cost on the
hot path (docs/pages-passes.md, ns19)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.bot_comment import bot_spans

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_ns19.json")


@pytest.mark.xfail(
    strict=True,
    reason="cased_open (a Title Cased line ending open pays 2 more as a one-line abstract) "
    "was taken back: it asked title_cased of every title line (+1.9% instructions on a "
    "1M-corpus page file); to be asked in the title-only card's abstract move only",
)
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
