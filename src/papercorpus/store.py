"""Where parsed copies live between parsing and writing.

Memory must grow with the number of unique records, not with the text, so the store keeps
only compact columns in memory (provenance per copy; keys, signature and a text location
per unique text) and spills texts to files in a temporary directory. The worker processes
that parse the inputs write the texts they parsed to spill files of their own, so text never
travels between processes: the main process only learns where each text lies. Exact
duplicates never keep a text of their own: they are provenance rows pointing at their
representative.
"""

from __future__ import annotations

import contextlib
import mmap
import shutil
import tempfile
import weakref
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

import numpy as np

from .keys import KeyedBatch
from .parallel import stop_signals_held
from .records import Record, Source
from .spill import (
    OFFSET_BITS,
    MemorySpill,
    close_readers,
    close_writer,
    flush_writer,
    read_spill,
    spill_row,
    spill_writer,
)

__all__ = [
    "CopyBatch",
    "Corpus",
    "RawFilter",
    "StoredText",
    "as_numpy",
]


@dataclass(frozen=True, slots=True)
class StoredText:
    """A unique record's content, read back from the spill file."""

    title: str
    abstract: str
    arxiv_id: str | None
    flags: tuple[str, ...]
    meta: dict[str, object]


_S = TypeVar("_S", bound="str | None")


class _Interner(Generic[_S]):
    """Small-string table (file names, dates): each distinct value stored once."""

    def __init__(self) -> None:
        self.index: dict[_S, int] = {}
        self.values: list[_S] = []

    def __call__(self, value: _S) -> int:
        i = self.index.get(value)
        if i is None:
            i = self.index[value] = len(self.values)
            self.values.append(value)
        return i


class RawFilter:
    """Which raw hashes (``keys.raw_key``) are known, and from which input: a direct-mapped
    table of 64-bit entries over a caller-provided buffer, typically the shared memory of a
    worker pool. The main process enters the raw hashes the corpus has registered; a worker
    enters those of the input it is keying as it keys them, tagged with the input's order,
    so a worker keying a later input can skip their copies before the corpus has them (the
    inputs in flight at once are consecutive days, which share most of their copies).

    Only a hint: a wrong answer (a collision, an entry overwritten or read while being
    written) must cost no more than keying the record in the main process, which checks
    every skip against the corpus, so nothing may depend on it for correctness.
    """

    _TAG_SHIFT = 40  # entry: tag above, 40 fingerprint bits below
    _FP_MASK = (1 << _TAG_SHIFT) - 1
    STORED = -1  # the order of raw hashes the corpus itself holds: known to every input
    MAX_ORDER = (1 << (64 - _TAG_SHIFT)) - 3

    def __init__(self, buffer: bytearray | memoryview | mmap.mmap) -> None:
        # No view of the buffer is kept: an export would keep the pool's memory from closing.
        self._buf = buffer
        self._n = len(buffer) // 8

    def clear(self) -> None:
        self._buf[:] = bytes(len(self._buf))

    def add_many(self, raws: Sequence[bytes], order: int = STORED) -> None:
        """Enter raw hashes first seen in input ``order`` (``STORED``: held by the corpus).
        An entry of an earlier input is not overwritten by a later one."""
        if not raws or self._n == 0 or order > self.MAX_ORDER:
            return
        # xxh3-128 is uniform: one half picks the slot, the other is the fingerprint.
        halves = np.frombuffer(b"".join(raws), dtype="<u8").reshape(len(raws), 2)
        slots = (halves[:, 0] % np.uint64(self._n)).astype(np.int64)
        entries = (halves[:, 1] & np.uint64(self._FP_MASK)) | np.uint64(
            (order + 2) << self._TAG_SHIFT
        )
        table = np.frombuffer(self._buf, dtype=np.uint64, count=self._n)
        current = table[slots]
        keep = (current == 0) | (current >= entries)
        table[slots[keep]] = entries[keep]

    def known_before_many(self, raws: Sequence[bytes], order: int) -> list[bool]:
        """``[known_before(raw, order) for raw in raws]``, in one numpy pass."""
        if not raws or self._n == 0 or order > self.MAX_ORDER:
            return [False] * len(raws)
        halves = np.frombuffer(b"".join(raws), dtype="<u8").reshape(len(raws), 2)
        slots = (halves[:, 0] % np.uint64(self._n)).astype(np.int64)
        entries = np.frombuffer(self._buf, dtype=np.uint64, count=self._n)[slots]
        mask = np.uint64(self._FP_MASK)
        known = (
            (entries != 0)
            & ((entries & mask) == (halves[:, 1] & mask))
            & ((entries >> np.uint64(self._TAG_SHIFT)) <= np.uint64(order + 1))
        )
        return known.tolist()

    def known_before(self, raw: bytes, order: int) -> bool:
        """Whether ``raw`` was entered by an input before ``order`` (or by the corpus)."""
        if self._n == 0 or order > self.MAX_ORDER:
            return False
        at = 8 * (int.from_bytes(raw[:8], "little") % self._n)
        entry = int.from_bytes(self._buf[at : at + 8], "little")
        return (
            entry != 0
            and entry & self._FP_MASK == int.from_bytes(raw[8:16], "little") & self._FP_MASK
            and entry >> self._TAG_SHIFT <= order + 1
        )


@dataclass
class CopyBatch:
    """Parsed copies on their way into the corpus, row for row, and the keys of the rows
    that need them (``fresh``); the others were byte-identical to a copy already stored or
    to an earlier row of the same input file when the batch was cut.

    A row's text is either in ``spill`` at ``offsets[i]`` (written there by the worker that
    parsed it; -1 for the same-file repeats, which never need it) or ``records[i]``."""

    files: list[str]
    lines: list[int]
    dates: list[str | None]
    arxiv: list[str | None]
    raws: list[bytes]
    fresh: list[int]
    keyed: KeyedBatch
    spill: str | None = None
    offsets: list[int] | None = None
    records: list[Record] | None = None
    # Per row: whether the copy has fields of its own (``Record.meta``) to keep; a spilled
    # row then has its spill line even when its text was not needed.
    with_meta: list[bool] | None = None

    @classmethod
    def of_records(
        cls,
        records: list[Record],
        raws: list[bytes],
        fresh: list[int],
        keyed: KeyedBatch,
        spill: str | None = None,
        offsets: list[int] | None = None,
    ) -> CopyBatch:
        """The batch of ``records``: their texts travel along unless they were spilled."""
        return cls(
            [r.source.file for r in records],
            [r.source.line for r in records],
            [r.source.date for r in records],
            [r.arxiv_id for r in records],
            raws,
            fresh,
            keyed,
            spill=spill,
            offsets=offsets,
            records=None if spill is not None else records,
            with_meta=[bool(r.meta) for r in records],
        )

    def __len__(self) -> int:
        return len(self.raws)


class Corpus:
    """Append-only store of copies and of the unique texts they point to.

    A *copy* is one parsed occurrence (index in input order); a *unique* is one distinct
    exact key (index in order of first occurrence). ``copy_unique[c]`` links them.
    """

    def __init__(
        self,
        spill_dir: str | None = None,
        raw_filter: RawFilter | None = None,
        *,
        in_memory: bool = False,
    ) -> None:
        """``in_memory``: texts kept in memory (``spill.MemorySpill``), no spill directory:
        only for a small corpus filled and read in this process (``add_batch`` with its
        records, no worker process reading it)."""
        self._raw_filter = raw_filter
        # Set by the incremental index: raw dates may be ``dates.pin_date`` values (copies
        # read back from the index); never for a corpus of parsed inputs alone.
        self.pinned_dates = False
        self._files: _Interner[str] = _Interner()
        self._dates: _Interner[str | None] = _Interner()
        self.copy_file = array("I")
        self.copy_line = array("I")
        self.copy_date = array("I")
        self.copy_unique = array("q")
        # Per copy: where its own fields are (a spill line, as ``unique_loc``), -1 for none.
        self.copy_loc = array("q")
        self.unique_first_copy = array("q")
        self.unique_loc = array("q")  # text location (OFFSET_BITS)
        self.unique_arxiv: list[str | None] = []
        self._content = bytearray()  # 16-byte content key per unique, back to back
        self._exact: dict[bytes, int] = {}
        self._raw: dict[bytes, int] = {}
        # ``_release`` frees the spill (the memory, or the directory) at ``close``, or, should
        # a signal land before the owner's ``try`` is entered or after it is left, when the
        # corpus is collected or the interpreter exits: no window in which Ctrl-C or SIGTERM
        # leaves a directory behind.
        self._memory: MemorySpill | None = None
        self._release: weakref.finalize[..., Corpus]
        self.spill_dir = ""
        if in_memory:
            self._memory = MemorySpill()
            self._release = weakref.finalize(self, self._memory.close)
        else:
            with stop_signals_held():
                self.spill_dir = tempfile.mkdtemp(prefix="papercorpus-", dir=spill_dir)
                self._release = weakref.finalize(
                    self, shutil.rmtree, self.spill_dir, ignore_errors=True
                )
        self.spill_paths: list[str] = []
        self._spill_ids: dict[str, int] = {}
        # Per-unique signatures, appended in place: the buffer grows by ``resize`` (a large
        # one by ``mremap``, without copying), so seal() needs no second 256 bytes a text.
        self._sig_buf: np.ndarray | None = None
        self._sig_rows = 0
        # The other per-unique dedup columns, gathered per batch and concatenated by seal().
        self._chunks: dict[str, list[np.ndarray]] = {
            "title_hash": [],
            "prefix_hash": [],
            "weak": [],
            "abstract_len": [],
            "rank": [],
        }
        self.sig = np.empty((0, 0), np.uint16)
        self.title_hash = self.prefix_hash = np.empty(0, np.uint64)
        self.weak = np.empty(0, bool)
        self.abstract_len = np.empty(0, np.int64)
        self.abstract_rank = np.empty(0, np.uint8)  # keys.abstract_rank per unique

    # -- building -------------------------------------------------------------------------
    def _spill_id(self, path: str) -> int:
        i = self._spill_ids.get(path)
        if i is None:
            i = self._spill_ids[path] = len(self.spill_paths)
            self.spill_paths.append(path)
        return i

    def known_raw(self, raw: bytes) -> bool:
        return raw in self._raw

    def add_batch(self, batch: CopyBatch) -> None:
        """Add the copies of ``batch`` in order."""
        # Runs in the main process for every copy, beside the workers: names are local.
        keyed, raws, arxiv, offsets = batch.keyed, batch.raws, batch.arxiv, batch.offsets
        exact_keys, contents = keyed.exact, keyed.content
        spill_base = -1
        if batch.spill is not None:
            spill_base = self._spill_id(batch.spill) << OFFSET_BITS
        first_copy = len(self.copy_unique)
        exact_index, raw_index, unique_arxiv = self._exact, self._raw, self.unique_arxiv
        unique_first, unique_loc, content = self.unique_first_copy, self.unique_loc, self._content
        n_unique = len(unique_first)
        uniques = []  # per copy
        copy_locs = []  # per copy
        with_meta = batch.with_meta or [False] * len(raws)
        new_rows: list[int] = []  # rows of ``keyed`` with a new unique
        registered = []  # raw hashes new to the corpus, for the shared filter
        # Per copy: its row of ``keyed``, None when it was not keyed (zipped into the loop
        # with the other columns: a list read costs less than a dict get per copy).
        row_of: list[int | None] = [None] * len(raws)
        for row, i in enumerate(batch.fresh):
            row_of[i] = row
        u: int | None  # the copy's unique (None: its text is not in the corpus yet)
        for i, (raw, j, meta_i, arxiv_i) in enumerate(
            zip(raws, row_of, with_meta, arxiv, strict=True)
        ):
            new = False
            if j is None:
                u = raw_index[raw]
            else:
                exact_key = exact_keys[j]
                u = exact_index.get(exact_key) if exact_key is not None else None
                if u is None:
                    u = n_unique
                    n_unique += 1
                    if exact_key is not None:
                        exact_index[exact_key] = u
                    unique_first.append(first_copy + i)
                    unique_arxiv.append(arxiv_i)
                    content += contents[j]
                    if spill_base >= 0:
                        unique_loc.append(spill_base | offsets[i])  # type: ignore[index]
                    else:
                        unique_loc.append(self._write(batch.records[i]))  # type: ignore[index]
                    new_rows.append(j)
                    new = True
                if exact_key is not None and raw not in raw_index:
                    raw_index[raw] = u
                    registered.append(raw)
            uniques.append(u)
            if not meta_i:
                copy_locs.append(-1)
            elif spill_base >= 0:
                copy_locs.append(spill_base | offsets[i])  # type: ignore[index]
            elif new:  # its spill line is the unique's
                copy_locs.append(unique_loc[u])
            else:
                copy_locs.append(self._write(batch.records[i]))  # type: ignore[index]
            if arxiv_i and unique_arxiv[u] is None:
                # The same text seen again with an id: the id is the strongest key, keep it.
                unique_arxiv[u] = arxiv_i
        self.copy_loc.extend(copy_locs)
        self.copy_unique.extend(uniques)
        self.copy_line.extend(batch.lines)
        # Interned in order of first appearance, as one row at a time would.
        file_ids = {f: self._files(f) for f in dict.fromkeys(batch.files)}
        self.copy_file.extend([file_ids[f] for f in batch.files])
        date_ids = {d: self._dates(d) for d in dict.fromkeys(batch.dates)}
        self.copy_date.extend([date_ids[d] for d in batch.dates])
        if self._raw_filter is not None:
            self._raw_filter.add_many(registered)
        if new_rows:
            rows = np.array(new_rows, dtype=np.int64)
            self._append_sig(keyed.sig, rows)
            c = self._chunks
            c["title_hash"].append(keyed.title_hash[rows])
            c["prefix_hash"].append(keyed.prefix_hash[rows])
            c["weak"].append(keyed.weak[rows])
            c["abstract_len"].append(keyed.abstract_len[rows])
            c["rank"].append(keyed.rank[rows])

    def _append_sig(self, sig: np.ndarray, rows: np.ndarray) -> None:
        n, m = self._sig_rows, len(rows)
        buf = self._sig_buf
        if buf is None:
            buf = self._sig_buf = np.empty((max(m, 1024), sig.shape[1]), sig.dtype)
        elif n + m > len(buf):
            buf.resize((max(2 * len(buf), n + m), buf.shape[1]), refcheck=False)
        # (mode "clip": "raise" would take into a temporary first; the rows are valid)
        np.take(sig, rows, axis=0, out=buf[n : n + m], mode="clip")
        self._sig_rows = n + m

    def _write(self, record: Record) -> int:
        w = self._memory if self._memory is not None else spill_writer(self.spill_dir)
        offset = w.write(spill_row(record.title, record.abstract, record.flags, record.meta))
        return self._spill_id(w.path) << OFFSET_BITS | offset

    def seal(self) -> None:
        """Finish building: drop the exact-key index, make the spill readable."""
        self._exact = {}
        self._raw = {}
        if self._memory is None:
            flush_writer(self.spill_dir)
        c = self._chunks
        if self._sig_buf is not None:
            # Shrunk to its rows in place (no copy): the signatures' 200 MB at a million
            # texts were concatenated here before, in fresh memory, while the workers wait.
            self._sig_buf.resize((self._sig_rows, self._sig_buf.shape[1]), refcheck=False)
            self.sig, self._sig_buf, self._sig_rows = self._sig_buf, None, 0
            self.title_hash = np.concatenate(c["title_hash"])
            self.prefix_hash = np.concatenate(c["prefix_hash"])
            self.weak = np.concatenate(c["weak"])
            self.abstract_len = np.concatenate(c["abstract_len"])
            self.abstract_rank = np.concatenate(c["rank"])
        self._chunks = {k: [] for k in c}

    # -- reading --------------------------------------------------------------------------
    @property
    def n_copies(self) -> int:
        return len(self.copy_unique)

    @property
    def n_unique(self) -> int:
        return len(self.unique_first_copy)

    def text(self, u: int) -> StoredText:
        title, abstract, flags, meta = read_spill(self.spill_paths, (self.unique_loc[u],))[0]
        return StoredText(title, abstract, self.unique_arxiv[u], tuple(flags), meta or {})

    @property
    def file_names(self) -> list[str]:
        """File names by ``copy_file`` index."""
        return self._files.values

    @property
    def date_values(self) -> list[str | None]:
        """Page dates by ``copy_date`` index."""
        return self._dates.values

    def content_key(self, u: int) -> bytes:
        return bytes(self._content[16 * u : 16 * u + 16])

    def content_keys(self, uniques: np.ndarray) -> np.ndarray:
        """The content keys of ``uniques`` as rows of a ``(n, 16)`` uint8 array (a copy)."""
        return np.frombuffer(self._content, dtype=np.uint8).reshape(-1, 16)[uniques]

    def source(self, c: int) -> Source:
        return Source(
            self._files.values[self.copy_file[c]],
            self.copy_line[c],
            self._dates.values[self.copy_date[c]],
        )

    @contextlib.contextmanager
    def filling(self, on_interrupt: Callable[[], None]) -> Iterator[Corpus]:
        """Fill this corpus inside the ``with`` block; it is sealed when the block ends.

        If the block fails, the corpus is closed (its spill directory goes) and the error
        goes on. On an interrupt (Ctrl-C: not an ``Exception``) ``on_interrupt`` runs
        first: it stops the worker processes, which may still write into that directory."""
        try:
            yield self
            self.seal()
        except BaseException as exc:
            if not isinstance(exc, Exception):
                on_interrupt()
            self.close()
            raise

    def close(self) -> None:
        if self._memory is None:
            close_writer(self.spill_dir)
            close_readers()
        self._release()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def as_numpy(arr: array) -> np.ndarray:
    """Zero-copy view of an ``array`` column."""
    return (
        np.frombuffer(arr, dtype=np.dtype(arr.typecode)) if len(arr) else np.empty(0, arr.typecode)
    )
