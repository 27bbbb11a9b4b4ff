"""Round 34 (lt34): on a page that prints AI summaries under a label, a labelled line in
Title Case without a sentence's words is a title, not a summary.

A paper's title may open with the label itself (``TL;DR: Too Long, Do Re-weighting for
Effcient LLM Reasoning Compression``). ``card_notes.note_kind`` refuses such a line as a
summary where it ends in a stop; on a ``fresh`` page that prints ``TL;DR …`` summaries on
its cards (``SUMMARY_HABIT``), ``open_summary`` took it all the same, under its
thumbnail, over its own summary: the card lost, its abstract's first line read as a title
(fresh 118 p000150). A summary says what a paper does in a sentence; the words after the
label read as a title's (``summaries._titled``: Title Cased from the first words on,
ending no sentence, no sentence's words). Summaries naming their modules in Title Case
stay summaries (``title_cased`` alone took 23 of them on fresh 118 for titles)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.summaries import habit_summary, open_summary

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_titled_summary.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "fresh"))
def test_a_title_labelled_tldr_is_a_title(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_labelled_title_is_no_summary() -> None:
    assert not open_summary(
        "TL;DR: Too Long, Do Re-weighting for Effcient LLM Reasoning Compression"
    )
    summary = "TL;DR Our method significantly reduces the number of output tokens by nearly 40%"
    assert open_summary(summary)
    assert habit_summary(summary + ".")
    named = (
        "TL;DR The CMAA comprises a Visual Enhancement Adapter (VEA) and a Text Semantic Adapter"
    )
    assert open_summary(named + " (TSA).")
    assert open_summary(
        "TL;DR Specifically, PathMind follows a Retrieve-Prioritize-Reason Paradigm"
    )
