"""Round 33 (ux40): a listing's age in a CJK interface (``5 天前``, ``8 小时前``, ``昨天``,
``sites.ago`` translated) as a capture that read its UTF-8 as Windows-1252 printed it
(``5 å¤©å‰``, ``8 å°æ—¶å‰``, ``æ˜¨å¤©``; ``capture.charset``), bytes the code page has no
character for lost, so ``normalize.fix_mojibake`` cannot read it back: each stood as a
card or closed its title (mix 182 p000419: 17 extra records, 2 leaked). As the ASCII
terminal's ``12??`` (``card_notes._UNPRINTED``): a count whose words a capture could not
print, or a word of two or three such letters alone, is no text's line."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import card_chrome

from .page_excerpts import card_page, read_cards


@pytest.mark.parametrize("line", ["5 å¤©å‰", "5 å¤©å‰\x8d", "18 å°æ—¶å‰", "æ˜¨å¤©"])
def test_a_printed_age_is_no_text(line: str) -> None:
    assert card_chrome(line) == "markup"

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], line, "", c["abstract"], ""]

    read_cards(card_page(card))


def test_words_in_latin_letters_are_text() -> None:
    assert card_chrome("Über") is None
    assert card_chrome("5 Études") is None
    assert card_chrome("Événements") is None
