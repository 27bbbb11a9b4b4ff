"""End-to-end behaviour of `papercorpus clean` (the core issue's acceptance points)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from papercorpus.cli import main

from .conftest import EXAMPLES, ROOT


def run(args: list[str], input: bytes | None = None):
    return CliRunner().invoke(main, args, input=input)


def _rows(data: bytes) -> list[dict]:
    return [orjson.loads(line) for line in data.splitlines()]


def test_seeds_collapse_to_405_rows(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run(["clean", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = _rows(out.read_bytes())
    assert len(rows) == 405
    assert sum(len(r["sources"]) for r in rows) == 445
    assert sum(len(r["sources"]) > 1 for r in rows) == 35
    assert "445 parsed, 405 kept, 40 merged" in result.stderr
    # every copy's line points at its title (layout B glues "Subscribe" to the first title)
    lines = {}
    for r in rows:
        for s in r["sources"]:
            path = Path(s["file"])
            text = lines.setdefault(path, path.read_text(encoding="utf-8").split("\n"))
            assert text[s["line"] - 1].removeprefix("Subscribe") == r["title"]
    assert len({r["id"] for r in rows}) == 405


def test_sources_are_named_as_given_and_in_input_order(tmp_path):
    result = run(
        [
            "clean",
            str(EXAMPLES / "001_53c757d83a08df7e.txt"),
            str(EXAMPLES / "000_f6800519c61ab489.txt"),
        ]
    )
    rows = _rows(result.stdout_bytes)
    giraffe = rows[0]
    assert giraffe["title"].startswith("Giraffe")
    assert [s["file"] for s in giraffe["sources"]] == [
        str(EXAMPLES / "001_53c757d83a08df7e.txt"),
        str(EXAMPLES / "000_f6800519c61ab489.txt"),
    ]
    assert [s["match"] for s in giraffe["sources"]] == ["survivor", "exact"]
    # A card date without a year, in files whose names and other dates give none: kept as
    # written, the ISO date unknown (never the clock's year).
    assert giraffe["sources"][1]["date"] is None
    assert giraffe["sources"][1]["date_raw"] == "Mar 17"
    assert giraffe["sources"][0]["date"] is None


def test_stdin_and_stdout():
    data = b"".join(p.read_bytes() + b"\n" for p in sorted(EXAMPLES.glob("*.txt")))
    result = run(["clean", "-", "-o", "-"], input=data)
    assert result.exit_code == 0, result.stderr
    rows = _rows(result.stdout_bytes)
    assert len(rows) == 405
    assert rows[0]["sources"][0]["file"] == "-"


def test_csv_matches_jsonl(tmp_path):
    j, c = tmp_path / "o.jsonl", tmp_path / "o.csv"
    assert run(["clean", str(EXAMPLES), "-o", str(j)]).exit_code == 0
    assert run(["clean", str(EXAMPLES), "-o", str(c)]).exit_code == 0
    with open(c, newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    rows = _rows(j.read_bytes())
    assert len(table) == len(rows)
    for t, r in zip(table, rows, strict=True):
        assert (t["id"], t["title"], t["abstract"]) == (r["id"], r["title"], r["abstract"])
        assert json.loads(t["sources"]) == r["sources"]


def _cli(args: list[str], env_extra: dict[str, str] | None = None, **kw):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "papercorpus", *args], env=env, capture_output=True, cwd=ROOT, **kw
    )


def test_byte_identical_across_runs_and_hash_seeds(tmp_path):
    outs = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"o{seed}.jsonl"
        proc = _cli(["clean", "examples", "-o", str(out), "-q"], {"PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]


def test_broken_pipe_is_quiet():
    cat = subprocess.Popen(
        ["cat", *sorted(map(str, EXAMPLES.glob("*.txt")))], stdout=subprocess.PIPE
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "papercorpus", "clean", "-", "-o", "-"],
        stdin=cat.stdout,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    cat.stdout.close()
    head = subprocess.run(["head", "-1"], stdin=proc.stdout, capture_output=True)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait()
    assert orjson.loads(head.stdout)["title"]
    assert b"Traceback" not in err


def test_stats_json_accounts_for_everything(tmp_path):
    result = run(["clean", str(EXAMPLES), "-o", str(tmp_path / "o.jsonl"), "--stats", "-", "-q"])
    stats = orjson.loads(result.stderr_bytes)
    assert stats["records_parsed"] == 445
    assert stats["records_kept"] == 405
    assert stats["records_merged"] == 40
    assert stats["merged_by_rule"] == {"exact": 40}
    assert stats["records_parsed"] == stats["records_kept"] + stats["records_merged"]


def test_report_explains_every_merge(tmp_path):
    report = tmp_path / "clusters.jsonl"
    run(["clean", str(EXAMPLES), "-o", str(tmp_path / "o.jsonl"), "--report", str(report)])
    clusters = _rows(report.read_bytes())
    assert len(clusters) == 35
    assert sum(c["size"] for c in clusters) == 75
    assert all(cp["rule"] == "exact" for c in clusters for cp in c["copies"])


# --- bad input: one line, file named, exit 1; usage errors exit 2 -------------------------


def _one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("papercorpus: error: ")
    for n in needles:
        assert n in lines[0]
    assert "Traceback" not in result.stderr


def test_missing_path(tmp_path):
    _one_line_error(run(["clean", str(tmp_path / "nope.txt")]), "nope.txt")


def test_directory_without_dumps(tmp_path):
    (tmp_path / "empty").mkdir()
    _one_line_error(run(["clean", str(tmp_path / "empty")]), "empty")


def test_binary_file(tmp_path):
    p = tmp_path / "image.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    _one_line_error(run(["clean", str(p)]), "image.png")


def test_invalid_utf8_names_file_and_line(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"Title one\n" + b"A" * 400 + b"\nBad \xff title\n")
    _one_line_error(run(["clean", str(p)]), "bad.txt:3")


def test_failed_run_keeps_previous_output(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    result = run(["clean", str(tmp_path / "missing"), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text() == "previous\n"


def test_usage_errors_exit_2():
    assert run(["clean", "--keep", "bogus", str(EXAMPLES)]).exit_code == 2
    assert run(["clean", "--no-such-option"]).exit_code == 2
    assert run(["frobnicate"]).exit_code == 2


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_format_flag_overrides_extension(tmp_path, fmt):
    out = tmp_path / "o.txt"
    assert run(["clean", str(EXAMPLES), "-o", str(out), "--format", fmt]).exit_code == 0
    head = out.read_bytes()[:30]
    assert head.startswith(b"id,title") == (fmt == "csv")


def test_python_api(tmp_path):
    import papercorpus

    summary = papercorpus.clean([str(EXAMPLES)], tmp_path / "o.jsonl")
    assert (summary.parsed, summary.kept, summary.merged_total) == (445, 405, 40)
    csv_text = (tmp_path / "o.jsonl").read_bytes()
    assert len(csv_text.splitlines()) == 405
    assert io.BytesIO(csv_text).read(1) == b"{"


def test_rejects_file_lists_every_reject(tmp_path):
    src = tmp_path / "items.jsonl"
    abstract = "We study a thing. " * 20
    src.write_text(
        orjson.dumps({"title": "A Paper About Things", "abstract": abstract}).decode()
        + "\n{not json\n"
        + orjson.dumps({"abstract": "no title here"}).decode()
        + "\n"
    )
    rejects = tmp_path / "rejects.jsonl"
    result = run(
        [
            "clean",
            str(src),
            "-o",
            str(tmp_path / "o.jsonl"),
            "--rejects",
            str(rejects),
            "--stats",
            str(tmp_path / "s.json"),
        ]
    )
    assert result.exit_code == 0, result.stderr
    rows = _rows(rejects.read_bytes())
    assert [(r["line"], r["code"]) for r in rows] == [(2, "R_BAD_JSON"), (3, "R_NO_TITLE")]
    assert all(r["file"] == str(src) for r in rows)
    stats = orjson.loads((tmp_path / "s.json").read_bytes())
    assert stats["records_parsed"] == 1 and stats["rejected"] == 2


def test_output_identical_for_any_jobs(tmp_path):
    outs = []
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"o{jobs}.jsonl"
        report = tmp_path / f"r{jobs}.jsonl"
        result = run(
            ["clean", str(EXAMPLES), "-o", str(out), "--report", str(report), "--jobs", jobs, "-q"]
        )
        assert result.exit_code == 0, result.stderr
        outs.append((out.read_bytes(), report.read_bytes()))
    assert outs[0] == outs[1] == outs[2]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_workers_placing_small_blocks_write_the_same_file(tmp_path, monkeypatch, fmt):
    # Many blocks, so that workers place blocks out of order and wait for each other.
    from papercorpus import output

    monkeypatch.setattr(output, "ROWS_PER_BLOCK", 7)
    placed = []
    real = output._placeable
    monkeypatch.setattr(output, "_placeable", lambda *a: placed.append(real(*a)) or placed[-1])
    outs = []
    for jobs in ("1", "2", "3"):
        out = tmp_path / f"o{jobs}.{fmt}"
        out.write_bytes(b"previous content, longer than nothing at all" * 1000)
        result = run(["clean", str(EXAMPLES), "-o", str(out), "--jobs", jobs, "-q"])
        assert result.exit_code == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    assert outs[0].count(b"\n") > 100
    assert placed[0] is None and placed[1] and placed[2]  # jobs 2 and 3: placed by workers


def test_choices_name_what_the_library_can_do():
    from typing import get_args

    from papercorpus import api, sources
    from papercorpus.sinks import ENCODERS
    from papercorpus.sinks.formats import FORMATS

    assert set(get_args(api.OutputFormat)) == set(FORMATS) == {*ENCODERS, "parquet"}
    for fmt in get_args(sources.InputFormat):
        assert callable(sources._parser(fmt, sources.ReadOptions()))
