"""The values a page's learned furniture carries: ``Authors: Ann Lee, Bo Chen``,
``Comments: 7  Stars: 531``, ``Published: Jun 4, 2025``, ``Code: https://github.com/…``.

``repeats`` learns such a line as chrome by its repetition on the page's cards; its text
is then no title and no abstract, but a reader of the page still sees the card's authors,
date and counts in it. A furniture line opening with a label that names a field the
records know (a "read from" name of ``fields.FIELDS``, or its plain-English form:
``Authors``, ``Published``, ``Stars``, ``GitHub stars``, ``Votes``, ``Subjects``,
``Project page``) gives its value to that field of its card, read as the page's known
chrome is read: a count as ``count_value`` reads it, a date as card dates are, names split
on ``;``, ``,`` or `` and ``, links as links. A value that is not of its field's kind
(``Comments: 12 pages, 5 figures``), and the value of a label no field names (``Track:
Oral``), is kept in the record's ``extra`` under its label as printed; the line is counted
chrome either way. Values the parser's own rules set for the card win.

Which card: the first place of a furniture shape on the page decides. Above the page's
first title, the shape opens its cards (``#3 …`` / ``Authors: …`` / title): its values go to
the title under it. Otherwise it follows its card's title (title / ``Authors: …`` /
abstract, or title / abstract / ``Comments: 7``): its values go to the card it follows,
and such a line before the page's first title belongs to no card.

A furniture line with no label is read part by part (``furniture_parts``: ``4 authors ·
Meta``, ``88 ▲``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ...fields import EXTRA, FIELDS
from ..chrome_values import count_value, parse_card_date
from .furniture_parts import first_abstract, part_openers, part_values
from .opener_shapes import OPENER, opener_shape, split_names
from .repeats import (
    MAX_LEN,
    PROSE_LINE,
    PROSE_RUN,
    TITLED_SHARE,
    _prose,
    _title_line,
    shape,
)

__all__ = ["FIELD_LABELS", "add_values", "label_values", "openers"]

# label (lower case, one space between words) -> the field its value fills: every name
# the fields table reads (``github_stars`` as ``github stars``), and the words a page
# prints for them.
_PLAIN: Final = {
    "author": "authors",
    "by": "authors",
    "date": "published",
    "published on": "published",
    "submitted on": "published",
    "votes": "upvotes",
    "upvote": "upvotes",
    "likes": "upvotes",
    "star": "stars",
    "github": "stars",  # (``GitHub: 1.2k``: a count; a link under it is read as a link)
    "comment": "comments",
    "subject": "categories",
    "project": "urls",
    "paper": "urls",
    "website": "urls",
    "homepage": "urls",
    "arxiv": "urls",
}
_SKIP: Final = frozenset(("title", "abstract", "ai_summary", "summary", "year"))
FIELD_LABELS: Final[dict[str, str]] = {
    **{
        a.replace("_", " "): f.name
        for f in FIELDS
        for a in (f.name, *f.aliases)
        if f.name not in _SKIP
    },
    **_PLAIN,
}
# (the labels, longest first so ``GitHub stars`` is read before ``GitHub``)
_NAMES: Final = "|".join(
    re.escape(n).replace(r"\ ", r"[ _-]") for n in sorted(FIELD_LABELS, key=len, reverse=True)
)
# A known label where one opens: at the line's start, or after a field separator (two
# spaces, ``·``, ``|``, ``;``) or a single space when the label is known (``Comments: 7
# Stars: 531``).
_LABELED: Final = re.compile(rf"(?:^|(?<=\s)|(?<=[·|;]))({_NAMES}):(?=\s|$)", re.IGNORECASE)
# Any label at the line's start, or after a field separator (two spaces, `` · ``, `` | ``):
# it ends the value before it; its own value, when no field names it, is kept in
# ``extra`` under the label as printed.
_LABEL_TEXT: Final = r"([A-Za-z][\w'-]*(?: [\w'-]+){0,2}):(?=\s|$)"
_FIRST_LABEL: Final = re.compile(_LABEL_TEXT)
_SEP_LABEL: Final = re.compile(rf"(?:(?<=\s\s)|(?<=\s[·|]\s)){_LABEL_TEXT}")
_COUNT: Final = re.compile(r"\d[\d,]*(?:\.\d+)?\s?[kKmM]?")
_URL: Final = re.compile(r"(?:https?://|www\.)\S+")
_PARTS: Final = re.compile(r"\s*[·|•]\s*|\s+[—–/]\s+|\s{2,}|\t")
# A count then the words that name it (``5 Autoren``, ``12 Kommentare``, ``5 位作者``).
_COUNTED: Final = re.compile(r"(\d[\d,.]*(?:\s?[kKmM](?=\s|$))?)\s*([^\W\d_][^\d·|:]{0,30})")
_DOI: Final = re.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|doi:\s*)?(10\.\d{4,9}/\S+)", re.IGNORECASE
)
_NAME_SPLIT: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# Not a name: what a list prints for the names it leaves out.
_NOT_NAME: Final = re.compile(
    r"(?:et al\.?|…|\.\.\.|\+\s?\d+(?: more)?|\d+ more|others)", re.IGNORECASE
)


def label_values(s: str) -> dict[str, object]:
    """The fields a furniture line's labels give (``s`` stripped), typed as the page's
    chrome values are, and under ``extra`` the values no field reads, by their label as
    printed (``Track: Oral``, ``Comments: 12 pages, 5 figures``): ``{}`` when no value
    reads. A line opening with no label is read part by part (``furniture_parts``)."""
    known = {m.start(1) for m in _LABELED.finditer(s)}
    if 0 not in known and _FIRST_LABEL.match(s) is None:
        return _unlabelled(s)
    starts = sorted(known | {0} | {m.start(1) for m in _SEP_LABEL.finditer(s)})
    out: dict[str, object] = {}
    notes: dict[str, str] = {}
    for k, at in enumerate(starts):
        colon = s.index(":", at)
        label = s[at:colon]
        end = starts[k + 1] if k + 1 < len(starts) else len(s)
        value = s[colon + 1 : end].strip().rstrip("·|;,").strip()
        if not value:
            continue
        typed = None
        if at in known:
            field = FIELD_LABELS[" ".join(re.split(r"[ _-]+", label.lower()))]
            if field == "stars" and _URL.match(value):
                field = "urls"  # (``GitHub: https://…``: the code's link, not its stars)
            typed = _typed(field, value)
            if typed is not None:
                add_values(out, {field: typed})
        if typed is None:
            notes.setdefault(label, value)  # (kept as scraped: no field reads it)
    if notes:
        out[EXTRA] = notes
    return out


def _unlabelled(s: str) -> dict[str, object]:
    """A furniture line with no label: a line of names (the card's ``authors``), fixed
    words then a value (``Enviado por Ann Lee``: the value kept in ``extra`` under the
    words as printed), else read part by part (``opener_shapes``, ``furniture_parts``)."""
    if (names := split_names(s)) is not None:
        return {"authors": names}
    if (sh := opener_shape(s)) is not None:
        words = len(sh) - len(OPENER)
        return {EXTRA: {s[:words].rstrip("：: "): s[words:].strip()}}
    values = part_values(s)
    if not values:  # (``5 Autoren · 12 Kommentare``: counts no rule names, kept as printed)
        counted = [m for p in _PARTS.split(s) if (m := _COUNTED.fullmatch(p)) is not None]
        if counted:
            values = {EXTRA: {m[2].strip(): m[1].strip() for m in counted}}
    return values


def _typed(field: str, value: str) -> int | str | list[str] | None:
    """``value`` as its field's page chrome is read, or ``None`` when it is not one."""
    if field in ("upvotes", "stars", "comments", "n_authors"):
        # a count alone (``Comments: 12 pages, 5 figures`` is arXiv's note, no count)
        return count_value(value) if _COUNT.fullmatch(value) else None
    if field == "published":
        parsed = parse_card_date(value)
        return parsed[0] if parsed is not None else None
    if field == "authors":
        sep = ";" if ";" in value else None
        parts = value.split(sep) if sep else _NAME_SPLIT.split(value)
        names = [" ".join(p.split()) for p in parts]
        names = [n for n in names if n and not _NOT_NAME.fullmatch(n)]
        return names if names and all(any(c.isalpha() for c in n) for n in names) else None
    if field == "categories":
        cats = [" ".join(p.split()) for p in re.split(r"[;,]", value)]
        return [c for c in cats if c] or None
    if field == "urls":
        return _URL.findall(value) or None
    if field == "doi":
        m = _DOI.fullmatch(value)
        return m[1] if m is not None else None
    if field == "org":
        return value if len(value) <= 120 else None
    return None


def add_values(into: dict[str, object], values: dict[str, object]) -> None:
    """``values`` added to a card's furniture values: the first line's value of a field
    wins, links add up."""
    for key, value in values.items():
        have = into.get(key)
        if key == "urls" and isinstance(have, list) and isinstance(value, list):
            have.extend(u for u in value if u not in have)
        elif key == EXTRA and isinstance(have, dict) and isinstance(value, dict):
            for label, note in value.items():
                have.setdefault(label, note)
        elif have is None:
            into[key] = value


def openers(window: Sequence[str], learned: frozenset[str]) -> frozenset[str]:
    """The learned label shapes that open their cards in ``window`` (the page's lines read
    ahead): the shape's first place stands over the page's first title, and in most of
    its places (``TITLED_SHARE``) the next line is a title (blank lines and other furniture
    aside). A card laid out label / title / abstract repeats as title / abstract / label
    does, once its first card is past: only the page's first title tells them apart."""
    lines = [s.strip() for s in window]
    shapes = [shape(s) if s and len(s) <= MAX_LEN else "" for s in lines]
    prose = _prose(lines)
    parts = part_openers(lines, shapes, prose, learned)  # (shapes with no label)
    labels = [sh for sh in learned if sh.startswith("L:")]
    if not labels:
        return parts

    def under(i: int) -> int:
        """The next line under line ``i`` (blanks and furniture aside), or -1."""
        j = i + 1
        while j < len(lines) and (not lines[j] or shapes[j] in learned):
            j += 1
        return j if j < len(lines) else -1

    def below(i: int) -> int:
        """The next line under line ``i`` (blanks aside), or -1."""
        j = i + 1
        while j < len(lines) and not lines[j]:
            j += 1
        return j if j < len(lines) else -1

    # the page's first title: the first title line with its card under it, prose (its
    # abstract) or the page's furniture (a page's head may hold text of a title's shape:
    # a search echo, a newsletter line)
    first = next(
        (
            i
            for i, s in enumerate(lines)
            if s
            and shapes[i] not in learned
            and _title_line(s)
            and (j := below(i)) >= 0
            and (len(lines[j]) >= PROSE_LINE or shapes[j] in learned)
        ),
        len(lines),
    )

    def titled(j: int) -> bool:
        return j >= 0 and len(lines[j]) < PROSE_RUN and _title_line(lines[j])

    first = min(first, first_abstract(prose, shapes, learned))  # (``furniture_parts``)
    out: set[str] = set()
    for sh in labels:
        at = [i for i, s in enumerate(shapes) if s == sh]
        # its first place on the cards: over the first title, or under it (a place in
        # the page's head, apart from the first title, is no card's)
        on = next((i for i in at if i > first or under(i) == first), len(lines))
        if on < first and sum(titled(under(i)) for i in at) >= TITLED_SHARE * len(at):
            out.add(sh)
    return frozenset(out) | parts
