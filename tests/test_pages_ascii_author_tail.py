"""Round 33 (ux40): a title closing with its card's author count (``Title — 7 authors``,
``novel.title_tail``) as an ASCII terminal printed the dash: ``Title ? 7 authors``
(``capture.ascii``). ``card_notes.printed_chrome`` reads a `` ? `` parting a line's
fields as the dot (``Google ? 5 authors``: an organisation and its count), so a title short
and plain enough to be a name (``Transformers are Graph Neural Networks``) was read as an
organisation's line, its card lost and its abstract rejected (mix 117 p000152). The
printed mark is ambiguous alone; the page that closes its titles with their count
(``card_marks.author_tail_page``) says which it is: the line is text, read by the decoder
(a title here). A real dot (``Name · 7 authors``) is read as it was."""

from __future__ import annotations

from .page_excerpts import CARDS, card_page, read_cards

SHORT = "Transformers are Graph Neural Networks"


def test_a_short_title_closing_with_its_printed_count_is_a_title() -> None:
    cards = [dict(c) for c in CARDS]
    cards[1]["title"] = SHORT

    def card(i: int, c: dict) -> list[str]:
        return [f"{cards[i]['title']} ? {i + 3} authors", "", c["abstract"], ""]

    records = read_cards(card_page(card), cards)
    assert [r.meta.get("n_authors") for r in records] == [i + 3 for i in range(len(cards))]
