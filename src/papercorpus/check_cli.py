"""``papercorpus check``: the click face of ``papercorpus.check``.

The report is the command's data, so it goes to stdout in the chosen format; errors are one
line on stderr. Exit codes: 0 no problems, 1 problems found or a file unreadable, 2 usage.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from typing import Literal, get_args

import click
import orjson

from .check import CODES, CheckInputError, CheckResult, FailOn, Problem, Schema, check_files
from .cli_options import (
    CONTEXT_SETTINGS,
    debug_option,
    input_limit_options,
    read_options,
    reading_options,
    threshold_options,
)
from .dedup import DedupOptions, Thresholds
from .exits import exit_codes
from .results import plural
from .sources import InputFormat

FORMATS = ("text", "json", "github")


# --------------------------------------------------------------------------- rendering


def render_text(result: CheckResult) -> str:
    lines = [_text_line(p) for p in result.problems]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def _text_line(p: Problem) -> str:
    # Errors carry no tag: the usual case reads like a compiler's "file:line: message".
    tags = "" if p.severity == "error" else f" ({p.severity})"
    return str(p) + tags + (" (tolerated)" if p.tolerated else "")


def summary_line(result: CheckResult) -> str:
    where = f"in {plural(result.rows, 'row')} from {plural(result.files, 'file')}"
    baseline = (
        f" ({plural(result.in_baseline, 'problem')} already in the baseline)"
        if result.in_baseline
        else ""
    )
    if not result.problems:
        return f"no problems {where}{baseline}"
    levels = ", ".join(plural(n, level) for level, n in result.severities.items())
    counts = ", ".join(f"{code} {n}" for code, n in result.counts.items())
    tolerated = sum(p.tolerated for p in result.problems)
    note = f"; {plural(tolerated, 'duplicate group')} tolerated" if tolerated else ""
    verdict = "" if result.failed else "; passed"
    return (
        f"{plural(len(result.problems), 'problem')} ({levels}) {where}{baseline}: "
        f"{counts}{note}{verdict}"
    )


def render_json(result: CheckResult) -> str:
    return orjson.dumps(result.as_dict()).decode() + "\n"


def _escape_data(text: str) -> str:
    # GitHub workflow commands: the message escapes %, CR and LF.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    # Property values also escape the separators ':' and ','.
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(problem: Problem) -> str:
    """``::error file=PATH,line=N::CODE message``: ``::warning``/``::notice`` by severity,
    ``::warning`` for a tolerated error."""
    level = "warning" if problem.tolerated and problem.severity == "error" else problem.severity
    props = f"file={_escape_property(problem.file)},line={problem.line}"
    return f"::{level} {props}::{_escape_data(f'{problem.code} {problem.message}')}"


# GitHub shows at most 10 annotations of each level per step (50 per job): the first ones of
# each level are annotated, every problem goes to the job summary.
ANNOTATIONS_PER_LEVEL = 10


def annotated(result: CheckResult) -> list[Problem]:
    shown: Counter[str] = Counter()
    out = []
    for p in result.problems:
        level = github_command(p)[2:].split(" ", 1)[0]
        if shown[level] < ANNOTATIONS_PER_LEVEL:
            shown[level] += 1
            out.append(p)
    return out


def render_github(result: CheckResult) -> str:
    return "".join(github_command(p) + "\n" for p in annotated(result))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def job_summary(result: CheckResult) -> str:
    """Markdown for ``$GITHUB_STEP_SUMMARY``: the verdict and every problem."""
    out = [f"### papercorpus check: {'failed' if result.failed else 'passed'}", ""]
    out.append(summary_line(result))
    if result.problems:
        out += ["", "| where | severity | code | message |", "|---|---|---|---|"]
        out += [
            f"| `{_cell(f'{p.file}:{p.line}')}` | {p.severity} | {p.code} | {_cell(p.message)} |"
            for p in result.problems
        ]
    return "\n".join(out) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "github": render_github}


# --------------------------------------------------------------------------- command


def _codes(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[str]:
    codes = []
    for value in values:
        for code in value.split(","):
            code = code.strip().upper()
            if code and code not in CODES:
                raise click.BadParameter(f"unknown problem code {code!r} (see docs/check.md)")
            if code:
                codes.append(code)
    return codes


CHECK_EXAMPLES = """Examples:

\b
  papercorpus check corpus.jsonl
  papercorpus clean dumps/ -o corpus.jsonl && papercorpus check corpus.jsonl
  papercorpus check --baseline old/corpus.jsonl corpus.jsonl --fail-on warning
  papercorpus check listings/ --abstract-field summary --format json > problems.json
  papercorpus check corpus.jsonl --format github --ignore C_MARKDOWN_LINK
"""


@click.command("check", context_settings=CONTEXT_SETTINGS, epilog=CHECK_EXAMPLES)
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text: file:line: CODE message; json: one object; github: workflow annotations "
    "(the first 10 of each level; all of them in $GITHUB_STEP_SUMMARY).",
)
@click.option(
    "--fail-on",
    type=click.Choice(get_args(FailOn)),
    default="error",
    show_default=True,
    help="Fail (exit 1) on problems of this severity or worse.",
)
@click.option(
    "--baseline",
    multiple=True,
    metavar="OLD",
    help="Report only problems OLD (an earlier corpus, file or directory) does not have, "
    "compared by content (repeatable).",
)
@click.option(
    "--max-duplicates",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    metavar="N",
    help="Tolerate up to N duplicate groups (still reported) before failing.",
)
@click.option(
    "--ignore",
    multiple=True,
    metavar="CODE",
    callback=_codes,
    help="Do not report CODE (repeatable, or comma-separated).",
)
@click.option(
    "--schema",
    type=click.Choice(get_args(Schema)),
    default="auto",
    show_default=True,
    help="clean: rows need id, title, abstract, sources; any: a title (found as clean finds "
    "it); auto: clean when a file's first row has id and sources.",
)
@reading_options
@input_limit_options
@threshold_options
@debug_option
def check(
    files: tuple[str, ...],
    fmt: str,
    fail_on: FailOn,
    baseline: tuple[str, ...],
    max_duplicates: int,
    ignore: list[str],
    schema: Schema,
    input_format: InputFormat | Literal["auto"],
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    title_field: str | None,
    abstract_field: str | None,
    max_record_bytes: int,
    max_decompressed_ratio: float,
    thresholds: Thresholds,
    debug: bool,
) -> None:
    """Validate corpus FILEs (what clean writes, or anything clean reads: JSONL, CSV, JSON,
    directories): schema, junk and chrome in the text, encoding damage, duplicates (the same
    engine as clean: give it the thresholds clean ran with) and id collisions.

    Every problem has a severity (error, warning, notice); exit 1 when one of --fail-on's
    level or worse is found, else 0. See docs/check.md for the codes.
    """
    if not files:
        if sys.stdin.isatty():
            raise click.UsageError("no FILE given (use - to read stdin)")
        files = ("-",)
    with exit_codes(debug, (CheckInputError,)):
        result = check_files(
            files,
            ignore=ignore,
            max_duplicates=max_duplicates,
            schema=schema,
            dedup=DedupOptions(thresholds=thresholds),
            read=read_options(
                input_format, title_field, abstract_field, max_record_bytes, max_decompressed_ratio
            ),
            include=include,
            exclude=exclude,
            stdin=sys.stdin.buffer if "-" in files else None,
            fail_on=fail_on,
            baseline=baseline,
        )
        click.echo(RENDERERS[fmt](result), nl=False)
        if fmt == "github":
            _github_extras(result)
        sys.stdout.flush()
    if result.failed:
        sys.exit(1)


def _github_extras(result: CheckResult) -> None:
    """The summary line on stderr, every problem in the job summary when there is one."""
    click.echo(summary_line(result), err=True)
    left = len(result.problems) - len(annotated(result))
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(job_summary(result))
        if left:
            click.echo(f"{plural(left, 'more problem')} listed in the job summary", err=True)
    elif left:
        click.echo(
            f"{plural(left, 'more problem')} not annotated (no $GITHUB_STEP_SUMMARY to list them)",
            err=True,
        )
