"""Round 31 (ux35): a line of furniture set in fields by ``·`` (``75 · Oral``, ``75 ·
Poster``: ``furniture_bare``) as a capture that could not print the dot shows it: ``75 ?
Oral`` (an ASCII terminal, ``capture.ascii``), ``75 Â· Oral`` (UTF-8 read as
Windows-1252, ``capture.charset``). The page's furniture is learned by its shape, a line
set in fields by its first field (``repeats.shape``); with the dot as printed each value
was a shape of its own, none on enough cards, and every such line stood as a title (mix
115 p000234: 25 cards, each an extra record and its title's card without an abstract)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.repeats import shape

from .page_excerpts import card_page
from .test_pages_card_parts import _read

TRACKS = ["Oral", "Poster", "Oral", "Spotlight", "Poster"] * 2


@pytest.mark.parametrize("dot", ["·", "?", "Â·"])
@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_line_of_fields_whose_dot_the_capture_could_not_print(dot: str, layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        gap = [""] if layout == "A" else []
        return [c["title"], f"{60 + 3 * i} {dot} {TRACKS[i]}", *gap, c["abstract"], *gap]

    _read(card_page(card))


def test_a_question_in_a_line_is_no_field() -> None:
    """The dot as printed parts a line only where spaces set it apart."""
    assert shape("75 ? Oral") == shape("81 ? Poster") == shape("75 · Oral")
    assert shape("75 Â· Oral") == shape("81 Â· Poster")
    assert shape("Why? Because") != shape("Why? Not")
