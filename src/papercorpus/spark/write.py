"""The rendered rows of a Spark run written out: one file by the driver, or part files by
the executors.

One file: the driver streams the rendered blocks partition by partition (they are in output
order, ``render.rendered``) into the output stream: only the bytes of a partition or two are
on the driver at a time, never the corpus. Part files: each partition is one
``part-NNNNN-….jsonl`` (or ``.parquet``) written by Spark where the output URI says (a local
directory, ``file://``, ``hdfs://``, ``s3a://``...); the parts, in name order, hold the rows
in the local engine's order, so their concatenation is the local output.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from ..output import ROWS_PER_BLOCK
from ..sinks import ENCODERS
from ..sinks.formats import OutputSpec, compressed
from ..sinks.parquet import ParquetSink


def write_single(blocks: Any, spec: OutputSpec, out: BinaryIO) -> int:
    """Write the rendered ``blocks`` (``render.BLOCK_SCHEMA``, rendered as ``spec`` says)
    to ``out``; the number of blocks."""
    rows = (bytes(r.data) for r in blocks.rdd.toLocalIterator(prefetchPartitions=True))
    if spec.fmt == "parquet":
        # One row group per ROWS_PER_BLOCK rows, as the local writer cuts them.
        sink = ParquetSink(out, spec.columns)
        pending: list[bytes] = []
        n = 0
        for data in rows:
            pending.extend(data.splitlines(keepends=True))
            while len(pending) >= ROWS_PER_BLOCK:
                sink.write_jsonl(b"".join(pending[:ROWS_PER_BLOCK]))
                del pending[:ROWS_PER_BLOCK]
                n += 1
        if pending:
            sink.write_jsonl(b"".join(pending))
            n += 1
        sink.close()
        return n
    header = ENCODERS[spec.fmt][0](spec.columns)
    n = 0
    if spec.compression is not None:
        with compressed(out, spec.compression) as stream:
            stream.write(header)
            for data in rows:
                stream.write(data)
                n += 1
        return n
    out.write(header)
    for data in rows:
        out.write(data)
        n += 1
    return n


def is_directory_output(output: str) -> bool:
    """``-o dir/`` (a trailing slash) asks for part files."""
    return output.endswith("/")


def write_parts(lines: Any, directory: str, fmt: str, columns: tuple[str, ...] | None) -> None:
    """Write the rendered JSONL ``lines`` (``render.rendered(..., lines=True)``) as part
    files under ``directory`` (which must not exist yet): JSONL, or Parquet typed like the
    single-file writer's (``sinks.parquet``)."""
    from pyspark.sql import functions as F

    target = directory.rstrip("/")
    if fmt == "parquet":
        from .parts import parquet_rows

        parquet_rows(lines, columns).write.mode("errorifexists").parquet(target)
        return
    text = lines.select(F.expr("substring(data, 1, length(data) - 1)").cast("string").alias("v"))
    text.write.mode("errorifexists").text(target)
    _rename_parts(lines.sparkSession, target, ".txt", ".jsonl")


def _rename_parts(spark: Any, directory: str, old: str, new: str) -> None:
    """``part-*.txt`` -> ``part-*.jsonl`` through Hadoop's FileSystem (any URI Spark wrote)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(directory)
    fs = path.getFileSystem(conf)
    for status in fs.listStatus(path):
        p = status.getPath()
        name = p.getName()
        if name.startswith("part-") and name.endswith(old):
            fs.rename(p, jvm.org.apache.hadoop.fs.Path(path, name[: -len(old)] + new))
