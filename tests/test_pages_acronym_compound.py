"""An acronym in brackets whose words on its line would take the word the line above ends
with, a word they repeat, spells no word there (``Multimodal foundation models (MMFMs)``
under ``… of Multimodal Foundation Models``: a name spelled out says no word twice), so
the break over it may end a title (``wraps.acronym_spans``; docs/pages-passes.md, "The
families' last losses at 200k (lt29)"). The excerpt (``fixtures/pages_lt29.json``) is
default 155's ``org`` page p002279, lines 110-139 (layout B, abstracts wrapped at 80):
``MMDT: Decoding the Trustworthiness and Safety of Multimodal Foundation Models`` under its
organisation and date, over ``Multimodal foundation models (MMFMs) play a crucial role in
various``. Main read the acronym as spelling ``Models`` on the title's line, offered no
cut, and joined the title to its abstract as one paragraph: the card was lost."""

from __future__ import annotations

from papercorpus.sources.pages.wraps import acronym_spans

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt29.json")
PAGE = EXCERPTS["lt29_default155_p002279_an_acronym_spelled_on_its_line"]["lines"]
MMDT = "MMDT: Decoding the Trustworthiness and Safety of Multimodal Foundation Models"


def test_the_title_is_its_own() -> None:
    records, _ = parse_page(PAGE)
    by_title = {r.title: r for r in records}
    assert by_title[MMDT].abstract.startswith("Multimodal foundation models (MMFMs) play")


def test_acronym_spans() -> None:
    opening = "Multimodal foundation models (MMFMs) play a crucial role in various"
    assert not acronym_spans("and Safety of Multimodal Foundation Models", opening)
    # spelled across the break
    assert acronym_spans("… limitations of Large Language", "Models (LLMs)-such as GPT")
    assert acronym_spans("… we study Large", "Language Models (LLMs) in depth")
    assert acronym_spans("… and Neural Radiance", "Fields (NeRF) have achieved")
    assert acronym_spans("… introducing the Channel", "Consistency Prior (CCP) of rank")
    # a compound cut at its hyphen may repeat its word
    assert acronym_spans("… in massive multiple-", "input multiple-output (MIMO) systems")
