"""Command line: a thin face over ``papercorpus.api``.

Data goes to stdout (or ``-o``); messages, progress and the summary go to stderr. Exit codes:
0 ok, 1 data failure (unreadable input, nothing parsed, validation failed), 2 usage error.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from typing import Literal, get_args

import click
from rich.console import Console

from . import api
from .check_cli import check
from .cli_options import (
    CONTEXT_SETTINGS,
    debug_option,
    index_wait_option,
    input_limit_options,
    read_options,
    reading_options,
    threshold_options,
)
from .cli_progress import stage_progress
from .dedup import DedupOptions, Keep, Thresholds
from .exits import Group, exit_codes
from .incremental import clean_into_index
from .index import IndexError_, IndexSettingsError
from .index_cli import index
from .report import render_diagnostics, render_summary, stats_json, write_rejects
from .sinks import atomic_output, outputs_together
from .sources import InputError, InputFormat


def _stderr_console(quiet: bool) -> Console:
    return Console(stderr=True, quiet=quiet, highlight=False, soft_wrap=True)


MAIN_EXAMPLES = """Examples:

\b
  papercorpus clean dumps/ -o corpus.jsonl
  papercorpus clean dumps/ -o corpus.jsonl --html review.html
  papercorpus check corpus.jsonl
  papercorpus clean --help
"""

CLEAN_EXAMPLES = """Examples:

\b
  papercorpus clean dumps/ -o corpus.jsonl
  papercorpus clean day1.txt day2.txt -o corpus.jsonl --report merges.jsonl --html review.html
  zcat listing.jsonl.gz | papercorpus clean --abstract-field summary > corpus.jsonl
  papercorpus clean papers.csv --title-field "Paper Title" -o corpus.csv
  papercorpus clean scrape/ --include '*.json' -q --stats stats.json -o corpus.jsonl
"""


@click.group(context_settings=CONTEXT_SETTINGS, cls=Group, epilog=MAIN_EXAMPLES)
@click.version_option(package_name="papercorpus")
def main() -> None:
    """Deduplicating corpus cleaner for research-paper listings."""


main.add_command(check)
main.add_command(index)


@main.command(epilog=CLEAN_EXAMPLES)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="PATH",
    help="Output file, or - for stdout. Written atomically.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(get_args(api.OutputFormat)),
    help="Output format [default: from the output's extension (.jsonl, .csv, each also .gz "
    "or .zst, .parquet), else jsonl].",
)
@click.option(
    "--fields",
    metavar="NAMES",
    help="Comma-separated output fields, in this order (e.g. id,title,authors).",
)
@click.option(
    "--no-csv-guard",
    is_flag=True,
    help="CSV: write cells as they are. By default a cell starting with = + - @ TAB or CR "
    "gets a ' prefix, so that a spreadsheet cannot run it as a formula.",
)
@click.option(
    "--keep",
    type=click.Choice(get_args(Keep)),
    default="first",
    show_default=True,
    help="Which copy survives in a cluster.",
)
@reading_options
@input_limit_options
@threshold_options
@click.option(
    "--report",
    "report_path",
    metavar="PATH",
    help="Write one JSON object per merged cluster explaining every merge.",
)
@click.option(
    "--html",
    "html_path",
    metavar="PATH",
    help="Write a self-contained HTML review page of every merge.",
)
@click.option(
    "--rejects",
    "rejects_path",
    metavar="PATH",
    help="Write every line or item that did not become a record (JSONL: file, line, code, reason).",
)
@click.option(
    "--stats",
    "stats_path",
    metavar="PATH|-",
    help="Write run statistics as one JSON object (- for stderr).",
)
@click.option(
    "--timings",
    is_flag=True,
    help="Add wall seconds per stage to --stats (not deterministic, so off by default).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes [default: the machine's cores]. The output is the same for any N.",
)
@click.option(
    "--engine",
    type=click.Choice(get_args(api.Engine)),
    default="local",
    show_default=True,
    help="Where duplicates are found: this machine, or Apache Spark (needs the "
    "papercorpus[spark] extra and Java; docs/spark.md). The output is the same.",
)
@click.option(
    "--master",
    metavar="URL",
    help="Spark master for --engine spark (local[2], spark://host:7077, yarn) "
    "[default: spark-submit's, else local[*]].",
)
@click.option(
    "--index",
    "index_path",
    metavar="PATH",
    help="Dedup against this SQLite index of everything seen before (created if missing): "
    "write only new papers, add everything to the index.",
)
@click.option(
    "--updates",
    "updates_path",
    metavar="PATH",
    help="With --index: write the known papers this run changed (JSONL, with what changed).",
)
@index_wait_option(
    "With --index: how long to wait for another run on the same index before failing."
)
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
@click.option(
    "-v", "--verbose", is_flag=True, help="List every warning and reject (not one line per code)."
)
@debug_option
def clean(
    inputs: tuple[str, ...],
    output: str,
    output_format: api.OutputFormat | None,
    no_csv_guard: bool,
    fields: str | None,
    input_format: InputFormat | Literal["auto"],
    keep: Keep,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    title_field: str | None,
    abstract_field: str | None,
    max_record_bytes: int,
    max_decompressed_ratio: float,
    thresholds: Thresholds,
    report_path: str | None,
    html_path: str | None,
    rejects_path: str | None,
    stats_path: str | None,
    timings: bool,
    jobs: int | None,
    engine: api.Engine,
    master: str | None,
    index_path: str | None,
    updates_path: str | None,
    index_wait: float,
    quiet: bool,
    verbose: bool,
    debug: bool,
) -> None:
    """Parse INPUT dumps, merge duplicate papers, write one record per paper.

    INPUT is a file, a directory (read recursively, in sorted order) or - for stdin.
    With no INPUT, stdin is read when it is not a terminal.
    """
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("no INPUT given (use - to read stdin)")
        inputs = ("-",)
    try:  # before any input is read
        columns = api.output_spec(output, output_format, fields).columns
    except api.OutputFormatError as exc:
        raise click.UsageError(str(exc)) from None
    _check_engine(engine, master, inputs)
    console = _stderr_console(quiet)
    options = api.CleanOptions(
        read=read_options(
            input_format, title_field, abstract_field, max_record_bytes, max_decompressed_ratio
        ),
        dedup=DedupOptions(thresholds=thresholds, keep=keep),
        include=include,
        exclude=exclude,
        output_format=output_format,
        fields=columns,
        jobs=jobs,
        csv_guard=not no_csv_guard,
        engine=engine,
        master=master,
    )
    if index_path is not None and engine == "spark":
        raise click.UsageError("--index is not available with --engine spark yet")
    if index_path is None and updates_path is not None:
        raise click.UsageError("--updates needs --index")
    # Written after the run, but checked with the other outputs before it (--stats -: stderr).
    later = {"--rejects": rejects_path, "--stats": None if stats_path == "-" else stats_path}
    with exit_codes(debug, (InputError, api.DataError, IndexError_), usage=(api.PathProblem,)):
        started = time.perf_counter()
        # Every output file is replaced at the end of this block, all or none of them.
        with outputs_together():
            if index_path is not None:
                try:
                    run = clean_into_index(
                        inputs,
                        index_path,
                        output,
                        options,
                        updates=updates_path,
                        report=report_path,
                        html=html_path,
                        stdin=sys.stdin.buffer,
                        wait=index_wait,
                        other_outputs={k: v for k, v in later.items() if v},
                    )
                except IndexSettingsError as exc:
                    raise click.UsageError(str(exc)) from None
                summary = run.summary
            else:
                with stage_progress(console) as progress:
                    summary = api.clean(
                        inputs,
                        output,
                        options,
                        stdin=sys.stdin.buffer,
                        report=report_path,
                        html=html_path,
                        progress=progress,
                        other_outputs={k: v for k, v in later.items() if v},
                    )
            if rejects_path:
                write_rejects(summary, rejects_path)
            extra = {"index": dataclasses.asdict(run.index)} if index_path is not None else None
            if stats_path and stats_path != "-":
                with atomic_output(stats_path) as fh:
                    fh.write(stats_json(summary, timings, extra))
        render_diagnostics(summary, console, verbose)
        render_summary(summary, console, output, time.perf_counter() - started)
        if index_path is not None:
            c = run.index
            console.print(
                f"index: {c.new_papers} new papers, {c.new_copies_of_known} new copies of "
                f"known papers, {c.papers_updated} papers updated; {c.papers_total} papers "
                "in the index"
                + (f"; {c.already_stored} copies were in it already" if c.already_stored else ""),
                markup=False,
            )
        if stats_path == "-":
            sys.stderr.buffer.write(stats_json(summary, timings, extra))
            sys.stderr.flush()
        if output == "-":
            sys.stdout.flush()


def _check_engine(engine: str, master: str | None, inputs: tuple[str, ...]) -> None:
    """Usage errors of ``--engine``/``--master``, before any input is read."""
    if engine != "spark":
        if master is not None:
            raise click.UsageError("--master needs --engine spark")
        return
    from .spark import SparkMissing, require_pyspark

    try:
        require_pyspark()
    except SparkMissing as exc:
        raise click.UsageError(str(exc)) from None
    if "-" in inputs:
        raise click.UsageError("--engine spark reads files, not stdin (-)")


if __name__ == "__main__":  # pragma: no cover
    main()
