"""The values on a page's unlabelled furniture: ``4 authors · Meta``, ``88 ▲``,
``12 comments · Jun 4``, ``★ 531 · 💬 12``.

``repeats`` learns such a line as chrome by its repetition on the page's cards, and
``furniture_values`` reads the lines that open with a label. A line with no label is
read part by part, as a reader of the page reads it: split on ``·``, ``|``, ``•`` and
runs of spaces, each part is asked of the rules the page's known chrome is read by
(``classify_chrome``, then the values ``chrome_values`` reads): ``N authors`` is
``n_authors``, a date ``published`` (a comment count glued to it ``comments``), ``N
comments`` or ``💬 N`` ``comments``, ``★ N`` or ``N stars`` ``stars``, a count beside an
upvote arrow (``88 ▲``, ``▲ 88``) or the word (``12 upvotes``) ``upvotes``. A name
beside an author count or a date is the card's organisation, as the known chrome reads
``Google · Published on Jan 3, 2025`` (``chrome._dotted``). A part no rule reads stays
chrome, counted, its text dropped (``#3 Paper of the day``, ``Oral``): a bare number
says nothing of what it counts.

Which card a line's values go to is ``furniture_values``'s rule (the card it follows, or
the title under it where its shape opens the page's cards: ``part_openers``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..chrome import bare
from ..chrome_values import count_value
from .cell_reads import BUTTONS, VOTE_WORD, VOTES
from .cell_reads import read_part as _part
from .repeats import (
    PROSE_LINE,
    PROSE_RUN,
    TITLED_SHARE,
    _known,
    org_line,
)

__all__ = ["BUTTONS", "first_abstract", "part_openers", "part_values", "vote_count"]

# The separators a listing sets its furniture's fields apart with.
# (a spaced dash or slash parts fields too: ``Oct 7, 2024 — 5 authors``, ``5 authors / Meta``)
_SPLIT: Final = re.compile(r"\s*[·|•]\s*|\s+[—–/]\s+|\s{2,}|\t")
# A line opening with ``Label:`` is ``furniture_values``'s (a label no field names
# gives nothing: ``Track: Oral``).
_LABEL: Final = re.compile(r"[A-Za-z][\w'-]*(?: [\w'-]+){0,2}:(?:\s|$)")
# The chrome a card prints between its title and its abstract (its paper's link, author
# count, image).
_BETWEEN: Final = frozenset(("url", "authors", "image", "markup", "tags"))


def part_values(s: str) -> dict[str, object]:
    """The fields an unlabelled furniture line's parts give (``s`` stripped), typed as
    the page's chrome values are: ``{}`` when no part reads."""
    if _LABEL.match(s):
        return {}
    out: dict[str, object] = {}
    names: list[str] = []
    for part in _SPLIT.split(s):
        if not part:
            continue
        values = _part(part)
        if values:
            for key, value in values.items():
                out.setdefault(key, value)  # (the first part's value of a field wins)
        elif _name(part):
            names.append(part)
    if len(names) == 1 and ("n_authors" in out or "published" in out):
        # (one name beside the card's author count or date: its organisation)
        out["org"] = names[0]
    return out


def vote_count(s: str) -> int | None:
    """The upvote count a chrome line says is one, by an upvote arrow or the word beside
    it (``▲ 88``, ``👍 12``, ``12 upvotes``, ``Upvote 17``), else ``None``: a bare number
    or ``-`` does not say what it counts."""
    text = bare(s)[0]
    m = VOTES.fullmatch(text)
    if m is not None:
        return count_value(m[1] or m[2])
    return count_value(text) if VOTE_WORD.search(text) else None


def _name(p: str) -> bool:
    """An organisation's name as a card prints it beside its counts (``chrome._name_like``:
    a few words, no sentence, no title punctuation), with no digits (no count)."""
    return (
        len(p) <= 40
        and p.count(" ") < 5
        and p[:1].isalpha()
        and not any(c.isdigit() or c in ":?!.,;#" for c in p)
    )


def first_abstract(prose: Sequence[bool], shapes: Sequence[str], learned: frozenset[str]) -> int:
    """The page's first line of prose (``repeats._prose``), or past its last line: a line
    under it follows a card, so it stands over no first title. A line of the page's
    furniture is no abstract's, though a run of wide lines may begin with it (layout B:
    ``Authors: Emil Quist; Jun Umar; …`` right over the first title and its abstract)."""
    return next((i for i, p in enumerate(prose) if p and shapes[i] not in learned), len(prose))


def part_openers(
    lines: Sequence[str], shapes: Sequence[str], prose: Sequence[bool], learned: frozenset[str]
) -> frozenset[str]:
    """The learned shapes of ``learned`` with no label that open their cards (``88 ▲`` /
    title / abstract) in ``lines``, the page's lines read ahead (stripped; ``shapes`` and
    ``prose``, ``repeats._prose``: theirs): the shape's first place stands over the page's
    first title, and in most of its places (``TITLED_SHARE``) the next line is a title
    (blank lines, known chrome and other furniture aside: ``#3 Paper of the day`` / ``88
    ▲`` / title). Past the first card, a value over one title stands under the card above
    as well: only the page's first title tells the two habits apart."""
    unlabelled = [sh for sh in learned if not sh.startswith("L:")]
    if not unlabelled:
        return frozenset()
    n = len(lines)
    # (each line's known kind read once, when first asked, and none of a paragraph's
    # length: ``classify_chrome`` is the cost here, and most lines are never asked)
    kinds: dict[int, str | None] = {}

    def known(j: int) -> str | None:
        if j not in kinds:
            s = lines[j]
            kinds[j] = _known(s) if s and len(s) < PROSE_RUN else None
        return kinds[j]

    def chrome(j: int) -> bool:
        return not lines[j] or shapes[j] in learned or known(j) is not None

    def under(i: int) -> int:
        """The next line under line ``i`` (blanks, chrome and furniture aside), or -1."""
        j = i + 1
        while j < n and chrome(j):
            j += 1
        return j if j < n else -1

    def titled(j: int) -> bool:
        """``repeats._title_line``, its known kind read once."""
        s = lines[j] if j >= 0 else ""
        return len(s) < PROSE_RUN and " " in s and known(j) is None and not org_line(s)

    def opens(j: int) -> bool:
        """Line ``j`` is a title with its card under it: a line of prose (its abstract) or
        the page's furniture (a card without an abstract), its paper's link or author
        count between (a menu, the page's date under a head's text are no card's)."""
        if chrome(j) or not titled(j) or (j and prose[j - 1] and prose[j]):
            return False
        k = j + 1
        while k < n and (not lines[k] or known(k) in _BETWEEN):
            k += 1
        return k < n and (len(lines[k]) >= PROSE_LINE or shapes[k] in learned)

    # the page's first title (a later title than the page's first is no harm: the shape's
    # place over it tells as well; an earlier line, a head's text, would), never under the
    # page's first abstract (a first title the test misses, ``APRIEL-1.5-15B-THINKER``, one
    # word, would make the line under its abstract stand over the next title)
    first = min(next((i for i in range(n) if opens(i)), n), first_abstract(prose, shapes, learned))
    out: set[str] = set()
    for sh in unlabelled:
        at = [i for i, s in enumerate(shapes) if s == sh]
        on = next((i for i in at if i > first or under(i) == first), n)
        if on < first and sum(titled(under(i)) for i in at) >= TITLED_SHARE * len(at):
            out.add(sh)
    return frozenset(out)
