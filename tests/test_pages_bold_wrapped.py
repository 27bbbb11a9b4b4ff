"""Round 31 (ux35): a title set in bold (``**Title**``, ``parts.bold``) wrapped over two
lines (a narrow fold, ``capture.narrow``, or a wrap at 80 for a long title): the bold
opens the first line and closes the last. Each line was read alone: the bold taken off a
title's line that is one bold span (``reader.unmark_title``), the wrapped rest joined to
the title after; the joined title kept both marks (mix 115 p000399: ``**Sparse Model
Inversion: … Applications**``, 30 titles of one page)."""

from __future__ import annotations

import textwrap

import pytest

from .page_excerpts import card_page
from .test_pages_card_parts import _laid, _read, _wrapped


@pytest.mark.parametrize(
    ("layout", "width"), [("A", 40), ("A", 48), ("A", 64), ("B", 64), ("B", 72)]
)
def test_a_bold_title_wrapped_over_two_lines(layout: str, width: int) -> None:
    def card(i: int, c: dict) -> list[str]:
        title = textwrap.wrap(f"**{c['title']}**", width, break_on_hyphens=False)
        return _laid(layout, title, _wrapped(c, layout))

    _read(card_page(card))
