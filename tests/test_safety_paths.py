"""Issue 15, path safety: no run ever overwrites an input, and a bad output path fails before
any work, naming the path the way the user wrote it.

The interface these tests fix (the issue leaves the details open; the fix follows this):

* Every output path (``-o``, ``--report``, ``--html``, ``--rejects``, ``--stats``; later the
  index of the incremental issue) is resolved before any input is read, and compared with
  every input file and with every other output by real path and by ``(st_dev, st_ino)``:
  ``./x``, ``sub/../x``, symlinks and hard links all collide. ``-`` is stdout (``--stats -``:
  stderr) and is not a file, but two outputs on stdout collide too.
* A collision is a usage error: exit 2 and one line ``papercorpus: error: ...`` naming both
  paths as the user spelled them. Nothing is written.
* A file found inside an input *directory* that this run writes (one of its own outputs) or
  that a previous run wrote (recognised by its shape: JSONL rows with ``id``, ``title``,
  ``abstract``, ``sources``) is skipped with one ``papercorpus: warning:`` line naming it;
  ``--stats`` does not count it among the files. A file named explicitly is always read. An
  output target that is an existing input file which is *not* papercorpus output is a
  collision (exit 2).
* Before any work: every output's directory must exist and be writable, an output must not be
  a directory, and a trailing ``/`` names a directory (``-o newdir/`` is an error, never a file
  called ``newdir``). These are usage errors too: exit 2, the user's own spelling of the path
  in the message, never the hidden temp file (``.out.jsonl.a44ncy97.tmp``). The tests see
  "before any work" by giving an input without records: a run that does work first fails with
  "no records found" (exit 1) instead.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from papercorpus.cli import main

from .safety_tools import (
    Tmpfs,
    digest,
    run,
    small_raw_filter,
    spill_dirs,
    temp_outputs,
    tmpfs_reason,
    write_corpus,
)

OUTPUT_OPTIONS = ["-o", "--rejects", "--stats", "--report", "--html"]


def cli(*args: str):
    return CliRunner().invoke(main, ["clean", "-j", "1", *args])


def usage_error(result, *needles: str) -> str:
    """Exit 2, exactly one error line holding every needle, no traceback, no temp name."""
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert len(errors) == 1, result.stderr
    line = errors[0]
    assert "Traceback" not in result.stderr
    assert ".tmp" not in line, line
    for needle in needles:
        assert needle in line, f"{needle!r} not in {line!r}"
    assert spill_dirs(Path(tempfile.gettempdir())) == []
    return line


@pytest.fixture(autouse=True)
def _fast(monkeypatch, tmp_path):
    """A small raw-hash table (see ``small_raw_filter``) and a temp directory of the test's
    own, where no spill directory may stay."""
    small_raw_filter(monkeypatch)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))


@pytest.fixture
def work(tmp_path, monkeypatch) -> Path:
    """A working directory holding ``same.jsonl`` (two papers, one of them twice, so that
    every output, the cluster report included, has content)."""
    monkeypatch.chdir(tmp_path)
    write_corpus(tmp_path / "same.jsonl", records=2, seed=1, duplicates=1)
    return tmp_path


# --------------------------------------------------------------------------- collisions


@pytest.mark.parametrize("option", OUTPUT_OPTIONS)
def test_output_on_the_input_is_a_usage_error(work, option):
    before = digest(work / "same.jsonl")
    args = ["same.jsonl", option, "same.jsonl"]
    if option != "-o":
        args += ["-o", "out.jsonl"]
    usage_error(cli(*args), "same.jsonl")
    assert digest(work / "same.jsonl") == before
    assert not (work / "out.jsonl").exists()
    assert temp_outputs(work) == []


@pytest.mark.parametrize("spelling", ["./same.jsonl", "sub/../same.jsonl", "link", "hard"])
def test_output_spelled_differently_still_collides(work, spelling):
    (work / "sub").mkdir()
    (work / "link.jsonl").symlink_to("same.jsonl")
    os.link(work / "same.jsonl", work / "hard.jsonl")
    output = {"link": "link.jsonl", "hard": "hard.jsonl"}.get(spelling, spelling)
    before = {p: digest(work / p) for p in ("same.jsonl", "link.jsonl", "hard.jsonl")}
    inp = str(work / "same.jsonl")  # absolute: the message must name both spellings
    usage_error(cli(inp, "-o", output), inp, output)
    assert {p: digest(work / p) for p in before} == before
    assert (work / "link.jsonl").is_symlink()
    assert os.stat(work / "hard.jsonl").st_ino == os.stat(work / "same.jsonl").st_ino


def test_input_named_through_a_symlink_collides(work):
    (work / "link.jsonl").symlink_to("same.jsonl")
    before = digest(work / "same.jsonl")
    usage_error(cli("link.jsonl", "-o", "same.jsonl"), "link.jsonl", "same.jsonl")
    assert digest(work / "same.jsonl") == before


@pytest.mark.parametrize(
    "first,second",
    [("-o", "--report"), ("-o", "--rejects"), ("-o", "--stats"), ("--report", "--html"),
     ("--rejects", "--stats"), ("--html", "--stats")],
)  # fmt: skip
def test_outputs_on_one_file_collide(work, first, second):
    (work / "both.out").write_text("previous\n")
    args = ["same.jsonl", first, "both.out", second, "both.out"]
    if "-o" not in (first, second):
        args += ["-o", "out.jsonl"]
    usage_error(cli(*args), "both.out")
    assert (work / "both.out").read_text() == "previous\n"
    assert not (work / "out.jsonl").exists()


@pytest.mark.parametrize("option", ["--report", "--rejects", "--html"])
def test_two_outputs_on_stdout_collide(work, option):
    result = cli("same.jsonl", "-o", "-", option, "-")
    usage_error(result, option)
    assert result.stdout_bytes == b""


def test_stdin_to_stdout_is_not_a_collision(work):
    data = (work / "same.jsonl").read_bytes()
    result = CliRunner().invoke(
        main, ["clean", "-j", "1", "-", "-o", "-", "--stats", "-"], input=data
    )
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout_bytes.splitlines()) == 2


# --------------------------------------------------------------------------- input directories


def _stats(path: Path) -> dict:
    return json.loads(path.read_text())


def _two_file_dir(work: Path) -> Path:
    d = work / "dumps"
    d.mkdir()
    write_corpus(d / "a.jsonl", records=2, seed=2)
    write_corpus(d / "b.jsonl", records=2, seed=3)
    return d


def test_own_outputs_inside_an_input_directory_are_skipped(work):
    _two_file_dir(work)
    args = ["dumps", "-o", "dumps/out.jsonl", "--report", "dumps/clusters.jsonl",
            "--html", "dumps/review.html", "--rejects", "dumps/rejects.jsonl",
            "--stats", "stats.json"]  # fmt: skip
    first = cli(*args)
    assert first.exit_code == 0, first.stderr
    assert _stats(work / "stats.json")["files"] == 2
    parsed = _stats(work / "stats.json")["records_parsed"]
    second = cli(*args)
    assert second.exit_code == 0, second.stderr
    stats = _stats(work / "stats.json")
    assert (stats["files"], stats["records_parsed"]) == (2, parsed)
    warnings = [line for line in second.stderr.splitlines() if "warning" in line]
    for name in ("out.jsonl", "clusters.jsonl", "review.html", "rejects.jsonl"):
        assert any(name in line for line in warnings), (name, second.stderr)


def test_previous_output_inside_an_input_directory_is_skipped(work):
    _two_file_dir(work)
    assert cli("dumps", "-o", "dumps/old.jsonl").exit_code == 0
    result = cli("dumps", "-o", "new.jsonl", "--stats", "stats.json")
    assert result.exit_code == 0, result.stderr
    assert _stats(work / "stats.json")["files"] == 2
    assert any("warning" in line and "old.jsonl" in line for line in result.stderr.splitlines())


def test_previous_output_named_explicitly_is_read(work):
    assert cli("same.jsonl", "-o", "old.jsonl").exit_code == 0
    result = cli("old.jsonl", "-o", "new.jsonl", "--stats", "stats.json")
    assert result.exit_code == 0, result.stderr
    assert _stats(work / "stats.json")["records_parsed"] == 2


def test_output_on_an_input_inside_an_input_directory_collides(work):
    _two_file_dir(work)
    before = digest(work / "dumps" / "b.jsonl")
    usage_error(cli("dumps", "-o", "dumps/b.jsonl"), "dumps/b.jsonl")
    assert digest(work / "dumps" / "b.jsonl") == before


# --------------------------------------------------------------------------- bad output paths


@pytest.fixture
def no_records(work) -> str:
    """An input without a single record: a run that does any work before checking its
    output paths fails with "no records found" (exit 1) instead of the path error."""
    (work / "empty.jsonl").write_text("{}\n")
    return "empty.jsonl"


@pytest.mark.parametrize("option", OUTPUT_OPTIONS)
def test_missing_output_directory_fails_first(work, no_records, option):
    (work / "out.jsonl").write_text("previous\n")
    args = [no_records, option, "missing/x.out"]
    if option != "-o":
        args += ["-o", "out.jsonl"]
    usage_error(cli(*args), "missing/x.out")
    assert (work / "out.jsonl").read_text() == "previous\n"
    assert not (work / "missing").exists()


@pytest.mark.parametrize("option", OUTPUT_OPTIONS)
def test_output_that_is_a_directory_fails_first(work, no_records, option):
    (work / "adir").mkdir()
    args = [no_records, option, "adir"]
    if option != "-o":
        args += ["-o", "out.jsonl"]
    usage_error(cli(*args), "adir")
    assert list((work / "adir").iterdir()) == []


def test_trailing_slash_means_a_directory(work):
    result = cli("same.jsonl", "-o", "newdir/")
    usage_error(result, "newdir/")
    assert not (work / "newdir").exists()


def test_read_only_output_directory_fails_first(tmp_path):
    """``-o ro/out.jsonl`` into a read-only directory. As root permissions are not enforced,
    so the directory is a read-only tmpfs then (in a private mount namespace)."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "empty.jsonl").write_text("{}\n")
    args = ["clean", "-j", "1", "empty.jsonl", "-o", "ro/out.jsonl"]
    if os.geteuid() != 0:
        (work / "ro").mkdir()
        (work / "ro").chmod(0o555)
        r = run(args, cwd=work, tmpdir=tmp_path / "tmp")
    else:
        reason = tmpfs_reason()
        if reason:
            pytest.skip(f"running as root and {reason}")
        fs = Tmpfs(work / "ro", size="1m", readonly=True)
        prefix, env = fs.prefix()
        r = run(args, cwd=work, tmpdir=tmp_path / "tmp", prefix=prefix, env_extra=env)
    assert r.returncode == 2, r.describe()
    errors = [line for line in r.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "ro/out.jsonl" in errors[0], r.describe()
    assert ".tmp" not in errors[0]
