"""The Python API: ``clean(inputs, output)`` wires the stages in order.

sources (parse) -> keys (normalise) -> store (exact pass) -> dedup (near duplicates)
-> sinks (write) -> summary. This is the one place that knows the order; the CLI is a thin
face over it.
"""

from __future__ import annotations

import contextlib
import io
import os
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

import orjson

from .dedup import DedupOptions, find_duplicates
from .dedup.engine import DedupResult
from .htmlreport import write_html_report
from .ingest import RAW_FILTER_BYTES, ingest, ingest_records, input_bytes, input_sizes
from .output import write_output
from .parallel import Workers, default_jobs
from .progress import NO_PROGRESS, Progress
from .records import Record
from .report import write_cluster_report
from .results import Clusters, Summary, group_clusters, nothing_found_message
from .run_io import as_record as _as_record
from .run_io import checked_outputs as _checked_outputs
from .run_io import diag_order as _diag_order
from .run_io import output_stream as _output_stream
from .sinks import outputs_together
from .sinks.formats import OutputFormatError, output_spec
from .sinks.paths import PathProblem
from .sources import InputFile, ParseLog, ReadOptions, expand_inputs, input_args
from .store import Corpus, as_numpy

OutputFormat = Literal["jsonl", "csv", "parquet"]
# Where the near-duplicate work runs: this machine's processes, or a Spark cluster.
Engine = Literal["local", "spark"]


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
    fields: tuple[str, ...] | None = None  # output fields, in this order (None: all)
    csv_guard: bool = True  # CSV output: a ' before a cell that could start a formula
    engine: Engine = "local"
    master: str | None = None  # Spark master URL (engine "spark"); None: Spark's default


def output_format_for(output: str, explicit: OutputFormat | None) -> OutputFormat:
    """The format ``output`` is written in (raises ``OutputFormatError``)."""
    return output_spec(str(output), explicit).fmt  # type: ignore[return-value]


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


def dedup(
    records: Iterable[Mapping[str, Any] | Record],
    options: DedupOptions | None = None,
    *,
    jobs: int = 1,
    name: str = "<records>",
) -> list[dict[str, Any]]:
    """Deduplicate papers held in memory: the merged rows, as ``clean`` writes them to JSONL
    (``id``, ``title``, ``abstract``, the merged fields, ``sources``, ``arxiv_id``).

    ``records`` are dicts (any shape ``clean`` reads from JSON: flat rows, arXiv listing
    rows, ``{"paper": {...}}``...) or ``Record``s. A dict's source is ``name`` and its
    1-based position in ``records``. A dict without a title raises ``ValueError``.
    """
    log = ParseLog()
    parsed = [_as_record(r, name, i, log) for i, r in enumerate(records, 1)]
    if log.rejects:
        raise ValueError(str(log.rejects[0]))
    if not parsed:
        return []
    buf = io.BytesIO()
    with Workers(jobs) as workers, ingest_records(parsed, workers) as corpus:
        result = find_duplicates(corpus, options, workers)
        write_output(group_clusters(corpus, result), "jsonl", buf, workers)
    return [orjson.loads(line) for line in buf.getvalue().splitlines()]


def clean(
    inputs: Sequence[str | os.PathLike[str]],
    output: str | os.PathLike[str] = "-",
    options: CleanOptions | None = None,
    *,
    stdin: BinaryIO | None = None,
    report: str | os.PathLike[str] | None = None,
    html: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    other_outputs: Mapping[str, str | os.PathLike[str]] | None = None,
) -> Summary:
    """Clean ``inputs`` (files, directories, ``"-"``) into ``output`` (a path or ``"-"``).

    ``progress`` hears of each stage (read, dedup, write, reports) as it goes. Raises
    ``sources.InputError`` for unreadable inputs, ``DataError`` when nothing could be
    parsed, and ``PathProblem`` (before any work) when an output would land on an input or
    on another output, or cannot be written. ``other_outputs`` (option -> path) are the
    files the caller writes after the run (e.g. ``--rejects``), checked with the others.
    The output files are only replaced when everything succeeded, all together (inside the
    caller's ``sinks.outputs_together()`` block when there is one).
    """
    opts = options or CleanOptions()
    inputs = input_args(inputs)
    # Settled before any input is read: a format it cannot write fails at once.
    spec = output_spec(str(output), opts.output_format, opts.fields)
    on_spark = opts.engine == "spark" and report is None and html is None
    parts = on_spark and str(output).endswith("/")  # part files, written by Spark
    if parts and spec.fmt == "csv":
        raise PathProblem(f"-o {output}: part files are JSONL or Parquet (CSV: one file)")
    files = _expand(list(inputs), opts, on_spark)
    outputs = {"-o": None if parts else output, "--report": report, "--html": html,
               **(other_outputs or {})}  # fmt: skip
    skipped = _checked_outputs(outputs, files, set(inputs))
    files = [f for f in files if f.display not in skipped]
    summary = Summary(files=len(files))
    for name, why in skipped.items():
        summary.parse.warn("W_SKIPPED_OUTPUT", name, 0, why)
    clock = _Clock(summary.timings)
    progress = progress or NO_PROGRESS
    sizes = input_sizes(files) if not on_spark else None
    total = input_bytes(files, sizes) if sizes is not None else None
    progress.stage("read", total, "bytes" if total is not None else "records")
    if on_spark:
        _clean_on_spark(opts, files, str(output), spec, summary, clock, parts)
        return summary
    with (
        Workers(opts.jobs or default_jobs(), shared_bytes=RAW_FILTER_BYTES) as workers,
        _ingest(opts, files, sizes, summary.parse, workers, stdin, progress) as ingested,
        workers.stopped_on_interrupt(),
    ):
        corpus, result = ingested
        clock.lap("parse_and_key")
        log = summary.parse
        summary.diagnostics = sorted(log.warnings + log.rejects, key=_diag_order(files))
        if corpus.n_copies == 0:
            raise DataError(nothing_found_message(files, summary.parse) + _first_reject(log))
        if result is None:
            result = find_duplicates(corpus, opts.dedup, workers, progress)
        clusters = group_clusters(corpus, result)
        clock.lap("dedup")
        summary.dedup = result.stats
        summary.records = clusters.counts()
        summary.warned_papers = clusters.papers_per_code(log.warnings)
        summary.related_rows = len(clusters.related_rows())
        summary.records.check_accounting()
        with outputs_together():
            with _output_stream(output) as out:
                write_output(clusters, spec, out, workers, progress, opts.csv_guard)
            clock.lap("write")
            if report is not None or html is not None:
                progress.stage("reports")
            if report is not None:
                write_cluster_report(clusters, report)
            if html is not None:
                write_html_report(clusters, summary, html)
            clock.lap("reports")
    return summary


def _expand(inputs: list[str], opts: CleanOptions, on_spark: bool) -> list[InputFile]:
    if on_spark:
        from .spark.uris import expand_with_uris

        return expand_with_uris(inputs, opts.include, opts.exclude, opts.master)
    return expand_inputs(inputs, opts.include, opts.exclude)


def _clean_on_spark(
    opts: CleanOptions,
    files: list[InputFile],
    output: str,
    spec: Any,
    summary: Summary,
    clock: _Clock,
    parts: bool,
) -> None:
    """``clean`` with every stage on Spark (``spark.run``): the rows are written by the
    driver to one file, in the local engine's order, or as part files by the executors."""
    from .spark.render import rendered
    from .spark.run import counts, run
    from .spark.session import local_session, set_shuffle_partitions
    from .spark.write import write_parts, write_single

    spark = local_session(opts.master)
    set_shuffle_partitions(spark, _spark_input_bytes(files))
    describe = spark.sparkContext.setJobDescription
    describe("papercorpus: read")
    found = run(spark, files, opts.read, opts.dedup)
    try:
        log = summary.parse
        log.merge(found.log)
        clock.lap("parse_and_key")
        summary.diagnostics = sorted(log.warnings + log.rejects, key=_diag_order(files))
        describe("papercorpus: dedup (rows and counts)")
        found_counts = counts(found, log.warnings)
        if found_counts.records.parsed == 0:
            raise DataError(nothing_found_message(files, log) + _first_reject(log))
        summary.dedup = found_counts.dedup
        summary.records = found_counts.records
        summary.warned_papers = found_counts.warned_papers
        summary.related_rows = found_counts.related_rows
        summary.records.check_accounting()
        clock.lap("dedup")
        describe("papercorpus: write")
        fmt = "jsonl" if spec.fmt == "parquet" else spec.fmt
        if parts:
            lines = rendered(found.matched, found.hints, "jsonl", spec.columns, lines=True)
            write_parts(lines, output, spec.fmt, spec.columns)
        else:
            blocks = rendered(found.matched, found.hints, fmt, spec.columns, opts.csv_guard)
            with outputs_together(), _output_stream(output) as out:
                write_single(blocks, spec, out)
        clock.lap("write")
    finally:
        describe(None)
        found.unpersist()


def _spark_input_bytes(files: list[InputFile]) -> int | None:
    local = [f for f in files if f.path is not None and f.path.exists()]
    return input_bytes(local) if local else None


def _first_reject(log: ParseLog) -> str:
    if not log.rejects:
        return ""
    return f"; the first reject: {log.rejects[0]}"


@contextlib.contextmanager
def _ingest(
    opts: CleanOptions,
    files: list[InputFile],
    sizes: list[int] | None,
    log: ParseLog,
    workers: Workers,
    stdin: BinaryIO | None,
    progress: Progress,
) -> Iterator[tuple[Corpus, DedupResult | None]]:
    """The corpus, and for the Spark engine its dedup result too (the local engine's is
    found by the caller, once it knows there is something to deduplicate)."""
    if opts.engine == "spark":
        from .spark.engine import spark_dedup
        from .spark.session import local_session, set_shuffle_partitions

        spark = local_session(opts.master)
        set_shuffle_partitions(spark, _spark_input_bytes(files))
        with spark_dedup(spark, files, opts.read, opts.dedup, log, progress) as found:
            yield found
        return
    with ingest(files, opts.read, log, workers, stdin, progress, sizes) as corpus:
        yield corpus, None


class _Clock:
    def __init__(self, into: dict[str, float]) -> None:
        self.into = into
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.into[stage] = now - self.last
        self.last = now


__all__ = [
    "CleanOptions",
    "Clusters",
    "DataError",
    "Engine",
    "OutputFormat",
    "OutputFormatError",
    "PathProblem",
    "Summary",
    "clean",
    "cluster_records",
    "dedup",
    "group_clusters",
    "output_format_for",
    "output_spec",
]
