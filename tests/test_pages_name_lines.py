"""Round 34 (ux42): a page that prints its authors' names on each card (``Ann Quist, Bo
Lee``, ``unseen.names``) learns the line as its furniture (``repeats``) from the abstracts
its head shows; folded narrow (``capture.narrow``), the head showed no run of wide lines,
nothing was learned, and every names line stood as a card's title over its abstract, the
card's own title a card without one, or closed the title over it (mix 118 p000590: 3
leaked, 102 extra). Three lines of names in the head are the page's habit
(``opener_shapes.name_page``): each is the card's names, its values the authors."""

from __future__ import annotations

from papercorpus.sources.pages.opener_shapes import name_page

from .page_excerpts import CARDS, HEAD, read_cards

NAMES = ["Ann Quist, Bo Lee", "Kai Quist, Goran Voss, Farah Voss", "Chen Voss, Emil Rossi"]


def test_lines_of_names_the_page_did_not_teach() -> None:
    # (names on half the cards: too few for ``repeats`` to learn, as a narrow head)
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        names = [NAMES[i % 3]] if i % 2 == 0 else []
        lines += [c["title"], *names, *(["·"] if i % 4 == 2 else []), c["abstract"], ""]
    records = read_cards([*lines, "Previous", "Next"])
    assert records[2].meta.get("authors") == ["Chen Voss", "Emil Rossi"]


def test_a_habit_needs_three_lines() -> None:
    assert name_page(["Ann Quist, Bo Lee", "A Title", "Kai Quist, Goran Voss", "Bo Lee, Ann Park"])
    assert not name_page(["Ann Quist, Bo Lee", "A Title", "Kai Quist, Goran Voss"])
