"""Round 31 (ux35): a title set in bold (``**…**``, ``parts.bold``) right under the
abstract above it, no blank line between (layout B), on a page folded narrow
(``capture.narrow``) where the title, lower-cased, is broken over two lines: the fold's
reading joined its first line to the abstract above (an abstract's line filled the
width), and the card was lost in it (mix 115 p000399: ``… https://github.com/Egg-Hu/SMI.``
+ ``**e.m.ground: a temporal grounding vid-llm with`` + ``holistic event perception and
matching.**``). A page that sets its titles in bold opens one where a line opens the bold
under a sentence's end; a bold word inside a paragraph opens no line there."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_marks import bold_page

from .page_excerpts import CARDS, card_page, check_excerpt, load_excerpts, wrap
from .test_pages_card_parts import _read


def test_mix_115_p000399() -> None:
    """The page's head and first cards (``e.m.ground: …`` under ``… Egg-Hu/SMI.``)."""
    check_excerpt(load_excerpts("pages_ux35.json")["mix115_p000399_authors"])


@pytest.mark.parametrize("width", [44, 48])
def test_a_bold_title_under_a_sentences_end(width: int) -> None:
    want = [(c["title"].lower(), c["abstract"]) for c in CARDS]

    def card(i: int, c: dict) -> list[str]:
        return [*wrap(f"**{want[i][0]}**", width), *wrap(c["abstract"], width)]

    _read(card_page(card), want)


def test_the_bold_habit_is_the_titles() -> None:
    assert bold_page(["**A title**", "text", "**Another title over", "two lines**"] * 2)
    assert not bold_page(["**Abstract:** text", "**TL;DR:** text", "**Results**: x"] * 3)
    assert not bold_page(["**A title**", "text"] * 2)
