"""A row of the page's chips after a blank line is the page's chrome, also under an abstract
ending open (``PageParser``: ``site_chrome.chip_row`` was asked only under a line ending its
text, so that a wrapped title ending in a chip's words, ``… for Controllable`` + ``Image
Generation``, stays whole; a wrap sets no blank line between; docs/pages-passes.md, "The
families' and the site / furniture draws' last losses (lt32)"). The excerpt
(``fixtures/pages_lt32.json``) is sites 116's page p000195 (web, layout A: every block on
one line, blank lines between), its head and first cards, then lines 817-841: ``ReSyn: …``
and its abstract ending ``… enhance reasoning abilities in RLMs`` (no stop) + a blank line +
``Code Generation`` (one chip, the page's chips seen on its rows above) + ``Cited by 8 · 14
References``. Main read the chip as the abstract's last paragraph (a leak)."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt32.json")["lt32_sites116_p000195_a_chip_after_a_blank_line"]


def test_a_chip_after_a_blank_line_under_an_open_abstract() -> None:
    check_excerpt(PAGE)
