"""JSONL writer (orjson): one object per line, fixed key order, ``\\n`` after every line."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO, NamedTuple

import numpy as np
import orjson

from .rows import OutputRow, SourceRef


def _escape_separators(data: bytes) -> bytes:
    # orjson writes U+2028/U+2029 raw; tools splitting with str.splitlines() would break a line
    # there (domain.md §e), so escape them as JSON allows.
    if _has_separator(data):
        data = data.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")
    return data


def _has_separator(data: bytes) -> bool:
    """Whether ``data`` holds U+2028 or U+2029 (UTF-8 ``e2 80 a8``/``e2 80 a9``). This scans
    every byte of the output: numpy finds the lead bytes ~2x faster than a regex with the
    literal prefix (which restarts its memchr at each dash or quote of U+2000-U+2FFF)."""
    arr = np.frombuffer(data, dtype=np.uint8)
    lead = np.flatnonzero(arr[:-2] == 0xE2)
    return bool(len(lead)) and bool(((arr[lead + 1] == 0x80) & ((arr[lead + 2] | 1) == 0xA9)).any())


def row_dict(row: OutputRow) -> dict[str, object]:
    """The row as JSONL writes it: ``id``, ``title``, ``abstract``, the merged fields (in
    ``fields.OUTPUT_ORDER``, absent ones left out), ``sources``, ``arxiv_id``."""
    return {
        "id": row.id,
        "title": row.title,
        "abstract": row.abstract,
        **row.fields,
        "sources": _source_dicts(row.sources),
        "arxiv_id": row.arxiv_id,
    }


def source_dict(s: SourceRef) -> dict[str, object]:
    d: dict[str, object] = {"file": s.file, "line": s.line, "date": s.date, "match": s.match}
    if s.date_raw is not None:
        d["date_raw"] = s.date_raw
    return d


def _source_dicts(sources: Iterable[SourceRef]) -> list[dict[str, object]]:
    return [source_dict(s) for s in sources]


def jsonl_block(
    ids: Sequence[str],
    titles: Sequence[bytes],
    abstracts: Sequence[bytes],
    fields: Sequence[bytes],
    arxiv_ids: Sequence[str | None],
    bounds: np.ndarray,
    sources: SourceColumns,
) -> bytes:
    """``jsonl_lines`` of a block of rows given column by column: the titles and abstracts
    JSON-encoded (as ``orjson.dumps`` encodes them, e.g. read from the spill files, so a
    megabyte of text per thousand rows is not decoded and encoded again), each row's merged
    fields as the bytes ``orjson`` writes for them inside the row (``b',"first_seen":...'``,
    or ``b""``), and the sources of row ``i`` the copies ``bounds[i]:bounds[i + 1]`` of
    ``sources``. The same bytes, assembled by numpy: every row and copy is a few pieces placed
    by index into one list that is joined once, and each distinct opening (file) and closing
    (date, match) of a source object is encoded once, so nothing runs in Python per copy."""
    n = len(ids)
    if n == 0:
        return b""
    bounds = np.asarray(bounds, dtype=np.int64)
    m = int(bounds[-1])
    # Per row 6 pieces (id, title, ',"abstract":', abstract, fields + '"sources":[', end)
    # and 3 per copy (opening with its file, line number, closing with date and match).
    row_at = 6 * np.arange(n) + 3 * bounds[:-1]
    pieces = np.empty(6 * n + 3 * m, dtype=object)
    dumps = orjson.dumps
    pieces[row_at] = [b'{"id":%b,"title":' % dumps(i) for i in ids]
    pieces[row_at + 1] = titles
    pieces[row_at + 2] = b',"abstract":'
    pieces[row_at + 3] = abstracts
    pieces[row_at + 4] = [f + b',"sources":[' for f in fields]
    end = b'],"arxiv_id":null}\n'
    pieces[row_at + 5 + 3 * np.diff(bounds)] = [
        end if a is None else b'],"arxiv_id":%b}\n' % dumps(a) for a in arxiv_ids
    ]
    if m:
        copy_at = 6 * np.repeat(np.arange(n), np.diff(bounds)) + 3 * np.arange(m) + 5
        later = np.ones(m, dtype=np.int64)  # 1: a comma before the object
        later[bounds[:-1]] = 0
        pieces[copy_at] = _distinct(
            np.asarray(sources.file_index, dtype=np.int64) * 2 + later,
            lambda k: b"," * (k & 1) + b'{"file":%b,"line":' % dumps(sources.files[k >> 1]),
        )
        lines = np.asarray(sources.lines).tolist()
        pieces[copy_at + 1] = " ".join(map(str, lines)).encode().split(b" ")
        width = len(sources.matches)
        pieces[copy_at + 2] = _distinct(
            np.asarray(sources.date_index, dtype=np.int64) * width
            + np.asarray(sources.match_index, dtype=np.int64),
            lambda k: _source_close(sources.dates[k // width], sources.matches[k % width]),
        )
    return _escape_separators(b"".join(pieces.tolist()))


class SourceColumns(NamedTuple):
    """The sources of a block's copies, column by column: copy ``c`` is in file
    ``files[file_index[c]]`` at line ``lines[c]``, dated ``dates[date_index[c]]`` (``(iso,
    raw)``, raw None when it is the ISO date) and joined its row as
    ``matches[match_index[c]]``."""

    files: Sequence[str | None]
    file_index: np.ndarray
    lines: np.ndarray
    dates: Sequence[tuple[str | None, str | None]]
    date_index: np.ndarray
    matches: Sequence[str]
    match_index: np.ndarray


def _source_close(date: tuple[str | None, str | None], match: str) -> bytes:
    dumps = orjson.dumps
    iso, raw = date
    tail = b"" if raw is None else b',"date_raw":' + dumps(raw)
    return b',"date":%b,"match":%b%b}' % (dumps(iso), dumps(match), tail)


def _distinct(codes: np.ndarray, encode: Callable[[int], bytes]) -> np.ndarray:
    """``encode(code)`` of every code, as an object array, calling ``encode`` once per
    distinct code."""
    values, index = np.unique(codes, return_inverse=True)
    encoded = np.empty(len(values), dtype=object)
    encoded[:] = [encode(v) for v in values.tolist()]
    return encoded[index.reshape(-1)]


def jsonl_lines(rows: Iterable[OutputRow], columns: Sequence[str] | None = None) -> bytes:
    """The JSONL bytes of ``rows`` (no header: JSONL has none); ``columns`` selects and
    orders the keys (``--fields``), absent ones left out."""
    dicts = (row_dict(row) for row in rows)
    if columns is not None:
        dicts = ({c: d[c] for c in columns if c in d} for d in dicts)
    # Escaped over the whole block, not row by row: the scan is then one pass (no row's
    # bytes can combine with the next row's into a separator, as every row ends with \n).
    return _escape_separators(b"".join(orjson.dumps(d) + b"\n" for d in dicts))


def write_jsonl(rows: Iterable[OutputRow], out: BinaryIO) -> int:
    n = 0
    for row in rows:
        out.write(jsonl_lines((row,)))
        n += 1
    return n
