"""CSV writer: header row, RFC 4180 quoting (minimal), ``\\n`` line ends, UTF-8 without BOM.

``sources`` is flattened to ``file:line;file:line`` (provenance dates and match rules are in
the JSONL output and the cluster report).
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


def csv_lines(rows: Iterable[OutputRow]) -> bytes:
    """The CSV bytes of ``rows``, without the header."""
    return _encode(
        (
            row.id,
            row.title,
            row.abstract,
            ";".join(f"{s.file}:{s.line}" for s in row.sources),
            row.arxiv_id or "",
        )
        for row in rows
    )


def _encode(records: Iterable[Iterable[object]]) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(records)
    return buf.getvalue().encode("utf-8")


def write_csv(rows: Iterable[OutputRow], out: BinaryIO) -> int:
    out.write(csv_header())
    n = 0
    for row in rows:
        out.write(csv_lines((row,)))
        n += 1
    return n
