"""A listing set as a markdown table: one card a row (``| [Title](url) | 12 | Abstract … |``).

A reader of such a page reads each row as a card: the column of titles (linked, or the
first column of words) and, where the table has one, the column of abstracts (prose,
hundreds of characters on every row); the other cells are the card's counts and dates.
The table is known by its divider (``|---|:--|``) under its header row, and its columns by
the rows under it that the parser reads ahead (``WINDOW``).

``table_rows`` hands the parser each row's title cell as a line of its own and its abstract
cell as the next paragraph (a blank line between, as in the blank-line layout), so the
decoder reads them as any title and abstract; the header and divider are markup. The lines
it adds are taken off the page's count again (``ParseLog``: every page line keeps one
place: the row's is its record's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final, Protocol

from ..base import ParseLog
from .card_notes import card_chrome

__all__ = ["TableColumns", "table_columns", "table_rows"]

_DIVIDER: Final = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?")
_CELL_SPLIT: Final = re.compile(r"(?<!\\)\|")
# An abstract's cell: prose of this many characters on (the median of) the rows read.
PROSE_CELL: Final = 150
# A title's cell: words, at most this long, on this share of the rows read.
TITLE_CELL: Final = 400
TITLE_SHARE: Final = 0.9


class TableColumns:
    """Where a page's table keeps its titles and abstracts (``abstract`` -1: none)."""

    __slots__ = ("abstract", "heads", "title", "width")

    def __init__(self, title: int, abstract: int, width: int, heads: frozenset[str]) -> None:
        self.title = title
        self.abstract = abstract
        self.width = width  # cells a row has
        self.heads = heads  # the header rows (markup)


class _Feeds(Protocol):
    def _chrome(self, lineno: int, kind: str, s: str, lines: int = 1) -> None: ...


def cells(s: str) -> list[str] | None:
    """The cells of a table row (``s`` stripped), ``\\|`` read as ``|``; None for no row."""
    if len(s) < 3 or s[0] != "|" or s[-1] != "|" or s[-2] == "\\":
        return None
    return [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(s[1:-1])]


def table_columns(window: Sequence[str]) -> TableColumns | None:
    """The columns of the first table in ``window`` (raw lines) whose rows read as cards:
    a title column of words on every row, and an abstract column of prose if any."""
    lines = [s.strip() for s in window]
    for d, s in enumerate(lines):
        if d == 0 or s[:1] not in ("|", ":", "-") or not _DIVIDER.fullmatch(s):
            continue
        head = cells(lines[d - 1])
        if head is None:
            continue
        rows: list[list[str]] = []
        for t in lines[d + 1 :]:
            row = cells(t)
            if row is None or len(row) != len(head):
                break
            rows.append(row)
        if len(rows) < 2:
            continue
        found = _columns(rows, len(head))
        if found is not None:
            title, abstract = found
            dividers = {t for t in lines if t[:1] in ("|", ":", "-") and _DIVIDER.fullmatch(t)}
            heads = dividers | {lines[i - 1] for i in range(1, len(lines)) if lines[i] in dividers}
            return TableColumns(title, abstract, len(head), frozenset(heads))
    return None


def _columns(rows: list[list[str]], width: int) -> tuple[int, int] | None:
    def median(j: int) -> int:
        sizes = sorted(len(r[j]) for r in rows)
        return sizes[len(sizes) // 2]

    prose = [j for j in range(width) if median(j) >= PROSE_CELL]
    abstract = max(prose, key=median) if prose else -1
    for j in range(width):
        if j == abstract:
            continue
        column = [r[j] for r in rows]
        # (words, or a link, on nearly every row, another on each: a count, a date or a
        # rank is no title; a title of one word is a word)
        wordy = sum(
            (" " in c or c[:1] == "[") and len(c) <= TITLE_CELL and not c[:1].isdigit()
            for c in column
        )
        if wordy >= TITLE_SHARE * len(column) and len(set(column)) >= TITLE_SHARE * len(column):
            return j, abstract
    return None


def table_rows(
    source: Iterator[tuple[int, str]], window: Sequence[str], parser: _Feeds, log: ParseLog
) -> Iterator[tuple[int, str]]:
    """The page's lines (``source``), each card row of a table the page's first lines
    (``window``) show given as its title and abstract; ``source`` itself on a page with
    no such table (nearly every page: the window is looked at once)."""
    cols = table_columns(window)
    return source if cols is None else _rows(source, cols, parser, log)


def _rows(
    source: Iterator[tuple[int, str]], cols: TableColumns, parser: _Feeds, log: ParseLog
) -> Iterator[tuple[int, str]]:
    for lineno, text in source:
        s = text.strip()
        if s[:1] not in ("|", ":", "-"):
            yield lineno, text
            continue
        if s in cols.heads:
            parser._chrome(lineno, "markup", s)
            continue
        row = cells(s)
        if row is None or len(row) != cols.width or not row[cols.title]:
            yield lineno, text
            continue
        t = cols.title
        _cells(parser, lineno, row[:t])  # (a rank, a count over the title)
        # (a row without an abstract, in a table without them or with its prose cell
        # empty: a card of its title alone, as a heading is, which no reading takes for
        # an abstract)
        prose = row[cols.abstract] if cols.abstract >= 0 else ""
        yield lineno, row[t] if prose else "### " + row[t]
        _cells(parser, lineno, [c for j, c in enumerate(row[t + 1 :], t + 1) if j != cols.abstract])
        yield lineno, ""  # (a paragraph's end: the title's unit closes here)
        log.blank_lines -= 1
        if prose:
            yield lineno, prose
            yield lineno, ""
            log.blank_lines -= 1
            log.record_lines -= 1  # (the row's line is counted once, by its title)


def _cells(parser: _Feeds, lineno: int, row: list[str]) -> None:
    """A row's other cells: chrome of their kinds (``card_chrome``: a count, a date), with
    no line of their own (the row's line is its title's)."""
    for c in row:
        if c and (kind := card_chrome(c)) is not None:
            parser._chrome(lineno, kind, c, 0)
