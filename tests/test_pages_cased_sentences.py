"""A title-sized text of sentences (``! `` inside) that is Title Cased and ends no
sentence is no abstract: none of the real arXiv abstracts is Title Cased, 95% of their
titles are (``shape_scores.CASED_SENTENCES``; docs/pages-passes.md, "The families' last
losses at 200k, held-out 114 (lt30)"). The excerpt (``fixtures/pages_lt30.json``) is
``conv --arrangement c_reader`` 158's page p001990, lines 1-26 (blank lines between
blocks, paragraphs on one line): ``eHarnessing Lightweight Transformer … Segmentation``
(a card without an abstract) + ``Let's Use ChatGPT To Write Our Paper! Benchmarking LLMs
To Write the! Introduction of a Research Paper`` (another) + the next card. Main read the
second title as the first card's abstract (2.0, as prose): the card was lost."""

from __future__ import annotations

from papercorpus.sources.pages.shape_scores import cased_sentences

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt30.json")
PAGE = EXCERPTS["lt30_conv158_p001990_a_title_of_sentences_in_title_case"]
TITLE = (
    "Let's Use ChatGPT To Write Our Paper! Benchmarking LLMs To Write the! Introduction of a"
    " Research Paper"
)


def test_a_title_of_sentences_in_title_case_is_a_card() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert TITLE in by_title
    assert by_title[TITLE].abstract == ""


def test_cased_sentences() -> None:
    assert cased_sentences(TITLE)
    assert cased_sentences("No Time To Train! Training-Free Reference-Based Instance Segmentation")
    # prose, or a sentence's end
    assert not cased_sentences("We study this problem. Our method works well on every benchmark")
    assert not cased_sentences("Hey AI, Generate Me a Hardware Code! Agentic AI Works.")
