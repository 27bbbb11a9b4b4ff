"""Where parsed copies live between parsing and writing.

Memory must grow with the number of unique records, not with the text, so the store keeps
only compact columns in memory (provenance per copy; keys, signature and a file offset per
unique text) and spills the texts of unique records to a temporary file. Exact duplicates
never store their text at all: they are provenance rows pointing at their representative.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import tempfile
from array import array
from dataclasses import dataclass
from typing import BinaryIO

import numpy as np
import orjson

from .keys import KeyedBatch
from .records import Record, Source


@dataclass(frozen=True, slots=True)
class StoredText:
    """A unique record's content, read back from the spill file."""

    title: str
    abstract: str
    arxiv_id: str | None
    flags: tuple[str, ...]
    meta: dict[str, object]


class _Interner:
    """Small-string table (file names, dates): each distinct value stored once."""

    def __init__(self) -> None:
        self.index: dict[str | None, int] = {}
        self.values: list[str | None] = []

    def __call__(self, value: str | None) -> int:
        i = self.index.get(value)
        if i is None:
            i = self.index[value] = len(self.values)
            self.values.append(value)
        return i


class RawFilter:
    """A Bloom filter of raw hashes (``keys.raw_key``) over a caller-provided buffer, typically
    the shared memory of a worker pool: the main process adds the raw hashes the corpus has
    registered, workers test records against it and skip keying the probable copies.

    Only a hint: a false positive (or a stale read) must cost no more than keying the record
    in the main process, so nothing may depend on it for correctness.
    """

    PROBES = 3

    def __init__(self, buffer: bytearray | memoryview | mmap.mmap) -> None:
        self._buf = buffer
        self._nbits = 8 * len(buffer)

    def clear(self) -> None:
        self._buf[:] = bytes(len(self._buf))

    def _bits(self, raw: bytes) -> list[int]:
        # The raw hash is already uniform (xxh3-128): its halves give the double-hashing
        # probes h1 + i * h2 directly.
        h1 = int.from_bytes(raw[:8], "little")
        h2 = int.from_bytes(raw[8:16], "little") | 1
        return [(h1 + i * h2) % self._nbits for i in range(self.PROBES)]

    def add(self, raw: bytes) -> None:
        buf = self._buf
        for bit in self._bits(raw):
            buf[bit >> 3] |= 1 << (bit & 7)

    def __contains__(self, raw: bytes) -> bool:
        buf = self._buf
        return all(buf[bit >> 3] >> (bit & 7) & 1 for bit in self._bits(raw))


class Corpus:
    """Append-only store of copies and of the unique texts they point to.

    A *copy* is one parsed occurrence (index in input order); a *unique* is one distinct
    exact key (index in order of first occurrence). ``copy_unique[c]`` links them.
    """

    def __init__(self, spill_dir: str | None = None, raw_filter: RawFilter | None = None) -> None:
        self._raw_filter = raw_filter
        self._files = _Interner()
        self._dates = _Interner()
        self.copy_file = array("I")
        self.copy_line = array("I")
        self.copy_date = array("I")
        self.copy_unique = array("q")
        self.unique_first_copy = array("q")
        self.unique_offset = array("q")
        self.unique_arxiv: list[str | None] = []
        self._content = bytearray()  # 16-byte content key per unique, back to back
        self._exact: dict[bytes, int] = {}
        self._raw: dict[bytes, int] = {}
        fd, self._spill_path = tempfile.mkstemp(
            prefix="papercorpus-", suffix=".spill", dir=spill_dir
        )
        self._spill = os.fdopen(fd, "w+b")
        self._spill_end = 0
        # Where the next readline() starts; -2 at the end (appending).
        self._read_pos = -2
        # Per-unique dedup columns, gathered per batch and concatenated by seal().
        self._chunks: dict[str, list[np.ndarray]] = {
            "sig": [],
            "title_hash": [],
            "prefix_hash": [],
            "weak": [],
            "abstract_len": [],
        }
        self.sig = np.empty((0, 0), np.uint16)
        self.title_hash = self.prefix_hash = np.empty(0, np.uint64)
        self.weak = np.empty(0, bool)
        self.abstract_len = np.empty(0, np.int64)

    # -- building -------------------------------------------------------------------------
    def add(self, record: Record, exact_key: bytes | None, content_key: bytes) -> tuple[int, bool]:
        """Add one copy; return ``(unique index, is_new)``. ``exact_key=None`` means the copy
        must stay on its own even if its text repeats (e.g. a generic title with no abstract)."""
        u = self._exact.get(exact_key) if exact_key is not None else None
        is_new = u is None
        if is_new:
            u = len(self.unique_first_copy)
            if exact_key is not None:
                self._exact[exact_key] = u
            self.unique_first_copy.append(len(self.copy_unique))
            self.unique_offset.append(self._spill_end)
            self.unique_arxiv.append(record.arxiv_id)
            self._content += content_key
            self._write(record)
        self._add_copy(record, u)
        return u, is_new

    def _add_copy(self, record: Record, u: int) -> None:
        src = record.source
        self.copy_file.append(self._files(src.file))
        self.copy_line.append(src.line)
        self.copy_date.append(self._dates(src.date))
        self.copy_unique.append(u)
        if record.arxiv_id and self.unique_arxiv[u] is None:
            # The same text seen again with an id: the id is the strongest key, keep it.
            self.unique_arxiv[u] = record.arxiv_id

    def known_raw(self, raw: bytes) -> bool:
        return raw in self._raw

    def add_batch(
        self, records: list[Record], raws: list[bytes], fresh: list[int], keyed: KeyedBatch
    ) -> None:
        """Add ``records``; ``keyed`` holds the keys of ``records[i] for i in fresh``, the
        others were byte-identical to a record already stored when the batch was cut."""
        new_rows = []
        row_of = dict(zip(fresh, range(len(fresh)), strict=True))
        for i, rec in enumerate(records):
            j = row_of.get(i)
            if j is None:
                self._add_copy(rec, self._raw[raws[i]])
                continue
            u, is_new = self.add(rec, keyed.exact[j], keyed.content[j])
            if keyed.exact[j] is not None and raws[i] not in self._raw:
                self._raw[raws[i]] = u
                if self._raw_filter is not None:
                    self._raw_filter.add(raws[i])
            if is_new:
                new_rows.append(j)
        if new_rows:
            rows = np.array(new_rows, dtype=np.int64)
            c = self._chunks
            c["sig"].append(keyed.sig[rows])
            c["title_hash"].append(keyed.title_hash[rows])
            c["prefix_hash"].append(keyed.prefix_hash[rows])
            c["weak"].append(keyed.weak[rows])
            c["abstract_len"].append(keyed.abstract_len[rows])

    def _write(self, record: Record) -> None:
        if self._read_pos != -2:  # something was read: the file position is not at the end
            self._spill.seek(self._spill_end)
            self._read_pos = -2
        row = [record.title, record.abstract, list(record.flags), record.meta or None]
        data = orjson.dumps(row) + b"\n"
        self._spill.write(data)
        self._spill_end += len(data)

    def seal(self) -> None:
        """Finish building: drop the exact-key index, make the spill readable."""
        self._exact = {}
        self._raw = {}
        self._spill.flush()
        c = self._chunks
        if c["sig"]:
            self.sig = np.concatenate(c["sig"])
            self.title_hash = np.concatenate(c["title_hash"])
            self.prefix_hash = np.concatenate(c["prefix_hash"])
            self.weak = np.concatenate(c["weak"])
            self.abstract_len = np.concatenate(c["abstract_len"])
        self._chunks = {k: [] for k in c}

    # -- reading --------------------------------------------------------------------------
    @property
    def spill_path(self) -> str:
        """The spill file (complete once sealed): worker processes read texts from it."""
        return self._spill_path

    @property
    def n_copies(self) -> int:
        return len(self.copy_unique)

    @property
    def n_unique(self) -> int:
        return len(self.unique_first_copy)

    def text(self, u: int) -> StoredText:
        offset = self.unique_offset[u]
        # A seek discards the read buffer even when it goes nowhere; writers read mostly in
        # order, so skipping no-op seeks turns a million reads into one sequential pass.
        if offset != self._read_pos:
            self._spill.seek(offset)
        line = self._spill.readline()
        self._read_pos = offset + len(line)
        title, abstract, flags, meta = orjson.loads(line)
        return StoredText(title, abstract, self.unique_arxiv[u], tuple(flags), meta or {})

    @property
    def file_names(self) -> list[str | None]:
        """File names by ``copy_file`` index."""
        return self._files.values

    @property
    def date_values(self) -> list[str | None]:
        """Page dates by ``copy_date`` index."""
        return self._dates.values

    def content_key(self, u: int) -> bytes:
        return bytes(self._content[16 * u : 16 * u + 16])

    def source(self, c: int) -> Source:
        return Source(
            self._files.values[self.copy_file[c]],
            self.copy_line[c],
            self._dates.values[self.copy_date[c]],
        )

    def close(self) -> None:
        try:
            self._spill.close()
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._spill_path)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def as_numpy(arr: array) -> np.ndarray:
    """Zero-copy view of an ``array`` column."""
    return (
        np.frombuffer(arr, dtype=np.dtype(arr.typecode)) if len(arr) else np.empty(0, arr.typecode)
    )


_open_spills: dict[str, BinaryIO] = {}


def read_spill(spill: str, offsets: list[int]) -> list[tuple[str, str, list[str], object]]:
    """``(title, abstract, flags, meta)`` of the unique texts at ``offsets``, read straight from
    a sealed spill file: worker processes use it so that no text travels between processes."""
    fh = _open_spills.get(spill)
    if fh is None:
        _open_spills.clear()  # a new run: the previous spill file is gone
        fh = _open_spills[spill] = open(spill, "rb")  # noqa: SIM115 - kept open per process
    out = []
    pos = -1
    for off in offsets:
        if off != pos:
            fh.seek(off)
        line = fh.readline()
        pos = off + len(line)
        out.append(orjson.loads(line))
    return out
