"""Ordered parallel map with a bounded window: results come back in submission order, and
at most ``window`` items are in flight, so memory stays bounded however large the input.

With ``jobs <= 1`` everything runs inline; the results are the same values either way, which
is what keeps the output byte-identical for every ``--jobs``.

A pool may also carry one block of shared memory (``Workers(jobs, shared_bytes=...)``): an
anonymous shared mapping made before the workers are forked, so the main process can publish
hints (e.g. the raw-hash table of ``ingest``) that workers read without any message passing.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import mmap
import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

# multiprocessing.pool's state name for a pool that is being terminated.
_TERMINATE = "TERMINATE"

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


# The block of the innermost open ``Workers``; forked workers inherit it with the address space.
_shared_block: mmap.mmap | None = None


def shared_block() -> mmap.mmap | None:
    """The shared memory of the pool this code runs for (in the main process or a worker), or
    None when there is none."""
    return _shared_block


class WorkerError(Exception):
    """An exception raised in a worker that could not travel back as itself."""


class WorkerDied(WorkerError):
    """A worker process ended in the middle of a run (killed by the kernel's OOM killer or
    a signal, or by SIGPIPE writing to a closed standard error): its task's result will
    never come, and ``multiprocessing.Pool`` would wait for it forever."""

    def __init__(self, exitcode: int | None) -> None:
        self.exitcode = exitcode
        if exitcode is None:  # (replaced by the pool before its end was seen)
            how = "died"
        elif exitcode < 0:
            name = _signal_name(-exitcode)
            why = _SIGNAL_HINTS.get(name, "")
            how = f"was killed by {name}{f' ({why})' if why else ''}"
        else:
            how = f"exited with status {exitcode}"
        super().__init__(f"a worker process {how}; its work is lost and the run stopped")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.exitcode,))


_SIGNAL_HINTS = {
    "SIGKILL": "out of memory?",
    "SIGPIPE": "standard error closed?",
}


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


# How often a caller waiting on a worker's result looks whether the workers still live.
_POLL_SECONDS = 0.5


def _guarded(fn: Callable[[T], R], arg: T) -> Any:
    # An exception whose pickling round trip fails would kill the pool's result thread and
    # hang the caller; send back something that is sure to arrive.
    try:
        return fn(arg)
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))
            return _Raised(exc)
        except Exception:
            return _Raised(WorkerError(f"{type(exc).__name__}: {exc}"))


class _Raised:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def _unwrap(value: Any) -> Any:
    if isinstance(value, _Raised):
        raise value.exc
    return value


# glibc's mallopt parameters.
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def _keep_freed_memory() -> None:
    """Let glibc reuse freed memory instead of returning it to the system.

    Workers allocate and free the same large numpy temporaries batch after batch. By default
    glibc serves blocks over 128 KiB with fresh mappings and trims freed heap tops, so each
    batch page-faults its temporaries in again (measured: 1.3M page faults and ~6 s of
    system time per million records). A worker's heap stays at its peak batch instead."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return
    mallopt(_M_MMAP_THRESHOLD, 32 << 20)  # glibc's largest allowed value
    mallopt(_M_TRIM_THRESHOLD, 1 << 30)


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


@contextlib.contextmanager
def stop_signals_held() -> Iterator[set[int | signal.Signals] | None]:
    """SIGINT and SIGTERM held back in the block and delivered when it ends: for steps
    that must not stop half done (an output's renames, a temp directory and the note that
    removes it, the workers' fork). Yields the signal mask it replaced (None where there
    are no signal masks)."""
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not POSIX
        previous = None
    try:
        yield previous
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _die_with_parent(parent: int) -> None:
    """Have the kernel SIGKILL this worker when its parent dies, so that killing the main
    process alone leaves nothing behind (and no worker prints a BrokenPipeError). Elsewhere
    than Linux a worker ends when its pipes to the parent close, as before."""
    try:
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(0)


def _init_worker(parent: int, mask: set[int | signal.Signals] | None) -> None:
    # Stopping is the main process's job: a terminal's Ctrl-C reaches the whole process
    # group, and a worker dying of KeyboardInterrupt could hold the task queue's lock (and
    # hang the pool) or print a traceback. SIGTERM has the main process's handler after the
    # fork: back to the default, which the main process uses to end workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A worker's only pipes lead to the main process: writing a result to a dead one ends
    # the worker silently (the default) instead of with a BrokenPipeError traceback, in the
    # moment between the parent's death and the kernel's PDEATHSIG.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _die_with_parent(parent)
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # held since before the fork
    # Workers allocate many short-lived containers (records, tuples) per batch and keep
    # nothing: collect the young generation less often.
    gc.set_threshold(50_000, 20, 100)
    _keep_freed_memory()


class Workers:
    """A pool of worker processes (or none, for ``jobs <= 1``), used as a context manager."""

    def __init__(self, jobs: int, shared_bytes: int = 0) -> None:
        self.jobs = jobs
        self.shared_bytes = shared_bytes
        self.shared: mmap.mmap | None = None
        self._pool: Any = None
        self._outer_block: mmap.mmap | None = None
        self._frozen = False
        self._seen: set[Any] = set()  # the pool's worker processes seen so far

    def __enter__(self) -> Workers:
        global _shared_block
        if self.shared_bytes > 0:
            # MAP_SHARED | MAP_ANONYMOUS: zero-filled, and writes stay visible across fork.
            self.shared = mmap.mmap(-1, self.shared_bytes)
            self._outer_block, _shared_block = _shared_block, self.shared
        if self.jobs > 1:
            # fork: works from any __main__ (scripts, stdin, notebooks), unlike spawn and
            # forkserver. The CLI runs no threads while a pool starts (its progress display
            # refreshes from the main thread), so nothing is forked holding a lock.
            ctx = multiprocessing.get_context("fork")
            # Objects alive now move to the permanent generation: a worker's collections
            # would otherwise write to every inherited object's header, copying the page it
            # is on (measured: a third of the system time of a million-record run).
            gc.freeze()
            self._frozen = True
            # SIGINT and SIGTERM are held while the workers fork: a worker must not run the
            # main process's handlers before its own are set (_init_worker).
            with stop_signals_held() as mask:
                self._pool = ctx.Pool(
                    self.jobs, initializer=_init_worker, initargs=(os.getpid(), mask)
                )
            self._seen = set(self._pool._pool)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        global _shared_block
        if self._pool is not None:
            if exc_type is None or issubclass(exc_type, Exception):
                self._pool.terminate()
                self._pool.join()
            else:  # interrupted (Ctrl-C, SIGTERM): stop at once
                self.stop_now()
            self._pool = None
        if self._frozen:
            gc.unfreeze()
            self._frozen = False
        if self.shared is not None:
            _shared_block = self._outer_block
            # A view of it may still be alive (e.g. in the traceback of the error that ends
            # the pool): the mapping then goes with its last view; that error is the one to
            # tell, not a BufferError.
            with contextlib.suppress(BufferError):
                self.shared.close()
            self.shared = None

    def stop_now(self) -> None:
        """Kill the workers and forget the pool, without ``Pool.terminate``: that drains
        the task queue under a lock a killed worker may hold, and would wait forever. The
        pool's threads are daemons, idle once the workers are gone."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        with contextlib.suppress(AttributeError):
            # No new workers in place of the dead ones, and no terminate at interpreter exit.
            pool._state = _TERMINATE
            pool._worker_handler._state = _TERMINATE
            pool._task_handler._state = _TERMINATE
            pool._terminate.cancel()
        workers = list(getattr(pool, "_pool", ()))
        for w in workers:
            with contextlib.suppress(OSError, AttributeError, ValueError):
                w.kill()
        for w in workers:
            with contextlib.suppress(OSError, AttributeError, ValueError, AssertionError):
                w.join(1)

    @contextlib.contextmanager
    def stopped_on_interrupt(self) -> Iterator[None]:
        """Stop the workers first when the block is interrupted (Ctrl-C, SIGTERM), before
        the context managers entered earlier clean up after them (e.g. remove the spill
        directory the workers write into)."""
        try:
            yield
        except BaseException as exc:
            if not isinstance(exc, Exception):
                self.stop_now()
            raise

    def map(
        self, fn: Callable[[T], R], items: Iterable[tuple[S, T]], window: int | None = None
    ) -> Iterator[tuple[S, R]]:
        """``(state, fn(arg))`` for each ``(state, arg)``, in order; ``state`` stays here."""
        if self._pool is None:
            for state, arg in items:
                yield state, fn(arg)
            return
        window = window or 2 * self.jobs + 1
        pending: deque = deque()
        for state, arg in items:
            pending.append((state, self._pool.apply_async(_guarded, (fn, arg))))
            if len(pending) >= window:
                s, res = pending.popleft()
                yield s, self._result(res)
        while pending:
            s, res = pending.popleft()
            yield s, self._result(res)

    def _result(self, res: Any) -> Any:
        """``res``'s value, or ``WorkerDied`` once a worker is seen dead while waiting
        (the pool would replace it and wait forever for the task it held)."""
        while True:
            try:
                return _unwrap(res.get(_POLL_SECONDS))
            except multiprocessing.TimeoutError:
                self._raise_if_a_worker_died()

    def _raise_if_a_worker_died(self) -> None:
        # Workers never end while the pool runs, so any that has ended died. The pool
        # drops a dead one from its list as it starts another in its place: hence the
        # ones seen since the start, and a worker not seen before means one was replaced.
        workers = list(getattr(self._pool, "_pool", ()))
        dead = sorted(code for w in self._seen if (code := w.exitcode) is not None)
        if dead or not self._seen.issuperset(workers):
            self.stop_now()  # (not ``Pool.terminate``: a killed worker may hold a lock)
            raise WorkerDied(dead[0] if dead else None)
