"""Connected components of accepted pairs in Spark: min-label propagation over a DataFrame.

Every vertex starts labelled with itself; each round every vertex takes the smallest label
among itself and its neighbours. When no label changes, each component is labelled with its
smallest member: the root ``dedup.cluster.UnionFind`` gives it, whatever the order of the
edges or the partitioning. Rounds are bounded by the longest shortest path of a component
(duplicate clusters are small: a handful of rounds), and by ``max_rounds`` as a safety net.
No GraphFrames: nothing is downloaded at run time.
"""

from __future__ import annotations

from typing import Any

MAX_ROUNDS = 64


class ComponentsDidNotConverge(RuntimeError):
    pass


def components(edges: Any, max_rounds: int = MAX_ROUNDS) -> Any:
    """``(v, label)`` for every vertex of ``edges`` (columns ``a``, ``b``): ``label`` is the
    smallest vertex of its component. Vertices on no edge are not listed (their own label)."""
    from pyspark.sql import functions as F

    both = edges.select("a", "b").unionByName(
        edges.select(F.col("b").alias("a"), F.col("a").alias("b"))
    )
    sc = edges.sparkSession.sparkContext
    # Job descriptions name the rounds in the Spark UI and event log (benchmarks count them).
    sc.setJobDescription("papercorpus: accepted pairs (exact pass, candidates, verify)")
    both = both.distinct().localCheckpoint()
    labels = both.groupBy("a").agg(F.least(F.col("a"), F.min("b")).alias("label"))
    labels = labels.withColumnRenamed("a", "v").localCheckpoint()
    for i in range(max_rounds):
        sc.setJobDescription(f"papercorpus: components round {i + 1}")
        # A vertex's new label: the smallest label among its neighbours' and its own. Every
        # vertex is on an edge, so the join's ``a`` side lists them all, once per edge.
        new = (
            both.join(labels.withColumnRenamed("v", "b"), "b")
            .join(labels.toDF("a", "own"), "a")
            .groupBy("a")
            .agg(F.min("own").alias("own"), F.min("label").alias("offer"))
            .select(
                F.col("a").alias("v"),
                F.least("own", "offer").alias("label"),
                (F.col("offer") < F.col("own")).alias("changed"),
            )
            .localCheckpoint()
        )
        labels = new.select("v", "label")
        if new.where("changed").limit(1).count() == 0:
            sc.setJobDescription(None)
            return labels
    raise ComponentsDidNotConverge(f"components did not converge in {max_rounds} rounds")
