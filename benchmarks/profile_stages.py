"""Where ``papercorpus clean`` spends each microsecond per record, and where its candidate
pairs come from.

    flock /tmp/papercorpus-bench.lock .venv/bin/python benchmarks/profile_stages.py \\
        /tmp/papercorpus-hard/hard-200k-s20251117-v1/files --py-spy /tmp/pyspy/bin/py-spy

Two parts, both on the same input:

* ``profile``: ``py-spy record --format raw`` (sampling, so the Python code runs at full
  speed; install py-spy anywhere but in the project, e.g. a throwaway venv) around
  ``papercorpus clean INPUT -j 1``: with one job everything runs in one process, so the
  samples are the whole pipeline (their shares are spread over the run's CPU time, so a
  busy machine does not inflate them). Each stack is put in a stage by its
  innermost stage frame (``STAGES``) and in a detail by its innermost detail frame
  (``DETAILS``); the table gives microseconds of CPU per record.
* ``candidates``: the pipeline's own functions called step by step (so this part follows
  the code of ``src/papercorpus/dedup`` as of d118ecc and must follow it when it moves):
  ingest at the default ``--jobs``, then every candidate source on its own (LSH bands before
  and after the prefilter, abstract prefixes, title keys, arXiv ids), their union, the
  verification of every pair (per-pair cost) and how many pairs of each source the rules
  accept.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

# Innermost frame that names the stage (function name, file); first match from the leaf.
STAGES: tuple[tuple[str, str], ...] = (
    (r"^_verify_all |^_verify_block ", "verify"),
    (r"^_candidate_pairs |^_lsh_candidates |^_band_pairs ", "candidates"),
    (r"^Corpus\.add_batch |^Corpus\.seal |^_key_unknown_skips ", "exact pass"),
    (r"^_chunks_of_files? |^_keyed_stream |^ingest \(papercorpus", "parse + key"),
    (r"^find_duplicates |^group_clusters |^Clusters\.", "clusters"),
    (r"^write_output |^atomic_output|\(papercorpus/sinks/", "write"),
)
DETAILS: tuple[tuple[str, str], ...] = (
    (r"^(_to_ascii|_translate_non_ascii) ", "fold: non-ASCII"),
    (r"^(_detex|_tex_command|_drop_stripped_style|_first_group) ", "fold: TeX"),
    (r"^(_unescape|_unescape_entity) ", "fold: entities"),
    (r"^(fix_mojibake|_repair_sequence) ", "fold: mojibake"),
    (r"\(papercorpus/normalize\.py", "fold: other"),
    (r"\(papercorpus/sources/", "parse"),
    (r"^(_plausible|estimate_jaccard) ", "prefilter"),
    (r"\(papercorpus/dedup/(shingles|signatures)\.py", "shingles + signatures"),
    (
        r"^(decide|_decide_texts|_same_title_rule|_abstract_rule|_evidence|title_ratio|"
        r"_overlap|_word_jaccard|title_nested|topic_conflict|_markers_differ|names_differ) ",
        "rules",
    ),
    # features.py holds what the rules compare of one text; verify.py the rules themselves
    # (a compiled function is invisible to py-spy: its time counts for its Python caller)
    (r"\(papercorpus/dedup/features\.py", "features"),
    (r"\(papercorpus/dedup/verify\.py", "rules"),
    (r"^(group_pairs|band_pairs|signed_rows) ", "band / key grouping"),
    (r"^(merge_pairs|value_pairs) ", "merge / ids"),
    (r"\(papercorpus/dedup/cluster\.py|^_explain |^_choose_survivors ", "union-find / explain"),
    (r"\(papercorpus/keys\.py", "keys + hashes"),
    (r"\(papercorpus/store\.py|\(papercorpus/ingest\.py", "spill / raw filter / store"),
    (r"\(papercorpus/output\.py", "render rows"),
    (r"\(papercorpus/sinks/", "file I/O"),
    (r"\(papercorpus/parallel\.py", "pool glue"),
)


def classify(frames: list[str]) -> tuple[str, str]:
    stage = detail = None
    for frame in reversed(frames):  # leaf first
        if detail is None:
            detail = next((d for pat, d in DETAILS if re.search(pat, frame)), None)
        if stage is None:
            stage = next((s for pat, s in STAGES if re.search(pat, frame)), None)
        if stage:
            break
    return stage or "start-up / other", detail or "other"


def profile(inp: Path, py_spy: str, out_dir: Path, rate: int) -> list[str]:
    out, stats, stacks = out_dir / "out.jsonl", out_dir / "stats.json", out_dir / "stacks.txt"
    papercorpus = Path(sys.executable).with_name("papercorpus")
    argv = [
        py_spy,
        "record",
        "--format",
        "raw",
        "-r",
        str(rate),
        "-o",
        str(stacks),
        "--",
        str(papercorpus),
        "clean",
        str(inp),
        "-o",
        str(out),
        "--stats",
        str(stats),
        "--timings",
        "-j",
        "1",
    ]
    t0, c0 = time.perf_counter(), _children_cpu()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall, cpu = time.perf_counter() - t0, _children_cpu() - c0
    summary = json.loads(stats.read_text())
    records = summary["records_parsed"]
    samples: Counter[tuple[str, str]] = Counter()
    for line in stacks.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        samples[classify(stack.split(";"))] += int(count)
    total = sum(samples.values())
    by_stage: Counter[str] = Counter()
    for (stage, _), n in samples.items():
        by_stage[stage] += n
    # Samples count runnable time, which on a busy machine includes waiting for a core: the
    # shares are spread over the CPU time the run really used (py-spy's own included, ~2%).
    us = cpu * 1e6 / total / records
    lines = [
        f"{inp}: {records:,} records, -j 1 under py-spy: wall {wall:.1f} s, CPU "
        f"{cpu:.1f} s, {total:,} samples at {rate}/s, stage wall {summary.get('timings')}",
        "",
        f"{'stage':<18} {'detail':<28} {'µs/record':>9} {'share':>6}",
    ]
    for stage, n_stage in by_stage.most_common():
        lines.append(f"{stage:<18} {'(all)':<28} {n_stage * us:9.1f} {n_stage / total:6.1%}")
        for (s, detail), n in samples.most_common():
            if s == stage and n / total >= 0.002:
                lines.append(f"{'':<18} {detail:<28} {n * us:9.1f} {n / total:6.1%}")
    lines.append(f"{'total':<47} {total * us:9.1f}")
    return lines


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pool_cpu(workers) -> float:
    """CPU seconds of this process and of the pool's live workers (from /proc)."""
    ticks = 0
    for proc in getattr(workers._pool, "_pool", None) or ():
        with open(f"/proc/{proc.pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return time.process_time() + ticks / os.sysconf("SC_CLK_TCK")


def _packed(pairs: np.ndarray) -> np.ndarray:
    return pairs[:, 0].astype(np.int64) << 32 | pairs[:, 1].astype(np.int64)


def candidates(inp: Path, truth_dir: Path | None = None) -> list[str]:
    from papercorpus.dedup import candidates as cand
    from papercorpus.dedup.engine import (
        DedupOptions,
        _candidate_pairs,
        _plausible,
        _verify_all,
    )
    from papercorpus.ingest import RAW_FILTER_BYTES, ingest
    from papercorpus.parallel import Workers, default_jobs
    from papercorpus.sources import ParseLog, ReadOptions, expand_inputs

    opts = DedupOptions()
    files = expand_inputs([str(inp)], (), ())
    with (
        Workers(default_jobs(), shared_bytes=RAW_FILTER_BYTES) as workers,
        ingest(files, ReadOptions(), ParseLog(), workers) as corpus,
    ):
        n_copies, n = corpus.n_copies, corpus.n_unique
        t0 = time.perf_counter()
        final = _candidate_pairs(corpus, opts, workers.jobs)
        t_cand = time.perf_counter() - t0
        valid = cand.signed_rows(corpus.sig)
        lsh_raw = cand.merge_pairs(
            [cand.band_pairs(corpus.sig, valid, b, opts.rows) for b in range(opts.bands)]
        )
        lsh = lsh_raw[_plausible(corpus, lsh_raw, opts.prefilter)]
        ph, th = corpus.prefix_hash, corpus.title_hash
        has_p, has_t = np.flatnonzero(ph), np.flatnonzero(th)
        prefix_raw = cand.merge_pairs([cand.group_pairs(ph[has_p], has_p)])
        prefix = prefix_raw[_plausible(corpus, prefix_raw, opts.prefilter)]
        title = cand.merge_pairs([cand.group_pairs(th[has_t], has_t)])
        ids = cand.merge_pairs([cand.value_pairs(corpus.unique_arxiv)])
        t0, c0 = time.perf_counter(), _pool_cpu(workers)
        decisions = _verify_all(corpus, final, opts.thresholds, workers)
        t_verify, c_verify = time.perf_counter() - t0, _pool_cpu(workers) - c0
        first_copy = (
            np.frombuffer(corpus.unique_first_copy, dtype=np.int64).copy() if truth_dir else None
        )
    key = _packed(final)
    accepted = np.array([d.rule is not None for d in decisions], dtype=bool)
    rules = Counter(d.rule for d in decisions if d.rule)
    sources = {
        "LSH bands (before prefilter)": lsh_raw,
        "LSH bands": lsh,
        "abstract prefixes (before prefilter)": prefix_raw,
        "abstract prefixes": prefix,
        "title keys": title,
        "arXiv ids": ids,
    }
    lines = [
        f"{inp}: {n_copies:,} records, {n:,} unique texts after the exact pass; "
        f"candidates in {t_cand:.2f} s, verification of {len(final):,} pairs in "
        f"{t_verify:.2f} s with {default_jobs()} workers, "
        f"{c_verify / max(len(final), 1) * 1e6:.0f} µs of CPU per pair",
        "",
        f"{'source':<38} {'pairs':>9} {'verified':>9} {'accepted':>9} {'only this':>9}",
    ]
    keys = {name: _packed(p) for name, p in sources.items()}
    verified_sets = [k for name, k in keys.items() if "before" not in name]
    for name, k in keys.items():
        mask = np.isin(key, k)
        others = [o for o in verified_sets if o is not k]
        only = mask & ~np.isin(key, np.concatenate(others)) if others else mask
        lines.append(
            f"{name:<38} {len(k):9,} {int(mask.sum()):9,} "
            f"{int((mask & accepted).sum()):9,} {int((only & accepted).sum()):9,}"
        )
    lines.append(f"{'all (verified)':<38} {len(final):9,} {len(final):9,} {int(accepted.sum()):9,}")
    lines.append("accepted by rule: " + ", ".join(f"{r} {c:,}" for r, c in rules.most_common()))
    lines.append(_redundancy(n, final, accepted))
    if truth_dir is not None and first_copy is not None:
        lines.append(_rejected_by_truth(truth_dir, final, accepted, first_copy, keys))
    return lines


def _rejected_by_truth(
    truth_dir: Path,
    pairs: np.ndarray,
    accepted: np.ndarray,
    first_copy: np.ndarray,
    keys: dict[str, np.ndarray],
) -> str:
    """What the rejected pairs are, from a hardcorpus/corpus truth (records in input order)."""
    from corpus import load_truth

    truth = load_truth(truth_dir)
    paper = truth.paper[first_copy]
    neg_kind: dict[int, str] = {}
    negatives = truth_dir / "negatives.json"
    if negatives.exists():
        for a, b, kind in json.loads(negatives.read_text()):
            neg_kind[a] = neg_kind[b] = kind
    title = np.isin(_packed(pairs), keys["title keys"])
    tally: Counter[str] = Counter()
    for (a, b), ok, by_title in zip(pairs.tolist(), accepted.tolist(), title.tolist(), strict=True):
        pa, pb = int(paper[a]), int(paper[b])
        if pa == pb:
            label = "same paper: accepted" if ok else "same paper: rejected (missed)"
        elif ok:
            label = "distinct papers: accepted (false merge)"
        else:
            ka, kb = neg_kind.get(pa), neg_kind.get(pb)
            kind = ka if ka and ka == kb else "one or none a planted negative"
            label = f"distinct, rejected, {'title key' if by_title else 'other'}: {kind}"
        tally[label] += 1
    return "verified pairs by truth: " + "; ".join(f"{k} {v:,}" for k, v in tally.most_common())


def _redundancy(n: int, pairs: np.ndarray, accepted: np.ndarray) -> str:
    """How many verified pairs changed no cluster: their endpoints were already joined by the
    accepted pairs before them (in the engine's sorted order), or ended up joined anyway."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    before = Counter()
    for (a, b), ok in zip(pairs.tolist(), accepted.tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra == rb:
            before["accepted" if ok else "rejected"] += 1
        elif ok:
            parent[max(ra, rb)] = min(ra, rb)
    later = sum(
        find(a) == find(b)
        for (a, b), ok in zip(pairs.tolist(), accepted.tolist(), strict=True)
        if not ok
    )
    return (
        f"already joined when their turn came: {before['accepted']:,} accepted + "
        f"{before['rejected']:,} rejected pairs; rejected pairs inside one final cluster: "
        f"{later:,} of {int((~accepted).sum()):,}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", type=Path, help="what to clean (a directory of dumps)")
    ap.add_argument("--py-spy", default="py-spy", help="py-spy executable")
    ap.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    ap.add_argument("--skip-profile", action="store_true")
    ap.add_argument("--skip-candidates", action="store_true")
    ap.add_argument(
        "--truth",
        type=Path,
        help="corpus directory with truth.jsonl: say what the verified pairs are",
    )
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="papercorpus-profile-") as tmp:
        if not args.skip_profile:
            print("\n".join(profile(args.input, args.py_spy, Path(tmp), args.rate)), flush=True)
            print()
        if not args.skip_candidates:
            print("\n".join(candidates(args.input, args.truth)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
