"""Ingest: inputs -> parsed, keyed chunks -> the corpus (the exact pass).

Two ways through, with identical results:

* an ordinary file is one unit of work for a worker process, which parses it, recognises
  copies byte-identical to an earlier record of the same file, and keys the rest;
* stdin, and files too large to hand over whole, are parsed here as a stream, batch by batch,
  and only the keying goes to the workers (byte-identical copies of anything already in the
  corpus are recognised first and never keyed).

Units are consumed in input order, so the corpus, and everything after it, does not depend on
the number of workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import BinaryIO

from .keys import KeyedBatch, key_batch, raw_key
from .parallel import Workers
from .records import Record
from .sources import BATCH, InputFile, ParseLog, ReadOptions, iter_records
from .store import Corpus

# Files larger than this (on disk) are streamed through this process instead of being parsed
# whole by one worker, so a single huge dump cannot hold all its text in memory at once.
WHOLE_FILE_LIMIT = 64 << 20


@dataclass
class Chunk:
    """Records and the keys of the rows that need them (``fresh``)."""

    records: list[Record]
    raws: list[bytes]
    fresh: list[int]
    keyed: KeyedBatch


def _chunks_of_file(task: tuple[InputFile, ReadOptions]) -> tuple[list[Chunk], ParseLog]:
    """Worker side: parse and key a whole file."""
    inp, opts = task
    log = ParseLog()
    seen: set[bytes] = set()
    chunks = []
    records = iter_records(inp, opts, log)
    while batch := list(islice(records, BATCH)):
        raws = [raw_key(r) for r in batch]
        fresh = [i for i, h in enumerate(raws) if h not in seen]
        keyed = key_batch([batch[i] for i in fresh])
        # Only copies that can merge exactly may be skipped later (see Corpus.add_batch).
        seen.update(raws[i] for i, e in zip(fresh, keyed.exact, strict=True) if e is not None)
        chunks.append(Chunk(batch, raws, fresh, keyed))
    return chunks, log


def _streamed(
    inp: InputFile,
    opts: ReadOptions,
    log: ParseLog,
    corpus: Corpus,
    workers: Workers,
    stdin: BinaryIO | None,
) -> Iterator[Chunk]:
    def batches() -> Iterator[tuple[tuple[list[Record], list[bytes], list[int]], list[Record]]]:
        records = iter_records(inp, opts, log, stdin)
        while batch := list(islice(records, BATCH)):
            raws = [raw_key(r) for r in batch]
            fresh = [i for i, h in enumerate(raws) if not corpus.known_raw(h)]
            yield (batch, raws, fresh), [batch[i] for i in fresh]

    for (batch, raws, fresh), keyed in workers.map(key_batch, batches()):
        yield Chunk(batch, raws, fresh, keyed)


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
    """Parse and key every input into a new, sealed ``Corpus``."""
    corpus = Corpus()
    try:
        for chunk in _all_chunks(inputs, opts, log, corpus, workers, stdin):
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
