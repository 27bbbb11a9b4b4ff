"""Reading a corpus file for ``check``: sniff the format, then yield its rows one by one.

JSONL and CSV (compressed or not, or stdin) are read strictly: a line that is not UTF-8, not
JSON or not an object is reported as a problem with its ``file:line`` and yielded as a row
without data, so the row count stays true. Only a file that cannot be read at all raises.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from ..sources import MAX_RECORD_BYTES
from ..sources.compressed import (
    DECOMPRESSED_FLOOR,
    MAX_DECOMPRESSED_RATIO,
    Decompressing,
    compression_of,
    decompressor,
)
from ..sources.detect import CSV_DELIMITERS, sniff_csv_header
from .problems import CheckInputError, Problem

_CSV_FIELD_LIMIT = 1 << 30

_INVALID = re.compile(r"[\udc80-\udcff]")  # what surrogateescape makes of undecodable bytes


@dataclass
class Row:
    """One data row as read: its place, and the parsed object (or ``None`` if unreadable)."""

    file: str
    line: int
    data: dict[str, Any] | None
    csv: bool = False


def open_input(
    display: str,
    path: Path | None,
    stdin: BinaryIO | None,
    max_ratio: float | None = MAX_DECOMPRESSED_RATIO,
) -> BinaryIO:
    """The input, decompressed (by magic bytes); a compressed input stops with
    ``CheckInputError`` once it has produced more than ``max_ratio`` times the compressed
    bytes read (a decompression bomb), as ``clean`` reads it."""
    try:
        # A file is closed by the caller; stdin is left open.
        raw = open(path, "rb") if path else _buffered(stdin or sys.stdin.buffer)  # noqa: SIM115
        head = raw.peek(8)  # type: ignore[attr-defined]
    except OSError as exc:
        raise CheckInputError(display, (exc.strerror or str(exc)).lower()) from None
    kind = compression_of(head)
    if not kind:
        return raw
    counted = _Counting(raw)
    # (Both are ``io.RawIOBase``, whose ``read`` may return None: never for these two.)
    inner = decompressor(kind, counted)  # type: ignore[arg-type]
    if max_ratio:
        inner = _RatioBound(display, inner, counted, max_ratio)  # type: ignore[assignment]
    return _buffered(inner)


class _Counting(io.RawIOBase):
    """The compressed bytes read, counted."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _RatioBound(io.RawIOBase):
    def __init__(
        self, display: str, inner: Decompressing, counted: _Counting, ratio: float
    ) -> None:
        self._display, self._inner, self._counted, self._ratio = display, inner, counted, ratio
        self._total = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        self._total += len(data)
        if self._total > self._ratio * self._counted.count + DECOMPRESSED_FLOOR:
            raise CheckInputError(
                self._display,
                f"decompresses to over {self._ratio:g} times its compressed size (a "
                "decompression bomb?); raise --max-decompressed-ratio to read it",
            )
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


def _buffered(stream: Any) -> Any:
    # peek() is how the format is sniffed without consuming anything.
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)


def extension_format(display: str) -> str | None:
    """``csv`` or ``jsonl`` when the name says so (``.json`` may be a document: not said)."""
    name = display.lower()
    for ext in (".gz", ".bz2", ".xz", ".zst"):
        name = name.removesuffix(ext)
    if name.endswith((".csv", ".tsv")):
        return "csv"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return None


def _is_csv(display: str, head: bytes) -> bool:
    fmt = extension_format(display)
    if fmt is not None:
        return fmt == "csv"
    return not head.lstrip().startswith((b"{", b"["))


def read_rows(
    display: str, stream: BinaryIO, problems: list[Problem], max_record: int = MAX_RECORD_BYTES
) -> Iterator[Row]:
    # (a NUL byte in these first bytes stopped the file before: ``compressed.check_text``)
    head = stream.peek(8192)[:8192]  # type: ignore[attr-defined]
    if _is_csv(display, head):
        yield from _csv_rows(display, stream, problems, max_record, _delimiter(head))
    else:
        yield from _jsonl_rows(display, stream, problems, max_record)


def _capped_lines(stream: BinaryIO, cap: int) -> Iterator[bytes | int]:
    """The lines of ``stream`` (with their ``\\n``), or in place of a line longer than
    ``cap``, its length: it is skipped as it is read, never held whole."""
    while line := stream.readline(cap + 1):
        if len(line) <= cap or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while (more := stream.readline(1 << 20)) and not more.endswith(b"\n"):
            size += len(more)
        yield size + len(more.rstrip(b"\n"))


def _decode(display: str, raw: bytes, lineno: int, problems: list[Problem]) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = f"invalid UTF-8 at byte {exc.start} of the line"
        problems.append(Problem("C_INVALID_UTF8", display, lineno, message))
        return None


def _jsonl_rows(
    display: str, stream: BinaryIO, problems: list[Problem], max_record: int
) -> Iterator[Row]:
    for lineno, raw in enumerate(_capped_lines(stream, max_record), 1):
        if isinstance(raw, int):
            message = f"line of {raw:,} bytes, over --max-record-bytes ({max_record:,}); not read"
            problems.append(Problem("C_TOO_LARGE", display, lineno, message))
            yield Row(display, lineno, None)
            continue
        raw = raw.rstrip(b"\n").removesuffix(b"\r")
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            problems.append(Problem("C_BLANK_LINE", display, lineno, "blank line"))
            continue
        text = _decode(display, raw, lineno, problems)
        data = None if text is None else _parse_json(display, text, lineno, problems)
        yield Row(display, lineno, data)


def _parse_json(display: str, text: str, lineno: int, problems: list[Problem]) -> Any:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        # orjson refuses lone surrogates ("\ud800"); the stdlib keeps them, so they can be
        # reported as the encoding problem they are rather than as broken JSON.
        try:
            value = json.loads(text)
        except (ValueError, RecursionError) as exc:
            msg = str(exc).split(":")[0] if isinstance(exc, ValueError) else "nested too deeply"
            problems.append(Problem("C_BAD_JSON", display, lineno, f"invalid JSON: {msg}"))
            return None
    if not isinstance(value, dict):
        kind = "null" if value is None else type(value).__name__
        problems.append(Problem("C_NOT_OBJECT", display, lineno, f"row is a JSON {kind}"))
        return None
    return value


def _delimiter(head: bytes) -> str:
    """The header's delimiter, sniffed as ``clean`` sniffs it (``,`` TAB ``;`` ``|``)."""
    first = head.decode("utf-8", "replace").removeprefix("\ufeff").splitlines()[:1]
    if not first:
        return ","
    found = sniff_csv_header(first[0])
    if found:
        return found
    return max((first[0].count(d), -i, d) for i, d in enumerate(CSV_DELIMITERS))[2]


def _csv_rows(
    display: str,
    stream: BinaryIO,
    problems: list[Problem],
    max_record: int = MAX_RECORD_BYTES,
    delimiter: str = ",",
) -> Iterator[Row]:
    # A field over the record cap is a C_BAD_CSV row ("field larger than field limit").
    csv.field_size_limit(min(_CSV_FIELD_LIMIT, max_record))
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.reader(text, delimiter=delimiter)
    header: list[str] | None = None
    start = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem("C_BAD_CSV", display, start, f"unreadable CSV row: {exc}"))
            start = reader.line_num + 1
            continue
        lineno, start = start, reader.line_num + 1
        if header is None:
            header = [v.removeprefix("\ufeff").strip() for v in values]
            continue
        yield _csv_row(display, lineno, header, values, problems)


def _csv_row(
    display: str, lineno: int, header: list[str], values: list[str], problems: list[Problem]
) -> Row:
    if any(_INVALID.search(v) for v in values):
        problems.append(Problem("C_INVALID_UTF8", display, lineno, "invalid UTF-8 in this row"))
        return Row(display, lineno, None, csv=True)
    if len(values) != len(header):
        problems.append(
            Problem(
                "C_BAD_CSV",
                display,
                lineno,
                f"{len(values)} fields, the header has {len(header)}",
            )
        )
        return Row(display, lineno, None, csv=True)
    return Row(display, lineno, dict(zip(header, values, strict=True)), csv=True)
