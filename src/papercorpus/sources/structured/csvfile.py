"""CSV/TSV with a header row; the provenance line is the line where the row starts."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from ...records import Record
from ..base import Lines, NotPaperData, ParseLog
from ..detect import CSV_DELIMITERS, TITLE_KEYS, is_title_key, sniff_csv_header
from .walk import Found, Opts, to_record

__all__ = ["parse_csv"]

# A CSV row spanning more physical lines than this probably swallowed an unbalanced quote.
_CSV_LONG_ROW = 100


def parse_csv(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """CSV/TSV with a header row (delimiter sniffed among ``, TAB ; |``). Quoted fields
    may span lines; the provenance line is the row's first line."""
    it = iter(lines)
    header_line, header_text = next(((n, t) for n, t in it if t.strip()), (0, ""))
    if not header_line:
        log.warn("W_NO_ITEMS", file, 1, "empty CSV file")
        return
    delimiter = sniff_csv_header(header_text) or _guess_delimiter(header_text)
    header = next(csv.reader([header_text], delimiter=delimiter))
    if not title_field and not any(is_title_key(h) for h in header):
        raise NotPaperData(
            file,
            f"CSV header has no title column (looked for {', '.join(TITLE_KEYS)}; "
            "hint: use --title-field)",
            line=header_line,
        )
    yield from _csv_rows(it, header, delimiter, header_line, file, log,
                         Opts(title_field, abstract_field))  # fmt: skip


def _guess_delimiter(line: str) -> str:
    counts = [(line.count(d), -i, d) for i, d in enumerate(CSV_DELIMITERS)]
    return max(counts)[2]


def _csv_rows(
    it: Iterator[tuple[int, str]],
    header: list[str],
    delimiter: str,
    header_line: int,
    file: str,
    log: ParseLog,
    opts: Opts,
) -> Iterator[Record]:
    last = [header_line]

    def feed() -> Iterator[str]:
        for lineno, text in it:
            last[0] = lineno
            yield text + "\n"

    reader = csv.reader(feed(), delimiter=delimiter)
    while True:
        row_start = last[0] + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            log.reject("R_BAD_CSV", file, row_start, f"unreadable CSV row: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue  # blank row
        _check_row_shape(row, header, row_start, last[0], file, log)
        item: dict[str, str] = {}
        for name, cell in zip(header, row, strict=False):
            item.setdefault(name, cell)
        record = to_record(Found(item, ()), file, row_start, log, opts)
        if record is not None:
            yield record


def _check_row_shape(
    row: list[str], header: list[str], start: int, end: int, file: str, log: ParseLog
) -> None:
    if len(row) != len(header):
        log.warn("W_CSV_FIELDS", file, start,
                 f"row has {len(row)} fields, header has {len(header)}")  # fmt: skip
    if end - start + 1 > _CSV_LONG_ROW:
        log.warn("W_CSV_LONG_ROW", file, start,
                 f"row spans {end - start + 1} lines (unbalanced quote?)")  # fmt: skip
