"""New family, round 25 (nw25): two cards' titles read as one. Excerpts of the working
``new`` pages (``fixtures/pages_nw25.json``: seed 98), each failing on ``21d9b50``."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.named_rest import NAMED_REST, coined_word, named_rest, rest_name

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_nw25.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_coined_name_named_under_a_title"))
def test_a_coined_name_its_abstract_names_under_a_title_opens_the_next_card(name: str) -> None:
    """``Continual Learning Bench? Evaluating Frontier AI Systems in Real-World Stateful
    Environments`` (a card without an abstract) + ``Qwen3-VL Technical Report`` + ``5 hours
    ago`` + ``We introduce Qwen3-VL, …``: the abstract names the paper of the line right
    over it, so that line is the next card's title, not the first title's rest (the two
    titles were read as one)."""
    check_excerpt(EXCERPTS[name])


def test_a_name_under_a_title_line_ending_open_stays_its_rest() -> None:
    """The excerpt's first title ending in a joiner (``… Stateful Environments for``): the
    line under it is its rest, the name its abstract names being the title's own."""
    ex = EXCERPTS["new98_p002803_a_coined_name_named_under_a_title"]
    lines = list(ex["lines"])
    k = lines.index(ex["cards"][0][0])
    lines[k] += " for"
    records, _ = parse_page(lines)
    assert records[0].title == ex["cards"][0][0] + " for " + ex["cards"][1][0]
    assert records[0].abstract.startswith("We introduce Qwen3-VL")


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Qwen3-VL", "Qwen3-VL"),
        ("8-Calves", "8-Calves"),
        ("EditThinker:", "EditThinker"),
        ("iToF", "iToF"),
        ("Real-World", ""),  # (Title Case, hyphenated: no coined name)
        ("LDPC", ""),  # (capitals only)
        ("COVID-19", ""),  # (capitals and digits: a term as often as a name)
        ("(ccRCC)", ""),  # (an acronym the title above defines)
        ("Generation", ""),
        ("a1", ""),  # (too short to name a paper)
    ],
)
def test_coined_word(word: str, name: str) -> None:
    assert coined_word(word) == name


def test_named_rest() -> None:
    below = "We introduce Qwen3-VL, the most capable vision-language model"
    assert rest_name("Qwen3-VL Technical Report", below) == "Qwen3-VL"
    assert rest_name("Qwen3-VL Technical Report", "We study models") == ""
    assert rest_name("Qwen3-VL Technical Report", "") == ""
    title = "Continual Learning Bench? Evaluating Frontier AI Systems"
    assert named_rest("Qwen3-VL", title) == NAMED_REST
    assert named_rest("Qwen3-VL", title + " with") == 0.0  # (the line above ends open)
    assert named_rest("Qwen3-VL", "Scaling Qwen3-VL: A Study of") == 0.0  # (it holds the name)
    assert named_rest("Qwen3-VL", "") == 0.0
