"""A short line over one opening with a pictograph, on a page that wraps its prose: the
next word would have fitted on the short line, so the break is no wrap, and the line under
opens a block of its own as a capitalised one does (``lineforms.opens_block``, the
intake's firm width, ``evidence.SHORT_FILL``; docs/pages-passes.md, "Conv family,
eighteenth round"). The excerpt (``fixtures/pages_hc16.json``) is the conv 7 set's
``c_w3m`` page p000213, lines 333-432: five cards, the last ``Unified Personalized Reward
Model …`` + ``· 1 authors`` + ``Submitted by …`` + ``Qwen`` + an abstract opening
``🪐 Project Page: https://…``, where main read ``Qwen`` as the abstract's first line."""

from __future__ import annotations

from papercorpus.sources.pages.lineforms import opens_block

from .page_excerpts import card_pairs, check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_hc16.json")
PAGE = EXCERPTS["hc16_w3m_a_name_over_an_abstract_opening_with_a_pictograph"]


def test_a_block_opens_with_a_capital_or_a_pictograph() -> None:
    assert opens_block("ROCKET isn't just a model")
    assert opens_block("🪐 Project Page: https://example.org")
    assert opens_block("🔥 We release the code")


def test_a_sentence_going_on_opens_otherwise() -> None:
    # lower case, a digit, an ASCII mark, a dash or a quote go on a wrapped sentence
    assert not opens_block("reviews. Conclusion: this pipeline")
    assert not opens_block("92.3% accuracy on the test set")
    assert not opens_block("(called X) improves")
    assert not opens_block("— which improves")
    assert not opens_block("“zero-shot” transfer")
    assert not opens_block("· 1 authors")
    assert not opens_block("")


def test_a_name_over_an_abstract_opening_with_a_pictograph() -> None:
    records, _ = parse_page(PAGE["lines"])
    pairs = card_pairs(records)
    assert len(pairs) == 5
    title, abstract = pairs[-1]
    assert title == "Unified Personalized Reward Model for Vision Generation"
    assert abstract.startswith("🪐 Project Page: https://codegoat24.github.io/")
    assert records[-1].meta.get("org") == "Qwen"
    check_excerpt(PAGE)
