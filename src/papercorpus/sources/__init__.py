"""Sources: open the inputs, detect each one's format, parse it into records.

Records stream out in input order (files in argument order, then line order); nothing here
holds more than one batch of records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from typing import BinaryIO

from ..records import Record
from .base import InputError, InputFormat, Lines, ParseLog
from .inputs import InputFile, expand_inputs, read_lines

BATCH = 2048
HEAD_LINES = 200


@dataclass(frozen=True)
class ReadOptions:
    input_format: InputFormat | None = None  # None: detect per input
    title_field: str | None = None
    abstract_field: str | None = None


def _parser(fmt: str, opts: ReadOptions) -> Callable[[Lines, str, ParseLog], Iterator[Record]]:
    if fmt == "pages":
        from .pages import parse_pages

        return parse_pages
    if fmt == "arxiv_text":
        from .arxiv_text import parse_arxiv_text

        return parse_arxiv_text
    from . import structured

    fn = {
        "json": structured.parse_json,
        "jsonl": structured.parse_jsonl,
        "csv": structured.parse_csv,
    }[fmt]

    def parse(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
        return fn(
            lines, file, log, title_field=opts.title_field, abstract_field=opts.abstract_field
        )

    return parse


def iter_records(
    inp: InputFile, opts: ReadOptions, log: ParseLog, stdin: BinaryIO | None = None
) -> Iterator[Record]:
    from .detect import detect_format

    lines = iter(read_lines(inp, stdin))
    head = list(islice(lines, HEAD_LINES))
    fmt = opts.input_format or detect_format(head, inp.display)
    log.formats[fmt] += 1
    yield from _parser(fmt, opts)(chain(head, lines), inp.display, log)


__all__ = [
    "InputError",
    "InputFile",
    "InputFormat",
    "ParseLog",
    "ReadOptions",
    "expand_inputs",
    "iter_records",
]
