"""Round 31 (ux35): chrome lines whose marks a capture read as Windows-1252 from UTF-8
(``capture.charset``): ``·`` as ``Â·``, ``•`` as ``â€¢``, ``· · ·`` as ``Â· Â· Â·``,
``· Published on Sep 27, 2021`` as ``Â· Published on …``. No rule read them: a card
without an abstract took the ``â€¢`` under its title as its abstract (mix 115 p000098,
``capture.charset + default.dot + novel.heading + parts.rule``), and another such line
stood as a card's title. A line whose marks, read back as the UTF-8 they were, make a
chrome line the rules know is that chrome; its text is kept as printed elsewhere (the
truth keeps a capture's text as the capture shows it)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import printed_chrome

from .page_excerpts import CARDS, card_page
from .test_pages_card_parts import _read


@pytest.mark.parametrize("mark", ["Â·", "â€¢", "Â· Â· Â·", "Â· Published on Sep 27, 2021"])
@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_chrome_line_as_a_capture_read_its_utf8(mark: str, layout: str) -> None:
    """``Title`` / ``â€¢`` / abstract, a card without an abstract among them (before: its
    abstract was ``â€¢``)."""
    want = [(c["title"], "" if i == 4 else c["abstract"]) for i, c in enumerate(CARDS)]

    def card(i: int, c: dict) -> list[str]:
        gap = [""] if layout == "A" else []
        return [c["title"], mark, *gap, *([want[i][1]] if want[i][1] else []), *gap]

    _read(card_page(card), want)


def test_text_as_printed_is_no_chrome() -> None:
    assert printed_chrome("â€œQuotedâ€\x9d Title") is None
    assert printed_chrome("Ã‰tude des modÃ¨les") is None
    assert printed_chrome("â€¢") == "dot"
    assert printed_chrome("Â· Published on Sep 27, 2021") == "date"
