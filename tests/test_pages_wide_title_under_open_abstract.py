"""Round 33 (ux40): a card's title without an abstract, wider than the width the page wraps
its abstracts at, right under an abstract whose own text ends without a stop (layout B: no
blank line between cards; capture 182 p000218, ``cr+hyphen``): ``… enables more reliable
assessment of RAG components`` / ``Detecting Unauthorized Vehicles using Deep Learning for
Smart Cities: A Case Study on Bangladesh`` (96 columns on a page wrapping at 72) / the next
title. The intake opened a unit at the wide line (no wrap makes it), but its continuation
evidence weighed the page's width only where it was measured on the head: the sentence
going on (+1) won, the title read as the abstract's last line and the card lost. A page
that has wrapped many lines within its width, every one full (``evidence.SURE_WRAPS``), is
a tool's greedy wrap: a line of words wider than it is none of its paragraphs' lines."""

from __future__ import annotations

from .page_excerpts import CARDS, card_page, read_cards, wrap

# (the abstract's own last sentence as that page ends it: its last line, wrapped at 72,
# full: the title's first word would not have fitted on it)
OPEN_END = (
    " Our work provides a critical step toward aligning IR evaluation with LLM consumers and "
    "enables more reliable assessment of RAG components"
)
WIDE = (
    "Detecting Unauthorized Vehicles using Deep Learning for Smart Cities: A Case Study on "
    "Bangladesh"
)


def test_a_title_wider_than_a_sure_wrap_under_an_abstract_ending_open() -> None:
    cards = [dict(c) for c in CARDS]
    cards[4]["abstract"] = cards[4]["abstract"][:-17] + OPEN_END
    cards[5]["title"], cards[5]["abstract"] = WIDE, ""

    def card(i: int, c: dict) -> list[str]:
        return [cards[i]["title"], *wrap(cards[i]["abstract"], 72)]

    read_cards(card_page(card), cards)
