"""New family, twenty-third pass (hn15): a Title Cased title under an abstract's last line
ending open (its end cut), over its own abstract, read as that abstract's wrapped rest.
Excerpts of the seed-22 ``n_org_line`` page p000213 and ``n_wrap`` page p000053
(``fixtures/pages_hn15.json``), failing without the rule (``lineforms.echoed_title_line``,
``last_breaks.break_at_echoed_titles``, ``evidence.TITLE_CASE_ECHO``)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.lineforms import echoed_title_line, title_case_line

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_hn15.json")


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_a_title_cased_title_under_a_line_ending_open(name: str) -> None:
    """``… limitations of LLMs in this particular domain`` (99 of 100) + ``Advancing
    Tool-Augmented Large Language Models via …`` + ``Empowering large language models
    (LLMs) with …`` inside one unit; ``… improving detection accuracy,`` + ``[RET] DIDS:
    Domain Impact-aware …`` and ``… available at the following`` + ``x*y Unified
    Multimodal Understanding …`` at a unit's end, the abstract under it a unit of its own:
    each is a card's title, not the abstract above going on."""
    check_excerpt(EXCERPTS[name])


def test_a_title_over_a_sentence_echoing_it() -> None:
    prev = (
        "and providing insights on observed best practices and limitations of LLMs"
        " in this particular domain"
    )
    title = (
        "Advancing Tool-Augmented Large Language Models via Meta-Verification"
        " and Reflection Learning"
    )
    under = (
        "Empowering large language models (LLMs) with effective tool utilization"
        " capabilities is crucial for"
    )
    assert echoed_title_line(prev, title, under)
    # the line under echoes none of its words
    assert not echoed_title_line(prev, title, "Empowering agents with tools is crucial for the")
    # the line above ends a sentence (the intake offers the cut there already)
    assert not echoed_title_line(prev + ".", title, under)


def test_a_name_spelled_out_in_title_case_is_no_title() -> None:
    """Prose naming a method in Title Case goes on into its acronym, its sentence's end,
    or the name's rest (measured on the arXiv abstracts: 3 lines in 3.78 million)."""
    assert not echoed_title_line(
        "framework comprising three modules:",
        "Multi-granularity Uncertainty Estimation (MUE), Prototype-based Uncertainty",
        "Decoupling (PUD), and Cross-modal Re-identification (ReID). Uncertainty",
    )
    assert not echoed_title_line(
        "The MCO-E Net introduces two innovative designs:",
        "Multi-modal Collaborative Optimization Mamba (MCO-Mamba) and Heterogeneous",
        "Collaborative and Expansion Mixture-of-Experts (HCE-MoE). MCO-Mamba, building",
    )
    assert not echoed_title_line(
        "costs and information loss. We propose",
        "the Large-scale Reference-based Efficient Knowledge",
        "Evaluation for Large Language Model (RECKON), which directly evaluates knowledge",
    )
    # a name running on from a capitalised word above
    assert not echoed_title_line(
        "we propose the Concept Bottleneck",
        "Model for Enhancing Human-Neural Network Mutual Understanding",
        "Enhancing understanding is the goal of this model, which",
    )


def test_title_case_line() -> None:
    assert title_case_line("Advancing Tool-Augmented Large Language Models via Reflection")
    assert not title_case_line("Net Regression, Random Forest, Extreme Gradient Boosting, and")
    assert not title_case_line("(Government of India, 2021; European Parliament and Council")
    assert not title_case_line("Cross-modality Entropy Model (CCEM). Among CCEM, a Low-frequency")
