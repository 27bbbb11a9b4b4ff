"""Output formats: by extension or --format, compressed, parquet, --fields; usage errors
come before any input is read."""

from __future__ import annotations

import csv
import gzip
import io
import subprocess
import sys

import orjson
import pytest
import zstandard
from click.testing import CliRunner

import papercorpus
from papercorpus.cli import main
from papercorpus.sinks.formats import OutputFormatError, OutputSpec, output_spec

from .conftest import EXAMPLES

STRUCTURED = EXAMPLES.parent / "tests" / "fixtures" / "structured"


def _run(args, **kw):
    return CliRunner().invoke(main, args, catch_exceptions=False, **kw)


def _rows(data: bytes) -> list[dict]:
    return [orjson.loads(line) for line in data.splitlines()]


def test_spec_from_extension() -> None:
    assert output_spec("a.jsonl") == OutputSpec("jsonl")
    assert output_spec("a.csv.gz") == OutputSpec("csv", "gzip")
    assert output_spec("a.JSONL.zst") == OutputSpec("jsonl", "zstd")
    assert output_spec("-") == OutputSpec("jsonl")
    assert output_spec("dir.v2/out") == OutputSpec("jsonl")
    assert output_spec("a.tsv", "csv") == OutputSpec("csv")
    spec = output_spec("a.jsonl", fields="id, title,id")
    assert spec == OutputSpec("jsonl", None, ("id", "title"))
    for bad in ("a.tsv", "a.json", "a.parquet.gz"):
        with pytest.raises(OutputFormatError):
            output_spec(bad)
    with pytest.raises(OutputFormatError, match="unknown field 'nope'"):
        output_spec("a.jsonl", fields="id,nope")


@pytest.mark.parametrize("name", ["out.tsv", "out.json"])
def test_unwritable_extension_is_a_usage_error_before_reading(tmp_path, name) -> None:
    missing = str(tmp_path / "does-not-exist.txt")  # reading it would be exit 1
    result = _run(["clean", missing, "-o", str(tmp_path / name)])
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert not (tmp_path / name).exists()


def test_stdin_is_not_read_on_a_usage_error(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "papercorpus", "clean", "-", "-o", str(tmp_path / "x.tsv")],
        stdin=subprocess.PIPE, capture_output=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 2


def test_unknown_field_is_a_usage_error(tmp_path) -> None:
    result = _run(["clean", str(EXAMPLES), "--fields", "id,colour"])
    assert result.exit_code == 2 and "unknown field 'colour'" in result.stderr


def test_compressed_outputs_match_plain(tmp_path) -> None:
    plain = tmp_path / "o.jsonl"
    assert _run(["clean", str(EXAMPLES), "-o", str(plain)]).exit_code == 0
    gz, zst, csvgz = tmp_path / "o.jsonl.gz", tmp_path / "o.jsonl.zst", tmp_path / "o.csv.gz"
    for path in (gz, zst, csvgz):
        assert _run(["clean", str(EXAMPLES), "-o", str(path)]).exit_code == 0
    assert gzip.decompress(gz.read_bytes()) == plain.read_bytes()
    assert zstandard.ZstdDecompressor().decompressobj().decompress(zst.read_bytes()) == (
        plain.read_bytes()
    )
    table = list(csv.DictReader(io.StringIO(gzip.decompress(csvgz.read_bytes()).decode())))
    assert [t["id"] for t in table] == [r["id"] for r in _rows(plain.read_bytes())]
    zcat = subprocess.run(["zcat", str(gz)], capture_output=True, check=True)
    assert zcat.stdout == plain.read_bytes()
    # gzip headers carry no name or time: the same bytes on every run
    again = tmp_path / "again.jsonl.gz"
    assert _run(["clean", str(EXAMPLES), "-o", str(again)]).exit_code == 0
    assert again.read_bytes() == gz.read_bytes()


def test_fields_select_and_order(tmp_path) -> None:
    out = tmp_path / "o.jsonl"
    args = ["clean", str(STRUCTURED / "arxiv.jsonl"), "-o", str(out)]
    assert _run([*args, "--fields", "title,authors,id"]).exit_code == 0
    rows = _rows(out.read_bytes())
    assert list(rows[0]) == ["title", "authors", "id"]
    assert list(rows[1]) == ["title", "id"]  # absent fields stay absent
    c = tmp_path / "o.csv"
    assert _run(["clean", str(STRUCTURED / "arxiv.jsonl"), "-o", str(c), "--fields",
                 "id,authors,categories"]).exit_code == 0  # fmt: skip
    table = list(csv.reader(io.StringIO(c.read_text())))
    assert table[0] == ["id", "authors", "categories"]
    assert table[1][1:] == ["X Zeng", "cs.CV"] and table[2][1] == ""


def test_parquet_reads_back_as_the_jsonl(tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (extra: parquet)")
    j, p = tmp_path / "o.jsonl", tmp_path / "o.parquet"
    inputs = [str(STRUCTURED), str(EXAMPLES)]
    assert _run(["clean", *inputs, "-o", str(j)]).exit_code == 0
    assert _run(["clean", *inputs, "-o", str(p)]).exit_code == 0
    table = pq.read_table(p)
    assert str(table.schema.field("authors").type) == "list<element: string>"
    assert str(table.schema.field("sources").type).startswith("list<element: struct<file")
    back = table.to_pylist()
    rows = _rows(j.read_bytes())
    assert len(back) == len(rows)
    for got, want in zip(back, rows, strict=True):
        got = {k: v for k, v in got.items() if v is not None}
        if "extra" in got:
            got["extra"] = orjson.loads(got["extra"])
        got["arxiv_id"] = got.get("arxiv_id")
        got["sources"] = [{k: v for k, v in s.items() if v is not None or k == "date"}
                          for s in got["sources"]]  # fmt: skip
        assert got == want


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path, monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "pyarrow" else real(n, *a)
    )
    result = _run(["clean", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o.parquet")])
    assert result.exit_code == 2 and "papercorpus[parquet]" in result.stderr


def test_clean_to_a_text_stdout(monkeypatch) -> None:
    buf = io.StringIO()
    monkeypatch.setattr(sys, "stdout", buf)
    summary = papercorpus.clean([str(STRUCTURED / "arxiv.jsonl")], "-")
    rows = [orjson.loads(line) for line in buf.getvalue().splitlines()]
    assert len(rows) == summary.kept == 2
