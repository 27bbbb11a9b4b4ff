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

from .keys import content_ids
from .parallel import Workers, shared_block
from .progress import NO_PROGRESS, Progress
from .results import Clusters
from .sinks import ENCODERS, OutputRow, SourceRef
from .sinks.csvfile import csv_lines
from .sinks.jsonl import jsonl_spliced, source_objects
from .store import as_numpy, read_spill, read_spill_json

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
    lines: np.ndarray
    dates: list[str | None]
    date_local: np.ndarray  # per copy: index into dates
    names: list[str]  # how a copy joined its row: survivor, exact, or a rule
    codes: np.ndarray  # per copy: index into names
    csv_guard: bool = True  # CSV: a cell that could start a formula gets a ' prefix


def _tasks(
    clusters: Clusters, fmt: str, csv_guard: bool = True
) -> Iterator[tuple[None, RenderTask]]:
    corpus = clusters.corpus
    codes, names = clusters.match
    files, dates = corpus.file_names, corpus.date_values
    copy_file = as_numpy(corpus.copy_file)
    copy_line = as_numpy(corpus.copy_line)
    copy_date = as_numpy(corpus.copy_date)
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
                copy_line[copies],
                [dates[i] for i in date_ids.tolist()],
                date_local,
                names,
                codes[copies],
                csv_guard,
            ),
        )


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
    # Locals, and lists rather than arrays: the loops below run once per copy.
    ids, arxiv, bounds = task.ids, task.arxiv, task.bounds
    files, dates, names = task.files, task.dates, task.names
    file_local, lines = task.file_local.tolist(), task.lines.tolist()
    date_local, codes = task.date_local.tolist(), task.codes.tolist()
    if task.fmt == "jsonl":
        # The spill holds the texts JSON-encoded: spliced into the rows as they are.
        objects = source_objects(files, file_local, lines, dates, date_local, names, codes)
        return jsonl_spliced(
            (ids[i], title, abstract, objects[bounds[i] : bounds[i + 1]], arxiv[i])
            for i, (title, abstract) in enumerate(read_spill_json(task.spills, task.locs))
        )
    sources = [
        [
            SourceRef(files[file_local[c]], lines[c], dates[date_local[c]], names[codes[c]])
            for c in range(bounds[i], bounds[i + 1])
        ]
        for i in range(len(task.locs))
    ]
    rows = [
        OutputRow(ids[i], title, abstract, tuple(sources[i]), arxiv[i])
        for i, (title, abstract, _flags, _meta) in enumerate(read_spill(task.spills, task.locs))
    ]
    if task.fmt == "csv":
        return csv_lines(rows, task.csv_guard)
    return ENCODERS[task.fmt][1](rows)


def write_output(
    clusters: Clusters,
    fmt: str,
    out: BinaryIO,
    workers: Workers,
    progress: Progress = NO_PROGRESS,
    csv_guard: bool = True,
) -> None:
    n_rows = len(clusters.row_survivor)
    progress.stage("write", n_rows, "rows")

    def block_done(k: int) -> None:
        progress.advance(min(ROWS_PER_BLOCK, n_rows - k * ROWS_PER_BLOCK))

    out.write(ENCODERS[fmt][0])
    tasks = _tasks(clusters, fmt, csv_guard)
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
    finally:
        os.close(fd)
    board[k] = at + len(data) + 1  # 0 means "not placed yet"
    return at, len(data)
