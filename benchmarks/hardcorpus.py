"""Hard-variant corpora for the peers benchmark: records as cross-source scrapes look, with
their ground truth.

Where ``corpus.py`` makes day pages whose copies are mostly exact re-listings, this makes
JSONL dumps (one record per line, 300 to 30,000 records per file, sizes log-uniform) in which
~30% of the records are *near*-duplicates of an earlier paper and ~2% belong to hard
negatives (distinct papers made to look alike):

* copies (``COPY_MIX``): the variant kinds of ``variants.py`` (re-wrapping, glued words,
  case, punctuation, HTML entities, diacritics, Greek letters, mojibake, LaTeX math, subtitle
  dropped, title revised, sentence added or replaced, numbers updated, truncation) plus four
  of ``hard_variants.py`` (NFD/ligature/no-break-space Unicode forms, TeX markup around words, two
  sentences swapped, v1/v2 word edits); a few exact copies; 15% of the copies get a second,
  formatting variant on top (``kind+kind``). A kind that does not apply to a paper (no
  accents, no math) falls back to another draw, so rare kinds are rarer than their share.
* hard negatives (``NEGATIVE_MIX``, ``variants.NEGATIVES``): Part I / Part II, versioned
  model names, one generic title over two abstracts, one specific title over two papers
  (also the nearest in vocabulary of 40), a title contained in another, a journal
  extension, a challenge-report template, one abstract pasted under two system names. Each
  makes two new papers, listed one after the other; later records may copy either.
  Junk abstracts are left to ``quality.py``: no peer can tell them apart from text.

Papers: real arXiv listings from ``../shared/data/arxiv-listings`` (``real_papers.load_real``),
then distinct papers recombined from real sentences (``real_papers.generate_papers``), shuffled
together. Donor texts (inserted sentences, the second abstract of a negative) come from
papers reserved for that and never listed, so no record shares text with another paper by
accident. Records carry no arXiv id: every method sees the same title + abstract text.

Files rotate three layouts (flat ``title``/``abstract``; arXiv-like ``title``/``summary``
with hard-wrapped abstracts and categories; HF-API-like ``{"paper": {...}}`` with ASCII
escapes). Deterministic from the seed; built once into ``<cache>/<name>/`` (``files/``,
``truth.jsonl``, ``negatives.json``, ``manifest.json``) through a temporary directory, and
reused while the manifest matches. ``truth.jsonl`` has ``corpus.py``'s shape (one object per
file: ``file``, ``layout``, ``lines``, ``paper``, ``kind``), so ``corpus.load_truth`` and
``scale.py``'s scoring read it; the first record of a paper has kind ``new`` or, for a
hard negative, ``neg_<kind>``.

    .venv/bin/python benchmarks/hardcorpus.py --sizes 200k,1M     # build, print the paths
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import variants as v
from corpus import DEFAULT_DATA, build_cached, format_size, parse_size
from hard_variants import COPY_MIX, FORMATTING, NEGATIVE_MIX, VARIANTS
from real_papers import data_files, data_fingerprint, generate_papers, load_real
from variant_pool import one_line, rewrap, vocabulary

BUILDER_VERSION = 1
DEFAULT_CACHE = Path("/tmp/papercorpus-hard")
LAYOUTS = ("flat", "arxiv", "hf")
RECENT_WINDOW = 3000  # half of the copies re-list one of the last papers, like daily dumps

# --------------------------------------------------------------------------- parameters


@dataclass(frozen=True)
class HardParams:
    """Everything that determines a corpus's bytes (plus the data fingerprint)."""

    records: int
    seed: int = 20251117
    copy_rate: float = 0.30
    negative_rate: float = 0.02  # share of records that belong to a hard-negative pair
    combine_rate: float = 0.15
    file_records: tuple[int, int] = (300, 30_000)
    max_data_files: int | None = None  # only the first N data files (tests)

    def name(self) -> str:
        lo, hi = self.file_records
        files = "" if (lo, hi) == (300, 30_000) else f"-f{lo}-{hi}"
        limit = f"-d{self.max_data_files}" if self.max_data_files else ""
        return f"hard-{format_size(self.records)}-s{self.seed}{files}{limit}-v{BUILDER_VERSION}"


# --------------------------------------------------------------------------- papers


class Papers:
    """Texts of the listed papers (real, then recombined, in a seeded mix) and the donors."""

    def __init__(
        self,
        params: HardParams,
        files: list[Path],
        needed: int,
        donors: int,
        np_rng: np.random.Generator,
    ) -> None:
        real = load_real(files)
        self.real_titles, self.real_abstracts = real.titles, real.abstracts
        n_real = min(len(real.titles), needed)
        gen = generate_papers(needed - n_real + donors, real, np_rng)
        self.gen = gen
        # Listed papers: real and generated, shuffled together; donors: the last generated.
        order = np.concatenate([np.arange(n_real), -1 - np.arange(needed - n_real)])
        np_rng.shuffle(order)
        self.order = order
        self.n_real = n_real
        self.donor_base = needed - n_real

    def _generated(self, g: int) -> v.Paper:
        row = self.gen.rows[g]
        return v.Paper(
            f"g{g}", self.gen.titles[g], " ".join(self.gen.sentences[i] for i in row if i >= 0)
        )

    def listed(self, k: int) -> v.Paper:
        """The ``k``-th paper to be listed."""
        src = int(self.order[k])
        if src >= 0:
            return v.Paper(f"r{src}", self.real_titles[src], self.real_abstracts[src])
        return self._generated(-1 - src)

    def donor(self, d: int) -> v.Paper:
        return self._generated(self.donor_base + d)


class DonorPool:
    """``variants.Pool``'s interface over the reserved donor papers: each ``take`` is a paper
    no record lists, each ``sentence`` a real sentence."""

    def __init__(self, papers: Papers, count: int, rng: random.Random) -> None:
        self.papers, self.count, self.rng = papers, count, rng
        self.next = 0
        self.used_names: set[str] = set()

    def take(self) -> v.Paper | None:
        if self.next >= self.count:
            return None
        self.next += 1
        return self.papers.donor(self.next - 1)

    def sentence(self) -> str:
        sents = self.papers.gen.sentences
        return sents[self.rng.randrange(len(sents))]

    def nearest(self, p: v.Paper, scan: int = 40) -> v.Paper | None:
        """Of the next ``scan`` donors, the one closest in vocabulary; the rest are skipped."""
        mine = vocabulary(p.abstract)
        best, best_score = None, -1.0
        for _ in range(scan):
            other = self.take()
            if other is None:
                break
            theirs = vocabulary(other.abstract)
            score = len(mine & theirs) / (len(mine | theirs) or 1)
            if score > best_score:
                best, best_score = other, score
        return best


# --------------------------------------------------------------------------- the stream


@dataclass
class Record:
    title: str
    abstract: str
    paper: int
    kind: str


def _draw(mix: tuple[tuple[str, float], ...], rng: random.Random) -> str:
    names, weights = zip(*mix, strict=True)
    return rng.choices(names, weights)[0]


def _copy_of(
    paper: v.Paper, pool: DonorPool, rng: random.Random, combine: float
) -> tuple[v.Copy, str]:
    """One near-duplicate of ``paper`` and its kind label."""
    for _ in range(8):
        kind = _draw(COPY_MIX, rng)
        out = VARIANTS[kind](paper, pool, rng)
        if out is not None:
            break
    else:
        kind, out = "case", v.v_case(paper, pool, rng)
    copy = out[1]
    if rng.random() < combine:
        extra = rng.choice([k for k in FORMATTING if k != kind])
        again = VARIANTS[extra](v.Paper(paper.pid, copy.title, copy.abstract), pool, rng)
        if again is not None:
            copy, kind = again[1], f"{kind}+{extra}"
    return copy, kind


def plan_records(
    params: HardParams, papers: Papers, pool: DonorPool, rng: random.Random
) -> tuple[list[Record], list[tuple[int, int, str]]]:
    """The record stream and the hard-negative pairs ``(paper a, paper b, kind)``."""
    records: list[Record] = []
    texts: list[v.Paper] = []  # text of every paper listed so far, by paper number
    negatives: list[tuple[int, int, str]] = []
    listed = 0  # papers taken from ``papers``'s order
    n = params.records
    pair_rate = params.negative_rate / 2  # a negative event lists two papers
    while len(records) < n:
        u = rng.random()
        if texts and u < params.copy_rate:
            recent = rng.random() < 0.5
            lo = max(0, len(texts) - RECENT_WINDOW) if recent else 0
            target = rng.randrange(lo, len(texts))
            copy, kind = _copy_of(texts[target], pool, rng, params.combine_rate)
            records.append(Record(copy.title, copy.abstract, target, kind))
            continue
        if listed >= len(papers.order):
            raise RuntimeError("more new papers drawn than planned for")
        source = papers.listed(listed)
        listed += 1
        if u < params.copy_rate + pair_rate and len(records) + 2 <= n:
            kind = _draw(NEGATIVE_MIX, rng)
            out = v.NEGATIVES[kind](source, pool, rng)
            if out is not None:
                a = len(texts)
                for side in out:
                    texts.append(v.Paper(f"p{len(texts)}", side.title, side.abstract))
                    records.append(Record(side.title, side.abstract, len(texts) - 1, kind))
                negatives.append((a, a + 1, kind))
                continue
        texts.append(source)
        records.append(Record(source.title, source.abstract, len(texts) - 1, "new"))
    return records, negatives


# --------------------------------------------------------------------------- rendering


def file_sizes(n: int, bounds: tuple[int, int], rng: random.Random) -> list[int]:
    lo, hi = bounds
    sizes: list[int] = []
    while sum(sizes) < n:
        size = round(math.exp(rng.uniform(math.log(lo), math.log(hi))))
        sizes.append(min(size, n - sum(sizes)))
    return sizes


_CATEGORIES = ("cs.CV", "cs.CL", "cs.AI", "cs.LG", "cs.RO", "eess.IV", "stat.ML")


def render_line(rec: Record, layout: str, day: str, rng: random.Random) -> str:
    if layout == "flat":
        obj = {"title": rec.title, "abstract": rec.abstract, "year": 2025}
        return json.dumps(obj, ensure_ascii=False)
    if layout == "arxiv":
        summary = rec.abstract if "\n" in rec.abstract else rewrap(rec.abstract, 80)
        obj = {"title": rec.title, "categories": rng.sample(_CATEGORIES, 2), "summary": summary}
        return json.dumps(obj, ensure_ascii=False)
    obj = {
        "paper": {
            "title": rec.title,
            "summary": one_line(rec.abstract),
            "upvotes": rng.randint(0, 200),
        },
        "publishedAt": day,
    }
    return json.dumps(obj)  # this source escapes non-ASCII


def build(params: HardParams, files: list[Path], out: Path) -> dict:
    """Write ``files/``, ``truth.jsonl`` and ``negatives.json`` into ``out``; summary counts."""
    seeds = np.random.SeedSequence(params.seed).spawn(2)
    rng = random.Random(params.seed)
    papers_rng, layout_rng = np.random.default_rng(seeds[0]), random.Random(params.seed + 1)
    # Upper bounds: papers listed (a new one per non-copy, with slack for the draw) and
    # donors (a negative event takes one, or 40 when it looks for the nearest).
    n = params.records
    needed = min(n, int(n * (1 - params.copy_rate) + 10 * math.sqrt(n)) + 100)
    donor_count = int(n * params.negative_rate) * 6 + 1000
    papers = Papers(params, files, needed, donor_count, papers_rng)
    pool = DonorPool(papers, donor_count, rng)
    records, negatives = plan_records(params, papers, pool, rng)
    (out / "files").mkdir(parents=True)
    kinds: dict[str, int] = {}
    start, total_bytes = 0, 0
    sizes = file_sizes(len(records), params.file_records, layout_rng)
    width = max(5, len(str(len(sizes))))
    with open(out / "truth.jsonl", "w", encoding="utf-8") as truth:
        for f, size in enumerate(sizes):
            layout = LAYOUTS[f % len(LAYOUTS)]
            name = f"dump-{f:0{width}d}.jsonl"
            day = f"2025-{1 + f // 28 % 12:02d}-{1 + f % 28:02d}"
            chunk = records[start : start + size]
            data = "".join(render_line(r, layout, day, layout_rng) + "\n" for r in chunk)
            (out / "files" / name).write_bytes(data.encode("utf-8"))
            entry = {
                "file": name,
                "layout": layout,
                "date": None,
                "lines": list(range(1, size + 1)),
                "paper": [r.paper for r in chunk],
                "kind": [r.kind for r in chunk],
            }
            truth.write(json.dumps(entry, separators=(",", ":")) + "\n")
            for r in chunk:
                kinds[r.kind] = kinds.get(r.kind, 0) + 1
            total_bytes += len(data)
            start += size
    (out / "negatives.json").write_text(json.dumps(negatives) + "\n")
    distinct = 1 + max(r.paper for r in records)
    return {
        "records": len(records),
        "files": len(sizes),
        "papers": distinct,
        "copies": len(records) - distinct,
        "negative_pairs": len(negatives),
        "bytes": total_bytes,
        "kinds": dict(sorted(kinds.items())),
    }


# --------------------------------------------------------------------------- cache


def ensure_hard_corpus(
    params: HardParams, cache: Path = DEFAULT_CACHE, data_dir: Path = DEFAULT_DATA, log=None
) -> Path:
    """The corpus directory for ``params``, built unless a matching one is cached."""
    files = data_files(Path(data_dir), params.max_data_files)
    if not files:
        raise FileNotFoundError(f"no *.jsonl.gz files in {data_dir}")
    wanted = asdict(params)
    wanted["file_records"] = list(params.file_records)
    wanted["builder_version"] = BUILDER_VERSION
    wanted["data"] = data_fingerprint(files)
    return build_cached(
        Path(cache) / params.name(), wanted, lambda tmp: build(params, files, tmp), log
    )


def load_negatives(corpus: Path) -> list[tuple[int, int, str]]:
    return [tuple(x) for x in json.loads((Path(corpus) / "negatives.json").read_text())]


def read_records(corpus: Path, files: list[str]) -> list[tuple[str, str]]:
    """(title, abstract) of every record, in truth order, straight from the JSONL (no
    papercorpus parsing: what a peer gets handed)."""
    out = []
    for name in files:
        with open(Path(corpus) / "files" / name, encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                item = obj.get("paper", obj)
                out.append((item["title"], item.get("abstract") or item.get("summary") or ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Build (or find cached) hard-variant corpora.")
    ap.add_argument("--sizes", default="200k,1M", help="comma-separated record counts")
    ap.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=HardParams.seed)
    args = ap.parse_args(argv)
    for size in args.sizes.split(","):
        params = HardParams(records=parse_size(size), seed=args.seed)
        print(
            ensure_hard_corpus(
                params, args.cache_dir, args.data, log=lambda m: print(m, file=sys.stderr)
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
