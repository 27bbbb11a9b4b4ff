"""A name read as a card's title where the text under it echoes the line above it: the line
is a title, the name its card's organisation (``pages/name_echo.py``; docs/pages-passes.md,
"Conv family, nineteenth round"). The excerpt (``fixtures/pages_hc17.json``) is the conv 7
set's ``c_w3m`` page p001949, lines 899-957: three cards, the second without an abstract
(``Can News Predict the Market? …`` + ``2 authors`` + ``Submitted by …``), then
``Off-the-Shelf LLMs as Process Scorers: … for`` + ``Mathematical Reasoning.`` + ``Meta
AI`` + an abstract naming an off-the-shelf model as a process scorer, a training-free
alternative. Main read the two lines as the second card's abstract and ``Meta AI`` as a
title."""

from __future__ import annotations

from papercorpus.sources.pages.name_echo import echo_past_name
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import card_pairs, check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_hc17.json")
PAGE = EXCERPTS["hc17_w3m_a_name_over_an_abstract_echoing_the_line_above"]

LINE = (
    "Off-the-Shelf LLMs as Process Scorers: Training-Free Alternative to PRMs for "
    "Mathematical Reasoning."
)
UNDER = (
    "We propose Chunk-Level Guided Generation, a training-free alternative that uses an "
    "off-the-shelf large language model as a process scorer for mathematical reasoning."
)


def _name(text: str, under: str) -> Token:
    return Token(1, kind="T", text=text, org=True, nxt="text", nxt_text=under)


def _line(text: str, lines: int = 2) -> Token:
    return Token(1, kind="WA", text=text, lines=lines, tag="text")


def test_a_name_over_text_echoing_the_line_above() -> None:
    assert echo_past_name(_name("Meta AI", UNDER), _line(LINE))


def test_no_echo_past_a_name_elsewhere() -> None:
    # the text under the name names it: a title over its abstract
    assert not echo_past_name(_name("Alignment Models", UNDER + " Alignment."), _line(LINE))
    # the words shared are ones most abstracts hold, or too few
    common = "Large Language Models for Reasoning Across Multiple Tasks: A Framework."
    assert not echo_past_name(_name("Meta AI", UNDER + " large language framework"), _line(common))
    # a line longer than a title, or of three lines: an abstract's
    assert not echo_past_name(_name("Meta AI", UNDER), _line(LINE + " " + LINE))
    assert not echo_past_name(_name("Meta AI", UNDER), _line(LINE, lines=3))
    # not a name, or not over text
    plain = Token(1, kind="T", text="Meta AI", nxt="text", nxt_text=UNDER)
    assert not echo_past_name(plain, _line(LINE))
    dated = Token(1, kind="T", text="Meta AI", org=True, nxt="date")
    assert not echo_past_name(dated, _line(LINE))


def test_the_line_is_a_title_and_the_name_its_organisation() -> None:
    records, _ = parse_page(PAGE["lines"])
    pairs = card_pairs(records)
    assert len(pairs) == 3
    assert pairs[1][1] == ""
    assert pairs[2][0].startswith("Off-the-Shelf LLMs as Process Scorers")
    assert records[2].meta.get("org") == "Meta AI"
    check_excerpt(PAGE)
