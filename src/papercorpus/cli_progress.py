"""The progress display of ``clean``: one rich line per stage, on an interactive stderr only.

The library reports stages through ``progress.Progress``; this is the one implementation
that draws. Refreshes are manual (no rich thread: worker processes are forked meanwhile) and
at most ten a second.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    ProgressColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress
from rich.text import Text

from .progress import Progress

# What each stage is called on its line.
STAGE_NAMES = {
    "read": "read+parse",
    "dedup": "dedup",
    "write": "write",
    "reports": "reports",
}
_REFRESH_SECONDS = 0.1


class _Amount(ProgressColumn):
    """``12.3/45.6 MB`` for bytes, ``1,204/3,100 candidates`` for counts."""

    def __init__(self) -> None:
        super().__init__()
        self._bytes = DownloadColumn()
        self._count = MofNCompleteColumn()

    def render(self, task: Task) -> Text:
        unit = task.fields.get("unit", "")
        if not unit:  # a stage with nothing to count (reports): its bar and clock say enough
            return Text("")
        if unit == "bytes":
            return self._bytes.render(task)
        if task.total is None:
            return Text(f"{int(task.completed):,} {unit}".rstrip())
        return Text(f"{int(task.completed):,}/{int(task.total):,} {unit}".rstrip())


class RichStages:
    """``Progress`` drawn by rich: each stage a line that stays when the next one starts."""

    def __init__(self, progress: RichProgress) -> None:
        self._progress = progress
        self._task: TaskID | None = None
        self._last = 0.0

    def stage(self, name: str, total: int | None = None, unit: str = "") -> None:
        self._close()
        label = STAGE_NAMES.get(name, name)
        self._task = self._progress.add_task(label, total=total, unit=unit)
        self._refresh(force=True)

    def total(self, total: int) -> None:
        if self._task is not None:
            self._progress.update(self._task, total=total)
            self._refresh(force=True)

    def advance(self, n: int) -> None:
        if self._task is not None:
            self._progress.advance(self._task, n)
            self._refresh()

    def _close(self) -> None:
        """The current stage is done: its line shows 100% and stops its clock."""
        if self._task is None:
            return
        task = self._progress.tasks[self._task]
        total = task.total if task.total is not None else task.completed
        self._progress.update(self._task, total=max(total, 1), completed=max(total, 1))
        self._progress.stop_task(self._task)
        self._task = None

    def _refresh(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= _REFRESH_SECONDS:
            self._last = now
            self._progress.refresh()

    def finish(self) -> None:
        self._close()
        self._progress.refresh()


@contextlib.contextmanager
def stage_progress(console: Console) -> Iterator[Progress | None]:
    """A ``Progress`` for ``api.clean`` when stderr is a terminal, else ``None`` (nothing is
    written at all: no control codes in pipes, logs or CI)."""
    if console.quiet or not console.is_interactive:
        yield None
        return
    columns = (
        TextColumn("{task.description:<10}"),
        BarColumn(bar_width=30),
        TaskProgressColumn(),
        _Amount(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        TimeElapsedColumn(),
    )
    with RichProgress(*columns, console=console, auto_refresh=False) as progress:
        stages = RichStages(progress)
        try:
            yield stages
        finally:
            stages.finish()
