"""Output rows rendered by the executors with the local writer's own ``output.render_block``.

Every copy learns its output row (the survivor of its cluster) and how it joined it
(``survivor``, ``exact`` or the rule), the local ``Clusters.match``. A row's place is the
input order of its first copy (``row_first``): the local engine writes rows in that order.
The copies are range-partitioned by ``row_first`` and sorted by ``(row_first, order)``, so
a partition holds whole rows, partitions follow each other in output order and, inside one,
rows and their copies come in the local order. Each partition then builds the local
``RenderTask`` of its rows (texts and fields through a small spill file of its own, dates
resolved with their file's ``FileDates``) and calls ``render_block``: the same bytes.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import tempfile
from collections.abc import Iterator
from typing import Any

import numpy as np
import orjson

from ..dates import FileDates, iso_date
from ..keys import content_id
from ..output import ROWS_PER_BLOCK, RenderTask, render_block
from ..spill import close_readers, spill_row
from .read import ORDER_BITS

BLOCK_SCHEMA = "row_first long, data binary"
# The copy columns a row is rendered from.
COPY_COLUMNS = (
    "row_first", "order", "file", "line", "date", "title", "abstract", "flags", "meta",
    "content", "rank", "match", "row_arxiv",
)  # fmt: skip
_names = itertools.count()


def copy_matches(copies: Any, uniques: Any, copy_unique: Any, resolved: Any) -> Any:
    """Per copy, its columns and: ``match``, ``row_first`` (the order of the first copy of
    its row: its cluster's, the cluster being the survivor unique) and ``row_arxiv``: the
    survivor's id, else the first id of the row's texts in copy order
    (``output._arxiv_ids``)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    per_unique = uniques.select("u", "first", F.col("arxiv").alias("u_arxiv")).join(
        resolved.select("u", "cluster", "rule"), "u", "left"
    )
    per_unique = per_unique.withColumn("cluster", F.coalesce("cluster", "u"))
    own = F.col("cluster") == F.col("u")
    match = F.when(own, F.when(F.col("order") == F.col("first"), "survivor").otherwise("exact"))
    match = match.otherwise(F.coalesce("rule", F.lit("exact")))
    row = Window.partitionBy("cluster")
    has_id = F.col("u_arxiv").isNotNull() & (F.col("u_arxiv") != "")
    first_id = F.min(F.when(has_id, F.struct("order", "u_arxiv"))).over(row)
    survivor_id = F.max(F.when((F.col("match") == "survivor") & has_id, F.col("u_arxiv"))).over(row)
    # Each copy's row from narrow columns first (a window by cluster over a few numbers per
    # copy); the copies' texts are joined once, at the end: every shuffle of them costs
    # about their size (a KB per record), those of the narrow columns a few bytes.
    rows = (
        copy_unique.join(per_unique, "u")
        .withColumn("match", match)
        .withColumn("row_first", F.min("order").over(row))
        .withColumn("row_arxiv", F.coalesce(survivor_id, first_id.getField("u_arxiv")))
        .select("order", "match", "row_first", "row_arxiv")
    )
    return copies.join(rows, "order")


def rendered(
    matched: Any,
    hints: dict[int, FileDates],
    fmt: str,
    columns: tuple[str, ...] | None = None,
    csv_guard: bool = True,
    lines: bool = False,
) -> Any:
    """``(row_first, data)``: the rows rendered in blocks (``lines``: one JSONL row each),
    partitions in output order, blocks in order inside each."""
    parts = int(matched.sparkSession.conf.get("spark.sql.shuffle.partitions"))
    ordered = (
        matched.select(*COPY_COLUMNS)
        .repartitionByRange(parts, "row_first")
        .sortWithinPartitions("row_first", "order")
    )
    return ordered.mapInPandas(_render(hints, fmt, columns, csv_guard, lines), BLOCK_SCHEMA)


def _render(
    hints: dict[int, FileDates],
    fmt: str,
    columns: tuple[str, ...] | None,
    csv_guard: bool,
    lines: bool,
):
    import pandas as pd

    def blocks(batches: Iterator[Any]) -> Iterator[Any]:
        carry = None
        for df in batches:
            if carry is not None:
                df = pd.concat([carry, df], ignore_index=True)
            if not len(df):
                continue
            # The last row may go on in the next batch: held back until it is whole.
            firsts = df["row_first"].to_numpy(np.int64)
            cut = int(np.searchsorted(firsts, firsts[-1]))
            carry = df.iloc[cut:].reset_index(drop=True)
            if cut:
                yield from _blocks(df.iloc[:cut], hints, fmt, columns, csv_guard, lines)
        if carry is not None and len(carry):
            yield from _blocks(carry, hints, fmt, columns, csv_guard, lines)

    return blocks


def _blocks(
    df: Any,
    hints: dict[int, FileDates],
    fmt: str,
    columns: tuple[str, ...] | None,
    csv_guard: bool,
    lines: bool,
) -> Iterator[Any]:
    import pandas as pd

    firsts = df["row_first"].to_numpy(np.int64)
    starts = np.flatnonzero(np.r_[True, firsts[1:] != firsts[:-1]])
    bounds = np.r_[starts, len(df)]
    for r0 in range(0, len(starts), ROWS_PER_BLOCK):
        r1 = min(r0 + ROWS_PER_BLOCK, len(starts))
        block = df.iloc[bounds[r0] : bounds[r1]]
        data = _render_rows(block, bounds[r0 : r1 + 1] - bounds[r0], hints, fmt, columns,
                            csv_guard)  # fmt: skip
        row_first = firsts[starts[r0:r1]]
        if lines:
            yield pd.DataFrame({"row_first": row_first, "data": data.splitlines(keepends=True)})
        else:
            yield pd.DataFrame({"row_first": row_first[:1], "data": [data]})


def _render_rows(
    block: Any,
    bounds: np.ndarray,
    hints: dict[int, FileDates],
    fmt: str,
    columns: tuple[str, ...] | None,
    csv_guard: bool,
) -> bytes:
    """The local ``RenderTask`` of whole rows (copies in order) and its rendered bytes."""
    matches = block["match"].tolist()
    names = list(dict.fromkeys(["survivor", "exact", *matches]))
    code_of = {n: i for i, n in enumerate(names)}
    metas = block["meta"].tolist()
    orders = block["order"].to_numpy(np.int64)
    raws = block["date"].tolist()
    copy_hints = [hints[o >> ORDER_BITS] for o in orders.tolist()]
    dates = []
    for raw, hint in zip(raws, copy_hints, strict=True):
        iso = hint.day if raw is None else iso_date(raw, hint)
        dates.append((iso, None if raw == iso else raw))
    n_rows = len(bounds) - 1
    # Per row the copy that is its survivor's first (every row has one: its cluster's
    # survivor text has a first copy, and that copy is in the row).
    survivor = [
        next(c for c in range(bounds[i], bounds[i + 1]) if matches[c] == "survivor")
        for i in range(n_rows)
    ]
    fd, path = tempfile.mkstemp(prefix=f"papercorpus-{os.getpid()}-{next(_names)}-",
                                suffix=".spill")  # fmt: skip
    try:
        titles, abstracts, flags = block["title"], block["abstract"], block["flags"]
        spill = []
        offset = 0
        locs = []
        for c in survivor:
            meta = orjson.loads(metas[c]) if metas[c] is not None else None
            f = list(flags.iloc[c]) if flags.iloc[c] is not None else []
            line = spill_row(titles.iloc[c], abstracts.iloc[c], f, meta)
            locs.append(offset)
            spill.append(line)
            offset += len(line)
        copy_locs = np.full(len(block), -1, np.int64)
        for c, meta in enumerate(metas):
            if meta is not None:
                line = spill_row("", "", [], orjson.loads(meta))
                copy_locs[c] = offset
                spill.append(line)
                offset += len(line)
        with os.fdopen(fd, "wb") as fh:
            fh.write(b"".join(spill))
        contents = block["content"].tolist()
        task = RenderTask(
            fmt,
            [path],
            locs,
            [content_id(bytes(contents[c])) for c in survivor],
            block["row_arxiv"].iloc[bounds[:-1]].tolist(),
            bounds.astype(np.int64),
            block["file"].tolist(),
            np.arange(len(block)),
            copy_hints,
            block["line"].to_numpy(np.int64),
            dates,
            np.arange(len(block)),
            names,
            np.array([code_of[m] for m in matches], np.int64),
            [int(block["rank"].iloc[c]) for c in survivor],
            copy_locs,
            columns,
            csv_guard,
        )
        return render_block(task)
    finally:
        close_readers()  # the spill file's reader: the file goes now
        with contextlib.suppress(OSError):
            os.unlink(path)
