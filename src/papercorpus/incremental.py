"""Incremental cleaning: today's records deduplicated against everything an index has seen.

A run (one transaction on the index, ``index.db.writing``):

1. parse the new inputs and key them (``keys.key_batch``);
2. look up the stored papers that share a candidate key with them (band keys, title and
   abstract-prefix hashes, arXiv ids): O(new records), through the index's b-trees;
3. load every copy of those papers, as parsed, in first-seen order, and run the ordinary
   engine (``ingest_records`` -> ``find_duplicates`` -> ``write_output``) over those copies
   followed by the new ones. The engine, the survivor choice and ``fields.merge_fields`` are
   the ones ``clean`` runs, over the same copies in the same order, so a touched paper comes
   out as one ``clean`` over every input ever added would write it;
4. replace the touched papers by the rows of that run and add the new ones.

Papers untouched by today's records are never read. What can differ from one batch ``clean``
(docs/incremental.md): decisions that depend on more than a pair (title-only ambiguity, the
window over giant LSH buckets) are judged among the papers today's records reach.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import orjson

from .api import CleanOptions, DataError
from .dedup import DedupOptions
from .htmlreport import write_html_report
from .incremental_plan import PROVENANCE, IndexCounts, Plan, plan_run
from .index import db
from .index.export import export, write_rows
from .index.migrate import migrate
from .index.settings import index_settings
from .index.tables import counts, iter_copies, paper_count, paper_rows, replace
from .index.verify import verify
from .parallel import Workers, default_jobs
from .records import Record
from .report import write_cluster_report
from .results import Clusters, Summary
from .run_io import as_record, checked_outputs, diag_order, output_stream
from .sinks.formats import OutputSpec, output_spec
from .sources import InputFile, ParseLog, expand_inputs, input_args, iter_records

__all__ = [
    "PROVENANCE",
    "Index",
    "IndexCounts",
    "IndexRun",
    "Plan",
    "apply_plan",
    "clean_into_index",
    "plan_run",
]

# Copies a rebuild adds per run (~1 KB of memory each while the run lasts).
REBUILD_BATCH = 50_000
# Records from which a run without --jobs uses every core: below it, starting the worker
# processes costs more than they save (a day of a few hundred records runs in one process).
AUTO_JOBS_RECORDS = 20_000


@dataclass
class IndexRun:
    summary: Summary
    index: IndexCounts
    new_rows: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)


def apply_plan(con: sqlite3.Connection, plan: Plan, options: DedupOptions) -> None:
    replace(
        con, plan.touched, plan.known, plan.papers, plan.texts, plan.copies, options.bands,
        options.rows,
    )  # fmt: skip
    plan.counts.papers_total = paper_count(con)


def _parse(
    files: list[InputFile], opts: CleanOptions, log: ParseLog, stdin: BinaryIO | None
) -> list[Record]:
    return [r for inp in files for r in iter_records(inp, opts.read, log, stdin)]


def _without_index(files: list[InputFile], index: str | os.PathLike[str]) -> list[InputFile]:
    """The inputs but the index itself and its WAL files (``clean in/ --index in/c.db``
    must not read its own index as a dump on the next day)."""
    base = os.path.abspath(os.fspath(index))
    own = {base, f"{base}-wal", f"{base}-shm", f"{base}-journal"}
    return [f for f in files if f.path is None or os.path.abspath(f.path) not in own]


def _jobs(jobs: int | None, records: int) -> int:
    """``--jobs`` as given, else every core for a large run and one for a day's dump."""
    if jobs:
        return jobs
    return default_jobs() if records >= AUTO_JOBS_RECORDS else 1


def clean_into_index(
    inputs: Sequence[str | os.PathLike[str]],
    index: str | os.PathLike[str],
    output: str | os.PathLike[str] = "-",
    options: CleanOptions | None = None,
    *,
    updates: str | os.PathLike[str] | None = None,
    report: str | os.PathLike[str] | None = None,
    html: str | os.PathLike[str] | None = None,
    stdin: BinaryIO | None = None,
    wait: float = db.DEFAULT_WAIT,
    other_outputs: Mapping[str, str | os.PathLike[str]] | None = None,
) -> IndexRun:
    """``clean`` against an index: write only the papers the index has never seen to
    ``output``, add everything to the index, and write the known papers today's records
    changed to ``updates`` (JSONL: the row, ``changed`` (its fields that changed; new
    provenance alone is no change), ``previous`` (their values before) and ``previous_ids``).
    ``report`` and ``html`` are ``clean``'s cluster report and review page over the clusters
    this run judged: today's records with the stored papers they reached (a stored copy
    shows as its file and line; clusters of only stored copies are the reached papers').

    Raises ``index.db.IndexBusy`` when another run holds the index longer than ``wait``
    seconds, ``IndexSettingsError`` when the index was built with other parameters, and
    ``api.PathProblem`` (before any work) when the index or an output would land on an input
    or on another output, as ``clean`` checks them (``other_outputs``: option -> path)."""
    opts = options or CleanOptions()
    inputs = input_args(inputs)
    spec = output_spec(str(output), opts.output_format, opts.fields)
    if updates is not None:
        output_spec(str(updates), "jsonl")
    files = expand_inputs(list(inputs), opts.include, opts.exclude)
    outputs = {
        "-o": output, "--updates": updates, "--report": report, "--html": html, "--index": index,
        **(other_outputs or {}),
    }  # fmt: skip
    skipped = checked_outputs(outputs, files, set(inputs))
    files = _without_index([f for f in files if f.display not in skipped], index)
    summary = Summary(files=len(files))
    for name, why in skipped.items():
        summary.parse.warn("W_SKIPPED_OUTPUT", name, 0, why)
    with db.writing(index, index_settings(opts.dedup), wait) as con:
        log = summary.parse
        new = _parse(files, opts, log, stdin)
        summary.diagnostics = sorted(log.warnings + log.rejects, key=diag_order(files))
        if not new:
            raise DataError("no records found in the input")
        written = []

        def reports(clusters: Clusters, plan: Plan) -> None:
            written.append(True)
            if report is not None:
                write_cluster_report(clusters, report)
            if html is not None:
                summary.records, summary.dedup = plan.records, plan.summary_dedup
                write_html_report(clusters, summary, html)

        with Workers(_jobs(opts.jobs, len(new))) as workers:
            plan = plan_run(
                con, new, opts.dedup, workers,
                on_clusters=reports if report is not None or html is not None else None,
            )  # fmt: skip
        if report is not None and not written:  # every record was in the index already
            with output_stream(report):
                pass
        summary.records = plan.records
        summary.records.check_accounting()
        if plan.summary_dedup is not None:
            summary.dedup = plan.summary_dedup
        # The outputs first: if writing them fails, the run is rolled back with them.
        with output_stream(output) as out:
            if spec == OutputSpec("jsonl"):
                # The engine's JSONL lines of the new rows: the bytes ``write_rows`` would
                # make of them again (``sinks.jsonl.jsonl_block``).
                out.write(b"".join(line + b"\n" for line in plan.new_lines))
            else:
                write_rows([plan.new_rows], spec, out)
        if updates is not None:
            with output_stream(updates) as out:
                out.write(b"".join(orjson.dumps(u) + b"\n" for u in plan.updates))
        apply_plan(con, plan, opts.dedup)
    return IndexRun(summary, plan.counts, plan.new_rows, plan.updates)


class Index:
    """An incremental corpus in one SQLite file (``papercorpus clean --index``'s)."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        options: DedupOptions | None = None,
        *,
        wait: float = db.DEFAULT_WAIT,
        jobs: int | None = None,
    ) -> None:
        self.path = path
        self.options = options or DedupOptions()
        self.wait = wait
        self.jobs = jobs

    def add(
        self, records: Iterable[Mapping[str, Any] | Record], name: str = "<records>"
    ) -> IndexRun:
        """Add records (dicts as ``papercorpus.dedup`` takes them, or ``Record``s): one run."""
        log = ParseLog()
        parsed = [as_record(r, name, i, log) for i, r in enumerate(records, 1)]
        if log.rejects:
            raise ValueError(str(log.rejects[0]))
        summary = Summary()
        if not parsed:
            return IndexRun(summary, IndexCounts())
        with db.writing(self.path, index_settings(self.options), self.wait) as con:
            with Workers(_jobs(self.jobs, len(parsed))) as workers:
                plan = plan_run(con, parsed, self.options, workers)
            apply_plan(con, plan, self.options)
        summary.records = plan.records
        return IndexRun(summary, plan.counts, plan.new_rows, plan.updates)

    def lookup(self, record: Mapping[str, Any] | Record) -> dict[str, Any] | None:
        """The stored paper ``record`` would join (its row as it is now), or ``None``."""
        rec = as_record(record, "<lookup>", 1, ParseLog())
        if rec is None:
            raise ValueError("not one paper")
        with db.reading(self.path, self.wait) as con, Workers(1) as workers:
            plan = plan_run(con, [rec], self.options, workers, skip_stored=False)
            key = plan.joins[0]
            return None if key is None else paper_rows(con, [key])[key]

    def export(
        self, output: str | os.PathLike[str], fmt: str | None = None, fields: Any = None
    ) -> int:
        """Write every paper, as ``clean`` over every input ever added would."""
        spec = output_spec(str(output), fmt, fields)
        with db.reading(self.path, self.wait, any_format=True) as con, output_stream(output) as out:
            return export(con, spec, out)

    def stats(self) -> dict[str, Any]:
        """Rows per table, bytes on disk (with the WAL) and the recorded settings."""
        with db.reading(self.path, self.wait) as con:
            n = counts(con)
            size = sum(
                os.path.getsize(p)
                for p in (os.fspath(self.path), f"{os.fspath(self.path)}-wal")
                if os.path.exists(p)
            )
            return {
                "papers": n["papers"],
                "texts": n["texts"],
                "copies": n["copies"],
                "files": n["files"],
                "band_keys": n["bands"],
                "bytes": size,
                "settings": db.read_settings(con),
            }

    def verify(self) -> list[str]:
        """``PRAGMA integrity_check`` and the index's invariants: the problems found."""
        with db.reading(self.path, self.wait) as con:
            return verify(con)

    def migrate(self) -> int:
        """Convert an index of format 3 to this version's format in place (one
        transaction), keeping its clusters: the number of texts converted, 0 when it was of
        this format. Older formats need ``rebuild``."""
        return migrate(self.path, self.wait)

    def rebuild(
        self, output: str | os.PathLike[str] | None = None, batch: int = REBUILD_BATCH
    ) -> IndexCounts:
        """Re-derive every key, cluster and merged row from the stored copies with this
        ``Index``'s options (after a version that changes keys, or to change thresholds),
        into ``output`` or in place. The copies are streamed in first-seen order and added
        ``batch`` at a time, each batch one run against what the batches before it added
        (as days are; ``docs/incremental.md`` says what holds), so memory follows the
        batch, not the index."""
        target = os.fspath(output if output is not None else self.path)
        tmp = f"{target}.rebuild-{os.getpid()}"
        _remove_db(tmp)
        counts_ = IndexCounts()
        try:
            with db.reading(self.path, self.wait, any_format=True) as old:
                for block in iter_copies(old, batch):
                    with db.writing(tmp, index_settings(self.options)) as new:
                        with Workers(_jobs(self.jobs, len(block))) as workers:
                            plan = plan_run(
                                new, [c.record for c in block], self.options, workers,
                                skip_stored=False,
                            )  # fmt: skip
                        apply_plan(new, plan, self.options)
                        counts_ = plan.counts
            if not os.path.exists(tmp):  # an empty index stays empty
                with db.writing(tmp, index_settings(self.options)):
                    pass
            if output is None:
                # Under the old index's write lock: no run is half-way when it is replaced.
                con = db.connect(self.path, self.wait)
                try:
                    con.execute("BEGIN IMMEDIATE")
                    os.replace(tmp, target)
                    con.execute("ROLLBACK")
                finally:
                    con.close()
            else:
                _remove_db(target)
                os.replace(tmp, target)
        finally:
            _remove_db(tmp)
        return counts_


def _remove_db(path: str) -> None:
    for p in (path, f"{path}-wal", f"{path}-shm"):
        if os.path.exists(p):
            os.remove(p)
