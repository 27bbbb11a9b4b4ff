"""The Spark engine (issue 19): the local engine's stages run on a Spark cluster.

Executors parse whole files with the project's own parsers and key them with the same
vectorised code (``keys.key_batch``); exact keys, LSH bands and the title, prefix and arXiv-id
indexes are grouped in Spark; candidate pairs are verified by ``dedup.verify``'s rules. Every
step reuses the local engine's functions on the rows Spark hands it, so a stage's result is
the local engine's, whatever the partitioning.

pyspark is an optional extra (``pip install 'papercorpus[spark]'``): nothing here imports it
at module level, and ``require_pyspark`` turns its absence into one clear message.

From an existing ``SparkSession``: ``merged, clusters = papercorpus.spark.dedup_frame(df)``
(``spark.frames``).
"""

from __future__ import annotations

from typing import Any

from .session import SparkMissing, require_pyspark

__all__ = ["SparkMissing", "dedup_frame", "require_pyspark"]


def __getattr__(name: str) -> Any:
    # ``dedup_frame`` on first use: ``--engine`` checks import this package for
    # ``require_pyspark`` alone.
    if name == "dedup_frame":
        from .frames import dedup_frame

        return dedup_frame
    raise AttributeError(name)
