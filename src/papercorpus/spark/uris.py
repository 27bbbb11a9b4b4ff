"""Inputs given as URIs (``file://``, ``hdfs://``, ``s3a://``, anything Spark reads): listed
by the driver through Hadoop's FileSystem, read by the executors with ``binaryFiles`` (a file
whole in one task) and parsed by the project's own parsers from a local copy.

A URI naming a directory is walked recursively like a local one (``sources.expand_inputs``):
files in path order, hidden ones (``.``, and ``_`` as Hadoop marks its own: ``_SUCCESS``)
left out, ``--include``/``--exclude`` applied to the path inside the directory and to the
base name. A file's name in the output is the argument joined with that relative path.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import dataclass

from ..sources import InputError, InputFile, expand_inputs


@dataclass(frozen=True)
class UriFile(InputFile):
    """An input read through Spark: ``uri`` is the file as Hadoop names it."""

    uri: str = ""


def is_uri(arg: str) -> bool:
    return "://" in arg


def expand_with_uris(
    args: Sequence[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    master: str | None = None,
) -> list[InputFile]:
    """``expand_inputs``, with URI arguments listed through Spark's Hadoop FileSystem."""
    if not any(is_uri(a) for a in args):
        return expand_inputs(list(args), include, exclude)
    from .session import local_session

    spark = local_session(master)
    out: list[InputFile] = []
    for arg in args:
        if is_uri(arg):
            out.extend(_list_uri(spark, arg, include, exclude))
        else:
            out.extend(expand_inputs([arg], include, exclude))
    return out


def _list_uri(spark, arg: str, include: Sequence[str], exclude: Sequence[str]) -> list[UriFile]:
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    root = jvm.org.apache.hadoop.fs.Path(arg)
    try:
        fs = root.getFileSystem(conf)
        if not fs.exists(root):
            raise InputError(arg, "no such file or directory")
        status = fs.getFileStatus(root)
        if status.isFile():
            return [UriFile(arg, None, uri=status.getPath().toString())]
        base = status.getPath().toString().rstrip("/") + "/"
        found = []
        files = fs.listFiles(root, True)
        while files.hasNext():
            uri = files.next().getPath().toString()
            rel = uri[len(base) :] if uri.startswith(base) else uri.rsplit("/", 1)[-1]
            if any(part.startswith((".", "_")) for part in rel.split("/")):
                continue
            if _selected(rel, include, exclude):
                found.append((rel, uri))
    except InputError:
        raise
    except Exception as exc:  # Py4J: the Hadoop exception's first line says it
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(arg, f"cannot list: {first}") from None
    if not found:
        raise InputError(arg, "no input files found in directory")
    found.sort()
    return [UriFile(arg.rstrip("/") + "/" + rel, None, True, uri) for rel, uri in found]


def _selected(rel: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    base = rel.rsplit("/", 1)[-1]

    def hit(globs: Sequence[str]) -> bool:
        return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(base, g) for g in globs)

    return (not include or hit(include)) and not hit(exclude)
