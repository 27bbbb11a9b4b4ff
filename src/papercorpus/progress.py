"""What the stages tell a progress display: a ``Progress`` is handed down from the CLI.

The library never draws anything (and never imports rich): a stage names itself with its
total when it knows it, then advances. ``NO_PROGRESS`` does nothing, so stages call it
unconditionally.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def stage(self, name: str, total: int | None = None, unit: str = "") -> None:
        """A new stage starts (the previous one is done). ``unit``: ``bytes``, or what is
        counted (``candidates``, ``rows``)."""

    def total(self, total: int) -> None:
        """The current stage's total, once it is known."""

    def advance(self, n: int) -> None:
        """``n`` more units of the current stage are done."""


class _NoProgress:
    def stage(self, name: str, total: int | None = None, unit: str = "") -> None:
        pass

    def total(self, total: int) -> None:
        pass

    def advance(self, n: int) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()
