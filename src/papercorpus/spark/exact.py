"""The exact pass in Spark: copies with the same exact key are one unique text.

The local corpus (``store.Corpus.add_batch``) numbers uniques in order of their first copy,
keeps that copy's text and keys, and takes the first arXiv id any copy of the text carries;
a copy whose exact key is None stays on its own. The same rules as a groupBy; a unique is
numbered by its first copy's place in the input (no global sort, no single-partition window).
"""

from __future__ import annotations

from typing import Any

# Columns of a unique: its first copy's, with the group's arXiv id.
UNIQUE_COLUMNS = (
    "title",
    "abstract",
    "flags",
    "meta",
    "content",
    "title_hash",
    "prefix_hash",
    "weak",
    "sig",
    "abstract_len",
    "rank",
)


def exact_pass(copies: Any) -> tuple[Any, Any]:
    """``(uniques, copy_unique)``: one row per unique (``u``, ``first``, ``arxiv`` and
    ``UNIQUE_COLUMNS``) and one per copy (``order``, ``u``)."""
    from pyspark.sql import functions as F

    # A copy without an exact key is a group of its own: its order stands beside the null key.
    alone = F.when(F.col("exact").isNull(), F.col("order"))
    keyed = copies.select("order", "arxiv", F.struct("exact", alone.alias("alone")).alias("group"))
    firsts = keyed.groupBy("group").agg(
        F.min("order").alias("first"),
        # The first id in copy order: min of (order, id) over the copies that have one.
        F.min(F.when(F.col("arxiv").isNotNull(), F.struct("order", "arxiv")))
        .getField("arxiv")
        .alias("arxiv"),
    )
    # A unique is known by the order of its first copy: not the local engine's dense
    # number, but in the same order, and every rule that reads unique numbers (smallest
    # member, survivors' ties, pair order, bucket windows) reads only their order.
    groups = firsts.withColumn("u", F.col("first"))
    uniques = groups.join(
        copies.select(F.col("order").alias("first"), *UNIQUE_COLUMNS), "first"
    ).select("u", "first", "arxiv", *UNIQUE_COLUMNS)
    copy_unique = keyed.join(groups.select("group", "u"), "group").select("order", "u")
    return uniques, copy_unique
