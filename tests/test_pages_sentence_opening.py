"""A line opening a sentence (a capitalised word, hyphenated too, then a lower-case one)
under a title-sized unit of one line ending no sentence does not go on it: the unit was a
title, not an abstract's first line (``evidence.SENTENCE_OPENING``; docs/pages-passes.md,
"The families' last losses at 200k, held-out 114 (lt30)"). The excerpt
(``fixtures/pages_lt30.json``) is default 114's ``bare`` page p001825, lines 1290-1322
(layout B, wrapped at 100, nothing between cards): ``Social Welfare Function Leaderboard:
…`` (a card without an abstract) + ``When is 3D Worth It? A Resource-Performance Frontier
for CNNs and Transformers in Lung CT`` + ``Three-dimensional models are widely assumed
…``. Main read the second title as the first card's abstract's first line (the line
under it earned the width's fill and 1 for a capitalised line going on): the card was
lost."""

from __future__ import annotations

from papercorpus.sources.pages.evidence import SENTENCE_OPENING, cont_evidence

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt30.json")
PAGE = EXCERPTS["lt30_def114_p001825_a_title_over_a_sentence_opening"]
TITLE = "When is 3D Worth It? A Resource-Performance Frontier for CNNs and Transformers in Lung CT"


def test_a_title_over_a_sentence_opening_is_a_card() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert TITLE in by_title
    assert by_title[TITLE].abstract.startswith("Three-dimensional models are widely assumed")
    first = "Social Welfare Function Leaderboard: When LLM Agents Allocate Social Welfare"
    assert by_title[first].abstract == ""


def test_sentence_opening() -> None:
    assert SENTENCE_OPENING.match("Three-dimensional models are widely assumed")
    assert SENTENCE_OPENING.match("Large language models (LLMs) exhibit")
    assert not SENTENCE_OPENING.match("Transformers (ViTs) under a fixed training protocol")
    assert not SENTENCE_OPENING.match("CNNs and Transformers")


def test_only_under_a_whole_line_of_a_title_s_size() -> None:
    under = "Three-dimensional models are widely assumed preferable for volumetric imaging"
    one, _ = cont_evidence(TITLE, under, True, False, 100, first_under_text=True)
    two, _ = cont_evidence(TITLE, under, True, False, 100)
    assert one == two - 4.0
