"""What a finished run is: ``Summary`` (what every stage did) and ``Clusters`` (the output
rows in order, with every copy's place).

The renderers (``output``, ``report``, ``htmlreport``) render these, so they live here: below
the renderers, above the stages whose results they collect.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cached_property

import numpy as np

from .dedup import DedupResult, DedupStats
from .records import Diagnostic
from .sources import InputFile, ParseLog
from .store import Corpus, as_numpy

# The sections of ``--stats``, in the order they are written. A stage publishes a counter by
# giving its dataclass field the metadata ``{"key": name in --stats, "section": one of
# these}``; within a section, counters follow the stages' order in ``Summary`` and then their
# own. ``"total": name`` also publishes the sum of a count per reason, just before it (the
# rejected lines, then rejected lines per code); ``"by": attribute`` publishes a list of
# items as a count per value of that attribute.
STATS_SECTIONS = ("inputs", "records", "parse", "dedup")


@dataclass
class RecordCounts:
    """Where every parsed copy went: into a row of its own (kept) or into another's (merged)."""

    parsed: int = field(default=0, metadata={"key": "records_parsed", "section": "records"})
    kept: int = field(default=0, metadata={"key": "records_kept", "section": "records"})
    # Merged copies per rule ("exact" or the near-duplicate rule that fired).
    merged: Counter[str] = field(
        default_factory=Counter,
        metadata={"key": "merged_by_rule", "total": "records_merged", "section": "records"},
    )

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


@dataclass
class Summary:
    """What every stage did, as each stage counted it; ``--stats`` is ``as_dict()`` as JSON."""

    files: int = field(default=0, metadata={"key": "files", "section": "inputs"})
    parse: ParseLog = field(default_factory=ParseLog)
    records: RecordCounts = field(default_factory=RecordCounts)
    dedup: DedupStats = field(default_factory=DedupStats)
    # The parse's warnings and rejects together, in input order.
    diagnostics: list[Diagnostic] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    # Per warning code: how many output rows (papers) its copies went into.
    warned_papers: dict[str, int] = field(default_factory=dict)
    # Pairs of output rows kept apart although related (``Clusters.related_rows``).
    related_rows: int = 0

    # The headline numbers, as the README's API example reads them.
    @property
    def parsed(self) -> int:
        return self.records.parsed

    @property
    def kept(self) -> int:
        return self.records.kept

    @property
    def merged(self) -> Counter[str]:
        return self.records.merged

    @property
    def merged_total(self) -> int:
        return self.records.merged_total

    @property
    def rejected(self) -> int:
        return len(self.parse.rejects)

    def as_dict(self, timings: bool = False) -> dict[str, object]:
        """Every published counter of every stage, section by section. Deterministic unless
        ``timings`` (wall seconds per stage) is asked for."""
        published = [
            (f.metadata, getattr(stage, f.name))
            for stage in (self, self.parse, self.records, self.dedup)
            for f in fields(stage)
            if "key" in f.metadata
        ]
        # Stable: within a section, stage order and then field order.
        published.sort(key=lambda item: STATS_SECTIONS.index(item[0]["section"]))
        out: dict[str, object] = {}
        for meta, value in published:
            if "by" in meta:
                value = Counter(getattr(item, meta["by"]) for item in value)
            if "total" in meta:
                out[meta["total"]] = sum(value.values())
            out[meta["key"]] = dict(sorted(value.items())) if isinstance(value, Mapping) else value
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

    def counts(self) -> RecordCounts:
        """Where the copies went, counted from the rows just formed."""
        return RecordCounts(self.corpus.n_copies, len(self.row_survivor), self.merged_by_rule())

    def related_rows(self) -> list[tuple[int, int, int, int, dict[str, float]]]:
        """The pairs of output rows the engine found related but did not merge, as
        ``(row_a, row_b, unique_a, unique_b, scores)`` with ``row_a < row_b``, in row order.
        Several related texts of the same two rows count once (their closest pair speaks
        for them); texts that were merged after all, through other members, not at all."""
        related = self.result.related
        if not related:
            return []
        # The row of each cluster root, as an array: a dict of every row cost ~0.2 s at 1M
        # for the few dozen pairs looked up.
        row_of = np.full(self.corpus.n_unique, -1, dtype=np.int64)
        row_of[self.row_survivor] = np.arange(len(self.row_survivor))
        cluster = self.result.cluster
        best: dict[tuple[int, int], tuple[int, int, dict[str, float]]] = {}
        for a, b, scores in related:
            ra, rb = int(row_of[cluster[a]]), int(row_of[cluster[b]])
            if ra == rb:
                continue
            if ra > rb:
                ra, rb, a, b = rb, ra, b, a
            key = (ra, rb)
            if key not in best or scores.get("jaccard", 0) > best[key][2].get("jaccard", 0):
                best[key] = (a, b, scores)
        return [(ra, rb, a, b, scores) for (ra, rb), (a, b, scores) in sorted(best.items())]

    def copy_row(self) -> np.ndarray:
        """The output row of every copy."""
        rows = np.empty(self.corpus.n_copies, dtype=np.int64)
        sizes = np.diff(self.row_bounds)
        rows[self.copy_order] = np.repeat(np.arange(len(self.row_survivor)), sizes)
        return rows

    def papers_per_code(self, diagnostics: list[Diagnostic]) -> dict[str, int]:
        """Per code, the number of output rows whose copies the diagnostics are about (a
        warning repeated on every day's copy of a paper is one paper)."""
        corpus = self.corpus
        file_id = {name: i for i, name in enumerate(corpus.file_names)}
        wanted: dict[int, list[str]] = {}
        for d in diagnostics:
            i = file_id.get(d.file)
            if i is not None:
                wanted.setdefault((i << 32) | d.line, []).append(d.code)
        if not wanted:
            return {}
        keys = (as_numpy(corpus.copy_file).astype(np.int64) << 32) | as_numpy(corpus.copy_line)
        hits = np.flatnonzero(np.isin(keys, np.fromiter(wanted, dtype=np.int64)))
        rows = self.copy_row()[hits]
        papers: dict[str, set[int]] = {}
        for key, row in zip(keys[hits].tolist(), rows.tolist(), strict=True):
            for code in wanted[key]:
                papers.setdefault(code, set()).add(row)
        return {code: len(found) for code, found in sorted(papers.items())}


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


# Files named one by one in the "no records" error; the rest are counted.
_EMPTY_NAMED = 5


def plural(n: int, word: str, many: str | None = None) -> str:
    """``1 warning``, ``2 warnings``, ``1,204 copies`` (``many`` for irregular plurals)."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def nothing_found_message(files: list[InputFile], log: ParseLog) -> str:
    """Why no record came out of the inputs: each file and what was found in it."""
    found: dict[str, Counter[str]] = {f.display: Counter() for f in files}
    for d in log.rejects + log.warnings:
        found.setdefault(d.file, Counter())[d.code] += 1
    parts = []
    for f in files[:_EMPTY_NAMED]:
        parts.append(f"{f.display}: {_what_was_found(f, found[f.display])}")
    if len(files) > _EMPTY_NAMED:
        parts.append(f"and {plural(len(files) - _EMPTY_NAMED, 'more file')}")
    chrome = sum(log.chrome.values())
    tail = f" ({plural(chrome, 'chrome line')} dropped)" if chrome else ""
    return "no records found in the input: " + "; ".join(parts) + tail


def _what_was_found(f: InputFile, codes: Counter[str]) -> str:
    size = None
    if f.path is not None:
        with contextlib.suppress(OSError):
            size = f.path.stat().st_size
    if size == 0:
        return "empty file"
    if f.path is None and not codes:
        return "nothing recognised on stdin"
    what = f"{plural(size, 'byte')}, " if size is not None else ""
    if codes:
        listed = ", ".join(f"{n} {code}" for code, n in sorted(codes.items()))
        return f"{what}no paper: {listed}"
    return f"{what}no paper recognised (only page chrome or unknown layout)"
