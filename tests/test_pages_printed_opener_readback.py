"""Round 34 (ux42): a translated interface's furniture (``Veröffentlicht am 21. Okt.
2024``, ``unseen.translated``) as a capture that read its UTF-8 as Windows-1252 printed it
whole (``VerÃ¶ffentlicht``, ``capture.charset``): ``opener_shapes._PRINTED`` reads a word
whose letters an ASCII terminal printed ``?``, but ``Ã¶`` holds a mark (``¶``), so no two
cards shared a shape and every such line was a card (mix 118 p000349: 97 extra). Where the
line reads back (``normalize.fix_mojibake``), its shape is the read-back line's."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import shape

from .page_excerpts import CARDS, HEAD, read_cards


def _printed(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def test_a_printed_opener_has_the_read_back_shape() -> None:
    assert shape(_printed("Veröffentlicht am 21. Okt. 2024")) == shape(
        "Veröffentlicht am 3. Mai 2021"
    )
    assert shape(_printed("Publié le 7 oct. 2024")) == "O:publié le"


def test_a_page_of_printed_furniture() -> None:
    months = ["Jan.", "Apr.", "Okt.", "Mai", "Dez."]
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        date = _printed(f"Veröffentlicht am {i + 3}. {months[i % 5]} 202{i % 4}")
        lines += [c["title"], f"{i + 4} Autoren", date, c["abstract"]]
    read_cards([*lines, "Previous", "Next"])
