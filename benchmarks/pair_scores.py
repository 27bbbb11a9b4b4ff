"""Pairwise precision and recall of a ``papercorpus clean`` output (or any clustering)
against a generated corpus's truth: a pair is predicted when both records land in the same
output row (matched through ``sources[].file``/``line``), true when both are copies of the
same paper."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from corpus import Truth

__all__ = ["kind_recall", "n_papers", "output_clusters", "pair_metrics"]


def output_clusters(out: Path, truth: Truth) -> tuple[np.ndarray, int, list[str]]:
    """Output row of every record (records absent from the output become singletons)."""
    import orjson

    file_index = {name: i for i, name in enumerate(truth.files)}
    pred = np.full(truth.records, -1, dtype=np.int64)
    unknown = twice = rows = 0
    with open(out, "rb") as fh:
        for row_no, raw in enumerate(fh):
            rows += 1
            for src in orjson.loads(raw).get("sources") or ():
                rec = _record_of(truth, file_index, src)
                if rec is None:
                    unknown += 1
                elif pred[rec] >= 0:
                    twice += 1
                else:
                    pred[rec] = row_no
    notes = []
    missing = np.flatnonzero(pred < 0)
    if len(missing):
        notes.append(f"{len(missing)} records missing from the output (counted as singletons)")
        pred[missing] = rows + np.arange(len(missing))
    if unknown:
        notes.append(f"{unknown} output sources match no record (file/line not a title line)")
    if twice:
        notes.append(f"{twice} records appear in more than one output row (first row kept)")
    return pred, rows, notes


def _record_of(truth: Truth, file_index: dict[str, int], src: dict) -> int | None:
    f = file_index.get(os.path.basename(str(src.get("file", ""))))
    line = src.get("line")
    if f is None or not isinstance(line, int):
        return None
    lo, hi = int(truth.file_start[f]), int(truth.file_start[f + 1])
    k = lo + int(np.searchsorted(truth.lines[lo:hi], line))
    return k if k < hi and truth.lines[k] == line else None


def _pairs(labels: np.ndarray) -> int:
    _, counts = np.unique(labels, return_counts=True)
    return int((counts * (counts - 1) // 2).sum())


def n_papers(true: np.ndarray) -> int:
    return len(np.unique(true))


def pair_metrics(pred: np.ndarray, true: np.ndarray) -> tuple[float, float]:
    """Pairwise (precision, recall) of a clustering against the true papers."""
    pred = np.unique(pred, return_inverse=True)[1].astype(np.int64)
    true = np.unique(true, return_inverse=True)[1].astype(np.int64)
    both = _pairs(pred * (int(true.max()) + 1) + true)
    predicted, actual = _pairs(pred), _pairs(true)
    return (both / predicted if predicted else 1.0), (both / actual if actual else 1.0)


def kind_recall(pred: np.ndarray, true: np.ndarray, kinds: list[str]) -> dict[str, float]:
    """Per copy kind: share of copies in the same cluster as their paper's first record."""
    _, first = np.unique(true, return_index=True)
    first_of = dict(zip(np.unique(true).tolist(), first.tolist(), strict=True))
    found: dict[str, list[int]] = {}
    for i, kind in enumerate(kinds):
        if kind == "new":
            continue
        hit = int(pred[i] == pred[first_of[int(true[i])]])
        found.setdefault(kind, [0, 0])
        found[kind][0] += hit
        found[kind][1] += 1
    return {k: v[0] / v[1] for k, v in sorted(found.items())}
