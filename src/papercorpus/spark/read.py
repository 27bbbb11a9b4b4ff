"""Inputs -> a DataFrame of keyed copies, parsed by the executors.

Each input file is one task: it is parsed whole by the project's own parser (so line numbers,
page dates and a page's running state are exactly the local engine's) and keyed by
``keys.key_batch`` a window at a time. A copy's place in the input order is
``file index << 32 | position in its file``: the local engine's copy order, as one number.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from ..dates import FileDates, file_dates
from ..keys import key_batch
from ..records import Record
from ..sources import BATCH, InputError, InputFile, ParseLog, ReadOptions, iter_records
from .uris import UriFile

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


def _parse_files(tasks: Iterator[tuple]) -> Iterator[tuple]:
    """Executor side, per ``(index, display, path, options, bytes or None, found)``: ``("c", row)``
    per copy, then ``("l", pickled (index, ParseLog, FileDates))`` per file: the year its
    dates are read in, from all of its page dates (as ``output._resolve_dates`` finds it)."""
    for index, display, path, opts, data, found in tasks:
        log = ParseLog()
        try:
            with _local_copy(path, data) as local:
                yield from _parse_file(index, InputFile(display, Path(local), found), opts, log)
        except InputError as exc:
            # An unreadable input fails the run as it does locally (one line, exit 1): sent
            # to the driver as data, raised there in input order.
            yield ("e", pickle.dumps((index, exc)))


@contextlib.contextmanager
def _local_copy(path: str | None, data: bytes | None) -> Iterator[str]:
    """``path``, or for a file Spark read (``data``) a temporary copy of its bytes."""
    if data is None:
        yield path  # type: ignore[misc]
        return
    fd, tmp = tempfile.mkstemp(prefix="papercorpus-input-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        yield tmp
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _parse_file(index: int, inp: InputFile, opts: ReadOptions, log: ParseLog) -> Iterator[tuple]:
    display = inp.display
    records = iter_records(inp, opts, log)
    seq = index << ORDER_BITS
    dates: set[str | None] = set()
    while window := list(islice(records, BATCH)):
        dates.update(r.source.date for r in window)
        for row in copy_rows(window, seq):
            yield ("c", row)
        seq += len(window)
    # A record's source file is its input's display name.
    yield ("l", pickle.dumps((index, log, file_dates(display, dates))))


def read_copies(spark: Any, files: Sequence[InputFile], opts: ReadOptions) -> tuple[Any, ParseLog]:
    """The keyed copies of ``files`` (a cached DataFrame) and their merged parse log (the
    files' logs in input order, as the local engine merges them)."""
    copies, log, _ = read_files(spark, files, opts)
    return copies, log


def read_files(
    spark: Any, files: Sequence[InputFile], opts: ReadOptions
) -> tuple[Any, ParseLog, dict[int, FileDates]]:
    """``read_copies``, and per file index its ``FileDates`` (one small object per file)."""
    from pyspark import StorageLevel

    sc = spark.sparkContext
    uris = {f.uri: i for i, f in enumerate(files) if isinstance(f, UriFile) and f.uri}
    if any(f.path is None and i not in uris.values() for i, f in enumerate(files)):
        raise ValueError("the Spark engine reads files, not stdin")
    tasks = [(i, f.display, str(f.path), opts, None, f.found) for i, f in enumerate(files)
             if i not in uris.values()]  # fmt: skip
    rdd = sc.parallelize(tasks, max(1, len(tasks))) if tasks else sc.emptyRDD()
    if uris:
        displays = {i: files[i].display for i in uris.values()}
        founds = {i: files[i].found for i in uris.values()}
        read = sc.binaryFiles(",".join(uris), minPartitions=len(uris))
        rdd = rdd.union(
            read.map(
                lambda kv: (
                    uris[kv[0]],
                    displays[uris[kv[0]]],
                    None,
                    opts,
                    kv[1],
                    founds[uris[kv[0]]],
                )  # fmt: skip
            )
        )
    rdd = rdd.mapPartitions(_parse_files)
    # On disk: the pickled rows are read twice (the logs, then the DataFrame), and a
    # corpus's worth of them in the JVM heap is what runs an executor out of memory.
    rdd = rdd.persist(StorageLevel.DISK_ONLY)
    found = [(kind, pickle.loads(b)) for kind, b in rdd.filter(lambda t: t[0] != "c").collect()]
    errors = sorted((item for kind, item in found if kind == "e"), key=lambda t: t[0])
    if errors:
        rdd.unpersist()
        raise errors[0][1]
    logs = sorted((item for kind, item in found if kind == "l"), key=lambda t: t[0])
    copies = spark.createDataFrame(
        rdd.filter(lambda t: t[0] == "c").map(lambda t: t[1]), COPY_SCHEMA
    )
    hints = {index: hint for index, _, hint in logs}
    return copies, merge_logs([log for _, log, _ in logs]), hints


def merge_logs(logs: Sequence[ParseLog]) -> ParseLog:
    """One log of many, in input order (as the local ingest merges them file by file)."""
    out = ParseLog()
    for log in logs:
        out.merge(log)
    return out
