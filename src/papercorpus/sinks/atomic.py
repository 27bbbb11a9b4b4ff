"""Atomic file replacement: the destination holds either the old content or the complete
new content, never a partial file (temp file in the same directory, fsync, rename).

click's ``open_file(atomic=True)`` is not used: it replaces the target with partial content
when the block raises (domain.md §e).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open ``path`` for binary writing; ``"-"`` is stdout (not atomic, by nature)."""
    if str(path) == "-":
        out = sys.stdout.buffer
        yield out
        out.flush()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
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
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        dfd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
