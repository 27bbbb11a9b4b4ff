"""A line in lower case opening with a name, its colon and a word in lower case, under a
sentence's end, is a title set in lower case, not the abstract's next sentence
(``sentence_titles.NAMED_LOWER_CASE``, beside ``NAMED_LOWER``'s capitalised name;
docs/pages-passes.md, nw34). The excerpt (``fixtures/pages_nw34.json``) is new 185's page
p002467 at 200k (``n_reldate``, plain, layout B, wrapped at 80), from line 40: ``… reached
specialist-level accuracy in rheumatology.`` + ``checkmate: interpretable and explainable
rsvqa is the endgame.`` + ``8 hours ago`` + its abstract. Main read the title as the
abstract's last sentence and the abstract's first line as a title: the card lost."""

from __future__ import annotations

from papercorpus.sources.pages.sentence_titles import named_lower

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw34.json")[
    "nw34_new185_p002467_a_title_in_lower_case_opening_with_its_name"
]


def test_a_title_in_lower_case_under_an_abstracts_end_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_a_name_and_its_colon_in_either_case() -> None:
    assert named_lower("checkmate: interpretable and explainable rsvqa is the endgame.")
    assert named_lower("Compsplat: compression-aware 3d gaussian splatting")
    assert not named_lower("see https://example.org: the code")
    assert not named_lower("zero), essential steps: diagnosis, testing")
