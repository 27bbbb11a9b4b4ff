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


def write_csv(rows: Iterable[OutputRow], out: BinaryIO) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(COLUMNS)
        n = 0
        for row in rows:
            sources = ";".join(f"{s.file}:{s.line}" for s in row.sources)
            writer.writerow((row.id, row.title, row.abstract, sources, row.arxiv_id or ""))
            n += 1
        text.flush()
        return n
    finally:
        text.detach()  # leave the underlying stream open for the caller
