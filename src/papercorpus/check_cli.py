"""``papercorpus check``: the click face of ``papercorpus.check``.

The report is the command's data, so it goes to stdout in the chosen format; errors are one
line on stderr. Exit codes: 0 no problems, 1 problems found or a file unreadable, 2 usage.
"""

from __future__ import annotations

import sys
from typing import get_args

import click
import orjson

from .check import CODES, CheckInputError, CheckResult, Problem, Schema, check_files
from .cli_options import CONTEXT_SETTINGS, debug_option, input_limit_options, threshold_options
from .dedup import DedupOptions, Thresholds
from .exits import exit_codes

FORMATS = ("text", "json", "github")


# --------------------------------------------------------------------------- rendering


def render_text(result: CheckResult) -> str:
    lines = [str(p) + (" (tolerated)" if p.tolerated else "") for p in result.problems]
    lines.append(summary_line(result))
    return "\n".join(lines) + "\n"


def summary_line(result: CheckResult) -> str:
    where = f"in {result.rows} rows from {result.files} file(s)"
    if not result.problems:
        return f"no problems {where}"
    counts = ", ".join(f"{code} {n}" for code, n in result.counts.items())
    tolerated = sum(p.tolerated for p in result.problems)
    note = f"; {tolerated} duplicate group(s) tolerated" if tolerated else ""
    return f"{len(result.problems)} problem(s) {where}: {counts}{note}"


def render_json(result: CheckResult) -> str:
    return orjson.dumps(result.as_dict()).decode() + "\n"


def _escape_data(text: str) -> str:
    # GitHub workflow commands: the message escapes %, CR and LF.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    # Property values also escape the separators ':' and ','.
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(problem: Problem) -> str:
    """``::error file=PATH,line=N::CODE message`` (``::warning`` when tolerated)."""
    level = "warning" if problem.tolerated else "error"
    props = f"file={_escape_property(problem.file)},line={problem.line}"
    return f"::{level} {props}::{_escape_data(f'{problem.code} {problem.message}')}"


def render_github(result: CheckResult) -> str:
    return "".join(github_command(p) + "\n" for p in result.problems)


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


@click.command("check", context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text: file:line: CODE message; json: one object; github: workflow annotations.",
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
    help="clean: rows need id, title, abstract, sources; any: title and abstract; "
    "auto: clean when a file's first row has id and sources.",
)
@input_limit_options
@threshold_options
@debug_option
def check(
    files: tuple[str, ...],
    fmt: str,
    max_duplicates: int,
    ignore: list[str],
    schema: Schema,
    max_record_bytes: int,
    max_decompressed_ratio: float,
    thresholds: Thresholds,
    debug: bool,
) -> None:
    """Validate cleaned corpus FILEs (JSONL or CSV as clean writes them, or any JSONL
    with title and abstract): schema, junk and chrome in the text, encoding damage,
    duplicates (the same engine as clean: give it the thresholds clean ran with) and id
    collisions.

    Exit 0 when no problems, 1 when problems are found. See docs/check.md for the codes.
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
            stdin=sys.stdin.buffer if "-" in files else None,
            max_record_bytes=max_record_bytes,
            max_decompressed_ratio=max_decompressed_ratio or None,
        )
        click.echo(RENDERERS[fmt](result), nl=False)
        if fmt == "github":
            click.echo(summary_line(result), err=True)
        sys.stdout.flush()
    if result.failed:
        sys.exit(1)
