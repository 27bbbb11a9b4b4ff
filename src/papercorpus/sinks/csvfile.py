"""CSV writer: header row, RFC 4180 quoting (minimal), ``\\n`` line ends, UTF-8 without BOM.

``sources`` is flattened to ``file:line;file:line`` (provenance dates and match rules are in
the JSONL output and the cluster report).

Formula injection is guarded as OWASP recommends: a cell starting with ``=``, ``+``, ``-``,
``@``, TAB or CR would run as a formula when the file is opened in a spreadsheet, so it gets
a ``'`` prefix (``guard=False``, the CLI's ``--no-csv-guard``, writes cells as they are).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import BinaryIO

from .rows import OutputRow

COLUMNS = ("id", "title", "abstract", "sources", "arxiv_id")


def csv_header() -> bytes:
    return _encode([COLUMNS])


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _guarded(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_lines(rows: Iterable[OutputRow], guard: bool = True) -> bytes:
    """The CSV bytes of ``rows``, without the header."""
    cells = (
        (
            row.id,
            row.title,
            row.abstract,
            ";".join(f"{s.file}:{s.line}" for s in row.sources),
            row.arxiv_id or "",
        )
        for row in rows
    )
    if guard:
        cells = (tuple(map(_guarded, row)) for row in cells)
    return _encode(cells)


def _encode(records: Iterable[Iterable[object]]) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(records)
    return buf.getvalue().encode("utf-8")


def write_csv(rows: Iterable[OutputRow], out: BinaryIO, guard: bool = True) -> int:
    out.write(csv_header())
    n = 0
    for row in rows:
        out.write(csv_lines((row,), guard))
        n += 1
    return n
