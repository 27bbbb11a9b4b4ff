"""Round 33 (ux40): a site's interface in another language (``Publié le 7 oct. 2024``,
``Veröffentlicht am 7. Okt. 2024``, ``提交者：Ann Lee``, ``unseen.translated``) as a
capture that could not print its letters shows it: an ASCII terminal's ``?`` for each
(``Publi? le 15 f?vr. 2021``, ``Ver?ffentlicht am 12. Juli 2019``, ``????Ivo Voss``;
``capture.ascii``), or UTF-8 read as Windows-1252 (``æäº¤è€…ï¼šGoran Park``, two bytes of
``提`` lost; ``capture.charset``). ``opener_shapes`` read a word of letters only, so no two
cards' lines shared a shape and each became a record (mix 117 p000637, p000303, p000584,
p000015, p000642: 374 extra records). The opening words keep their shape as printed: the
mark stands for a letter, the run of Windows-1252 letters for the label's script."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.opener_shapes import opener_shape

from .page_excerpts import card_page, read_cards

FORMS = {
    "ascii_fr": lambda i: f"Publi? le {i + 3} {('f?vr.', 'juin', 'avr.', 'ao?t')[i % 4]} 2021",
    "ascii_de": lambda i: f"Ver?ffentlicht am {i + 3}. {('Juli', 'Okt.', 'M?rz')[i % 3]} 2019",
    "ascii_cjk": lambda i: f"????{('Ivo Voss', 'Ann Sato', 'Kai Lee')[i % 3]}",
    "charset_cjk": lambda i: f"æäº¤è€…ï¼š{('Goran Park', 'Ann Sato', 'Jun Rossi')[i % 3]}",
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_printed_opener_is_the_pages_furniture(form: str) -> None:
    line = FORMS[form]

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], line(i), "", c["abstract"], ""]

    read_cards(card_page(card))


def test_the_printed_shapes() -> None:
    assert opener_shape("Publi? le 15 f?vr. 2021") == "O:publi? le"
    assert opener_shape("????Ivo Voss") == opener_shape("????Ann Sato")
    assert opener_shape("æäº¤è€…ï¼šGoran Park") == opener_shape("æäº¤è€…ï¼šAnn Sato")
    # (a title is no opener: a question's mark closes it, its words run past a value's)
    assert opener_shape("What? Do Language Models Know What They Know Well") is None
    assert opener_shape("Über Learning to Rank Documents") is None
