"""Atomic file replacement: the destination holds either the old content or the complete
new content, never a partial file (temp file in the same directory, fsync, rename).

Outputs of one run are replaced together: inside ``outputs_together()`` each
``atomic_output`` leaves its complete temp file in place, and the renames happen only when
the whole block succeeded, one after the other with SIGINT/SIGTERM held back; on any error
(or signal) every temp file is removed and no destination is touched.

A failed write names the destination as the caller spelled it (``out.jsonl: No space left on
device``), never the hidden temp file. stdout is written with checked ``write(2)`` calls: a
short write is retried, a failing one raises ``OSError`` naming ``stdout`` (``EPIPE`` stays a
``BrokenPipeError``, which the CLI keeps quiet).

click's ``open_file(atomic=True)`` is not used: it replaces the target with partial content
when the block raises (domain.md §e).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..parallel import stop_signals_held

STDOUT_NAME = "stdout"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclass
class _Pending:
    tmp: str
    target: Path


@dataclass
class OutputBatch:
    """Temp files waiting for their rename; see ``outputs_together``."""

    pending: list[_Pending] = field(default_factory=list)

    def commit(self) -> None:
        # Held back during the renames so that a Ctrl-C cannot leave half of them done.
        with stop_signals_held():
            try:
                while self.pending:
                    p = self.pending[0]
                    os.replace(p.tmp, p.target)
                    self.pending.pop(0)
                    _sync_dir(_directory(p.target))
            finally:
                self.abort()

    def abort(self) -> None:
        for p in self.pending:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(p.tmp)
        self.pending.clear()


_batch: ContextVar[OutputBatch | None] = ContextVar("papercorpus_output_batch", default=None)


@contextlib.contextmanager
def outputs_together() -> Iterator[OutputBatch]:
    """Defer the renames of every ``atomic_output`` in the block until it completes; an
    exception removes all of their temp files instead. Nested blocks join the outer one."""
    if _batch.get() is not None:
        yield _batch.get()  # type: ignore[misc]
        return
    batch = OutputBatch()
    token = _batch.set(batch)
    try:
        yield batch
    except BaseException:
        batch.abort()
        raise
    finally:
        _batch.reset(token)
    batch.commit()


def _directory(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _named(exc: OSError, name: str) -> OSError:
    """``exc`` as the same error about ``name`` (the user's spelling of the output)."""
    return OSError(exc.errno, exc.strerror or str(exc), name)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open ``path`` for binary writing; ``"-"`` is stdout (not atomic, by nature)."""
    if str(path) == "-":
        out = CheckedStdout()
        yield out  # type: ignore[misc]
        out.flush()
        return
    target = Path(path)
    name = str(path)
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        # /dev/null, a FIFO, /dev/stdout: written in place (a rename would replace the node).
        with _in_place(target, name) as fh:
            yield fh
        return
    directory = _directory(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _named(exc, name) from None
    try:
        try:
            # Opened by name so that ``fh.name`` is the temporary path: worker processes may
            # write their blocks into it directly (``output.write_output``).
            fh = open(tmp, "wb", buffering=1 << 20)  # noqa: SIM115 - closed by the with below
            os.close(fd)
            with fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            try:
                mode = target.stat().st_mode & 0o7777
            except FileNotFoundError:
                mode = 0o666 & ~_current_umask()
            os.chmod(tmp, mode)
        except OSError as exc:
            # Errors of writing this file (here or in a worker, which reports no file name).
            if exc.filename in (None, tmp) and not isinstance(exc, BrokenPipeError):
                raise _named(exc, name) from None
            raise
        batch = _batch.get()
        if batch is not None:
            batch.pending.append(_Pending(tmp, target))
            return
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _sync_dir(directory)


@contextlib.contextmanager
def _in_place(target: Path, name: str) -> Iterator[BinaryIO]:
    try:
        with open(target, "wb") as fh:
            yield fh
    except OSError as exc:
        if exc.filename in (None, str(target)) and not isinstance(exc, BrokenPipeError):
            raise _named(exc, name) from None
        raise


def _sync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


class CheckedStdout:
    """stdout as a binary file whose every write reaches the descriptor or raises: buffered
    here, written with ``os.write`` until done (a short write is retried; the next one then
    reports the error, e.g. ENOSPC or EFBIG, as ``OSError`` naming ``stdout``)."""

    name = "<stdout>"
    BUFFER = 1 << 20

    def __init__(self) -> None:
        sys.stdout.flush()  # whatever the text layer holds goes first
        self._stream: Any = None
        try:
            self._fd = sys.stdout.fileno()
        except (OSError, ValueError):  # an in-memory stdout (tests): nothing to check
            self._fd = -1
            self._stream = getattr(sys.stdout, "buffer", None) or _TextBytes(sys.stdout)
        self._buf = bytearray()

    def fileno(self) -> int:
        if self._stream is not None:
            return self._stream.fileno()
        return self._fd

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._buf += data
        if len(self._buf) >= self.BUFFER:
            self.flush()
        return len(data)

    def flush(self) -> None:
        if self._stream is not None:
            self._stream.write(self._buf)
            self._stream.flush()
            self._buf.clear()
            return
        view = memoryview(self._buf)
        try:
            while view:
                try:
                    n = os.write(self._fd, view)
                except InterruptedError:  # pragma: no cover - PEP 475 retries for us
                    continue
                view = view[n:]
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _named(exc, STDOUT_NAME) from None
        finally:
            view.release()
            self._buf.clear()


class _TextBytes:
    """Bytes written to a text stream without a binary buffer (a notebook, a StringIO)."""

    def __init__(self, text: Any) -> None:
        self._text = text

    def write(self, data: bytes | bytearray) -> int:
        self._text.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._text.flush()

    def fileno(self) -> int:
        return self._text.fileno()
