"""Two lines no greedy wrap sets so (the second wider than the first and its first word) and
in two case forms are two titles, whatever sentence's word the first holds
(``breaks.break_candidate``; docs/pages-passes.md, nw34). The excerpt
(``fixtures/pages_nw34.json``) is new 118's page p000112 at 200k (``n_combined``, web,
layout B, every paragraph on one line), lines 52-89: ``Lost in the Haystack: Smaller
Needles are More Difficult for LLMs to Find`` (a card without an abstract; ``are`` is one of
``shape.sentence_like``'s words) + ``benchmarking visual llms resilience to unanswerable
questions on visually rich documents.`` + its abstract. Main joined the two titles as one,
the second card lost."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import break_candidate

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw34.json")[
    "nw34_new118_p000112_a_title_over_a_wider_line_in_lower_case"
]
TITLE = "Lost in the Haystack: Smaller Needles are More Difficult for LLMs to Find"


def test_a_title_in_lower_case_under_a_title_cased_one_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_the_cut_is_offered_where_the_case_form_changes() -> None:
    lower = "benchmarking visual llms resilience to unanswerable questions on visually rich docs."
    assert break_candidate([TITLE], 1, False, lower)
    # the same case form and a sentence's word: a paragraph an author broke, no cut
    assert not break_candidate(
        ["Our results are more robust than every baseline"],
        1,
        False,
        "and we find that the gains hold across every dataset and model size we tried here.",
    )
