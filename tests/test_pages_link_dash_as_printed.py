"""Round 32 (ux38): a paper's link after its title set off by a dash (``Title — https://
arxiv.org/abs/ID``, ``unseen.url_tail``), the dash as a capture that could not print it
shows it: ``â€”`` (UTF-8 read as Windows-1252, ``capture.charset``). The link was read off
the line and the dash left closing the title (mix 116 p000161, p000239: 163 damaged
titles). ``title_links`` read the dash printed only; the author count's reader
(``card_marks._AUTHORS_TAIL``) read it as printed already. An ASCII terminal's `` ? `` is
not read so: a title closing with a question set off by a space shows it too."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.title_links import title_link

from .page_excerpts import CARDS, card_page, read_cards


@pytest.mark.parametrize("dash", ["—", "–", "â€”", "â€“"])
@pytest.mark.parametrize("count", ["", " {d} 6 authors"])
def test_the_links_dash_as_printed(dash: str, count: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        tail = f" {dash} https://arxiv.org/abs/{c['id']}" + count.format(d=dash)
        return [c["title"] + tail, "", c["abstract"], ""]

    records = read_cards(card_page(card))
    assert [r.arxiv_id for r in records] == [c["id"] for c in CARDS]


def test_a_question_closing_a_title_keeps_its_mark() -> None:
    assert title_link("Is Attention All You Need? https://arxiv.org/abs/2401.00001") == (
        "Is Attention All You Need?",
        "2401.00001",
    )
    # (a question set off by a space, as 20 of the listings' 120,405 titles set it: an
    # ASCII terminal's dash is not read, the title keeps its mark; mix 176 p000668)
    assert title_link("Is Attention All You Need ? https://arxiv.org/abs/2401.00001") == (
        "Is Attention All You Need ?",
        "2401.00001",
    )
