"""Scores for ``quality.py``: pairwise precision and recall of a clustering against true
groups (or labelled pairs), the verifier's verdict on one pair, and the score table."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from variants import Copy

from papercorpus.dedup.features import features
from papercorpus.dedup.verify import Thresholds, decide

__all__ = ["Score", "clip", "explain", "labelled_pairs", "pairwise", "print_table"]


def _c2(n: int) -> int:
    return n * (n - 1) // 2


@dataclass
class Score:
    name: str
    records: int
    true_pairs: int
    pred_pairs: int
    tp: int
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.pred_pairs if self.pred_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(name: str, pred: Sequence[int], truth: Sequence[Hashable]) -> Score:
    """Pairwise P/R of a clustering (``pred``) against true groups (``truth``)."""
    pred_pairs = sum(_c2(n) for n in Counter(pred).values())
    true_pairs = sum(_c2(n) for n in Counter(truth).values())
    tp = sum(_c2(n) for n in Counter(zip(pred, truth, strict=True)).values())
    return Score(name, len(pred), true_pairs, pred_pairs, tp)


def labelled_pairs(
    name: str, pred: Sequence[int], match: list[tuple[int, int]], distinct: list[tuple[int, int]]
) -> Score:
    """P/R over labelled pairs only: a match pair merged is a TP, a distinct pair merged a FP."""
    tp = sum(pred[a] == pred[b] for a, b in match)
    fp = sum(pred[a] == pred[b] for a, b in distinct)
    return Score(name, len(pred), len(match), tp + fp, tp)


def explain(a: Copy | tuple[str, str], b: Copy | tuple[str, str]) -> str:
    """The verifier's verdict and scores for one pair, for the listings."""
    fa = (
        features(a[0], a[1], None, ())
        if isinstance(a, tuple)
        else features(a.title, a.abstract, a.arxiv_id, a.flags)
    )
    fb = (
        features(b[0], b[1], None, ())
        if isinstance(b, tuple)
        else features(b.title, b.abstract, b.arxiv_id, b.flags)
    )
    d = decide(fa, fb, Thresholds())
    scores = " ".join(f"{k}={v:g}" for k, v in sorted(d.scores.items()))
    return f"rule={d.rule} related={d.related} {scores}"


def clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def print_table(scores: list[Score]) -> None:
    head = (
        f"{'dataset':<52} {'records':>8} {'true':>7} {'pred':>7} {'TP':>7} "
        f"{'P':>7} {'R':>7} {'F1':>7} {'sec':>6}"
    )
    print(head)
    print("-" * len(head))
    for s in scores:
        print(
            f"{s.name[:52]:<52} {s.records:>8} {s.true_pairs:>7} {s.pred_pairs:>7} {s.tp:>7} "
            f"{s.precision:>7.4f} {s.recall:>7.4f} {s.f1:>7.4f} {s.seconds:>6.1f}"
        )
