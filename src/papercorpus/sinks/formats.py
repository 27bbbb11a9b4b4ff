"""Which output format a run writes, settled before any input is read.

The format comes from ``--format`` or the output's extension: ``.jsonl`` (also ``.ndjson``),
``.csv``, each optionally ``.gz`` or ``.zst``, and ``.parquet`` (needs the optional pyarrow:
``pip install 'papercorpus[parquet]'``). An extension papercorpus cannot write (``.tsv``,
``.json``, ...) is a usage error, as is ``.parquet`` without pyarrow: the user learns it
before a long run, not after. A name without a known extension is JSONL, as stdout is.
"""

from __future__ import annotations

import contextlib
import gzip
import importlib.util
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

import zstandard

from ..fields import OUTPUT_ORDER

FORMATS = ("jsonl", "csv", "parquet")
_BY_EXTENSION = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_COMPRESSIONS = {".gz": "gzip", ".zst": "zstd"}
# Data formats a user may expect and that papercorpus does not write.
_UNWRITABLE = (
    ".tsv", ".tab", ".json", ".txt", ".xml", ".yaml", ".yml", ".xlsx", ".xls", ".feather",
    ".arrow", ".orc", ".avro", ".sqlite", ".db", ".bz2", ".xz", ".zip", ".tar",
)  # fmt: skip


class OutputFormatError(ValueError):
    """The output cannot be written as asked (a usage error: exit 2)."""


@dataclass(frozen=True)
class OutputSpec:
    fmt: str  # one of FORMATS
    compression: str | None = None  # "gzip", "zstd"
    columns: tuple[str, ...] | None = None  # --fields; None: every field in OUTPUT_ORDER


def output_spec(
    output: str, fmt: str | None = None, fields: str | Sequence[str] | None = None
) -> OutputSpec:
    """The ``OutputSpec`` for ``output`` (a path or ``"-"``), ``--format`` and ``--fields``
    (comma-separated or a sequence); raises ``OutputFormatError``."""
    name = "" if output == "-" else str(output).lower()
    compression = None
    for ext, kind in _COMPRESSIONS.items():
        if name.endswith(ext):
            compression, name = kind, name[: -len(ext)]
    ext = name[name.rfind(".") :] if "." in name.rpartition("/")[2] else ""
    if fmt is None:
        if ext in _BY_EXTENSION:
            fmt = _BY_EXTENSION[ext]
        elif ext in _UNWRITABLE:
            raise OutputFormatError(
                f"cannot write {ext} files ({output}); formats: .jsonl, .csv (each also .gz "
                f"or .zst) and .parquet, or --format"
            )
        else:
            fmt = "jsonl"
    if fmt not in FORMATS:
        raise OutputFormatError(f"unknown output format {fmt!r}; formats: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if compression:
            raise OutputFormatError("parquet files are compressed inside: drop the .gz/.zst")
        if output == "-":
            raise OutputFormatError("parquet cannot be written to stdout: give -o FILE.parquet")
        if importlib.util.find_spec("pyarrow") is None:
            raise OutputFormatError(
                "writing parquet needs pyarrow: pip install 'papercorpus[parquet]'"
            )
    return OutputSpec(fmt, compression, _columns(fields))


def _columns(fields: str | Sequence[str] | None) -> tuple[str, ...] | None:
    if fields is None:
        return None
    names = [f.strip() for f in fields.split(",")] if isinstance(fields, str) else list(fields)
    names = [n for n in names if n]
    unknown = [n for n in names if n not in OUTPUT_ORDER]
    if unknown or not names:
        raise OutputFormatError(
            f"unknown field {unknown[0]!r}; fields: {', '.join(OUTPUT_ORDER)}"
            if unknown
            else "--fields names no field"
        )
    return tuple(dict.fromkeys(names))


@contextlib.contextmanager
def compressed(out: BinaryIO, compression: str | None) -> Iterator[BinaryIO]:
    """``out`` through its compressor. gzip without a name or time in its header, so the
    bytes do not depend on the temporary file's name or the clock."""
    if compression is None:
        yield out
    elif compression == "gzip":
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz:
            yield gz  # type: ignore[misc]
    else:
        with zstandard.ZstdCompressor(level=3).stream_writer(out, closefd=False) as zw:
            yield zw  # type: ignore[misc]
