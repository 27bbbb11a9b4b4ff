"""Build page-dump corpora of any size for the scale benchmark, with their ground truth.

Source: the real arXiv listings in ``../shared/data/arxiv-listings`` (gzipped JSONL, one file per
day). Every real paper (first listed version; later differing versions are kept as real "v2"
revisions) becomes one distinct paper. When a size needs more distinct papers than the data has,
NEW distinct papers are made by recombining real sentences (every sentence of a generated abstract
comes from a different real abstract, and no two generated papers share more than one sentence,
so they cannot share sentence runs) under recombined title fragments (title keys are unique).

The record stream: each record is either the next new paper or, with probability ``copy_rate``,
a copy of an earlier paper (half of the time a recent one, like daily re-listings): mostly exact
re-listings, some re-wrapped (words glued at the old line breaks, or doubled spaces), re-cased
titles, truncated abstracts and v2 edits (a real revision when the paper has one, else one
sentence appended or replaced). Records are rendered into HF Papers page dumps (domain.md §a),
layout A or B per file, 2-5k records per file, named so that sorted order is stream order.

Everything is drawn from seeded generators, so the same parameters give the same bytes. A corpus
is built into ``<cache>/<name>/`` (``pages/``, ``truth.jsonl``, ``manifest.json``) through a
temporary directory renamed at the end, and reused when its manifest matches the parameters.

``truth.jsonl`` has one object per page file, in order: ``file``, ``layout``, ``date``, and per
record ``lines`` (1-based title line), ``paper`` (true paper index) and ``kind`` (how the copy was
made; ``new`` for a paper's first record).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from real_papers import (
    Generated,
    RealPapers,
    collapse,
    data_files,
    data_fingerprint,
    generate_papers,
    load_real,
    split_sentences,
)

BUILDER_VERSION = 1
REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "arxiv-listings"
DEFAULT_CACHE = Path("/tmp/papercorpus-bench")

HEADER_A = (
    "new",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "byAK and the research community",
)
HEADER_B = (
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
)
# Line of record k's title: layout A 11 + 4k (blank-line separated), layout B 3 + 2k.
LAYOUT_FIRST_LINE = {"A": 11, "B": 3}
LAYOUT_STEP = {"A": 4, "B": 2}

# Share of each variant among copies; "mostly exact re-listings".
COPY_MIX = (("exact", 0.70), ("rewrap", 0.08), ("recase", 0.07), ("truncate", 0.07), ("v2", 0.08))
RECENT_WINDOW = 3000  # a "recent" copy re-lists one of the last papers, like daily listings
MIN_TRUNCATABLE = 600  # shorter abstracts are copied exactly instead of truncated


@dataclass(frozen=True)
class CorpusParams:
    """Everything that determines a corpus's bytes (plus the data fingerprint)."""

    records: int
    seed: int = 20250318
    copy_rate: float = 0.28
    file_records: tuple[int, int] = (2000, 5000)
    max_data_files: int | None = None  # only the first N data files (tests)

    def name(self) -> str:
        limit = f"-d{self.max_data_files}" if self.max_data_files else ""
        return f"{format_size(self.records)}-s{self.seed}{limit}-v{BUILDER_VERSION}"


@dataclass
class Stream:
    paper: np.ndarray  # true paper of each record
    kind: np.ndarray  # index into COPY_MIX, -1 for a paper's first record
    rand: np.ndarray  # (records, 3) uniform floats for per-record variant choices


def format_size(n: int) -> str:
    if n % 1_000_000 == 0:
        return f"{n // 1_000_000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def parse_size(text: str) -> int:
    """``100k`` -> 100000, ``1M`` -> 1000000, ``2500`` -> 2500."""
    t = text.strip().lower().replace("_", "")
    scale = {"k": 1000, "m": 1_000_000}.get(t[-1:], 1)
    number = t[:-1] if scale > 1 else t
    value = int(float(number) * scale)
    if value <= 0:
        raise ValueError(f"size must be positive: {text!r}")
    return value


# --------------------------------------------------------------------------- the stream


def plan_stream(params: CorpusParams, rng: np.random.Generator) -> Stream:
    n = params.records
    is_copy = rng.random(n) < params.copy_rate
    is_copy[0] = False
    seen = np.cumsum(~is_copy)  # distinct papers introduced up to and including each record
    u, recent = rng.random(n), rng.random(n) < 0.5
    window = np.minimum(seen, RECENT_WINDOW)
    target = np.where(recent, seen - 1 - (u * window).astype(np.int64), (u * seen).astype(np.int64))
    paper = np.where(is_copy, target, seen - 1)
    cumulative = np.cumsum([share for _, share in COPY_MIX])
    kind = np.minimum(
        np.searchsorted(cumulative / cumulative[-1], rng.random(n), side="right"), len(COPY_MIX) - 1
    )
    kind = np.where(is_copy, kind, -1)
    return Stream(paper.astype(np.int64), kind.astype(np.int64), rng.random((n, 3)))


def steer_to_revisions(stream: Stream, revised: np.ndarray, rng: np.random.Generator) -> None:
    """Give each real paper that has a revised version one v2 copy (a random v2 record after
    the paper's first listing): uniformly chosen copies would almost never hit the few there are."""
    v2 = [name for name, _ in COPY_MIX].index("v2")
    positions = np.flatnonzero(stream.kind == v2)
    seen = np.cumsum(stream.kind == -1)[positions]
    free = np.ones(len(positions), dtype=bool)
    for paper in revised.tolist():
        candidates = np.flatnonzero(free & (seen > paper))
        if len(candidates):
            pick = candidates[int(rng.integers(len(candidates)))]
            free[pick] = False
            stream.paper[positions[pick]] = paper


def file_sizes(n: int, bounds: tuple[int, int], rng: np.random.Generator) -> list[int]:
    lo, hi = bounds
    sizes: list[int] = []
    left = n
    while left > 0:
        size = min(int(rng.integers(lo, hi + 1)), left)
        sizes.append(size)
        left -= size
    return sizes


# --------------------------------------------------------------------------- rendering


class Renderer:
    """Text of a paper and of each copy variant."""

    def __init__(self, real: RealPapers, gen: Generated, n_real: int) -> None:
        self.real, self.gen, self.n_real = real, gen, n_real

    def paper(self, p: int) -> tuple[str, str]:
        """(title, raw abstract) of the paper's first version."""
        if p < self.n_real:
            return self.real.titles[p], self.real.abstracts[p]
        g = p - self.n_real
        sents = self.gen.sentences
        return self.gen.titles[g], " ".join(sents[i] for i in self.gen.rows[g] if i >= 0)

    def record(self, p: int, kind: int, r: np.ndarray) -> tuple[str, str, str]:
        """(title, abstract, kind label) of one record."""
        title, raw = self.paper(p)
        if kind < 0:
            return title, collapse(raw), "new"
        name = COPY_MIX[kind][0]
        if name == "rewrap":
            return _rewrap(title, raw, r)
        if name == "recase":
            return _recase(title, raw, r)
        if name == "truncate":
            return _truncate(title, raw, r)
        if name == "v2":
            return self._v2(p, title, raw, r)
        return title, collapse(raw), "exact"

    def _v2(self, p: int, title: str, raw: str, r: np.ndarray) -> tuple[str, str, str]:
        revision = self.real.revisions.get(p) if p < self.n_real else None
        if revision:
            return revision[0], collapse(revision[1]), "v2_real"
        sents = split_sentences(raw)
        extra = self.gen.sentences[int(r[2] * len(self.gen.sentences))]
        if len(sents) >= 3 and r[0] < 0.5:
            sents[1 + int(r[1] * (len(sents) - 2))] = extra
            return title, " ".join(sents), "v2_replace"
        return title, " ".join([*sents, extra]), "v2_append"


def _rewrap(title: str, raw: str, r: np.ndarray) -> tuple[str, str, str]:
    if r[0] < 0.5:
        # Scrapers that do summary.replace("\n", "") glue the words at every line break.
        lines = raw.split("\n") if "\n" in raw else textwrap.wrap(raw, 80)
        return title, collapse("".join(line.strip() for line in lines)), "rewrap_glued"
    words = title.split(" ")
    cut = 1 + int(r[1] * max(len(words) - 1, 1))
    spaced = " ".join(words[:cut]) + "  " + " ".join(words[cut:])
    return spaced.strip(), collapse(raw).replace(". ", ".  "), "rewrap_spaces"


def _recase(title: str, raw: str, r: np.ndarray) -> tuple[str, str, str]:
    if r[0] < 0.4:
        return title.upper(), collapse(raw), "recase_upper"
    if r[0] < 0.7:
        return title.lower(), collapse(raw), "recase_lower"
    return title.title(), collapse(raw), "recase_title"


def _truncate(title: str, raw: str, r: np.ndarray) -> tuple[str, str, str]:
    text = collapse(raw)
    if len(text) < MIN_TRUNCATABLE:
        return title, text, "exact"
    cut = max(350, int(len(text) * (0.4 + 0.3 * r[0])))
    if r[1] < 0.5:
        head = text[:cut]
        return title, head[: head.rfind(" ")].rstrip() + "...", "truncate_word"
    return title, text[:cut].rstrip() + "\u2026", "truncate_mid"


def render_page(layout: str, page_date: str, records: list[tuple[str, str]]) -> str:
    """One page dump; no trailing newline, like the seeds."""
    if layout == "A":
        body = "\n\n".join(f"{t}\n\n{a}" for t, a in records)
        return "\n\n".join((*HEADER_A, page_date, body))
    body = "\n".join(f"{t}\n{a}" for t, a in records)
    return "\n".join(HEADER_B) + "\nSubscribe" + body


def page_date(index: int) -> str:
    d = date(2025, 3, 18) + timedelta(days=index)
    return f"{d:%b} {d.day}"


# --------------------------------------------------------------------------- build / cache


def corpus_dir(params: CorpusParams, cache: Path = DEFAULT_CACHE) -> Path:
    return Path(cache) / params.name()


def ensure_corpus(
    params: CorpusParams, cache: Path = DEFAULT_CACHE, data_dir: Path = DEFAULT_DATA, log=None
) -> Path:
    """The corpus directory for ``params``, built unless a matching one is cached."""
    files = data_files(Path(data_dir), params.max_data_files)
    if not files:
        raise FileNotFoundError(f"no *.jsonl.gz files in {data_dir}")
    wanted = _manifest_params(params, files)
    return build_cached(
        corpus_dir(params, cache), wanted, lambda tmp: build_corpus(params, files, tmp), log
    )


def build_cached(target: Path, wanted: dict, build, log=None) -> Path:
    """``target``, rebuilt by ``build(tmp_dir) -> summary`` unless its manifest records the
    ``wanted`` parameters; built beside it and renamed into place, so a crash leaves no
    half-built corpus behind."""
    if _cached_params(target / "manifest.json") == wanted:
        return target
    tmp = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    t0 = time.perf_counter()
    summary = build(tmp)
    summary["build_seconds"] = round(time.perf_counter() - t0, 2)
    (tmp / "manifest.json").write_text(
        json.dumps({"params": wanted, "summary": summary}, indent=2) + "\n"
    )
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)
    if log:
        log(f"built {target} in {summary['build_seconds']} s")
    return target


def _cached_params(manifest: Path) -> dict | None:
    try:
        return json.loads(manifest.read_text())["params"]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent or damaged: rebuild


def _manifest_params(params: CorpusParams, files: list[Path]) -> dict:
    d = asdict(params)
    d["file_records"] = list(params.file_records)
    d["builder_version"] = BUILDER_VERSION
    d["data"] = data_fingerprint(files)
    return d


def build_corpus(params: CorpusParams, files: list[Path], out: Path) -> dict:
    """Write ``pages/`` and ``truth.jsonl`` into ``out``; returns summary counts."""
    seeds = np.random.SeedSequence(params.seed).spawn(4)
    stream_rng, gen_rng, file_rng, steer_rng = (np.random.default_rng(s) for s in seeds)
    real = load_real(files)
    stream = plan_stream(params, stream_rng)
    steer_to_revisions(stream, np.asarray(sorted(real.revisions), dtype=np.int64), steer_rng)
    distinct = int(stream.paper.max()) + 1
    n_real = min(distinct, len(real.titles))
    gen = generate_papers(distinct - n_real, real, gen_rng)
    renderer = Renderer(real, gen, n_real)
    (out / "pages").mkdir(parents=True)
    kinds: dict[str, int] = {}
    total_bytes, start = 0, 0
    sizes = file_sizes(params.records, params.file_records, file_rng)
    layouts = np.where(file_rng.random(len(sizes)) < 0.5, "A", "B")
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for f, size in enumerate(sizes):
            entry, data = _render_file(renderer, stream, start, size, f, str(layouts[f]))
            (out / "pages" / entry["file"]).write_bytes(data)
            truth.write(json.dumps(entry, separators=(",", ":")) + "\n")
            for k in entry["kind"]:
                kinds[k] = kinds.get(k, 0) + 1
            total_bytes += len(data)
            start += size
    return {
        "records": params.records,
        "files": len(sizes),
        "papers": distinct,
        "real_papers": n_real,
        "generated_papers": distinct - n_real,
        "real_revisions_available": len(real.revisions),
        "bytes": total_bytes,
        "kinds": dict(sorted(kinds.items())),
    }


def _render_file(
    renderer: Renderer, stream: Stream, start: int, size: int, index: int, layout: str
) -> tuple[dict, bytes]:
    records, labels = [], []
    for i in range(start, start + size):
        title, abstract, label = renderer.record(
            int(stream.paper[i]), int(stream.kind[i]), stream.rand[i]
        )
        records.append((title, abstract))
        labels.append(label)
    first, step = LAYOUT_FIRST_LINE[layout], LAYOUT_STEP[layout]
    when = page_date(index)
    entry = {
        "file": f"day-{index:05d}.txt",
        "layout": layout,
        "date": when if layout == "A" else None,
        "lines": [first + step * k for k in range(size)],
        "paper": stream.paper[start : start + size].tolist(),
        "kind": labels,
    }
    return entry, render_page(layout, when, records).encode("utf-8")


# --------------------------------------------------------------------------- reading back


@dataclass
class Truth:
    files: list[str]  # page file names, in order
    layouts: list[str]
    file_start: np.ndarray  # index of each file's first record (len(files) + 1 entries)
    lines: np.ndarray  # title line of each record
    paper: np.ndarray  # true paper of each record
    kind: list[str]  # kind label of each record

    @property
    def records(self) -> int:
        return len(self.paper)


def load_truth(corpus: Path) -> Truth:
    files, layouts, lines, papers, kinds, starts = [], [], [], [], [], [0]
    with open(Path(corpus) / "truth.jsonl", encoding="utf-8") as fh:
        for raw in fh:
            entry = json.loads(raw)
            files.append(entry["file"])
            layouts.append(entry["layout"])
            lines.extend(entry["lines"])
            papers.extend(entry["paper"])
            kinds.extend(entry["kind"])
            starts.append(starts[-1] + len(entry["lines"]))
    return Truth(
        files,
        layouts,
        np.asarray(starts, dtype=np.int64),
        np.asarray(lines, dtype=np.int64),
        np.asarray(papers, dtype=np.int64),
        kinds,
    )


def iter_records(corpus: Path, truth: Truth, limit: int | None = None) -> Iterator[tuple[str, str]]:
    """(title, abstract) of the first ``limit`` records, read back from the pages by their known
    line numbers (no parsing heuristics: the baseline must not pay or depend on parsing)."""
    n = truth.records if limit is None else min(limit, truth.records)
    for f, name in enumerate(truth.files):
        lo = int(truth.file_start[f])
        if lo >= n:
            return
        hi = min(int(truth.file_start[f + 1]), n)
        text = (Path(corpus) / "pages" / name).read_text(encoding="utf-8").split("\n")
        gap = LAYOUT_STEP[truth.layouts[f]] // 2
        for i in range(lo, hi):
            line = int(truth.lines[i])
            title = text[line - 1]
            if truth.layouts[f] == "B" and i == lo:
                title = title.removeprefix("Subscribe")
            yield title, text[line - 1 + gap]


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build (or find cached) scale-benchmark corpora.")
    ap.add_argument("--sizes", default="100k,1M", help="comma-separated record counts")
    ap.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=CorpusParams.seed)
    args = ap.parse_args(argv)
    for size in args.sizes.split(","):
        params = CorpusParams(records=parse_size(size), seed=args.seed)
        path = ensure_corpus(
            params, args.cache_dir, args.data, log=lambda m: print(m, file=sys.stderr)
        )
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
