"""Round 34 (ux42): a card's author count then its organisation, set apart by the dot
(``4 authors · Tsinghua University``, ``furniture_bare.b_authors_org``): the rules read a
name only before its chrome (``Tsinghua University · 4 authors``), so the line was
furniture only where the page taught it; on a page folded narrow (``capture.narrow``) the
head showed too few abstracts to teach it, and every such line was a card (mix 118
p000046: 164 extra). Read the other way round it is the same chrome: no title opens with
its author count."""

from __future__ import annotations

from papercorpus.sources.pages.card_notes import card_chrome

from .page_excerpts import card_page, read_cards


def test_a_count_then_a_name_is_chrome() -> None:
    assert card_chrome("4 authors · Tsinghua University") == "authors"
    assert card_chrome("3 authors · A Study of Things: Why?") is None  # (no name)

    def card(i: int, c: dict) -> list[str]:
        return [
            c["title"],
            c["abstract"],
            f"{i + 2} authors · {('Meta AI', 'Tsinghua University')[i % 2]}",
        ]

    records = read_cards(card_page(card))
    assert records[0].meta.get("n_authors") == 2
