"""Round 32 (ux38): a listing's marks over a title stacked in the order the page sets them,
a rank or list number over a list item set in bold (``[1] - __Title__``, ``#3 **Title**``,
``2. - **Title**``: ``novel.number`` with ``parts.bold``, mix 116 p000005 and p000465,
316 damaged titles on the set). Each mark was taken off alone, in one order: the rank at
the card's end (``card_marks.title_marks``), the item's mark and the bold on the token
(``reader.unmark_title``) before it, so a title under a rank kept ``- __`` or ``**``. A
reader takes the marks off the title's head as they come, whatever the order; the title
inside keeps its own marks (``x*y SAGE``, ``__init__``-like words are no span). The
author count after the bold (``#1 __Title__ (1 authors)``, mix 116 p000298, 87 titles)
is taken off before the bold is."""

from __future__ import annotations

import pytest

from .page_excerpts import CARDS, card_page, parse_page, read_cards

FORMS = [
    "[{i}] - __{t}__",
    "[{i}] - **{t}**",
    "[{i}] __{t}__",
    "[{i}] **{t}**",
    "#{i} - **{t}**",
    "#{i} __{t}__",
    "{i}. - __{t}__",
    "{i}) **{t}**",
    "- [{i}] **{t}**",
    "#{i} __{t}__ (3 authors)",
    "[{i}] **{t}** — 4 authors",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("layout", ["A", "B"])
def test_marks_over_a_title_stacked(form: str, layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        title = form.format(i=i + 1, t=c["title"])
        return [title, "", c["abstract"], ""] if layout == "A" else [title, c["abstract"]]

    read_cards(card_page(card))


def test_a_titles_own_marks_are_kept() -> None:
    """A title's own emphasis inside it, or a word in underscores, stays the title's."""
    titles = ["x*y Efficient LiDAR Compression", "__init__ Files Considered Harmful"]

    def card(i: int, c: dict) -> list[str]:
        t = titles[i] if i < len(titles) else c["title"]
        return [f"[{i + 1}] {t}", "", c["abstract"], ""]

    records, _ = parse_page(card_page(card))
    got = [r.title for r in records]
    assert got[:2] == titles
    assert got[2:] == [c["title"] for c in CARDS[2:]]
