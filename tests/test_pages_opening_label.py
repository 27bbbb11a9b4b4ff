"""A line opening with a label only a structured abstract's first part carries
(``Background:``, ``Introduction:``, ``Motivation:``) opens an abstract: it goes on no
abstract or title above it (``section_labels.opening_label``, ``OPENING_LABEL``;
docs/pages-passes.md, "The families' and two opt-in draws' last losses (lt31)"). The
excerpt (``fixtures/pages_lt31.json``) is novel 115's ``html+quote`` page p000128, lines
278-316 (plain, layout B, wrapped at 80): an abstract ending ``… socially-aware language
models.``, then ``EDeep classification algorithm for De-identification of DICOM medical
images`` + ``Background : De-identification of DICOM …``. Main read the title and the
label's part as the abstract's going on, and the part's third line (``Personal
Identifiable Information (PII) and/or Personal Health Identifying``) as a title: the card
was lost, its title glued to the card above."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.section_labels import opening_label

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")["lt31_novel115_p000128_an_opening_label_under_its_title"]
TITLE = "EDeep classification algorithm for De-identification of DICOM medical images"


def test_an_opening_label_opens_the_abstract_under_its_title() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert TITLE in by_title
    assert by_title[TITLE].abstract.startswith("Background : De-identification of DICOM")
    assert by_title[TITLE].abstract.endswith("deep_deidentification.")
    above = [r for r in records if r.abstract.endswith("socially-aware language models.")]
    assert len(above) == 1


@pytest.mark.parametrize(
    "text",
    ["Background: We study", "Background : De-identification", "Introduction. The", "Motivation:"],
)
def test_opening_labels(text: str) -> None:
    assert opening_label(text)


@pytest.mark.parametrize(
    "text", ["Methods: We used", "Results: Our", "Background on the", "Purpose: To"]
)
def test_labels_found_inside_abstracts_are_not_opening(text: str) -> None:
    assert not opening_label(text)
