"""What a finished run is: ``Summary`` (what every stage did) and ``Clusters`` (the output
rows in order, with every copy's place).

The renderers (``output``, ``report``, ``htmlreport``) take these and nothing else from the
run, so they live here, below the renderers and above the stages they collect from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from .dedup import DedupResult
from .records import Diagnostic
from .store import Corpus, as_numpy


@dataclass
class Summary:
    """What every stage did; ``--stats`` is this object as JSON."""

    files: int = 0
    formats: Counter[str] = field(default_factory=Counter)
    parsed: int = 0
    unique_texts: int = 0
    kept: int = 0
    merged: Counter[str] = field(default_factory=Counter)
    rejected: int = 0
    warnings: Counter[str] = field(default_factory=Counter)
    rejects_by_code: Counter[str] = field(default_factory=Counter)
    chrome: Counter[str] = field(default_factory=Counter)
    flagged_clusters: Counter[str] = field(default_factory=Counter)
    related_pairs: int = 0
    candidates: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage

    @property
    def merged_total(self) -> int:
        return sum(self.merged.values())

    def check_accounting(self) -> None:
        """Nothing is lost: every parsed copy is kept or merged into a kept row."""
        if self.parsed != self.kept + self.merged_total:
            raise AssertionError(
                f"accounting broken: parsed {self.parsed} != kept {self.kept} "
                f"+ merged {self.merged_total}"
            )

    def as_dict(self, timings: bool = False) -> dict[str, object]:
        """Deterministic unless ``timings`` (wall seconds per stage) is asked for."""
        out: dict[str, object] = {
            "files": self.files,
            "formats": dict(sorted(self.formats.items())),
            "records_parsed": self.parsed,
            "records_kept": self.kept,
            "records_merged": self.merged_total,
            "merged_by_rule": dict(sorted(self.merged.items())),
            "rejected": self.rejected,
            "rejected_by_code": dict(sorted(self.rejects_by_code.items())),
            "warnings_by_code": dict(sorted(self.warnings.items())),
            "chrome_dropped": dict(sorted(self.chrome.items())),
            "clusters_flagged": dict(sorted(self.flagged_clusters.items())),
            "related_pairs": self.related_pairs,
        }
        if timings:
            out["timings"] = {k: round(v, 3) for k, v in self.timings.items()}
        return out


@dataclass
class Clusters:
    """Output rows in order, with every copy's place: the bridge from dedup to sinks."""

    corpus: Corpus
    result: DedupResult
    row_survivor: np.ndarray  # unique index of each row's surviving text
    copy_order: np.ndarray  # copies grouped by row, rows in first-seen order
    row_bounds: np.ndarray  # copies of row r: copy_order[row_bounds[r]:row_bounds[r + 1]]

    @cached_property
    def match(self) -> tuple[np.ndarray, list[str]]:
        """How each copy joined its row: per copy an index into the returned names, which
        are ``survivor``, ``exact`` and then the near-duplicate rules that fired."""
        corpus, result = self.corpus, self.result
        names = ["survivor", "exact"]
        rule_code = np.ones(corpus.n_unique, dtype=np.int64)  # "exact" unless merged by a rule
        for u, rule in enumerate(result.edge_rule):
            if rule:
                if rule not in names:
                    names.append(rule)
                rule_code[u] = names.index(rule)
        cu = as_numpy(corpus.copy_unique)
        first = as_numpy(corpus.unique_first_copy)
        in_survivor = result.cluster[cu] == cu
        is_first = first[cu] == np.arange(len(cu))
        codes = np.where(in_survivor, np.where(is_first, 0, 1), rule_code[cu])
        return codes, names

    def copy_match(self, c: int) -> str:
        codes, names = self.match
        return names[codes[c]]

    def merged_by_rule(self) -> Counter[str]:
        """Merged copies per rule (every copy but the survivors)."""
        codes, names = self.match
        counts = np.bincount(codes, minlength=len(names))
        return Counter({names[i]: int(n) for i, n in enumerate(counts) if i and n})


def group_clusters(corpus: Corpus, result: DedupResult) -> Clusters:
    copy_cluster = result.cluster[as_numpy(corpus.copy_unique)]
    # Rows appear in the order of their first copy in the input.
    clusters, first_copy = np.unique(copy_cluster, return_index=True)
    row_order = np.argsort(first_copy, kind="stable")
    row_survivor = clusters[row_order]
    rank = np.empty(len(clusters), dtype=np.int64)
    rank[row_order] = np.arange(len(clusters))
    copy_row = rank[np.searchsorted(clusters, copy_cluster)]
    copy_order = np.argsort(copy_row, kind="stable")
    row_bounds = np.zeros(len(clusters) + 1, dtype=np.int64)
    np.cumsum(np.bincount(copy_row, minlength=len(clusters)), out=row_bounds[1:])
    return Clusters(corpus, result, row_survivor, copy_order, row_bounds)
