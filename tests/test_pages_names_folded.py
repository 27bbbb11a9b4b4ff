"""Round 33 (ux40): the authors with their affiliation marks (``fresh.affil``) on a line
a narrow fold broke inside a name: ``Ivo Quist¹,³, Chen Tanaka², Kai Okafor³, Emil
Voss¹,², Kai`` / ``Rossi²,³, Farah Umar¹,³`` (``capture.narrow``; mix 182 p000323, ux38's
left 175 p000684). Neither line reads as a line of marked names alone (a first name
closes the first, a surname opens the second), so both went on the title. A reader sees
one list: the first line's names each closing with marks but its last, a name's first
words, and the line under it finishing that name and going on as the list does."""

from __future__ import annotations

from papercorpus.sources.pages.card_notes import names_head, names_rest

from .page_excerpts import card_page, read_cards

HEAD = "Ivo Quist¹,³, Chen Tanaka², Kai Okafor³, Emil Voss¹,², Kai"
REST = "Rossi²,³, Farah Umar¹,³"


def test_a_names_line_the_fold_broke() -> None:
    assert names_head(HEAD) == "Kai"
    assert names_rest("Kai", REST)
    assert not names_rest("Kai", "Rossi, and a sentence going on.")
    # (a title holding a comma is no list of marked names)
    assert names_head("Attention¹, Please: A Study of Marks, Kai") == ""


def test_the_folded_names_are_the_cards() -> None:
    def card(i: int, c: dict) -> list[str]:
        return [c["title"], HEAD, REST, "¹MIT ²KAIST ³Mila", "", c["abstract"], ""]

    records = read_cards(card_page(card))
    # (the card keeps the first line's names, as it keeps a note's first line's values)
    assert records[0].meta["authors"][:2] == ["Ivo Quist", "Chen Tanaka"]
