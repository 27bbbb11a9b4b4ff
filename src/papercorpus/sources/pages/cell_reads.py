"""One value a card's chrome prints, read as the page's known chrome of its kind is read:
``N authors``, a date, ``N comments``, ``★ N``, a count beside an upvote arrow or the word
(``88 ▲``, ``12 upvotes``). ``furniture_parts`` reads an unlabelled furniture line's parts
with it, ``card_notes`` a tab-joined line's cells (``cell_values``: every cell one value).
Its own module so that ``card_notes`` (which ``repeats`` asks) can read cells without
importing ``furniture_parts`` (which reads through ``repeats``)."""

from __future__ import annotations

import re
from typing import Final

from ..chrome import VOTE_ARROWS, classify_chrome
from ..chrome_values import count_value, github_stars, parse_card_date

__all__ = ["BUTTONS", "VOTES", "VOTE_WORD", "cell_values", "read_part"]

_NUM: Final = r"\d[\d,]*(?:\.\d+)?\s?[kKmM]?"
# A count beside an upvote arrow, on either side (``88 ▲``, ``▲ 88``, ``👍 12``).
_ARROWS: Final = VOTE_ARROWS + "👍"  # (and a thumb, which the chrome rules do not name alone)
# A vote button drawn as its arrow alone: the bare count on the line beside it is its
# count (``88`` / ``▲``).
BUTTONS: Final = frozenset(_ARROWS)
VOTES: Final = re.compile(rf"[{_ARROWS}]\ufe0f?\s*({_NUM})|({_NUM})\s*[{_ARROWS}]\ufe0f?")
# The words that say a count is an upvote count (a bare number does not).
VOTE_WORD: Final = re.compile(r"(?:up)?votes?\b|likes?\b", re.IGNORECASE)


def cell_values(s: str) -> dict[str, object] | None:
    """The values of a tab-joined line (``s`` stripped) whose cells, two or more, each
    read as one of a card's values; ``None`` when a cell reads as none."""
    out: dict[str, object] = {}
    cells = [c for c in s.split("\t") if c.strip()]
    if len(cells) < 2:
        return None
    for cell in cells:
        values = read_part(cell.strip())
        if not values:
            return None
        for key, value in values.items():
            out.setdefault(key, value)
    return out


def read_part(p: str) -> dict[str, object] | None:
    """One part's field, read as the known chrome of its kind is read."""
    m = VOTES.fullmatch(p)
    if m is not None:
        return _count("upvotes", m[1] or m[2])
    kind = classify_chrome(p)
    if kind == "authors":
        return _count("n_authors", p)
    if kind == "upvotes" and VOTE_WORD.search(p):
        return _count("upvotes", p)
    if kind == "comments":
        return _count("comments", p)
    if kind == "github":
        stars = github_stars(p)
        return _count("stars", stars) if stars is not None else None
    if kind == "date":
        parsed = parse_card_date(p)
        if parsed is None:
            return None
        if parsed[1] is None:
            return {"published": parsed[0]}
        return {"published": parsed[0], "comments": parsed[1]}
    return None


def _count(field: str, s: str) -> dict[str, object] | None:
    value = count_value(s)
    return {field: value} if value is not None else None
