"""What a run does around the engine, shared by ``api.clean`` and ``incremental`` (the
index run): records from API dicts, the output paths checked before any work, the order of
diagnostics, and the output stream. Below both, so neither imports the other's privates."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any, BinaryIO

from .records import Diagnostic, Record
from .sinks import atomic_output
from .sinks.paths import Candidate, Target, check_targets, inputs_to_skip
from .sources import InputFile, ParseLog
from .sources.structured.walk import Opts, Walker, to_record


def as_record(item: Mapping[str, Any] | Record, name: str, i: int, log: ParseLog) -> Record:
    """A ``Record`` as given, or the one paper a dict holds (source ``name``:``i``); a dict
    that is not one paper is rejected into ``log`` (and ``None`` returned)."""
    if isinstance(item, Record):
        return item
    found = Walker(None).walk(dict(item))
    record = to_record(found[0], name, i, log, Opts(None, None)) if len(found) == 1 else None
    if record is None and not log.rejects:
        log.reject("R_BAD_ITEM", name, i, "not one paper")
    return record  # type: ignore[return-value]


def checked_outputs(
    outputs: Mapping[str, str | os.PathLike[str] | None],
    files: list[InputFile],
    named: set[str],
) -> dict[str, str]:
    """Check every output path before any work (``sinks.paths``); the input files not to
    read (this run's or an earlier run's outputs found inside input directories)."""
    targets = [Target(opt, str(p)) for opt, p in outputs.items() if p is not None]
    check_targets(targets)
    candidates = [Candidate(f.display, f.path, f.display not in named) for f in files]
    return inputs_to_skip(targets, candidates)


@contextlib.contextmanager
def output_stream(output: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """``atomic_output``, or for ``"-"`` when ``sys.stdout`` has no binary buffer (a
    notebook, a ``StringIO``): the bytes, decoded, written to it at the end."""
    if str(output) == "-" and not hasattr(sys.stdout, "buffer"):
        buf = io.BytesIO()
        yield buf
        sys.stdout.write(buf.getvalue().decode("utf-8"))
        return
    with atomic_output(output) as out:
        yield out


def diag_order(files: list[InputFile]) -> Callable[[Diagnostic], tuple[int, int, str]]:
    """Sort key of diagnostics: input order of their file, then line and code."""
    rank = {f.display: i for i, f in enumerate(files)}
    return lambda d: (rank.get(d.file, len(rank)), d.line, d.code)
