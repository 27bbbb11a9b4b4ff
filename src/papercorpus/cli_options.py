"""Options that ``clean`` and ``check`` share, written once so both spell them the same way.

``check`` judges near duplicates with the engine ``clean`` ran, so it takes the same
thresholds: a corpus cleaned with ``--jaccard 0.8`` is checked with ``--jaccard 0.8``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from .dedup import Thresholds

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


def debug_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(command)
