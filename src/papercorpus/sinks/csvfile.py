"""CSV writer: header row, RFC 4180 quoting (minimal), ``\\n`` line ends, UTF-8 without BOM.

Columns in ``fields.OUTPUT_ORDER`` (or as ``--fields`` chose them); a field a row lacks is
an empty cell. Lists are joined by ``"; "``; ``extra`` is a JSON object and ``sources`` a
JSON array of the JSONL output's source objects, so any file name round-trips.
Formula injection is guarded as OWASP recommends: a cell starting with ``=``, ``+``, ``-``,
``@``, TAB or CR would run as a formula when the file is opened in a spreadsheet, so it gets
a ``'`` prefix (``guard=False``, the CLI's ``--no-csv-guard``, writes cells as they are).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import BinaryIO

import orjson

from ..fields import OUTPUT_ORDER
from .jsonl import row_dict
from .rows import OutputRow

COLUMNS = OUTPUT_ORDER
LIST_SEPARATOR = "; "


def csv_header(columns: Sequence[str] = COLUMNS) -> bytes:
    return _encode([columns])


def cell(value: object) -> str:
    """One value as a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, list | dict):
        return orjson.dumps(value).decode("utf-8")
    return str(value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guarded(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_lines(
    rows: Iterable[OutputRow], columns: Sequence[str] = COLUMNS, guard: bool = True
) -> bytes:
    """The CSV bytes of ``rows``, without the header."""
    out = []
    for row in rows:
        d = row_dict(row)
        if "sources" in columns:  # always JSON, even a list of one
            d["sources"] = orjson.dumps(d["sources"]).decode("utf-8")
        cells = [cell(d.get(c)) for c in columns]
        out.append([_guarded(c) for c in cells] if guard else cells)
    return _encode(out)


def _encode(records: Iterable[Iterable[object]]) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(records)
    return buf.getvalue().encode("utf-8")


def write_csv(rows: Iterable[OutputRow], out: BinaryIO, guard: bool = True) -> int:
    out.write(csv_header())
    n = 0
    for row in rows:
        out.write(csv_lines((row,), guard=guard))
        n += 1
    return n
