"""Dedup quality benchmark: precision, recall and F1 on real and synthetic data.

    python benchmarks/quality.py                    # everything (about 1 min on 2 cores)
    python benchmarks/quality.py --part labelled    # citeseerx + colandr
    python benchmarks/quality.py --part arxiv       # 120k arXiv listing rows, content only
    python benchmarks/quality.py --part hf          # HF Papers scrape (junk abstracts)
    python benchmarks/quality.py --part generator   # taxonomy classes + hard negatives
    python benchmarks/quality.py -v                 # also list every false merge and miss

Scores are pairwise over copies: every pair of copies put in one cluster by
``papercorpus.api.cluster_records`` versus every pair that belongs to one true paper. Records
are given title, abstract and, where the data lists them (arXiv listings, HF scrape, colandr),
the author list as ``clean`` reads it (no ids, no flags): the content alone must decide, except
for the generator's ``versioned_arxiv_id`` class, which is about ids.
Data: ``--data`` (default ``/work/shared/data``, or ``$PAPERCORPUS_DATA``); see docs/dedup.md.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
import time
from collections import defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_generator import ClassResult, print_classes, run_generator
from quality_scores import Score, clip, explain, labelled_pairs, pairwise, print_table

from papercorpus.api import cluster_records
from papercorpus.normalize import fold
from papercorpus.records import Record, Source

DEFAULT_DATA = os.environ.get("PAPERCORPUS_DATA", "/work/shared/data")


# --------------------------------------------------------------------------- labelled sets


def run_citeseerx(folder: Path, verbose: bool) -> Score:
    with open(folder / "records_title_abstract.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with open(folder / "ground_truth.csv", newline="", encoding="utf-8") as fh:
        gt = list(csv.DictReader(fh))
    index = {r["id"]: i for i, r in enumerate(rows)}
    truth = list(range(len(rows)))
    for g in gt:
        a, b = index.get(g["id"]), index.get(g["duplicates"])
        if a is not None and b is not None:
            truth[b] = truth[a] = min(truth[a], truth[b])
    records = [
        Record(r["title"], r["abstract"], Source("citeseerx", i + 2)) for i, r in enumerate(rows)
    ]
    t0 = time.perf_counter()
    pred = cluster_records(records)
    score = pairwise("citeseerx (618 rec, 307 dup pairs)", pred, truth)
    score.seconds = time.perf_counter() - t0
    if verbose:
        _list_errors(
            score, [(r["title"], r["abstract"]) for r in rows], pred, truth, [r["id"] for r in rows]
        )
    return score


def _list_errors(
    score: Score,
    texts: list[tuple[str, str]],
    pred: Sequence[int],
    truth: Sequence[Hashable],
    names: list[str],
) -> None:
    """Every false merge and every miss, with the verifier's view of the pair."""
    n = len(texts)
    by_pred: dict[int, list[int]] = defaultdict(list)
    by_truth: dict[Hashable, list[int]] = defaultdict(list)
    for i in range(n):
        by_pred[pred[i]].append(i)
        by_truth[truth[i]].append(i)
    for kind, groups, other in (("FALSE MERGE", by_pred, truth), ("MISS", by_truth, pred)):
        for members in groups.values():
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if other[i] != other[j]:
                        score.notes.append(
                            f"{kind} {names[i]} / {names[j]}: {explain(texts[i], texts[j])}\n"
                            f"    A: {clip(texts[i][0])} | {clip(texts[i][1], 120)}\n"
                            f"    B: {clip(texts[j][0])} | {clip(texts[j][1], 120)}"
                        )


def run_colandr(folder: Path, verbose: bool) -> Score:
    records: list[dict] = []
    index: dict[str, int] = {}
    match: list[tuple[int, int]] = []
    distinct: list[tuple[int, int]] = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for kind, out in (("match", match), ("distinct", distinct)):
            for pair in data.get(kind, []):
                ids = []
                for rec in pair["__value__"]:
                    key = json.dumps(rec, sort_keys=True)
                    if key not in index:
                        index[key] = len(records)
                        records.append(rec)
                    ids.append(index[key])
                out.append((ids[0], ids[1]))
    # dedupe.io training files keep every answer ever given: a pair labelled both ways is
    # label noise and is left out of the score (and counted).
    contradictory = {frozenset(p) for p in match} & {frozenset(p) for p in distinct}
    match = [p for p in match if frozenset(p) not in contradictory]
    distinct = [p for p in distinct if frozenset(p) not in contradictory]
    texts = [(r.get("title") or "", r.get("abstract") or "") for r in records]
    recs = [
        Record(t, a, Source("colandr", i + 1), meta=_authors_meta(records[i].get("authors")))
        for i, (t, a) in enumerate(texts)
    ]
    t0 = time.perf_counter()
    pred = cluster_records(recs)
    score = labelled_pairs(
        f"colandr ({len(match)} match / {len(distinct)} distinct pairs)", pred, match, distinct
    )
    score.seconds = time.perf_counter() - t0
    score.notes.append(f"{len(contradictory)} pairs labelled both match and distinct: left out")
    if verbose:
        for kind, pairs, bad in (("FALSE MERGE", distinct, True), ("MISS", match, False)):
            for a, b in pairs:
                if (pred[a] == pred[b]) == bad:
                    score.notes.append(
                        f"{kind} #{a} / #{b}: {explain(texts[a], texts[b])}\n"
                        f"    A: {clip(texts[a][0])} | {clip(texts[a][1], 120)}\n"
                        f"    B: {clip(texts[b][0])} | {clip(texts[b][1], 120)}"
                    )
    return score


# --------------------------------------------------------------------------- arXiv listings


def _authors_meta(value: object) -> dict:
    """The record meta ``clean`` gives a row's author list (authors are evidence in verify)."""
    if isinstance(value, dict):  # dedupe.io tuples
        value = value.get("__value__")
    names = [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
    return {"authors": names} if names else {}


def _read_listings(
    folder: Path, authors: list[dict] | None = None
) -> list[tuple[str, str, str, str]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                rows.append(
                    (r.get("id") or "", r.get("title") or "", r.get("summary") or "", path.name)
                )
                if authors is not None:
                    authors.append(_authors_meta(r.get("authors")))
    return rows


def run_arxiv(folder: Path, verbose: bool) -> list[Score]:
    metas: list[dict] = []
    rows = _read_listings(folder, metas)
    records = [Record(t, a, Source(f, i + 1), meta=metas[i]) for i, (_, t, a, f) in enumerate(rows)]
    truth = [r[0] for r in rows]
    t0 = time.perf_counter()
    pred = cluster_records(records)
    score = pairwise(f"arxiv listings ({len(rows)} rows, ids withheld)", pred, truth)
    score.seconds = time.perf_counter() - t0
    first_row: dict[str, int] = {}
    for i, pid in enumerate(truth):
        first_row.setdefault(pid, i)
    title_key = {pid: fold(rows[i][1]).replace(" ", "") for pid, i in first_row.items()}
    resub = _resubmissions(title_key)
    # A resubmission (new id, same normalised title) is the same work: a second score counts
    # merging it as correct, so the two rows bracket the truth.
    parent = {pid: pid for pid in first_row}
    for a, b in resub:
        parent[find(parent, b)] = find(parent, a)
    adj = pairwise(
        "arxiv, resubmissions counted as same paper", pred, [find(parent, pid) for pid in truth]
    )
    _arxiv_notes(score, rows, pred, first_row, title_key, resub, verbose)
    return [score, adj]


def _arxiv_notes(
    score: Score,
    rows: list[tuple[str, str, str, str]],
    pred: Sequence[int],
    first_row: dict[str, int],
    title_key: dict[str, str],
    resub: list[tuple[str, str]],
    verbose: bool,
) -> None:
    """Revised papers, resubmissions and multi-id clusters (each listed with ``-v``)."""
    for normalised, what in ((False, "text"), (True, "normalised text")):
        revised = _revised(rows, normalised)
        merged = sum(len({pred[i] for i in rows_of}) == 1 for rows_of in revised.values())
        score.notes.append(
            f"revised papers (same id, {what} changed between listings): "
            f"{merged}/{len(revised)} fully merged"
        )
    merged_resub = sum(pred[first_row[a]] == pred[first_row[b]] for a, b in resub)
    score.notes.append(
        f"resubmissions (different ids, same normalised title): "
        f"{merged_resub}/{len(resub)} pairs merged"
    )
    cross = _cross_id_merges(pred, [r[0] for r in rows])
    score.notes.append(f"clusters holding more than one id: {len(cross)}")
    if not verbose:
        return
    for pid, rows_of in sorted(revised.items()):
        ok = len({pred[i] for i in rows_of}) == 1
        a, b = rows_of[0], rows_of[-1]
        score.notes.append(
            f"  revised {pid}: {'merged' if ok else 'SPLIT'} {explain(rows[a][1:3], rows[b][1:3])}"
        )
    for a, b in resub:
        i, j = first_row[a], first_row[b]
        score.notes.append(
            f"  resubmission {a} / {b}: "
            f"{'merged' if pred[i] == pred[j] else 'apart'} "
            f"{explain(rows[i][1:3], rows[j][1:3])} | {clip(rows[i][1], 70)}"
        )
    for ids in cross:
        i, j = first_row[ids[0]], first_row[ids[1]]
        kind = "resubmission" if title_key[ids[0]] == title_key[ids[1]] else "different ids"
        score.notes.append(
            f"  merged {kind} {' + '.join(ids)}: {explain(rows[i][1:3], rows[j][1:3])}\n"
            f"      A: {clip(rows[i][1])}\n      B: {clip(rows[j][1])}"
        )


def find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _resubmissions(title_key: dict[str, str]) -> list[tuple[str, str]]:
    by_title: dict[str, list[str]] = defaultdict(list)
    for pid in sorted(title_key):
        by_title[title_key[pid]].append(pid)
    return [
        (ids[0], other)
        for key, ids in sorted(by_title.items())
        if key and len(ids) > 1
        for other in ids[1:]
    ]


def _revised(rows: list[tuple[str, str, str, str]], normalised: bool) -> dict[str, list[int]]:
    """Rows of every id whose title or abstract changed between listings: beyond whitespace,
    or (``normalised``) beyond anything the keys fold away (case, punctuation, TeX...)."""
    variants: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    for i, (pid, title, abstract, _) in enumerate(rows):
        if normalised:
            key = (fold(title).replace(" ", ""), fold(abstract).replace(" ", ""))
        else:
            key = (" ".join(title.split()), " ".join(abstract.split()))
        variants[pid].setdefault(key, i)
    return {pid: sorted(v.values()) for pid, v in variants.items() if len(v) > 1}


def _cross_id_merges(pred: Sequence[int], truth: Sequence[str]) -> list[list[str]]:
    ids_of: dict[int, set[str]] = defaultdict(set)
    for p, t in zip(pred, truth, strict=True):
        ids_of[p].add(t)
    return sorted(sorted(s) for s in ids_of.values() if len(s) > 1)


# --------------------------------------------------------------------------- HF scrape


def run_hf(folder: Path, verbose: bool) -> Score:
    """Hugging Face Papers scrape (messy on purpose: junk abstracts, bot comments), content
    only; truth = the arXiv id in the item's paper URL (items without one are skipped)."""
    rows: list[tuple[str, str, str]] = []
    metas: list[dict] = []
    for path in sorted(folder.rglob("*.json")):
        items = json.loads(path.read_text(encoding="utf-8"))
        for item in items if isinstance(items, list) else []:
            details = item.get("details") or {}
            match = _ARXIV_IN_URL.search(item.get("paper_url") or details.get("page_url") or "")
            if match:
                title = details.get("title") or item.get("title") or ""
                rows.append((match.group(1), title, details.get("abstract") or ""))
                metas.append(_authors_meta(item.get("authors")))
    records = [Record(t, a, Source("hf", i + 1), meta=metas[i]) for i, (_, t, a) in enumerate(rows)]
    t0 = time.perf_counter()
    pred = cluster_records(records)
    score = pairwise(
        f"hf papers scrape ({len(rows)} items, ids withheld)", pred, [r[0] for r in rows]
    )
    score.seconds = time.perf_counter() - t0
    cross = _cross_id_merges(pred, [r[0] for r in rows])
    score.notes.append(f"clusters holding more than one id: {len(cross)}")
    if verbose:
        for ids in cross:
            score.notes.append(f"  merged different ids {' + '.join(ids)}")
    return score


_ARXIV_IN_URL = re.compile(r"(\d{4}\.\d{4,5})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--part",
        action="append",
        choices=["labelled", "arxiv", "hf", "generator"],
        help="part to run (repeatable); default: all",
    )
    ap.add_argument("--data", default=DEFAULT_DATA, help="data folder (see its README.md)")
    ap.add_argument("--per-class", type=int, default=300, help="generator pairs per class")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = ap.parse_args(argv)
    parts = args.part or ["labelled", "arxiv", "hf", "generator"]
    data = Path(args.data)
    if not data.is_dir():
        print(f"data folder not found: {data}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    scores: list[Score] = []
    gen: tuple[Score, list[ClassResult], int] | None = None
    if "labelled" in parts:
        scores.append(run_citeseerx(data / "labelled" / "citeseerx", args.verbose))
        scores.append(run_colandr(data / "labelled" / "colandr", args.verbose))
    if "arxiv" in parts:
        scores.extend(run_arxiv(data / "arxiv-listings", args.verbose))
    if "hf" in parts:
        scores.append(run_hf(data / "hf-papers-scrape", args.verbose))
    if "generator" in parts:
        gen = run_generator(data / "arxiv-listings", args.per_class, args.seed, args.verbose)
        scores.append(gen[0])
    print_table(scores)
    for s in scores:
        for note in s.notes:
            print(f"[{s.name.split(' (')[0]}] {note}")
    if gen is not None:
        print_classes(gen[1], gen[2], args.verbose)
    print(f"\nwall time: {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
