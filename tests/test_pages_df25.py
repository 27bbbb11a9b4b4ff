"""An abstract's last characters parted from it by the page's wrap width, round 25 (df25):
a full stop or a bracket alone on the line under the abstract, a repository's address
without its scheme under ``… is publicly available at``, and an address the width cut
inside a word (``pages.sentence_close``, ``in_text``); TeX's control space the wrap cut
after (``vs.\\`` + ``response``) read as a markdown hard break (``pages.control_space``);
an abstract on one line ending in its authors' e-mail address (``pages.footer_mail``).
Excerpts in
``fixtures/pages_df25.json`` (default 96, 97, 98), each failing on ``21d9b50``."""

from __future__ import annotations

import textwrap

import pytest

from papercorpus.sources.pages.control_space import control_space
from papercorpus.sources.pages.footer_mail import footer_address
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


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_tex_control_space"))
def test_tex_control_space_at_a_line_end_is_text(name: str) -> None:
    """``… token scope (prompt vs.\\`` + ``response).`` (plain), ``… (MAE) of $4.98\\`` +
    ``\\mu\\text{g}/…`` (in a reference link), ``\\textit{et al.}\\`` + ``showed …``: the
    backslash was dropped as a markdown hard break's."""
    check_excerpt(EXCERPTS[name])


def test_a_hard_break_page_keeps_its_breaks() -> None:
    """Lines ending in ``\\`` on a page that breaks its lines so, one of them after
    ``vs.``: no control space."""
    body = textwrap.wrap(ABSTRACT * 3, 72)
    body[0] = "We compare the first of the two models vs."
    lines = [line + "\\" for line in body[:-1]] + [body[-1]]
    records, _ = parse_page(["Hugging Face", "", "A Title for the First Card", "", *lines])
    abstract = card_pairs(records)[0][1]
    assert (
        abstract.startswith("We compare the first of the two models vs. ") and "\\" not in abstract
    )


def test_control_space() -> None:
    def under(s: str | None):
        return lambda: s

    assert control_space("token scope (prompt vs.\\", 0, None, under("response)."))
    assert control_space("(MAE) of $4.98\\", 0, None, under("\\mu\\text{g}"))
    assert control_space("\\textit{et al.}\\", 0, None, under(None))
    assert not control_space("the results are good.\\", 0, None, under("We propose"))
    assert not control_space("(prompt vs.\\", 0, None, under("response, and more\\"))
    assert not control_space("(prompt vs.\\", 3, None, under("response)."))


def test_an_abstract_on_one_line_ending_in_an_address() -> None:
    """``… based on GSPO. Project Page: https://zzx-peter.github.io/hacrl/ We are glad to
    share our code. Please feel free to contact 22376220@buaa.edu.cn`` (292 characters):
    rejected as a footer's address, its card left without an abstract."""
    check_excerpt(EXCERPTS["default97_p000631_abstract_ending_in_an_address"])


def test_footer_address() -> None:
    assert footer_address("Contact us at foo@example.com")
    assert footer_address("Questions? Write to us. help@example.com")
    assert not footer_address("We build on GSPO. Our code is out. Please contact a@b.cn")
    assert not footer_address("A title without any address")


def test_a_title_under_an_address_on_its_own_line_is_the_next_card() -> None:
    """An address that ended on its own line, then the next card's title (default 24
    p002675, held out): the card was lost when a cut address's rest could open with any
    word (``sentence_close.address_rest``)."""
    check_excerpt(EXCERPTS["d24_p002675_address_own_line_then_title"])
