"""Round 34 (lt34): a row of the page's chips right under a markdown heading of one line is
chrome, as under a sentence's end.

``PageParser`` takes a row of the page's chips (``site_chrome.chip_row``) only where the
text above it ended (a sentence's end, a blank line, a bare web address), since a wrapped
title may end in a chip's words. On a ``sites`` page (``pwc+rank``) whose titles are ATX
headings, a card without an abstract showed one chip, ``Speech Recognition``, right under
its title ``### Markov Chains of Evolutionary Games with a Small Number of Players``: read
as the title's wrapped rest, the chip leaked into it (sites 184 p000554). An ATX heading
ends at its line's end (only a link wrapper carries it on): the text above ended there
(``line_context.text_closed``)."""

from __future__ import annotations

import pytest

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_heading_chip.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "sites"))
def test_a_chip_under_a_heading_title_is_chrome(name: str) -> None:
    check_excerpt(EXCERPTS[name])
