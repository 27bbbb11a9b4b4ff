"""Round 31 (ux35): a link's arrow closing a title (`` ↗``, ``parts.mark``) on a line of
its own, where a narrow fold (``capture.narrow``) broke the title's line right before it.
Each habit was read alone: the mark at the end of a title's line (``card_marks``), the
fold's lines joined; together the arrow alone went on the title as its text (mix 115
p000469). A line of the arrow alone is no text of any card."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import card_chrome

from .page_excerpts import card_page
from .test_pages_card_parts import _laid, _read, _wrapped


@pytest.mark.parametrize("arrow", ["↗", "â†—"])
@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_links_arrow_the_fold_set_on_a_line_of_its_own(arrow: str, layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        title = [c["title"] + " " + arrow] if i % 2 else [c["title"], arrow]
        return _laid(layout, title, _wrapped(c, layout))

    _read(card_page(card))


def test_the_arrow_alone_is_markup() -> None:
    assert card_chrome("↗") == card_chrome("â†—") == "markup"
