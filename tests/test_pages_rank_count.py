"""A listing that ranks its titles (``#12 Title``, ``[12] Title``) counts them as a numbered
list does: a line opening with the rank after the card's title's is the next card's title,
not the card's abstract nor its going on (``reader._count_item``, ``card_marks.rank_no``
in ``text_moves``' ``LIST_SIBLING``; docs/pages-passes.md, "The families' and two opt-in
draws' last losses (lt31)"). The excerpts (``fixtures/pages_lt31.json``) are novel 115's
``number`` pages, plain, layout B: p000633 lines 386-419 (``#25 VFMF: …``, a card without
an abstract, over ``#26 zing-3d: …`` and its abstract: read as #25's abstract) and p000267
lines 31-44 (``[20] Relic: …`` over a one-sentence abstract, then ``[21] on the
robustness of medical vision-language models: …``: read as that sentence going on)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_marks import rank_no

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt31.json")


def test_the_next_rank_under_a_title_is_the_next_title() -> None:
    records, _ = parse_page(EXCERPTS["lt31_novel115_p000633_the_next_rank_under_a_title"]["lines"])
    by_title = {r.title: r for r in records}
    assert (
        by_title["VFMF: World Modeling by Forecasting Vision Foundation Model Features"].abstract
        == ""
    )
    zing = "zing-3d: zero-shot incremental 3d scene graphs via vision-language models."
    assert by_title[zing].abstract.startswith("Understanding and reasoning about complex 3D")


def test_the_next_rank_under_a_sentence_is_the_next_title() -> None:
    records, _ = parse_page(
        EXCERPTS["lt31_novel115_p000267_the_next_rank_under_a_sentence"]["lines"]
    )
    by_title = {r.title: r for r in records}
    relic = [r for r in records if r.title.startswith("Relic:")]
    assert relic and relic[0].abstract == (
        "Reward models are essential for aligning large language models (LLMs) with human"
        " preferences."
    )
    robust = "on the robustness of medical vision-language models: are they truly generalizable?."
    assert by_title[robust].abstract.startswith("Medical Vision-Language Models (MVLMs)")


@pytest.mark.parametrize(("text", "n"), [("#26 zing", 26), ("[21] on the", 21), ("#1 A", 1)])
def test_ranks(text: str, n: int) -> None:
    assert rank_no(text) == n


@pytest.mark.parametrize("text", ["#26", "[21]on", "[Citation needed] A", "# 3 A", "12. A"])
def test_no_rank(text: str) -> None:
    assert rank_no(text) == 0
