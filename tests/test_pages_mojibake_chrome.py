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

from .page_excerpts import CARDS, accounted, card_page, parse_page
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


@pytest.mark.parametrize(
    "line",
    [
        "[[???MetaAI] Meta AI](https://huggingface.co/MetaAI) ? Published on Jan 5",
        "[Meta AI](https://huggingface.co/MetaAI) ? Nov 2, 2017",
        "[Meta AI](https://huggingface.co/MetaAI) Â· Published on Jan 5",
    ],
)
@pytest.mark.parametrize("layout", ["A", "B"])
def test_an_organisation_and_its_date_parted_by_a_printed_dot(line: str, layout: str) -> None:
    """``[Org](…) ? Published on Jan 5``: an ASCII capture's ``?`` (or UTF-8 read as
    Windows-1252, ``Â·``) for the dot parting an organisation from the card's date, under
    each abstract (mix 170 p000705: it went into the abstract above, 15 times)."""
    want = [(c["title"], c["abstract"]) for c in CARDS]

    def card(i: int, c: dict) -> list[str]:
        gap = [""] if layout == "A" else []
        return [c["title"], "Abstract: " + c["abstract"], line, *gap]

    _read(card_page(card), want)


def test_one_card_and_its_printed_organisation_line() -> None:
    """The card as mix 170 p000705 shows it, alone on a page."""
    lines = [
        "distinguishing target and non-target fixations with eeg and eye tracking",
        "Abstract: Distinguishing target from non-target fixations during visual search"
        " is a fundamental building block to understand users' intended actions.",
        "[[???TsinghuaUniversity] Tsinghua University](https://huggingface.co/Tsinghua"
        "University) ? Published on Jan 5",
    ]
    records, log = parse_page(lines)
    accounted(lines, log)
    assert [r.title for r in records] == [lines[0]]
    assert records[0].abstract.endswith("intended actions.")


def test_a_question_mark_inside_text_is_kept() -> None:
    assert printed_chrome("Is Attention All You Need ? A Study of Transformers") is None
    assert printed_chrome("Why do models fail ? We study 12 benchmarks and 3 models.") is None
