"""A title-sized line over text, read as its card's abstract's first line, pays where the
card's title has four longer words and shares none of them with that text
(``charges.UNSHARED_TITLE_FOUR``, as ``UNSHARED_TITLE`` for five or more;
docs/pages-passes.md, "The families' last losses at 200k, held-out 114 (lt30)"). The
excerpt (``fixtures/pages_lt30.json``) is default 114's ``bare`` page p000750, lines
296-330 (layout B, wrapped at 80, nothing between cards): ``eImproving AGI Evaluation: A
Data Science Perspective`` (a card without an abstract) + ``[Citation needed] Improving
in-context learning with a better scoring function`` + ``Large language models (LLMs)
exhibit …``. Main read the second title as the first card's abstract's first line: the
card was lost."""

from __future__ import annotations

from papercorpus.sources.pages.token_charges import unshared_title

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt30.json")
PAGE = EXCERPTS["lt30_def114_p000750_a_title_of_four_words_unshared"]
FIRST = "eImproving AGI Evaluation: A Data Science Perspective"
SECOND = "[Citation needed] Improving in-context learning with a better scoring function"


def test_a_title_under_a_title_of_four_words_it_does_not_echo() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title[FIRST].abstract == ""
    assert by_title[SECOND].abstract.startswith("Large language models (LLMs) exhibit")


def test_unshared_title_four() -> None:
    text = SECOND + " " + " ".join(PAGE["lines"][20:34])
    assert len(text) >= 1000
    assert unshared_title(FIRST, text) == 4.5
    # its words echoed: no charge
    assert unshared_title(FIRST, "A data science perspective on evaluation. " + text) == 0.0
    # three longer words: too few to weigh
    assert unshared_title("Rethinking AGI Evaluation", text) == 0.0
