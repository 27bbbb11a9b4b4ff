"""Default family, twenty-sixth pass (dd18): a structured abstract's section label read as
a title, and an abstract of title lines only. Excerpts of the seed-41 default pages
(``fixtures/pages_dd18.json``), each failing without its rule:
``section_labels.LABEL_TITLE`` (``comments`` p000033, ``daily_live`` p001938) and
``open_titles.OPEN_TITLES`` (``bare`` p002425)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.section_labels import LABEL_FIRST, section_label

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_dd18.json")


@pytest.mark.parametrize(
    "name",
    excerpt_names(EXCERPTS, "_a_background_line_under_a_title")
    + excerpt_names(EXCERPTS, "_a_methods_line_inside"),
)
def test_a_section_label_opens_no_title(name: str) -> None:
    """``Vision-Language Models for Acute Tuberculosis Diagnosis: …`` + ``Background:
    This study introduces …`` + ``Methods: …`` + ``Results: …``: the label lines are the
    card's abstract, not a title (the card above read as one without an abstract) nor a
    record split off the abstract at its ``Methods:`` part."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_three_bare_cards_over"))
def test_an_abstract_of_title_lines_ending_no_sentence(name: str) -> None:
    """``Beyond LLM-as-a-Judge: …`` + ``Bias and Generalizability of Foundation Models
    across Datasets in Breast Mammography`` + ``mt-depth: multi-task instance feature
    analysis for the depth completion`` + ``SOCIAL-R1: …`` and its abstract: three cards
    without an abstract, not one whose abstract is two title lines ending no sentence
    (taken back at round 26's merge, back with na19's ``open_titles.title_not_abstract``)."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize(
    "text",
    [
        "Objectives: With accurate estimates of expected safety results, clinical trials",
        "Purpose. The integration of multimodal imaging into operating rooms paves the way",
        "Background: Pancreatic cancer is one of the most aggressive cancers",
        "Materials and methods: We collected 200 scans",
        "Methods: The VLM combines visual data from chest X-rays with clinical context",
    ],
)
def test_section_labels(text: str) -> None:
    assert text[0] in LABEL_FIRST and section_label(text)


@pytest.mark.parametrize(
    "text",
    [
        "METHOD: Modular Efficient Transformer for Health Outcome Discovery",
        "AIM: Adaptive Intra-Network Modulation for Balanced Multimodal Learning",
        "Context: Proactive Goal-Directed Intelligence via Composable Sandboxed Programs",
        "Results of a survey on language models",
        "Methods: a survey",  # (a label then a lower-case word: no structured part)
    ],
)
def test_not_section_labels(text: str) -> None:
    assert not section_label(text)
