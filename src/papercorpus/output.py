"""Clusters -> output bytes, rendered in blocks by the worker processes.

Serialising a million rows is ~10 s of single-process work, so rows are cut into blocks: this
process gathers each block's compact facts (spill locations of the surviving texts, ids, and per
copy: file, line, date and how it joined, as small arrays), a worker reads the texts from the
spill file and encodes the rows with the same encoders as ``sinks.write_jsonl``/``write_csv``,
and the blocks are written back in order. The bytes are the same for any number of workers.

When the output is a regular file, the workers also write: each block lands at its place in
the file (``os.pwrite``) as soon as the block before it is placed, so the main process never
touches the bytes (a million rows are over a gigabyte). The end offset of each placed block
is published in the pool's shared memory, which ``ingest`` no longer needs at this point.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from typing import BinaryIO, NamedTuple

import numpy as np
import orjson

from .dates import FileDates, copy_date, file_dates
from .fields import Copy, copy_fields, merge_fields, merge_one
from .keys import RANK_JUNK, RANK_MISSING, RANK_SUMMARY, content_ids
from .parallel import Workers, shared_block
from .progress import NO_PROGRESS, Progress
from .results import Clusters
from .sinks import ENCODERS, OutputRow, SourceRef
from .sinks.csvfile import COLUMNS, csv_lines
from .sinks.formats import OutputSpec, compressed
from .sinks.jsonl import SourceColumns, jsonl_block
from .sinks.parquet import ParquetSink
from .spill import read_spill_parts
from .store import as_numpy

ROWS_PER_BLOCK = 4096


class RenderTask(NamedTuple):
    """One block of rows as a worker renders it: no text (the worker reads the surviving
    texts from the spill files), and per copy small indexes into the block's own lists."""

    fmt: str
    spills: list[str]  # the corpus's spill files
    locs: list[int]  # per row: where its surviving text is in the spill files
    ids: list[str]
    arxiv: list[str | None]
    bounds: np.ndarray  # the copies of row i are bounds[i]:bounds[i + 1] of the arrays below
    files: list[str | None]
    file_local: np.ndarray  # per copy: index into files
    hints: list[FileDates]  # per file: the year of its dates
    lines: np.ndarray
    dates: list[tuple[str | None, str | None]]  # (ISO, raw when it differs)
    date_local: np.ndarray  # per copy: index into dates
    names: list[str]  # how a copy joined its row: survivor, exact, or a rule
    codes: np.ndarray  # per copy: index into names
    ranks: list[int]  # per row: the survivor's ``keys.abstract_rank``
    copy_locs: np.ndarray  # per copy: where its own fields are in the spill files, or -1
    columns: tuple[str, ...] | None  # --fields; None: all, spliced (the fast path)
    csv_guard: bool = True  # CSV: a cell that could start a formula gets a ' prefix


def _tasks(
    clusters: Clusters,
    fmt: str,
    columns: tuple[str, ...] | None = None,
    csv_guard: bool = True,
) -> Iterator[tuple[None, RenderTask]]:
    corpus = clusters.corpus
    codes, names = clusters.match
    files = corpus.file_names
    copy_file = as_numpy(corpus.copy_file)
    copy_line = as_numpy(corpus.copy_line)
    copy_loc = as_numpy(corpus.copy_loc)
    hints, dates, copy_date = _resolve_dates(files, corpus.date_values, copy_file, corpus)
    copy_unique = as_numpy(corpus.copy_unique)
    locs = as_numpy(corpus.unique_loc)
    unique_arxiv = corpus.unique_arxiv
    has_arxiv = np.fromiter(map(bool, unique_arxiv), dtype=bool, count=len(unique_arxiv))
    n_rows = len(clusters.row_survivor)
    for r0 in range(0, n_rows, ROWS_PER_BLOCK):
        r1 = min(r0 + ROWS_PER_BLOCK, n_rows)
        survivors = clusters.row_survivor[r0:r1]
        c0, c1 = clusters.row_bounds[r0], clusters.row_bounds[r1]
        copies = clusters.copy_order[c0:c1]
        bounds = clusters.row_bounds[r0 : r1 + 1] - c0
        file_ids, file_local = np.unique(copy_file[copies], return_inverse=True)
        date_ids, date_local = np.unique(copy_date[copies], return_inverse=True)
        members = copy_unique[copies]
        yield (
            None,
            RenderTask(
                fmt,
                corpus.spill_paths,
                locs[survivors].tolist(),
                content_ids(corpus.content_keys(survivors)),
                _arxiv_ids(unique_arxiv, has_arxiv, survivors, members, bounds),
                bounds,
                [files[i] for i in file_ids.tolist()],
                file_local,
                [hints[i] for i in file_ids.tolist()],
                copy_line[copies],
                [dates[i] for i in date_ids.tolist()],
                date_local,
                names,
                codes[copies],
                corpus.abstract_rank[survivors].tolist(),
                copy_loc[copies],
                columns,
                csv_guard,
            ),
        )


def _resolve_dates(
    files: list[str],
    raw_dates: list[str | None],
    copy_file: np.ndarray,
    corpus: object,
) -> tuple[list[FileDates], list[tuple[str | None, str | None]], np.ndarray]:
    """Per file its ``FileDates``; the distinct ``(ISO date, raw date)`` of the copies and
    per copy an index into them. A raw date's year may come from its file, so a date is
    resolved per (file, raw date) pair; there are few distinct pairs."""
    copy_raw = as_numpy(corpus.copy_date)  # type: ignore[attr-defined]
    pinned = getattr(corpus, "pinned_dates", False)
    pair = copy_file.astype(np.int64) << 32 | copy_raw.astype(np.int64)
    pairs, copy_pair = np.unique(pair, return_inverse=True)
    pair_file = (pairs >> 32).tolist()
    pair_raw = (pairs & 0xFFFFFFFF).tolist()
    by_file: dict[int, list[str | None]] = {}
    for f, r in zip(pair_file, pair_raw, strict=True):
        by_file.setdefault(f, []).append(raw_dates[r])
    # Only the file's own page dates: a card shows a year when it is *not* the page's
    # year (Hugging Face), so card dates would date the page wrongly.
    hints = [file_dates(name, by_file.get(i, ())) for i, name in enumerate(files)]
    # (pins: dates resolved by an earlier run, an index's stored copies added again)
    dates = [
        copy_date(raw_dates[r], hints[f], pinned) for f, r in zip(pair_file, pair_raw, strict=True)
    ]
    return hints, dates, copy_pair.reshape(-1)


def _arxiv_ids(
    unique_arxiv: list[str | None],
    has_arxiv: np.ndarray,
    survivors: np.ndarray,
    members: np.ndarray,
    bounds: np.ndarray,
) -> list[str | None]:
    """Per row: the survivor's arXiv id, else the first one any copy of the row carried
    (``members``: the unique text of each copy, row after row, as ``bounds`` cuts them)."""
    ids = [unique_arxiv[s] or None for s in survivors.tolist()]
    # Most rows have no id anywhere: only rows with one among their copies are looked at.
    for i in np.flatnonzero(np.logical_or.reduceat(has_arxiv[members], bounds[:-1])).tolist():
        if ids[i] is None:
            row = members[bounds[i] : bounds[i + 1]]
            ids[i] = unique_arxiv[int(row[has_arxiv[row]][0])]
    return ids


def render_block(task: RenderTask) -> bytes:
    """Worker side: one block of rows, encoded."""
    n = len(task.locs)
    own = np.flatnonzero(task.copy_locs >= 0)  # copies with fields of their own
    # Every spill line the block needs, read run by run: the surviving texts, and the
    # fields of the copies that have some (a survivor's own line is both).
    titles, abstracts, rests = read_spill_parts(
        task.spills, [*task.locs, *task.copy_locs[own].tolist()]
    )
    metas = dict(zip(own.tolist(), map(_meta, rests[n:]), strict=True))
    del titles[n:], abstracts[n:]
    seen = _first_last_seen(task)
    special = _special_fields(task, metas, seen, abstracts)
    if task.fmt == "jsonl" and task.columns is None:
        # The spill holds the texts JSON-encoded: spliced into the rows as they are.
        dumps = orjson.dumps
        fields = _seen_fields(seen)
        for i, merged in special.items():
            fields[i] = b"," + dumps(merged)[1:-1] if merged else b""
            if task.ranks[i] in _STATUS:
                abstracts[i] = b'""'
        columns = SourceColumns(
            task.files, task.file_local, task.lines, task.dates, task.date_local, task.names,
            task.codes,
        )  # fmt: skip
        return jsonl_block(task.ids, titles, abstracts, fields, task.arxiv, task.bounds, columns)
    isos, first, last = seen
    bounds = task.bounds.tolist()
    files, dates, names = task.files, task.dates, task.names
    file_local, lines = task.file_local.tolist(), task.lines.tolist()
    date_local, codes = task.date_local.tolist(), task.codes.tolist()
    loads = orjson.loads
    rows = [
        OutputRow(
            task.ids[i],
            loads(titles[i]),
            "" if task.ranks[i] in _STATUS else loads(abstracts[i]),
            tuple(
                SourceRef(
                    files[file_local[c]],
                    lines[c],
                    dates[date_local[c]][0],
                    names[codes[c]],
                    dates[date_local[c]][1],
                )  # fmt: skip
                for c in range(bounds[i], bounds[i + 1])
            ),
            task.arxiv[i],
            special[i] if i in special else _seen_dict(isos, first[i], last[i]),
        )
        for i in range(n)
    ]
    if task.fmt == "csv":
        return csv_lines(rows, task.columns or COLUMNS, task.csv_guard)
    if task.columns is not None:
        return ENCODERS[task.fmt][1](rows, task.columns)
    return ENCODERS[task.fmt][1](rows)


_STATUS = {RANK_SUMMARY: "summary_only", RANK_JUNK: "junk", RANK_MISSING: "missing"}


def _meta(rest: bytes) -> dict | None:
    return orjson.loads(rest)[1]


Seen = tuple[list[str], list[int], list[int]]


def _first_last_seen(task: RenderTask) -> Seen:
    """Per row the first and last dates its copies were seen (as ``fields.merge_fields``
    gives them for copies without fields of their own): the distinct ISO dates in order,
    and per row the index of its earliest and latest among them, -1 when it has none.
    ISO dates order as strings, so ranks among the sorted strings give min and max."""
    isos = sorted({iso for iso, _ in task.dates if iso})
    rank = {iso: r for r, iso in enumerate(isos)}
    n = len(task.bounds) - 1
    if n == 0 or len(task.date_local) == 0:
        return isos, [-1] * n, [-1] * n
    date_rank = np.array([rank[iso] if iso else -1 for iso, _ in task.dates], dtype=np.int64)
    per_copy = date_rank[task.date_local]
    starts = task.bounds[:-1]
    last = np.maximum.reduceat(per_copy, starts)
    first = np.minimum.reduceat(np.where(per_copy < 0, len(isos), per_copy), starts)
    first[last < 0] = -1
    return isos, first.tolist(), last.tolist()


def _seen_dict(isos: list[str], first: int, last: int) -> dict[str, object]:
    return {"first_seen": isos[first], "last_seen": isos[last]} if last >= 0 else {}


def _seen_fields(seen: Seen) -> list[bytes]:
    """Per row the JSON of ``_seen_dict`` as a row holds it: ``,"first_seen":..`` or none."""
    isos, first, last = seen
    encoded = [orjson.dumps(iso) for iso in isos]
    pairs: dict[tuple[int, int], bytes] = {}
    out = []
    for pair in zip(first, last, strict=True):
        piece = pairs.get(pair)
        if piece is None:
            f, la = pair
            piece = pairs[pair] = (
                b',"first_seen":%b,"last_seen":%b' % (encoded[f], encoded[la]) if la >= 0 else b""
            )
        out.append(piece)
    return out


def _special_fields(
    task: RenderTask, metas: dict[int, dict | None], seen: Seen, abstracts: list[bytes]
) -> dict[int, dict[str, object]]:
    """The merged fields (``fields.merge_fields`` over its copies) of the rows that need
    more than their first and last dates: rows with a copy that has fields of its own, and
    rows whose abstract is not a real one (its text moves to ``ai_summary`` or
    ``abstract_raw`` and ``abstract_status`` says why). ``metas``: the copies' own fields."""
    hints, dates = task.hints, task.dates
    with_fields = np.zeros(len(task.bounds) - 1, dtype=bool)
    if metas:
        at = np.fromiter(metas, np.int64, len(metas))
        with_fields[np.searchsorted(task.bounds, at, "right") - 1] = True
    weak = np.isin(np.asarray(task.ranks, dtype=np.int64), list(_STATUS))
    rows = np.flatnonzero(with_fields | weak).tolist()
    if not rows:
        return {}
    # Lists, not numpy scalars, in the loop over (on a corpus with authors) every row.
    bounds, has_fields, is_weak = task.bounds.tolist(), with_fields.tolist(), weak.tolist()
    file_local, date_local = task.file_local.tolist(), task.date_local.tolist()
    codes = task.codes
    out: dict[int, dict[str, object]] = {}
    for i in rows:
        lo, hi = bounds[i], bounds[i + 1]
        if has_fields[i] and hi - lo == 1:  # one copy (most rows): nothing to merge
            fields = copy_fields(metas.get(lo), hints[file_local[lo]])
            merged = merge_one(fields, dates[date_local[lo]][0])
        elif has_fields[i]:
            copies = [
                Copy(copy_fields(metas.get(c), hints[file_local[c]]), dates[date_local[c]][0])
                for c in range(lo, hi)
            ]
            survivor = next((c - lo for c in range(lo, hi) if codes[c] == 0), 0)
            merged = merge_fields(copies, survivor)
        else:
            merged = _seen_dict(seen[0], seen[1][i], seen[2][i])
        if is_weak[i]:
            merged = _without_abstract(merged, task.ranks[i], orjson.loads(abstracts[i]))
        out[i] = merged
    return out


def _without_abstract(merged: dict[str, object], rank: int, text: str) -> dict[str, object]:
    """The fields of a row whose surviving abstract is not a real one."""
    status = _STATUS[rank]
    extra: dict[str, object] = {}
    if rank == RANK_SUMMARY:
        extra["ai_summary"] = merged.get("ai_summary") or text
    elif rank == RANK_MISSING and merged.get("ai_summary"):
        status = "summary_only"
    elif rank == RANK_JUNK:
        extra["abstract_raw"] = text
    head = {"abstract_status": status, **{k: v for k, v in merged.items() if k == "ai_summary"}}
    head.update(extra)
    return {**head, **{k: v for k, v in merged.items() if k not in head}}


def write_output(
    clusters: Clusters,
    spec: OutputSpec | str,
    out: BinaryIO,
    workers: Workers,
    progress: Progress = NO_PROGRESS,
    csv_guard: bool = True,
) -> None:
    """Write the rows of ``clusters`` to ``out`` as ``spec`` says (a format name: all fields,
    uncompressed)."""
    if isinstance(spec, str):
        spec = OutputSpec(spec)
    n_rows = len(clusters.row_survivor)
    progress.stage("write", n_rows, "rows")

    def block_done(k: int) -> None:
        progress.advance(min(ROWS_PER_BLOCK, n_rows - k * ROWS_PER_BLOCK))

    if spec.fmt == "parquet":
        sink = ParquetSink(out, spec.columns)
        blocks = workers.map(render_block, _tasks(clusters, "jsonl", spec.columns))
        for k, (_, data) in enumerate(blocks):
            sink.write_jsonl(data)
            block_done(k)
        sink.close()
        return
    if spec.compression is not None:
        with compressed(out, spec.compression) as stream:
            stream.write(ENCODERS[spec.fmt][0](spec.columns))
            blocks = workers.map(render_block, _tasks(clusters, spec.fmt, spec.columns, csv_guard))
            for k, (_, data) in enumerate(blocks):
                stream.write(data)
                block_done(k)
        return
    fmt = spec.fmt
    out.write(ENCODERS[fmt][0](spec.columns))
    tasks = _tasks(clusters, fmt, spec.columns, csv_guard)
    path = _placeable(out, workers, clusters)
    if path is None:
        for k, (_, data) in enumerate(workers.map(render_block, tasks)):
            out.write(data)
            block_done(k)
        return
    out.flush()
    start = out.tell()
    board = np.frombuffer(workers.shared, dtype=np.int64)  # type: ignore[arg-type]
    board[:] = 0
    placed = ((None, (path, k, start, task)) for k, (_, task) in enumerate(tasks))
    end = start
    for k, (_, (at, size)) in enumerate(workers.map(_place_block, placed)):
        if at != end:  # pragma: no cover - would mean a broken board
            raise RuntimeError(f"output block placed at {at}, expected {end}")
        end = at + size
        block_done(k)
    out.seek(end)


def _placeable(out: BinaryIO, workers: Workers, clusters: Clusters) -> str | None:
    """The path workers may write ``out`` through, or None to write it here."""
    if workers.jobs <= 1 or workers.shared is None:
        return None
    n_blocks = -(-len(clusters.row_survivor) // ROWS_PER_BLOCK)
    if 8 * n_blocks > len(workers.shared):
        return None
    name = getattr(out, "name", None)
    try:
        if not isinstance(name, str) or not stat.S_ISREG(os.fstat(out.fileno()).st_mode):
            return None
        return name if os.path.samefile(name, f"/proc/self/fd/{out.fileno()}") else None
    except (OSError, ValueError):
        return None


def _place_block(task: tuple[str, int, int, RenderTask]) -> tuple[int, int]:
    """Worker side: render block ``k``, wait until block ``k - 1`` is placed, write this one
    right after it. Blocks are handed out in order, so the one awaited is always being
    rendered by another worker."""
    path, k, start, block = task
    data = render_block(block)
    board = np.frombuffer(shared_block(), dtype=np.int64)  # type: ignore[arg-type]
    at = start
    if k:
        pause = 1e-4
        while (prev := int(board[k - 1])) == 0:
            time.sleep(pause)
            pause = min(2 * pause, 0.01)
        at = prev - 1
    fd = os.open(path, os.O_WRONLY)
    try:
        view = memoryview(data)
        pos = at
        while view:
            n = os.pwrite(fd, view, pos)
            view, pos = view[n:], pos + n
        if hasattr(os, "posix_fadvise"):
            # Start writing the block to disk now, while later blocks render, so that the
            # final fsync has little left to wait for (Linux begins write-back of dirty
            # pages on this hint; the pages stay cached until written). Only a hint: a file
            # system that refuses it changes nothing.
            with contextlib.suppress(OSError):
                os.posix_fadvise(fd, at, len(data), os.POSIX_FADV_DONTNEED)
                if k >= 2:
                    # Block k - 2 has been written back by now: dropping its (clean) pages
                    # lets the kernel serve the next blocks from pages it touched a moment
                    # ago. On this VM a page the guest has not touched lately costs ~2 ms
                    # of system time per MB written; a recycled one a tenth of that (1.2 GB
                    # of output: ~3 s of the workers' CPU). Pages not yet clean stay.
                    lo = int(board[k - 3]) - 1 if k >= 3 else start
                    os.posix_fadvise(fd, lo, int(board[k - 2]) - 1 - lo, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)
    board[k] = at + len(data) + 1  # 0 means "not placed yet"
    return at, len(data)
