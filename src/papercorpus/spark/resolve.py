"""Clusters, survivors and explanations in Spark: the local ``dedup.engine.resolve``, run
by the executors one connected component at a time.

Every accepted pair (strong or title-only) is an edge; ``components`` labels each unique on
an edge with the smallest member of its component. Whatever ``resolve`` decides for a
unique depends only on the uniques and edges of that component: ``cluster.join`` looks at
the strong components a title-only pair links, at the title markers of a strong
component's copies and at the pairs refused as two papers inside it (sent with its edges),
survivors are a ``min`` over a final cluster, and the explanations (who joined through
whom, chains, giant clusters) are a walk inside one cluster, all of which lie inside one
component.
So each component is handed whole (its members' texts and its edges, a ``cogroup`` by label)
to the local functions, renumbered ``0..k-1`` in unique order: the numbering keeps the order,
so every "smallest" and every sort is the local engine's.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import orjson

from ..dedup.engine import (
    TWO_PAPERS,
    DedupOptions,
    Edge,
    choose_survivors,
    copy_authors,
    explain_clusters,
    join_edges,
    two_papers,
)
from ..dedup.features import features, markers
from ..dedup.verify import Decision, decide, substantive
from .components import components

# One row per unique on an accepted edge. ``parent`` is -1 for a survivor; ``flags`` are
# the cluster's flags ("chain", "giant", "ambiguous"), on its survivor's row only.
RESOLVED_SCHEMA = (
    "u long, cluster long, parent long, rule string, scores string, indirect boolean, "
    "flags array<string>"
)
_TEXT = ("title", "abstract", "arxiv", "flags", "meta")


def _resolve_component(opts: DedupOptions):
    import pandas as pd

    thresholds, keep = opts.thresholds, opts.keep

    def run(members: Any, edges: Any) -> Any:
        members = members.sort_values("u", kind="stable")
        us = members["u"].to_numpy(np.int64)
        index = {u: i for i, u in enumerate(us.tolist())}
        rows = members.to_dict("records")
        cache: dict[int, Any] = {}

        def feat(i: int) -> Any:
            if i not in cache:
                r = rows[i]
                meta = orjson.loads(r["meta"]) if r["meta"] is not None else None
                flags = tuple(r["flags"]) if r["flags"] is not None else ()
                cache[i] = features(
                    r["title"], r["abstract"], r["arxiv"], flags, copy_authors(meta)
                )
            return cache[i]

        rows_of = zip(
            edges["a"].tolist(), edges["b"].tolist(), edges["rule"], edges["scores"], strict=True
        )
        found, distinct = [], []
        for a, b, rule, scores in rows_of:
            if isinstance(rule, str):
                found.append((index[a], index[b], rule, scores))
            elif two_papers(orjson.loads(scores)):  # never in one cluster (``separate``)
                distinct.append((index[a], index[b]))
        found.sort()
        distinct.sort()
        accepted = [Edge(a, b, Decision(rule, orjson.loads(s))) for a, b, rule, s in found]
        k = len(us)
        uf, accepted, ambiguous = join_edges(
            k, accepted, lambda i: substantive(feat(i)),
            lambda ids: [markers(rows[i]["title"]) for i in ids], distinct,
        )  # fmt: skip
        roots = uf.roots()
        ranks = SimpleNamespace(
            abstract_rank=members["rank"].to_numpy(np.int64),
            abstract_len=members["abstract_len"].to_numpy(np.int64),
        )
        cluster = choose_survivors(ranks, roots, keep)[roots]  # type: ignore[arg-type]
        parent, rule, scores, indirect, flagged = explain_clusters(
            k, cluster, accepted, lambda a, b: decide(feat(a), feat(b), thresholds)
        )
        for i in sorted(ambiguous):
            flags = flagged.setdefault(int(cluster[i]), [])
            if "ambiguous" not in flags:
                flags.append("ambiguous")
        return pd.DataFrame(
            {
                "u": us,
                "cluster": us[cluster],
                "parent": np.where(parent >= 0, us[np.maximum(parent, 0)], -1),
                "rule": rule,
                "scores": [None if s is None else orjson.dumps(s).decode() for s in scores],
                "indirect": indirect,
                "flags": [flagged.get(i) for i in range(k)],
            }
        )

    return run


def resolve_components(decided: Any, uniques: Any, opts: DedupOptions | None = None) -> Any:
    """``RESOLVED_SCHEMA`` rows for every unique on an accepted pair of ``decided``
    (``verify.verify_pairs``' rows); a unique not listed is a survivor of its own."""
    from pyspark.sql import functions as F

    opts = opts or DedupOptions()
    accepted = decided.where("rule IS NOT NULL").select("a", "b", "rule", "scores")
    labels = components(accepted.select("a", "b"))
    members = labels.join(
        uniques.select("u", *_TEXT, "rank", "abstract_len").withColumnRenamed("u", "v"), "v"
    ).withColumnRenamed("v", "u")
    # A label column of its own (an expression, not the same attribute as the members'):
    # Spark cannot tell two sides of one lineage apart in the cogroup otherwise.
    edge_labels = labels.select(F.col("v").alias("a"), (F.col("label") + 0).alias("label"))
    # The pairs refused as related whose two ends one component holds go with its edges
    # (rule null): ``cluster.separate`` keeps those refused as two papers apart, as the
    # local engine does.
    end_labels = labels.select(F.col("v").alias("b"), (F.col("label") + 0).alias("b_label"))
    inside = (
        decided.where("rule IS NULL AND related")
        .where(" OR ".join(f"scores LIKE '%\"{k}\"%'" for k in TWO_PAPERS))
        .select("a", "b", "rule", "scores")
        .join(edge_labels, "a")
        .join(end_labels, "b")
        .where("label = b_label")
        .drop("b_label")
    )
    edges = accepted.join(edge_labels, "a").unionByName(inside)
    return (
        members.groupBy("label")
        .cogroup(edges.groupBy("label"))
        .applyInPandas(_resolve_component(opts), RESOLVED_SCHEMA)
    )
