"""A name-like line under a card's title, over text that shares only words most abstracts
hold with that title, is no sign the text is the title's abstract: it may be the next
card's title (``echoes.shares_uncommon``, ``charges.TITLE_SHARED``; docs/pages-passes.md,
"The families' last losses at 200k (lt29)"). The excerpt (``fixtures/pages_lt29.json``)
is conv 155's ``c_reader`` page p001267, lines 271-282 (layout A, paragraphs on one line):
``Seed1.5-VL Technical Report`` over its abstract, ``dTRPO: Trajectory Reduction in Policy
Optimization of Diffusion Large Language Models`` (a card without an abstract), ``Ruyi2
Technical Report`` over ``Large Language Models (LLMs) face significant challenges …``.
Main charged the next title for the three words ``large``, ``language``, ``models`` it
shared with dTRPO's title, and read dTRPO as the abstract's last paragraph above."""

from __future__ import annotations

from papercorpus.sources.pages.echoes import shares_uncommon

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt29.json")
PAGE = EXCERPTS["lt29_conv155_p001267_a_title_over_a_name_sharing_common_words"]
DTRPO = "dTRPO: Trajectory Reduction in Policy Optimization of Diffusion Large Language Models"


def test_the_card_without_an_abstract_is_kept() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title[DTRPO].abstract == ""
    assert by_title["Ruyi2 Technical Report"].abstract.startswith("Large Language Models (LLMs)")
    assert "dTRPO" not in by_title["Seed1.5-VL Technical Report"].abstract


def test_shares_uncommon() -> None:
    opening = "Large Language Models (LLMs) face significant challenges regarding deployment"
    assert not shares_uncommon(DTRPO, opening)
    assert shares_uncommon(DTRPO, "Diffusion large language models are trained on trajectories")
    assert not shares_uncommon(DTRPO, "Diffusion generates images")  # (one word)
