"""A line under a card's one-line title, over a line opening in capitals that repeats its
words, is the next card's title, not the first card's abstract's first line
(``intake.opens_under_title``: ``evidence.cont_evidence``'s ``under_chrome`` capital
sharing; docs/pages-passes.md, "The families' last losses at 200k (lt29)"). The excerpt
(``fixtures/pages_lt29.json``) is default 155's ``no_abstract`` page p001987, lines
830-886 (layout B, abstracts wrapped at 100): ``TeXpert: A Multi-Level Benchmark for
Evaluating LaTeX Code Generation by LLMs`` (a card without an abstract) + ``Community-aware
evaluation and threshold calibration for open-set plankton image recognition`` +
``Automated plankton image recognition is increasingly used …``. Main read the second
title as TeXpert's abstract's first line: its card was lost."""

from __future__ import annotations

from papercorpus.sources.pages.evidence import CAPITAL_SHARING, cont_evidence

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt29.json")
PAGE = EXCERPTS["lt29_default155_p001987_a_title_under_a_card_without_an_abstract"]
TEXPERT = "TeXpert: A Multi-Level Benchmark for Evaluating LaTeX Code Generation by LLMs"
COMMUNITY = (
    "Community-aware evaluation and threshold calibration for open-set plankton image recognition"
)
UNDER = (
    "Automated plankton image recognition is increasingly used in aquatic ecosystem monitoring, but"
)


def test_the_line_is_the_next_cards_title() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title[TEXPERT].abstract == ""
    assert by_title[COMMUNITY].abstract.startswith("Automated plankton image recognition")


def test_going_on_there_pays_the_capital_sharing() -> None:
    plain, _ = cont_evidence(COMMUNITY, UNDER, True, False, 100)
    under, _ = cont_evidence(COMMUNITY, UNDER, True, False, 100, under_chrome=True)
    assert under == plain + CAPITAL_SHARING - 1.0  # (and not the +1 an open line is worth)
