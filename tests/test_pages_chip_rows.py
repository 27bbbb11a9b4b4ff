"""A page's task chips (Papers with Code's, under each card) learned from the rows it shows
known on sight (``Text Generation  Semantic Segmentation  +5 more``: ``site_chrome.chip_words``)
read the rows without a tail as chrome too (``chip_row``): one chip the page has shown
(``Language Modelling``), or chips two spaces apart, one of them shown. The excerpt
(``fixtures/pages_pb30.json``) is ``sites`` 114 p000003 (``ago+openreview+pwc``, layout B),
where main read such rows as cards without abstracts (186 of the 191 extra records of the
set's first 200 pages were so)."""

from __future__ import annotations

from papercorpus.sources.pages.site_chrome import chip_row, chip_words

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb30.json")


def test_task_chips_without_a_tail() -> None:
    check_excerpt(EXCERPTS["pb30_sites_114_p000003_task_chips_without_a_tail"])


def test_chip_words_and_rows() -> None:
    head = [
        "Text Generation  Semantic Segmentation  +5 more",
        "Some abstract line that goes on, and ends.",
        "Image Classification  Question Answering  +2 more",
    ]
    words = chip_words(head)
    assert words == {
        "Text Generation",
        "Semantic Segmentation",
        "Image Classification",
        "Question Answering",
    }
    assert chip_words(head[:2]) == set()  # (one row teaches no vocabulary)
    assert chip_words(["Text Generation Semantic Segmentation +5 more"] * 3) == set()
    assert chip_row("Question Answering", words)
    assert not chip_row("Question Answering with Large Language Models", words)
    assert chip_row("Object Detection  Text Generation", words)
    assert "Object Detection" in words  # (learned from the row)
    assert not chip_row("Attention Is All You Need", words)
    assert not chip_row("Novel Views  Unseen Scenes", words)  # (no chip shown)
