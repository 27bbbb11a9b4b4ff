"""Sources: open the inputs, detect each one's format, parse it into records.

Records stream out in input order (files in argument order, then line order); nothing here
holds more than one batch of records.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import BinaryIO

from ..records import Record
from .base import InputError, InputFormat, Lines, NotPaperData, ParquetInput, ParseLog
from .compressed import MAX_DECOMPRESSED_RATIO
from .inputs import (
    InputFile,
    LineStream,
    Oversized,
    ReadLimits,
    expand_inputs,
    input_args,
    read_lines,
)

BATCH = 2048
HEAD_LINES = 200


# The largest record read (``--max-record-bytes``), counted on the text it comes from: a
# JSONL line, a JSON item, a CSV or page line. A paper's record is a few KB; a line of
# megabytes is a dump gone wrong, and parsing it could cost hundreds of times its size.
MAX_RECORD_BYTES = 4 << 20


@dataclass(frozen=True)
class ReadOptions:
    input_format: InputFormat | None = None  # None: detect per input
    title_field: str | None = None
    abstract_field: str | None = None
    max_record_bytes: int = MAX_RECORD_BYTES
    max_decompressed_ratio: float | None = MAX_DECOMPRESSED_RATIO  # None: no cap


# Made once per format and options, not per input: a folder of one-record files asks for it
# as often as for the records.
@functools.lru_cache(maxsize=64)
def _parser(fmt: str, opts: ReadOptions) -> Callable[[Lines, str, ParseLog], Iterator[Record]]:
    if fmt == "pages":
        from .pages import parse_pages

        return parse_pages
    if fmt == "arxiv_text":
        from .arxiv_text import parse_arxiv_text

        return parse_arxiv_text
    if fmt == "paper_page":
        from .paper_page import parse_paper_pages

        return parse_paper_pages
    if fmt == "collection":
        from .hf_collection import parse_collection

        return parse_collection
    if fmt == "html":
        return _html_parser(opts)
    from . import structured

    if fmt == "json":  # its lines are not capped (see iter_records): its items are
        return functools.partial(
            structured.parse_json,
            title_field=opts.title_field,
            abstract_field=opts.abstract_field,
            max_record_bytes=opts.max_record_bytes,
        )
    if fmt == "feed":
        from .structured.feed import parse_feed as fn
    elif fmt == "note":
        from .structured.front_matter import parse_note as fn
    elif fmt == "bibtex":
        from .structured.bibtex import parse_bibtex as fn
    elif fmt == "ris":
        from .structured.ris import parse_ris as fn
    else:
        fn = {"jsonl": structured.parse_jsonl, "csv": structured.parse_csv}[fmt]

    def parse(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
        return fn(
            lines, file, log, title_field=opts.title_field, abstract_field=opts.abstract_field
        )

    return parse


def _html_parser(opts: ReadOptions) -> Callable[[Lines, str, ParseLog], Iterator[Record]]:
    """An HTML page: its embedded JSON, else its text read as ``clean`` reads a capture."""
    from .detect import detect_format
    from .html_page import parse_html
    from .structured.walk import Opts

    def text_parser(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
        text = list(lines)
        fmt = detect_format(text[:HEAD_LINES], file)
        return _parser("pages" if fmt in ("html", "feed") else fmt, opts)(text, file, log)

    return functools.partial(
        parse_html, text_parser=text_parser, opts=Opts(opts.title_field, opts.abstract_field)
    )


def iter_records(
    inp: InputFile, opts: ReadOptions, log: ParseLog, stdin: BinaryIO | None = None
) -> Iterator[Record]:
    from .detect import detect_format

    cap = opts.max_record_bytes
    oversized: list[tuple[int, int]] = []
    limits = ReadLimits(cap, opts.max_decompressed_ratio, lambda *n: oversized.append(n))
    lines = read_lines(inp, stdin, limits)
    try:
        head = list(islice(lines, HEAD_LINES))
    except ParquetInput:
        lines.close()
        yield from _parquet(inp, opts, log)
        return
    except NotPaperData as exc:
        _not_paper_data(inp, exc, log)
        return
    fmt = opts.input_format or detect_format(_detectable(head), inp.display)
    log.formats[fmt] += 1
    if fmt in ("json", "html"):
        # A JSON document is parsed whole anyway, and minified ones are one long line:
        # the cap applies to its items (``parse_json``), not to its lines; an HTML page's
        # embedded JSON is one attribute on one line.
        limits.max_line = None
        if oversized:
            lines.close()
            lines, head = _reread_uncapped(inp, opts, oversized[0], cap)
            oversized.clear()

    def too_large(lineno: int, size: int) -> None:
        log.reject("R_TOO_LARGE", inp.display, lineno,
                   f"line of {size:,} bytes, over the record size cap ({cap:,} bytes; "
                   "--max-record-bytes)")  # fmt: skip

    for lineno, size in oversized:
        too_large(lineno, size)
    limits.on_oversized = too_large
    try:
        yield from _parser(fmt, opts)(chain(head, lines), inp.display, log)
    except NotPaperData as exc:  # (raised before a record: a CSV's header)
        _not_paper_data(inp, exc, log)


def _parquet(inp: InputFile, opts: ReadOptions, log: ParseLog) -> Iterator[Record]:
    """A Parquet table's rows (its bytes said so; the line reader stopped at its magic).
    A table is read by seeking to its footer: not from stdin."""
    if inp.path is None:
        raise InputError(inp.display, "a Parquet table cannot be read from stdin: name the file")
    from .structured.parquet import parse_parquet

    log.formats["parquet"] += 1
    yield from parse_parquet(inp.path, inp.display, log, title_field=opts.title_field,
                             abstract_field=opts.abstract_field)  # fmt: skip


def _not_paper_data(inp: InputFile, exc: NotPaperData, log: ParseLog) -> None:
    """A PDF, an image or a table of other data beside the dumps in a folder (as ripgrep
    skips the binary files it finds and reads those it is given): reported, the run goes
    on. Named on the command line, it is the error it is."""
    if not inp.found:
        raise exc
    log.reject("R_NOT_PAPER_DATA", inp.display, exc.line or 1,
               f"{exc.message}: skipped (found in a directory)")  # fmt: skip


def _detectable(head: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The head as format detection sees it: an oversized line by its first bytes."""
    return [(n, t.prefix if isinstance(t, Oversized) else t) for n, t in head]


def _reread_uncapped(
    inp: InputFile, opts: ReadOptions, first: tuple[int, int], cap: int
) -> tuple[LineStream, list[tuple[int, str]]]:
    """The lines of a JSON or HTML document read again without the line cap (its head held
    a line over it). stdin cannot be read twice: that is an error naming the line."""
    if inp.path is None:
        raise InputError(
            inp.display,
            f"a JSON or HTML document with a line of {first[1]:,} bytes, over the record size cap "
            f"({cap:,} bytes); raise --max-record-bytes or give it as a file",
            line=first[0],
        )
    return read_lines(inp, None, ReadLimits(None, opts.max_decompressed_ratio)), []


__all__ = [
    "InputError",
    "InputFile",
    "InputFormat",
    "MAX_RECORD_BYTES",
    "ParseLog",
    "ReadOptions",
    "expand_inputs",
    "input_args",
    "iter_records",
]
