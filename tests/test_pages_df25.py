"""An abstract's last characters parted from it by the page's wrap width, round 25 (df25):
a full stop or a bracket alone on the line under the abstract, a repository's address
without its scheme under ``… is publicly available at``, and an address the width cut
inside a word (``pages.sentence_close``, ``in_text``). Excerpts in
``fixtures/pages_df25.json`` (default 96, 97, 98), each failing on ``21d9b50``."""

from __future__ import annotations

import textwrap

import pytest

from papercorpus.sources.pages.sentence_close import closing_marks

from .page_excerpts import card_pairs, check_excerpt, excerpt_names, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_df25.json")

ABSTRACT = (
    "We study how a wrapped abstract ends when its last address is too long for the line. "
    "The model is small, and it is trained on one corpus, and the code is released at "
)


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_under_"))
def test_a_stop_or_bracket_alone_ends_the_abstract(name: str) -> None:
    """``… Code is released at https://github.com/hustvl/MoDA`` + ``.`` (plain, and inside
    a reference link's ``[`` … ``][66]``); ``… (This paper is accepted by IEEE ICIP 2025.``
    + ``)``: the line was counted as markup and the abstract lost its end."""
    check_excerpt(EXCERPTS[name])


def test_a_repository_address_without_its_scheme_under_an_open_line() -> None:
    """``… The HypoGen dataset is publicly available at`` +
    ``huggingface.co/datasets/UniverseTBD/hypogen-dr1.``: read as a listing's link, chrome."""
    check_excerpt(EXCERPTS["default96_p000256_repository_address_without_scheme"])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_address_cut_by_the_width"))
def test_an_address_cut_by_the_width_joins_without_a_space(name: str) -> None:
    """``\\href{https://github.com/ScienceOne-AI/PhysLogic}{https://github.com/ScienceOne-``
    (80 of 80) + ``AI/PhysLogic}.``: the second line joined as a unit of its own, with a
    space inside the address."""
    check_excerpt(EXCERPTS[name])


def _page(end: list[str]) -> list[str]:
    """A blank-line page of two cards, the first card's abstract wrapped at 72 and ending
    in the lines ``end``."""
    body = textwrap.wrap(ABSTRACT * 3, 72)
    second = textwrap.wrap(ABSTRACT.replace("released at", "released."), 72)
    return ["Hugging Face", "", "A Title for the First Card", "", *body, *end, ""] + [
        "Another Card's Title, With Its Own Abstract",
        "",
        *second,
    ]


def test_a_stop_alone_under_an_open_line_on_a_hand_made_page() -> None:
    """The stop on a line of its own under a short address was written apart from it (a
    greedy wrap moves a word only where the line has no room for it): the space stays."""
    records, log = parse_page(_page(["https://github.com/hustvl/MoDA", "."]))
    assert card_pairs(records)[0][1].endswith("https://github.com/hustvl/MoDA .")
    assert len(records) == 2 and "markup" not in log.chrome


def test_a_stop_alone_under_a_closed_line_stays_markup() -> None:
    records, log = parse_page(_page(["https://github.com/hustvl/MoDA.", "."]))
    assert card_pairs(records)[0][1].endswith("https://github.com/hustvl/MoDA.")
    assert len(records) == 2 and log.chrome["markup"] == 1


def test_closing_marks() -> None:
    assert closing_marks(".", [ABSTRACT.strip()])
    assert closing_marks(").", ["(see https://github.com/x/y"])
    assert closing_marks(")", ["(This paper is accepted by IEEE ICIP 2025."])
    assert not closing_marks(".", ["The model is released."])
    assert not closing_marks(")", [ABSTRACT.strip()])  # (no bracket open)
    for separator in ("-", "*", "·", "---", "...."):
        assert not closing_marks(separator, [ABSTRACT.strip()])
