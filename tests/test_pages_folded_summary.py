"""Round 31 (ux35): an AI summary under each title (``TL;DR …``, ``fresh.tldr``) on a page
folded narrow (``capture.narrow``): the fold breaks the summary over lines. Each was read
alone: a page prints summaries where three lines of its head are whole labelled
summaries (``summaries.summary_lines``), a summary line is chrome where it is whole; folded,
no line was, and a card without an abstract took its own summary as one (mix 169
p000388: 6 cards, once the page's furniture was read). The summary's label opens it and
its sentence's end closes it, whatever lines the fold set between."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.summaries import summary_lines

from .page_excerpts import CARDS, card_page, wrap
from .test_pages_card_parts import _read

TLDR = "TL;DR This enables deeper engagement with the creative process of writing."


@pytest.mark.parametrize("width", [44])
def test_a_summary_the_fold_broke_over_lines(width: int) -> None:
    bare = (2, 6)  # (cards without an abstract)
    want = [(c["title"], "" if i in bare else c["abstract"]) for i, c in enumerate(CARDS)]

    def card(i: int, c: dict) -> list[str]:
        body = [] if i in bare else wrap(c["abstract"], width)
        return ["", *wrap(c["title"], width), *wrap(TLDR, width), *body]

    records = _read(card_page(card), want)
    assert [r.meta.get("ai_summary") for r in records] == [TLDR[6:]] * len(CARDS)


def test_the_summary_habit_over_folded_lines() -> None:
    window = []
    for c in CARDS[:3]:
        window += [c["title"], *wrap(TLDR, 44), c["abstract"]]
    assert summary_lines(window) == 3
