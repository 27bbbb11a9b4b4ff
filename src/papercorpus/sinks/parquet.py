"""Parquet writer (optional pyarrow): typed columns, one row group per rendered block.

``authors``, ``categories`` and ``urls`` are ``list<string>``, counts ``int64``, dates ISO
strings (a bare year is a valid value, so not ``date32``), ``sources`` a
``list<struct<file, line, date, match, date_raw>>`` and ``extra`` the JSON text of the
object (its keys differ from row to row). Absent fields are nulls.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

import orjson

from ..fields import BY_NAME, OUTPUT_ORDER


def arrow_schema(columns: Sequence[str]) -> Any:
    import pyarrow as pa

    source = pa.struct([
        ("file", pa.string()), ("line", pa.int64()), ("date", pa.string()),
        ("match", pa.string()), ("date_raw", pa.string()),
    ])  # fmt: skip

    def typ(name: str) -> Any:
        if name == "sources":
            return pa.list_(source)
        f = BY_NAME.get(name)
        if f is not None and f.type == "int":
            return pa.int64()
        if f is not None and f.type == "list[str]":
            return pa.list_(pa.string())
        return pa.string()

    return pa.schema([(name, typ(name)) for name in columns])


def jsonl_table(lines: Sequence[bytes], columns: Sequence[str], schema: Any = None) -> Any:
    """The pyarrow table of rendered JSONL rows (None for none): the typed columns."""
    import pyarrow as pa

    rows = [orjson.loads(line) for line in lines]
    if not rows:
        return None
    data = {c: [r.get(c) for r in rows] for c in columns}
    if "extra" in data:
        data["extra"] = [None if v is None else orjson.dumps(v).decode() for v in data["extra"]]
    return pa.table(data, schema=schema if schema is not None else arrow_schema(columns))


class ParquetSink:
    """Rows in, as the JSONL blocks the renderers make; a row group per block."""

    def __init__(self, out: BinaryIO, columns: Sequence[str] | None) -> None:
        import pyarrow.parquet as pq

        self.columns = tuple(columns or OUTPUT_ORDER)
        self.schema = arrow_schema(self.columns)
        self.writer = pq.ParquetWriter(out, self.schema, compression="zstd")

    def write_jsonl(self, block: bytes) -> None:
        table = jsonl_table(block.splitlines(), self.columns, self.schema)
        if table is not None:
            self.writer.write_table(table)

    def close(self) -> None:
        self.writer.close()
