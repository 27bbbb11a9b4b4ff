"""Round 31 (ux35): a card's count or relative date in a script an ASCII terminal could
not print (``12日前``, ``3 位作者``: ``sites.ago`` / ``unseen.translated`` under
``capture.ascii``) shows as the count and question marks, ``12??``, ``3 ???``. No rule
read it: it went into the abstract above it, or stood as a card (mix 169 p000365). A line
of a count and question marks alone is no title's or abstract's text."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import card_chrome

from .page_excerpts import card_page
from .test_pages_card_parts import _read

MARKS = ["12??", "19???", "2 ???", "7???"] * 3


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_count_whose_words_the_capture_could_not_print(layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        gap = [""] if layout == "A" else []
        return [c["title"], *gap, c["abstract"], *gap, MARKS[i], *gap]

    _read(card_page(card))


def test_the_count_alone() -> None:
    assert card_chrome("12??") == card_chrome("3 ???") == "markup"
    assert card_chrome("12 questions?") is None
