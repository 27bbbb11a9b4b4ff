"""RIS files (reference managers' exports: Zotero, EndNote, Mendeley, Scopus) -> records.

A reference is a run of tagged lines from ``TY  - JOUR`` to ``ER  -``; a line without a tag
goes on with the value above (a wrapped abstract). Tags are read by their meaning, then as
a JSON item is (``fields``): ``TI``/``T1`` the title, ``AB``/``N2`` the abstract, each
``AU``/``A1``… an author (``Surname, Forenames`` turned round), ``PY``/``Y1`` the year (and
the date when it has one), ``DA`` the date, ``DO`` the DOI, ``UR``/``L1`` links (an arXiv
link or DOI gives the id), ``KW`` keywords; every other tag is kept under its own name. The
provenance line is the reference's ``TY`` line. A reference cut off by the file's end, or
text before the first ``TY``, is reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...fields import turned_name
from ...records import Record
from ..base import Lines, ParseLog
from .walk import Found, Opts, to_record

__all__ = ["TAG_LINE", "parse_ris"]

# "TY  - JOUR": a tag, two spaces (one, in some writers), a hyphen, the value.
TAG_LINE = re.compile(r"([A-Z][A-Z0-9])  ?-(?: (.*))?$")
_NAMES = {
    "TI": "title", "T1": "title", "AB": "abstract", "N2": "abstract", "DO": "doi",
    "TY": "type", "KW": "keywords", "UR": "urls", "L1": "pdf_urls", "L2": "urls",
    "DA": "date", "PY": "year", "Y1": "year", "JO": "journal", "JF": "journal",
    "T2": "secondary_title", "PB": "publisher", "VL": "volume", "IS": "issue",
    "SP": "start_page", "EP": "end_page", "SN": "issn", "N1": "notes", "LA": "language",
    "ID": "ref_id",
}  # fmt: skip
_AUTHORS = frozenset(("AU", "A1", "A2", "A3", "A4"))
_LISTS = frozenset(("KW", "UR", "L1", "L2"))
# "2025/03/14/" or "2025///": the year, and a date where the parts are there.
_RIS_DATE = re.compile(r"(\d{4})(?:/(\d{1,2})/(\d{1,2}))?")


def parse_ris(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """The references of one RIS file, one record each."""
    opts = Opts(title_field, abstract_field)
    item: dict[str, Any] | None = None
    start = 0
    last: str | None = None  # the key the next untagged line goes on with
    for lineno, text in lines:
        m = TAG_LINE.match(text.lstrip("\ufeff"))
        if m is None:
            if not text.strip():
                continue
            if item is not None and last is not None:
                _more(item, last, text.strip())
            else:
                log.reject("R_UNPARSED", file, lineno, f"outside any RIS reference: {text[:80]}")
            continue
        tag, value = m[1], (m[2] or "").strip()
        if tag == "TY":
            if item is not None:
                log.reject("R_RIS_CUT", file, start, "a reference without its ER line")
            item, start, last = {}, lineno, None
        if item is None:
            log.reject("R_UNPARSED", file, lineno, f"a tag before any TY line: {text[:80]}")
            continue
        if tag == "ER":
            record = to_record(Found(_finished(item), ()), file, start, log, opts)
            if record is not None:
                yield record
            item, last = None, None
            continue
        last = _put(item, tag, value)
    if item is not None:
        log.reject("R_RIS_CUT", file, start, "a reference cut off by the end of the file")


def _put(item: dict[str, Any], tag: str, value: str) -> str | None:
    if tag in _AUTHORS:
        key = "authors" if tag in ("AU", "A1") else f"authors_{tag}"
        item.setdefault(key, []).append(turned_name(value))
        return key
    key = _NAMES.get(tag, tag)
    if tag in _LISTS:
        item.setdefault(key, []).append(value)
    elif key in item:  # a tag given twice (two N1 notes): both kept
        old = item[key]
        item[key] = [*old, value] if isinstance(old, list) else [old, value]
    else:
        item[key] = value
    return key


def _more(item: dict[str, Any], key: str, text: str) -> None:
    value = item[key]
    if isinstance(value, list):
        value[-1] = f"{value[-1]} {text}".strip()
    else:
        item[key] = f"{value} {text}".strip()


def _finished(item: dict[str, Any]) -> dict[str, Any]:
    """The year's date where it gives one (``2025/03/14/``), as ``published``."""
    for key in ("date", "year"):
        raw = item.get(key)
        if isinstance(raw, str) and (m := _RIS_DATE.match(raw)):
            if m[2] and m[3] and "published" not in item:
                item["published"] = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
            if key == "year":
                item["year"] = m[1] if raw.rstrip("/") == m[1] or m[2] else raw
    return item
