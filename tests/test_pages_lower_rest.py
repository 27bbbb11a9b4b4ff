"""A Title Cased line holding no colon keeps the case break's charge over a line in lower
case, however full the page's width says it was (``title_rest.lower_rest_cased``;
docs/pages-passes.md, nw34): only a subtitle opened on the line may run on in sentence or
lower case. The excerpt (``fixtures/pages_nw34.json``) is new 185's page p002670 at 200k
(``n_wrap``, plain, layout B, wrapped at 60), lines 2300-2418: ``Contrastive
Weak-to-strong Generalization`` at 41 (a card without an abstract; the next word,
``modality-composable``, would not have fitted) + ``modality-composable diffusion policy via
inference-time`` + ``distribution-level composition.`` + its abstract. Main read the three
lines as one title, the second card lost."""

from __future__ import annotations

from papercorpus.sources.pages.title_rest import lower_rest_cased

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw34.json")[
    "nw34_new185_p002670_a_title_cased_line_over_a_rest_in_lower_case"
]


def test_a_title_in_lower_case_under_a_title_cased_card_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_only_a_subtitle_or_an_open_end_runs_on_in_another_case() -> None:
    assert lower_rest_cased("Contrastive Weak-to-strong Generalization", False)
    assert not lower_rest_cased("Do Large Language Models: Revisiting the", False)
    assert not lower_rest_cased("Online Signature Verification based on the", True)
