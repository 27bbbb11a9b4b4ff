"""``check_files``: read every input, run the row checks, then the corpus-wide checks.

Inputs are what ``clean`` takes (files, directories, ``-``). A JSONL or CSV file is read row
by row, strictly (a broken line is a problem at its line), and each row is parsed into a
record by ``clean``'s own field detection. Any other input (a JSON document, page dumps,
arXiv listings) is read by ``clean``'s parser as it is: its records are checked, its rejects
become problems. Rows are handed to the dedup engine as they are read; of each row, only what
the corpus checks need (``duplicates.Kept``) is held here, not its text.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import orjson

from ..api import cluster_records
from ..dedup import DedupOptions
from ..keys import raw_key
from ..parallel import default_jobs
from ..records import Record
from ..sources import HEAD_LINES, InputError, InputFile, ParseLog, ReadOptions, iter_records
from ..sources.base import NotPaperData, ParquetInput
from ..sources.compressed import (
    BINARY_SNIFF_SIZE,
    CODEC_ERRORS,
    check_text,
    line_at,
    nul_message,
)
from ..sources.detect import detect_format, is_title_key
from ..sources.inputs import expand_inputs, input_args
from ..sources.structured.parquet import parquet_rows
from ..sources.structured.walk import Opts
from .duplicates import Kept, collision_problems, duplicate_problems
from .problems import CODES, DUPLICATE_CODES, CheckInputError, CheckResult, FailOn, Problem
from .read import Row, extension_format, open_input, read_rows
from .rows import Schema, judge_row, missing_fields, schema_of
from .text import text_problems

# What a reject of clean's parsers is, as a check problem.
_REJECT_CODES = {
    "R_BAD_JSON": "C_BAD_JSON",
    "R_BAD_CSV": "C_BAD_CSV",
    "R_BAD_XML": "C_BAD_XML",
    "R_BAD_BIBTEX": "C_BAD_REFERENCE",
    "R_BIBTEX_CUT": "C_BAD_REFERENCE",
    "R_RIS_CUT": "C_BAD_REFERENCE",
    "R_BAD_ITEM": "C_NOT_OBJECT",
    "R_NO_TITLE": "C_MISSING_FIELD",
    "R_TOO_LARGE": "C_TOO_LARGE",
    "R_NOT_PAPER_DATA": "C_NOT_PAPER_DATA",
}
_WARNING_CODES = {"W_CSV_FIELDS": "C_BAD_CSV", "W_SURROGATE": "C_LONE_SURROGATE"}


def check_files(
    paths: Sequence[str | os.PathLike[str]],
    *,
    ignore: Iterable[str] = (),
    max_duplicates: int = 0,
    schema: Schema = "auto",
    stdin: BinaryIO | None = None,
    dedup: DedupOptions | None = None,
    read: ReadOptions | None = None,
    fail_on: FailOn = "error",
    baseline: Sequence[str | os.PathLike[str]] = (),
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> CheckResult:
    """Check every input (files, directories, ``"-"`` for stdin) and return all problems in
    file/line order.

    Problems whose code is in ``ignore`` are dropped. Duplicate groups are marked
    ``tolerated`` (reported, but not failing) while there are at most ``max_duplicates``.
    Duplicates are judged with ``dedup`` (e.g. the thresholds ``clean`` ran with), fields are
    found as ``clean`` finds them with ``read``, and read within its bounds (a line over
    ``read.max_record_bytes`` is a ``C_TOO_LARGE`` problem, skipped unread; a
    decompression bomb an error naming the file); ``include``/``exclude`` select the files
    of directories as for ``clean``. With ``baseline`` (the inputs of an earlier corpus),
    problems the baseline has too, by content, are left out. Raises
    ``CheckInputError`` when an input cannot be opened or read at all, and ``ValueError``
    for an unknown code in ``ignore``.
    """
    ignored = frozenset(ignore)
    unknown = sorted(ignored - CODES.keys())
    if unknown:
        raise ValueError(f"unknown problem code(s): {', '.join(unknown)}")
    opts = read or ReadOptions()
    select = (tuple(include), tuple(exclude))
    problems, rows, displays = _problems(
        input_args(paths), ignored, schema, stdin, dedup, opts, select
    )
    result = CheckResult(files=len(displays), rows=rows, fail_on=fail_on)
    if baseline:
        old, _, _ = _problems(input_args(baseline), ignored, schema, None, dedup, opts, select)
        known = Counter(p.fingerprint for p in old)
        fresh = []
        for p in problems:
            if known[p.fingerprint] > 0:
                known[p.fingerprint] -= 1
                result.in_baseline += 1
            else:
                fresh.append(p)
        problems = fresh
    n_groups = sum(p.code in DUPLICATE_CODES for p in problems)
    if 0 < n_groups <= max_duplicates:
        problems = [
            replace(p, tolerated=True) if p.code in DUPLICATE_CODES else p for p in problems
        ]
    result.problems = problems
    return result


def _problems(
    paths: Sequence[str],
    ignored: frozenset[str],
    schema: Schema,
    stdin: BinaryIO | None,
    dedup: DedupOptions | None,
    opts: ReadOptions,
    select: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> tuple[list[Problem], int, list[str]]:
    try:
        inputs = expand_inputs(list(paths), *select)
    except InputError as exc:
        raise CheckInputError(exc.file, exc.message, exc.line) from None
    state = _State(
        schema=schema,
        opts=opts,
        want_dups=not (DUPLICATE_CODES | {"C_ID_COLLISION"}) <= ignored,
    )
    records = (rec for inp in inputs for rec in _check_input(inp, stdin, state))
    if state.want_dups:
        survivors = cluster_records(records, dedup, jobs=default_jobs())
        state.problems.extend(duplicate_problems(state.kept, survivors))
        state.problems.extend(collision_problems(state.kept, survivors))
    else:
        for _ in records:
            pass
    displays = [inp.display for inp in inputs]
    rank = {display: i for i, display in enumerate(dict.fromkeys(displays))}
    problems = [p for p in state.problems if p.code not in ignored]
    # Stable sort: per line, row problems first (in check order), then group problems.
    problems.sort(key=lambda p: (rank.get(p.file, len(rank)), p.line))
    return problems, state.rows, displays


@dataclass
class _State:
    """What the inputs contribute to the corpus-wide checks as they are read."""

    schema: Schema
    opts: ReadOptions
    want_dups: bool
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)


def _check_input(inp: InputFile, stdin: BinaryIO | None, state: _State) -> Iterator[Record]:
    display = inp.display
    stream = open_input(display, inp.path, stdin, state.opts.max_decompressed_ratio)
    try:
        try:
            check_text(display, stream.peek(BINARY_SNIFF_SIZE)[:BINARY_SNIFF_SIZE])  # type: ignore[attr-defined]
        except ParquetInput:
            if inp.path is None:
                raise CheckInputError(
                    display, "a Parquet table cannot be read from stdin"
                ) from None
            yield from _check_rows(display, _parquet_rows(inp.path, display), state)
            return
        except NotPaperData as exc:
            if not inp.found:
                raise CheckInputError(exc.file, exc.message, exc.line) from None
            state.problems.append(_not_paper_data(exc))
            return
        fmt = state.opts.input_format or _sniff(display, stream)
        if fmt in ("jsonl", "csv"):
            rows = read_rows(display, stream, state.problems, state.opts.max_record_bytes)
            yield from _check_rows(display, rows, state)
            return
        if inp.path is not None:
            stream.close()  # clean's reader opens the file itself
        yield from _check_parsed(InputFile(display, inp.path, inp.found), stream, fmt, state)
    finally:
        if inp.path is not None:
            stream.close()


def _not_paper_data(exc: NotPaperData) -> Problem:
    """A PDF or an image found in a directory beside the corpus: skipped, as ``clean``
    skips it (a reject there, and the run goes on); named on the command line it is an
    input error."""
    message = f"{exc.message}: skipped (found in a directory)"
    return Problem("C_NOT_PAPER_DATA", exc.file, exc.line or 1, message)


def _sniff(display: str, stream: BinaryIO) -> str:
    """``clean``'s format detection on the head of the (decompressed) stream."""
    head = stream.peek(1 << 16)[: 1 << 16]  # type: ignore[attr-defined]
    if b"\x00" in head:
        nul = head.index(0)
        raise CheckInputError(display, nul_message(nul), line_at(head, nul))
    text = head.decode("utf-8", "replace").removeprefix("\ufeff")
    lines = text.splitlines()
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines.pop()  # cut in the middle
    by_name = extension_format(display)
    if by_name is not None:
        return by_name
    return detect_format(list(islice(enumerate(lines, 1), HEAD_LINES)), display)


def _parquet_rows(path: Path, display: str) -> Iterator[Row]:
    try:
        for rowno, data in parquet_rows(path, display):
            yield Row(display, rowno, data)
    except InputError as exc:
        raise CheckInputError(exc.file, exc.message, exc.line) from None


def _check_rows(display: str, rows: Iterable[Row], state: _State) -> Iterator[Record]:
    n_rows = 0
    file_schema: Schema | None = None
    reader_opts = Opts(state.opts.title_field, state.opts.abstract_field)
    try:
        for row in rows:
            n_rows += 1
            if row.data is None:
                continue
            if file_schema is None:
                file_schema = schema_of(row, state.schema)
                if row.csv:
                    _check_header(row, file_schema, state)
            found, rec = judge_row(row, file_schema, reader_opts)
            key = _row_key(row)
            state.problems.extend(replace(p, key=key) for p in found)
            if rec is not None and state.want_dups:
                state.kept.append(Kept.from_row(row, rec))
                yield rec
    except (OSError, *CODEC_ERRORS) as exc:
        raise CheckInputError(display, f"read error after {n_rows} rows: {exc}") from None
    state.rows += n_rows
    if n_rows == 0:
        state.problems.append(Problem("C_EMPTY_FILE", display, 1, "no rows"))


def _row_key(row: Row) -> bytes:
    """The row by content, whatever its place: what ``--baseline`` compares."""
    try:
        data = orjson.dumps(row.data, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # lone surrogates, huge integers: the slow, lenient way
        data = json.dumps(row.data, sort_keys=True).encode()
    return hashlib.blake2b(data, digest_size=16).digest()


def _check_parsed(inp: InputFile, stream: BinaryIO, fmt: str, state: _State) -> Iterator[Record]:
    """An input only ``clean``'s parser can read (a JSON document, pages): its records are
    the rows, its rejects the reading problems."""
    log = ParseLog()
    opts = replace(state.opts, input_format=fmt)  # type: ignore[arg-type]
    n = 0
    try:
        for rec in iter_records(inp, opts, log, stream if inp.path is None else None):
            n += 1
            key = raw_key(rec)
            for code, fld, message in text_problems(rec.title, rec.abstract):
                state.problems.append(
                    Problem(code, inp.display, rec.source.line, message, field=fld, key=key)
                )
            if state.want_dups:
                state.kept.append(Kept.from_record(rec))
                yield rec
    except InputError as exc:
        raise CheckInputError(exc.file, exc.message, exc.line) from None
    for d in log.rejects + log.warnings:
        check_code = _REJECT_CODES.get(d.code) or _WARNING_CODES.get(d.code)
        if check_code is None:
            continue  # clean's own notes (W_NO_ABSTRACT...): the text checks judge those
        in_field = "title" if check_code == "C_MISSING_FIELD" else None
        state.problems.append(Problem(check_code, d.file, d.line, d.message, field=in_field))
    rejected = len(log.rejects)
    state.rows += n + rejected
    if n + rejected == 0:
        state.problems.append(Problem("C_EMPTY_FILE", inp.display, 1, "no records"))


def _check_header(row: Row, schema: Schema, state: _State) -> None:
    assert row.data is not None
    missing = missing_fields(row.data, schema)
    if schema != "clean" and "title" not in missing:
        wanted = state.opts.title_field
        has_title = wanted in row.data if wanted else any(is_title_key(k) for k in row.data)
        if not has_title:
            missing.append(wanted or "title")
    for name in missing:
        state.problems.append(
            Problem("C_MISSING_FIELD", row.file, 1, f"no {name!r} column in the header", field=name)
        )
