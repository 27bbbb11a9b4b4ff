"""New family, round 18 (nw18): a title under an abstract's last sentence, run on into its
own abstract without a blank line (layout B), and a card without an abstract over the next
title read as that card's summary or its title's rest. Excerpts of the seed-40 ``new``
pages (``fixtures/pages_nw18.json``), each failing without its rule:
``intake.opens_under_end`` (``n_wrap`` p001151), ``piece_echo`` (``n_wrap`` p001235),
``questions`` (``n_space`` p000690) and ``subtitles`` (``n_midchrome`` p000432)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.piece_echo import piece_echoed
from papercorpus.sources.pages.questions import CASED_QUESTION, question_summary
from papercorpus.sources.pages.subtitles import name_colon, subtitle_pair

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_nw18.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_opening_a_unit_under"))
def test_a_title_opening_a_unit_under_a_sentence_end_over_its_echoing_abstract(
    name: str,
) -> None:
    """``… comprehending multimodal scientific literature.`` + ``BRIDGE: Benchmark for
    multi-hop Reasoning In long multimodal Documents with Grounded Evidence`` + ``Multi-hop
    question answering (QA) is widely used …``: the title opens a unit of its own under the
    abstract's last sentence, and the line under it, opening in capitals and repeating its
    words, is its abstract's first, not the next line of a paragraph the title began."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_two_line_title_under"))
def test_a_two_line_title_under_a_sentence_end_over_its_echoing_abstract(name: str) -> None:
    """``… and structural flexibility.`` + ``Quantum-enhanced long short-term memory with
    attention for`` + ``spatial permeability prediction in oilfield reservoirs`` +
    ``Spatial prediction of reservoir parameters, especially``: the two lines are a title,
    the third its abstract's first line (it opens in capitals repeating two of their
    words), not one paragraph run on from the abstract above."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_cased_question"))
def test_a_title_cased_question_is_no_summary(name: str) -> None:
    """``Sentiment Analysis of … Deep Learning Models`` (a card without an abstract) +
    ``Robust AI Security and Alignment! A Sisyphean Endeavor?`` + ``[-] 1``: the question,
    in Title Case, is the next card's title, not the first card's one-line summary."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_two_lower_case_titles"))
def test_two_lower_case_titles_each_with_a_subtitle(name: str) -> None:
    """``protea: offline evaluation … llm workflows`` + ``knowledge-to-verification:
    exploring rlvr …`` + its abstract: two titles (a card without an abstract, then the
    next), not one title of two lines."""
    check_excerpt(EXCERPTS[name])


def test_question_summary() -> None:
    assert question_summary("Robust AI Security and Alignment! A Sisyphean Endeavor?") == (
        -3.0 - CASED_QUESTION
    )
    assert question_summary("Can language models learn to reason without any labels?") == -3.0


def test_subtitle_pair() -> None:
    assert subtitle_pair(
        "protea: offline evaluation and iterative refinement for multi-agent llm workflows",
        "knowledge-to-verification: exploring rlvr for llms in knowledge-intensive domains",
    )
    # a rest opening with small words, then its colon: a title's wrapped rest
    assert not subtitle_pair(
        "Focus Session: Hardware and Software Design in the era", "of AI: Design"
    )
    assert not subtitle_pair("no colon on this line", "name: a subtitle")
    assert name_colon("s1: simple test-time scaling")
    assert not name_colon("of AI: Design Challenges")


def test_piece_echoed() -> None:
    piece = [
        "Quantum-enhanced long short-term memory with attention for",
        "spatial permeability prediction in oilfield reservoirs",
    ]
    assert piece_echoed(piece, "Spatial prediction of reservoir parameters, especially")
    # in lower case, the line goes on a sentence
    assert not piece_echoed(piece, "spatial prediction of reservoir parameters, especially")
    # a piece holding a sentence's end is no title
    assert not piece_echoed(
        ["We study spatial permeability prediction.", "Quantum-enhanced long memory models"],
        "Spatial prediction of permeability is hard",
    )
