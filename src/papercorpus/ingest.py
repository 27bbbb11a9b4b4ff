"""Ingest: inputs -> parsed, keyed chunks -> the corpus (the exact pass).

Two ways through, with identical results:

* an ordinary file is one unit of work for a worker process, which parses it, recognises
  copies byte-identical to an earlier record of the same file or (probably) to one the corpus
  already holds, and keys the rest;
* stdin, and files too large to hand over whole, are parsed here as a stream, batch by batch,
  and only the keying goes to the workers (byte-identical copies of anything already in the
  corpus are recognised first and never keyed).

Units are consumed in input order, so the corpus, and everything after it, does not depend on
the number of workers.

Copies of records in *other* files (a fifth of a typical scrape) are recognised through a Bloom
filter of the raw hashes the corpus has registered (``store.RawFilter``), kept in the pool's
shared memory: the main process sets bits as it stores records, workers test before keying.
The filter is only a hint: a record a worker skipped whose raw hash the corpus does not know
when the chunk arrives (a false positive) is keyed here, so the corpus is the same with any
filter, full, empty or stale, and for any number of workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from itertools import islice
from operator import attrgetter
from typing import Any, BinaryIO

from .keys import WEAK_FLAGS, KeyedBatch, concat_keyed, key_batch, raw_key
from .parallel import Workers, shared_block
from .records import Record, Source
from .sources import BATCH, InputFile, ParseLog, ReadOptions, iter_records
from .store import Corpus, RawFilter

# Files larger than this (on disk) are streamed through this process instead of being parsed
# whole by one worker, so a single huge dump cannot hold all its text in memory at once.
WHOLE_FILE_LIMIT = 64 << 20
# Shared memory for the raw-hash filter (``Workers(jobs, shared_bytes=RAW_FILTER_BYTES)``):
# 128M bits, three probes: a false positive rate of ~1e-6 at a million unique texts and ~1e-3
# at ten million; each one costs only keying that record in the main process.
RAW_FILTER_BYTES = 1 << 24


@dataclass
class Chunk:
    """Records and the keys of the rows that need them (``fresh``)."""

    records: list[Record]
    raws: list[bytes]
    fresh: list[int]
    keyed: KeyedBatch

    def __reduce__(self) -> tuple[Any, ...]:
        # Every record of the input comes back from a worker: as flat tuples they pickle and
        # unpickle in half the time of dataclass instances, on the main process's clock too.
        packed = list(map(_pack_record, self.records))
        return _unpack_chunk, (packed, self.raws, self.fresh, self.keyed)


# Record fields in order, "source" flattened to Source's fields at the end (derived, so a new
# field travels too).
_RECORD_FIELDS = [f.name for f in fields(Record)]
_SOURCE_AT = _RECORD_FIELDS.index("source")
_N_OWN = len(_RECORD_FIELDS) - 1
_pack_record = attrgetter(
    *(n for n in _RECORD_FIELDS if n != "source"), *(f"source.{f.name}" for f in fields(Source))
)


def _unpack_chunk(
    packed: list[tuple[Any, ...]], raws: list[bytes], fresh: list[int], keyed: KeyedBatch
) -> Chunk:
    i, k = _SOURCE_AT, _N_OWN
    records = [Record(*t[:i], Source(*t[k:]), *t[i:k]) for t in packed]
    return Chunk(records, raws, fresh, keyed)


def _chunks_of_file(task: tuple[InputFile, ReadOptions]) -> tuple[list[Chunk], ParseLog]:
    """Worker side: parse and key a whole file."""
    inp, opts = task
    log = ParseLog()
    seen: set[bytes] = set()
    block = shared_block()
    known = RawFilter(block) if block is not None else None
    chunks = []
    records = iter_records(inp, opts, log)
    while batch := list(islice(records, BATCH)):
        raws = [raw_key(r) for r in batch]
        fresh = [
            i
            for i, (h, rec) in enumerate(zip(raws, batch, strict=True))
            if h not in seen and not (known and _probably_stored(h, rec, known))
        ]
        keyed = key_batch([batch[i] for i in fresh])
        # Only copies that can merge exactly may be skipped later (see Corpus.add_batch).
        seen.update(raws[i] for i, e in zip(fresh, keyed.exact, strict=True) if e is not None)
        chunks.append(Chunk(batch, raws, fresh, keyed))
    return chunks, log


def _probably_stored(raw: bytes, record: Record, known: RawFilter) -> bool:
    """Whether a record's text is (probably) stored already, so keying it can be skipped.
    A copy carrying a weak-abstract flag is keyed anyway: the flag can make its own exact key
    None (a copy kept on its own) where the stored copy's was not."""
    return raw in known and not WEAK_FLAGS.intersection(record.flags)


def _key_unknown_skips(chunk: Chunk, corpus: Corpus) -> Chunk:
    """Key here the rows a worker skipped as copies that neither the corpus nor an earlier row
    of the chunk will have registered when ``Corpus.add_batch`` reaches them: false positives
    of the raw filter. Keyed rows go through the normal path, so this only costs time."""
    row_of = dict(zip(chunk.fresh, range(len(chunk.fresh)), strict=True))
    registered: set[bytes] = set()  # raw hashes that earlier fresh rows of the chunk register
    missing = []
    for i, h in enumerate(chunk.raws):
        j = row_of.get(i)
        if j is not None:
            if chunk.keyed.exact[j] is not None:
                registered.add(h)
        elif h not in registered and not corpus.known_raw(h):
            missing.append(i)
    if not missing:
        return chunk
    keyed = concat_keyed([chunk.keyed, key_batch([chunk.records[i] for i in missing])])
    return Chunk(chunk.records, chunk.raws, chunk.fresh + missing, keyed)


def _streamed(
    inp: InputFile,
    opts: ReadOptions,
    log: ParseLog,
    corpus: Corpus,
    workers: Workers,
    stdin: BinaryIO | None,
) -> Iterator[Chunk]:
    return _keyed_stream(iter_records(inp, opts, log, stdin), corpus, workers)


def _keyed_stream(
    records: Iterable[Record], corpus: Corpus, workers: Workers, batch: int = BATCH
) -> Iterator[Chunk]:
    """Records parsed in this process, keyed by the workers batch by batch; copies
    byte-identical to anything already stored are never keyed."""

    def batches() -> Iterator[tuple[tuple[list[Record], list[bytes], list[int]], list[Record]]]:
        it = iter(records)
        while chunk := list(islice(it, batch)):
            raws = [raw_key(r) for r in chunk]
            fresh = [i for i, h in enumerate(raws) if not corpus.known_raw(h)]
            yield (chunk, raws, fresh), [chunk[i] for i in fresh]

    for (chunk, raws, fresh), keyed in workers.map(key_batch, batches()):
        yield Chunk(chunk, raws, fresh, keyed)


def ingest_records(records: Iterable[Record], workers: Workers, batch: int = BATCH) -> Corpus:
    """In-memory records into a new, sealed ``Corpus`` (the library path of ``ingest``)."""
    corpus = Corpus()
    try:
        for chunk in _keyed_stream(records, corpus, workers, batch):
            corpus.add_batch(chunk.records, chunk.raws, chunk.fresh, chunk.keyed)
        corpus.seal()
    except BaseException:
        corpus.close()
        raise
    return corpus


def _whole(inp: InputFile) -> bool:
    if inp.path is None:
        return False
    try:
        return inp.path.stat().st_size <= WHOLE_FILE_LIMIT
    except OSError:
        return True  # let the parser report it with the file's name


def ingest(
    inputs: list[InputFile],
    opts: ReadOptions,
    log: ParseLog,
    workers: Workers,
    stdin: BinaryIO | None = None,
    progress: Callable[[int], None] | None = None,
) -> Corpus:
    """Parse and key every input into a new, sealed ``Corpus``.

    ``workers`` made with ``shared_bytes=RAW_FILTER_BYTES`` (any size works) let workers skip
    copies of records of earlier files; without shared memory every such copy is keyed."""
    raw_filter = RawFilter(workers.shared) if workers.shared is not None else None
    if raw_filter is not None:
        raw_filter.clear()  # the pool may have served an earlier corpus
    corpus = Corpus(raw_filter=raw_filter)
    try:
        for chunk in _all_chunks(inputs, opts, log, corpus, workers, stdin):
            chunk = _key_unknown_skips(chunk, corpus)
            corpus.add_batch(chunk.records, chunk.raws, chunk.fresh, chunk.keyed)
            if progress:
                progress(len(chunk.records))
        corpus.seal()
    except BaseException:
        corpus.close()
        raise
    return corpus


def _all_chunks(
    inputs: list[InputFile],
    opts: ReadOptions,
    log: ParseLog,
    corpus: Corpus,
    workers: Workers,
    stdin: BinaryIO | None,
) -> Iterator[Chunk]:
    i = 0
    while i < len(inputs):
        if not _whole(inputs[i]):
            yield from _streamed(inputs[i], opts, log, corpus, workers, stdin)
            i += 1
            continue
        j = i
        while j < len(inputs) and _whole(inputs[j]):
            j += 1
        tasks = ((None, (inp, opts)) for inp in inputs[i:j])
        for _, (chunks, file_log) in workers.map(_chunks_of_file, tasks):
            log.merge(file_log)
            yield from chunks
        i = j
