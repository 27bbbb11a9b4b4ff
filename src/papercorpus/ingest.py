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

Copies of records in *other* files (a fifth of a typical scrape) are recognised through a
table of known raw hashes (``store.RawFilter``) in the pool's shared memory: the main process
enters what the corpus registers, workers enter what they parse (and then key), tagged with
their input's place in the order, and test before keying whether an earlier input entered the
same text.
The table is only a hint: a record a worker skipped whose raw hash the corpus does not know
when the chunk arrives (a collision, or an earlier input that failed) is keyed here, so the
corpus is the same with any table, full, empty or stale, and for any number of workers.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain, islice
from typing import BinaryIO

import numpy as np

from .keys import WEAK_FLAGS, concat_keyed, key_batch, raw_key
from .parallel import Workers, shared_block
from .progress import NO_PROGRESS, Progress
from .records import Record, Source
from .sources import BATCH, InputFile, ParseLog, ReadOptions, iter_records
from .spill import SpillFile, read_spill, spill_row, spill_writer
from .store import CopyBatch, Corpus, RawFilter

# Files larger than this (on disk) are streamed through this process instead of being parsed
# whole by one worker, so a single huge dump cannot hold all its text in memory at once.
WHOLE_FILE_LIMIT = 64 << 20
# Shared memory for the raw-hash table (``Workers(jobs, shared_bytes=RAW_FILTER_BYTES)``):
# 4M entries, so at a million distinct texts ~1 in 8 has lost its entry to another text of
# the same slot (its copies are keyed again, as without a table); a wrong skip needs a
# 40-bit fingerprint to match as well and costs only keying that record here.
RAW_FILTER_BYTES = 1 << 25
# Records a worker parses before it keys any of them (a day's page is ~3,500): its texts are
# in the raw-hash table before it tests any against the table, and before the worker of the
# next input, which starts about as late as this one, tests its own.
PARSE_AHEAD = 4 * BATCH


def _chunks_of_files(
    task: tuple[list[InputFile], ReadOptions, str, int],
) -> tuple[list[CopyBatch], ParseLog]:
    """Worker side: parse and key whole files, one after another (``order``: the first
    one's place among the inputs). Texts go to this process's spill file, so only keys and
    provenance travel back to the main process.

    Small files travel together: their records are keyed in batches across files, so a
    file of one record costs no pool round trip, result, flush or keying call of its own.
    Which rows a worker skips as copies never changes the corpus (see ``Corpus.add_batch``
    and ``_key_unknown_skips``), so neither does how the files are grouped."""
    inputs, opts, spill_dir, order = task
    log = ParseLog()
    seen: set[bytes] = set()  # registered by a keyed row of these files
    block = shared_block()
    known = RawFilter(block) if block is not None else None
    spill = spill_writer(spill_dir)
    chunks = []
    records = chain.from_iterable(iter_records(inp, opts, log) for inp in inputs)
    while window := list(islice(records, PARSE_AHEAD)):
        window_raws = [raw_key(r) for r in window]
        if known:
            # Entered when parsed, tested only once the window is parsed: the worker of the
            # next input, started a little later, finds this file's texts before it keys.
            likely = [h for h, r in zip(window_raws, window, strict=True) if _likely_registered(r)]
            known.add_many(likely, order)
        for lo in range(0, len(window), BATCH):
            batch, raws = window[lo : lo + BATCH], window_raws[lo : lo + BATCH]
            chunks.append(_key_chunk(batch, raws, seen, known, order, spill))
    spill.flush()
    return chunks, log


def _key_chunk(
    batch: list[Record],
    raws: list[bytes],
    seen: set[bytes],
    known: RawFilter | None,
    order: int,
    spill: SpillFile,
) -> CopyBatch:
    """Worker side: spill and key one batch of a file's records. ``seen`` holds the raw
    hashes that keyed rows of the file register; rows repeating one of them need no text."""
    # Read for the whole batch at once: the table is a hint that other processes write at
    # any time, so when within the batch it is read changes nothing but the time taken.
    stored = known.known_before_many(raws, order) if known else [False] * len(raws)
    # A row repeating one that a keyed row of the file registered needs no text, only its
    # own fields (``Corpus.copy_loc``); every other row is spilled, probable copies too (the
    # main process keys any it does not know). ``seen`` changes only after the batch.
    repeat = [h in seen for h in raws]
    offsets = spill.write_many(
        [
            None
            if rep and not rec.meta
            else spill_row(rec.title, rec.abstract, rec.flags, rec.meta)
            for rec, rep in zip(batch, repeat, strict=True)
        ]
    )
    fresh: list[int] = []
    keying: set[bytes] = set()
    for i, (h, rec, rep, was_stored) in enumerate(zip(raws, batch, repeat, stored, strict=True)):
        if rep or h in keying or (was_stored and WEAK_FLAGS.isdisjoint(rec.flags)):
            # a repeat of the file or of the batch, or (probably) a copy of an earlier
            # input's text; a copy with a weak-abstract flag is keyed anyway
            # (``_probably_stored``)
            continue
        keying.add(h)
        fresh.append(i)
    keyed = key_batch([batch[i] for i in fresh])
    # Only copies that can merge exactly may be skipped later (see Corpus.add_batch).
    new = [raws[i] for i, e in zip(fresh, keyed.exact, strict=True) if e is not None]
    seen.update(new)
    if known:
        known.add_many(new, order)
    return CopyBatch.of_records(batch, raws, fresh, keyed, spill.path, offsets)


def _likely_registered(record: Record) -> bool:
    """Whether the corpus will (almost surely) register the raw hash of a record it keys: its
    exact key is None only for a weak abstract under a short title, and an abstract this long
    without a weak flag is not weak. A wrong guess only makes a later copy be keyed in the
    main process."""
    return len(record.abstract) >= 300 and WEAK_FLAGS.isdisjoint(record.flags)


def _probably_stored(raw: bytes, record: Record, known: RawFilter, order: int) -> bool:
    """Whether a record's text is (probably) stored by the time the record of input ``order``
    reaches the corpus, so keying it can be skipped. A copy carrying a weak-abstract flag is
    keyed anyway: the flag can make its own exact key None (a copy kept on its own) where
    the stored copy's was not."""
    return known.known_before(raw, order) and WEAK_FLAGS.isdisjoint(record.flags)


def _key_unknown_skips(chunk: CopyBatch, corpus: Corpus) -> CopyBatch:
    """Key here the rows a worker skipped as copies that neither the corpus nor an earlier row
    of the chunk will have registered when ``Corpus.add_batch`` reaches them: false positives
    of the raw-hash table. Keyed rows go through the normal path, so this only costs time."""
    raws, fresh = chunk.raws, chunk.fresh
    if len(fresh) == len(raws):
        return chunk  # every row keyed
    # The first keyed row of the chunk that registers each raw hash (``fresh`` ascends, so
    # in reverse the first is written last); only the skipped rows are then looked at.
    first_registered = {
        raws[i]: i
        for i, e in zip(reversed(fresh), reversed(chunk.keyed.exact), strict=True)
        if e is not None
    }
    skipped = np.ones(len(raws), dtype=bool)
    skipped[fresh] = False
    known_raw = corpus.known_raw
    missing = [
        i
        for i in np.flatnonzero(skipped).tolist()
        if first_registered.get(raws[i], i) >= i and not known_raw(raws[i])
    ]
    if not missing:
        return chunk
    keyed = concat_keyed([chunk.keyed, key_batch(_records_of(chunk, missing))])
    return replace(chunk, fresh=chunk.fresh + missing, keyed=keyed)


def _records_of(chunk: CopyBatch, rows: list[int]) -> list[Record]:
    if chunk.records is not None:
        return [chunk.records[i] for i in rows]
    assert chunk.spill is not None and chunk.offsets is not None
    texts = read_spill([chunk.spill], [chunk.offsets[i] for i in rows])
    return [
        Record(
            title,
            abstract,
            Source(chunk.files[i], chunk.lines[i], chunk.dates[i]),
            chunk.arxiv[i],
            tuple(flags),
            meta or {},
        )
        for i, (title, abstract, flags, meta) in zip(rows, texts, strict=True)
    ]


def _streamed(
    inp: InputFile,
    opts: ReadOptions,
    log: ParseLog,
    corpus: Corpus,
    workers: Workers,
    stdin: BinaryIO | None,
) -> Iterator[CopyBatch]:
    return _keyed_stream(iter_records(inp, opts, log, stdin), corpus, workers)


def _keyed_stream(
    records: Iterable[Record], corpus: Corpus, workers: Workers, batch: int = BATCH
) -> Iterator[CopyBatch]:
    """Records parsed in this process, keyed by the workers batch by batch; copies
    byte-identical to anything already stored are never keyed."""

    def batches() -> Iterator[tuple[tuple[list[Record], list[bytes], list[int]], list[Record]]]:
        it = iter(records)
        while chunk := list(islice(it, batch)):
            raws = [raw_key(r) for r in chunk]
            fresh = [i for i, h in enumerate(raws) if not corpus.known_raw(h)]
            yield (chunk, raws, fresh), [chunk[i] for i in fresh]

    for (chunk, raws, fresh), keyed in workers.map(key_batch, batches()):
        yield CopyBatch.of_records(chunk, raws, fresh, keyed)


def ingest_records(records: Iterable[Record], workers: Workers, batch: int = BATCH) -> Corpus:
    """In-memory records into a new, sealed ``Corpus`` (the library path of ``ingest``)."""
    corpus = Corpus()
    with corpus.filling(workers.stop_now):
        for chunk in _keyed_stream(records, corpus, workers, batch):
            corpus.add_batch(chunk)
    return corpus


def _whole(inp: InputFile, size: int) -> bool:
    """Whether a worker parses ``inp`` whole (``size``: its size, 0 when unknown)."""
    return inp.path is not None and size <= WHOLE_FILE_LIMIT


def ingest(
    inputs: list[InputFile],
    opts: ReadOptions,
    log: ParseLog,
    workers: Workers,
    stdin: BinaryIO | None = None,
    progress: Progress = NO_PROGRESS,
    sizes: list[int] | None = None,
) -> Corpus:
    """Parse and key every input into a new, sealed ``Corpus``.

    ``workers`` made with ``shared_bytes=RAW_FILTER_BYTES`` (any size works) let workers skip
    copies of records of earlier files; without shared memory every such copy is keyed.
    ``progress`` advances by the bytes of each input read (``input_bytes``), or by records
    when stdin, of unknown size, is among them. ``sizes``: ``input_sizes(inputs)``, when
    the caller has them already."""
    by_bytes = all(inp.path is not None for inp in inputs)  # as input_bytes(inputs) is not None
    raw_filter = RawFilter(workers.shared) if workers.shared is not None else None
    if raw_filter is not None:
        raw_filter.clear()  # the pool may have served an earlier corpus
    corpus = Corpus(raw_filter=raw_filter)
    with corpus.filling(workers.stop_now):
        done = progress.advance if by_bytes else None
        sizes = input_sizes(inputs) if sizes is None else sizes
        for chunk in _all_chunks(inputs, sizes, opts, log, corpus, workers, stdin, done):
            chunk = _key_unknown_skips(chunk, corpus)
            corpus.add_batch(chunk)
            if not by_bytes:
                progress.advance(len(chunk))
    return corpus


def _all_chunks(
    inputs: list[InputFile],
    sizes: list[int],
    opts: ReadOptions,
    log: ParseLog,
    corpus: Corpus,
    workers: Workers,
    stdin: BinaryIO | None,
    done: Callable[[int], None] | None = None,
) -> Iterator[CopyBatch]:
    """Every input's chunks, in input order; ``done(size)`` after each input."""
    i = 0
    while i < len(inputs):
        if not _whole(inputs[i], sizes[i]):
            yield from _streamed(inputs[i], opts, log, corpus, workers, stdin)
            if done:
                done(sizes[i])
            i += 1
            continue
        j = i
        while j < len(inputs) and _whole(inputs[j], sizes[j]):
            j += 1
        groups = _groups(sizes, i, j)
        tasks = ((g, ([inputs[k] for k in g], opts, corpus.spill_dir, g[0])) for g in groups)
        for group, (chunks, group_log) in workers.map(_chunks_of_files, tasks):
            log.merge(group_log)
            yield from chunks
            if done:
                for k in group:
                    done(sizes[k])
        i = j


# Consecutive files are handed to a worker together up to this many bytes (or files): a
# file of a few KB costs ~2 ms as a task of its own, mostly fixed costs per task.
GROUP_BYTES = 1 << 20
GROUP_FILES = 1024


def _groups(sizes: list[int], i: int, j: int) -> Iterator[list[int]]:
    """Inputs ``i..j-1`` cut into runs of consecutive ones, each up to ``GROUP_BYTES``
    (a file as large alone). Depends only on the sizes, never on the number of workers."""
    group: list[int] = []
    total = 0
    for k in range(i, j):
        if group and (total + sizes[k] > GROUP_BYTES or len(group) >= GROUP_FILES):
            yield group
            group, total = [], 0
        group.append(k)
        total += sizes[k]
    if group:
        yield group


def _size(inp: InputFile) -> int:
    try:
        return os.stat(inp.path).st_size if inp.path is not None else 0
    except OSError:
        return 0


def input_sizes(inputs: list[InputFile]) -> list[int]:
    """Each input's size on disk (0 for stdin, or when it cannot be read): one ``stat``
    per input, shared by the progress total and the grouping of small files."""
    return [_size(inp) for inp in inputs]


def input_bytes(inputs: list[InputFile], sizes: list[int] | None = None) -> int | None:
    """The bytes ``ingest`` will read (on disk, compressed or not), or ``None`` when stdin,
    of unknown size, is among the inputs. ``sizes``: ``input_sizes(inputs)``, if known."""
    if any(inp.path is None for inp in inputs):
        return None
    return sum(input_sizes(inputs) if sizes is None else sizes)
