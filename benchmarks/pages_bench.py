"""Page-parser benchmark: generated pages (pagegen) parsed and compared with their truth.

    python benchmarks/pages_bench.py --cards 20000            # parse in-process (library)
    python benchmarks/pages_bench.py --cards 20000 --mode clean [--papercorpus PATH]
    python benchmarks/pages_bench.py --dir /tmp/pages-20k --by style --show 3

Prints one row per arrangement (or per ``--by`` key): cards, records lost, extra records
(chrome or stray text made into papers), titles damaged, abstracts glued, other abstract
damage, chrome leaked into a title/abstract, wrong arXiv ids (split: another card's id,
none), records given another card's id wherever their own shows, records without the id
their card shows, missed truncation flags, missed rejects; then totals, the false merges
the ids would cause (records of distinct cards sharing an id) and wall times. Column
meanings: pagegen_truth.

``--mode parse`` (default) reads every file through ``papercorpus.sources.iter_records``
(format detection included, as ``clean`` does) with whatever ``papercorpus`` this Python
imports: run it with another checkout's venv to measure that checkout. ``--mode clean``
runs ``papercorpus clean DIR`` (``--papercorpus`` names the executable) and reads its JSONL
output and ``--rejects``; copies merged into another row are counted as found but their
text is not checked (the row shows the survivor's text), nor are truncation flags (rows
carry none).

Pages are generated once into ``--dir`` (default ``/tmp/papercorpus-pagegen/<params>``)
and reused while the manifest matches. When the parser exposes per-line accounting
(``ParseLog.record_lines`` / ``blank_lines``, issue 14), an ``acct`` column counts files
whose lines are not all accounted for (record + chrome + blank + rejected lines).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # sibling modules, when imported
    sys.path.append(str(Path(__file__).resolve().parent))

from pagegen import GENERATOR_VERSION, generate  # noqa: E402
from pagegen_truth import (  # noqa: E402
    COLUMNS,
    Got,
    PageTruth,
    Score,
    false_merges,
    read_truth,
    score_page,
)

CACHE = Path("/tmp/papercorpus-pagegen")
PAGE_KEYS = ("arrangement", "style", "layout", "wrap")
# keys of a mixed page's traits (``mix:draw.trait+...``, pagegen_mix): its draws, each of
# its traits, each pair of its traits from two draws (a page counts under each key)
MIX_KEYS = ("draws", "trait", "pair")
CARD_KEYS = ("title_form", "abstract_form")


def ensure_pages(args: argparse.Namespace) -> Path:
    if args.dir is not None and (args.dir / "truth.jsonl").exists() and not args.cards_given:
        return args.dir
    name = f"{args.cards}-s{args.seed}"
    if args.family != "default":
        name += f"-f{args.family}"
    for key in ("arrangement", "style", "layout"):
        value = getattr(args, key)
        if value:
            name += f"-{key[0]}{value.replace(',', '+')}"
    out = args.dir or CACHE / f"{name}-v{GENERATOR_VERSION}"
    manifest = out / "manifest.json"
    if manifest.exists():
        m = json.loads(manifest.read_text())
        if m.get("cards_asked") == args.cards and m.get("seed") == args.seed:
            return out
    if out.exists():
        shutil.rmtree(out)
    tmp = Path(tempfile.mkdtemp(prefix="pagegen-", dir=out.parent if out.parent.exists() else None))
    started = time.perf_counter()
    generate(
        tmp,
        args.cards,
        args.seed,
        _csv(args.arrangement),
        _csv(args.style),
        _csv(args.layout),
        family=args.family,
    )
    print(
        f"generated {args.cards} cards in {time.perf_counter() - started:.1f}s -> {out}",
        file=sys.stderr,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, out)
    return out


# --------------------------------------------------------------------------- parsers


def parse_in_process(
    pages: Path, truth: PageTruth
) -> tuple[list[Got], set[int], str | None, float]:
    """One file's records, rejected lines and accounting problem, via the library."""
    from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
    from papercorpus.sources.inputs import read_lines

    path = pages / truth.file
    log = ParseLog()
    started = time.perf_counter()
    try:
        records = list(iter_records(InputFile(truth.file, path), ReadOptions(), log))
    except Exception as exc:  # an input error is a result too: every card lost
        records = []
        log.reject("E_INPUT", truth.file, 1, str(exc))
    elapsed = time.perf_counter() - started
    got = [
        Got(r.source.line, r.title, r.abstract, r.arxiv_id, tuple(r.flags), meta=r.meta)
        for r in records
    ]
    lines = sum(1 for _ in read_lines(InputFile(truth.file, path)))
    return got, {d.line for d in log.rejects}, _accounting(log, lines), elapsed


def _accounting(log, lines: int) -> str | None:
    """None when the lines add up (or the parser has no per-line accounting yet)."""
    record, blanks = getattr(log, "record_lines", None), getattr(log, "blank_lines", None)
    if record is None or blanks is None:
        return None
    rejects = getattr(log, "reject_lines", len(log.rejects))
    total = record + blanks + sum(log.chrome.values()) + rejects
    return None if total == lines else f"{lines} lines != {total} accounted"


def parse_with_clean(pages: Path, exe: str, jobs: int) -> tuple[dict, dict, float]:
    """Records and rejected lines per file from one ``papercorpus clean`` run."""
    with tempfile.TemporaryDirectory() as tmp:
        out, rej = Path(tmp) / "out.jsonl", Path(tmp) / "rejects.jsonl"
        cmd = [
            exe,
            "clean",
            str(pages),
            "-o",
            str(out),
            "--rejects",
            str(rej),
            "-q",
            "-j",
            str(jobs),
        ]
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
        got: dict[str, list[Got]] = defaultdict(list)
        prefix = str(pages) + os.sep
        for line in out.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for src in row["sources"]:
                file = src["file"].removeprefix(prefix)
                survivor = src.get("match") == "survivor"
                got[file].append(
                    Got(
                        src["line"],
                        row["title"],
                        row["abstract"],
                        row.get("arxiv_id"),
                        None,  # the output rows carry no flags
                        verified=survivor,
                    )
                )
        rejected: dict[str, set[int]] = defaultdict(set)
        if rej.exists():
            for line in rej.read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                rejected[d["file"].removeprefix(prefix)].add(d["line"])
    return got, rejected, elapsed


# --------------------------------------------------------------------------- report


def run(args: argparse.Namespace) -> dict:
    pages_root = ensure_pages(args)
    pages = pages_root / "pages"
    if args.mode == "clean":
        all_got, all_rejected, elapsed = parse_with_clean(pages, args.papercorpus, args.jobs)
    else:
        all_got, all_rejected, elapsed = {}, {}, 0.0
    groups: dict[str, Score] = defaultdict(Score)
    total = Score()
    acct_bad: dict[str, int] = defaultdict(int)
    per_card = args.by in CARD_KEYS
    files = 0
    for truth in read_truth(pages_root / "truth.jsonl"):  # streamed: 200k cards fit anywhere
        files += 1
        problem = None
        if args.mode == "clean":
            got, rejected = all_got.get(truth.file, []), all_rejected.get(truth.file, set())
        else:
            got, rejected, problem, seconds = parse_in_process(pages, truth)
            elapsed += seconds
        s = score_page(truth, got, rejected, (lambda c: getattr(c, args.by)) if per_card else None)
        keys = _keys(truth, args.by) if not per_card else ["-"]
        total.add(s)
        s.ids = []
        if per_card:
            for k, counts in s.groups.items():
                groups[k].counts.update(counts)
        else:
            for k in keys:
                groups[k].add(s)
        if problem:
            for k in keys:
                acct_bad[k] += 1
            acct_bad["TOTAL"] += 1
    has_acct = args.mode == "parse" and _has_accounting()
    print(_table(groups, total, acct_bad if has_acct else None, args.by))
    cards = total.counts["cards"]
    merges = false_merges(total.ids)
    total.ids = []
    print(f"\nfalse merges (records of distinct cards sharing an arXiv id): {merges}")
    print(
        f"{cards} cards in {files} files; parse {elapsed:.2f}s "
        f"({cards / elapsed if elapsed else 0:,.0f} cards/s, {args.mode} mode); "
        f"pages: {pages_root}"
    )
    if args.show:
        for column in COLUMNS[1:]:
            for example in total.examples.get(column, [])[: args.show]:
                print(f"  {column}: {example}")
    summary = {
        "cards": cards,
        "seconds": round(elapsed, 3),
        "mode": args.mode,
        "by": args.by,
        "groups": {k: dict(v.counts) for k, v in sorted(groups.items())},
        "total": dict(total.counts),
        "false_merges": merges,
        "accounting_bad_files": dict(acct_bad) if has_acct else None,
    }
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


def _keys(truth: PageTruth, by: str) -> list[str]:
    """The page's group keys: one, or a mixed page's several (``MIX_KEYS``; ``trait``: a
    capture page's traits too)."""
    if by not in MIX_KEYS:
        return [getattr(truth, by)]
    name = truth.arrangement
    if name.startswith("capture:") and by == "trait":  # a capture page's traits
        return name[8:].split("+")
    if not name.startswith("mix:"):
        return [name.split(":", 1)[0]]
    traits = name[4:].split("+")
    if by == "draws":
        return ["+".join(sorted({t.split(".", 1)[0] for t in traits}))]
    if by == "trait":
        return traits
    return [
        f"{a} + {b}"
        for i, a in enumerate(traits)
        for b in traits[i + 1 :]
        if a.split(".", 1)[0] != b.split(".", 1)[0]
    ]


def _has_accounting() -> bool:
    from papercorpus.sources import ParseLog

    log = ParseLog()
    return hasattr(log, "record_lines") and hasattr(log, "blank_lines")


def _table(groups: dict[str, Score], total: Score, acct: dict[str, int] | None, by: str) -> str:
    cols = list(COLUMNS) + (["acct"] if acct is not None else [])
    width = max([len(by), 12, *(len(k) for k in groups)])
    head = f"{by:<{width}} " + " ".join(f"{c:>10}" for c in cols)
    rows = [head, "-" * len(head)]
    for key in sorted(groups):
        rows.append(_row(key, groups[key], acct, width, cols))
    rows.append("-" * len(head))
    rows.append(_row("TOTAL", total, acct, width, cols))
    return "\n".join(rows)


def _row(key: str, score: Score, acct: dict[str, int] | None, width: int, cols: list[str]) -> str:
    cells = []
    for c in cols:
        value = acct.get(key, 0) if c == "acct" and acct is not None else score.counts.get(c, 0)
        cells.append(f"{value:>10}")
    return f"{key:<{width}} " + " ".join(cells)


def _csv(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",") if t.strip()] if text else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cards", type=int, default=None, help="cards to generate (default 20000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--arrangement")
    ap.add_argument(
        "--family", choices=("default", "new", "conv"), default="default", help="arrangement family"
    )
    ap.add_argument("--style")
    ap.add_argument("--layout")
    ap.add_argument("--dir", type=Path, help="pages folder (generated there when missing)")
    ap.add_argument("--mode", choices=("parse", "clean"), default="parse")
    ap.add_argument("--papercorpus", default=shutil.which("papercorpus") or "papercorpus")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--by", choices=PAGE_KEYS + CARD_KEYS + MIX_KEYS, default="arrangement")
    ap.add_argument("--show", type=int, default=0, help="examples per failure column")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    args = ap.parse_args(argv)
    args.cards_given = args.cards is not None
    args.cards = args.cards or 20000
    run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
