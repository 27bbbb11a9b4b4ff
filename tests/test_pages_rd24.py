"""Reader-mode captures (the ``reader`` arrangement): an abstract's first line that defines
a name's acronym and goes on in lower case read as the next card's title. Excerpts
(``fixtures/pages_rd24.json``) of the seed-83 ``reader`` set, each failing on ``fe33636``:

- r83 p000014: ``Checkmate: interpretable and explainable RSVQA is the endgame`` + ``· Nov 6``
  + ``Remote Sensing Visual Question Answering (RSVQA) presents unique challenges`` + ``in
  ensuring that …``: the card read as one without an abstract, its abstract's first line as
  the next card's title and the rest as that card's abstract (an extra record, the card's
  abstract and id given to it);
- r83 p000012: ``GLiDRE: …`` + ``Published on Apr 15`` + ``Relation Extraction (RE) is a
  fundamental task in Natural Language`` + ``Processing, and its …``, the same, the name
  running on over the break (``defined_names``)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.defined_names import defined_name
from papercorpus.sources.pages.token_charges import capital_under
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_rd24.json")


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize(
    "line",
    [
        "Remote Sensing Visual Question Answering (RSVQA) presents unique challenges",
        "Relation Extraction (RE) is a fundamental task in Natural Language",
        "Safety evaluation of Large Language Models (LLMs) remains heavily",
        "Retrieval-Augmented Generation (RAG), however, struggles",
    ],
)
def test_a_name_defined_then_its_sentence_is_no_title(line: str) -> None:
    assert defined_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "Segment Anything Model (SAM) for Medical Images",
        "Large Language Models (LLMs) and Vision",
        "A Survey of Vision-Language Models",
        "Safety evaluation of large language models (llms) remains",  # (no acronym in capitals)
        "Results (Table 2) show",  # (no acronym: a word in lower case inside)
    ],
)
def test_a_title_naming_its_acronym_is_not_charged(line: str) -> None:
    assert not defined_name(line)


def test_capital_under_spares_a_first_line_defining_a_name() -> None:
    # an abstract's first line, Title Cased up to its acronym, over a capital: charged as a
    # whole title would be, unless it goes on as a sentence after the acronym
    under = Token(2, "English-centric, leaving Low-Resource Languages (LRLs), particularly")
    sentence = Token(1, "Safety evaluation of Large Language Models (LLMs) remains heavily")
    title = Token(1, "Safety Evaluation of Large Language Models in Low-Resource Settings")
    assert capital_under(under, sentence) == 0.0
    assert capital_under(under, title) > 0.0


def test_a_title_defining_its_acronym_stays_a_title() -> None:
    # (13 of the 74,728 real titles hold the pattern, charged: where the page shows them as
    # titles, over their abstract and under a card's link, they stay titles)
    lines = [
        "Rotterdam artery-vein segmentation (RAV) dataset",
        "",
        "We present a dataset of retinal images with artery and vein labels for segmentation.",
        "",
        "https://huggingface.co/papers/2501.00001",
        "",
        "Semantics as a Shield: Label Disguise Defense (LDD) against Prompt Injection",
        "",
        "Large language models are vulnerable to prompt injection; we propose a defense here.",
    ]
    records, _ = parse_page(lines)
    assert [r.title for r in records] == [lines[0], lines[6]]
