"""Two title-like lines both wider than arXiv's own line breaks leave one, on a page that
has shown its paragraphs on one line and wrapped none, are no wrapped paragraph: the
intake offers the cut and learns no width from the break (``flat_titles.past_breaks``;
docs/pages-passes.md, "The families' last losses at 200k, held-out 114 (lt30)"). The
excerpt (``fixtures/pages_lt30.json``) is default 114's ``bare`` page p002525, lines 1-24
(layout B, every paragraph on one line): ``semantic consensus: … multi-agent llm
systems`` (106, a card without an abstract) + ``evaluating vision language model
adaptations … in low-resource languages.`` (103) + its abstract, after four one-line
paragraphs of 874 to 1,747 characters. Main joined the two titles as one (eight such
paragraphs were asked before the cut was offered): the second card was lost."""

from __future__ import annotations

from papercorpus.sources.pages.flat_titles import past_breaks

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt30.json")
PAGE = EXCERPTS["lt30_def114_p002525_two_wide_titles_on_a_flat_page"]
FIRST = (
    "semantic consensus: process-aware conflict detection and resolution for enterprise"
    " multi-agent llm systems"
)
SECOND = (
    "evaluating vision language model adaptations for radiology report generation in"
    " low-resource languages."
)


def test_two_wide_titles_on_a_flat_page_are_two_cards() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title[FIRST].abstract == ""
    assert by_title[SECOND].abstract.startswith("The integration of artificial intelligence")


def test_past_breaks() -> None:
    assert past_breaks(FIRST, SECOND)
    # an abstract kept with arXiv's own breaks (at 80 or less) may be wrapped so
    assert not past_breaks(
        "We study the problem of learning from noisy labels in a setting where the",
        "annotators disagree, and propose a method that models each annotator.",
    )
