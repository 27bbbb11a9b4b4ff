"""``papercorpus.spark.dedup_frame``: the cleaner as a DataFrame transformation, for a job
that already has a ``SparkSession`` and its records in a DataFrame.

Each row is read like a row of a JSON file given to ``clean`` (``title``, ``abstract``,
``arxiv_id``, ``authors``, ``published``, ``doi``, urls..., nested structs and arrays
included: ``sources.structured``), its source being ``name`` and its 1-based place in the
records' order. Everything else is ``clean --engine spark``: the same stages on the
executors, the same merged rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..dates import file_dates
from ..dedup.engine import DedupOptions
from ..sources import ParseLog
from ..sources.structured.walk import Opts, Walker, to_record
from .read import COPY_SCHEMA, copy_rows
from .render import rendered
from .run import run_copies

MERGED_SCHEMA = "order long, id string, record string"
CLUSTERS_SCHEMA = "order long, id string, match string"


def dedup_frame(
    records: Any,
    options: DedupOptions | None = None,
    *,
    order: str | None = None,
    name: str = "<records>",
) -> tuple[Any, Any]:
    """Deduplicate the papers of the DataFrame ``records``.

    ``order`` names a column giving the records' order (first seen first; any sortable
    type, values distinct); without it, the order Spark holds the rows in
    (``monotonically_increasing_id``: a file's rows in file order). Returns two DataFrames:

    * merged records, one per paper: ``order`` (the place of its first record), ``id``
      and ``record``: the row as ``clean`` writes it to JSONL (``from_json`` parses it);
    * cluster assignments, one per record: ``order`` (its place, from 0), ``id`` (of the
      paper it went into) and ``match`` (``survivor``, ``exact`` or the rule that merged it).

    A row that is not a paper (no title) raises ``ValueError`` naming it, as
    ``papercorpus.api.dedup`` does. The DataFrames are cached; ``unpersist`` them when done.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    spark = records.sparkSession
    opts = options or DedupOptions()
    key = F.col(order) if order is not None else F.monotonically_increasing_id()
    ranked = records.withColumn("__order", key).orderBy("__order").drop("__order")
    numbered = ranked.rdd.zipWithIndex().mapPartitions(_to_copies(name))
    numbered = numbered.cache()
    bad = numbered.filter(lambda t: t[0] == "r").map(lambda t: t[1]).takeOrdered(1)
    if bad:
        numbered.unpersist()
        raise ValueError(bad[0][1])
    copies = spark.createDataFrame(numbered.filter(lambda t: t[0] == "c").map(lambda t: t[1]),
                                   COPY_SCHEMA)  # fmt: skip
    # The page dates of the records (few distinct values), for the year of a bare day.
    dates = [r.date for r in copies.select("date").distinct().collect()]
    found = run_copies(copies, opts, {0: file_dates(name, dates)}, ParseLog())
    numbered.unpersist()
    lines = rendered(found.matched, found.hints, "jsonl", lines=True)
    merged = lines.select(
        F.col("row_first").alias("order"),
        F.expr("substring(data, 1, length(data) - 1)").cast("string").alias("record"),
    ).select("order", F.get_json_object("record", "$.id").alias("id"), "record")
    row = Window.partitionBy("row_first")
    survivor = F.max(F.when(F.col("match") == "survivor", F.col("content"))).over(row)
    clusters = found.matched.select(
        "order", F.lower(F.hex(F.substring(survivor, 1, 10))).alias("id"), "match"
    )
    return merged.cache(), clusters.cache()


def _to_copies(name: str):
    def convert(rows: Iterator[Any]) -> Iterator[tuple]:
        window: list[Any] = []
        first = None
        for item, i in rows:
            log = ParseLog()
            found = Walker(None).walk(item.asDict(recursive=True))
            record = None
            if len(found) == 1:
                record = to_record(found[0], name, i + 1, log, Opts(None, None))
            if record is None:
                why = str(log.rejects[0]) if log.rejects else f"{name}:{i + 1}: not one paper"
                yield ("r", (i, why))
                continue
            if window and i != first + len(window):  # type: ignore[operator]
                yield from (("c", r) for r in copy_rows(window, first))  # type: ignore[arg-type]
                window = []
            if not window:
                first = i
            window.append(record)
            if len(window) == 2048:
                yield from (("c", r) for r in copy_rows(window, first))  # type: ignore[arg-type]
                window = []
        if window:
            yield from (("c", r) for r in copy_rows(window, first))  # type: ignore[arg-type]

    return convert
