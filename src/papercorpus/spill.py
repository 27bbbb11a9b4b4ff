"""Spill files: where the texts of parsed copies wait between parsing and writing.

A spill line is the JSON of a title, of an abstract and of ``[flags, meta]``, tab-separated.
Each process appends to a spill file of its own (``spill_writer``) and reads any process's
lines back by their text location (``read_spill``, ``read_spill_parts``); ``store.Corpus``
keeps the locations. A small run in one process keeps its spill lines in memory instead
(``MemorySpill``): the same lines and locations, without a directory, a file and their
syscalls.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import orjson

# A text location is one int64: the spill file's index above OFFSET_BITS, the byte offset of
# its line below (files up to 1 TB).
OFFSET_BITS = 40
_OFFSET_MASK = (1 << OFFSET_BITS) - 1


def spill_row(title: str, abstract: str, flags: Sequence[str], meta: dict | None) -> bytes:
    """One text as a spill line: the JSON of the title, of the abstract and of the rest,
    separated by tabs (JSON escapes every tab and newline inside a value, so any text
    round-trips). The title and abstract stay JSON-encoded on their own so that the JSONL
    writer can splice them into its rows without decoding and encoding them again."""
    dumps = orjson.dumps
    if flags or meta:
        # orjson writes a tuple as an array, and the newline itself: no list, no second copy.
        rest = dumps((tuple(flags), meta or None), option=orjson.OPT_APPEND_NEWLINE)
    else:  # most page records: the bytes that call would write, without the call
        rest = _BARE_REST
    return b"\t".join((dumps(title), dumps(abstract), rest))


# ``[flags, meta]`` of a copy with neither, as ``spill_row`` writes it.
_BARE_REST = orjson.dumps(((), None), option=orjson.OPT_APPEND_NEWLINE)


class SpillFile:
    """This process's append-only spill file in one spill directory. Buffered by hand, so
    that a forked child holding a copy of the object can never flush its parent's rows."""

    FLUSH_AT = 1 << 20

    def __init__(self, directory: str) -> None:
        self.path = os.path.join(directory, f"{os.getpid()}.spill")
        self.pid = os.getpid()
        self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._rows: list[bytes] = []
        self._pending = 0
        self.end = os.fstat(self._fd).st_size

    def write(self, row: bytes) -> int:
        """Append ``row``; return its offset."""
        offset = self.end
        self._rows.append(row)
        self.end += len(row)
        self._pending += len(row)
        if self._pending >= self.FLUSH_AT:
            self.flush()
        return offset

    def write_many(self, rows: Sequence[bytes | None]) -> list[int]:
        """Append the rows of ``rows`` that are not None, in order; return the offset of
        each (-1 for None)."""
        offsets: list[int] = []
        end = self.end
        for row in rows:
            if row is None:
                offsets.append(-1)
            else:
                offsets.append(end)
                end += len(row)
        self._rows += [row for row in rows if row is not None]
        self._pending += end - self.end
        self.end = end
        if self._pending >= self.FLUSH_AT:
            self.flush()
        return offsets

    def flush(self) -> None:
        view = memoryview(b"".join(self._rows))
        while view:
            view = view[os.write(self._fd, view) :]
        self._rows.clear()
        self._pending = 0

    def close(self) -> None:
        if self.pid == os.getpid():
            self.flush()
        os.close(self._fd)


class MemorySpill:
    """Spill lines kept in memory, read back by the same functions as a spill file's (its
    ``path`` names it to them). For a run in one process only (no worker process can read
    it) and small enough to keep its texts in memory: an index run's engine corpus, whose
    spill directory, file and reads cost more wall time than its ~250 lines (~4 ms a run on
    a loaded disk, ~1 ms of CPU). ``close`` forgets it."""

    def __init__(self) -> None:
        self.path = f"<memory spill {id(self)}>"
        self.data = bytearray()
        _memory[self.path] = self.data

    def write(self, row: bytes) -> int:
        """Append ``row``; return its offset."""
        offset = len(self.data)
        self.data += row
        return offset

    def close(self) -> None:
        _memory.pop(self.path, None)


# Memory spills by path (``MemorySpill.path``): the readers look here before opening a file.
_memory: dict[str, bytearray] = {}


# Per process: the spill file it writes in the live spill directory.
_writers: dict[str, SpillFile] = {}


def spill_writer(directory: str) -> SpillFile:
    """This process's spill file in ``directory`` (created on first use)."""
    w = _writers.get(directory)
    if w is None or w.pid != os.getpid():
        # Files of finished runs, or the parent's, inherited at fork: closing the inherited
        # descriptors leaves the parent's files alone, and their buffers are never written.
        for stale in _writers.values():
            with contextlib.suppress(OSError):
                stale.close()
        _writers.clear()
        w = _writers[directory] = SpillFile(directory)
    return w


def flush_writer(directory: str) -> None:
    """Write out this process's buffered spill rows in ``directory``, so that they can be
    read back; a writer inherited from a parent process is left alone."""
    w = _writers.get(directory)
    if w is not None and w.pid == os.getpid():
        w.flush()


def close_writer(directory: str) -> None:
    """Flush and close this process's spill file in ``directory`` (the file stays)."""
    w = _writers.pop(directory, None)
    if w is not None:
        w.close()


class _Reader:
    __slots__ = ("fh", "pid", "pos")

    def __init__(self, path: str) -> None:
        self.fh = open(path, "rb")  # noqa: SIM115 - kept open per process
        self.pid = os.getpid()  # a forked child must not share its parent's file position
        self.pos = -1


_readers: dict[str, _Reader] = {}


def close_readers() -> None:
    """Close this process's cached spill readers: before a spill file is removed, and in a
    forked child, whose inherited readers hold the parent's file positions."""
    for r in _readers.values():
        with contextlib.suppress(OSError):
            r.fh.close()  # a parent's descriptor: closing the child's copy is harmless
    _readers.clear()


def _spill_lines(paths: Sequence[str], locs: Iterable[int]) -> Iterator[bytes]:
    for loc in locs:
        path = paths[loc >> OFFSET_BITS]
        off = loc & _OFFSET_MASK
        data = _memory.get(path)
        if data is not None:
            yield bytes(data[off : data.index(b"\n", off) + 1])
            continue
        r = _reader(path)
        # A seek discards the read buffer even when it goes nowhere; readers mostly go in
        # order, so skipping no-op seeks turns a million reads into one sequential pass.
        if off != r.pos:
            r.fh.seek(off)
        line = r.fh.readline()
        r.pos = off + len(line)
        yield line


def read_spill(
    paths: Sequence[str], locs: Iterable[int]
) -> list[tuple[str, str, list[str], dict[str, object] | None]]:
    """``(title, abstract, flags, meta)`` of the texts at ``locs`` (text locations into the
    spill files ``paths``): worker processes read texts straight from the spill files, so
    that no text travels between processes."""
    return [spill_text(line) for line in _spill_lines(paths, locs)]


# Wanted spill lines closer than this are read with one pread, the lines between them too.
# Kept to about ten lines: on the scale corpus a block's survivors are nearly consecutive, but
# on a corpus of near-duplicates they are spread over the spill among their copies, and a
# 1 MiB gap made every block read and split most of the file (hard 200k: write 4.9 s -> 1.6 s
# at 16 KiB; scale 1M unchanged).
RUN_GAP = 1 << 14


def read_spill_parts(
    paths: Sequence[str], locs: Sequence[int] | np.ndarray
) -> tuple[list[bytes], list[bytes], list[bytes]]:
    """The three tab-separated parts of the spill lines at ``locs`` (the JSON of the title,
    of the abstract and of ``[flags, meta]``), as three lists aligned with ``locs``.

    The same bytes as ``line.split(b"\\t", 2)`` of each line, read run by run: one
    ``pread`` per run of nearby lines and one split of the whole run, instead of a seek, a
    readline and a split per line (JSON escapes every tab and newline inside a value, so
    a run's bytes split into exactly three parts per line)."""
    want, back = np.unique(np.asarray(locs, dtype=np.int64), return_inverse=True)
    if len(want) == 0:
        return [], [], []
    file_of, offset = want >> OFFSET_BITS, want & _OFFSET_MASK
    cut = np.flatnonzero((np.diff(file_of) != 0) | (np.diff(offset) > RUN_GAP)) + 1
    # The parts of every run's lines in one list; where the lines start is then worked out
    # for all runs in one numpy pass (per run it cost ~10 us: 26k runs per hard 200k).
    parts: list[bytes] = []
    per_run: list[int] = []  # lines of each run
    for lo, hi in zip([0, *cut.tolist()], [*cut.tolist(), len(want)], strict=True):
        first, last = int(offset[lo]), int(offset[hi - 1])
        path = paths[int(file_of[lo])]
        data = _memory.get(path)
        raw = (
            bytes(data[first : data.index(b"\n", last) + 1])
            if data is not None
            else _read_run(_reader(path).fh.fileno(), first, last)
        )
        run = raw.replace(b"\n", b"\t").split(b"\t")
        run.pop()  # the empty part after the last newline
        if len(run) % 3:
            raise ValueError(f"spill file {path}: not a line start")
        parts += run
        per_run.append(len(run) // 3)
    lines = np.array(per_run, dtype=np.int64)
    size = np.fromiter(map(len, parts), np.int64, len(parts)).reshape(-1, 3).sum(axis=1) + 3
    start = np.cumsum(size) - size  # in the runs' bytes laid end to end
    run_lo = np.concatenate(([0], cut))
    line_loc = start + np.repeat(want[run_lo] - start[np.cumsum(lines) - lines], lines)
    at = np.minimum(np.searchsorted(line_loc, want), len(line_loc) - 1)
    wrong = np.flatnonzero(line_loc[at] != want)
    if len(wrong):
        raise ValueError(f"spill file {paths[int(file_of[wrong[0]])]}: not a line start")
    pick = (3 * at).tolist()
    titles = list(map(parts.__getitem__, pick))
    abstracts = list(map(parts.__getitem__, [i + 1 for i in pick]))
    rests = list(map(parts.__getitem__, [i + 2 for i in pick]))
    if len(want) == len(back) and not np.any(np.diff(np.asarray(locs)) <= 0):
        return titles, abstracts, rests  # asked in increasing order, each once
    order = back.reshape(-1).tolist()
    return (
        list(map(titles.__getitem__, order)),
        list(map(abstracts.__getitem__, order)),
        list(map(rests.__getitem__, order)),
    )


def _reader(path: str) -> _Reader:
    r = _readers.get(path)
    if r is None or r.pid != os.getpid():
        if len(_readers) > 64 or (r is not None and r.pid != os.getpid()):
            close_readers()  # files of earlier runs, or the parent's
        r = _readers[path] = _Reader(path)
    return r


def _pread(fd: int, size: int, offset: int) -> bytes:
    data = os.pread(fd, size, offset)
    while len(data) < size:  # a short read (signals, network file systems): the rest
        more = os.pread(fd, size - len(data), offset + len(data))
        if not more:
            raise ValueError("spill file ends early")
        data += more
    return data


# Bytes read past a run's last line start in the run's one pread: most spill lines are
# shorter, so the line's end is found without a second read (a 64 KiB read per run made
# the hard corpus's 26k runs copy 1.7 GB).
_LINE_GUESS = 1 << 13


def _read_run(fd: int, first: int, last: int) -> bytes:
    """The spill bytes from ``first`` to the end of the line starting at ``last``."""
    data = os.pread(fd, last - first + _LINE_GUESS, first)
    end = data.find(b"\n", last - first)
    if end >= 0:
        return data[: end + 1]
    if len(data) < last - first:  # a short read before the last line: read it all again
        return _pread(fd, last - first, first) + _line_at(fd, last)
    return data + _line_at(fd, first + len(data))


def _line_at(fd: int, offset: int) -> bytes:
    """The whole spill line starting at ``offset``, its newline included."""
    chunks: list[bytes] = []
    step = 1 << 16
    while True:
        data = os.pread(fd, step, offset)
        end = data.find(b"\n")
        if end >= 0:
            chunks.append(data[: end + 1])
            return b"".join(chunks)
        if not data:
            raise ValueError("spill file ends inside a line")
        chunks.append(data)
        offset += len(data)


def spill_text(line: bytes) -> tuple[str, str, list[str], dict[str, object] | None]:
    """``(title, abstract, flags, meta)`` of one spill line (``meta``: as ``spill_row``
    wrote it, a dict or None)."""
    loads = orjson.loads
    title, abstract, rest = line.split(b"\t", 2)
    flags, meta = loads(rest)
    return loads(title), loads(abstract), flags, meta
