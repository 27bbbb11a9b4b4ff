"""The arXiv-listings run of ``scale.py``: ``papercorpus clean`` straight on the 410 day files
of ``arxiv-listings/`` (120,405 JSONL rows, 74,728 papers), as a user would clean them.

Truth: a row's ``id`` (same id = same paper; the few resubmissions under a new id count as
distinct papers here). Besides speed and pairwise precision/recall it counts the full-record
acceptance of issue 13: output rows carrying authors, categories, URLs and
``first_seen``/``last_seen``.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

FIELDS = ("authors", "categories", "urls", "first_seen", "last_seen")


def _truth(data: Path) -> dict[tuple[str, int], str]:
    """(file name, line) -> arXiv id of every row of the listings."""
    out = {}
    for path in sorted(data.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line, text in enumerate(fh, 1):
                if text.strip():
                    out[(path.name, line)] = json.loads(text)["id"]
    return out


def run_listings(cmd: list[str], data: Path, run_dir: Path, jobs: int | None):  # -> Measure
    from child_runs import clean_argv, run_child
    from pair_scores import pair_metrics
    from scale import Measure

    run_dir.mkdir(parents=True, exist_ok=True)
    out, stats_path = run_dir / "out.jsonl", run_dir / "stats.json"
    for stale in (out, stats_path):
        stale.unlink(missing_ok=True)
    argv = clean_argv(cmd, data, out, stats_path, jobs)
    truth = _truth(data)
    papers = len(set(truth.values()))
    child = run_child(argv, run_dir / "log.txt")
    m = Measure(
        "arxiv listings",
        len(truth),
        child.wall,
        child.cpu,
        child.rss_mb,
        child.tree_rss_mb,
        0,
        papers,
        float("nan"),
        float("nan"),
    )
    if child.returncode != 0 or not out.exists():
        m.notes.append(f"papercorpus exited {child.returncode}; see {run_dir / 'log.txt'}")
        return m
    if stats_path.exists():
        m.stats = json.loads(stats_path.read_text())
    keys, pred, true = list(truth), {}, []
    have = dict.fromkeys(FIELDS, 0)
    with open(out, "rb") as fh:
        for r, line in enumerate(fh):
            row = json.loads(line)
            m.kept += 1
            for f in FIELDS:
                have[f] += f in row
            for s in row["sources"]:
                pred[(Path(s["file"]).name, s["line"])] = r
    true = [truth[k] for k in keys]
    missing = [k for k in keys if k not in pred]
    if missing:
        m.notes.append(f"{len(missing)} rows not found in the output (e.g. {missing[0]})")
    labels = np.array([pred.get(k, -1 - i) for i, k in enumerate(keys)], dtype=np.int64)
    m.precision, m.recall = pair_metrics(labels, np.array(true))
    m.notes.append("output rows with " + ", ".join(
        f"{f} {n:,}/{m.kept:,}" for f, n in have.items()))  # fmt: skip
    return m
