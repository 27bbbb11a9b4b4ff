"""Parquet tables are inputs: ``clean`` reads the Parquet it writes (and a dataset's dump)
row by row, as it reads a JSONL line's object, and ``check`` validates a Parquet corpus."""

from __future__ import annotations

import datetime as dt
import decimal
import io
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

import papercorpus
from papercorpus.check import check_files
from papercorpus.check.problems import CheckInputError
from papercorpus.sources import InputError

pa = pytest.importorskip("pyarrow", reason="Parquet inputs need the parquet extra (pyarrow)")
pq = pytest.importorskip("pyarrow.parquet")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ABSTRACT = (
    "We study how scraped listings repeat one paper many times, and show that exact keys "
    "with verified near-duplicate candidates keep one complete record per paper."
)


def _rows(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def _no_nulls(value: object) -> object:
    if isinstance(value, dict):
        return {k: _no_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_no_nulls(v) for v in value]
    return value


def test_clean_reads_back_the_parquet_it_wrote_as_the_jsonl_it_wrote(tmp_path: Path) -> None:
    papercorpus.clean([EXAMPLES], tmp_path / "c.parquet")
    papercorpus.clean([EXAMPLES], tmp_path / "c.jsonl")
    papercorpus.clean([tmp_path / "c.parquet"], tmp_path / "from_parquet.jsonl")
    papercorpus.clean([tmp_path / "c.jsonl"], tmp_path / "from_jsonl.jsonl")
    got = _rows(tmp_path / "from_parquet.jsonl")
    want = _rows(tmp_path / "from_jsonl.jsonl")
    assert len(got) == len(want) > 0
    # the same papers and fields; a row's provenance line is its row number (the JSONL
    # line number there), and a table holds a null where the JSONL writer left a key out
    for g, w in zip(got, want, strict=True):
        assert [s["line"] for s in g["sources"]] == [s["line"] for s in w["sources"]]
        assert {s["file"] for s in g["sources"]} == {str(tmp_path / "c.parquet")}
        g.pop("sources"), w.pop("sources")
        assert _no_nulls(g) == _no_nulls(w)


def test_typed_columns_become_json_values(tmp_path: Path) -> None:
    table = pa.table(
        {
            "title": ["Scraped Listings, Deduplicated"],
            "abstract": [ABSTRACT],
            "authors": [["Ada Lovelace", "Alan Turing"]],
            "published": pa.array([dt.date(2025, 3, 18)], pa.date32()),
            "scraped_at": pa.array([dt.datetime(2025, 3, 18, 9, 30)], pa.timestamp("s")),
            "score": pa.array([decimal.Decimal("12.50")], pa.decimal128(5, 2)),
            "raw": pa.array([b"\xff\x00"], pa.binary()),
        }
    )
    pq.write_table(table, tmp_path / "dump.parquet")
    papercorpus.clean([tmp_path / "dump.parquet"], tmp_path / "out.jsonl")
    (row,) = _rows(tmp_path / "out.jsonl")
    assert row["title"] == "Scraped Listings, Deduplicated"
    assert row["abstract"] == ABSTRACT
    assert row["authors"] == ["Ada Lovelace", "Alan Turing"]
    assert row["sources"][0]["line"] == 1
    extra = row.get("extra", {})
    assert extra["scraped_at"] == "2025-03-18T09:30:00"
    assert extra["score"] == "12.50"
    assert extra["raw"] == "/wA="  # (not UTF-8: base64)
    assert "2025-03-18" in orjson.dumps(row).decode()  # the date kept, as a field or extra


def test_a_parquet_found_beside_pages_is_read(tmp_path: Path) -> None:
    pq.write_table(
        pa.table({"title": ["A Table Row"], "abstract": [ABSTRACT]}), tmp_path / "t.parquet"
    )
    page = sorted(EXAMPLES.glob("*.txt"))[0]
    (tmp_path / page.name).write_bytes(page.read_bytes())
    summary = papercorpus.clean([tmp_path], tmp_path / "out.jsonl")
    assert summary.parse.formats["parquet"] == 1
    assert "A Table Row" in (tmp_path / "out.jsonl").read_text()


def test_a_broken_table_is_a_clear_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1" + b"\x00" * 64)
    with pytest.raises(InputError, match=r"bad.parquet: invalid Parquet file"):
        papercorpus.clean([bad], tmp_path / "out.jsonl")
    with pytest.raises(CheckInputError, match=r"bad.parquet: invalid Parquet file"):
        check_files([bad])
    cli = subprocess.run(
        [sys.executable, "-m", "papercorpus", "clean", str(bad), "-o", str(tmp_path / "o.jsonl")],
        capture_output=True,
        text=True,
    )
    assert cli.returncode == 1
    assert cli.stderr.count("\n") == 1 and "invalid Parquet file" in cli.stderr
    assert "Traceback" not in cli.stderr


def test_a_table_on_stdin_is_refused_by_name(tmp_path: Path) -> None:
    buf = io.BytesIO()
    pq.write_table(pa.table({"title": ["T"], "abstract": [ABSTRACT]}), buf)
    with pytest.raises(InputError, match="cannot be read from stdin"):
        papercorpus.clean(["-"], tmp_path / "out.jsonl", stdin=io.BytesIO(buf.getvalue()))


def test_check_validates_a_parquet_corpus(tmp_path: Path) -> None:
    papercorpus.clean([EXAMPLES], tmp_path / "c.parquet")
    papercorpus.clean([EXAMPLES], tmp_path / "c.jsonl")
    by_table = check_files([tmp_path / "c.parquet"])
    by_lines = check_files([tmp_path / "c.jsonl"])
    assert by_table.rows == by_lines.rows > 0
    assert [p.code for p in by_table.problems] == [p.code for p in by_lines.problems]


def test_without_pyarrow_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pq.write_table(pa.table({"title": ["T"], "abstract": [ABSTRACT]}), tmp_path / "t.parquet")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    options = papercorpus.CleanOptions(jobs=1)
    with pytest.raises(InputError, match=r"needs pyarrow \(pip install 'papercorpus\[parquet\]'\)"):
        papercorpus.clean([tmp_path / "t.parquet"], tmp_path / "out.jsonl", options)
