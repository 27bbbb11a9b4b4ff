"""The HTML review page: one self-contained file a reviewer reads before trusting a run.

Summary numbers and charts are rendered here, in Python, as plain HTML (CSS bars). The
merged clusters travel as compact JSON inside ``<script type="application/json">`` and are
drawn by the inline script 50 at a time, with the word diff of each copy against the
survivor computed in the browser only for the clusters on screen: a page for tens of
thousands of clusters then costs one ``JSON.parse`` and 50 cards to open.

Nothing is fetched (a Content-Security-Policy forbids it); data text is only ever inserted
with ``textContent``, and the embedded JSON escapes ``<``, ``>`` and ``&`` so a title
containing ``</script>`` cannot end the data block.
"""

from __future__ import annotations

import html
import importlib.resources
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, BinaryIO

import numpy as np
import orjson

from .report import cluster_objects, related_objects
from .results import Clusters, Summary
from .sinks import atomic_output

PAGE_SIZE = 50
# Cluster-size histogram buckets: (label, smallest size, largest size).
SIZE_BUCKETS = (
    ("2", 2, 2),
    ("3", 3, 3),
    ("4", 4, 4),
    ("5", 5, 5),
    ("6-10", 6, 10),
    ("11-20", 11, 20),
    ("21-50", 21, 50),
    ("> 50", 51, None),
)


# --------------------------------------------------------------------------- data


class _Files:
    """File names are repeated in every copy; the page stores each once and refers by index."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.names: list[str] = []

    def __call__(self, name: object) -> int:
        key = str(name)
        i = self.index.get(key)
        if i is None:
            i = self.index[key] = len(self.names)
            self.names.append(key)
        return i


def _num(value: Any) -> Any:
    # numpy scalars reach the report from the engine's arrays.
    return value.item() if isinstance(value, np.generic) else value


def weak_abstract(text: Mapping[str, Any]) -> str | None:
    """The marker a text's abstract carries on the page, or ``None`` for a real one."""
    flags = text.get("text_flags") or ()
    if "no_abstract" in flags or ("abstract" in text and not text["abstract"]):
        return "no abstract"
    if text.get("junk"):
        return f"junk abstract: {str(text['junk']).replace('_', ' ')}"
    if "summary" in flags:
        return "AI summary, not the abstract"
    return None


def compact_cluster(obj: Mapping[str, Any], files: _Files) -> list[Any]:
    """One ``report.cluster_objects`` dict as the page's array form:
    ``[id, size, flags, [file, line, title, abstract, arxiv|null, weak|null], copies]``
    with each copy ``[file, line, rule, title|null, abstract|null, scores|null,
    [file, line, direct]|null, weak|null, arxiv|null]`` (``weak``: ``weak_abstract``).
    """
    sv = obj["survivor"]
    survivor = [
        files(sv["file"]),
        _num(sv["line"]),
        sv["title"],
        sv["abstract"],
        sv.get("arxiv_id"),
        weak_abstract(sv),
    ]
    copies = []
    for c in obj["copies"]:
        via = c.get("via")
        scores = c.get("scores")
        copies.append(
            [
                files(c["file"]),
                _num(c["line"]),
                c.get("rule"),
                c.get("title"),
                c.get("abstract"),
                {k: _num(v) for k, v in sorted(scores.items())} if scores else None,
                [files(via["file"]), _num(via["line"]), int(bool(c.get("direct")))]
                if via
                else None,
                weak_abstract(c) if c.get("title") is not None else None,
                c.get("arxiv_id"),
            ]
        )
    return [
        obj.get("id") or "",
        _num(obj["size"]),
        list(obj.get("flags") or []),
        survivor,
        copies,
    ]


def compact_related(obj: Mapping[str, Any], files: _Files) -> list[Any]:
    """One ``report.related_objects`` dict as ``[a, b, scores]``, each side
    ``[file, line, title, abstract, arxiv|null, weak|null, row id]``."""

    def side(x: Mapping[str, Any]) -> list[Any]:
        return [
            files(x["file"]), _num(x["line"]), x["title"], x["abstract"],
            x.get("arxiv_id"), weak_abstract(x), x.get("id") or "",
        ]  # fmt: skip

    scores = {k: _num(v) for k, v in sorted((obj.get("scores") or {}).items())}
    return [side(obj["a"]), side(obj["b"]), scores]


def _script_json(data: object) -> bytes:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive literally."""
    raw = orjson.dumps(data)
    return (
        raw.replace(b"<", b"\\u003c")
        .replace(b">", b"\\u003e")
        .replace(b"&", b"\\u0026")
        .replace("\u2028".encode(), b"\\u2028")
        .replace("\u2029".encode(), b"\\u2029")
    )


# --------------------------------------------------------------------------- summary HTML


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def size_histogram(sizes: Iterable[int]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for size in sizes:
        for label, lo, hi in SIZE_BUCKETS:
            if size >= lo and (hi is None or size <= hi):
                counts[label] += 1
                break
    return [(label, counts[label]) for label, _, _ in SIZE_BUCKETS]


def _bars(title: str, items: list[tuple[str, int]], css: str) -> str:
    top = max((n for _, n in items), default=0) or 1
    rows = "".join(
        f'<div class="bar"><span class="bl">{_e(label)}</span>'
        f'<span class="bt"><span class="bf {css}" style="width:{100 * n / top:.1f}%"></span>'
        f'</span><span class="bn">{n:,}</span></div>'
        for label, n in items
    )
    if not items:
        rows = '<p class="muted">none</p>'
    return f'<section class="chart"><h2>{_e(title)}</h2>{rows}</section>'


def _stat(label: str, value: object, extra: str = "") -> str:
    cls = f"stat {extra}".strip()
    return f'<div class="{cls}"><b>{_e(value)}</b><span>{_e(label)}</span></div>'


def _counts_table(title: str, counts: Mapping[str, int]) -> str:
    if not counts:
        return ""
    rows = "".join(f"<tr><td>{_e(k)}</td><td>{v:,}</td></tr>" for k, v in counts.items())
    return f'<table class="codes"><caption>{_e(title)}</caption>{rows}</table>'


def summary_html(stats: Mapping[str, Any], sizes: list[int], related: int | None = None) -> str:
    """The top of the page: numbers, the two charts, warning/reject tables."""
    merged_by_rule: dict[str, int] = dict(stats.get("merged_by_rule", {}))
    flagged: dict[str, int] = dict(stats.get("clusters_flagged", {}))
    warnings: dict[str, int] = dict(stats.get("warnings_by_code", {}))
    rejected: dict[str, int] = dict(stats.get("rejected_by_code", {}))
    flag_text = ", ".join(f"{v} {k}" for k, v in flagged.items()) or "0"
    numbers = "".join(
        [
            _stat("files", stats.get("files", 0)),
            _stat("copies parsed", f"{stats.get('records_parsed', 0):,}"),
            _stat("papers kept", f"{stats.get('records_kept', 0):,}"),
            _stat("copies merged", f"{stats.get('records_merged', 0):,}"),
            _stat("merged clusters", f"{len(sizes):,}"),
            _stat("flagged clusters", flag_text, "warn" if flagged else ""),
            _stat("rejected", f"{stats.get('rejected', 0):,}", "warn" if rejected else ""),
            _stat("warnings", f"{sum(warnings.values()):,}", "warn" if warnings else ""),
            _stat(
                "related pairs not merged",
                f"{stats.get('related_pairs', 0) if related is None else related:,}",
            ),
        ]
    )
    rules = sorted(merged_by_rule.items(), key=lambda kv: (-kv[1], kv[0]))
    charts = _bars("Merges per rule", rules, "rule") + _bars(
        "Cluster sizes (copies per merged cluster)", size_histogram(sizes), "size"
    )
    tables = _counts_table("Warnings by code", warnings) + _counts_table(
        "Rejected by code", rejected
    )
    return (
        f'<section class="numbers">{numbers}</section>'
        f'<div class="charts">{charts}</div>'
        f'<div class="tables">{tables}</div>'
    )


# --------------------------------------------------------------------------- page

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)

# The stylesheet and the script are package data in assets/, so they read (and lint) as
# CSS and JavaScript. Text mode gives \n line ends however the files were checked out, and
# each is inlined after a newline, so the page is byte for byte what it was when they were
# strings in this module.
_ASSETS = importlib.resources.files("papercorpus") / "assets"


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _controls() -> str:
    pager = (
        '<button class="pc-prev" type="button">&laquo; Prev</button>'
        '<span class="pc-page"></span>'
        '<button class="pc-next" type="button">Next &raquo;</button>'
    )
    return (
        '<nav class="tabs" role="tablist">'
        '<button type="button" role="tab" class="tab" id="pc-tab-clusters" '
        'data-tab="clusters">Merged clusters</button>'
        '<button type="button" role="tab" class="tab" id="pc-tab-related" '
        'data-tab="related">Related, not merged</button></nav>'
        '<div class="controls" id="pc-controls">'
        '<input id="pc-q" type="search" placeholder="Search titles, arXiv ids, file names" '
        'aria-label="Search titles, arXiv ids, file names">'
        '<select id="pc-rule" aria-label="Rule"><option value="">all rules</option>'
        '<option value="!near">any rule but exact</option>'
        '<option value="!flagged">flagged clusters</option></select>'
        '<select id="pc-sort" aria-label="Order">'
        '<option value="review">doubtful first</option>'
        '<option value="input">output order</option>'
        '<option value="size">largest first</option></select>'
        f'{pager}<span id="pc-status"></span></div>'
        f'<div id="pc-clusters"></div><div class="pager">{pager}</div>'
    )


def _write_page(
    out: BinaryIO,
    stats: Mapping[str, Any],
    sizes: list[int],
    entries: Iterator[list[Any]],
    files: _Files,
    rules: list[str],
    related: Iterable[list[Any]] = (),
) -> int:
    # Related pairs are few: listed first, so the summary counts the pairs on the page.
    pairs = list(related)
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<title>papercorpus review</title>"
        f"<style>\n{_asset('review.css')}</style></head><body>"
        '<header class="top"><h1>papercorpus review</h1>'
        '<div class="muted">Every merged cluster: the survivor and each copy merged into it, '
        "the rule that fired and its scores; doubtful ones (flagged, chained, not exact) "
        "first. Related pairs share a lot but were kept apart: check that they are "
        "different papers. "
        '<span style="background:var(--del)">Red</span> words are only in the survivor, '
        '<span style="background:var(--ins)">green</span> words only in the copy.</div>'
        "</header><main>"
        f"{summary_html(stats, sizes, len(pairs))}"
        '<section id="pc-list"><noscript><p>This page needs JavaScript to list the '
        "clusters.</p></noscript>"
        f"{_controls()}</section></main>"
        '<script type="application/json" id="pc-data">{"clusters":['
    )
    out.write(head.encode())
    n = 0
    for entry in entries:
        if n:
            out.write(b",")
        out.write(_script_json(entry))
        n += 1
    tail = {"related": pairs, "files": files.names, "rules": rules, "page_size": PAGE_SIZE}
    out.write(b"]," + _script_json(tail)[1:] + b"</script>")
    # The script puts data in the DOM only through textContent / createTextNode.
    out.write(f"<script>\n{_asset('review.js')}</script></body></html>\n".encode())
    return n


def write_html_page(
    path: str | os.PathLike[str],
    stats: Mapping[str, Any],
    items: Sequence[Mapping[str, Any]],
) -> int:
    """Write the page from ``Summary.as_dict()``-shaped ``stats`` and cluster dicts shaped
    like ``report.cluster_objects`` (with ``id`` filled in), e.g. the lines of a
    ``--report`` file. Returns the number of clusters."""
    clusters = [c for c in items if c.get("kind", "cluster") == "cluster"]
    related = [c for c in items if c.get("kind") == "related"]
    sizes = [int(_num(c["size"])) for c in clusters]
    rules = sorted({str(cp.get("rule")) for c in clusters for cp in c["copies"]})
    files = _Files()
    with atomic_output(path) as out:
        return _write_page(
            out,
            stats,
            sizes,
            (compact_cluster(c, files) for c in clusters),
            files,
            rules,
            (compact_related(r, files) for r in related),
        )


def write_html_report(clusters: Clusters, summary: Summary, path: str | os.PathLike[str]) -> int:
    """The review page for one ``clean`` run (call while the corpus is still open).

    Returns the number of merged clusters on the page.
    """
    sizes = np.diff(clusters.row_bounds)
    merged_sizes = [int(s) for s in sizes[sizes > 1]]
    rules = sorted(k for k, v in summary.merged.items() if v)
    files = _Files()

    def entries() -> Iterator[list[Any]]:
        for obj in cluster_objects(clusters):
            yield compact_cluster(obj, files)

    related = (compact_related(r, files) for r in related_objects(clusters))
    with atomic_output(path) as out:
        return _write_page(out, summary.as_dict(), merged_sizes, entries(), files, rules, related)
