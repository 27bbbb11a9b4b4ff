"""A Title Cased line of its own ending a sentence, over a paragraph opening as abstracts do
(``In this``, ``We``), is a title over its abstract, not a one-sentence summary going on
(``evidence.cont_evidence``; docs/pages-passes.md, nw34). The excerpt
(``fixtures/pages_nw34.json``) is new 118's page p002285 at 200k (``n_reldate``, web,
layout B, every paragraph on one line), lines 121-160: ``Mapping how LLMs debate societal
issues …`` (a card without an abstract) + ``2017-05-01`` + ``When are We Worried? Temporal
Trends of Anxiety and What They Reveal about Us.`` + ``In this short paper, we make use of
…``. Main read the second title as the first card's abstract, its own abstract the
abstract's second paragraph: the second card lost."""

from __future__ import annotations

from papercorpus.sources.pages.evidence import cont_evidence

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw34.json")["nw34_new118_p002285_a_title_cased_line_over_in_this"]
TITLE = "When are We Worried? Temporal Trends of Anxiety and What They Reveal about Us."
ABSTRACT = "In this short paper, we make use of a recently created lexicon of word-anxiety"


def test_a_title_ending_in_a_stop_over_in_this_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_in_this_goes_on_a_summary_in_sentence_case_only() -> None:
    cased, _ = cont_evidence(TITLE, ABSTRACT, False, False, 0, prev_one=True)
    summary = "We study when people worry and what their worries reveal about them."
    prose, _ = cont_evidence(summary, ABSTRACT, False, False, 0, prev_one=True)
    assert cased <= prose - 3.0
