"""Local engine vs ``--engine spark --master local[2]`` on the scale corpora (100k, 1M).

    flock /tmp/papercorpus-bench.lock .venv/bin/python benchmarks/spark_scale.py --sizes 100k

Each run is ``papercorpus clean <corpus>/pages -o out.jsonl --stats stats.json --timings`` as a
child process (wall time around it, stage seconds from ``--timings``); the two outputs are
compared byte for byte. Corpora come from ``corpus.py`` (cached under /tmp). The machine is
shared: quote the load average printed with the table.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as bench  # noqa: E402


def run(pages: Path, out: Path, engine: list[str]) -> dict:
    stats = out.with_suffix(".stats.json")
    cmd = [sys.executable, "-m", "papercorpus", "clean", str(pages), "-o", str(out), "-q",
           "--stats", str(stats), "--timings", "-j", "2", *engine]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    wall = time.perf_counter() - t0
    data = json.loads(stats.read_text())
    return {"wall": wall, "stats": data}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100k,1M")
    ap.add_argument("--master", default="local[2]")
    args = ap.parse_args(argv)
    rows = []
    for size in args.sizes.split(","):
        params = bench.CorpusParams(records=bench.parse_size(size))
        pages = bench.ensure_corpus(params) / "pages"
        with tempfile.TemporaryDirectory(prefix="spark-scale-") as tmp:
            local = run(pages, Path(tmp, "local.jsonl"), [])
            spark = run(pages, Path(tmp, "spark.jsonl"),
                        ["--engine", "spark", "--master", args.master])
            same = filecmp.cmp(Path(tmp, "local.jsonl"), Path(tmp, "spark.jsonl"), shallow=False)
        rows.append((size, local, spark, same))
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (2 cores, shared)")
    print("| records | local engine s | spark local[2] s | spark/local | identical |")
    print("|---|---|---|---|---|")
    for size, local, spark, same in rows:
        print(f"| {size} | {local['wall']:.1f} | {spark['wall']:.1f} | "
              f"{spark['wall'] / local['wall']:.1f}x | {'yes' if same else 'NO'} |")
    for size, local, spark, _ in rows:
        for name, r in (("local", local), ("spark", spark)):
            print(size, name, json.dumps(r["stats"].get("timings", {})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
