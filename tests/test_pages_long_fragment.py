"""A Title Cased line past 200 characters that ends no sentence and holds no prose is no
abstract either: it pays the long title's cost read as one (``shape_scores.long_fragment``;
docs/pages-passes.md, nw34). The excerpt (``fixtures/pages_nw34.json``) is new 185's page
p000729 at 200k (``n_org_line``, web, layout A, every paragraph on one line), from line 60:
``LangBridge: …`` (a card without an abstract) + its two ``org · date`` lines +
``Multilevel Determinants of Overweight … Survey of Children's Health`` at 203 (a card
without an abstract too) + its own. Main read the second title as the first card's
abstract: the second card lost."""

from __future__ import annotations

from papercorpus.sources.pages.shape_scores import long_fragment

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw34.json")[
    "nw34_new185_p000729_a_long_title_cased_line_is_no_abstract"
]


def test_a_long_title_without_an_abstract_under_another_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_a_long_fragment_is_title_cased_without_prose() -> None:
    assert long_fragment(
        "Multilevel Determinants of Overweight and Obesity Among Children", False, False
    )
    assert not long_fragment(
        "we show that the method works on every benchmark we tried", False, True
    )
    # (a summary ending in its project's link is the card's text: no title holds one)
    linked = "Real-world Reinforcement Learning on Humanoid Robot 🔗 Project: https://x.github.io"
    assert not long_fragment(linked, False, False)
