"""JSONL writer (orjson): one object per line, fixed key order, ``\\n`` after every line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

import orjson

from .rows import OutputRow, SourceRef

# Every U+2028/U+2029 in UTF-8 starts with these bytes; re finds a literal prefix with
# memchr, ~3x faster than ``in`` (this scans every byte of the output).
_SEPARATOR = re.compile(b"\xe2\x80[\xa8\xa9]")


def _escape_separators(data: bytes) -> bytes:
    # orjson writes U+2028/U+2029 raw; tools splitting with str.splitlines() would break a line
    # there (domain.md §e), so escape them as JSON allows.
    if _SEPARATOR.search(data):
        data = data.replace(b"\xe2\x80\xa8", b"\\u2028").replace(b"\xe2\x80\xa9", b"\\u2029")
    return data


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


def source_objects(
    files: Sequence[str],
    file_index: Iterable[int],
    lines: Iterable[int],
    dates: Sequence[tuple[str | None, str | None]],
    date_index: Iterable[int],
    matches: Sequence[str],
    match_index: Iterable[int],
) -> list[bytes]:
    """The JSON objects of sources given column by column (``files[file_index[i]]``, ...;
    a date is ``(iso, raw)``, raw None when it is the ISO date), byte for byte as
    ``orjson.dumps`` writes ``_source_dicts``; each distinct file, date and match is encoded
    once, not once per copy."""
    dumps = orjson.dumps
    f, m = [dumps(x) for x in files], [dumps(x) for x in matches]
    d = [dumps(iso) for iso, _ in dates]
    raw = [b"" if r is None else b',"date_raw":' + dumps(r) for _, r in dates]
    return [
        b'{"file":%b,"line":%d,"date":%b,"match":%b%b}' % (f[i], line, d[j], m[k], raw[j])
        for i, line, j, k in zip(file_index, lines, date_index, match_index, strict=True)
    ]


SplicedRow = tuple[str, bytes, bytes, dict[str, Any], Sequence[bytes], str | None]


def jsonl_spliced(rows: Iterable[SplicedRow]) -> bytes:
    """``jsonl_lines`` of rows ``(id, title, abstract, fields, sources, arxiv_id)`` given
    pre-encoded: title and abstract JSON-encoded (as ``orjson.dumps`` encodes them, e.g.
    from the spill files) and the sources as ``source_objects``: the same bytes, without
    decoding and re-encoding a megabyte of text per thousand rows. Keys in ``row_dict``'s
    order, compact, as orjson writes a dict."""
    dumps = orjson.dumps
    return _escape_separators(
        b"".join(
            b'{"id":%b,"title":%b,"abstract":%b%b,"sources":[%b],"arxiv_id":%b}\n'
            % (
                dumps(id_), title, abstract, b"," + dumps(fields)[1:-1] if fields else b"",
                b",".join(sources), dumps(arxiv_id),
            )  # fmt: skip
            for id_, title, abstract, fields, sources, arxiv_id in rows
        )
    )


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
