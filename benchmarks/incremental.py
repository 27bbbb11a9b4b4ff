"""Issue 18: the incremental index (``clean --index``) against batch runs.

1. ``days``: the 410 arXiv listing days of ``../shared/data/arxiv-listings`` fed one at a
   time into a new index (one process, ``clean_into_index`` per day: interpreter start-up is
   not counted) next to one batch ``papercorpus clean`` over all of them (a child process,
   as a user runs it; the fastest of ``BATCH_RUNS``; also with ``--jobs 1``, and with
   ``--index`` into a new index: the same index built in one run). Prints total wall,
   per-day median and worst, index size on disk and bytes per paper beyond its text, and whether
   ``index export`` equals the batch output.
2. ``big``: an index of the 1M-record generated corpus (``corpus.py``; ~720k papers), built
   once file by file and cached beside the corpus, then one listing day of ~500 records
   added to a copy of it in a fresh child process: the wall time of the run (imports not
   counted) and the child's peak RSS.

Targets (issue 18): one day against 1M papers <= 2 s wall, peak RSS <= 300 MB; 410 days one
at a time <= 3x the batch run; <= 1.5 KB per paper plus its text.

Wrap runs in ``flock /tmp/papercorpus-bench.lock`` (house rules): timings on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO.parent / "shared" / "data" / "arxiv-listings"
CACHE = Path("/tmp/papercorpus-bench")
ONE_DAY = "2025-10-21.jsonl.gz"  # 488 rows
BATCH_RUNS = 3


def _remove_db(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def _text_len(body: bytes) -> int:
    from papercorpus.index.tables import unpack_text

    title, abstract = unpack_text(body)
    return len(title.encode()) + len(abstract.encode())


def text_bytes(index: Path, lo: int = 0, hi: int = 1 << 62) -> int:
    """UTF-8 bytes of the titles and abstracts of the texts numbered ``lo``..``hi`` (the
    index stores them compressed: this is the text the target is "plus")."""
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    n = sum(
        _text_len(body)
        for (body,) in con.execute("SELECT body FROM texts WHERE uid BETWEEN ? AND ?", (lo, hi))
    )
    con.close()
    return n


def table_bytes(index: Path) -> dict[str, int]:
    """Bytes on disk per table and index (SQLite's ``dbstat``), largest first."""
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    except sqlite3.OperationalError:  # an SQLite built without dbstat
        rows = []
    con.close()
    return dict(rows)


def index_figures(index: Path) -> dict[str, float]:
    from papercorpus.incremental import Index

    stats = Index(index).stats()
    text = text_bytes(index)
    return {
        "papers": stats["papers"],
        "copies": stats["copies"],
        "index_mb": stats["bytes"] / 1e6,
        "text_mb": text / 1e6,
        "bytes_per_paper_beyond_text": (stats["bytes"] - text) / max(stats["papers"], 1),
        "tables": table_bytes(index),
    }


def sampled_figures(index: Path, lo: int = 500_000, hi: int = 540_000) -> dict[str, float]:
    """``index_figures`` without reading a large index whole: the paper count from the
    tally, text per paper from the texts and papers numbered in one range of copies."""
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    (papers,) = con.execute("SELECT n FROM tally WHERE name = 'papers'").fetchone()
    (n_papers,) = con.execute(
        "SELECT count(*) FROM papers WHERE key BETWEEN ? AND ?", (lo, hi)
    ).fetchone()
    con.close()
    text = text_bytes(index, lo, hi)
    size = os.path.getsize(index)
    per_paper_text = (text or 0) / max(n_papers, 1)
    return {
        "papers": papers,
        "copies": float("nan"),
        "index_mb": size / 1e6,
        "text_mb": per_paper_text * papers / 1e6,
        "bytes_per_paper_beyond_text": size / max(papers, 1) - per_paper_text,
    }


# ------------------------------------------------------------------------------ days


def run_days(work: Path) -> dict[str, object]:
    files = sorted(DATA.glob("*.jsonl.gz"))
    work.mkdir(parents=True, exist_ok=True)
    batch_out = work / "batch.jsonl"
    batch: dict[str, tuple[float, float]] = {}
    # 0: default (every core), as a user runs it; 1: one process. Each BATCH_RUNS times, the
    # fastest kept: on a shared machine one batch run's wall time varied 5 -> 17 s between
    # runs minutes apart, and a slow one made the ratio look good. "index": every day in one
    # `clean --index` run into a new index (default jobs), the batch way to the same index.
    batch_db = work / "batch.db"
    for jobs in ("0", "1", "index") * BATCH_RUNS:
        opts = {"0": [], "1": ["--jobs", "1"], "index": ["--index", str(batch_db)]}[jobs]
        out = work / "batch-index.jsonl" if jobs == "index" else batch_out
        _remove_db(batch_db)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "papercorpus", "clean", *map(str, files), "-o",
             str(out), "-q", *opts],
            capture_output=True,
        )  # fmt: skip
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode:
            raise SystemExit(proc.stderr.decode())
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        batch[jobs] = min(batch.get(jobs, (wall, cpu)), (wall, cpu))
    child = subprocess.run(
        [sys.executable, __file__, "_days", str(work)], capture_output=True, text=True
    )
    if child.returncode:
        raise SystemExit(child.stderr)
    res = json.loads(child.stdout)
    res["batch_wall"], res["batch_cpu"] = batch["0"]
    res["batch1_wall"], res["batch1_cpu"] = batch["1"]
    res["batchx_wall"], res["batchx_cpu"] = batch["index"]
    res["batch_index_equals_batch"] = (
        work / "batch-index.jsonl"
    ).read_bytes() == batch_out.read_bytes()
    _remove_db(batch_db)
    res["export_equals_batch"] = (work / "export.jsonl").read_bytes() == batch_out.read_bytes()
    return res


def _days_child(work: Path) -> None:
    from papercorpus.api import CleanOptions
    from papercorpus.incremental import Index, clean_into_index

    index = work / "days.db"
    _remove_db(index)
    walls = []
    opts = CleanOptions()  # the default: one process for a day's dump
    cpu0 = time.process_time()
    for f in sorted(DATA.glob("*.jsonl.gz")):
        t0 = time.perf_counter()
        clean_into_index([str(f)], index, str(work / "new.jsonl"), opts)
        walls.append(time.perf_counter() - t0)
    cpu = time.process_time() - cpu0
    Index(index).export(work / "export.jsonl")
    out = {
        "days": len(walls),
        "total_wall": sum(walls),
        "total_cpu": cpu,
        "median_day": statistics.median(walls),
        "worst_day": max(walls),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        **index_figures(index),
    }
    print(json.dumps(out))


# ------------------------------------------------------------------------------- big


def big_index(log) -> Path:  # type: ignore[no-untyped-def]
    """The index of the 1M-record corpus, built once (file by file) and cached; an index of
    an older format ``index migrate`` converts (4, 3) cached already is copied and migrated
    (from 3: a few minutes, against ~16 of building; from 4: seconds, its blobs stay)."""
    sys.path.insert(0, str(HERE))
    import corpus

    pages = corpus.ensure_corpus(corpus.CorpusParams(records=1_000_000), CACHE, log=log) / "pages"
    target = CACHE / "index-1M-s20250318-v5.db"
    done = Path(f"{target}.done")
    if done.exists() and target.exists():
        return target
    for older in (CACHE / f"index-1M-s20250318-v{v}.db" for v in (4, 3)):
        if not (Path(f"{older}.done").exists() and older.exists()):
            continue
        from papercorpus.incremental import Index

        log(f"migrating a copy of {older.name}")
        tmp = Path(f"{target}.tmp")
        _remove_db(tmp)
        shutil.copyfile(older, tmp)
        t0 = time.perf_counter()
        Index(tmp).migrate()
        log(f"  migrated in {time.perf_counter() - t0:.0f} s")
        os.replace(tmp, target)
        done.write_text("ok\n")
        return target
    child = subprocess.run([sys.executable, __file__, "_build", str(pages), str(target)])
    if child.returncode:
        raise SystemExit("building the 1M index failed")
    done.write_text("ok\n")
    return target


def _build_child(pages: Path, target: Path, per_run: int = 70) -> None:
    """Add the corpus's files to ``target``, ``per_run`` files per run (a run's random band
    inserts touch most leaves of a large band b-tree, so fewer, larger runs build faster);
    files already in the index (an interrupted build) are skipped."""
    from papercorpus.api import CleanOptions
    from papercorpus.incremental import clean_into_index

    done: set[str] = set()
    if target.exists():
        con = sqlite3.connect(target)
        done = {name for (name,) in con.execute("SELECT name FROM files")}
        con.close()
    files = [str(f) for f in sorted(pages.iterdir()) if str(f) not in done]
    t0 = time.perf_counter()
    for i in range(0, len(files), per_run):
        clean_into_index(files[i : i + per_run], target, os.devnull, CleanOptions(jobs=1))
        print(f"  {i + per_run}/{len(files)} files, {time.perf_counter() - t0:.0f} s",
              file=sys.stderr, flush=True)  # fmt: skip


def run_big(work: Path, log) -> dict[str, object]:  # type: ignore[no-untyped-def]
    index = big_index(log)
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "big.db"
    _remove_db(copy)
    shutil.copyfile(index, copy)
    figures = sampled_figures(copy)
    child = subprocess.run(
        [sys.executable, __file__, "_one", str(copy), str(DATA / ONE_DAY), str(work / "one.jsonl")],
        capture_output=True, text=True,
    )  # fmt: skip
    if child.returncode:
        raise SystemExit(child.stderr)
    res = json.loads(child.stdout)
    _remove_db(copy)
    return {**figures, **res}


def _one_child(index: Path, day: Path, out: Path) -> None:
    import papercorpus  # noqa: F401 - imports are start-up, not the run
    from papercorpus.api import CleanOptions
    from papercorpus.incremental import clean_into_index

    t0, c0 = time.perf_counter(), time.process_time()
    run = clean_into_index([str(day)], index, str(out), CleanOptions(jobs=1))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    c = run.index
    print(json.dumps({
        "day_records": run.summary.parsed, "wall": wall, "cpu": cpu, "new_papers": c.new_papers,
        "new_copies_of_known": c.new_copies_of_known, "papers_updated": c.papers_updated,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))  # fmt: skip


# ------------------------------------------------------------------------------ main


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1].startswith("_"):
        {"_days": lambda a: _days_child(Path(a[0])),
         "_build": lambda a: _build_child(Path(a[0]), Path(a[1])),
         "_one": lambda a: _one_child(Path(a[0]), Path(a[1]), Path(a[2]))}[sys.argv[1]](sys.argv[2:])  # fmt: skip  # noqa: E501
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("part", nargs="?", choices=["days", "big", "all"], default="all")
    ap.add_argument("--work", type=Path, default=CACHE / "runs" / "incremental")
    args = ap.parse_args()

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    def load() -> str:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())

    if args.part in ("big", "all"):
        before = load()
        r = run_big(args.work / "big", log)
        print("## one listing day added to the index of the 1M-record corpus\n")
        print("| papers in index | index MB | day records | wall s | CPU s | peak RSS MB | new | "
              "known copies | updated |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|")
        print(f"| {r['papers']} | {r['index_mb']:.0f} | {r['day_records']} | {r['wall']:.2f} | "
              f"{r['cpu']:.2f} | "
              f"{r['peak_rss_mb']:.0f} | {r['new_papers']} | {r['new_copies_of_known']} | "
              f"{r['papers_updated']} |")  # fmt: skip
        print(
            f"\n{r['bytes_per_paper_beyond_text']:.0f} bytes per paper beyond its text; "
            f"targets: <= 2 s, <= 300 MB; load average {before} -> {load()}"
        )
        sys.stdout.flush()
    if args.part in ("days", "all"):
        before = load()
        r = run_days(args.work / "days")
        ratio = r["total_wall"] / r["batch_wall"]
        print("## 410 arXiv listing days, one at a time vs one batch run\n")
        print("| run | wall s | CPU s | per-day median s | worst day s | peak RSS MB |")
        print("|---|---|---|---|---|---|")
        print(f"| batch `clean` (child process, default jobs; fastest of {BATCH_RUNS}) | "
              f"{r['batch_wall']:.1f} | "
              f"{r['batch_cpu']:.1f} | | | |")  # fmt: skip
        print(f"| batch `clean --jobs 1` (child process; fastest of {BATCH_RUNS}) | "
              f"{r['batch1_wall']:.1f} | "
              f"{r['batch1_cpu']:.1f} | | | |")  # fmt: skip
        print(f"| batch `clean --index` into a new index (child process, default jobs; "
              f"fastest of {BATCH_RUNS}) | {r['batchx_wall']:.1f} | "
              f"{r['batchx_cpu']:.1f} | | | |")  # fmt: skip
        print(f"| `--index`, one day at a time (in process, default jobs: 1 for a day) | "
              f"{r['total_wall']:.1f} | {r['total_cpu']:.1f} | {r['median_day']:.3f} | "
              f"{r['worst_day']:.3f} | {r['peak_rss_mb']:.0f} |")  # fmt: skip
        print(f"\nratio {ratio:.2f}x the default batch run (target <= 3x; in CPU "
              f"{r['total_cpu'] / r['batch_cpu']:.2f}x), "
              f"{r['total_wall'] / r['batch1_wall']:.2f}x the one-process batch run, "
              f"{r['total_wall'] / r['batchx_wall']:.2f}x the batch run into a new index "
              f"(its output == batch: {r['batch_index_equals_batch']}); "
              f"index {r['index_mb']:.1f} MB for "
              f"{r['papers']} papers, {r['copies']} copies; text {r['text_mb']:.1f} MB; "
              f"{r['bytes_per_paper_beyond_text']:.0f} bytes per paper beyond its text "
              f"(target <= 1536); export == batch: {r['export_equals_batch']}; "
              f"load average (1/5/15 min) {before} -> {load()}: the batch run's wall time "
              "depends on a free second core\n")  # fmt: skip
        print("| table or index | MB | bytes per paper |\n|---|---|---|")
        for name, size in r["tables"].items():
            print(f"| {name} | {size / 1e6:.1f} | {size / max(r['papers'], 1):.0f} |")


if __name__ == "__main__":
    main()
