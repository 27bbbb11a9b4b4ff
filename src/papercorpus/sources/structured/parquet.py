"""Parquet tables: one row a record, read as a JSONL line holding the row's object is read.

``clean -o papers.parquet`` writes them and Hugging Face datasets ship them, so a
corpus written yesterday, or a dataset's dump, is an input like any other. The row's
provenance line is its 1-based row number. Read a row group at a time (pyarrow's batches),
never the whole table. pyarrow is the ``parquet`` extra: without it the file is an input
error that says so.
"""

from __future__ import annotations

import base64
import datetime as _dt
import decimal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...records import Record
from ..base import InputError, ParseLog
from .walk import Opts, Walker, to_record

__all__ = ["parquet_rows", "parse_parquet"]

BATCH_ROWS = 1024


def parquet_rows(path: Path, display: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(row number, the row as a JSON object)`` for each row of the Parquet file; raises
    ``InputError`` when pyarrow is missing or the file cannot be read as Parquet."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(
            display, "a Parquet file: reading it needs pyarrow (pip install 'papercorpus[parquet]')"
        ) from None
    n = 0
    try:
        with pq.ParquetFile(path) as table:
            for batch in table.iter_batches(batch_size=BATCH_ROWS):
                for row in batch.to_pylist():
                    n += 1
                    yield n, {str(k): _jsonable(v) for k, v in row.items()}
    except (pa.ArrowException, OSError) as exc:
        where = f"after {n:,} rows: " if n else ""
        raise InputError(display, f"invalid Parquet file: {where}{exc}") from None


def parse_parquet(
    path: Path,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """The records of a Parquet table, each row read as ``parse_jsonl`` reads one object."""
    opts = Opts(title_field, abstract_field)
    walker = Walker(title_field)
    for rowno, row in parquet_rows(path, file):
        for found in walker.walk(row):
            record = to_record(found, file, rowno, log, opts)
            if record is not None:
                yield record


def _jsonable(value: Any) -> Any:
    """A cell as JSON would hold it: dates and times in ISO 8601, bytes as text (base64
    where they are not UTF-8), decimals as their digits; lists and structs item by item
    (a struct's null field stays: a table cannot tell it from one never written)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple):  # (a map column: a list of (key, value) pairs)
        return [_jsonable(v) for v in value]
    if isinstance(value, _dt.date | _dt.time):  # (datetime is a date)
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return value.total_seconds()
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return str(value)
