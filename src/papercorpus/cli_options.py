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

_T = Thresholds()
_THRESHOLD_OPTIONS = (
    click.option(
        "--jaccard",
        type=click.FloatRange(0, 1),
        default=_T.jaccard,
        show_default=True,
        help="Abstract Jaccard needed together with a similar title.",
    ),
    click.option(
        "--jaccard-alone",
        type=click.FloatRange(0, 1),
        default=_T.jaccard_alone,
        show_default=True,
        help="Abstract Jaccard that merges when the titles still share half of their content "
        "words.",
    ),
    click.option(
        "--containment",
        type=click.FloatRange(0, 1),
        default=_T.containment,
        show_default=True,
        help="Containment of a truncated abstract in a longer one.",
    ),
    click.option(
        "--title-ratio",
        type=click.FloatRange(0, 1),
        default=_T.title_ratio,
        show_default=True,
        help="Title similarity counted as agreement.",
    ),
)


def threshold_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--jaccard``, ``--jaccard-alone``, ``--containment`` and ``--title-ratio`` (defaults
    from ``Thresholds``), handed to the command as one ``thresholds: Thresholds``."""

    @functools.wraps(command)
    def with_thresholds(
        *args: Any,
        jaccard: float,
        jaccard_alone: float,
        containment: float,
        title_ratio: float,
        **kwargs: Any,
    ) -> Any:
        thresholds = Thresholds(
            jaccard=jaccard,
            jaccard_alone=jaccard_alone,
            containment=containment,
            title_ratio=title_ratio,
        )
        return command(*args, thresholds=thresholds, **kwargs)

    decorated: Callable[..., Any] = with_thresholds
    for option in reversed(_THRESHOLD_OPTIONS):  # so --help lists them in the order above
        decorated = option(decorated)
    return decorated


def debug_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--debug", is_flag=True, help="Show tracebacks.")(command)
