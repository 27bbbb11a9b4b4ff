"""A word in brackets with one capital opening a line is no acronym a line ending mid-phrase
goes on into (``wraps.bracket_goes_on``; docs/pages-passes.md, "The `new` family's wrapped
pages (nw33)"). The excerpt (``fixtures/pages_nw33.json``) is new 117's ``n_wrap`` page
p000194 at 200k (``--arrangement n_wrap``), lines 542-573 (plain, layout B, wrapped at
100): ``SD-Search: … for Search-Augmented Reasoning`` at 79 (a card without an abstract)
+ ``(Almost) Free Modality Stitching of Foundation Models`` + its abstract. Main joined the
two titles as one (the bracket's word read as an acronym), the second card lost."""

from __future__ import annotations

from papercorpus.sources.pages.wraps import bracket_goes_on

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw33.json")["nw33_new117w_p000194_a_word_in_brackets_is_no_acronym"]


def test_a_title_opening_with_a_bracketed_word_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_an_acronym_goes_on_and_a_bracketed_word_only_at_a_full_line() -> None:
    above = "and a decoder over natural language processing"
    assert bracket_goes_on(above, "(NLP), game theory and vision", 100)
    assert bracket_goes_on(above, "(NeRF) have achieved a lot", 100)
    assert not bracket_goes_on(above, "(Almost) Free Modality Stitching", 100)
    # the next word would not have fitted: a wrap (``(Stanford), England (Brighton)``)
    assert bracket_goes_on(above, "(Stanford), England (Brighton)", 50)
    assert bracket_goes_on(above, "(Almost) Free Modality Stitching", 0)  # (no width seen)
    assert not bracket_goes_on(above, "Almost free", 0)
