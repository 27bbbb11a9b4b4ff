"""``check_files``: read every file, run the row checks, then the corpus-wide checks.

Rows are handed to the dedup engine as they are read; of each row, only what the corpus
checks need (``duplicates.Kept``) is held here, not its text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from ..api import cluster_records
from ..dedup import DedupOptions
from ..parallel import default_jobs
from ..records import Record
from ..sources import MAX_RECORD_BYTES
from ..sources.inputs import CODEC_ERRORS, MAX_DECOMPRESSED_RATIO
from .duplicates import Kept, collision_problems, duplicate_problems
from .problems import CODES, DUPLICATE_CODES, CheckInputError, CheckResult, Problem
from .read import Row, open_input, read_rows
from .rows import Schema, missing_fields, row_problems, schema_of, to_record


def check_files(
    paths: Sequence[str],
    *,
    ignore: Iterable[str] = (),
    max_duplicates: int = 0,
    schema: Schema = "auto",
    stdin: BinaryIO | None = None,
    dedup: DedupOptions | None = None,
    max_record_bytes: int = MAX_RECORD_BYTES,
    max_decompressed_ratio: float | None = MAX_DECOMPRESSED_RATIO,
) -> CheckResult:
    """Check every file (``"-"`` is stdin) and return all problems in file/line order.

    Problems whose code is in ``ignore`` are dropped. Duplicate groups are marked
    ``tolerated`` (reported, but not failing) while there are at most ``max_duplicates``.
    Duplicates are judged with ``dedup`` (e.g. the thresholds ``clean`` ran with).
    A line over ``max_record_bytes`` is a ``C_TOO_LARGE`` problem, skipped unread, and a
    compressed file decompressing past ``max_decompressed_ratio`` times its size an error,
    as in ``clean``.
    Raises ``CheckInputError`` when a file cannot be opened or read at all, and
    ``ValueError`` for an unknown code in ``ignore``.
    """
    ignored = frozenset(ignore)
    unknown = sorted(ignored - CODES.keys())
    if unknown:
        raise ValueError(f"unknown problem code(s): {', '.join(unknown)}")
    state = _State(
        schema=schema,
        want_dups=not (DUPLICATE_CODES | {"C_ID_COLLISION"}) <= ignored,
        max_record=max_record_bytes,
        max_ratio=max_decompressed_ratio,
    )
    records = (rec for display in paths for rec in _check_file(display, stdin, state))
    if state.want_dups:
        survivors = cluster_records(records, dedup, jobs=default_jobs())
        state.problems.extend(duplicate_problems(state.kept, survivors))
        state.problems.extend(collision_problems(state.kept, survivors))
    else:
        for _ in records:
            pass
    rank = {display: i for i, display in enumerate(dict.fromkeys(paths))}
    problems = [p for p in state.problems if p.code not in ignored]
    # Stable sort: per line, row problems first (in check order), then group problems.
    problems.sort(key=lambda p: (rank.get(p.file, len(rank)), p.line))
    n_groups = sum(p.code in DUPLICATE_CODES for p in problems)
    if 0 < n_groups <= max_duplicates:
        problems = [
            replace(p, tolerated=True) if p.code in DUPLICATE_CODES else p for p in problems
        ]
    return CheckResult(files=len(paths), rows=state.rows, problems=problems)


@dataclass
class _State:
    """What the files contribute to the corpus-wide checks as they are read."""

    schema: Schema
    want_dups: bool
    max_record: int = MAX_RECORD_BYTES
    max_ratio: float | None = MAX_DECOMPRESSED_RATIO
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)


def _check_file(display: str, stdin: BinaryIO | None, state: _State) -> Iterator[Record]:
    path = None if display == "-" else Path(display)
    if path is not None and path.is_dir():
        raise CheckInputError(display, "is a directory")
    stream = open_input(display, path, stdin, state.max_ratio)
    n_rows = 0
    file_schema: Schema | None = None
    try:
        for row in read_rows(display, stream, state.problems, state.max_record):
            n_rows += 1
            if row.data is None:
                continue
            if file_schema is None:
                file_schema = schema_of(row, state.schema)
                if row.csv:
                    _check_header(row, file_schema, state.problems)
            state.problems.extend(row_problems(row, file_schema))
            rec = to_record(row) if state.want_dups else None
            if rec is not None:
                state.kept.append(Kept.from_row(row, rec))
                yield rec
    except (OSError, *CODEC_ERRORS) as exc:
        raise CheckInputError(display, f"read error after {n_rows} rows: {exc}") from None
    finally:
        if path is not None:
            stream.close()
    state.rows += n_rows
    if n_rows == 0:
        state.problems.append(Problem("C_EMPTY_FILE", display, 1, "no rows"))


def _check_header(row: Row, schema: Schema, problems: list[Problem]) -> None:
    assert row.data is not None
    for name in missing_fields(row.data, schema):
        problems.append(
            Problem("C_MISSING_FIELD", row.file, 1, f"no {name!r} column in the header", field=name)
        )
