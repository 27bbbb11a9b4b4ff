"""Writers and atomic replacement."""

from __future__ import annotations

import csv
import io
import itertools

import orjson
import pytest

from papercorpus.fields import OUTPUT_ORDER
from papercorpus.sinks import OutputRow, SourceRef, atomic_output, write_csv, write_jsonl
from papercorpus.sinks.jsonl import _source_dicts, jsonl_lines, jsonl_spliced, source_objects
from papercorpus.store import read_spill, read_spill_json, spill_row, spill_writer

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
            f"id{i}", t, TRICKY[-1 - i],
            (SourceRef(f"{t}.txt", i, t or None, "exact", t[:3] or None),), a,
            {"authors": [t], "stars": i} if i % 2 else {},
        )  # fmt: skip
        for i, (t, a) in enumerate(zip(TRICKY, [None, "2410.05434", None, "x"], strict=True))
    ] + ROWS
    writer = spill_writer(str(tmp_path))
    locs = [writer.write(spill_row(r.title, r.abstract, ("summary",), {"k": "\t"})) for r in rows]
    writer.flush()
    paths = [writer.path]
    back = [(t, a) for t, a, _, _ in read_spill(paths, locs)]
    assert back == [(r.title, r.abstract) for r in rows]
    texts = read_spill_json(paths, locs)
    refs = [s for r in rows for s in r.sources]
    files, matches = (sorted({getattr(s, k) for s in refs}, key=repr) for k in FIELDS)
    dates = sorted({(s.date, s.date_raw) for s in refs}, key=repr)
    objects = source_objects(
        files,
        [files.index(s.file) for s in refs],
        [s.line for s in refs],
        dates,
        [dates.index((s.date, s.date_raw)) for s in refs],
        matches,
        [matches.index(s.match) for s in refs],
    )
    assert objects == [orjson.dumps(d) for d in _source_dicts(refs)]
    bounds = list(itertools.accumulate((len(r.sources) for r in rows), initial=0))
    spliced = jsonl_spliced(
        (r.id, t, a, r.fields, objects[bounds[i] : bounds[i + 1]], r.arxiv_id)
        for i, (r, (t, a)) in enumerate(zip(rows, texts, strict=True))
    )
    assert spliced == jsonl_lines(rows)


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
