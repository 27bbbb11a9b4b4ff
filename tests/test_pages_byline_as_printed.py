"""Round 32 (ux38): Google Scholar's byline (``A Vaswani, N Shazeer… - Advances in neural …,
2017 - neurips.cc``, ``sites.scholar``) as a capture that could not print its marks shows
it: the ellipsis as ``â€¦`` (UTF-8 read as Windows-1252, ``capture.charset``) or ``?`` (an
ASCII terminal, ``capture.ascii``), a name's letter as ``?`` (``M?ller``). The byline was
read with ``…`` and word characters only: each such line stood as a card of its own, its
card's abstract with it (mix 175: 166 extra records on ``charset+ago+scholar``, 92 on
``charset+…+scholar`` where a card was lost; ux35 left 115 p000471). A reader sees the
byline's shape whatever marks the capture printed: initials and surnames, `` - ``, the
venue and year, `` - ``, the host."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.site_chrome import site_kind

from .page_excerpts import card_page, read_cards

BYLINES = [
    "WJ Kim, KM Novak, AJ Novakâ€¦ - Advances in neural â€¦, 2025 - proceedings.neurips.cc",
    "RJ Chen, AJ Rossi, J Okaforâ€¦ - Proceedings of the â€¦, 2015 - dl.acm.org",
    "SM Umar, K Okafor, L Sato? - arXiv preprint arXiv ?, 2015 - dl.acm.org",
    "AJ Kim, FJ M?ller? - Transactions of the Association for Computational Linguistics, "
    "2019 - nature.com",
    "L M?ller, YM Vaswani, FM Sato, Z Rossi? - IEEE Transactions on ?, 2021 - nature.com",
    "N MÃ¼ller, G Park - ICLR, 2020 - nature.com",
]


@pytest.mark.parametrize("line", BYLINES)
def test_a_byline_as_printed(line: str) -> None:
    assert site_kind(line) == "site"


@pytest.mark.parametrize(
    "line",
    [
        "AI Safety - A Review - 2021 Edition",
        "A Survey of Methods? - Part 2, 2021 - Revisited",
        "We show that X - Y, 2019 - the first",
    ],
)
def test_no_title_is_a_byline(line: str) -> None:
    assert site_kind(line) is None


@pytest.mark.parametrize("layout", ["A", "B"])
def test_bylines_as_printed_under_titles(layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        by = BYLINES[i % len(BYLINES)]
        return (
            [c["title"], by, "", c["abstract"], ""]
            if layout == "A"
            else [c["title"], by, c["abstract"]]
        )

    read_cards(card_page(card))
