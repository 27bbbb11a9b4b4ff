"""Round 33 (ux40): a title opening with a coined name (``CoRe-GS: Coarse-to-Refined
Gaussian Splatting with Semantic Object Focus.``) under an abstract whose own text ends
without a stop (``… it substantially improves upon contemporary results``), layout B
(capture 182 p000494, ``cut+glyphs+qp``). ``named_titles.named_under`` charged the text
going on only under a sentence's end, and ``breaks.break_candidate`` offered no cut there:
the title and its abstract went on the card above. Under a line ending open on a word in
lower case that names nothing (not ``we propose`` + ``AdaMHF: …``), a line opening so is
the next card's title as surely (measured in ``named_under``'s docstring)."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import break_candidate
from papercorpus.sources.pages.named_titles import named_under

from .page_excerpts import CARDS, card_page, read_cards, wrap

TITLE = "CoRe-GS: Coarse-to-Refined Gaussian Splatting with Semantic Object Focus."
OPEN = (
    " We apply our methodology on top of multiple embeddings, and in all cases it "
    "substantially improves upon contemporary results"
)
ABSTRACT = (
    "Mobile reconstruction for autonomous aerial robotics holds strong potential for critical "
    "applications such as tele-guidance and disaster response. These tasks demand both "
    "accurate 3D reconstruction and fast scene processing. We present CoRe-GS, a "
    "coarse-to-refined Gaussian Splatting approach that focuses on semantic objects, with "
    "reduced runtime and higher novel-view-synthesis quality."
)
ABOVE = "embeddings, and in all cases it substantially improves upon contemporary results"


def test_the_cut_and_its_charge() -> None:
    assert break_candidate(["x" * 70, ABOVE], 5, False, TITLE, 80)
    assert named_under(ABOVE, TITLE) > 0
    # (a verb naming what follows runs on into the name: no cut, no charge)
    assert named_under("To address these challenges, we propose", TITLE) == 0
    # (a term's plural acronym or a label in lower case names no paper: mix 183 p000593)
    assert named_under("sed using the newest available", "LLMs: GPT-4, GPT-3.5, and Llama") == 0
    assert not break_candidate(
        [
            "x" * 70,
            "integrating preprocessing, reasoning, and domain adaptation. We define five core",
        ],
        5,
        False,
        "competencies--C1: Table Structure Understanding, C2: Table and Query Semantic",
        80,
    )


def test_a_named_title_under_an_abstract_ending_open() -> None:
    cards = [dict(c) for c in CARDS]
    # (its last sentence cut so that its last line, wrapped at 80, is full: no width
    # parts the title from it)
    cards[3]["abstract"] = cards[3]["abstract"].rsplit(" ", 8)[0] + "." + OPEN
    cards[4]["title"], cards[4]["abstract"] = TITLE, ABSTRACT

    def card(i: int, c: dict) -> list[str]:
        return [cards[i]["title"], *wrap(cards[i]["abstract"], 80)]

    read_cards(card_page(card), cards)
