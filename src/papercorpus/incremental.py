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

import io
import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import numpy as np
import orjson

from .api import CleanOptions, DataError
from .dedup import DedupOptions, find_duplicates
from .htmlreport import write_html_report
from .index import db
from .index.corpus import engine_corpus, key_all
from .index.export import export, write_rows
from .index.lookup import lookup_papers
from .index.migrate import migrate
from .index.settings import index_settings
from .index.tables import (
    CopyRow,
    StoredCopy,
    TextRow,
    content,
    counts,
    iter_copies,
    load_copies,
    next_seq,
    pack,
    paper_count,
    paper_rows,
    replace,
    signed,
    stored_at,
)
from .index.verify import verify
from .output import write_output
from .parallel import Workers, default_jobs
from .records import Record
from .report import write_cluster_report
from .results import Clusters, RecordCounts, Summary, group_clusters
from .run_io import as_record, checked_outputs, diag_order, output_stream
from .sinks.formats import OutputSpec, output_spec
from .sketch.signatures import EMPTY
from .sources import InputFile, ParseLog, expand_inputs, iter_records
from .store import as_numpy

# Copies a rebuild adds per run (~1 KB of memory each while the run lasts).
REBUILD_BATCH = 50_000
# Records from which a run without --jobs uses every core: below it, starting the worker
# processes costs more than they save (a day of a few hundred records runs in one process).
AUTO_JOBS_RECORDS = 20_000

# Row fields that only say where and when a paper was seen: a new copy of a known paper
# changes them, which is counted as that (``new_copies_of_known``), not as an update.
PROVENANCE = frozenset({"sources", "first_seen", "last_seen"})


@dataclass
class IndexCounts:
    """What a run did to the index (the summary line and ``--stats``' ``index`` section)."""

    new_papers: int = 0
    new_copies_of_known: int = 0
    papers_updated: int = 0  # known papers whose fields (not only provenance) changed
    papers_joined: int = 0  # known papers that today's records showed to be one
    already_stored: int = 0  # copies the index holds already (same file, line and content)
    papers_total: int = 0  # in the index after the run


@dataclass
class Plan:
    """A run's outcome before it is written: the rows of new papers, the changed known
    papers (row, what changed, their ids before) and the rows to store."""

    new_rows: list[dict[str, Any]]
    updates: list[dict[str, Any]]
    touched: list[int]  # stored papers replaced
    known: list[StoredCopy]  # their copies
    papers: list[tuple[int, str, int, bytes]]
    texts: list[TextRow]
    copies: list[CopyRow]
    counts: IndexCounts
    records: RecordCounts
    joins: list[int | None]  # per new record: the earliest stored paper it joined, or None
    summary_dedup: Any = None
    new_lines: list[bytes] = field(default_factory=list)  # ``new_rows`` as the engine wrote them


@dataclass
class IndexRun:
    summary: Summary
    index: IndexCounts
    new_rows: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)


def plan_run(
    con: sqlite3.Connection,
    new: Sequence[Record],
    options: DedupOptions,
    workers: Workers,
    *,
    skip_stored: bool = True,
    on_clusters: Callable[[Clusters, Plan], None] | None = None,
) -> Plan:
    """Deduplicate ``new`` against the index (read only: nothing is written here). A copy
    the index holds already (same file name, line and content: a file added again) is
    counted (``already_stored``) and left out. ``on_clusters`` is called with the run's
    clusters (today's records and the stored papers they reached) while they are open:
    ``--report`` and ``--html``."""
    parsed = len(new)
    held = stored_at(con, ((r.source.file, r.source.line) for r in new)) if skip_stored else ()
    if held:
        new = [r for r in new if (r.source.file, r.source.line, content(r)) not in held]
    if not new:
        return _empty_plan(parsed)
    keyed = key_all(new, workers)
    has_sig = keyed.sig[:, 0] != EMPTY if len(new) else np.zeros(0, bool)
    touched = lookup_papers(
        con,
        keyed.sig[has_sig],
        keyed.title_hash[has_sig],
        (options.bands, options.rows),
        keyed.title_hash,
        keyed.prefix_hash,
        [r.arxiv_id for r in new],
        options.prefilter,
    )
    known = load_copies(con, touched)
    old_rows = paper_rows(con, touched)
    base = next_seq(con)
    n_known = len(known)
    combined = [k.record for k in known] + list(new)
    seqs = np.array([k.seq for k in known] + list(range(base, base + len(new))), dtype=np.int64)
    old_paper = [k.paper for k in known]
    with engine_corpus(combined, known, keyed, workers) as corpus:
        corpus.pinned_dates = True
        result = find_duplicates(corpus, options, workers)
        clusters = group_clusters(corpus, result)
        buf = io.BytesIO()
        write_output(clusters, "jsonl", buf, workers)
        lines = buf.getvalue().split(b"\n")[:-1]
        codes, names = clusters.match
        copy_unique_np = as_numpy(corpus.copy_unique)
        first_np = as_numpy(corpus.unique_first_copy)
        bounds_np, order_np = clusters.row_bounds, clusters.copy_order
        # Each unique's paper: the key of its row (vectorised; the loop below is per row).
        unique_paper = np.empty(corpus.n_unique, dtype=np.int64)
        row_keys = seqs[order_np[bounds_np[:-1]]]
        unique_paper[copy_unique_np[order_np]] = np.repeat(row_keys, np.diff(bounds_np))
        # Plain lists: the loop reads them item by item.
        seq_of, first, copy_unique = seqs.tolist(), first_np.tolist(), copy_unique_np.tolist()
        order, bounds, survivors = order_np.tolist(), bounds_np.tolist(), clusters.row_survivor
        text_of = [seq_of[first[u]] for u in copy_unique]  # per copy: its text's uid
        plan = Plan(
            [],
            [],
            touched,
            known,
            [],
            [],
            [],
            IndexCounts(already_stored=parsed - len(new)),
            RecordCounts(parsed=parsed),
            [None] * len(new),
        )
        if parsed > len(new):
            plan.records.merged["already_in_index"] += parsed - len(new)
        plan.summary_dedup = result.stats
        unchanged: set[int] = set()
        for r, line in enumerate(lines):
            members = order[bounds[r] : bounds[r + 1]]
            row = orjson.loads(line)
            key = seq_of[members[0]]
            if (
                max(members) < n_known
                and all(old_paper[c] == key for c in members)
                and key in old_rows
                and _same_row(row, old_rows[key])
            ):
                # A stored paper that today's records reached but did not change (no new
                # copy, the same row): left as it is, not rewritten.
                unchanged.add(key)
                continue
            survivor = int(survivors[r])
            text = combined[first[survivor]]
            rest = {k: v for k, v in row.items() if k not in ("id", "title", "abstract")}
            if row["abstract"] != text.abstract:
                rest = {"abstract": row["abstract"], **rest}
            plan.papers.append((key, row["id"], seq_of[first[survivor]], pack(rest)))
            for c, src in zip(members, row["sources"], strict=True):
                plan.copies.append(
                    CopyRow(seq_of[c], text_of[c], combined[c], src["date"], src.get("date_raw"))
                )
            was = sorted({old_paper[c] for c in members if c < n_known})
            fresh = [c for c in members if c >= n_known]
            for c in fresh:
                plan.joins[c - n_known] = was[0] if was else None
            if not was:
                plan.new_rows.append(row)
                plan.new_lines.append(line)
                plan.counts.new_papers += 1
                plan.records.kept += 1
                plan.records.merged.update(names[codes[c]] for c in fresh if codes[c])
                continue
            plan.counts.new_copies_of_known += len(fresh)
            plan.records.merged["known_paper"] += len(fresh)
            before = old_rows.get(key, {})
            changed = [k for k in row if k not in PROVENANCE and before.get(k) != row[k]]
            changed += [k for k in before if k not in row and k not in PROVENANCE]
            if len(was) > 1:
                plan.counts.papers_joined += len(was) - 1
            if changed or len(was) > 1 or key not in old_rows:
                plan.counts.papers_updated += 1
                ids = sorted({str(old_rows[p]["id"]) for p in was if p in old_rows})
                previous = {k: before.get(k) for k in changed}
                plan.updates.append(
                    {**row, "changed": changed, "previous": previous, "previous_ids": ids}
                )
        if unchanged:
            plan.touched = [k for k in touched if k not in unchanged]
            plan.known = [k for k in known if k.paper not in unchanged]
        unchanged_uids = {k.uid for k in known if k.paper in unchanged}
        paper_of = unique_paper.tolist()
        title_hash, prefix_hash = signed(corpus.title_hash), signed(corpus.prefix_hash)
        for u in range(corpus.n_unique):
            uid = seq_of[first[u]]
            if uid in unchanged_uids:
                continue
            plan.texts.append(
                TextRow(
                    uid,
                    paper_of[u],
                    combined[first[u]],
                    corpus.sig[u],
                    title_hash[u],
                    prefix_hash[u],
                    corpus.unique_arxiv[u],
                    corpus.content_key(u),
                )  # fmt: skip
            )
        if on_clusters is not None:
            on_clusters(clusters, plan)
    return plan


def _empty_plan(parsed: int) -> Plan:
    """Every record was in the index already: nothing to write."""
    records = RecordCounts(parsed=parsed)
    records.merged["already_in_index"] = parsed
    return Plan([], [], [], [], [], [], [], IndexCounts(already_stored=parsed), records, [])


def _same_row(row: dict[str, Any], stored: dict[str, Any]) -> bool:
    """``row`` is the stored row, field for field and in the same order."""
    return row == stored and list(row) == list(stored)


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
    inputs: Sequence[str],
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
