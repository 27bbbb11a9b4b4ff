"""Round 34 (ux42): a relative date in the reader's language (``hace 22 días``,
``sites.ago`` translated) as a capture that read its UTF-8 as Windows-1252 printed it
(``capture.charset``): ``í`` is the bytes ``C3 AD``, printed ``Ã`` and a soft hyphen, and
the page reader dropped the soft hyphen as an invisible one (``drop_invisible``), so
``dÃas`` read back as nothing and every such line stood as a card of its own, or closed
the title of a card without an abstract over it (mix 118 p000315: 1 lost, 22 extra). The
soft hyphen of a sequence that reads back is kept, and a date is read back before it is
asked (``hÃ¡ 3 dias``, ``hace 2 aÃ±os`` lost nothing)."""

from __future__ import annotations

import pytest

from papercorpus.normalize import drop_invisible
from papercorpus.sources.pages.card_notes import card_chrome

from .page_excerpts import CARDS, HEAD, read_cards


def _printed(s: str) -> str:
    return s.encode("utf-8").decode("cp1252", errors="replace")


def test_a_soft_hyphen_of_a_printed_character_is_kept() -> None:
    assert drop_invisible(_printed("hace 22 días")) == "hace 22 dÃ\u00adas"
    assert drop_invisible("algo\u00adrithm \u200bX") == "algorithm X"
    assert drop_invisible("SÃO\u00ad") == "SÃO"  # (no sequence reads back)


@pytest.mark.parametrize("date", ["hace 22 días", "há 3 dias", "hace 2 años"])
def test_a_printed_relative_date_is_chrome(date: str) -> None:
    assert card_chrome(drop_invisible(_printed(date))) == "date"


def test_a_page_of_printed_dates() -> None:
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        date = _printed(f"hace {i + 2} días")
        if i == 4:  # (a card without an abstract: the date under its title)
            lines += [c["title"], date]
            continue
        lines += [c["title"], c["abstract"], date]
    cards = [dict(c, abstract="" if i == 4 else c["abstract"]) for i, c in enumerate(CARDS)]
    read_cards([*lines, "Previous", "Next"], cards)
