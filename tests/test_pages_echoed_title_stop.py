"""Round 33 (ux40): a Title Cased title closing with a stop (``Fine-Grained VLM Fine-tuning
via Latent Hierarchical Adapter Learning.``) under an abstract whose own text ends without
one (``… highlighting a gap in epistemic representation``), over its abstract's first line
echoing it (``Adapter-based approaches have garnered attention for fine-tuning …``;
capture 182 p000375, ``ascii+cut``, layout B). ``lineforms.echoed_title_line`` reads such a
line as a card's title (``evidence.TITLE_CASE_ECHO``), but not one ending a sentence: the
title went on the abstract above as its last sentence. Measured on the 75,874 real
abstracts wrapped at 60 / 80 / 100 columns: 4 of 1,670,535, 3 of 1,206,421, 1 of 934,377
inner lines are so shaped with the stop (a name spelled out closing a sentence, ``…
namely`` + ``CVPR 2026 8th UG2+ Challenge Track 2: Semantic Segmentation in Adverse
Weather.``), as rare as without it."""

from __future__ import annotations

from papercorpus.sources.pages.lineforms import echoed_title_line

from .page_excerpts import check_excerpt, load_excerpts

TITLE = "Fine-Grained VLM Fine-tuning via Latent Hierarchical Adapter Learning."


def test_a_title_closing_with_a_stop_echoed_under_it() -> None:
    above = "more than the local one, highlighting a gap in epistemic representation"
    under = "Adapter-based approaches have garnered attention for fine-tuning pre-trained"
    assert echoed_title_line(above, TITLE, under)
    assert echoed_title_line(above, TITLE[:-1], under)
    # (a name spelled out closing a sentence under a word naming it: default 182
    # p002723, one of the eight measured, a split with the first form of the rule)
    assert not echoed_title_line(
        "high-frequency dynamics like lip movements. To shatter this illusion, we introduce",
        "Visual-Registered Speaker Diarization and Recognition (VR-SDR) and the "
        "HumanOmni-Speaker Benchmark.",
        "By strictly eliminating visual shortcuts, this rigorous paradigm demands true",
    )
    # (a name spelled out closing a sentence in an acronym: the real abstracts' commonest)
    assert not echoed_title_line(
        "challenges, we propose DALR (Dual-level",
        "Alignment Learning for Multimodal Sentence Representation).",
        "For cross-modal alignment, we propose a new method",
    )


def test_the_title_under_an_abstract_ending_open() -> None:
    # (the page's first 160 lines: its cut head, and ten cards)
    check_excerpt(load_excerpts("pages_ux40.json")["capture182_p000375"])
