"""A line shaped as a card's note (``card_notes``) that is a paper's title stays a title:
``TL;DR: Too Long, Do Re-weighting for Efficient LLM Reasoning Compression.`` names a
paper; an AI summary under its label is a sentence, not Title Case."""

from __future__ import annotations

from pathlib import Path

from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.pages.card_notes import SUMMARY, note_kind

PAGE = """\
AGENTIC SYSTEMS AND THE NEXT EXPLOSION OF INTELLIGENCE
May 1, 2022
The singularity is often described as one mind. Evolution suggests a different
path: intelligence has always been social, plural and distributed across many
agents that check and balance one another, and so it may be again.
https://huggingface.co/login?next=%2Fpapers%2F2603.20639
TL;DR: Too Long, Do Re-weighting for Efficient LLM Reasoning Compression.
· Feb 14, 2019
Large Language Models (LLMs) have recently achieved remarkable progress by
leveraging reinforcement learning and extended chains of thought. However,
efficient reasoning with extremely long outputs has drawn increasing attention,
and in this work we propose a dynamic ratio-based training pipeline.
"""


def test_a_title_in_title_case_after_tldr_is_no_summary(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    log = ParseLog()
    titles = [r.title for r in iter_records(InputFile(str(page), page), ReadOptions(), log)]
    assert "TL;DR: Too Long, Do Re-weighting for Efficient LLM Reasoning Compression." in titles
    assert len(titles) == 2


def test_a_summary_sentence_is_still_a_note() -> None:
    line = "TL;DR: We introduce a gated mixture of experts that keeps per-feature explanations."
    assert note_kind(line) == SUMMARY
    assert note_kind("TL;DR: Too Long, Do Re-weighting for Efficient LLM Reasoning.") is None
    # a sentence naming a method in capitals is still a summary
    assert note_kind("Summary: To this end, we introduce Multi-Scale Attention (MSA).") == SUMMARY


def test_the_digit_test_is_isdigit() -> None:
    from papercorpus.sources.pages.card_notes import _digit

    chars = [chr(c) for c in range(0x3000)] + ["٣", "७", "𝟙", "²", "¹", "⑤"]
    assert [c for c in chars if _digit(c) != c.isdigit()] == []
