"""Output paths checked before any work: no output may land on an input or on another
output, and every output must be writable where the user put it.

Paths are compared as files, not strings: ``(st_dev, st_ino)`` for paths that exist (so
``./x``, ``sub/../x``, symlinks and hard links all meet), the real path for those that do
not yet. A collision, a missing or read-only directory, an output that is a directory or
ends with ``/``: each is a ``PathProblem`` (a usage error, exit 2) naming the paths as the
user wrote them, raised before a single input is read.

Files found inside an input *directory* that papercorpus wrote (this run's own outputs, or
an earlier run's, recognised by their first bytes) are skipped with a warning: they would
otherwise be read back as input on the next run. A file named explicitly is always read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import orjson

STDOUT = "-"
_SNIFF_BYTES = 8 << 10
_STATS_BYTES = 1 << 20  # a --stats file is read whole (it is a few KB)

# The first JSON object of each JSONL output papercorpus writes, by its keys: a clean row
# has every one of fields.ALWAYS, a --rejects line exactly these four, and a --report line
# says its kind.
_CLEAN_KEYS = frozenset({"id", "title", "abstract", "sources", "arxiv_id"})
_REJECTS_KEYS = frozenset({"file", "line", "code", "reason"})
_REPORT_KINDS = ("cluster", "related")
_OUR_CSV_HEADER = b"id,title,abstract,"
_OUR_HTML_TITLE = b"<title>papercorpus review</title>"
_OUR_STATS_KEYS = frozenset({"files", "records_parsed"})


class PathProblem(Exception):
    """An output path that cannot be used as given: a usage error (exit 2)."""


@dataclass(frozen=True)
class Target:
    """One output: the option that names it (``-o``, ``--report``...) and its path as the
    user wrote it (``-`` is stdout)."""

    option: str
    path: str

    def __str__(self) -> str:
        return f"{self.option} {self.path}"


@dataclass(frozen=True)
class Candidate:
    """One input file: its display name, its path, and whether it was found inside a
    directory (rather than named by the user)."""

    display: str
    path: Path | None
    in_directory: bool


def _identity(path: str | Path) -> tuple:
    return _identity_of(path, _stat(path))


def _stat(path: str | Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _identity_of(path: str | Path, st: os.stat_result | None) -> tuple:
    if st is None:
        return ("path", os.path.realpath(path))
    return ("file", st.st_dev, st.st_ino)


def check_targets(targets: Sequence[Target]) -> None:
    """Every target usable and distinct from the others; raises ``PathProblem``."""
    seen: dict[tuple, Target] = {}
    for t in targets:
        if t.path == STDOUT:
            key: tuple = ("stdout",)
            if key in seen:
                raise PathProblem(f"{seen[key]} and {t} both write to stdout")
            seen[key] = t
            continue
        if not _check_writable(t):
            continue  # a device or FIFO (/dev/null): any number of outputs may go there
        key = _identity(t.path)
        if key in seen:
            raise PathProblem(f"{seen[key]} and {t} are the same file")
        seen[key] = t


def _check_writable(t: Target) -> bool:
    """Raise ``PathProblem`` unless ``t`` can be written; False for a device or FIFO."""
    if t.path.endswith(("/", os.sep)):
        raise PathProblem(f"{t}: names a directory; give a file name")
    path = Path(t.path)
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise PathProblem(f"{t}: {(exc.strerror or str(exc)).lower()}") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise PathProblem(f"{t}: is a directory; give a file name")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        what = "does not exist" if not parent.exists() else "is not a directory"
        raise PathProblem(f"{t}: directory {parent} {what}")
    if st is not None and not stat.S_ISREG(st.st_mode):
        if not os.access(path, os.W_OK):
            raise PathProblem(f"{t}: not writable")
        return False  # written in place
    if not os.access(parent, os.W_OK | os.X_OK):
        raise PathProblem(f"{t}: directory {parent} is not writable")
    return True


def inputs_to_skip(targets: Sequence[Target], inputs: Iterable[Candidate]) -> dict[str, str]:
    """Inputs that are not to be read, as ``{display: why}``; raises ``PathProblem`` when an
    output would overwrite an input."""
    by_identity = {_identity(t.path): t for t in targets if t.path != STDOUT}
    skip: dict[str, str] = {}
    for inp in inputs:
        if inp.path is None:
            continue
        st = _stat(inp.path)
        target = by_identity.get(_identity_of(inp.path, st))
        if target is not None:
            ours = written_by_papercorpus(inp.path, empty_too=True) or (
                target.option == "--index" and _is_sqlite(inp.path)
            )
            if inp.in_directory and ours:
                skip[inp.display] = f"skipped: it is this run's {target.option} output"
                continue
            raise PathProblem(f"{target} would overwrite the input {inp.display}")
        # The size known, a small file's head is one read (this runs on every input found).
        size = st.st_size if st is not None and stat.S_ISREG(st.st_mode) else None
        if inp.in_directory and written_by_papercorpus(inp.path, size=size):
            skip[inp.display] = (
                "skipped: papercorpus output of an earlier run (name the file to read it)"
            )
    return skip


def _is_sqlite(path: Path) -> bool:
    """Whether ``path`` is an SQLite database (an ``--index`` kept in a dumps folder)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _head(path: Path, size: int | None = None) -> bytes:
    """The first ``_SNIFF_BYTES`` of ``path``; ``size``: the file's size, when known, so
    that a file read whole is not read again only to meet its end."""
    # os.read rather than open(): this runs on every input file found in a directory, and
    # a buffered file object costs more than the read (~14 against ~7 µs per small file).
    fd = os.open(path, os.O_RDONLY)
    try:
        want = _SNIFF_BYTES if size is None else min(size, _SNIFF_BYTES)
        head = os.read(fd, _SNIFF_BYTES)
        while 0 < len(head) < want and (more := os.read(fd, _SNIFF_BYTES - len(head))):
            head += more  # a short read (a pipe): read on, as a buffered file would
        return head
    finally:
        os.close(fd)


def written_by_papercorpus(path: Path, empty_too: bool = False, size: int | None = None) -> bool:
    """Whether ``path`` starts as an output of papercorpus does (clean JSONL or CSV, the
    cluster report, the rejects, the stats, the review page); ``size``: its size on disk,
    when known."""
    try:
        head = _head(path, size)
    except OSError:
        return False
    if not head:
        return empty_too
    if head.startswith(_OUR_CSV_HEADER) or (
        head.startswith(b"<!DOCTYPE html>") and _OUR_HTML_TITLE in head[:4096]
    ):
        return True
    first = head.split(b"\n", 1)[0]
    try:
        obj = orjson.loads(first)
    except orjson.JSONDecodeError:
        obj = None
    if isinstance(obj, dict) and (
        obj.keys() >= _CLEAN_KEYS or obj.keys() == _REJECTS_KEYS or obj.get("kind") in _REPORT_KINDS
    ):
        return True
    if first.strip() == b"{":  # --stats: an indented object
        try:
            with open(path, "rb") as fh:
                obj = orjson.loads(fh.read(_STATS_BYTES))
        except (OSError, orjson.JSONDecodeError):
            return False
        return isinstance(obj, dict) and set(obj) >= _OUR_STATS_KEYS
    return False
