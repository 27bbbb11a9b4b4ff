"""Dates as read (``"Mar 17"``, ``"Mar 8, 2024"``, ``"2024-10-07T00:00:00.000Z"``) to ISO 8601.

A date without a year takes the year of its file: from a date in the file's name
(``2025-03-18.jsonl.gz``), else from the other dates of the file that carry one. Without
either it stays unresolved (``None``): a year is never guessed from the clock, so the
output does not depend on the day it was made.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

__all__ = [
    "FileDates",
    "copy_date",
    "file_dates",
    "iso_date",
    "name_date",
    "pin_date",
    "pinned_date",
]

_MONTH_NAMES = (
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
    ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
    ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december"),
)  # fmt: skip
_MONTHS = {m: i for i, names in enumerate(_MONTH_NAMES, 1) for m in names}
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?\s*")
_YEAR_ONLY = re.compile(r"\s*(\d{4})\s*")
# "Mar 17", "Mar. 17, 2024", "March 17 2024", "Published on Mar 17"
_MONTH_DAY = re.compile(
    r"\s*(?:published on\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?\s*",
    re.IGNORECASE,
)
# "17 Mar 2024", "17 March", and as RSS, mail and arXiv's day headers write it: "Fri, 14 Mar
# 2025 00:00:00 GMT", "Wednesday, 2 September 2026"
_DAY_MONTH = re.compile(
    r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?"
    r"(?:,?\s*(\d{4})(?:\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[a-z]{1,5}|[+-]\d{4}))?)?)?\s*",
    re.IGNORECASE,
)
_NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _parts(raw: str) -> tuple[int | None, int, int] | None:
    """``(year or None, month, day)`` of a date as written, else ``None``."""
    if m := _ISO.fullmatch(raw):
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    if m := _MONTH_DAY.fullmatch(raw):
        month = _MONTHS.get(m.group(1).lower())
        if month:
            return (int(m.group(3)) if m.group(3) else None), month, int(m.group(2))
    if m := _DAY_MONTH.fullmatch(raw):
        month = _MONTHS.get(m.group(2).lower())
        if month:
            return (int(m.group(3)) if m.group(3) else None), month, int(m.group(1))
    return None


def name_date(name: str) -> str | None:
    """The date in a file name (``arxiv-listings/2025-03-18.jsonl.gz`` -> ``2025-03-18``):
    the last one in the path, so a dated folder is overridden by a dated file."""
    # No date runs across a "/" (dates are digits and -_.), so the folder's part is the
    # same for every file in it: found once per folder, not once per file of 50,000.
    folder, sep, base = name.rpartition("/")
    return _last_date(base) or (_folder_date(folder) if sep else None)


@lru_cache(maxsize=256)
def _folder_date(folder: str) -> str | None:
    return _last_date(folder)


def _last_date(text: str) -> str | None:
    found = [_valid(int(y), int(m), int(d)) for y, m, d in _NAME_DATE.findall(text)]
    found = [f for f in found if f]
    return found[-1] if found else None


class FileDates:
    """What a file tells about the year of its dates: its name's date, else its dates'
    most common year (the earliest among equals)."""

    __slots__ = ("day", "year")

    def __init__(self, day: str | None, year: int | None) -> None:
        self.day = day
        self.year = year


def file_dates(name: str | None, raw_dates: Iterable[str | None]) -> FileDates:
    """The ``FileDates`` of file ``name`` whose copies carry ``raw_dates``."""
    day = name_date(name) if name else None
    if day is not None:
        return FileDates(day, int(day[:4]))
    years: Counter[int] = Counter()
    for raw in raw_dates:
        parts = _parts(raw) if raw else None
        if parts and parts[0] is not None:
            years[parts[0]] += 1
    year = min(years, key=lambda y: (-years[y], y)) if years else None
    return FileDates(None, year)


def iso_date(raw: object, hint: FileDates | None = None) -> str | None:
    """``raw`` as ``YYYY-MM-DD`` (a bare year as ``YYYY``), or ``None`` when it is not a
    date or its year is unknown. A month and day without a year take the year of
    ``hint``; a date that would then fall after the file's own day is from the year
    before (a December card on a January page)."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    elif isinstance(raw, dict):
        raw = _date_parts(raw)
    if not isinstance(raw, str) or not raw:
        return None
    # A corpus repeats a few thousand distinct dates a million times.
    return _iso(raw, None if hint is None else hint.year, None if hint is None else hint.day)


def _date_parts(raw: dict) -> str | None:
    """Crossref's ``{"date-parts": [[2025, 3, 14]]}`` as text ``iso_date`` reads (a year
    alone as the year; a year and month alone is no day: ``None``, the value kept)."""
    parts = raw.get("date-parts")
    if not (isinstance(parts, list) and parts and isinstance(parts[0], list)):
        return None
    ymd = parts[0]
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in ymd):
        return None
    if len(ymd) == 3:
        return f"{ymd[0]:04d}-{ymd[1]:02d}-{ymd[2]:02d}"
    return str(ymd[0]) if len(ymd) == 1 else None


@lru_cache(maxsize=1 << 14)
def _iso(raw: str, year_hint: int | None, day_hint: str | None) -> str | None:
    return _iso_uncached(raw, FileDates(day_hint, year_hint))


def _iso_uncached(raw: str, hint: FileDates) -> str | None:
    """``iso_date`` of a non-empty string, uncached."""
    if m := _YEAR_ONLY.fullmatch(raw):
        return m.group(1)
    parts = _parts(raw)
    if parts is None:
        return None
    year, month, day = parts
    if year is None:
        if hint is None or hint.year is None:
            return None
        year = hint.year
        iso = _valid(year, month, day)
        if iso is not None and hint.day is not None and iso > hint.day:
            iso = _valid(year - 1, month, day)
        return iso
    return _valid(year, month, day)


# A date already resolved by an earlier run (the incremental index stores every copy's date
# as written out): carried as the copy's raw date with this mark, so that the output shows it
# as it was, whatever the other copies of its file say about the year now. No parser yields
# a NUL, and the mark makes it no date at all for ``file_dates`` and ``iso_date``.
_PIN = "\x00"
_PINNED_ISO = re.compile(r"\d{4}(?:-\d\d-\d\d)?")


def pin_date(iso: str | None, raw: str | None) -> str:
    """A copy's resolved date (ISO, and the raw text when it differs) as one raw date."""
    return f"{_PIN}{iso or ''}{_PIN}{'' if raw is None else _PIN + raw}"


def pinned_date(raw: str | None) -> tuple[str | None, str | None] | None:
    """``(iso, raw)`` of a ``pin_date`` value, else ``None``."""
    if not raw or not raw.startswith(_PIN):
        return None
    _, iso, *rest = raw.split(_PIN, 2)
    if not rest or (iso and not _PINNED_ISO.fullmatch(iso)):
        return None  # not a pin_date value
    shown = rest[0][1:] if rest[0].startswith(_PIN) else None
    if rest[0] and shown is None:
        return None
    return iso or None, shown


def copy_date(
    raw: str | None, hint: FileDates, pinned: bool = True
) -> tuple[str | None, str | None]:
    """A copy's ``(ISO date, raw date when it differs)`` from its raw date and its file's
    ``FileDates``: a ``pin_date`` value (``pinned``: honoured) as it was resolved, a copy
    without a date of its own in a file named by its day dated that day."""
    if pinned and (pin := pinned_date(raw)) is not None:
        return pin
    iso = hint.day if raw is None else iso_date(raw, hint)
    return iso, None if raw == iso else raw
