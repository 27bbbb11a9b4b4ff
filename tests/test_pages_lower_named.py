"""A title in lower case keeps its acronyms and coined names as spelled: a piece of lines in
lower case but for them, then a line opening in capitals, may be a whole title over its
abstract (``breaks.lower_but_names``; docs/pages-passes.md, "The `new` family's wrapped pages
(nw33)"). The excerpt (``fixtures/pages_nw33.json``) is new 117's ``n_wrap`` page p000167
at 200k (``--arrangement n_wrap``), lines 108-186 (plain, layout B, wrapped at 60):
``… reliability of LLM-based research in the future.`` + ``mTeaching in adverse scenes: a
statistically feedback-driven`` + two lines more (``… in UAV images under adverse
scenes``) + ``Unsupervised Domain Adaptation (UDA) has shown promise in`` + … Main offered
no cut under the title's three lines (a title in lower case was asked ``str.islower``), so
the title and its abstract were one paragraph, glued to the abstract above."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import lower_but_names as lower_named

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw33.json")["nw33_new117w_p000167_a_lower_title_naming_an_acronym"]


def test_a_lower_case_title_naming_an_acronym_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_lower_named() -> None:
    title = "mTeaching in adverse scenes: object detection in UAV images"
    assert lower_named(title, title)
    # a capitalised word, a sentence's end: no title in lower case
    assert not lower_named("The concept of waterbody style transfer remains", "remains")
    assert not lower_named("LiDARs provide geometric measurements. Although", "Although")
    assert not lower_named("LLM coding benchmarks face a credibility crisis.", "crisis.")
    assert not lower_named("in UAV images", "in UAV images")  # (too few words)
