"""Round 33 (ux40): the authors with their affiliation marks and the marks' legend
(``Ann Lee¹, Bo Chen²`` / ``¹MIT ²Stanford``, ``fresh.affil``) as a capture that could not
print the marks shows them: an ASCII terminal's ``?`` (``Hana Umar?, Goran Park?,?`` /
``?Google DeepMind``, ``capture.ascii``) or UTF-8 read as Windows-1252 (``Ann SatoÂ¹,Â²,
Ivo SatoÂ¹`` / ``Â¹MIT Â²Stanford``, ``capture.charset``). Read as text, each such line
stood as a card (mix 117 p000355, 182 p000598, p000419: 202 extra records). Read back,
they are the card's notes. A question closing a title is one mark on one part: a line of
names is two or more, each closing with its marks; a legend's every mark opens an
organisation's name."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import LEGEND, NAMES, card_chrome

from .page_excerpts import card_page, read_cards

NAMES_LINES = {
    "ascii": ("Hana Umar?, Goran Park?,?, Jun Lee?", "?Google DeepMind ?Mila"),
    "charset": ("Ann SatoÂ¹,Â², Ivo SatoÂ¹, Kai QuistÂ²", "Â¹MIT Â²Stanford University"),
}


@pytest.mark.parametrize("form", sorted(NAMES_LINES))
def test_printed_names_and_legend_are_the_cards_notes(form: str) -> None:
    names, legend = NAMES_LINES[form]
    assert card_chrome(names) == NAMES
    assert card_chrome(legend) == LEGEND

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], names, legend, "", c["abstract"], ""]

    records = read_cards(card_page(card))
    assert records[0].meta.get("authors", [])[:2] in (
        ["Hana Umar", "Goran Park"],
        ["Ann Sato", "Ivo Sato"],
    )


def test_a_question_is_no_name() -> None:
    assert card_chrome("Is Attention All You Need?") is None
    assert card_chrome("Can Large Models Reason?, Or Not?") is None
    # (a title opening with a quote an ASCII terminal could not print)
    assert card_chrome("?Quoted? Titles Are Hard") is None
    assert card_chrome("?Beta: A Study of Things") is None
