"""The records ``ids.PageIds`` keeps while a page's ids wait to be settled: a card as the
ids see it (``Slot``), an id shown between two cards (``Run``), the lines between two
cards (``Gap``), and where a vote puts a kind of id line."""

from __future__ import annotations

from typing import Any, Final

__all__ = [
    "ABOVE",
    "BELOW",
    "CARD_KINDS",
    "CLOSED",
    "EMPTY",
    "IRREGULAR_VOTES",
    "MID",
    "NONE",
    "NO_IDS",
    "POST",
    "PRE",
    "Gap",
    "Run",
    "Slot",
    "free",
]

# Kinds of chrome line that only cards show (never the page's header or footer): where
# the page puts them, with an id or not, says where it puts their ids. (Upvotes: the
# ``Upvote`` button's word; a bare count may be a comment count.)
CARD_KINDS: Final = frozenset(("authors", "github", "upvotes"))


# Votes a kind needs on a page that puts some kind of line in two places (no fixed card
# template): one is no habit there (2 and 3 gave the same on seed 8).
IRREGULAR_VOTES: Final = 3

NO_IDS: Final[frozenset[str]] = frozenset()
NONE: Final[list[str]] = []  # an empty list never written to (``Slot``)

# where a vote puts a kind of id line
PRE: Final = 0
MID: Final = 1
POST: Final = 2
# which neighbour a run between two cards goes to
ABOVE: Final = 1
BELOW: Final = -1


class Run:
    """One id shown by one or more chrome lines in a row between two cards."""

    __slots__ = ("kinds", "paper_id", "upvotes")

    def __init__(self, paper_id: str, kind: str, upvotes: int | None) -> None:
        self.paper_id = paper_id
        self.kinds = [kind]
        self.upvotes = upvotes


class Slot:
    """A card as the ids see it: what it shows inside, what it was given from between
    cards, and what the card builder needs to make its record (``payload``). Most
    cards show no id: their lists are made when a first id comes."""

    __slots__ = ("abstract", "given", "near", "payload", "sure", "twin", "upvotes")

    def __init__(self, twin: bool = False) -> None:
        self.sure: list[str] = NONE  # ids inside the card, in order
        self.given: list[str] = NONE  # ids given from the gaps around it
        self.near: list[str] = NONE  # ids next to it that went to no card
        self.upvotes: dict[str, int] | None = None  # upvote counts by their link's id
        self.abstract = False  # it has text after its title
        self.payload: Any = None
        # the card above has its title: one card rendered twice in a row (responsive
        # copies): one paper, and whatever sits between the two is its
        self.twin = twin

    def show(self, ids: list[str]) -> None:
        """Ids inside the card."""
        if self.sure is NONE:
            self.sure = []
        self.sure.extend(ids)

    def vote_count(self, paper_id: str, upvotes: int | None) -> None:
        if upvotes is not None:
            if self.upvotes is None:
                self.upvotes = {}
            self.upvotes.setdefault(paper_id, upvotes)


class Gap:
    __slots__ = ("done", "ids", "kinds", "runs")

    def __init__(self, runs: list[Run], kinds: list[str]) -> None:
        self.runs = runs
        self.ids = {r.paper_id for r in runs} if runs else NO_IDS
        self.kinds = kinds  # card chrome lines without an id, by kind
        self.done = False


# The card above the first gap once it has been handed on: it takes nothing more.
CLOSED: Final = Slot()
CLOSED.given = [""]
CLOSED.abstract = True
# A gap with nothing in it (most gaps), shared.
EMPTY: Final = Gap([], [])


def free(slot: Slot) -> bool:
    """Could this card still take an id from between cards? Not when it shows one
    inside or was given one already."""
    return not slot.sure and not slot.given
