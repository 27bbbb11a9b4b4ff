"""Reports about a run: the human summary (stderr), ``--stats`` JSON and the cluster report.

The cluster report explains every merge: one JSON object per cluster with more than one
copy, naming the survivor, and for each merged copy the rule that fired, its scores, and the
member it was merged through (``via``) when that is not the survivor.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

import orjson

from .keys import content_id
from .records import Diagnostic
from .results import Clusters, Summary, plural
from .sinks import atomic_output
from .store import StoredText

if TYPE_CHECKING:
    from rich.console import Console


def escape(text: str) -> str:
    """``text`` safe inside rich markup (rich is imported by the CLI only)."""
    return text.replace("[", "\\[")


def stats_json(
    summary: Summary, timings: bool = False, extra: Mapping[str, object] | None = None
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


def render_summary(
    summary: Summary, console: Console, output: str | None = None, elapsed: float | None = None
) -> None:
    """Two lines: what was written where, from what, in how long; then what was set aside."""
    merged = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.merged.items())) or "none"
    where = ""
    if output is not None:
        name = "stdout" if output == "-" else escape(str(output))  # a name is not markup
        where = f"wrote {plural(summary.kept, 'paper')} to {name}: "
    took = f" in {_duration(elapsed)}" if elapsed is not None else ""
    console.print(
        f"{where}[bold]{summary.parsed:,}[/] parsed, [bold]{summary.kept:,}[/] kept, "
        f"[bold]{summary.merged_total:,}[/] merged ({merged}) "
        f"from {plural(summary.files, 'file')}{took}",
        highlight=False,
    )
    log, dedup = summary.parse, summary.dedup
    extras = []
    if summary.rejected:
        extras.append(f"{summary.rejected:,} rejected")
    if log.warnings:
        extras.append(plural(len(log.warnings), "warning"))
    if log.chrome:
        extras.append(f"{plural(sum(log.chrome.values()), 'chrome line')} dropped")
    if dedup.flagged_clusters:
        flags = ", ".join(f"{v:,} {k}" for k, v in sorted(dedup.flagged_clusters.items()))
        extras.append(f"clusters flagged: {flags}")
    if summary.related_rows:
        # The pairs themselves are in --report ("kind": "related") and the --html page.
        extras.append(f"{plural(summary.related_rows, 'related pair')} not merged")
    if extras:
        console.print("; ".join(extras), highlight=False)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s"


def render_diagnostics(summary: Summary, console: Console, verbose: bool = False) -> None:
    """Warnings and rejects, one line per code: how many copies (or lines), of how many
    papers, and the first with its ``file:line``. ``verbose`` lists every one instead."""
    if verbose:
        for d in summary.diagnostics:
            console.print(f"papercorpus: warning: {d}", markup=False)
        return
    by_code: dict[str, list[Diagnostic]] = {}
    for d in summary.diagnostics:
        by_code.setdefault(d.code, []).append(d)
    for code, found in by_code.items():
        first = found[0]
        if all(d.line == 0 for d in found):
            # About whole files (e.g. an earlier output skipped in an input directory):
            # few, and each file matters, so each is named.
            for d in found:
                console.print(f"papercorpus: warning: {d.file}: {d.message} [{code}]", markup=False)
            continue
        if code.startswith("R_"):
            what = f"{plural(len(found), 'line')} rejected"
        elif code in summary.warned_papers:
            papers = plural(summary.warned_papers[code], "paper")
            what = f"{plural(len(found), 'copy', 'copies')} of {papers}"
        else:  # about a file, or a line that is no paper
            what = plural(len(found), "warning")
        more = "; -v lists all" if len(found) > 1 else ""
        console.print(
            f"papercorpus: warning: {code}: {what}; first {first.file}:{first.line}: "
            f"{first.message}{more}",
            markup=False,
        )


def _text_marks(text: StoredText) -> dict[str, object]:
    """What a reviewer should know about a text: its weak-abstract flags and why a junk
    abstract is junk (``no_abstract``, ``junk_abstract`` + ``junk``, ``summary``...)."""
    marks: dict[str, object] = {}
    if text.arxiv_id:
        marks["arxiv_id"] = text.arxiv_id
    if text.flags:
        marks["text_flags"] = list(text.flags)
    junk = text.meta.get("junk_abstract")
    if junk:
        marks["junk"] = junk
    return marks


def cluster_objects(clusters: Clusters):
    """One dict per merged cluster (``"kind": "cluster"``), in output order."""
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
                    entry.update(_text_marks(text))
                entry["scores"] = result.edge_scores[u] or {}
                parent = int(result.parent[u])
                if parent != s:
                    p = corpus.source(corpus.unique_first_copy[parent])
                    entry["via"] = {"file": p.file, "line": p.line}
                    entry["direct"] = not bool(result.indirect[u])
            copies.append(entry)
        yield {
            "kind": "cluster",
            "id": content_id(corpus.content_key(s)),
            "size": int(hi - lo),
            "flags": result.flagged.get(s, []),
            "survivor": {
                "file": src.file,
                "line": src.line,
                "title": survivor_text.title,
                "abstract": survivor_text.abstract,
                **_text_marks(survivor_text),
            },
            "copies": copies,
        }


def related_objects(clusters: Clusters):
    """One dict per pair of output rows that share a lot but were not merged
    (``"kind": "related"``: a paper and its extension, a reused abstract), with the scores
    of their closest texts, in output order (``Clusters.related_rows``)."""
    for ra, rb, a, b, scores in clusters.related_rows():
        yield {
            "kind": "related",
            "a": _side(clusters, ra, a),
            "b": _side(clusters, rb, b),
            "scores": dict(sorted(scores.items())),
        }


def _side(clusters: Clusters, row: int, u: int) -> dict[str, object]:
    corpus = clusters.corpus
    text = corpus.text(u)
    src = corpus.source(corpus.unique_first_copy[u])
    survivor = int(clusters.row_survivor[row])
    return {
        "id": content_id(corpus.content_key(survivor)),
        "file": src.file,
        "line": src.line,
        "title": text.title,
        "abstract": text.abstract,
        **_text_marks(text),
    }


def write_cluster_report(clusters: Clusters, path: str | os.PathLike[str]) -> int:
    """Every merged cluster, then every related pair not merged: one JSON object a line.
    Returns the number of lines."""
    n = 0
    with atomic_output(path) as out:
        for obj in itertools.chain(cluster_objects(clusters), related_objects(clusters)):
            out.write(orjson.dumps(obj) + b"\n")
            n += 1
    return n
