"""A row of the page's chips right under a web address that ends an abstract is chrome: the
address ended the text (``lineforms.web_end``, as ``evidence.cont_evidence`` reads it), so no
wrapped title's words go on there (``PageParser``: ``site_chrome.chip_row`` was asked only
under a line ending a sentence or after a blank line; docs/pages-passes.md, "The default
family's and the site / furniture draws' last losses (lt33)"). The excerpt
(``fixtures/pages_lt33.json``) is sites 117's page p000004 (markdown, layout B, abstracts
wrapped with ``\\`` hard breaks): its head and first cards (the chips' rows with their ``+N
more`` tails), then lines 1219-1250: ``PRETI: …`` and its abstract ending ``… are available
at\\`` + ``https://github.com/MICV-yonsei/PRETI`` + ``Semantic Segmentation`` (one chip) +
``gestern``. Main read the chip as the abstract's last line (a leak)."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt33.json")["lt33_sites117_p000004_a_chip_under_a_web_address"]


def test_a_chip_under_a_web_address_is_chrome() -> None:
    check_excerpt(PAGE)
