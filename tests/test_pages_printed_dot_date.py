"""Round 31 (ux35): an organisation's name over its card's date set after a dot (``Salesforce``
/ ``· Published on Oct 12, 2022``, ``default.org``) with the dot as a capture that could
not print it shows it (``Â· Published on …`` from UTF-8 read as Windows-1252, ``? Published
on …`` from an ASCII terminal). The dot under a name tells the name is the card's
organisation (``reader.dot_mark``); as printed it was a date alone, and a card without an
abstract took the name above it as its abstract (mix 169 p000393)."""

from __future__ import annotations

import pytest

from .page_excerpts import CARDS, card_page
from .test_pages_card_parts import _read

ORGS = ["Salesforce", "NVIDIA", "Google DeepMind", "Meta AI", "Tencent ARC Lab"] * 2


@pytest.mark.parametrize("dot", ["·", "Â·", "?"])
def test_an_organisation_over_a_printed_dot_and_date(dot: str) -> None:
    want = [(c["title"], "" if i in (3, 7) else c["abstract"]) for i, c in enumerate(CARDS)]

    def card(i: int, c: dict) -> list[str]:
        body = [want[i][1], ""] if want[i][1] else []
        return [c["title"], "", *body, ORGS[i], "", f"{dot} Published on Oct {i + 2}, 2022", ""]

    records = _read(card_page(card), want)
    assert [r.meta.get("org") for r in records] == ORGS
