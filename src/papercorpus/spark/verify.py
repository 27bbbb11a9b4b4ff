"""Candidate pairs verified in Spark by ``dedup.verify``'s own rules.

Each pair is joined with the texts of its two ends; a batch of pairs then goes through
``features.batch_features`` (every end once) and ``verify.decide``, as a block of the local
engine's ``_verify_block`` does. The decision's scores travel as JSON.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import orjson

from ..dedup import candidates as cand
from ..dedup.engine import DedupOptions, copy_authors
from ..dedup.features import batch_features
from ..dedup.verify import decide, generic_twins
from ..sketch.signatures import estimate_jaccard
from .candidates import sig_matrix

DECISION_SCHEMA = "a long, b long, rule string, scores string, related boolean"
_TEXT = ("title", "abstract", "arxiv", "flags", "meta")
# What the local engine reads of an end besides its text, to reject a pair of one generic
# title over unrelated abstracts unread (``engine._unrelated_abstracts``).
_KEYS = ("sig", "title_hash", "abstract_len")


def _unrelated(df: Any, floor: float) -> np.ndarray:
    """``engine._unrelated_abstracts`` on a batch of joined pairs: the same title key, the
    shorter abstract at least half the longer, not one signature bin in common and not
    plausible."""
    th_a, th_b = df["title_hash_a"].to_numpy(np.int64), df["title_hash_b"].to_numpy(np.int64)
    la, lb = df["abstract_len_a"].to_numpy(np.int64), df["abstract_len_b"].to_numpy(np.int64)
    mask = (th_a == th_b) & (th_a != 0) & (2 * np.minimum(la, lb) >= np.maximum(la, lb))
    idx = np.flatnonzero(mask)
    if len(idx):
        sig = np.concatenate([sig_matrix(df["sig_a"].iloc[idx]), sig_matrix(df["sig_b"].iloc[idx])])
        k = np.arange(len(idx))
        est = estimate_jaccard(sig, k, k + len(idx))
        plausible = cand.plausible(est, la[idx], lb[idx], sig.shape[1], floor)
        mask[idx] = (est == 0) & ~plausible
    return mask


def _text(row: Any, end: str) -> tuple:
    title, abstract, arxiv, flags, meta = (row[f"{c}_{end}"] for c in _TEXT)
    meta = orjson.loads(meta) if meta is not None else None
    return (title, abstract, arxiv, tuple(flags) if flags is not None else (), copy_authors(meta))


def _decide(opts: DedupOptions):
    import pandas as pd

    thresholds, floor = opts.thresholds, opts.prefilter

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        for df in batches:
            if not len(df):
                continue
            unrelated = _unrelated(df, floor).tolist()
            rows = df.drop(columns=[f"{c}_{e}" for c in _KEYS for e in "ab"]).to_dict("records")
            # As the local worker does: such a pair is rejected from its generic title alone
            # (two arXiv ids decide by themselves), and its ends are not featured for it.
            rejected = [
                u and not (row["arxiv_a"] and row["arxiv_b"])
                and generic_twins(row["title_a"], row["title_b"], thresholds)
                for row, u in zip(rows, unrelated, strict=True)
            ]  # fmt: skip
            ends: dict[int, int] = {}
            texts: list[tuple] = []
            for row, r in zip(rows, rejected, strict=True):
                for end in ("a", "b"):
                    if not r and row[end] not in ends:
                        ends[row[end]] = len(texts)
                        texts.append(_text(row, end))
            feats = batch_features(texts)
            out: list[tuple[int, int, str | None, str, bool]] = []
            for row, r in zip(rows, rejected, strict=True):
                if r:
                    out.append((row["a"], row["b"], None, "{}", False))
                    continue
                d = decide(feats[ends[row["a"]]], feats[ends[row["b"]]], thresholds)
                out.append((row["a"], row["b"], d.rule, orjson.dumps(d.scores).decode(), d.related))
            yield pd.DataFrame(out, columns=["a", "b", "rule", "scores", "related"])

    return run


def verify_pairs(pairs: Any, uniques: Any, opts: DedupOptions | None = None) -> Any:
    """One row per candidate pair: the rule that merged it (None: not the same paper), its
    scores (JSON) and whether it is a related pair."""
    opts = opts or DedupOptions()
    texts = uniques.select("u", *_TEXT, *_KEYS)
    joined = pairs.join(texts.toDF("a", *(f"{c}_a" for c in _TEXT + _KEYS)), "a").join(
        texts.toDF("b", *(f"{c}_b" for c in _TEXT + _KEYS)), "b"
    )
    return joined.mapInPandas(_decide(opts), DECISION_SCHEMA)
