"""Ordered parallel map with a bounded window: results come back in submission order, and
at most ``window`` items are in flight, so memory stays bounded however large the input.

With ``jobs <= 1`` everything runs inline; the results are the same objects either way, which
is what keeps the output byte-identical for every ``--jobs``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(
    fn: Callable[[T], R], items: Iterable[tuple[S, T]], jobs: int, window: int | None = None
) -> Iterator[tuple[S, R]]:
    """``(state, fn(arg))`` for each ``(state, arg)``; ``state`` stays in this process."""
    if jobs <= 1:
        for state, arg in items:
            yield state, fn(arg)
        return
    # forkserver: workers do not inherit threads (rich's refresh thread) or the parent's heap.
    ctx = multiprocessing.get_context("forkserver")
    window = window or 3 * jobs
    with ctx.Pool(jobs) as pool:
        pending: deque = deque()
        for state, arg in items:
            pending.append((state, pool.apply_async(fn, (arg,))))
            if len(pending) >= window:
                s, res = pending.popleft()
                yield s, res.get()
        while pending:
            s, res = pending.popleft()
            yield s, res.get()
