"""A page that has set in three title rests or more under text and no abstract's line reads
a line set in as a title's rest surely: its abstract's reading pays more than
``SET_IN_TITLE`` (``token_charges.set_in_habit``; docs/pages-passes.md, "The `new` family's
wrapped pages (nw33)"). The excerpt (``fixtures/pages_nw33.json``) is new 117's ``n_wrap``
page p000171 at 200k (``--arrangement n_wrap``), lines 1723-2132 (plain, layout B, wrapped
at 60, titles wrapped with their rest set in or not): ``… while maintaining generation
quality.`` (57 of 60) + ``Large language models can learn and generalize`` + ``
steganographic chain-of-thought under process supervision`` + ``· 11 authors`` (a card
without an abstract). Main read the title's two lines as the abstract above going on."""

from __future__ import annotations

from papercorpus.sources.pages.charges import SET_IN_HABIT
from papercorpus.sources.pages.token_charges import set_in_habit

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw33.json")["nw33_new117w_p000171_a_page_that_sets_in_title_rests"]


def test_a_title_set_in_on_a_page_that_sets_in_its_rests_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_set_in_habit() -> None:
    assert set_in_habit([3, 0]) == SET_IN_HABIT
    assert set_in_habit([2, 0]) == 0.0  # (not yet a habit)
    assert set_in_habit([9, 1]) == 0.0  # (an abstract's line set in: no habit)
