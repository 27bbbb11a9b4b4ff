"""Options that ``clean`` and ``check`` share, written once so both spell them the same way.

``check`` judges near duplicates with the engine ``clean`` ran, so it takes the same
thresholds: a corpus cleaned with ``--jaccard 0.8`` is checked with ``--jaccard 0.8``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal, get_args

import click

from .dedup import Thresholds
from .index import DEFAULT_WAIT
from .sources import MAX_RECORD_BYTES, InputFormat, ReadOptions
from .sources.compressed import MAX_DECOMPRESSED_RATIO

CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"]}

# The thresholds a user may set: the ``Thresholds`` field (``--`` and dashes make the
# option) and its help. Defaults come from ``Thresholds``.
_THRESHOLD_HELP = {
    "jaccard": "Abstract Jaccard needed together with a similar title.",
    "jaccard_alone": "Abstract Jaccard that merges when the titles still share half of their "
    "content words.",
    "containment": "Containment of a truncated abstract in a longer one.",
    "title_ratio": "Title similarity counted as agreement.",
}


def threshold_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--jaccard``, ``--jaccard-alone``, ``--containment`` and ``--title-ratio``, handed
    to the command as one ``thresholds: Thresholds``."""

    @functools.wraps(command)
    def with_thresholds(*args: Any, **kwargs: Any) -> Any:
        thresholds = Thresholds(**{name: kwargs.pop(name) for name in _THRESHOLD_HELP})
        return command(*args, thresholds=thresholds, **kwargs)

    defaults = Thresholds()
    decorated: Callable[..., Any] = with_thresholds
    for name, help_text in reversed(_THRESHOLD_HELP.items()):  # --help lists them in order
        decorated = click.option(
            "--" + name.replace("_", "-"),
            type=click.FloatRange(0, 1),
            default=getattr(defaults, name),
            show_default=True,
            help=help_text,
        )(decorated)
    return decorated


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """How inputs are found and read: ``--input-format``, ``--include``/``--exclude`` and
    ``--title-field``/``--abstract-field`` (``check`` reads what ``clean`` reads, the same way)."""
    options = [
        click.option(
            "--input-format",
            type=click.Choice(["auto", *get_args(InputFormat)]),
            default="auto",
            show_default=True,
            help="Read every input as this format instead of detecting it.",
        ),
        click.option(
            "--include", multiple=True, metavar="GLOB", help="Only files matching (in dirs)."
        ),
        click.option(
            "--exclude", multiple=True, metavar="GLOB", help="Skip files matching (in dirs)."
        ),
        click.option("--title-field", metavar="PATH", help="Field holding the title (JSON/CSV)."),
        click.option(
            "--abstract-field", metavar="PATH", help="Field holding the abstract (JSON/CSV)."
        ),
    ]
    for option in reversed(options):  # --help lists them in this order
        command = option(command)
    return command


def read_options(
    input_format: InputFormat | Literal["auto"],
    title_field: str | None,
    abstract_field: str | None,
    max_record_bytes: int,
    max_decompressed_ratio: float,
) -> ReadOptions:
    """The ``ReadOptions`` that ``reading_options`` and ``input_limit_options`` ask for
    (``auto`` and a ratio of 0 mean: detect, no limit)."""
    return ReadOptions(
        None if input_format == "auto" else input_format,
        title_field,
        abstract_field,
        max_record_bytes=max_record_bytes,
        max_decompressed_ratio=max_decompressed_ratio or None,
    )


def debug_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(command)


def index_wait_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--index-wait SECONDS``, as ``clean --index`` and every ``index`` command take it: one
    declaration so the type, default and metavar cannot drift apart (only the help differs)."""
    return click.option(
        "--index-wait",
        type=click.FloatRange(min=0),
        default=DEFAULT_WAIT,
        show_default=True,
        metavar="SECONDS",
        help=help,
    )


class ByteSize(click.ParamType):
    """A number of bytes: ``4194304``, ``4M``, ``4MiB``, ``512k`` (powers of 1024)."""

    name = "BYTES"
    _UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().lower().removesuffix("ib").removesuffix("b")
        unit = text[-1:] if text[-1:] in self._UNITS else ""
        try:
            n = int(float(text[: len(text) - len(unit)]) * self._UNITS[unit])
        except ValueError:
            self.fail(f"{value!r} is not a size (e.g. 4194304, 4M, 512k)", param, ctx)
        if n < 1:
            self.fail(f"{value!r} must be at least 1 byte", param, ctx)
        return n


def input_limit_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--max-record-bytes`` and ``--max-decompressed-ratio``: what one input may cost to
    read, the same for ``clean`` and ``check``."""
    command = click.option(
        "--max-decompressed-ratio",
        type=click.FloatRange(min=0),
        default=MAX_DECOMPRESSED_RATIO,
        show_default=True,
        help="Stop reading a compressed input that decompresses to more than this many times "
        "its compressed size (a decompression bomb); 0: no limit.",
    )(command)
    return click.option(
        "--max-record-bytes",
        type=ByteSize(),
        default=f"{MAX_RECORD_BYTES >> 20}M",  # shown as such in --help
        show_default=True,
        help="Reject a record (JSONL line, JSON item, CSV or page line) larger than this.",
    )(command)
