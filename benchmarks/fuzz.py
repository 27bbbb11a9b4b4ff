"""Fuzz ``papercorpus clean`` for N minutes (issue 15): generated pages, arXiv listings, JSON,
JSONL and CSV, and mutations of the test fixtures (bit flips, truncation, splicing, nesting,
lone surrogates, huge and empty containers, Python-repr lines, line-end changes, invalid
UTF-8, compression).

Every input goes through the library in this process (``clean`` twice, ``-j 1``: fast), and
a sample (``--cli-share`` of the time) also through the CLI as a subprocess (``-j 2``, under
``RLIMIT_AS``), whose output must be the same bytes; ``check`` then reads that output. The
properties are those of tests/fuzz_checks.py: no internal error or hang, accounting holds,
valid and deterministic output; for the CLI also no traceback or other stray stderr. The
``id_collisions`` column counts inputs whose output has rows sharing an id (informational:
``check`` reports those as C_ID_COLLISION; see tests/fuzz_checks.py ``id_collisions``).

Crashers (internal errors, hangs, tracebacks) and property violations are minimised after
the clock (each line alone, then delta debugging on lines and characters, within
``--minimise-seconds`` each) and saved, one per distinct signature, to
tests/fixtures/fuzz/ where tests/test_fuzz_regressions.py replays them. Inputs are made from
``--seed`` and their index, so any one can be made again.

    flock /tmp/papercorpus-bench.lock .venv/bin/python benchmarks/fuzz.py --minutes 20
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from papercorpus import api  # noqa: E402
from tests import fuzz_checks as fc  # noqa: E402
from tests import fuzz_inputs as fz  # noqa: E402
from tests.safety_tools import stray_stderr  # noqa: E402

CATEGORIES = ["internal", "timeout", "traceback", "accounting", "invalid_output",
              "nondeterministic", "cli_mismatch"]  # fmt: skip
CRASH = {"internal", "timeout", "traceback"}


def _fast_library() -> None:
    """The raw-hash table is only a hint (the corpus is the same with any table, see
    ``ingest``); clearing 32 MB of it costs ~70 ms per in-process run. A small table keeps the
    fuzzer at tens of inputs per second, and checks that claim against the CLI on the way."""
    if hasattr(api, "RAW_FILTER_BYTES"):
        api.RAW_FILTER_BYTES = 1 << 16


def cli_verdict(path: Path, work: Path, expected: fc.Outcome, timeout: float, as_gb: float):
    """Run the CLI on ``path``; return violations."""
    out = work / "cli.jsonl"
    found: list[tuple[str, str]] = []

    def limit() -> None:
        lim = int(as_gb * (1 << 30))
        resource.setrlimit(resource.RLIMIT_AS, (lim, lim))

    cmd = [sys.executable, "-m", "papercorpus", "clean", str(path), "-o", str(out), "-j", "2", "-q"]
    env = dict(os.environ, TMPDIR=str(work))
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, preexec_fn=limit,
                              env=env, start_new_session=True)  # fmt: skip
    except subprocess.TimeoutExpired:
        return [("timeout", f"CLI: no exit after {timeout:.0f} s")]
    err = proc.stderr.decode("utf-8", "replace")
    stray = stray_stderr(err)
    if stray or "Traceback" in err:
        found.append(("traceback", (stray or ["Traceback"])[0][:200]))
    if "internal error" in err:
        found.append(("internal", "CLI: " + err.strip().splitlines()[-1][:200]))
    want = 0 if expected.kind == "ok" else 1
    if proc.returncode != want:
        found.append(("cli_mismatch", f"CLI exit {proc.returncode}, library {expected.kind}"))
    elif want == 0:
        if out.read_bytes() != expected.output:
            found.append(("cli_mismatch", "CLI -j 2 output differs from the library's -j 1"))
        chk = subprocess.run(
            [sys.executable, "-m", "papercorpus", "check", str(out)],
            capture_output=True, timeout=timeout, preexec_fn=limit, env=env,
        )  # fmt: skip
        cerr = chk.stderr.decode("utf-8", "replace")
        if "internal error" in cerr or "Traceback" in cerr:
            found.append(("internal", "check of the output: " + cerr.strip()[-200:]))
    return found


def signature(category: str, detail: str) -> str:
    """What makes two violations the same bug (digits and paths dropped)."""
    if category in ("internal", "timeout"):
        return f"{category}: {detail.split(': ')[0]}" if " at " in detail else category
    if category in ("accounting", "invalid_output"):
        detail = detail.split(":")[0]  # the kind of violation, not its lines or values
    key = re.sub(r"[0-9a-f]{8,}|\d+", "#", detail)[:80]
    return f"{category}: {key}"


def still_fails(data: bytes, suffix: str, sig: str, work: Path, timeout: float) -> bool:
    path = fc.write_input(work, suffix, data, stem="min")
    verdict = fc.check_properties(path, work, timeout=timeout)
    return any(signature(c, d) == sig for c, d in verdict.violations)


def minimise(data: bytes, suffix: str, sig: str, work: Path, budget: float, timeout: float):
    """Delta debugging on lines, then on characters of what is left, within ``budget`` s."""
    stop = time.monotonic() + budget
    if suffix.endswith((".gz", ".bz2", ".xz", ".zst")):
        plain_suffix = suffix.rsplit(".", 1)[0]
        lines = fc.decoded_lines(data)
        plain = "\n".join(lines).encode("utf-8", "surrogatepass") if lines is not None else None
        if plain is not None and still_fails(plain, plain_suffix, sig, work, timeout):
            data, suffix = plain, plain_suffix
        else:
            return data, suffix
    for unit in (b"\n", None):
        parts = data.split(b"\n") if unit else [bytes([b]) for b in data]
        if unit is None and len(parts) > 4000:
            break
        if unit and 1 < len(parts) <= 400:
            # Most failures sit on one line (JSONL): try each line alone first.
            for part in parts:
                if time.monotonic() >= stop:
                    break
                if part.strip() and still_fails(part, suffix, sig, work, timeout):
                    parts = [part]
                    break
        n = 2
        while len(parts) >= 2 and time.monotonic() < stop:
            size = max(1, len(parts) // n)
            removed = False
            for i in range(0, len(parts), size):
                if time.monotonic() >= stop:
                    break
                trial = parts[:i] + parts[i + size :]
                candidate = (unit or b"").join(trial)
                if trial and still_fails(candidate, suffix, sig, work, timeout):
                    parts, removed = trial, True
                    break
            if removed:
                n = max(n - 1, 2)
            elif size == 1:
                break
            else:
                n = min(len(parts), n * 2)
        data = (unit or b"").join(parts)
    return data, suffix


def save(data: bytes, suffix: str, category: str, save_dir: Path) -> Path:
    save_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()[:10]
    path = save_dir / f"{category}-{digest}{suffix}"
    path.write_bytes(data)
    return path


def table(stats: dict[str, Counter], elapsed: float) -> str:
    cols = ["inputs", "cli_runs", *CATEGORIES, "id_collisions"]
    head = ["kind", *cols]
    rows = [[k, *(str(stats[k][c]) for c in cols)] for k in sorted(stats)]
    total = Counter()
    for k in stats:
        total.update(stats[k])
    rows.append(["total", *(str(total[c]) for c in cols)])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    fmt = "  ".join(f"{{:>{w}}}" if i else f"{{:<{w}}}" for i, w in enumerate(widths))
    lines = [f"fuzzed {total['inputs']} inputs in {elapsed / 60:.1f} min", fmt.format(*head)]
    lines += [fmt.format(*r) for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--kinds", default=",".join(fz.GENERATORS), help="comma-separated")
    ap.add_argument(
        "--cli-share", type=float, default=0.25, help="share of the time spent on CLI samples"
    )
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per clean")
    ap.add_argument(
        "--max-gb", type=float, default=4.0, help="RLIMIT_AS of this process and the CLI"
    )
    ap.add_argument("--save-dir", type=Path, default=fz.CRASHERS)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--minimise-seconds", type=float, default=20.0)
    args = ap.parse_args(argv)

    lim = int(args.max_gb * (1 << 30))
    resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
    _fast_library()
    kinds = args.kinds.split(",")
    shm = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    root = Path(tempfile.mkdtemp(prefix="papercorpus-fuzz-", dir=shm))
    tempfile.tempdir = str(root / "tmp")  # spill directories of the in-process runs
    (root / "tmp").mkdir()
    stats: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, tuple[str, int, str]] = {}  # signature -> (kind, index, detail)
    saved: list[tuple[Path, str]] = []
    pending: list[tuple[str, str, str, str, bytes]] = []  # first input of each signature
    t0 = time.monotonic()
    end = t0 + args.minutes * 60
    i = 0
    cli_time = 0.0
    cli_turn = 0
    try:
        while time.monotonic() < end:
            kind = kinds[i % len(kinds)]
            rng = random.Random(f"{args.seed}:{i}")
            suffix, data = fz.generate(kind, rng)
            work = fc.fresh_dir(root, "work")
            path = fc.write_input(work, suffix, data)
            verdict = fc.check_properties(path, work, timeout=args.timeout)
            violations = list(verdict.violations)
            stats[kind]["inputs"] += 1
            if verdict.outcome.kind == "ok":
                stats[kind]["id_collisions"] += fc.id_collisions(verdict.outcome.output) > 0
            spent = time.monotonic() - t0
            # Kinds take turns for the CLI samples (otherwise the slow ones get most of them).
            cli_due = cli_time < args.cli_share * spent and kind == kinds[cli_turn % len(kinds)]
            if cli_due and verdict.outcome.kind not in CRASH:
                cli_turn += 1
                t_cli = time.monotonic()
                stats[kind]["cli_runs"] += 1
                violations += cli_verdict(path, work, verdict.outcome, 120, args.max_gb)
                cli_time += time.monotonic() - t_cli
            for category in {c for c, _ in violations}:
                stats[kind][category] += 1
            for category, detail in violations:
                sig = signature(category, detail)
                if sig in examples:
                    continue
                examples[sig] = (kind, i, detail)
                print(f"[{i} {kind}] {category}: {detail[:160]}", flush=True)
                if not args.no_save and category != "cli_mismatch":
                    pending.append((sig, category, detail, suffix, data))
            i += 1
        elapsed = time.monotonic() - t0
        # Minimised after the clock, so that finding is not slowed down by shrinking.
        for sig, category, detail, suffix, data in pending:
            small, small_suffix = data, suffix
            if category != "traceback" and not detail.startswith("CLI"):
                small, small_suffix = minimise(
                    data, suffix, sig, fc.fresh_dir(root, "min"),
                    args.minimise_seconds, args.timeout,
                )  # fmt: skip
            saved.append((save(small, small_suffix, category, args.save_dir), sig))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print()
    print(table(stats, elapsed))
    if examples:
        print("\ndistinct signatures (first input: kind, index):")
        for sig, (kind, idx, _detail) in sorted(examples.items()):
            print(f"  {sig[:110]}  ({kind}, {idx})")
    for path, sig in saved:
        with contextlib.suppress(ValueError):
            path = path.relative_to(ROOT)
        print(f"saved {path}: {sig[:90]}")
    return 1 if examples else 0


if __name__ == "__main__":
    sys.exit(main())
