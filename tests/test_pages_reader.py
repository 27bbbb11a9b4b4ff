# ruff: noqa: E501  (page lines as captured, up to 100 characters wide)
"""Reader-mode captures (the ``reader`` arrangement of ``benchmarks/pages_bench.py``: no
card chrome but a date and a paper link, titles wrapped at the page's width arXiv's way,
their rest often indented): failures of its working sets reduced to small pages, one test
per failure class, written before its fix."""

from __future__ import annotations

from math import log

import pytest

from papercorpus.sources.pages.scores import under_text
from papercorpus.sources.pages.tokens import PageHabits, Token

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


@pytest.mark.parametrize(
    "name", [n for n in EXCERPTS if "_a_line_right_under_text_opens_no_card" in n]
)
def test_a_line_right_under_text_opens_no_card_where_cards_show_chrome_there(name: str) -> None:
    """On a page whose titles come after chrome (the card above's paper link) and whose
    abstracts come after chrome (the card's date) nearly always, a line right under an
    abstract's text, and the text right under that line, are that abstract going on:
    ``… Visual Large Language Models (VLMs).`` + ``Additionally, our framework incorporates
    Multi-Granularity Prompt`` + ``Learning and a Forgery-Aware Training Strategy. …``, an
    abstract its authors broke at a sentence, was read as a card of its own (seed-26
    ``reader`` layout B p000087: an extra record, the card's abstract cut)."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", [n for n in EXCERPTS if "_echoed_under_it_opens_its_card" in n])
def test_a_title_right_under_text_that_the_text_under_it_echoes_is_a_title(name: str) -> None:
    """... but a line whose longer words recur in the text under it is a title over its
    abstract, also right under the card above's text with neither the card above's link
    nor its own date between: ``Period-llm: extending the periodic capability of
    multimodal large language model`` + ``Periodic or quasi-periodic phenomena …`` (a
    30,000-card seed-26 ``reader`` set, layout B p000367: the card was lost to the
    abstract above before the echo exempted it)."""
    check_excerpt(EXCERPTS[name])


def test_the_page_habit_that_weighs_a_title_right_under_text() -> None:
    """What the habit makes a title right under text pay: the log of the page's rate
    (Laplace's estimate) once five titles or more were shown, at most 3, nothing where
    more than one in four came so."""
    habits = PageHabits()
    for _ in range(4):
        habits.learn_opener("url")
    assert habits.text_title == 0.0  # (four: too few)
    habits.learn_opener("url")
    assert habits.text_title == pytest.approx(log(7))  # (none of 5 under text)
    habits.learn_opener("text")
    assert habits.text_title == pytest.approx(log(8 / 2))  # (1 of 6)
    habits.learn_opener("text")
    assert habits.text_title == 0.0  # (2 of 7: more than one in four, no habit)
    for _ in range(60):
        habits.learn_opener("url")
    assert habits.text_title == 3.0  # (at most)


def test_under_text_charges_a_line_over_more_text_than_a_titles_rest() -> None:
    """``scores.under_text``: a title-shaped line right under text pays the page's rate
    over an abstract's text, nothing over one title-sized line then chrome (a card
    without an abstract, its title wrapped: ``DDifferential pose optimization in
    descriptor space -- Combining Geometric and`` + ``Photometric Methods for Motion
    Estimation`` + its link, under an abstract whose link the page left out: seed-29
    ``reader`` p002116, lost without it), nothing where the text under it echoes it."""
    habits = PageHabits()
    for _ in range(10):
        habits.learn_opener("url")
    line = "DDifferential pose optimization in descriptor space -- Combining Geometric and"
    rest = "Photometric Methods for Motion Estimation"
    tok = Token(1, line, tag="text", prv="text", nxt="text", under=rest)
    assert under_text(tok, habits) == 0.0
    sentence = "Additionally, our framework incorporates Multi-Granularity Prompt"
    body = "Learning and a Forgery-Aware Training Strategy. By transforming classification " * 5
    tok = Token(1, sentence, tag="text", prv="text", nxt="text", under=body)
    assert under_text(tok, habits) == pytest.approx(log(12))
    tok.under = "Learning and a Forgery-Aware Training Strategy."
    tok.under2 = body
    assert under_text(tok, habits) == pytest.approx(log(12))  # (the text under in pieces)
    tok.under2 = "Our framework incorporates prompts at every granularity."
    assert under_text(tok, habits) == 0.0  # (it echoes the line: a title over its abstract)
