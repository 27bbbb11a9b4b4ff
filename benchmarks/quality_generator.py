"""The generator part of ``quality.py``: pairs of every duplicate class and hard negative of
``variants.py`` clustered together, scored per class (merged share of the duplicates, false
merges of the negatives, merges across pairs, which no pair intends)."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quality_scores import Score, clip, explain, pairwise
from variants import NOT_DECIDABLE, UNDECIDABLE, Pair, generate, load_papers

from papercorpus.api import cluster_records
from papercorpus.dedup.features import features
from papercorpus.dedup.verify import Thresholds, decide
from papercorpus.records import Record, Source

__all__ = ["ClassResult", "print_classes", "run_generator"]


@dataclass
class ClassResult:
    cls: str
    same: bool
    pairs: int
    merged: int
    related: int = 0
    examples: list[str] = field(default_factory=list)


def run_generator(
    folder: Path, per_class: int, seed: int, verbose: bool, max_files: int | None = None
) -> tuple[Score, list[ClassResult], int]:
    papers = load_papers(folder, max_files=max_files)
    pairs = generate(papers, per_class=per_class, seed=seed)
    records, truth = pair_records(pairs)
    t0 = time.perf_counter()
    pred = cluster_records(records)
    seconds = time.perf_counter() - t0
    results = class_results(pairs, pred, verbose)
    decidable = [k for k, p in enumerate(pairs) if p.cls not in UNDECIDABLE]
    rows = [i for k in decidable for i in (2 * k, 2 * k + 1)]
    score = pairwise(
        f"generator ({len(pairs)} pairs, {per_class}/class)",
        [pred[i] for i in rows],
        [truth[i] for i in rows],
    )
    score.seconds = seconds
    return score, results, cross_pair_merges(pred, pairs)


def pair_records(pairs: list[Pair]) -> tuple[list[Record], list[str]]:
    """Two records per pair; a positive pair shares one truth label, a negative has two."""
    records: list[Record] = []
    truth: list[str] = []
    for k, pair in enumerate(pairs):
        for side, copy in (("a", pair.a), ("b", pair.b)):
            records.append(
                Record(
                    copy.title, copy.abstract, Source(pair.cls, k + 1), copy.arxiv_id, copy.flags
                )
            )
            truth.append(f"{k}" if pair.same else f"{k}{side}")
    return records, truth


def class_results(pairs: list[Pair], pred: Sequence[int], verbose: bool) -> list[ClassResult]:
    results: dict[str, ClassResult] = {}
    for k, pair in enumerate(pairs):
        res = results.setdefault(pair.cls, ClassResult(pair.cls, pair.same, 0, 0))
        res.pairs += 1
        merged = pred[2 * k] == pred[2 * k + 1]
        res.merged += merged
        if not pair.same:
            fa = features(pair.a.title, pair.a.abstract, pair.a.arxiv_id, pair.a.flags)
            fb = features(pair.b.title, pair.b.abstract, pair.b.arxiv_id, pair.b.flags)
            res.related += decide(fa, fb, Thresholds()).related
        wrong = merged != pair.same
        if wrong and (verbose or len(res.examples) < 3):
            res.examples.append(
                f"{pair.source}: {explain(pair.a, pair.b)}\n"
                f"      A: {clip(pair.a.title)} | {clip(pair.a.abstract, 100)}\n"
                f"      B: {clip(pair.b.title)} | {clip(pair.b.abstract, 100)}"
            )
    return list(results.values())


def cross_pair_merges(pred: Sequence[int], pairs: list[Pair]) -> int:
    """Merges between records of different pairs (never intended: each pair has own papers)."""
    pair_of: dict[int, set[int]] = defaultdict(set)
    for i, p in enumerate(pred):
        pair_of[p].add(i // 2)
    return sum(len(s) - 1 for s in pair_of.values() if len(s) > 1)


def print_classes(results: list[ClassResult], cross: int, verbose: bool) -> None:
    print(f"\n{'generator class':<30} {'pairs':>6} {'merged':>7} {'rate':>7}  note")
    for r in results:
        rate = r.merged / r.pairs if r.pairs else 0.0
        if r.same:
            note = (
                f"not a target: {NOT_DECIDABLE[r.cls]}"
                if r.cls in UNDECIDABLE
                else ("" if rate >= 0.97 else "BELOW 0.97")
            )
        else:
            note = ("" if r.merged == 0 else "FALSE MERGES") + (
                f" related={r.related}" if r.related else ""
            )
        print(f"{r.cls:<30} {r.pairs:>6} {r.merged:>7} {rate:>7.3f}  {note}")
        shown = r.examples if verbose else r.examples[:3]
        for ex in shown:
            print("    " + ex)
    print(f"merges across different pairs (unintended): {cross}")
