"""Default family, round 19 (na19): cards without an abstract over the next card, read as
one card whose abstract is title lines only (``open_titles.OPEN_TITLES``), asked of lines
no real abstract is shaped as (``open_titles.title_not_abstract``). dd18's excerpt (default 41
``bare`` p002425) is in ``test_pages_dd18``; the one-line real abstract that took dd18's
rule back (scale.py 1M ``day-00005`` line 868) is checked here."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.open_titles import title_not_abstract

from .page_excerpts import card_pairs, parse_page

# The scale.py 1M corpus shape (a title line, its whole abstract on one line): the card
# at day-00005 line 867, whose real abstract is one line ending no sentence, between two
# cards of the same day.
ONE_LINE_OPEN = [
    "EdgeVidSum: Real-Time Personalized Video Summarization at the Edge",
    "EdgeVidSum is a lightweight method that generates personalized, fast-forward summaries"
    " of long-form videos directly on edge devices.",
    "A conclusive remark on linguistic theorizing and language modeling",
    "This is the final remark on the replies received to my target paper in the Italian"
    " Journal of Linguistics",
    "Beyond Text Compression: Evaluating Tokenizers Across Scales",
    "The choice of tokenizer can profoundly impact language model performance, yet accessible"
    " and reliable evaluations of tokenizer quality remain an open challenge.",
]


def test_a_real_one_line_abstract_ending_open_stays_its_cards() -> None:
    records, _ = parse_page(ONE_LINE_OPEN)
    assert card_pairs(records) == list(zip(ONE_LINE_OPEN[::2], ONE_LINE_OPEN[1::2], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Bias and Generalizability of Foundation Models across Datasets in Breast Mammography",
        "mt-depth: multi-task instance feature analysis for the depth completion",
        "SOCIAL-R1: TOWARDS HUMAN-LIKE SOCIAL REASONING IN LLMS",
        "Beyond LLM-as-a-Judge: Deterministic Metrics for Multilingual Generative Text Evaluation",
    ],
)
def test_title_shaped(text: str) -> None:
    assert title_not_abstract(text)


@pytest.mark.parametrize(
    "text",
    [
        # real abstracts (arXiv listings): a whole one ending open, first lines, a section label
        "This is the final remark on the replies received to my target paper in the Italian"
        " Journal of Linguistics",
        "Reducing hallucinations in Large Language Models (LLMs) is essential for improving",
        "Background: Lung cancer ranks as the leading cause of cancer-related mortality worldwide",
        "Purpose: To characterize the 3D structural phenotypes of the optic nerve head (ONH)",
        # a title in lower case: not charged (the page's other readings must tell it)
        "a conclusive remark on linguistic theorizing and language modeling",
    ],
)
def test_not_title_shaped(text: str) -> None:
    assert not title_not_abstract(text)
