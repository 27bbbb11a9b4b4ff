"""Round 34 (ux42): a card's chrome line set in fields by another mark than the dot (``7
authors — 35 comments — Apr 5, 2022``, ``2 authors | NVIDIA | Aug 13, 2025``,
``unseen.dots``, ``furniture_bare.b_pipes``) is furniture the page teaches by repeating
it; on a page folded narrow (``capture.narrow``) the head showed no abstract to learn it
by, the line closed the title over it or stood as a card, and where the fold left the mark
closing it (``5 authors / 18 comments /`` over ``Jul 10, 2025``) the title under it went
on it (mix 189 p002048: 57 lost; p002219, p000299: 3 leaked). Each field read by the rules
(a name after one), the line is chrome, asked after the page's furniture: a line the page
taught keeps the values its labels name."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import separated_chrome

from .page_excerpts import CARDS, HEAD, read_cards


@pytest.mark.parametrize(
    "line",
    ["{n} authors — {c} comments — Apr 5, 2022", "{n} authors | NVIDIA | Aug 13, 2025"],
)
def test_fields_set_apart_on_half_the_cards(line: str) -> None:
    # (on half the cards: too few for ``repeats`` to learn, as a narrow head)
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        chrome = [line.format(n=i + 2, c=i + 7)] if i % 2 else []
        lines += [c["title"], *chrome, c["abstract"], ""]
    read_cards([*lines, "Previous", "Next"])


def test_the_fields_the_rules_read() -> None:
    assert separated_chrome("10 authors / 4 comments /") == "authors"
    assert separated_chrome("Attention Is All You Need — 7 authors") is None
    assert separated_chrome("Vision / Language Models") is None
