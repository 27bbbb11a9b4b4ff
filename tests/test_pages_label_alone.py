"""A structured abstract's section label alone on its line (``Background:``, the part's text
on the lines under it) opens an abstract, never a title (``section_labels.section_label``;
docs/pages-passes.md, "The families' and two opt-in draws' last losses (lt31)"). The
excerpt (``fixtures/pages_lt31.json``) is default 115's ``card_date`` page p001032, lines
553-600 (plain, layout B, wrapped at 80): ``DRRNet: …`` (no abstract) + ``Aug 4`` +
``Clean & Clear: Feasibility of Safe LLM Clinical Guidance.`` + ``Published on Feb 25`` +
``Background:`` + ``Clinical guidelines are central …``. Main read ``Background:`` as the
card's title and ``Clean & Clear …`` as DRRNet's abstract: the card was lost and its title
glued to the card above."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.section_labels import label_alone, section_label

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")["lt31_def115_p001032_a_label_alone_opens_an_abstract"]
TITLE = "Clean & Clear: Feasibility of Safe LLM Clinical Guidance."


def test_a_label_alone_opens_the_abstract_under_its_title() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert TITLE in by_title
    assert by_title[TITLE].abstract.startswith("Background: Clinical guidelines are central")
    drr = [r for r in records if r.title.startswith("DRRNet")]
    assert drr and drr[0].abstract == ""
    assert "Background:" not in by_title


@pytest.mark.parametrize("text", ["Background:", "Methods:", "Results :", "Materials and methods:"])
def test_a_label_alone_is_a_label(text: str) -> None:
    assert label_alone(text) and not section_label(text)


@pytest.mark.parametrize("text", ["Background", "Results.", "Background: the", "Context:"])
def test_other_lines_are_no_label(text: str) -> None:
    assert not section_label(text) and not label_alone(text)
