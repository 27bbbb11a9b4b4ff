"""The Python API: ``clean(inputs, output)`` wires the stages in order.

sources (parse) -> keys (normalise) -> store (exact pass) -> dedup (near duplicates)
-> sinks (write) -> summary. This is the one place that knows the order; the CLI is a thin
face over it.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import BinaryIO, Literal

import numpy as np

from .dedup import DedupOptions, DedupResult, find_duplicates
from .ingest import RAW_FILTER_BYTES, ingest, ingest_records
from .output import write_output
from .parallel import Workers, default_jobs
from .records import Diagnostic, Record
from .sinks import atomic_output
from .sources import InputFile, ParseLog, ReadOptions, expand_inputs
from .store import Corpus, as_numpy

OutputFormat = Literal["jsonl", "csv"]


class DataError(Exception):
    """The inputs as a whole cannot be cleaned (e.g. no records at all); exit code 1."""


@dataclass(frozen=True)
class CleanOptions:
    read: ReadOptions = field(default_factory=ReadOptions)
    dedup: DedupOptions = field(default_factory=DedupOptions)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    output_format: OutputFormat | None = None  # None: from the output's extension, else jsonl
    jobs: int | None = None  # worker processes; None: the machine's cores


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


def output_format_for(output: str, explicit: str | None) -> OutputFormat:
    if explicit:
        return explicit  # type: ignore[return-value]
    return "csv" if str(output).lower().endswith(".csv") else "jsonl"


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


def cluster_records(
    records: Iterable[Record],
    options: DedupOptions | None = None,
    batch: int = 2048,
    jobs: int = 1,
) -> list[int]:
    """Deduplicate in-memory records: for each record (in order), the index of the record
    that survives for its paper. The engine behind ``clean``, for library use and benchmarks;
    ``jobs`` worker processes key the batches and verify the candidates."""

    with Workers(jobs) as workers, ingest_records(records, workers, batch) as corpus:
        if corpus.n_copies == 0:
            return []
        result = find_duplicates(corpus, options, workers)
        first_copy = as_numpy(corpus.unique_first_copy)
        return first_copy[result.cluster[as_numpy(corpus.copy_unique)]].tolist()


def clean(
    inputs: Sequence[str],
    output: str | os.PathLike[str] = "-",
    options: CleanOptions | None = None,
    *,
    stdin: BinaryIO | None = None,
    report: str | os.PathLike[str] | None = None,
    html: str | os.PathLike[str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> Summary:
    """Clean ``inputs`` (files, directories, ``"-"``) into ``output`` (a path or ``"-"``).

    Raises ``sources.InputError`` for unreadable inputs and ``DataError`` when nothing could
    be parsed; the output file is only replaced when everything succeeded.
    """
    opts = options or CleanOptions()
    files = expand_inputs(list(inputs), opts.include, opts.exclude)
    log = ParseLog()
    summary = Summary(files=len(files))
    clock = _Clock(summary.timings)
    with (
        Workers(opts.jobs or default_jobs(), shared_bytes=RAW_FILTER_BYTES) as workers,
        ingest(files, opts.read, log, workers, stdin, progress) as corpus,
    ):
        clock.lap("parse_and_key")
        summary.formats = log.formats
        summary.parsed = corpus.n_copies
        summary.unique_texts = corpus.n_unique
        summary.rejected = len(log.rejects)
        summary.rejects_by_code = Counter(d.code for d in log.rejects)
        summary.warnings = Counter(d.code for d in log.warnings)
        summary.chrome = log.chrome
        summary.diagnostics = sorted(log.warnings + log.rejects, key=_diag_order(files))
        if corpus.n_copies == 0:
            raise DataError("no records found in the input")
        result = find_duplicates(corpus, opts.dedup, workers)
        clusters = group_clusters(corpus, result)
        clock.lap("dedup")
        summary.candidates = result.n_candidates
        summary.related_pairs = len(result.related)
        for flags in result.flagged.values():
            summary.flagged_clusters.update(flags)
        summary.kept = len(clusters.row_survivor)
        summary.merged = clusters.merged_by_rule()
        summary.check_accounting()
        fmt = output_format_for(str(output), opts.output_format)
        with atomic_output(output) as out:
            write_output(clusters, fmt, out, workers)
        clock.lap("write")
        if report is not None:
            from .report import write_cluster_report

            write_cluster_report(clusters, report)
        if html is not None:
            from .htmlreport import write_html_report

            write_html_report(clusters, summary, html)
        clock.lap("reports")
    return summary


class _Clock:
    def __init__(self, into: dict[str, float]) -> None:
        self.into = into
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.into[stage] = now - self.last
        self.last = now


def _diag_order(files: list[InputFile]) -> Callable[[Diagnostic], tuple[int, int, str]]:
    rank = {f.display: i for i, f in enumerate(files)}
    return lambda d: (rank.get(d.file, len(rank)), d.line, d.code)
