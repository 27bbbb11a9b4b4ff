"""The real arXiv papers a generated corpus draws on, and the distinct papers it adds by
recombining real sentences under generated titles (``corpus.py``, ``hardcorpus.py``)."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

# Sentences of a generated paper's abstract.
MIN_SENTENCES, MAX_SENTENCES = 4, 11
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_CONNECTOR = re.compile(r" (?=(?:for|via|with|in|of|on|using|through|from|by|to|towards) )")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def collapse(text: str) -> str:
    return " ".join(text.split())


def text_key(text: str) -> str:
    return _NON_ALNUM.sub("", text.lower())


@dataclass
class RealPapers:
    titles: list[str] = field(default_factory=list)
    abstracts: list[str] = field(default_factory=list)  # raw, hard-wrapped with \n
    revisions: dict[int, tuple[str, str]] = field(default_factory=dict)


@dataclass
class Generated:
    titles: list[str]
    sentences: list[str]
    rows: np.ndarray  # (papers, MAX_SENTENCES) sentence indices, -1 padded


# --------------------------------------------------------------------------- real data


def data_files(data_dir: Path, max_files: int | None = None) -> list[Path]:
    files = sorted(data_dir.glob("*.jsonl.gz"))
    return files[:max_files] if max_files else files


def data_fingerprint(files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f.name}\t{f.stat().st_size}\n".encode())
    return h.hexdigest()[:16]


def load_real(files: list[Path]) -> RealPapers:
    """Distinct real papers in first-listing order; ids whose title key repeats an earlier
    paper's are dropped (re-submissions under a new id: ambiguous ground truth)."""
    real = RealPapers()
    index: dict[str, int] = {}
    title_keys: set[str] = set()
    dropped: set[str] = set()
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                _add_row(real, index, title_keys, dropped, row)
    return real


def _add_row(
    real: RealPapers, index: dict[str, int], title_keys: set[str], dropped: set[str], row: dict
) -> None:
    pid, title, abstract = row.get("id"), collapse(row.get("title") or ""), row.get("summary")
    if not pid or not title or not abstract or pid in dropped:
        return
    known = index.get(pid)
    if known is None:
        key = text_key(title)
        if key in title_keys:
            dropped.add(pid)
            return
        title_keys.add(key)
        index[pid] = len(real.titles)
        real.titles.append(title)
        real.abstracts.append(abstract)
    elif known not in real.revisions and (title, collapse(abstract)) != (
        real.titles[known],
        collapse(real.abstracts[known]),
    ):
        real.revisions[known] = (title, abstract)


# --------------------------------------------------------------------------- generated papers


def split_sentences(text: str) -> list[str]:
    return _SENTENCE_END.split(collapse(text))


def sentence_pool(abstracts: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Unique sentences (first occurrence wins), their source abstract, and the per-abstract
    sentence counts (the length distribution generated abstracts follow)."""
    seen: dict[str, int] = {}
    sources: list[int] = []
    counts = np.empty(len(abstracts), dtype=np.int64)
    for i, abstract in enumerate(abstracts):
        parts = split_sentences(abstract)
        counts[i] = len(parts)
        for s in parts:
            if 30 <= len(s) <= 500 and s not in seen:
                seen[s] = len(sources)
                sources.append(i)
    return list(seen), np.asarray(sources, dtype=np.int64), counts


def sentence_rows(
    n: int, sources: np.ndarray, counts: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """Sentence indices of ``n`` generated abstracts: within a row every sentence comes from a
    different real abstract, and no sentence pair occurs in two rows."""
    nsent = len(sources)
    lengths = np.clip(rng.choice(counts, size=n), MIN_SENTENCES, MAX_SENTENCES)
    valid = np.arange(MAX_SENTENCES)[None, :] < lengths[:, None]
    rows = np.full((n, MAX_SENTENCES), -1, dtype=np.int64)
    todo = np.arange(n)
    for _ in range(100):
        if len(todo) == 0:
            return rows
        rows[todo] = np.where(
            valid[todo], rng.integers(0, nsent, size=(len(todo), MAX_SENTENCES)), -1
        )
        todo = _bad_rows(rows, sources, nsent)
    raise RuntimeError("could not make distinct generated abstracts (sentence pool too small)")


def _bad_rows(rows: np.ndarray, sources: np.ndarray, nsent: int) -> np.ndarray:
    """Rows that reuse a source abstract, or share a sentence pair with an earlier row."""
    src = np.where(rows >= 0, sources[np.maximum(rows, 0)], -1)
    src_sorted = np.sort(src, axis=1)
    same_source = ((src_sorted[:, 1:] == src_sorted[:, :-1]) & (src_sorted[:, 1:] >= 0)).any(1)
    i, j = np.triu_indices(rows.shape[1], k=1)
    a, b = rows[:, i], rows[:, j]
    ok = (a >= 0) & (b >= 0)
    codes = np.minimum(a, b) * nsent + np.maximum(a, b)
    row_of = np.broadcast_to(np.arange(len(rows))[:, None], codes.shape)[ok]
    codes = codes[ok]
    order = np.argsort(codes, kind="stable")  # rows stay ascending within a pair: first keeps it
    codes, row_of = codes[order], row_of[order]
    repeat = np.zeros(len(codes), dtype=bool)
    repeat[1:] = (codes[1:] == codes[:-1]) & (row_of[1:] != row_of[:-1])
    bad = np.zeros(len(rows), dtype=bool)
    bad[row_of[repeat]] = True
    return np.flatnonzero(bad | same_source)


def title_fragments(titles: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Names (``Name:`` prefixes), description heads and connector-led tails."""
    names: dict[str, None] = {}
    heads: dict[str, None] = {}
    tails: dict[str, None] = {}
    for title in titles:
        name, sep, desc = title.partition(": ")
        if not sep:
            name, desc = "", title
        if name and len(name.split()) <= 4:
            names[name] = None
        parts = _CONNECTOR.split(desc, maxsplit=1)
        if len(parts) == 2 and parts[0] and parts[1]:
            heads[parts[0]] = None
            tails[parts[1]] = None
    return list(names), list(heads), list(tails)


def generated_titles(n: int, real_titles: list[str], rng: np.random.Generator) -> list[str]:
    """``n`` recombined titles whose keys differ from each other and from every real title."""
    names, heads, tails = title_fragments(real_titles)
    if not heads or not tails:
        raise RuntimeError("not enough real titles to recombine")
    taken = {text_key(t) for t in real_titles}
    out: list[str] = []
    while len(out) < n:
        need = n - len(out)
        use_name = rng.random(need) < 0.5
        ni = rng.integers(0, max(len(names), 1), size=need)
        hi = rng.integers(0, len(heads), size=need)
        ti = rng.integers(0, len(tails), size=need)
        for k in range(need):
            desc = f"{heads[hi[k]]} {tails[ti[k]]}"
            title = f"{names[ni[k]]}: {desc}" if use_name[k] and names else desc
            key = text_key(title)
            if key not in taken:
                taken.add(key)
                out.append(title)
    return out


def generate_papers(n: int, real: RealPapers, rng: np.random.Generator) -> Generated:
    sentences, sources, counts = sentence_pool(real.abstracts)
    if n == 0:
        return Generated([], sentences, np.empty((0, MAX_SENTENCES), dtype=np.int64))
    rows = sentence_rows(n, sources, counts, rng)
    return Generated(generated_titles(n, real.titles, rng), sentences, rows)
