"""Output rows held as dicts (the index's stored papers, a run's new papers) written through
the same encoders as ``clean``: JSONL, CSV (each also .gz/.zst) and parquet, with
``--fields``. The bytes are those ``clean`` writes for the same rows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, BinaryIO

from ..sinks import ENCODERS, OutputRow, SourceRef
from ..sinks.formats import OutputSpec, compressed
from ..sinks.jsonl import jsonl_lines
from ..sinks.parquet import ParquetSink
from .tables import export_rows

_OUTER = ("id", "title", "abstract", "sources", "arxiv_id")


def output_row(d: Mapping[str, Any]) -> OutputRow:
    """The ``OutputRow`` a JSONL row (``sinks.jsonl.row_dict``) was written from."""
    sources = tuple(
        SourceRef(s["file"], s["line"], s["date"], s["match"], s.get("date_raw"))
        for s in d["sources"]
    )
    fields = {k: v for k, v in d.items() if k not in _OUTER}
    return OutputRow(d["id"], d["title"], d["abstract"], sources, d["arxiv_id"], fields)


def write_rows(
    blocks: Iterable[Sequence[Mapping[str, Any]]], spec: OutputSpec | str, out: BinaryIO
) -> int:
    """Write blocks of row dicts to ``out`` as ``spec`` says; the number of rows."""
    if isinstance(spec, str):
        spec = OutputSpec(spec)
    n = 0
    if spec.fmt == "parquet":
        sink = ParquetSink(out, spec.columns)
        for block in blocks:
            sink.write_jsonl(jsonl_lines([output_row(d) for d in block], spec.columns))
            n += len(block)
        sink.close()
        return n
    header, encode = ENCODERS[spec.fmt]
    with compressed(out, spec.compression) as stream:
        stream.write(header(spec.columns))
        for block in blocks:
            rows = [output_row(d) for d in block]
            stream.write(encode(rows, spec.columns) if spec.columns is not None else encode(rows))
            n += len(block)
    return n


def export(con: sqlite3.Connection, spec: OutputSpec | str, out: BinaryIO) -> int:
    """Every stored paper, in first-seen order, as ``clean`` would write it."""
    return write_rows(export_rows(con), spec, out)
