# ruff: noqa: E501  (page lines as captured, up to 100 characters wide)
"""Reader-mode captures (the ``reader`` arrangement of ``benchmarks/pages_bench.py``: no
card chrome but a date and a paper link, titles wrapped at the page's width arXiv's way,
their rest often indented): failures of its working sets reduced to small pages, one test
per failure class, written before its fix."""

from __future__ import annotations

import pytest

from .page_excerpts import card_pairs as _pairs
from .page_excerpts import check_excerpt, load_excerpts
from .page_excerpts import parse_page as _parse

# Excerpts of the working sets' pages, with the cards they hold.
EXCERPTS = load_excerpts("pages_reader.json")

_HEAD = ["new", "", "Get trending papers in your email inbox!", "", "Subscribe", "", "Apr 11", ""]
UPSAFE = "UpSafe$^\\circ$C: Upcycling for Controllable Safety in Large Language"
UPSAFE_ABS = [
    "Large Language Models (LLMs) have achieved remarkable progress across a",
    "wide range of tasks, but remain vulnerable to safety risks such as",
    "harmful content generation and jailbreak attacks.",
]
MIXER = "MIXER: Mixed Hyperspherical Random Embedding Neural Network for Texture"
MIXER_ABS = [
    "Randomized neural networks for representation learning have consistently",
    "achieved prominent results in texture recognition tasks, effectively",
    "combining the advantages of both traditional techniques and learning-based",
    "approaches.",
]


def test_an_indented_menu_word_under_an_open_title_is_its_rest() -> None:
    """A site-menu word indented arXiv's way right under a title line ending open is the
    title's wrapped rest (``… Safety in Large Language`` + ``  Models``), also on the
    page's first card and where the page's menu shows the word (seed-28 ``reader`` layout
    A p000015: the rest counted as the menu, the title cut)."""
    lines = [
        *_HEAD,
        UPSAFE,
        "  Models",
        "",
        *UPSAFE_ABS,
        "",
        "https://huggingface.co/papers/2510.02194",
        "",
    ]
    lines += [MIXER, "  Recognition", "", "Mar 3, 2024", "", *MIXER_ABS]
    records, _ = _parse(lines)
    assert _pairs(records) == [
        (UPSAFE + " Models", " ".join(UPSAFE_ABS)),
        (MIXER + " Recognition", " ".join(MIXER_ABS)),
    ]
    menu = ["Hugging Face", "Models", "Datasets", "Spaces", "", *lines]
    records, _ = _parse(menu)
    assert [r.title for r in records] == [UPSAFE + " Models", MIXER + " Recognition"]


@pytest.mark.parametrize("name", [n for n in EXCERPTS if "_a_line_set_in_under_a_title_" in n])
def test_a_line_set_in_under_a_title_opens_no_card(name: str) -> None:
    """A line indented arXiv's way right under a title line is that title's wrapped rest,
    not the next card's title with the card above left without an abstract: on a page's
    first cards, before the page has shown that it wraps its titles, the two readings
    tied (``PVminerLLM: … from Patient-Generated Text`` + ``  Using Large Language
    Models``; seed-26 ``reader`` layout A p000613: a title cut, an extra record). (The
    excerpt's last abstract ends in a ``Keywords: …`` line of its own, read as a title:
    another failure, not this test's.)"""
    page = EXCERPTS[name]
    records, _ = _parse(page["lines"])
    assert [r.title for r in records[:3]] == [title for title, _ in page["cards"]]


@pytest.mark.parametrize("name", [n for n in EXCERPTS if "_a_title_set_in_under_an_abstract_" in n])
def test_a_unit_set_in_is_no_abstracts_rest(name: str) -> None:
    """A unit whose later line is indented arXiv's way is a wrapped title, not an
    abstract's next lines: under an abstract ending at a bare web address (``… can be
    found here:`` + ``https://robotics.sydney.edu.au/…/``) the next card's title
    (``[Citation needed] ThinknCheck: … with Compact,`` + ``  Reasoning-Driven, and
    Interpretable Models``) was glued to it (seed-26 ``reader`` layout B p001026: a card
    lost, an abstract glued)."""
    check_excerpt(EXCERPTS[name])
