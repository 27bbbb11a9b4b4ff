"""The Spark engine end to end on the executors: parse, key, exact pass, candidates,
verification, components, survivors and explanations, merged rows, and the run's counts.

Nothing here brings the corpus to the driver: the driver holds the parse logs (what the
local engine reports: rejects and warnings), one ``FileDates`` per input file and a few
counters. The rows come out as a DataFrame of rendered blocks in output order
(``render.rendered``); ``write`` writes them to one file (the driver streams them in order)
or as part files (each executor its own).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..dates import FileDates
from ..dedup.engine import DedupOptions, DedupStats
from ..records import Diagnostic
from ..results import RecordCounts
from ..sources import InputFile, ParseLog, ReadOptions
from .candidates import candidate_pairs
from .exact import exact_pass
from .read import read_files
from .render import copy_matches
from .resolve import resolve_components
from .verify import verify_pairs


@dataclass
class SparkRun:
    """The DataFrames of one run, and what the driver keeps of it."""

    copies: Any  # read.COPY_SCHEMA, one row per parsed copy
    uniques: Any  # exact.exact_pass's, one row per unique text
    decided: Any  # verify.DECISION_SCHEMA, the candidate pairs' decisions (cached)
    resolved: Any  # resolve.RESOLVED_SCHEMA, the uniques on accepted pairs (cached)
    matched: Any  # the copies with their row (render.copy_matches; cached)
    hints: dict[int, FileDates]  # per input file index
    log: ParseLog

    def unpersist(self) -> None:
        for df in (self.matched, self.resolved, self.decided, self.uniques, self.copies):
            df.unpersist()


def run(
    spark: Any, files: Sequence[InputFile], read: ReadOptions, options: DedupOptions
) -> SparkRun:
    """Every stage of ``files``; the DataFrames are evaluated lazily, once, and cached."""
    copies, log, hints = read_files(spark, files, read)
    # Parsed one task per file (cached then); every later stage over the copies runs a task
    # per partition, so they are read back a few files per task, as many tasks as a shuffle
    # has: a tenth of the tasks at 1M records, with the same rows (order is a column).
    copies = copies.coalesce(int(spark.conf.get("spark.sql.shuffle.partitions")))
    return run_copies(copies, options, hints, log)


def run_copies(
    copies: Any, options: DedupOptions, hints: dict[int, FileDates], log: ParseLog
) -> SparkRun:
    """The stages after the read, on a DataFrame of keyed copies (``read.COPY_SCHEMA``)."""
    from pyspark import StorageLevel

    # The texts (every copy, every unique, the rows' copies) are cached on disk: they are a
    # corpus's worth and read in a few sequential passes; the small frames in memory.
    keep = StorageLevel.MEMORY_AND_DISK
    texts = StorageLevel.DISK_ONLY
    copies = copies.persist(texts)
    uniques, copy_unique = exact_pass(copies)
    uniques = uniques.persist(texts)
    pairs = candidate_pairs(uniques, options)
    decided = verify_pairs(pairs, uniques, options).where("rule IS NOT NULL OR related")
    decided = decided.persist(keep)
    resolved = resolve_components(decided, uniques, options).persist(keep)
    matched = copy_matches(copies, uniques, copy_unique, resolved).persist(texts)
    return SparkRun(copies, uniques, decided, resolved, matched, hints, log)


@dataclass
class Counts:
    """What ``Summary`` reports of the dedup, counted in Spark."""

    records: RecordCounts
    dedup: DedupStats
    warned_papers: dict[str, int]
    related_rows: int


def counts(spark_run: SparkRun, warnings: Sequence[Diagnostic]) -> Counts:
    """The local engine's counters: copies per match, flagged clusters, related pairs, rows
    per warning code and related rows (``results.Clusters``' own definitions)."""
    from pyspark.sql import functions as F

    matched, resolved, decided = spark_run.matched, spark_run.resolved, spark_run.decided
    by_match = {r["match"]: r["count"] for r in matched.groupBy("match").count().collect()}
    parsed = sum(by_match.values())
    kept = by_match.pop("survivor", 0)
    records = RecordCounts(parsed, kept, Counter(by_match))
    flags = resolved.select(F.explode("flags").alias("flag")).groupBy("flag").count()
    flagged = Counter({r["flag"]: r["count"] for r in flags.collect()})
    related = decided.where("rule IS NULL AND related").select("a", "b")
    cluster = resolved.select("u", "cluster")
    ends = related.join(cluster.toDF("a", "ca"), "a", "left").join(
        cluster.toDF("b", "cb"), "b", "left"
    )
    ca, cb = F.coalesce("ca", "a"), F.coalesce("cb", "b")
    # Related pairs of texts, and the distinct pairs of rows they join (rows apart only).
    apart = F.when(ca != cb, F.struct(F.least(ca, cb), F.greatest(ca, cb)))
    found = ends.agg(F.count(F.lit(1)).alias("pairs"), F.countDistinct(apart).alias("rows"))
    pairs, related_rows = found.first()
    dedup = DedupStats(flagged, pairs)
    return Counts(records, dedup, _warned_papers(matched, warnings), related_rows)


def _warned_papers(matched: Any, warnings: Sequence[Diagnostic]) -> dict[str, int]:
    """Per warning code, the output rows its copies went into (``Clusters.papers_per_code``)."""
    if not warnings:
        return {}
    from pyspark.sql import functions as F

    spark = matched.sparkSession
    wanted = spark.createDataFrame(
        [(d.file, d.line, d.code) for d in warnings], "file string, line int, code string"
    )
    hits = matched.select("file", "line", "row_first").join(wanted, ["file", "line"])
    per_code = hits.groupBy("code").agg(F.countDistinct("row_first").alias("n")).collect()
    return {r["code"]: r["n"] for r in sorted(per_code, key=lambda r: r["code"])}
