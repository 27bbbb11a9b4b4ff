"""The properties every input must keep (issue 15), shared by tests/test_fuzz_properties.py,
tests/test_fuzz_regressions.py and benchmarks/fuzz.py. For any input, cleaned twice in
this process:

* never an internal error (anything but ``InputError``/``DataError``), never a hang;
* accounting: parsed = kept + merged, every copy is a source of one output row, every reject
  is counted; for JSONL, every non-blank line is a record line or a reject (once
  ``Summary.check_line_accounting()`` exists, it is called for every format);
* the output is valid (strict UTF-8 JSONL rows with id, title, abstract, sources, arxiv_id)
  and deterministic (a second run gives the same bytes and diagnostics).
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import lzma
import os
import re
import signal
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import zstandard

import papercorpus
from papercorpus.api import CleanOptions, DataError
from papercorpus.fields import OUTPUT_ORDER


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` swallows it."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ``_Timeout`` in this (main) thread after ``seconds`` of this process's CPU time;
    0 disables. CPU time, not wall time: a hang in ``clean --jobs 1`` is a loop, which this
    catches, while a busy machine (a CI runner, other suites beside this one) only
    stretches the wall clock."""
    if not seconds:
        yield
        return

    def on_alarm(signum, frame):
        raise _Timeout

    old = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


@dataclass
class Outcome:
    """One in-process ``clean`` of one input."""

    kind: str  # ok | input_error | data_error | internal | timeout
    message: str = ""
    signature: str = ""  # internal errors: "ExcType at file:function"
    summary: papercorpus.Summary | None = None
    output: bytes = b""
    diagnostics: list[str] = field(default_factory=list)


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "papercorpus" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].name}" if ours else "?"
    return f"{type(exc).__name__} at {where}"


def clean_once(path: Path, out: Path, *, timeout: float = 30.0, jobs: int = 1) -> Outcome:
    try:
        with deadline(timeout):
            summary = papercorpus.clean([str(path)], out, CleanOptions(jobs=jobs))
    except papercorpus.InputError as exc:
        return Outcome("input_error", str(exc))
    except DataError as exc:
        return Outcome("data_error", str(exc))
    except _Timeout:
        return Outcome("timeout", f"no result after {timeout:.0f} CPU s", "timeout")
    except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001 - the property
        return Outcome("internal", f"{type(exc).__name__}: {exc}"[:300], _signature(exc))
    return Outcome(
        "ok",
        summary=summary,
        output=out.read_bytes(),
        diagnostics=[str(d) for d in summary.diagnostics],
    )


def decoded_lines(data: bytes) -> list[str] | None:
    """The input's lines as the readers see them (decompressed, UTF-8, split on \\n, \\r\\n
    and \\r), or None when it is not text."""
    with contextlib.suppress(Exception):
        for magic, opener in (
            (b"\x1f\x8b", gzip.decompress),
            (b"BZh", bz2.decompress),
            (b"\xfd7zXZ\x00", lzma.decompress),
            (b"\x28\xb5\x2f\xfd", _unzstd),
        ):
            if data.startswith(magic):
                data = opener(data)
                break
        text_ = data.decode("utf-8")
        return re.split("\r\n|\r|\n", text_.removeprefix("\ufeff"))
    return None


def _unzstd(data: bytes) -> bytes:
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


OUTPUT_KEYS = {"id", "title", "abstract", "sources", "arxiv_id"}  # every row has these
OPTIONAL_KEYS = set(OUTPUT_ORDER) - OUTPUT_KEYS  # the merged fields, when a row has them
SOURCE_KEYS = {"file", "line", "date", "match"}


def output_problems(data: bytes) -> list[str]:
    """Why ``data`` is not a valid clean JSONL output (empty list: valid)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8: {exc}"]
    problems = []
    for n, line in enumerate(data.split(b"\n"), 1):
        if not line:
            if n != data.count(b"\n") + 1:
                problems.append(f"row {n}: empty line")
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            problems.append(f"row {n}: not JSON: {exc}")
            continue
        if not isinstance(row, dict) or not OUTPUT_KEYS <= set(row) <= OPTIONAL_KEYS | OUTPUT_KEYS:
            problems.append(f"row {n}: keys {sorted(row) if isinstance(row, dict) else row}")
            continue
        if not isinstance(row["title"], str) or not row["title"].strip():
            problems.append(f"row {n}: empty title")
        if not isinstance(row["abstract"], str):
            problems.append(f"row {n}: abstract is {type(row['abstract']).__name__}")
        srcs = row["sources"]
        if not isinstance(srcs, list) or not srcs:
            problems.append(f"row {n}: no sources")
        elif not all(isinstance(s, dict) and set(s) - {"date_raw"} == SOURCE_KEYS for s in srcs):
            problems.append(f"row {n}: bad source objects")
    return problems


def id_collisions(data: bytes) -> int:
    """Rows sharing an id with an earlier row. Not counted as invalid: ids are derived from
    the normalised content, and copies that are not merged (e.g. the same generic title with
    no abstract) share one; ``check`` reports them as C_ID_COLLISION."""
    ids = [orjson.loads(line)["id"] for line in data.splitlines() if line.strip()]
    return len(ids) - len(set(ids))


def accounting_problems(outcome: Outcome, data: bytes, display: str) -> list[str]:
    """Nothing lost: counts agree, and (JSONL) every non-blank line is a record or a reject."""
    s = outcome.summary
    assert s is not None
    problems = []
    if s.parsed != s.kept + s.merged_total:
        problems.append(f"parsed {s.parsed} != kept {s.kept} + merged {s.merged_total}")
    rows = [orjson.loads(line) for line in outcome.output.splitlines() if line.strip()]
    if len(rows) != s.kept:
        problems.append(f"{len(rows)} rows != kept {s.kept}")
    if sum(len(r["sources"]) for r in rows) != s.parsed:
        problems.append("sources != parsed")
    rejects = [d for d in s.diagnostics if d.code.startswith("R_")]
    if len(rejects) != s.rejected:
        problems.append(f"{len(rejects)} reject diagnostics != rejected {s.rejected}")
    line_check = getattr(s, "check_line_accounting", None)
    if callable(line_check):
        try:
            line_check()
        except AssertionError as exc:
            problems.append(f"line accounting: {exc}")
    elif set(s.parse.formats) == {"jsonl"}:
        lines = decoded_lines(data) or []
        wanted = {n for n, t in enumerate(lines, 1) if t.strip()}
        have = {src["line"] for r in rows for src in r["sources"] if src["file"] == display}
        have |= {d.line for d in rejects if d.file == display}
        lost = sorted(wanted - have)
        if lost:
            problems.append(f"JSONL lines neither record nor reject: {lost[:10]}")
    return problems


@dataclass
class Verdict:
    outcome: Outcome
    violations: list[tuple[str, str]]  # (category, detail)


def check_properties(path: Path, work: Path, *, timeout: float = 30.0) -> Verdict:
    """Clean ``path`` twice in this process and test every property."""
    data = path.read_bytes()
    first = clean_once(path, work / "out1.jsonl", timeout=timeout)
    found: list[tuple[str, str]] = []
    if first.kind in ("internal", "timeout"):
        return Verdict(first, [(first.kind, f"{first.signature}: {first.message}")])
    second = clean_once(path, work / "out2.jsonl", timeout=timeout)
    if second.kind in ("internal", "timeout"):
        return Verdict(second, [(second.kind, f"{second.signature}: {second.message}")])
    if (first.kind, first.message, first.output, first.diagnostics) != (
        second.kind,
        second.message,
        second.output,
        second.diagnostics,
    ):
        found.append(("nondeterministic", "two runs differ"))
    if first.kind == "ok":
        found += [("invalid_output", p) for p in output_problems(first.output)[:3]]
        if not any(c == "invalid_output" for c, _ in found):
            found += [("accounting", p) for p in accounting_problems(first, data, str(path))]
    return Verdict(first, found)


def write_input(work: Path, suffix: str, data: bytes, stem: str = "input") -> Path:
    path = work / f"{stem}{suffix}"
    path.write_bytes(data)
    return path


def fresh_dir(root: Path, name: str) -> Path:
    d = root / name
    d.mkdir(parents=True, exist_ok=True)
    for p in d.iterdir():
        if p.is_file():
            os.unlink(p)
    return d
