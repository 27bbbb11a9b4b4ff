"""Round 32 (ux38): Google Scholar's byline (``sites.scholar``) broken by a narrow fold
(``capture.narrow``): ``KJ Voss, CJ Lee, D Dubois… - ACL, 2017 -`` over ``arxiv.org``,
``BJ Tanaka, MJ Sato… - Transactions of the`` over ``Association for Computational`` over
``Linguistics, 2022 - ieeexplore.ieee.org``. The byline was read whole on one line only:
its pieces went into titles (mix 175 p000184, p000591: 2 leaked) or stood as cards of
their own (259 extra records on p000184). On a page whose head shows Scholar's bylines
(``site_chrome.byline_page``), a line that opens as one (the names, their ellipsis or
the dash after them) and does not close it is its head, and the lines under it are its
rests while their join still reads as a byline (``byline_head``, ``byline_rest``). A
title that opens so (``LLM Agents - A Survey …``) is read as a title on a page without
bylines."""

from __future__ import annotations

import pytest

from .page_excerpts import CARDS, card_page, read_cards, wrap

BYLINES = [
    ["KJ Voss, CJ Lee, D Dubois… - ACL, 2017 -", "arxiv.org"],
    ["BJ Tanaka, MJ Sato… - Transactions of the", "Association for Computational",
     "Linguistics, 2022 - ieeexplore.ieee.org"],
    ["LJ Zhang, S Wang - Advances in neural …,", "2019 - proceedings.neurips.cc"],
    ["F Vaswani, P Wang, J Dubois, SM Vaswani…", "- Advances in neural …, 2020 - arxiv.org"],
    ["JM Tanaka, HM Voss, SJ Lee… - arXiv preprint", "arXiv …, 2023 - proceedings.neurips.cc"],
]  # fmt: skip


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_byline_broken_by_the_fold(layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        by = BYLINES[i % len(BYLINES)]
        body = wrap(c["abstract"], 80)
        return [c["title"], *by, "", *body, ""] if layout == "A" else [c["title"], *by, *body]

    read_cards(card_page(card))


def test_a_title_opening_as_a_byline_on_a_page_without_them() -> None:
    titles = ["LLM Agents - A Survey of Methods for the", "Next Generation of Assistants"]
    want = [(" ".join(titles), CARDS[0]["abstract"])] + [
        (c["title"], c["abstract"]) for c in CARDS[1:]
    ]

    def card(i: int, c: dict) -> list[str]:
        head = titles if i == 0 else [c["title"]]
        return [*head, *wrap(c["abstract"], 80)]

    read_cards(card_page(card), [{"title": t, "abstract": a} for t, a in want])
