"""New family, round 23 (nw23): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw23.json``: seeds 70 and 71, and nw21's 66
p001922), each failing on ``50c0926``."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.named_titles import (
    NAMED_TITLE,
    named_abstract,
    named_opening,
    named_under,
)

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_nw23.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_named_title_under_a_sentence_end"))
def test_a_named_title_under_a_sentence_end(name: str) -> None:
    """``… demonstrating its effectiveness in advancing SASD from multiple perspectives.``
    + ``AstroClearNet: Deep image prior for multi-frame astronomical image restoration`` +
    its abstract (layout B, wrapped at 80): the line opening with a coined name under the
    sentence's end is the next card's title, not the abstract above going on."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_named_title_under_a_title_only_card"))
def test_a_named_title_under_a_title_only_card(name: str) -> None:
    """``Can We Still Hear the Accent? …`` (a card without an abstract) + two organisation
    lines + ``CXMArena: Unified Dataset to benchmark performance in realistic CXM
    Scenarios.`` + its organisation + its abstract; ``Beyond Seeing: …`` + ``EurekAgent:
    Agent Environment Engineering is All You Need For Autonomous Scientific Discovery`` +
    its abstract: the named line opens the next card, it is not the first card's
    abstract."""
    check_excerpt(EXCERPTS[name])


def test_named_opening() -> None:
    assert named_opening("AstroClearNet: Deep image prior for astronomy") == "AstroClearNet"
    assert named_opening("CXMArena: Unified Dataset to benchmark performance") == "CXMArena"
    assert named_opening("iBadReasoner: Planting Tunable Overthinking Backdoors") == "iBadReasoner"
    assert named_opening("SemiSAM-O1: How far can we push the boundary?") == "SemiSAM-O1"
    assert named_opening("SIM1: Physics-Aligned Simulator") == "SIM1"
    # words of the language, in capitals or capitalised: a structured abstract's labels
    assert named_opening("CONCLUSION: The model improves recall.") == ""
    assert named_opening("Background: This study introduces a model") == ""
    assert named_opening("Results: 12 of 14 patients improved.") == ""
    # a name over its address, markup, several words before the colon
    assert named_opening("GitHub: https://github.com/x/y") == ""
    # (a results list's line: the text after the colon opens in lower case)
    assert named_opening("DeepSeek-R1-Distill-Qwen-7B: iGRPO at 69.87% vs. GRPO at 68.29%") == ""
    assert named_opening("\\emph{Stage~2}: classical NLP prompt compression") == ""
    assert named_opening("Devil is in the Uniformity: Exploring Diverse Learners") == ""
    assert named_opening("We propose AstroClearNet: a prior for astronomy") == ""


def test_named_under_asks_a_sentence_end() -> None:
    line = "AstroClearNet: Deep image prior for multi-frame astronomical image restoration"
    assert named_under("… from multiple perspectives.", line) == NAMED_TITLE
    # (a sentence going on over the break: a name inside it)
    assert named_under("… we compare against the strongest baseline,", line) == 0.0
    assert named_under("Results are reported for each model.", "Results: none") == 0.0


def test_named_abstract_spares_an_abstract_repeating_its_title() -> None:
    # (a Hugging Face abstract opening with its own title: the card's title holds the name)
    title = "LitePT: Lighter Yet Stronger Point Transformer"
    assert named_abstract("LitePT", title) == 0.0
    assert named_abstract("CXMArena", "Can We Still Hear the Accent?") == NAMED_TITLE


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_marked_name_under_a_title_only_card"))
def test_a_marked_name_under_a_title_only_card(name: str) -> None:
    """``### eRethinking Sample Polarity in Reinforcement Learning with Verifiable Rewards``
    (a card without an abstract) + ``Google · Feb 23`` + ``Apple · Published on Nov 20,
    2022`` + the next title: both names are the card's organisation lines; ``Google`` is
    not its abstract."""
    check_excerpt(EXCERPTS[name])
