"""Inputs -> a DataFrame of keyed copies, parsed by the executors.

Each input file is one task: it is parsed whole by the project's own parser (so line numbers,
page dates and a page's running state are exactly the local engine's) and keyed by
``keys.key_batch`` a window at a time. A copy's place in the input order is
``file index << 32 | position in its file``: the local engine's copy order, as one number.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from ..keys import key_batch
from ..records import Record
from ..sources import BATCH, InputFile, ParseLog, ReadOptions, iter_records

# One row per parsed copy. ``meta`` is its fields as JSON (None when it has none); ``sig``
# the little-endian uint16 signature; hashes are the uint64 keys seen as int64.
COPY_SCHEMA = (
    "order long, file string, line int, date string, title string, abstract string, "
    "arxiv string, flags array<string>, meta binary, content binary, exact binary, "
    "title_hash long, prefix_hash long, weak boolean, sig binary, abstract_len long, "
    "rank int"
)
ORDER_BITS = 32


def copy_rows(records: Sequence[Record], first: int) -> Iterator[tuple]:
    """Rows of ``COPY_SCHEMA`` for ``records``, numbered from ``first``."""
    keyed = key_batch(list(records))
    title_hash = keyed.title_hash.view(np.int64).tolist()
    prefix_hash = keyed.prefix_hash.view(np.int64).tolist()
    weak = keyed.weak.tolist()
    sig = keyed.sig.astype("<u2", copy=False)
    abstract_len = keyed.abstract_len.tolist()
    rank = keyed.rank.tolist()
    for i, r in enumerate(records):
        yield (
            first + i,
            r.source.file,
            r.source.line,
            r.source.date,
            r.title,
            r.abstract,
            r.arxiv_id,
            list(r.flags),
            orjson.dumps(r.meta) if r.meta else None,
            keyed.content[i],
            keyed.exact[i],
            title_hash[i],
            prefix_hash[i],
            weak[i],
            sig[i].tobytes(),
            abstract_len[i],
            rank[i],
        )


def _parse_files(tasks: Iterator[tuple[int, str, str, ReadOptions]]) -> Iterator[tuple]:
    """Executor side: ``("c", row)`` per copy, then ``("l", pickled ParseLog)`` per file."""
    for index, display, path, opts in tasks:
        log = ParseLog()
        records = iter_records(InputFile(display, Path(path)), opts, log)
        seq = index << ORDER_BITS
        while window := list(islice(records, BATCH)):
            for row in copy_rows(window, seq):
                yield ("c", row)
            seq += len(window)
        yield ("l", pickle.dumps((index, log)))


def read_copies(spark: Any, files: Sequence[InputFile], opts: ReadOptions) -> tuple[Any, ParseLog]:
    """The keyed copies of ``files`` (a cached DataFrame) and their merged parse log (the
    files' logs in input order, as the local engine merges them)."""
    from pyspark import StorageLevel

    if any(f.path is None for f in files):
        raise ValueError("the Spark engine reads files, not stdin")
    tasks = [(i, f.display, str(f.path), opts) for i, f in enumerate(files)]
    rdd = spark.sparkContext.parallelize(tasks, max(1, len(tasks))).mapPartitions(_parse_files)
    rdd = rdd.persist(StorageLevel.MEMORY_AND_DISK)
    logs = sorted(pickle.loads(b) for kind, b in rdd.filter(lambda t: t[0] == "l").collect())
    copies = spark.createDataFrame(
        rdd.filter(lambda t: t[0] == "c").map(lambda t: t[1]), COPY_SCHEMA
    )
    return copies, merge_logs([log for _, log in logs])


def merge_logs(logs: Sequence[ParseLog]) -> ParseLog:
    """One log of many, in input order (as the local ingest merges them file by file)."""
    out = ParseLog()
    for log in logs:
        out.merge(log)
    return out
