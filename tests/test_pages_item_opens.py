"""A sentence's opener (``The``, ``We``, ``In`` …: ``wraps.OPENERS``) under a line ending in a
colon or a list's marker (``… two challenges: 1)``) opens a clause going on, not a sentence
after a title: the line above is no title (``wraps.item_opens``, asked by ``page_wrap`` and
``evidence.cont_evidence``; docs/pages-passes.md, "The default family's and the site /
furniture draws' last losses (lt33)"). The excerpt (``fixtures/pages_lt33.json``) is
furniture_bare 117's page p000015 (plain, layout B, abstracts wrapped at 100): its head and
first two cards, then lines 674-718: ``a chain of diagnosis framework for accurate and
explainable radiology report generation.`` and its abstract, whose first line ends
``… existing works face two challenges: 1)`` over ``The performances in clinical efficacy
are …``. Main read that first line as a card's title of its own (an extra record), its
card left without an abstract."""

from __future__ import annotations

from papercorpus.sources.pages.wraps import item_opens

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt33.json")["lt33_furnbare117_p000015_a_capital_after_a_list_marker"]


def test_an_opener_after_a_list_marker_goes_on_the_abstract() -> None:
    check_excerpt(PAGE)


def test_a_colon_or_a_marker_opens_a_clause() -> None:
    assert item_opens("… existing works face two challenges: 1)")
    assert item_opens("… we ask two questions: (2)")
    assert item_opens("… three findings: (ii)")
    assert item_opens("… as follows:")
    assert not item_opens("… renal cell carcinoma")
    assert not item_opens("… the attention mechanism (MHA)")
    assert not item_opens("… on the Llama 3.1 (8B)")
    assert not item_opens("… such as GPT-3)")
