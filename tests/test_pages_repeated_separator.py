"""Round 31 (ux35): a separator the page sets alone on a line under every card (``·``,
default's dot) as an ASCII capture printed it, ``?`` (``capture.ascii``). Each habit was
read alone: a stop, ``?`` or bracket alone right under a line ending open is that text's
end, parted from it by a wrap (``sentence_close``); the dot's line is markup. Together,
every card's ``?`` closed the organisation's name above it, and the name went into the
abstract (mix 115 p000559: 8 cards, ``capture.ascii + default.org``). A wrap parts a
sentence's mark once in a while; a mark alone that the page repeats on its cards is its
separator, never a sentence's close."""

from __future__ import annotations

import pytest

from .page_excerpts import CARDS, card_page
from .test_pages_card_parts import _read

ORGS = ["Tencent ARC Lab", "Kandinsky Lab", "NVIDIA", "Allen Institute for AI", "Microsoft"] * 2


@pytest.mark.parametrize("dot", ["?", "·"])
@pytest.mark.parametrize("layout", ["A", "B"])
def test_an_organisation_over_a_separator_the_page_repeats(dot: str, layout: str) -> None:
    """``Title`` / abstract / ``Kandinsky Lab`` / ``?`` / ``Jul 28``: the name and the
    separator are the card's chrome (before, ``?``: ``… requirements. Kandinsky Lab ?``)."""

    def card(i: int, c: dict) -> list[str]:
        gap = [""] if layout == "A" else []
        return [c["title"], *gap, c["abstract"], *gap, ORGS[i], dot, f"Jul {i + 3}", *gap]

    records = _read(card_page(card))
    assert [r.meta.get("org") for r in records] == ORGS


def test_a_stop_a_wrap_parted_once_still_closes_its_text() -> None:
    """One card's ``?`` under its abstract's open last line is the sentence's own."""
    want = [(c["title"], c["abstract"]) for c in CARDS]
    text = CARDS[1]["abstract"].rstrip(".")
    want[1] = (CARDS[1]["title"], text + " ?")

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", *([text, "?"] if i == 1 else [c["abstract"]]), ""]

    _read(card_page(card), want)
