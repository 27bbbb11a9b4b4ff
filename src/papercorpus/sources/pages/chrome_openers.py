"""Known chrome that opens its cards: a page that prints each card's date or organisation
*over* its title (``Jun 26`` / title / abstract / ``98`` / link, or ``Meta`` / title /
``11 authors`` / abstract) gives the value to the title under it, not to the card it follows.

The rules that read chrome values give a date or an organisation line to the card it
follows: Hugging Face prints them under the title. Past a page's first card, the two
habits repeat alike (a value between two cards stands under one and over the other); only
the page's edges tell them apart, as a reader sees them: over the page's first title
stands the page head and the first card's value, and after the last card's text the page
ends with no value of that kind (its navigation aside). A page with a date over its first
title and one more under its last abstract (``row09_card_dates``: the page's date, then
dates closing their cards) keeps today's rule, and so does a page read ahead only in part
(its end unseen: ``whole``), or whose cards do not show the habit on most titles
(``TITLED_SHARE``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ..chrome import bare
from ..chrome_values import parse_card_date
from .furniture_parts import BUTTONS, vote_count
from .repeats import MAX_LEN, PROSE_LINE, PROSE_RUN, TITLED_SHARE, _known, shape
from .units import org_named

__all__ = ["KINDS", "chrome_openers", "opening_values"]

# The chrome kinds whose values a card may print over its title (an upvote count with a
# paper link is read by the ids' own rules as well: ``ids``; here only a count its arrow or
# word says is one: ``furniture_parts.vote_count``).
KINDS: Final = ("date", "org", "upvotes")
# Titles a page must show before its edges are trusted.
MIN_CARDS: Final = 4
# Non-blank lines the first card is looked for in.
FIRST_LINES: Final = 40


def _org(s: str) -> str | None:
    """``"org"`` for a line no rule knows that is an organisation's name standing alone (one
    word, or a name ``org_named`` knows: no title, ``repeats._title_line``), else ``None``."""
    if len(s) <= 60 and s[:1].isalpha() and (" " not in s or org_named(s)):
        return "org"
    return None


def chrome_openers(window: Sequence[str], learned: frozenset[str], whole: bool) -> frozenset[str]:
    """The chrome kinds (of ``KINDS``) the page in ``window`` prints over its cards' titles;
    ``learned``: the page's furniture shapes (``repeats``); ``whole``: the window holds the
    page's end."""
    lines: list[str] = []
    spaced: list[bool] = []  # a blank line stands over the line
    blank = False
    for raw in window:
        s = raw.strip()
        if s:
            lines.append(s)
            spaced.append(blank)
        blank = not s
    if not whole and not any(spaced):
        return frozenset()  # (no witness can be read: no end, no blank line)
    # (the first card first, on the page's first lines: most pages show no chrome of the
    # kinds over their first title, and are then read no further)
    if _kinds_over(lines[:FIRST_LINES], spaced[:FIRST_LINES], learned, whole, True):
        return _kinds_over(lines, spaced, learned, whole, False)
    return frozenset()


def _kinds_over(
    lines: list[str], spaced: list[bool], learned: frozenset[str], whole: bool, first: bool
) -> frozenset[str]:
    """``chrome_openers`` on ``lines`` (non-blank, ``spaced``: under a blank line); with
    ``first``, the kinds over the first card's title alone (all ``KINDS`` where the lines
    hold no whole card: the page is read on)."""
    short = [len(s) <= MAX_LEN for s in lines]
    # (each line's known kind read once, and none of a paragraph's length: ``_known`` is
    # the costly part, and an abstract's lines its most)
    known = [_known(s) if len(s) < PROSE_RUN else None for s in lines]
    kinds = [
        k if k is not None or not ok else _org(s)
        for s, k, ok in zip(lines, known, short, strict=True)
    ]
    # (a bare number says no upvote count, ``vote_count``, unless a vote button's arrow
    # stands alone beside it: ``88`` / ``▲``; the button itself is no value)
    kinds = [
        "count" if k == "upvotes" and vote_count(s) is None and not _beside_button(lines, i) else k
        for i, (s, k) in enumerate(zip(lines, kinds, strict=True))
    ]
    for i in range(1, len(kinds)):
        if kinds[i] == "org" and kinds[i - 1] in ("submitted_by", "image"):
            # a user's name under ``Submitted by`` (its avatar between): no organisation
            kinds[i] = "submitted_by"
    # chrome: a kind the rules know, or the page's furniture (``Authors: …`` under a title)
    chrome = [
        k not in (None, "org") or (bool(learned) and ok and shape(s) in learned)
        for s, k, ok in zip(lines, kinds, short, strict=True)
    ]
    n = len(lines)
    # the cards: a title line whose next line that is no chrome is prose; its card's text
    # runs on while lines are prose, to a blank line
    spans: list[tuple[int, int, int]] = []  # (title, its text's first line, past its text)
    i = 0
    while i < n:
        s = lines[i]
        j = i + 1
        while j < n and chrome[j]:
            j += 1
        if (
            j < n
            and len(lines[j]) >= PROSE_LINE
            and not chrome[i]
            and len(s) < PROSE_RUN
            and " " in s
            and known[i] is None
            and not org_named(s)  # (``repeats._title_line``, its known kind read)
        ):
            k = j + 1
            while k < n and not spaced[k] and len(lines[k]) >= PROSE_LINE:
                k += 1  # (a blank line ends the card's text: the next may be a long title)
            spans.append((i, j, k))
            if first:
                break
            i = k
        else:
            i += 1
    if first and not spans:
        return frozenset(KINDS)
    if len(spans) < MIN_CARDS and not first:
        return frozenset()
    out: set[str] = set()
    for kind in KINDS:
        over = grouped = 0
        for c, (title, text, _) in enumerate(spans):
            start = spans[c - 1][2] if c else 0
            at = [p for p in range(start, title) if kinds[p] == kind]
            under = kind in kinds[title + 1 : text]
            if c == 0 and (not at or under or (not whole and any(spaced[at[-1] + 1 : title + 1]))):
                # the first title has no value of the kind over it alone (on a page whose
                # end is unread, none the blank lines group with it: a page's date)
                break
            if first:
                out.add(kind)
                break
            if at and not under:
                over += 1
                # the blank lines group it with the title under it: none between them, and
                # one between it and the chrome closing the card above (a blank right under
                # that card's text parts no block: ``[…](link)`` / blank / ``][33]``)
                p = at[-1]
                grouped += (
                    c > 0 and not any(spaced[p + 1 : title + 1]) and any(spaced[start + 1 : p + 1])
                )
        else:
            if over < TITLED_SHARE * len(spans):
                continue
            if grouped >= TITLED_SHARE * (len(spans) - 1):
                out.add(kind)  # (the page's blank lines say it)
            elif (
                whole
                and over == len(spans)
                and kinds.count(kind) == over
                and kind not in kinds[spans[-1][2] :]
            ):
                # (the page's end says it: a value over every title, one each, and none
                # after the last card)
                out.add(kind)
    return frozenset(out)


def _beside_button(lines: list[str], i: int) -> bool:
    """Is line ``i`` a bare count with a vote button's arrow alone on a line beside it (the
    lines are the page's non-blank ones)?"""
    return lines[i].isdigit() and (
        (i > 0 and lines[i - 1] in BUTTONS) or (i + 1 < len(lines) and lines[i + 1] in BUTTONS)
    )


def opening_values(into: dict[str, object], kind: str, s: str) -> None:
    """The value of a chrome line of ``kind`` (of ``KINDS``) over a title, kept in ``into``
    for the card under it (read as ``cards.CardBuilder`` reads the line under a title). Of
    two lines of a kind over one title, the nearer is the card's (a page date over the
    first card's own)."""
    if kind == "upvotes":
        votes = vote_count(s)  # (a bare number, ``-``: no count it says is one)
        if votes is not None:
            into["upvotes"] = votes
    elif kind == "date":
        parsed = parse_card_date(s)
        if parsed is not None:
            into["published"] = parsed[0]
            if parsed[1] is not None:
                into["comments"] = parsed[1]
            else:
                into.pop("comments", None)
    else:
        name = bare(s)[0].split("·", 1)[0].strip()
        if name:
            into["org"] = name
