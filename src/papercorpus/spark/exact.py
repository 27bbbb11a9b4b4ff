"""The exact pass in Spark: copies with the same exact key are one unique text.

The local corpus (``store.Corpus.add_batch``) numbers uniques in order of their first copy,
keeps that copy's text and keys, and takes the first arXiv id any copy of the text carries;
a copy whose exact key is None stays on its own. The same rules as a groupBy, with the unique
numbers given by a global sort (``zipWithIndex``: no single-partition window).
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
    spark = copies.sparkSession
    numbered = spark.createDataFrame(
        firsts.select("first").orderBy("first").rdd.zipWithIndex().map(lambda t: (t[0][0], t[1])),
        "first long, u long",
    )
    groups = firsts.join(numbered, "first")
    uniques = groups.join(
        copies.select(F.col("order").alias("first"), *UNIQUE_COLUMNS), "first"
    ).select("u", "first", "arxiv", *UNIQUE_COLUMNS)
    copy_unique = keyed.join(groups.select("group", "u"), "group").select("order", "u")
    return uniques, copy_unique
