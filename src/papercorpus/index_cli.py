"""``papercorpus index stats|export|verify|migrate|rebuild INDEX``: a thin click face over
``papercorpus.Index``."""

from __future__ import annotations

import sys
from typing import get_args

import click
import orjson

from . import api
from .cli_options import CONTEXT_SETTINGS, debug_option, index_wait_option, threshold_options
from .dedup import DedupOptions, Keep, Thresholds
from .exits import error, exit_codes
from .incremental import Index
from .index import IndexError_, IndexSettingsError

_wait_option = index_wait_option("How long to wait for a run holding the index before failing.")


@click.group(context_settings=CONTEXT_SETTINGS)
def index() -> None:
    """Inspect, export, verify, migrate or rebuild an index made by `clean --index`."""


@index.command()
@click.argument("path", metavar="INDEX")
@_wait_option
@debug_option
def stats(path: str, index_wait: float, debug: bool) -> None:
    """Counts, size on disk and the parameters the index was built with (JSON)."""
    with exit_codes(debug, (IndexError_,)):
        data = Index(path, wait=index_wait).stats()
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")


@index.command()
@click.argument("path", metavar="INDEX")
@click.option("-o", "--output", default="-", show_default=True, metavar="PATH",
              help="Output file, or - for stdout. Written atomically.")  # fmt: skip
@click.option("--format", "output_format", type=click.Choice(get_args(api.OutputFormat)),
              help="Output format [default: from the output's extension, else jsonl].")  # fmt: skip
@click.option("--fields", metavar="NAMES", help="Comma-separated output fields, in this order.")
@_wait_option
@debug_option
def export(
    path: str, output: str, output_format: str | None, fields: str | None, index_wait: float,
    debug: bool,
) -> None:  # fmt: skip
    """Every paper of the index, as `clean` over every input ever added would write it."""
    try:
        api.output_spec(output, output_format, fields)
    except api.OutputFormatError as exc:
        raise click.UsageError(str(exc)) from None
    with exit_codes(debug, (IndexError_,)):
        Index(path, wait=index_wait).export(output, output_format, fields)
        if output == "-":
            sys.stdout.flush()


@index.command()
@click.argument("path", metavar="INDEX")
@_wait_option
@debug_option
def verify(path: str, index_wait: float, debug: bool) -> None:
    """PRAGMA integrity_check and the index's own invariants; exit 1 on any problem."""
    with exit_codes(debug, (IndexError_,)):
        problems = Index(path, wait=index_wait).verify()
        for p in problems:
            error(f"{path}: {p}")
        if problems:
            sys.exit(1)
        click.echo(f"{path}: ok", err=True)


@index.command()
@click.argument("path", metavar="INDEX")
@_wait_option
@debug_option
def migrate(path: str, index_wait: float, debug: bool) -> None:
    """Convert an index of an older format in place, keeping its clusters (format 3; older
    ones need `index rebuild`)."""
    with exit_codes(debug, (IndexError_,)):
        n = Index(path, wait=index_wait).migrate()
        click.echo(f"{path}: " + (f"migrated, {n} texts" if n else "up to date"), err=True)


@index.command()
@click.argument("path", metavar="INDEX")
@click.option("-o", "--output", metavar="PATH", help="Write the rebuilt index here instead "
              "of replacing INDEX.")  # fmt: skip
@click.option("--keep", type=click.Choice(get_args(Keep)), default="first", show_default=True,
              help="Which copy survives in a cluster.")  # fmt: skip
@threshold_options
@_wait_option
@debug_option
def rebuild(
    path: str, output: str | None, keep: Keep, thresholds: Thresholds, index_wait: float,
    debug: bool,
) -> None:  # fmt: skip
    """Re-derive keys, clusters and merged rows from the stored copies, with these
    parameters (e.g. after an upgrade that changes them)."""
    with exit_codes(debug, (IndexError_,)):
        try:
            counts = Index(
                path, DedupOptions(thresholds=thresholds, keep=keep), wait=index_wait
            ).rebuild(output)
        except IndexSettingsError as exc:
            raise click.UsageError(str(exc)) from None
        click.echo(f"{output or path}: rebuilt, {counts.papers_total} papers", err=True)
