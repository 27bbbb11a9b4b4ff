"""A stored paper whose only new copies are exact re-listings of its surviving text: its row
brought up to date without the engine.

Such a copy is in the exact-duplicate class of the survivor, so the engine would keep the
paper's clusters and survivor as they are and add the copy to the row's sources (matched
``exact``), last, since it was seen last. Only the merged fields and ``first_seen`` /
``last_seen`` change, and each policy of ``fields.merge_fields`` can take one more copy,
last in first-seen order, from the merged value alone: ``survivor`` keeps a value any
earlier copy gave, ``most`` takes the new value only when it lists more names, ``max`` and
``earliest`` compare, ``union`` appends the new values (and, past one copy, keeps each value
once: ``merge_one`` does not), ``extra`` keeps the keys it has. ``latest`` needs the date of
the copy that gave the value: a new copy dated no earlier than every copy (``last_seen``)
wins it (ties go to the later copy), any other case goes through the engine. A row whose
abstract is not a real one (``abstract_status``) goes through the engine too, as does a
paper with a copy from a file
whose name has no date: such a file's dates take their year from its other dates in the run
(``dates.file_dates``), which a row merged here would not see.

About a quarter of the records of the 410 listing days are such re-listings: with their
papers' stored copies they were ~40% of the copies the engine judged and ~22% of the rows
it rendered, only to write back the same row with one more source.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .dates import FileDates, copy_date, name_date
from .fields import BY_NAME, EXTRA, MERGED_ORDER, copy_fields
from .index.tables import paper_rows_survivors
from .records import Record

_ROW_KEYS = frozenset({"id", "title", "abstract", "sources", "arxiv_id", *MERGED_ORDER})
_UNION = tuple(n for n, f in BY_NAME.items() if f.merge == "union")


@lru_cache(maxsize=4096)
def _file_dates(name: str) -> FileDates | None:
    """The dates of a file named by its day (they do not depend on its other dates)."""
    day = name_date(name)
    return None if day is None else FileDates(day, int(day[:4]))


def relisted_row(
    stored: dict[str, Any], new: Sequence[Record]
) -> tuple[dict[str, Any], list[tuple[str | None, str | None]]] | None:
    """``stored`` (a paper's row) with the copies ``new`` of its surviving text added, as
    the engine would render it, and the ``(date, date_raw)`` of each new copy; ``None``
    when that needs the engine (see the module's docstring)."""
    if "abstract_status" in stored or not _ROW_KEYS.issuperset(stored):
        return None
    sources = stored["sources"]
    if any(_file_dates(s["file"]) is None for s in sources):
        return None
    merged = {k: v for k, v in stored.items() if k in BY_NAME or k in _SEEN_EXTRA}
    added: list[dict[str, Any]] = []
    dates: list[tuple[str | None, str | None]] = []
    for record in new:
        name, raw = record.source.file, record.source.date
        hint = _file_dates(name)
        if hint is None:
            return None
        # (a stored copy added again, by ``index rebuild``, keeps the date it was written
        # out with)
        iso, shown = copy_date(raw, hint)
        if not _merge_copy(merged, copy_fields(record.meta, hint) if record.meta else {}, iso):
            return None
        source: dict[str, Any] = {
            "file": name, "line": record.source.line, "date": iso, "match": "exact",
        }  # fmt: skip
        if shown is not None:
            source["date_raw"] = shown
        added.append(source)
        dates.append((iso, shown))
    for name in _UNION:  # two copies or more: each value once (one copy's list is as given)
        if name in merged:
            merged[name] = list(dict.fromkeys(merged[name]))
    row = {k: stored[k] for k in ("id", "title", "abstract")}
    row.update((k, merged[k]) for k in MERGED_ORDER if k in merged)
    row["sources"] = [*sources, *added]
    row["arxiv_id"] = stored["arxiv_id"]
    return row, dates


_SEEN_EXTRA = frozenset({"first_seen", "last_seen", EXTRA})


def _merge_copy(merged: dict[str, Any], fields: dict[str, Any], date: str | None) -> bool:
    """Add one copy's ``fields`` (``fields.copy_fields``), dated ``date``, to ``merged``
    as ``fields.merge_fields`` would with this copy last; False when that cannot be told
    from ``merged`` (a ``latest`` field of a copy dated before another)."""
    for name, value in fields.items():
        if name == EXTRA:
            extra = dict(merged.get(EXTRA, {}))
            for k, v in value.items():
                extra.setdefault(k, v)
            merged[EXTRA] = extra
            continue
        policy = BY_NAME[name].merge
        if name not in merged:
            merged[name] = value
        elif policy == "most":
            if len(value) > len(merged[name]):
                merged[name] = value
        elif policy == "max":
            merged[name] = max(merged[name], value)
        elif policy == "earliest":
            merged[name] = min(merged[name], value)
        elif policy == "union":
            merged[name] = list(dict.fromkeys([*merged[name], *value]))
        elif policy == "latest":
            # The new copy is the last in first-seen order, so it wins ties: it wins
            # when dated no earlier than every copy (``last_seen``); dated before one,
            # which copy holds the latest value cannot be told from ``merged``.
            if (date or "") < (merged.get("last_seen") or ""):
                return False
            merged[name] = value
        # "survivor": an earlier copy's value stays
    if date:
        first, last = merged.get("first_seen"), merged.get("last_seen")
        merged["first_seen"] = date if not first else min(first, date)
        merged["last_seen"] = date if not last else max(last, date)
    return True


# A paper merged here: its new row, its surviving text, the new records (their indexes
# among the run's) and the ``(date, date_raw)`` of each.
Merged = tuple[dict[str, Any], int, list[int], list[tuple[str | None, str | None]]]


@dataclass
class Relisted:
    """Which of a run's new records go through the engine (``rest``, indexes among them)
    and which papers are merged here (``rows``, by paper key; ``before``: their stored
    rows). ``fallback``: papers reached only by re-listings that need the engine."""

    rest: list[int]
    rows: dict[int, Merged] = field(default_factory=dict)
    before: dict[int, dict[str, Any]] = field(default_factory=dict)
    fallback: set[int] = field(default_factory=set)

    @classmethod
    def none(cls, new: Sequence[Record]) -> Relisted:
        return cls(list(range(len(new))))


def relisted_papers(
    con: sqlite3.Connection,
    new: Sequence[Record],
    found: dict[int, tuple[int, int]],
    touched: Sequence[int],
) -> Relisted:
    """Split ``new`` between the engine and the papers merged here: those reached only by
    exact copies of their surviving text (``found``: record -> the stored text and paper it
    copies; ``touched``: the papers the other records reach)."""
    reached = set(touched)
    by_paper: dict[int, list[int]] = {}
    for i, (_, paper) in sorted(found.items()):
        if paper not in reached:
            by_paper.setdefault(paper, []).append(i)
    out = Relisted([])
    if by_paper:
        papers = sorted(by_paper)
        stored = paper_rows_survivors(con, papers)
        for paper, records in by_paper.items():
            got = None
            if paper in stored:
                row, survivor = stored[paper]
                if all(found[i][0] == survivor for i in records):
                    got = relisted_row(row, [new[i] for i in records])
            if got is None:  # not stored as read, or not its surviving text: the engine's
                out.fallback.add(paper)
                continue
            out.rows[paper] = (got[0], survivor, records, got[1])
            out.before[paper] = row
    merged = {i for _, _, records, _ in out.rows.values() for i in records}
    out.rest = [i for i in range(len(new)) if i not in merged]
    return out
