"""A list item set whole in bold (``- **Title**``, ``- __Title__``) is complete on its line, as
``**Title**`` is (``parser``): no text above goes on in it, none under it goes on it. The
excerpt (``fixtures/pages_pb30.json``) is ``parts`` 114 p000426 (``bold+details``, layout B),
where main read ``- __Intent Clustering? With Shared Pseudo-Labels__`` as the rest of the
title above it (a card without an abstract, its title not an item: ``**Bold** SemSegBench &
DetecBench: …``), and the card was lost."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb30.json")


def test_a_bold_item_under_a_title_is_a_title_of_its_own() -> None:
    check_excerpt(EXCERPTS["pb30_parts_114_p000426_a_bold_item_under_a_title"])
