"""Candidate pairs in Spark: LSH bands, title keys, abstract prefixes and arXiv ids grouped
by key, each group paired by the local engine's own ``dedup.candidates`` functions.

Rows are shuffled by key, so every member of a group lands in one partition; there the
partition's rows of each key kind go through ``group_pairs`` (or ``value_pairs`` for ids)
exactly as the local engine's arrays do, giant buckets' windows included. Band and prefix
pairs are then filtered by ``candidates.plausible`` on their ends' signatures, like the
local ``_plausible``. The result is the local engine's ``_candidate_pairs``, as a DataFrame.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from ..dedup import candidates as cand
from ..dedup.engine import DedupOptions
from ..sketch.signatures import EMPTY, NUM_BINS, estimate_jaccard

KEY_SCHEMA = "kind int, key long, u long"
PAIR_SCHEMA = "a long, b long, check boolean"


def sig_matrix(column: Any) -> np.ndarray:
    """A pandas column of signature bytes as an ``(n, NUM_BINS)`` uint16 array."""
    return np.frombuffer(b"".join(column), dtype="<u2").reshape(-1, NUM_BINS)


def _key_rows(opts: DedupOptions):
    import pandas as pd

    bands, rows = opts.bands, opts.rows

    def keys(batches: Iterator[Any]) -> Iterator[Any]:
        for df in batches:
            u = df["u"].to_numpy(np.int64)
            sig = sig_matrix(df["sig"])
            signed = np.flatnonzero(sig[:, 0] != EMPTY) if len(sig) else np.empty(0, np.int64)
            parts = []
            if len(signed):
                bk = cand.band_keys(np.ascontiguousarray(sig[signed]), bands, rows)
                parts.append(
                    pd.DataFrame(
                        {
                            "kind": np.tile(np.arange(bands, dtype=np.int32), len(signed)),
                            "key": bk.reshape(-1).view(np.int64),
                            "u": np.repeat(u[signed], bands),
                        }
                    )
                )
            for kind, col in ((bands, "prefix_hash"), (bands + 1, "title_hash")):
                h = df[col].to_numpy(np.int64)
                has = h != 0
                parts.append(
                    pd.DataFrame(
                        {
                            "kind": np.full(int(has.sum()), kind, np.int32),
                            "key": h[has],
                            "u": u[has],
                        }
                    )
                )
            yield pd.concat(parts, ignore_index=True)

    return keys


def _group(opts: DedupOptions):
    import pandas as pd

    title_kind = opts.bands + 1

    def pairs(batches: Iterator[Any]) -> Iterator[Any]:
        frames = list(batches)
        if not frames:
            return
        df = pd.concat(frames, ignore_index=True)
        for kind, sub in df.groupby("kind", sort=True):
            p = cand.group_pairs(sub["key"].to_numpy(np.int64), sub["u"].to_numpy(np.int64))
            if len(p):
                check = np.full(len(p), kind != title_kind)
                yield pd.DataFrame({"a": p[:, 0], "b": p[:, 1], "check": check})

    return pairs


def _id_pairs(batches: Iterator[Any]) -> Iterator[Any]:
    import pandas as pd

    frames = list(batches)
    if not frames:
        return
    df = pd.concat(frames, ignore_index=True).sort_values("u", kind="stable")
    u = df["u"].to_numpy(np.int64)
    p = cand.value_pairs(df["arxiv"].tolist())
    if len(p):
        yield pd.DataFrame({"a": u[p[:, 0]], "b": u[p[:, 1]], "check": False})


def _plausible(floor: float):
    def keep(batches: Iterator[Any]) -> Iterator[Any]:
        for df in batches:
            m = len(df)
            if m == 0:
                continue
            sig = np.concatenate([sig_matrix(df["sig_a"]), sig_matrix(df["sig_b"])])
            idx = np.arange(m)
            est = estimate_jaccard(sig, idx, idx + m)
            mask = cand.plausible(
                est, df["len_a"].to_numpy(), df["len_b"].to_numpy(), sig.shape[1], floor
            )
            yield df.loc[mask, ["a", "b"]]

    return keep


def candidate_pairs(uniques: Any, opts: DedupOptions | None = None) -> Any:
    """Every pair of uniques worth verifying (``a < b``, distinct), as a DataFrame."""
    from pyspark.sql import functions as F

    opts = opts or DedupOptions()
    keys = uniques.select("u", "sig", "title_hash", "prefix_hash").mapInPandas(
        _key_rows(opts), KEY_SCHEMA
    )
    grouped = keys.repartition("kind", "key").mapInPandas(_group(opts), PAIR_SCHEMA)
    ids = (
        uniques.where(F.col("arxiv").isNotNull())
        .select("u", "arxiv")
        .repartition("arxiv")
        .mapInPandas(_id_pairs, PAIR_SCHEMA)
    )
    ends = uniques.select("u", "sig", "abstract_len")
    to_check = (
        grouped.where("check")
        .join(ends.toDF("a", "sig_a", "len_a"), "a")
        .join(ends.toDF("b", "sig_b", "len_b"), "b")
        .select("a", "b", "sig_a", "sig_b", "len_a", "len_b")
    )
    checked = to_check.mapInPandas(_plausible(opts.prefilter), "a long, b long")
    exact = grouped.where(~F.col("check")).select("a", "b")
    return checked.unionByName(exact).unionByName(ids.select("a", "b")).distinct()
