"""Writers and atomic replacement."""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import replace

import numpy as np
import orjson
import pytest

from papercorpus.fields import OUTPUT_ORDER
from papercorpus.sinks import OutputRow, SourceRef, atomic_output, write_csv, write_jsonl
from papercorpus.sinks.jsonl import SourceColumns, _source_dicts, jsonl_block, jsonl_lines
from papercorpus.spill import (
    OFFSET_BITS,
    SpillFile,
    read_spill,
    read_spill_parts,
    spill_row,
    spill_writer,
)

ROWS = [
    OutputRow(
        "id1",
        '"Quoted", title',
        "Line one\nline two, with comma",
        (
            SourceRef("a.txt", 3, "2025-03-17", "survivor", "Mar 17"),
            SourceRef("b;c:1.txt", 9, None, "exact"),
        ),
        None,
        {"authors": ["A. One", "B. Two"], "upvotes": 3, "extra": {"k": [1]}},
    ),
    OutputRow(
        "id2", "Sep\u2028arator", "x", (SourceRef("c.txt", 1, None, "survivor"),), "2410.05434"
    ),
]


def test_jsonl_key_order_and_separators():
    buf = io.BytesIO()
    assert write_jsonl(ROWS, buf) == 2
    data = buf.getvalue()
    assert data.endswith(b"\n") and data.count(b"\n") == 2
    assert b"\xe2\x80\xa8" not in data  # escaped, so splitlines() readers do not break
    first = orjson.loads(data.splitlines()[0])
    assert list(first) == ["id", "title", "abstract", "authors", "upvotes", "extra", "sources",
                           "arxiv_id"]  # fmt: skip
    assert list(first["sources"][0]) == ["file", "line", "date", "match", "date_raw"]
    assert list(orjson.loads(data.splitlines()[1])["sources"][0]) == [
        "file", "line", "date", "match",
    ]  # fmt: skip
    assert orjson.loads(data.splitlines()[1])["title"] == "Sep\u2028arator"


TRICKY = [
    'tab\there, newline\nthere, quote " and backslash \\',
    "control \x00\x01\x1f, del \x7f, non-ASCII é ∑ 𝜃, separators \u2028\u2029",
    "",
    "\ud7ff and an emoji 🦜",
]


def test_spliced_jsonl_is_byte_identical(tmp_path):
    # The render path splices spilled JSON texts into rows: it must give jsonl_lines' bytes.
    rows = [
        OutputRow(
            f"id{i}",
            t,
            TRICKY[-1 - i],
            (SourceRef(f"{t}.txt", i, t or None, "exact", t[:3] or None),),
            a,
            {"authors": [t], "stars": i} if i % 2 else {},
        )  # fmt: skip
        for i, (t, a) in enumerate(zip(TRICKY, [None, "2410.05434", None, "x"], strict=True))
    ] + ROWS
    rows.append(replace(ROWS[0], id="id9", sources=ROWS[0].sources * 3))
    writer = spill_writer(str(tmp_path))
    locs = [writer.write(spill_row(r.title, r.abstract, ("summary",), {"k": "\t"})) for r in rows]
    writer.flush()
    paths = [writer.path]
    back = [(t, a) for t, a, _, _ in read_spill(paths, locs)]
    assert back == [(r.title, r.abstract) for r in rows]
    titles, abstracts, _ = read_spill_parts(paths, locs)
    refs = [s for r in rows for s in r.sources]
    files, matches = (sorted({getattr(s, k) for s in refs}, key=repr) for k in FIELDS)
    dates = sorted({(s.date, s.date_raw) for s in refs}, key=repr)
    sources = SourceColumns(
        files,
        np.array([files.index(s.file) for s in refs]),
        np.array([s.line for s in refs]),
        dates,
        np.array([dates.index((s.date, s.date_raw)) for s in refs]),
        matches,
        np.array([matches.index(s.match) for s in refs]),
    )
    bounds = np.array(list(itertools.accumulate((len(r.sources) for r in rows), initial=0)))
    fields = [b"," + orjson.dumps(r.fields)[1:-1] if r.fields else b"" for r in rows]
    ids, arxiv = [r.id for r in rows], [r.arxiv_id for r in rows]
    spliced = jsonl_block(ids, titles, abstracts, fields, arxiv, bounds, sources)
    assert spliced == jsonl_lines(rows)


def test_spill_parts_in_any_order(tmp_path):
    # Lines of two spill files, asked out of order, twice, and far apart (separate reads).
    writers = [SpillFile(str(tmp_path / d)) for d in ("a", "b") if not (tmp_path / d).mkdir()]
    locs = []
    for i in range(60):
        k = i % 2
        # Some lines longer than a run's read past its last line start (8 KiB), one longer
        # than 64 KiB, the last line of a file among them.
        long = "x" * (70_000 if i == 3 else 9_000 if i % 5 == 4 else 0)
        row = spill_row(f"title {i}\t", "abstract\n" * (i % 7) + long, [f"f{i}"], {"i": i})
        locs.append(k << OFFSET_BITS | writers[k].write(row))
        if i == 30:
            writers[k].write(b" " * (2 << 20) + b"\n")  # a gap wider than one read
    for w in writers:
        w.close()
    paths = [w.path for w in writers]
    asked = [locs[i] for i in (5, 3, 59, 3, 0, 32, 30, 31, 54, 4, 58)]
    got = read_spill_parts(paths, asked)
    lines = [_line(paths[loc >> OFFSET_BITS], loc & ((1 << OFFSET_BITS) - 1)) for loc in asked]
    assert list(zip(*got, strict=True)) == [tuple(ln[:-1].split(b"\t", 2)) for ln in lines]
    assert read_spill_parts(paths, sorted(set(asked)))[0] == [
        ln.split(b"\t")[0]
        for ln in (
            _line(paths[x >> OFFSET_BITS], x & ((1 << OFFSET_BITS) - 1)) for x in sorted(set(asked))
        )
    ]
    assert read_spill_parts(paths, []) == ([], [], [])
    # A location inside a line of a run that starts at a line is found out.
    with pytest.raises(ValueError, match="not a line start"):
        read_spill_parts(paths, [locs[0], locs[5], locs[7] + 3])


def _line(path, offset):
    with open(path, "rb") as fh:
        fh.seek(offset)
        return fh.readline()


FIELDS = ("file", "match")


def test_csv_round_trips_with_csv_module():
    buf = io.BytesIO()
    write_csv(ROWS, buf)
    data = buf.getvalue()
    assert b"\r\n" not in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0] == list(OUTPUT_ORDER)
    got = dict(zip(rows[0], rows[1], strict=True))
    assert got["title"] == '"Quoted", title'
    assert got["abstract"] == "Line one\nline two, with comma"
    assert got["authors"] == "A. One; B. Two"
    assert got["upvotes"] == "3" and got["stars"] == ""
    assert orjson.loads(got["extra"]) == {"k": [1]}
    # Sources as the JSONL objects: file names with ";" or ":" round-trip.
    assert orjson.loads(got["sources"]) == _source_dicts(ROWS[0].sources)
    assert got["arxiv_id"] == ""
    assert dict(zip(rows[0], rows[2], strict=True))["arxiv_id"] == "2410.05434"


def test_atomic_output_keeps_old_file_on_error(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_output(target) as fh:
        fh.write(b"partial")
        raise RuntimeError("disk full")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temp left behind


def test_atomic_output_replaces_on_success(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    target.chmod(0o640)
    with atomic_output(target) as fh:
        fh.write(b"new\n")
    assert target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640
