"""A bare number under a title line that filled the page's width, set in as the page sets
its titles' rests or in the title's block on a page that sets its blocks apart, is the
title's last word, not an upvote count (``in_text.ChromeInText._number_rest``;
docs/pages-passes.md, nw34). The excerpts (``fixtures/pages_nw34.json``) are new 185's
``n_wrap`` pages at 200k: p002292 (plain, layout B, wrapped at 60), ``Evaluating the
Robustness of Proof Autoformalization in Lean`` at 60 + ``  4`` + its abstract; p000178
(plain, layout A), ``MARS: Technical Report for the CASTLE Challenge at EgoVis`` at 57 +
``2026`` in its block. Main dropped the number as a count: the titles cut."""

from __future__ import annotations

import pytest

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_nw34.json")


@pytest.mark.parametrize(
    "name",
    [
        "nw34_new185_p002292_a_number_set_in_under_a_full_title_line",
        "nw34_new185_p000178_a_number_in_a_titles_block",
    ],
)
def test_a_titles_last_word_a_number_stays_in_the_title(name: str) -> None:
    check_excerpt(EXCERPTS[name])
