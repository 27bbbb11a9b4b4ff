"""Contracts shared by the input readers and the format parsers.

A parser is a function ``parse(lines, file, log) -> Iterator[Record]``:

* ``lines`` yields ``(lineno, text)`` with 1-based line numbers, text decoded from UTF-8,
  BOM and line terminators (``\\n``, ``\\r\\n``, ``\\r``) already removed;
* ``file`` is the display name used in provenance and messages;
* ``log`` collects warnings, rejects and dropped chrome, so nothing is silently lost.

Parsers never raise on odd content: they warn or reject with file:line. Fatal problems with
the input as a whole (missing path, binary data, invalid UTF-8) raise ``InputError``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from ..records import Diagnostic, Record

Lines = Iterable[tuple[int, str]]
# The formats there is a parser for (``ReadOptions.input_format``, ``detect_format``).
InputFormat = Literal[
    "pages",
    "arxiv_text",
    "paper_page",
    "collection",
    "html",
    "json",
    "jsonl",
    "csv",
    "feed",
    "note",
    "bibtex",
    "ris",
]


class InputError(Exception):
    """A problem with an input as a whole; the CLI prints it as one line and exits 1."""

    def __init__(self, file: str, message: str, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.message = message
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # raised in worker processes: must survive pickling
        return (type(self), (self.file, self.message, self.line))


class NotPaperData(InputError):
    """An input that holds no paper data of any kind read here: a binary file (a PDF, an
    image), a CSV table without a title column. Named on the command line it is an error;
    found in a directory beside the dumps it is a reject, and the run goes on."""


class ParquetInput(NotPaperData):
    """An input whose bytes are a Parquet file: no lines to read, a table of rows
    (``structured.parquet``). Where nothing reads tables it stays data of no kind read."""


@dataclass
class ParseLog:
    """Per-input accounting, made where each thing happens. Picklable, so worker processes
    can return it. The ``key`` in a field's metadata is its name in ``--stats`` (see
    ``results.Summary.as_dict``); lists are published as counts per ``by``."""

    rejects: list[Diagnostic] = field(
        default_factory=list,
        metadata={"key": "rejected_by_code", "by": "code", "total": "rejected", "section": "parse"},
    )
    warnings: list[Diagnostic] = field(
        default_factory=list,
        metadata={"key": "warnings_by_code", "by": "code", "section": "parse"},
    )
    chrome: Counter[str] = field(
        default_factory=Counter, metadata={"key": "chrome_dropped", "section": "parse"}
    )
    formats: Counter[str] = field(
        default_factory=Counter, metadata={"key": "formats", "section": "inputs"}
    )
    # Per-line accounting (page parser, issue 14): every input line is a record line (a
    # title or abstract line), a blank, a chrome line (``chrome`` counts lines by kind) or
    # a rejected line; one reject may cover several lines. Not published in --stats.
    record_lines: int = 0
    blank_lines: int = 0
    reject_lines: int = 0

    def warn(self, code: str, file: str, line: int, message: str) -> None:
        self.warnings.append(Diagnostic(code, file, line, message))

    def reject(self, code: str, file: str, line: int, message: str, lines: int = 1) -> None:
        self.rejects.append(Diagnostic(code, file, line, message))
        self.reject_lines += lines

    def drop_chrome(self, kind: str, count: int = 1) -> None:
        self.chrome[kind] += count

    def merge(self, other: ParseLog) -> None:
        self.warnings.extend(other.warnings)
        self.rejects.extend(other.rejects)
        self.chrome.update(other.chrome)
        self.formats.update(other.formats)
        self.record_lines += other.record_lines
        self.blank_lines += other.blank_lines
        self.reject_lines += other.reject_lines


Parser = Callable[[Lines, str, ParseLog], Iterator[Record]]
