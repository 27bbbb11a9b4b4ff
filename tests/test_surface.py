"""The everyday surface (issue 16): help with examples, one error format, empty-input errors."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from papercorpus.cli import main


def run(args: list[str], input: bytes | None = None):
    return CliRunner().invoke(main, args, input=input)


@pytest.mark.parametrize("command", [[], ["clean"], ["check"]])
def test_help_ends_with_real_examples(command):
    result = run([*command, "--help"])
    assert result.exit_code == 0
    text = result.output
    assert "Examples:" in text
    examples = text.split("Examples:")[1].strip().splitlines()
    runs = [line.strip() for line in examples if "papercorpus " in line]
    assert 3 <= len(runs) <= 5, examples
    assert len(examples) == len(runs), "nothing but examples after the heading"


@pytest.mark.parametrize("command", ["clean", "check"])
def test_usage_shows_optional_inputs(command):
    usage = run([command, "--help"]).output.splitlines()[0]
    assert "[OPTIONS] [INPUT]..." in usage or "[OPTIONS] [FILE]..." in usage, usage


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "--no-such-option"],
        ["clean", "--keep", "bogus"],
        ["frobnicate"],
        ["check", "--ignore", "C_NOPE", "x.jsonl"],
    ],  # fmt: skip
)
def test_usage_errors_have_the_one_format(args):
    result = run(args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("papercorpus: error: ")
    assert "--help'" in lines[0]  # the hint
    assert "Usage:" not in result.stderr


def test_empty_input_error_names_each_file(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "chrome.txt").write_text("Upvote\n12\n")
    (tmp_path / "x.jsonl").write_text('{"foo": 1}\n')
    names = ["empty.txt", "chrome.txt", "x.jsonl"]
    result = run(["clean", *(str(tmp_path / n) for n in names)])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("papercorpus: error: no records found")
    for name in names:
        assert name in line
    assert "empty.txt: empty file" in line
    assert "R_NO_TITLE" in line  # what was found in x.jsonl


def test_empty_stdin_error():
    result = run(["clean"], input=b"")
    assert result.exit_code == 1
    assert "stdin" in result.stderr


def test_bare_command_shows_the_help():
    result = run([])
    assert result.exit_code == 2
    assert "papercorpus: error" not in result.stderr
    assert "Commands:" in result.stderr and "Examples:" in result.stderr
