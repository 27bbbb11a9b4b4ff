"""A title right over the page's furniture: on a page whose learned furniture lines
(``repeats``: ``Authors: Ann Lee, Bo Chen``, ``Track: Oral``) have stood right under a title
on every card so far, a unit closed by one may end with the next card's title.

The card template (``template``) places the kinds of chrome the parser's rules know; the
learned furniture is one kind, ``repeated``, for every shape a page prints (``Authors: …``
under the title, ``Votes: 44 | Code: …`` under the abstract), so it places none of them. The
page's habits (``page_habits.PageHabits.before``) count what the page put right before each
tag of chrome line: a title, or something else; a furniture line's tag is its shape
(``shape_tag``: ``repeated:L:authors``, and a listing site's chrome, one kind ``site``, the
same way), so each shape has a habit of its own. Where that is a title nine in ten of the times,
three times or more, a reader of the page knows the line over the next furniture line is a
title too, whatever the text above it: an abstract ending open (``… achieving
species-level identification for 64.9 percent`` + ``Instructional Agents: LLM Agents on
Automated Course Material Generation for Teaching Faculties.`` + ``Authors: Jun Sato, …``
+ ``Track: Oral``, furniture 84 p000007, a title ending in a full stop the intake's last
cut (``closing._last_break``) does not offer). So the intake offers the cut as it does
before a known kind the template puts under titles (``last_breaks.break_before_chrome``, with its
shape tests), and the decoder weighs it with the same habit (``scores``: ``before``).

The habit is the page's from its first card: the lines read ahead to learn the furniture
(``repeats.learn``) show where it stands, so they prime it (``prime_titled``), as the
page's head primes the template with its links (``head_links``). Else the first cards are
read without it: ``P3P Made Easy`` under the head's ``Jul 5`` and over ``Authors: Jun
Voss, …``, a card without an abstract (furniture 84 p000469), was lost.

The same habit settles a known kind's cut under a line that filled the page's width. The
template's cut before a kind it puts between titles and abstracts only asks that the line
above left room for the last line's first word (``last_breaks.break_before_chrome``): a line
that filled the width may wrap on into it. Where the page has also put a title right
before that kind nine in ten of the times (``titled_kind``), the last line over it is the
next card's title as surely as it is on a page that names its organisations so
(``last_breaks.break_before_name``, the same shape tests without the room): ``… exceptional
98.9% success rate in jailbreaking GPT-4o(29 May 2025 release)`` (74 of 79) + ``[Citation
needed] Generative Auto-Bidding with Unified Modeling and Exploration`` + ``·`` + its
abstract, default 84 ``dot`` p001530, was read as one abstract. Not where the last line
is set in under the line above, a title's rest (``closing._indent_breaks``): there the
cut under a full line took ``Models in Autonomous Driving`` for the title and gave
``STSBench: … Multi-modal Large Language`` to the abstract above (``reader`` 83 p000228).
"""

from __future__ import annotations

from collections.abc import Sequence

from .last_breaks import break_before_chrome, break_before_name, break_before_title_pair
from .page_habits import PageHabits
from .repeats import KIND as REPEATED
from .repeats import _known, _prose, _title_line, shape
from .units import Unit

__all__ = ["prime_titled", "shape_tag", "titled_furniture", "titled_kind"]


def shape_tag(kind: str, s: str) -> str:
    """The tag (``Token.tag``) of a furniture line ``s`` (stripped) of ``kind`` (the page's
    learned furniture, or a listing site's chrome): its kind and its shape
    (``repeats.shape``), so the page's habits place each shape on its own. A page prints
    ``Published: …`` under its titles and ``Votes: 97 | Code: …`` under its abstracts: one
    tag for both placed neither, and a card without an abstract (``Advances in 4D
    Generation: A Survey`` + ``Published: …`` + ``Votes: …``) took the next card's title in
    lower case (``fully automated segmentation of … data.``, over its ``Published: …``) as
    its abstract (furniture 116 p000192); a site's ``Accept (Spotlight)`` under its titles
    and ``63 Citations`` under its abstracts are one kind, ``site``, the same way (sites 116
    p000331)."""
    return _tag(kind, shape(s))


def _tag(kind: str, sh: str) -> str:
    return kind + ":" + sh


def titled_furniture(tag: str, before: dict[str, float]) -> bool:
    """Is ``tag`` a shape of the page's learned furniture, and has the page put a title
    right before it nine in ten of the times (``before``: ``PageHabits.before``)?"""
    return tag in before and tag.startswith(REPEATED)


def titled_kind(tag: str, habits: PageHabits) -> bool:
    """Has the page put a title right before chrome of ``tag`` (``Token.tag``: a ``·`` and
    a ``· date`` are two) nine in ten of the times (``PageHabits.before``)? A ``· date``
    is a date: where the page has put a title before its plain dates so and has shown its
    ``· date`` lines fewer than three times, each under a title, it answers for them (a
    page that prints a date in several forms: ``Published on Feb 15, 2021``, ``May 8``,
    ``· Published on May 8, 2026``, one of them twice over 300 lines: ``reader`` 50
    p000510, ``… and showcases a practical`` at 68 of 72 + ``[Citation needed] A
    non-intrusive approach to index-aware learning`` + ``· Published on May 8, 2026`` read
    as one abstract, the card's own rejected). Not where a ``· date`` has stood under
    anything else (an organisation's name over its ``· date``: ``marked_names``)."""
    before = habits.before
    if tag in before:
        return True
    if tag != "dotdate" or "date" not in before:
        return False
    seen = habits.seen_before.get(tag)
    return seen is None or not seen[1]


def prime_titled(window: Sequence[str], shapes: frozenset[str], habits: PageHabits) -> None:
    """Prime the page's habit of a title right before its furniture from the places of the
    learned ``shapes`` in the lines read ahead (``window``, raw) under a line of text: a
    title there (a line no paragraph holds, that could be a card's title: ``repeats``'
    test), or other text (an abstract's line; or a title the paragraph under it took in).
    Only where the window shows the habit surely (nine in ten, three or more): counts
    short of it would hold back what the decided cards teach. A furniture line under
    another, or under known chrome, says nothing (the decoder counts chrome right under
    text only)."""
    lines = [s.strip() for s in window]
    prose = _prose(lines)
    # per shape (``shape_tag``): [titles, others] right above it
    counts: dict[str, list[int]] = {}
    above = -1
    for i, s in enumerate(lines):
        if not s:
            continue
        if above >= 0 and (sh := shape(s)) in shapes:
            t = lines[above]
            if shape(t) not in shapes and _known(t) is None:
                seen = counts.setdefault(sh, [0, 0])
                seen[0 if not prose[above] and _title_line(t) else 1] += 1
        above = i
    for sh, (titles, others) in counts.items():
        if titles >= 3 and titles >= 9 * others:
            tag = _tag(REPEATED, sh)
            for _ in range(titles):
                habits.learn_before(tag, True)
            for _ in range(others):
                habits.learn_before(tag, False)


def cut_before(
    u: Unit, kind: str, tag: str, mid_only: dict[str, float], habits: PageHabits, width: int
) -> None:
    """The cut a chrome line of ``kind`` offers in the unit it closes, for a title that may
    end it: before a kind the template puts between titles and abstracts only
    (``last_breaks.break_before_chrome``; under a full line too where the page puts a title right
    before that kind, ``titled_kind``, unless the last line is a title's indented rest), and
    before the page's learned furniture where it stands under titles (``titled_furniture``)."""
    if kind in mid_only:
        if titled_kind(tag, habits) and len(u.parts) - 1 not in u.indents:
            break_before_name(u, width)
            break_before_title_pair(u, width)
        else:
            break_before_chrome(u, width)
    elif titled_furniture(tag, habits.before) or kind in habits.before:
        # (... and before any other kind the page has put right under a title nine in ten
        # of the times: a card's note, ``Accepted at ECCV 2022`` over its date)
        break_before_chrome(u, width)
