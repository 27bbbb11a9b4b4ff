"""Rendered JSONL rows as typed Arrow batches, for part files in Parquet: the columns and
types of the single-file Parquet writer (``sinks.parquet``), converted by the executors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..fields import OUTPUT_ORDER
from ..sinks.parquet import arrow_schema, jsonl_table


def parquet_rows(lines: Any, columns: tuple[str, ...] | None) -> Any:
    """A DataFrame of the output rows (typed columns) from ``render.rendered(lines=True)``."""
    from pyspark.sql.pandas.types import from_arrow_schema

    cols = tuple(columns or OUTPUT_ORDER)
    schema = arrow_schema(cols)

    def convert(batches: Iterator[Any]) -> Iterator[Any]:
        for batch in batches:
            table = jsonl_table(batch.column("data").to_pylist(), cols, schema)
            if table is not None:
                yield from table.to_batches()

    return lines.select("data").mapInArrow(convert, from_arrow_schema(schema))
