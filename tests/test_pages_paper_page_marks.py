"""Round 30 (ux32): a listing is told from a Hugging Face paper page by the paper page's
own marks, set apart on their lines (``AI-generated summary`` over the one-liner, ``View
arXiv page``, ``Models citing this paper 3``, ``Paper page - Title``), not by the words
anywhere. A reading list that sets ``Abstract`` over each card's abstract, one of whose
abstracts says "each AI-generated summary is compared ...", was read as a paper page and
lost every card (mix 162: a page of 103 cards, ``parts.label`` × an abstract's words)."""

from __future__ import annotations

from papercorpus.sources.detect import detect_format
from papercorpus.sources.paper_page import looks_like_paper_page

from .page_excerpts import CARDS, card_page, parse_page

PROSE = (
    "Evaluation is performed with a LLM-as-a-judge paradigm: each AI-generated summary is "
    "compared against a high-quality, human-written summary. The View arXiv page button "
    "and the Models citing this paper list are not part of it."
)


def _labelled(i: int, c: dict) -> list[str]:
    abstract = c["abstract"] + (" " + PROSE if i == 1 else "")
    return [c["title"], "", "Abstract", abstract, ""]


def test_a_listing_labelling_its_abstracts_is_no_paper_page() -> None:
    page = card_page(_labelled)
    assert not looks_like_paper_page(page)
    assert detect_format(list(enumerate(page, 1)), "list.txt") == "pages"
    records, _ = parse_page(page)
    assert [r.title for r in records] == [c["title"] for c in CARDS]


def test_a_paper_pages_marks_on_their_lines_still_tell_it() -> None:
    head = ["# Paper page - Subjective functions", "", "Abstract", "", "AI-generated summary"]
    assert looks_like_paper_page(head)
    assert looks_like_paper_page(["Abstract", "[View arXiv page](https://arxiv.org/abs/1)"])
    assert looks_like_paper_page(["## Abstract", "## Models citing this paper 0"])
    assert looks_like_paper_page(["**Page Title:** Paper page - X", "Abstract"])
