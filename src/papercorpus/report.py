"""Reports about a run: the human summary (stderr), ``--stats`` JSON and the cluster report.

The cluster report explains every merge: one JSON object per cluster with more than one
copy, naming the survivor, and for each merged copy the rule that fired, its scores, and the
member it was merged through (``via``) when that is not the survivor.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import orjson

from .keys import content_id
from .results import Clusters, Summary
from .sinks import atomic_output

if TYPE_CHECKING:
    from rich.console import Console


def stats_json(
    summary: Summary, timings: bool = False, extra: dict[str, object] | None = None
) -> bytes:
    """``--stats``: the summary's counters, then ``extra`` sections (``index`` of a
    ``clean --index`` run)."""
    return (
        orjson.dumps({**summary.as_dict(timings), **(extra or {})}, option=orjson.OPT_INDENT_2)
        + b"\n"
    )


def write_rejects(summary: Summary, path: str | os.PathLike[str]) -> int:
    """Every rejected line or item, one JSON object each, in input order."""
    rejected = [d for d in summary.diagnostics if d.code.startswith("R_")]
    with atomic_output(path) as out:
        for d in rejected:
            out.write(
                orjson.dumps({"file": d.file, "line": d.line, "code": d.code, "reason": d.message})
                + b"\n"
            )
    return len(rejected)


def render_summary(summary: Summary, console: Console) -> None:
    merged = ", ".join(f"{k} {v}" for k, v in sorted(summary.merged.items())) or "none"
    console.print(
        f"[bold]{summary.parsed}[/] parsed, [bold]{summary.kept}[/] kept, "
        f"[bold]{summary.merged_total}[/] merged ({merged}) from {summary.files} file(s)",
        highlight=False,
    )
    log, dedup = summary.parse, summary.dedup
    extras = []
    if summary.rejected:
        extras.append(f"{summary.rejected} rejected")
    if log.warnings:
        extras.append(f"{len(log.warnings)} warnings")
    if log.chrome:
        extras.append(f"{sum(log.chrome.values())} chrome lines dropped")
    if dedup.flagged_clusters:
        flags = ", ".join(f"{v} {k}" for k, v in sorted(dedup.flagged_clusters.items()))
        extras.append(f"clusters flagged: {flags}")
    if dedup.related_pairs:
        extras.append(f"{dedup.related_pairs} related pairs not merged")
    if extras:
        console.print("; ".join(extras), highlight=False)


def cluster_objects(clusters: Clusters):
    """One dict per merged cluster, in output order."""
    corpus, result = clusters.corpus, clusters.result
    for r, s in enumerate(clusters.row_survivor.tolist()):
        lo, hi = clusters.row_bounds[r], clusters.row_bounds[r + 1]
        if hi - lo < 2:
            continue
        members = clusters.copy_order[lo:hi].tolist()
        survivor_text = corpus.text(s)
        survivor_copy = corpus.unique_first_copy[s]
        src = corpus.source(survivor_copy)
        copies = []
        for c in members:
            if c == survivor_copy:
                continue
            u = corpus.copy_unique[c]
            m = corpus.source(c)
            entry: dict[str, object] = {
                "file": m.file,
                "line": m.line,
                "rule": clusters.copy_match(c),
            }
            if u != s:
                if corpus.unique_first_copy[u] == c:
                    text = corpus.text(u)
                    entry["title"] = text.title
                    entry["abstract"] = text.abstract
                entry["scores"] = result.edge_scores[u] or {}
                parent = int(result.parent[u])
                if parent != s:
                    p = corpus.source(corpus.unique_first_copy[parent])
                    entry["via"] = {"file": p.file, "line": p.line}
                    entry["direct"] = not bool(result.indirect[u])
            copies.append(entry)
        yield {
            "id": content_id(corpus.content_key(s)),
            "size": int(hi - lo),
            "flags": result.flagged.get(s, []),
            "survivor": {
                "file": src.file,
                "line": src.line,
                "title": survivor_text.title,
                "abstract": survivor_text.abstract,
            },
            "copies": copies,
        }


def write_cluster_report(clusters: Clusters, path: str | os.PathLike[str]) -> int:
    n = 0
    with atomic_output(path) as out:
        for obj in cluster_objects(clusters):
            out.write(orjson.dumps(obj) + b"\n")
            n += 1
    return n
