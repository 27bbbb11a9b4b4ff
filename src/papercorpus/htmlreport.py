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

_CSS = """
:root{--fg:#1d2430;--muted:#5c6773;--line:#d8dee6;--bg:#f6f8fa;--card:#fff;--acc:#2f6fde;
--warn:#b5470b;--ins:#d4f7d9;--del:#ffd9d9;--insfg:#0b5a1a;--delfg:#8a1010}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
header.top{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line)}
header.top h1{margin:0;font-size:20px}
main{padding:16px 24px;max-width:1500px;margin:0 auto}
.muted{color:var(--muted)}
.numbers{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:8px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:8px 10px}
.stat b{display:block;font-size:20px}
.stat span{color:var(--muted);font-size:12px}
.stat.warn b{color:var(--warn)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(360px,1fr));gap:12px;
margin-top:12px}
.chart{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px 14px}
.chart h2,.controls h2{font-size:14px;margin:0 0 8px}
.bar{display:grid;grid-template-columns:110px 1fr 70px;gap:8px;align-items:center;margin:3px 0}
.bl{font-size:12px;text-align:right;color:var(--muted);overflow:hidden;text-overflow:ellipsis}
.bt{background:#eef1f5;border-radius:3px;height:14px;overflow:hidden}
.bf{display:block;height:100%;min-width:1px}
.bf.rule{background:#6f8fd8}.bf.size{background:#55a57a}
.bn{font-size:12px;font-variant-numeric:tabular-nums}
.tables{display:flex;gap:12px;flex-wrap:wrap;margin-top:12px}
table.codes{background:var(--card);border:1px solid var(--line);border-collapse:collapse;
font-size:12px}
table.codes caption{text-align:left;font-weight:600;padding:4px 0}
table.codes td{border-top:1px solid var(--line);padding:2px 8px}
.controls{position:sticky;top:0;z-index:2;background:var(--bg);padding:10px 0;
display:flex;gap:8px;flex-wrap:wrap;align-items:center;border-bottom:1px solid var(--line)}
.controls input[type=search]{flex:1 1 320px;padding:6px 8px;border:1px solid var(--line);
border-radius:4px;font:inherit}
.controls select,.controls button{padding:5px 8px;font:inherit;border:1px solid var(--line);
border-radius:4px;background:#fff}
.controls button:disabled{opacity:.4}
#pc-status{color:var(--muted);font-size:12px}
.cl{background:var(--card);border:1px solid var(--line);border-radius:6px;margin:12px 0;
padding:10px 14px}
.cl.flagged{border-color:var(--warn);box-shadow:0 0 0 1px var(--warn) inset}
.clh{display:flex;gap:8px;flex-wrap:wrap;align-items:baseline;font-size:12px;
color:var(--muted)}
.clh .num{font-weight:600;color:var(--fg);font-size:13px}
.badge{display:inline-block;padding:0 6px;border-radius:9px;background:#e8eefb;color:#1f4aa8;
font-size:11px;line-height:18px}
.badge.flag{background:#fde6d8;color:var(--warn);font-weight:600}
.badge.exact{background:#eceff3;color:#444}
.loc{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:11px;color:var(--muted);
word-break:break-all}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:12px;border-top:1px dashed var(--line);
padding-top:8px;margin-top:8px}
.side h3,.sv h3{font-size:14px;margin:4px 0}
.side p,.sv p{margin:4px 0;font-size:13px;white-space:pre-wrap;overflow-wrap:anywhere}
.meta{grid-column:1/-1;font-size:12px;color:var(--muted)}
.meta .score{font-variant-numeric:tabular-nums;margin-right:8px}
.chips{margin-top:6px;display:flex;flex-wrap:wrap;gap:4px;align-items:center}
.chip{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:11px;background:#f0f2f5;
border-radius:3px;padding:1px 5px}
ins{background:var(--ins);color:var(--insfg);text-decoration:none;border-radius:2px}
del{background:var(--del);color:var(--delfg);border-radius:2px}
.empty{color:var(--muted);font-style:italic}
.sv p.clamp{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
.sv p{cursor:pointer}
.pager{display:flex;gap:8px;align-items:center;justify-content:center;margin:12px 0}
"""

# The page script. Data reaches the DOM only through textContent / createTextNode.
_JS = r"""
(function () {
"use strict";
var t0 = performance.now();
var D = JSON.parse(document.getElementById("pc-data").textContent);
var FILES = D.files, ALL = D.clusters, PAGE = D.page_size;
var view = ALL.map(function (_, i) { return i; });
var page = 0, hay = null;
var $ = function (id) { return document.getElementById(id); };

function el(tag, cls, text) {
  var n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined && text !== null) n.textContent = text;
  return n;
}
function loc(f, l) { return FILES[f] + ":" + l; }

// ---- word diff: common prefix/suffix, then LCS on what is left (bounded)
function words(s) { return s ? s.split(/\s+/).filter(Boolean) : []; }
function diff(a, b) {
  var n = a.length, m = b.length, p = 0, s = 0;
  while (p < n && p < m && a[p] === b[p]) p++;
  while (s < n - p && s < m - p && a[n - 1 - s] === b[m - 1 - s]) s++;
  var A = a.slice(p, n - s), B = b.slice(p, m - s);
  var keepA = new Uint8Array(A.length), keepB = new Uint8Array(B.length);
  if (A.length && B.length && A.length * B.length <= 4000000) {
    var W = B.length + 1, L = new Uint16Array((A.length + 1) * W);
    for (var i = A.length - 1; i >= 0; i--) {
      for (var j = B.length - 1; j >= 0; j--) {
        L[i * W + j] = A[i] === B[j] ? L[(i + 1) * W + j + 1] + 1
          : Math.max(L[(i + 1) * W + j], L[i * W + j + 1]);
      }
    }
    for (var x = 0, y = 0; x < A.length && y < B.length;) {
      if (A[x] === B[y]) { keepA[x++] = 1; keepB[y++] = 1; }
      else if (L[(x + 1) * W + y] >= L[x * W + y + 1]) x++;
      else y++;
    }
  }
  return {a: mark(a, p, keepA), b: mark(b, p, keepB)};
}
function mark(w, p, keep) {
  // -> [[changed, text], ...] runs
  var out = [], cur = null;
  for (var i = 0; i < w.length; i++) {
    var k = i - p, changed = k >= 0 && k < keep.length && !keep[k];
    if (!cur || cur[0] !== changed) { cur = [changed, []]; out.push(cur); }
    cur[1].push(w[i]);
  }
  return out;
}
function runs(node, parts, tag) {
  for (var i = 0; i < parts.length; i++) {
    if (i) node.appendChild(document.createTextNode(" "));
    var t = parts[i][1].join(" ");
    if (parts[i][0]) node.appendChild(el(tag, null, t));
    else node.appendChild(document.createTextNode(t));
  }
  return node;
}
function textBlock(tag, text) {
  var n = el(tag);
  if (text) n.textContent = text; else { n.className = "empty"; n.textContent = "(empty)"; }
  return n;
}

// ---- one cluster card
function card(k) {
  var c = ALL[k], sv = c[3], copies = c[4], flags = c[2];
  var box = el("article", "cl" + (flags.length ? " flagged" : ""));
  box.dataset.cluster = k;
  var h = el("div", "clh");
  h.appendChild(el("span", "num", "#" + (k + 1)));
  h.appendChild(el("span", null, c[1] + " copies"));
  flags.forEach(function (f) { h.appendChild(el("span", "badge flag", f)); });
  var rules = {};
  copies.forEach(function (cp) { rules[cp[2]] = (rules[cp[2]] || 0) + 1; });
  Object.keys(rules).sort().forEach(function (r) {
    h.appendChild(el("span", "badge" + (r === "exact" ? " exact" : ""), r + " \u00d7" + rules[r]));
  });
  h.appendChild(el("span", "loc", "id " + c[0]));
  box.appendChild(h);
  var near = copies.filter(function (cp) { return cp[3] !== null || cp[4] !== null; });
  var same = copies.filter(function (cp) { return cp[3] === null && cp[4] === null; });
  if (!near.length) {
    var s = el("div", "sv");
    s.appendChild(el("div", "loc", "survivor \u00b7 " + loc(sv[0], sv[1])));
    s.appendChild(textBlock("h3", sv[2]));
    var ab = s.appendChild(textBlock("p", sv[3]));
    // Identical copies need no reading: the abstract folds to three lines, a click unfolds it.
    ab.classList.add("clamp");
    ab.title = "click to show or hide the whole abstract";
    ab.addEventListener("click", function () { ab.classList.toggle("clamp"); });
    box.appendChild(s);
  }
  near.forEach(function (cp) { box.appendChild(pair(sv, cp)); });
  if (same.length) {
    var chips = el("div", "chips");
    chips.appendChild(el("span", "muted", near.length ? "same text as a copy above or the survivor:"
      : "identical copies:"));
    same.forEach(function (cp) {
      var label = loc(cp[0], cp[1]) + (cp[2] === "exact" ? "" : " \u00b7 " + cp[2]);
      chips.appendChild(el("span", "chip", label));
    });
    box.appendChild(chips);
  }
  return box;
}
function pair(sv, cp) {
  var row = el("div", "pair");
  var left = el("div", "side"), right = el("div", "side");
  left.appendChild(el("div", "loc", "survivor \u00b7 " + loc(sv[0], sv[1])));
  right.appendChild(el("div", "loc", "copy \u00b7 " + loc(cp[0], cp[1])));
  var ct = cp[3] === null ? sv[2] : cp[3], ca = cp[4] === null ? sv[3] : cp[4];
  var dt = diff(words(sv[2]), words(ct)), da = diff(words(sv[3]), words(ca));
  left.appendChild(runs(el("h3"), dt.a, "del"));
  right.appendChild(runs(el("h3"), dt.b, "ins"));
  left.appendChild(sv[3] ? runs(el("p"), da.a, "del") : textBlock("p", ""));
  right.appendChild(ca ? runs(el("p"), da.b, "ins") : textBlock("p", ""));
  row.appendChild(left); row.appendChild(right);
  var meta = el("div", "meta");
  meta.appendChild(el("span", "badge", cp[2]));
  meta.appendChild(document.createTextNode(" "));
  if (cp[5]) Object.keys(cp[5]).forEach(function (key) {
    meta.appendChild(el("span", "score", key + " " + cp[5][key]));
  });
  if (cp[6]) meta.appendChild(el("span", null, "via " + loc(cp[6][0], cp[6][1]) +
    (cp[6][2] ? "" : " (not verified against the survivor)")));
  row.appendChild(meta);
  return row;
}

// ---- filtering and paging
function matches(k, q, rule) {
  var c = ALL[k];
  if (rule === "!flagged") { if (!c[2].length) return false; }
  else if (rule === "!near") {
    if (!c[4].some(function (cp) { return cp[2] !== "exact"; })) return false;
  }
  else if (rule && !c[4].some(function (cp) { return cp[2] === rule; })) return false;
  if (!q) return true;
  return hay[k].indexOf(q) >= 0;
}
function buildHay() {
  hay = ALL.map(function (c) {
    var t = [c[0], c[3][2]];
    c[4].forEach(function (cp) { if (cp[3]) t.push(cp[3]); });
    return t.join("\n").toLowerCase();
  });
}
function apply(quiet) {
  var q = $("pc-q").value.trim().toLowerCase(), rule = $("pc-rule").value;
  if (q && !hay) buildHay();
  view = [];
  for (var k = 0; k < ALL.length; k++) if (matches(k, q, rule)) view.push(k);
  if ($("pc-sort").value === "size") {
    view.sort(function (x, y) { return ALL[y][1] - ALL[x][1] || x - y; });
  }
  page = 0;
  if (quiet !== true) render();
}
function render(quiet) {
  var pages = Math.max(1, Math.ceil(view.length / PAGE));
  if (page >= pages) page = pages - 1;
  var frag = document.createDocumentFragment();
  var slice = view.slice(page * PAGE, page * PAGE + PAGE);
  slice.forEach(function (k) { frag.appendChild(card(k)); });
  if (!slice.length) frag.appendChild(el("p", "empty", ALL.length ? "No cluster matches."
    : "No merged clusters: every paper appeared once."));
  $("pc-clusters").replaceChildren(frag);
  var txt = view.length.toLocaleString() + " of " + ALL.length.toLocaleString() +
    " clusters \u00b7 page " + (page + 1) + " / " + pages;
  document.querySelectorAll(".pc-page").forEach(function (n) { n.textContent = txt; });
  document.querySelectorAll(".pc-prev").forEach(function (b) { b.disabled = page === 0; });
  document.querySelectorAll(".pc-next").forEach(function (b) { b.disabled = page >= pages - 1; });
  if (quiet !== true) saveHash();
}
function saveHash() {
  var h = new URLSearchParams();
  if ($("pc-q").value.trim()) h.set("q", $("pc-q").value.trim());
  if (sel.value) h.set("rule", sel.value);
  if ($("pc-sort").value !== "input") h.set("sort", $("pc-sort").value);
  if (page) h.set("page", String(page + 1));
  history.replaceState(null, "", h.toString() ? "#" + h.toString() : location.pathname);
}
function go(delta) { page += delta; render(); window.scrollTo(0, $("pc-list").offsetTop); }

var sel = $("pc-rule");
D.rules.forEach(function (r) { var o = el("option", null, r); o.value = r; sel.appendChild(o); });
var timer = 0;
$("pc-q").addEventListener("input", function () {
  clearTimeout(timer); timer = setTimeout(apply, 150);
});
sel.addEventListener("change", apply);
$("pc-sort").addEventListener("change", apply);
document.querySelectorAll(".pc-prev").forEach(function (b) {
  b.onclick = function () { go(-1); }; });
document.querySelectorAll(".pc-next").forEach(function (b) {
  b.onclick = function () { go(1); }; });
// The view lives in the URL fragment (#q=...&rule=...&sort=...&page=N), so a link or a
// reload shows the same clusters.
function fromHash() {
  var h = new URLSearchParams(location.hash.slice(1));
  $("pc-q").value = h.get("q") || "";
  if (h.get("rule")) sel.value = h.get("rule");
  if (h.get("sort")) $("pc-sort").value = h.get("sort");
  apply(true);
  page = Math.max(0, (parseInt(h.get("page"), 10) || 1) - 1);
  render(true);
}
fromHash();
document.body.dataset.ready = "1";
document.body.dataset.renderMs = String(Math.round(performance.now() - t0));
// performance.now() counts from navigation start: this is the time to a usable page.
document.body.dataset.loadMs = String(Math.round(performance.now()));
$("pc-status").textContent = "ready in " + document.body.dataset.loadMs + " ms";
})();
"""


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
        f"<style>{_CSS}</style></head><body>"
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
    out.write(f"<script>{_JS}</script></body></html>\n".encode())
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
