"""Candidate pairs verified in Spark by ``dedup.verify``'s own rules.

Each pair is joined with the texts of its two ends; a batch of pairs then goes through
``verify.batch_features`` (every end once) and ``verify.decide``, as a block of the local
engine's ``_verify_block`` does. The decision's scores travel as JSON.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from ..dedup.engine import DedupOptions, _authors
from ..dedup.verify import batch_features, decide

DECISION_SCHEMA = "a long, b long, rule string, scores string, related boolean"
_TEXT = ("title", "abstract", "arxiv", "flags", "meta")


def _text(row: Any, end: str) -> tuple:
    title, abstract, arxiv, flags, meta = (row[f"{c}_{end}"] for c in _TEXT)
    meta = orjson.loads(meta) if meta is not None else None
    return (title, abstract, arxiv, tuple(flags) if flags is not None else (), _authors(meta))


def _decide(opts: DedupOptions):
    import pandas as pd

    thresholds = opts.thresholds

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        for df in batches:
            if not len(df):
                continue
            rows = df.to_dict("records")
            ends: dict[int, int] = {}
            texts = []
            for row in rows:
                for end in ("a", "b"):
                    if row[end] not in ends:
                        ends[row[end]] = len(texts)
                        texts.append(_text(row, end))
            feats = batch_features(texts)
            out = []
            for row in rows:
                d = decide(feats[ends[row["a"]]], feats[ends[row["b"]]], thresholds)
                out.append((row["a"], row["b"], d.rule, orjson.dumps(d.scores).decode(), d.related))
            yield pd.DataFrame(out, columns=["a", "b", "rule", "scores", "related"])

    return run


def verify_pairs(pairs: Any, uniques: Any, opts: DedupOptions | None = None) -> Any:
    """One row per candidate pair: the rule that merged it (None: not the same paper), its
    scores (JSON) and whether it is a related pair."""
    opts = opts or DedupOptions()
    texts = uniques.select("u", *_TEXT)
    joined = pairs.join(texts.toDF("a", *(f"{c}_a" for c in _TEXT)), "a").join(
        texts.toDF("b", *(f"{c}_b" for c in _TEXT)), "b"
    )
    return joined.mapInPandas(_decide(opts), DECISION_SCHEMA)
