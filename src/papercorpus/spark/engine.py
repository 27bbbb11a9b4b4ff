"""The Spark engine with the corpus on the driver, for ``--report``/``--html`` (which read
every cluster's texts from the local ``Corpus``): the heavy stages on the cluster, the
clusters resolved and the output written by the driver. ``run`` is the engine without it.

Executors parse, key (signatures included), group the candidate keys and verify the pairs.
The driver then streams the keyed copies back in input order (a file is one partition, so
partition order is input order: no sort) into a ``store.Corpus`` exactly as the local
ingest fills it (every row already keyed, nothing keyed again), and resolves the verified
pairs with the local engine's own ``dedup.engine.resolve``. What the output writers see is
therefore the local engine's corpus and result, so the output is byte-identical.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import orjson

from ..dedup.engine import DedupOptions, DedupResult, resolve
from ..dedup.verify import Decision
from ..keys import KeyedBatch, raw_key
from ..progress import NO_PROGRESS, Progress
from ..records import Record, Source
from ..sketch.signatures import NUM_BINS
from ..sources import BATCH, InputFile, ParseLog, ReadOptions
from ..store import CopyBatch, Corpus
from .candidates import candidate_pairs
from .exact import exact_pass
from .read import read_copies
from .verify import verify_pairs


@contextlib.contextmanager
def spark_dedup(
    spark: Any,
    files: Sequence[InputFile],
    read: ReadOptions,
    options: DedupOptions,
    log: ParseLog,
    progress: Progress = NO_PROGRESS,
) -> Iterator[tuple[Corpus, DedupResult | None]]:
    """The corpus of ``files`` and its dedup result (None when nothing was parsed); the
    files' parse logs are merged into ``log``."""
    copies, file_log = read_copies(spark, files, read)
    log.merge(file_log)
    progress.stage("dedup", None, "pairs")
    uniques, _ = exact_pass(copies)
    uniques = uniques.cache()
    try:
        pairs = candidate_pairs(uniques, options)
        decided = (
            verify_pairs(pairs, uniques, options)
            .where("rule IS NOT NULL OR related")
            .orderBy("a", "b")
            .collect()
        )
        # Spark knows a unique by its first copy's place; the corpus by its rank.
        known = np.array([r.u for r in uniques.select("u").orderBy("u").collect()], np.int64)
    finally:
        uniques.unpersist()
    corpus = driver_corpus(copies)
    try:
        result = None
        if corpus.n_copies:
            ends = np.searchsorted(known, [(r.a, r.b) for r in decided]).reshape(-1, 2)
            pair_list = [(a, b) for a, b in ends.tolist()]
            decisions = [Decision(r.rule, orjson.loads(r.scores), r.related) for r in decided]
            result = resolve(corpus, pair_list, decisions, options)
        yield corpus, result
    finally:
        corpus.close()


def driver_corpus(copies: Any, batch: int = BATCH) -> Corpus:
    """The local ``Corpus`` of the keyed copies, streamed to the driver in input order."""
    corpus = Corpus()
    try:
        rows = copies.rdd.toLocalIterator(prefetchPartitions=True)
        chunk: list[Any] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) == batch:
                corpus.add_batch(_copy_batch(chunk))
                chunk = []
        if chunk:
            corpus.add_batch(_copy_batch(chunk))
        corpus.seal()
    except BaseException:
        corpus.close()
        raise
    return corpus


def _copy_batch(rows: list[Any]) -> CopyBatch:
    records = [
        Record(
            r.title,
            r.abstract,
            Source(r.file, r.line, r.date),
            r.arxiv,
            tuple(r.flags or ()),
            orjson.loads(r.meta) if r.meta is not None else {},
        )
        for r in rows
    ]
    keyed = KeyedBatch(
        [bytes(r.content) for r in rows],
        [bytes(r.exact) if r.exact is not None else None for r in rows],
        np.array([r.title_hash for r in rows], np.int64).view(np.uint64),
        np.array([r.prefix_hash for r in rows], np.int64).view(np.uint64),
        np.array([r.weak for r in rows], bool),
        np.frombuffer(b"".join(r.sig for r in rows), "<u2").reshape(-1, NUM_BINS).astype(np.uint16),
        np.array([r.abstract_len for r in rows], np.int64),
        np.array([r.rank for r in rows], np.uint8),
    )
    return CopyBatch.of_records(
        records, [raw_key(r) for r in records], list(range(len(rows))), keyed
    )
