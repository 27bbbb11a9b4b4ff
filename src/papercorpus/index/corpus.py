"""The engine's corpus of one incremental run: the stored copies of the papers today's
records reach, then today's records, keyed once each.

``ingest.ingest_records`` over those records would key every one of them again; here a new
record keeps the keys the lookup made for it, and a stored copy of a signed text takes the
keys the index stored for that text (``tables.StoredKeys``): only stored copies of weak
texts, whose exact key depends on each copy's authors, are keyed again.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterator, Sequence

import numpy as np

from ..keys import KeyedBatch, concat_keyed, key_batch, raw_key, text_rank
from ..parallel import Workers
from ..records import Record
from ..sketch.signatures import NUM_BINS, SIG_DTYPE
from ..sources import BATCH
from ..store import CopyBatch, Corpus
from .tables import StoredCopy

# Copies up to which a run in one process keeps the engine corpus's texts in memory
# (``store.Corpus(in_memory=True)``: ~1 KB a listing copy) instead of a spill directory:
# a day's run (a few hundred new records and the copies they reach) makes and removes no
# directory or file; a rebuild's batches and large runs spill as ``clean`` does.
MEMORY_COPIES = 20_000


def key_all(records: Sequence[Record], workers: Workers) -> KeyedBatch:
    chunks = ((None, list(records[i : i + BATCH])) for i in range(0, len(records), BATCH))
    parts = [keyed for _, keyed in workers.map(key_batch, chunks)]
    return concat_keyed(parts) if parts else key_batch([])


def keyed_rows(keyed: KeyedBatch, rows: list[int]) -> KeyedBatch:
    """The keys of ``rows`` of ``keyed``, in that order."""
    idx = np.asarray(rows, dtype=np.int64)
    # (mypy checks ``**`` of a dict against every field with the union of its values' types)
    return KeyedBatch(
        **{  # type: ignore[arg-type]
            f.name: (
                getattr(keyed, f.name)[idx]
                if isinstance(getattr(keyed, f.name), np.ndarray)
                else [getattr(keyed, f.name)[i] for i in rows]
            )
            for f in dataclasses.fields(KeyedBatch)
        }
    )


def known_keys(known: Sequence[StoredCopy], rows: list[int], keyed: KeyedBatch) -> KeyedBatch:
    """The keys of the stored copies ``rows`` of ``known``, in that order: those of a signed
    text as it was stored (what ``key_batch`` gives its record: a stored copy carries its
    text's first copy's title and abstract, whose keys those are), the others (weak texts,
    whose exact key depends on each copy's authors) from ``keyed``, one after the other."""
    n = len(rows)
    if not n:
        return keyed
    content: list[bytes] = []
    exact: list[bytes | None] = []
    title_hash = np.zeros(n, dtype=np.int64)
    prefix_hash = np.zeros(n, dtype=np.int64)
    weak = np.zeros(n, dtype=bool)
    sig = np.empty((n, keyed.sig.shape[1] if len(keyed) else NUM_BINS), dtype=SIG_DTYPE)
    rank = np.zeros(n, dtype=np.uint8)
    abstract_len = np.fromiter(
        (len(known[c].record.abstract) for c in rows), dtype=np.int64, count=n
    )
    j = 0
    for i, c in enumerate(rows):
        k = known[c].keys
        if k is None:
            content.append(keyed.content[j])
            exact.append(keyed.exact[j])
            title_hash[i] = keyed.title_hash[j : j + 1].view(np.int64)[0]
            prefix_hash[i] = keyed.prefix_hash[j : j + 1].view(np.int64)[0]
            weak[i] = keyed.weak[j]
            sig[i] = keyed.sig[j]
            rank[i] = keyed.rank[j]
            j += 1
            continue
        content.append(k.content)
        exact.append(k.content)  # a signed text is not weak: its exact key is its content
        # Its rank is not stored: a cut abstract ranks below the complete one (``key_batch``),
        # so a paper whose survivor was cut is improved when a complete copy arrives.
        rank[i] = text_rank(known[c].record, weak=False)
        title_hash[i] = k.title_hash or 0
        prefix_hash[i] = k.prefix_hash or 0
        sig[i] = np.frombuffer(k.sig, dtype="<u2")
    return KeyedBatch(
        content, exact, title_hash.view(np.uint64), prefix_hash.view(np.uint64), weak, sig,
        abstract_len, rank,
    )  # fmt: skip


@contextlib.contextmanager
def engine_corpus(
    combined: list[Record],
    known: Sequence[StoredCopy],
    new_keys: KeyedBatch,
    workers: Workers,
) -> Iterator[Corpus]:
    """``ingest_records(combined)`` with the keys the lookup made for the records after the
    stored copies ``known`` (``new_keys``) and the keys the index stored for the signed
    texts of ``known``, so each new record is keyed once and a stored one only when its
    text is weak: the same batches, raw-key filter and corpus as ``ingest_records``
    (its texts in memory when it is small and nothing runs in another process)."""
    corpus = Corpus(in_memory=workers.jobs == 1 and len(combined) <= MEMORY_COPIES)
    n_known = len(known)

    Batch = tuple[int, list[Record], list[bytes], list[int]]

    def batches() -> Iterator[tuple[Batch, list[Record]]]:
        for start in range(0, len(combined), BATCH):
            chunk = combined[start : start + BATCH]
            raws = [raw_key(r) for r in chunk]
            fresh = [i for i, h in enumerate(raws) if not corpus.known_raw(h)]
            yield (
                (start, chunk, raws, fresh),
                [chunk[i] for i in fresh if start + i < n_known and known[start + i].keys is None],
            )

    with corpus.filling(workers.stop_now):
        for (start, chunk, raws, fresh), weak_keys in workers.map(key_batch, batches()):
            old = [start + i for i in fresh if start + i < n_known]
            old_keys = known_keys(known, old, weak_keys)
            rows = [start + i - n_known for i in fresh if start + i >= n_known]
            keyed = concat_keyed([old_keys, keyed_rows(new_keys, rows)]) if rows else old_keys
            corpus.add_batch(CopyBatch.of_records(chunk, raws, fresh, keyed))
    with corpus:
        yield corpus
