"""Round 30 (ux32): tails a listing sets after a title on its line, several on one line.
A reading list closes each title with a link's mark (``[arXiv]``, `` ↗``), a site prints
the paper's address after it (``(arxiv.org/abs/…)``, ``https://huggingface.co/papers/…``)
and the author count (``— 4 authors``). Each is read alone at the line's end
(``card_marks``, ``title_links``); a page that mixes two habits sets one under the other,
and before, the one underneath stayed in the title (mix 162: 70 titles kept ``[arXiv]``
under ``(arxiv.org/abs/…)``, 36 kept their address under ``— 9 authors``, 19 kept ``↗``
under ``— 3 authors``). The card reads each: the id from the link, ``n_authors`` from
the count, the mark dropped."""

from __future__ import annotations

import pytest

from .page_excerpts import CARDS, card_page, read_cards

IDS = [f"25{m:02d}.{10000 + 37 * m}" for m in range(1, len(CARDS) + 1)]
COUNTS = [i + 3 for i in range(len(CARDS))]


def _page(tail) -> list[str]:
    return card_page(lambda i, c: [c["title"] + tail(i), "", c["abstract"], ""])


@pytest.mark.parametrize(
    "tail",
    [
        lambda i: f" [arXiv] (arxiv.org/abs/{IDS[i]})",
        lambda i: f" [PDF] https://arxiv.org/abs/{IDS[i]}",
        lambda i: f" ↗ https://huggingface.co/papers/{IDS[i]}",
    ],
    ids=["mark-paren-link", "mark-link", "arrow-link"],
)
def test_a_links_mark_under_the_papers_link(tail) -> None:
    records = read_cards(_page(tail))
    assert [r.arxiv_id for r in records] == IDS


@pytest.mark.parametrize("mark", [" ↗", " [PDF]", " (v2)"])
def test_a_links_mark_under_the_author_count(mark: str) -> None:
    records = read_cards(_page(lambda i: f"{mark} — {i + 3} authors"))
    assert [r.meta.get("n_authors") for r in records] == COUNTS


@pytest.mark.parametrize("link", ["https://huggingface.co/papers/{}", "(arxiv.org/abs/{})"])
@pytest.mark.parametrize("count", [" — {} authors", " ({} authors)"])
def test_the_papers_link_under_the_author_count(link: str, count: str) -> None:
    tail = " " + link + count
    records = read_cards(_page(lambda i: tail.format(IDS[i], i + 3)))
    assert [r.arxiv_id for r in records] == IDS
    assert [r.meta.get("n_authors") for r in records] == COUNTS


def test_a_mark_in_a_title_under_a_link_is_kept_where_the_page_sets_none() -> None:
    """One card's ``[PDF]`` before its link is no habit: the title keeps what it says."""
    cards = [dict(c) for c in CARDS]
    cards[2]["title"] += " [PDF]"
    page = card_page(
        lambda i, c: [cards[i]["title"] + f" https://arxiv.org/abs/{IDS[i]}", "", c["abstract"], ""]
    )
    read_cards(page, cards)
