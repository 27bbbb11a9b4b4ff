"""A line opening in lower case on words that end a sentence begun above, then opening the
next, is no line of a Title Cased title however its later words are cased
(``lineforms.cased_title_line``, asked by ``wraps.page_wrap``; docs/pages-passes.md, nw34).
The excerpt (``fixtures/pages_nw34.json``) is new 118's page p000486 at 200k (``n_wrap``,
plain, layout B, wrapped at 60), from line 600: ``SEA-TS: … Forecasting Algorithms`` + its
abstract, whose fifth line ``iteration. We propose Self-Evolving Agent for Time Series``
(at 57, full) is Title Cased by its system's name over ``Algorithms (SEA-TS), a framework
…``. Main read the break as a title's end: the abstract's first five lines a title of their
own (an extra record), the card's abstract cut to its rest."""

from __future__ import annotations

from papercorpus.sources.pages.lineforms import cased_title_line

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw34.json")[
    "nw34_new118_p000486_a_paragraph_line_opening_on_a_sentences_end"
]


def test_an_abstract_line_naming_a_system_goes_on() -> None:
    check_excerpt(PAGE)


def test_a_line_opening_on_a_sentences_end_is_no_title_line() -> None:
    assert not cased_title_line("iteration. We propose Self-Evolving Agent for Time Series")
    assert cased_title_line("Self-Evolving Agent for Time Series")
    # a title's rest opening with a small word, its inner stop after a capitalised word
    assert cased_title_line("of Spatial. Reasoning in Large Language Models")
