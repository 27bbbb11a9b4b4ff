"""Which unique survives for each component: the local engine's total order, as a ``min``.

``engine._choose_survivors`` sorts a component's uniques by abstract rank (a real abstract
first), then for ``--keep longest`` by length (longest first), then by unique number (input
order). The smallest struct of those fields per component is the same copy.
"""

from __future__ import annotations

from typing import Any

from ..dedup.engine import Keep


def survivors(uniques: Any, labels: Any, keep: Keep = "first") -> Any:
    """``(u, cluster)`` for every unique: ``cluster`` is the survivor of its component
    (``labels``: ``(v, label)`` from ``components``; an unlisted unique is on its own)."""
    from pyspark.sql import functions as F

    comp = uniques.join(labels.withColumnRenamed("v", "u"), "u", "left").select(
        "u", F.coalesce("label", "u").alias("root"), "rank", "abstract_len"
    )
    order = [F.col("rank")]
    if keep == "longest":
        order.append(-F.col("abstract_len"))
    best = comp.groupBy("root").agg(
        F.min(F.struct(*[o.alias(f"k{i}") for i, o in enumerate(order)], F.col("u"))).alias("m")
    )
    best = best.select("root", F.col("m.u").alias("cluster"))
    return comp.join(best, "root").select("u", "cluster")
