"""The memory acceptance cases of issue 15: hostile inputs that must end within 30 s with a
one-line error (or a reject) in at most 1 GB of peak RSS.

* a JSONL file with a 200 MB line (between two ordinary ones);
* a JSONL file with a 48 MB Python-repr line (``{'title': ..., 'tags': ['a', 'a', ...]}``:
  ``ast.literal_eval`` costs ~300x that);
* gzip, xz, zstd and bzip2 bombs: 10 GiB of ``a`` without a newline, and in 100-byte lines.
  Each is one compressed block of 64 MiB repeated 160 times (concatenated members / streams
  / frames, which every reader follows), so generating them takes seconds;
* ``check`` on the 200 MB line and on the gzip bombs.

Inputs are generated into a temporary directory and deleted at the end. Every run is a
subprocess under ``RLIMIT_AS`` (``--max-gb``, default 4) and a ``--timeout`` (default 30 s),
and is killed when its processes together hold more than ``--max-group-gb`` (default 6),
so a failing case cannot take the machine down; the table shows the exit code (``timeout``
when killed), the first stderr line, wall seconds, the peak RSS of the largest process
(``os.wait4``) and the peak of the whole process group's RSS (sampled every 50 ms).

    flock /tmp/papercorpus-bench.lock .venv/bin/python benchmarks/memory.py
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import lzma
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import zstandard

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.safety_tools import GOOD_LINE, group_members, kill_group, start  # noqa: E402

MB = 1 << 20
BLOCK = 64 * MB
REPEAT = 160  # 160 x 64 MiB = 10 GiB
PAGE = os.sysconf("SC_PAGE_SIZE")


def write_big_line(path: Path, size: int) -> None:
    unit = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
    chunk = (unit * (MB // len(unit) + 1))[:MB]
    with path.open("w") as fh:
        fh.write(GOOD_LINE + "\n")
        fh.write('{"title": "A huge record title", "abstract": "')
        for _ in range(size // MB):
            fh.write(chunk)
        fh.write('"}\n')
        fh.write(GOOD_LINE.replace("valid", "second valid") + "\n")


def write_repr_line(path: Path, size: int) -> None:
    with path.open("w") as fh:
        fh.write(GOOD_LINE + "\n")
        fh.write("{'title': 'A repr record title', 'abstract': 'An abstract with words', 'tags': [")
        piece = "'a', " * (MB // 5)
        for _ in range(size // len(piece)):
            fh.write(piece)
        fh.write("'a']}\n")


def compress_block(kind: str, data: bytes) -> bytes:
    if kind == "gz":
        return gzip.compress(data, compresslevel=1, mtime=0)
    if kind == "bz2":
        return bz2.compress(data, 1)
    if kind == "xz":
        return lzma.compress(data, preset=0)
    return zstandard.ZstdCompressor(level=1).compress(data)


def write_bomb(path: Path, kind: str, newlines: bool) -> None:
    if newlines:
        line = b"a" * 99 + b"\n"
        block = line * (BLOCK // len(line)) + b"a" * (BLOCK % len(line))
    else:
        block = b"a" * BLOCK
    member = compress_block(kind, block)
    with path.open("wb") as fh:
        for _ in range(REPEAT):
            fh.write(member)


def measure(args: list[str], cwd: Path, timeout: float, max_gb: float, group_gb: float) -> dict:
    io_dir = cwd / f"io-{time.monotonic_ns()}"
    t0 = time.monotonic()
    proc, _, err_path = start(args, cwd=cwd, io_dir=io_dir, tmpdir=io_dir / "tmp",
                              as_bytes=int(max_gb * (1 << 30)))  # fmt: skip
    group_peak = 0
    rc: int | str = "timeout"
    maxrss = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            rc, maxrss = os.waitstatus_to_exitcode(status), usage.ru_maxrss
            break
        if time.monotonic() - t0 > timeout or group_peak > group_gb * (1 << 30):
            if group_peak > group_gb * (1 << 30):
                rc = f"killed > {group_gb:g} GB"
            kill_group(proc.pid)
            _, status, usage = os.wait4(proc.pid, 0)
            maxrss = usage.ru_maxrss
            break
        total = 0
        for member, _cmd in group_members(proc.pid):
            try:
                with open(f"/proc/{member}/statm") as fh:
                    total += int(fh.read().split()[1]) * PAGE
            except (OSError, ValueError, IndexError):
                pass
        group_peak = max(group_peak, total)
        time.sleep(0.05)
    wall = time.monotonic() - t0
    kill_group(proc.pid)  # workers of a killed run
    err = err_path.read_bytes().decode("utf-8", "replace").strip().splitlines()
    shutil.rmtree(io_dir, ignore_errors=True)
    return {
        "exit": rc,
        "stderr": err[0] if err else "",
        "wall": wall,
        "maxrss_mb": maxrss / 1024,
        "group_mb": group_peak / MB,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--max-gb", type=float, default=4.0, help="RLIMIT_AS of each process")
    ap.add_argument(
        "--max-group-gb", type=float, default=6.0, help="kill a run whose processes hold more"
    )
    ap.add_argument("--line-mb", type=int, default=200)
    ap.add_argument("--repr-mb", type=int, default=48)
    ap.add_argument("--only", default="", help="comma-separated case names (default: all)")
    ap.add_argument("--extra", default="", help="extra clean/check options, e.g. a cap")
    args = ap.parse_args(argv)

    root = Path(tempfile.mkdtemp(prefix="papercorpus-memory-"))
    extra = args.extra.split()
    cases: list[tuple[str, list[str], Callable[[], None]]] = [
        (f"line {args.line_mb} MB", ["clean", "big.jsonl", "-o", "out.jsonl"],
         lambda: write_big_line(root / "big.jsonl", args.line_mb * MB)),
        (f"repr line {args.repr_mb} MB", ["clean", "repr.jsonl", "-o", "out.jsonl"],
         lambda: write_repr_line(root / "repr.jsonl", args.repr_mb * MB)),
    ]  # fmt: skip
    for kind in ("gz", "xz", "zst", "bz2"):
        for newlines in (False, True):
            name = f"bomb.{'lines' if newlines else 'flat'}.{kind}"
            label = f"{kind} bomb 10 GiB, {'100-byte lines' if newlines else 'no newline'}"
            make = lambda n=name, k=kind, nl=newlines: write_bomb(root / n, k, nl)  # noqa: E731
            cases.append((label, ["clean", name, "-o", "out.jsonl"], make))
    cases += [
        (f"check: line {args.line_mb} MB", ["check", "big.jsonl"], lambda: None),
        ("check: gz bomb, no newline", ["check", "bomb.flat.gz"], lambda: None),
        ("check: gz bomb, lines", ["check", "bomb.lines.gz"], lambda: None),
    ]
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    results = []
    try:
        for label, cmd, make in cases:
            if only and not any(o in label for o in only):
                continue
            t = time.monotonic()
            make()
            made = time.monotonic() - t
            res = measure([*cmd, *extra], root, args.timeout, args.max_gb, args.max_group_gb)
            size = (root / cmd[1]).stat().st_size
            results.append((label, size, res))
            print(f"{label}: input {size / MB:.1f} MB (made in {made:.1f} s): exit {res['exit']}, "
                  f"{res['wall']:.1f} s, max RSS {res['maxrss_mb']:.0f} MB, group "
                  f"{res['group_mb']:.0f} MB; {res['stderr'][:100]!r}", flush=True)  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(
        f"\nlimits: {args.timeout:.0f} s per run (then killed), RLIMIT_AS {args.max_gb:g} GB per"
        f" process, killed when its processes hold over {args.max_group_gb:g} GB together"
    )
    head = ["case", "exit", "wall s", "max RSS MB", "group RSS MB", "first stderr line"]
    rows = [
        [label, str(r["exit"]), f"{r['wall']:.1f}", f"{r['maxrss_mb']:.0f}",
         f"{r['group_mb']:.0f}", r["stderr"][:90]]
        for label, _size, r in results
    ]  # fmt: skip
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(len(head))]
    for row in [head, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    ok = all(
        r["exit"] in (0, 1) and r["wall"] <= args.timeout and r["maxrss_mb"] <= 1024
        and "internal error" not in r["stderr"] and "Traceback" not in r["stderr"]
        for _label, _size, r in results
    )  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
