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

from .report import cluster_objects
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


def compact_cluster(obj: Mapping[str, Any], files: _Files) -> list[Any]:
    """One ``report.cluster_objects`` dict as the page's array form:
    ``[id, size, flags, [file, line, title, abstract], copies]`` with each copy
    ``[file, line, rule, title|null, abstract|null, scores|null, [file, line, direct]|null]``.
    """
    sv = obj["survivor"]
    survivor = [files(sv["file"]), _num(sv["line"]), sv["title"], sv["abstract"]]
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
            ]
        )
    return [
        obj.get("id") or "",
        _num(obj["size"]),
        list(obj.get("flags") or []),
        survivor,
        copies,
    ]


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


def summary_html(stats: Mapping[str, Any], sizes: list[int]) -> str:
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
            _stat("related pairs not merged", f"{stats.get('related_pairs', 0):,}"),
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
        '<div class="controls" id="pc-controls">'
        '<input id="pc-q" type="search" placeholder="Filter titles (or id)" '
        'aria-label="Filter titles">'
        '<select id="pc-rule" aria-label="Rule"><option value="">all rules</option>'
        '<option value="!near">any rule but exact</option>'
        '<option value="!flagged">flagged clusters</option></select>'
        '<select id="pc-sort" aria-label="Order"><option value="input">output order</option>'
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
) -> int:
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<title>papercorpus review</title>"
        f"<style>\n{_asset('review.css')}</style></head><body>"
        '<header class="top"><h1>papercorpus review</h1>'
        '<div class="muted">Every merged cluster: the survivor and each copy merged into it, '
        "the rule that fired and its scores. "
        '<span style="background:var(--del)">Red</span> words are only in the survivor, '
        '<span style="background:var(--ins)">green</span> words only in the copy.</div>'
        "</header><main>"
        f"{summary_html(stats, sizes)}"
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
    tail = {"files": files.names, "rules": rules, "page_size": PAGE_SIZE}
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
    sizes = [int(_num(c["size"])) for c in items]
    rules = sorted({str(cp.get("rule")) for c in items for cp in c["copies"]})
    files = _Files()
    with atomic_output(path) as out:
        return _write_page(
            out, stats, sizes, (compact_cluster(c, files) for c in items), files, rules
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

    with atomic_output(path) as out:
        return _write_page(out, summary.as_dict(), merged_sizes, entries(), files, rules)
