"""pyspark, when installed, and the SparkSession the CLI and the tests make."""

from __future__ import annotations

import importlib.util
import shutil
from typing import Any


class SparkMissing(RuntimeError):
    """pyspark (or the Java it needs) is not available: a usage problem, not a data one."""


def require_pyspark() -> None:
    """Raise ``SparkMissing`` unless pyspark can be imported and a ``java`` can be found."""
    if importlib.util.find_spec("pyspark") is None:
        raise SparkMissing(
            "--engine spark needs pyspark: pip install 'papercorpus[spark]' (and Java 17)"
        )
    if shutil.which("java") is None and not _java_home():
        raise SparkMissing("--engine spark needs Java 17 (no java on PATH, JAVA_HOME unset)")


def _java_home() -> str | None:
    import os

    return os.environ.get("JAVA_HOME")


def local_session(master: str | None = "local[2]", shuffle_partitions: int | None = None) -> Any:
    """A SparkSession for ``master`` (None: whatever spark-submit or spark-defaults say) with
    no UI and Arrow for the pandas exchanges; ``shuffle_partitions`` overrides Spark's 200
    (small jobs want few). An existing session is reused (getOrCreate)."""
    require_pyspark()
    import os
    import sys

    from pyspark.sql import SparkSession

    # Local executors run this interpreter (the one papercorpus is installed in), not
    # whatever ``python3`` is first on PATH; a cluster sets its own PYSPARK_PYTHON.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    if master is None and not os.environ.get("PYSPARK_GATEWAY_PORT"):
        # Not launched by spark-submit (which sets the gateway and its --master): this machine.
        master = "local[*]"
    builder = SparkSession.builder.appName("papercorpus")
    if master is not None:
        builder = builder.master(master)
    if shuffle_partitions is not None:
        builder = builder.config("spark.sql.shuffle.partitions", str(shuffle_partitions))
    return (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )


# A shuffle partition per this many input bytes (copies with keys and signatures are about
# twice the input; Spark's advice is 100-200 MB per partition).
BYTES_PER_PARTITION = 64 << 20


def default_shuffle_partitions(cores: int, input_bytes: int | None) -> int:
    """Shuffle partitions for a run: two per core (every core busy, stragglers evened out),
    more when the input is large, instead of Spark's fixed 200 (which costs a small run
    200 tasks per shuffle: most of the time on one machine)."""
    by_size = -(-(input_bytes or 0) // BYTES_PER_PARTITION)
    return max(2 * max(cores, 1), by_size)


def set_shuffle_partitions(spark: Any, input_bytes: int | None) -> None:
    """``default_shuffle_partitions`` for this run, unless the session was configured with its own
    (``spark-submit --conf spark.sql.shuffle.partitions=N``, spark-defaults)."""
    if spark.sparkContext.getConf().contains("spark.sql.shuffle.partitions"):
        return
    n = default_shuffle_partitions(spark.sparkContext.defaultParallelism, input_bytes)
    spark.conf.set("spark.sql.shuffle.partitions", str(n))
