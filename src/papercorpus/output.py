"""Clusters -> output bytes, rendered in blocks by the worker processes.

Serialising a million rows is ~10 s of single-process work, so rows are cut into blocks: this
process gathers each block's compact facts (spill locations of the surviving texts, ids, and per
copy: file, line, date and how it joined, as small arrays), a worker reads the texts from the
spill file and encodes the rows with the same encoders as ``sinks.write_jsonl``/``write_csv``,
and the blocks are written back in order. The bytes are the same for any number of workers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

import numpy as np

from .keys import content_id
from .parallel import Workers
from .sinks import ENCODERS, OutputRow, SourceRef
from .store import as_numpy, read_spill

if TYPE_CHECKING:
    from .api import Clusters

ROWS_PER_BLOCK = 4096


def _tasks(clusters: Clusters, fmt: str) -> Iterator[tuple[None, tuple]]:
    corpus = clusters.corpus
    codes, names = clusters.match
    files, dates = corpus.file_names, corpus.date_values
    copy_file = as_numpy(corpus.copy_file)
    copy_line = as_numpy(corpus.copy_line)
    copy_date = as_numpy(corpus.copy_date)
    copy_unique = as_numpy(corpus.copy_unique)
    locs = as_numpy(corpus.unique_loc)
    n_rows = len(clusters.row_survivor)
    for r0 in range(0, n_rows, ROWS_PER_BLOCK):
        r1 = min(r0 + ROWS_PER_BLOCK, n_rows)
        survivors = clusters.row_survivor[r0:r1].tolist()
        c0, c1 = clusters.row_bounds[r0], clusters.row_bounds[r1]
        copies = clusters.copy_order[c0:c1]
        bounds = clusters.row_bounds[r0 : r1 + 1] - c0
        file_ids, file_local = np.unique(copy_file[copies], return_inverse=True)
        date_ids, date_local = np.unique(copy_date[copies], return_inverse=True)
        ids = [content_id(corpus.content_key(s)) for s in survivors]
        arxiv = [
            _arxiv(corpus, s, copy_unique[copies[bounds[i] : bounds[i + 1]]])
            for i, s in enumerate(survivors)
        ]
        yield (
            None,
            (
                fmt,
                corpus.spill_paths,
                locs[survivors].tolist(),
                ids,
                arxiv,
                bounds,
                [files[i] for i in file_ids.tolist()],
                file_local,
                copy_line[copies],
                [dates[i] for i in date_ids.tolist()],
                date_local,
                names,
                codes[copies],
            ),
        )


def _arxiv(corpus, survivor: int, member_uniques: np.ndarray) -> str | None:
    """The survivor's arXiv id, else the first one any copy of the row carried."""
    own = corpus.unique_arxiv[survivor]
    if own:
        return own
    for u in member_uniques.tolist():
        if corpus.unique_arxiv[u]:
            return corpus.unique_arxiv[u]
    return None


def render_block(task: tuple) -> bytes:
    """Worker side: one block of rows, encoded."""
    (
        fmt,
        spills,
        locs,
        ids,
        arxiv,
        bounds,
        files,
        file_local,
        lines,
        dates,
        date_local,
        names,
        codes,
    ) = task
    texts = read_spill(spills, locs)
    file_local, lines = file_local.tolist(), lines.tolist()
    date_local, codes = date_local.tolist(), codes.tolist()
    rows = []
    for i, (title, abstract, _flags, _meta) in enumerate(texts):
        sources = tuple(
            SourceRef(files[file_local[c]], lines[c], dates[date_local[c]], names[codes[c]])
            for c in range(bounds[i], bounds[i + 1])
        )
        rows.append(OutputRow(ids[i], title, abstract, sources, arxiv[i]))
    return ENCODERS[fmt][1](rows)


def write_output(clusters: Clusters, fmt: str, out: BinaryIO, workers: Workers) -> None:
    out.write(ENCODERS[fmt][0])
    for _, data in workers.map(render_block, _tasks(clusters, fmt)):
        out.write(data)
