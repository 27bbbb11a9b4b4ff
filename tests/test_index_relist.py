"""Papers reached only by exact re-listings of their surviving text are merged without the
engine (``incremental_relist``): the same export as the batch run, and the same daily
outputs (new papers, updates) as when every reached paper goes through the engine."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from papercorpus import api, incremental_plan
from papercorpus.dedup import DedupOptions
from papercorpus.incremental import Index, clean_into_index
from papercorpus.incremental_relist import Relisted
from papercorpus.index import lookup

_WORDS = [f"w{i}" for i in range(3000)]
_PEOPLE = [f"Author {c}{i}" for c in "ABCDEFG" for i in range(9)]


def _fields(rng: random.Random) -> dict[str, object]:
    """A copy's own fields: every merge policy, sometimes absent."""
    out: dict[str, object] = {}
    if rng.random() < 0.8:
        out["authors"] = rng.sample(_PEOPLE, rng.randint(1, 6))
    if rng.random() < 0.7:
        cats = rng.sample(["cs.CL", "cs.LG", "cs.AI", "stat.ML"], rng.randint(1, 3))
        out["categories"] = cats + cats[:1]  # a value listed twice in one copy
    if rng.random() < 0.5:
        out["n_authors"] = rng.randint(1, 9)
    if rng.random() < 0.5:
        out["published"] = rng.choice(["2025-02-17", "Feb 20", "2025-02-11", "Feb 3"])
    if rng.random() < 0.5:
        out["upvotes"] = rng.randint(0, 50)  # latest
    if rng.random() < 0.3:
        out["stars"] = rng.randint(0, 500)  # latest
    if rng.random() < 0.3:
        out["venue"] = rng.choice(["ACL", "ICML", "NeurIPS"])  # extra
    if rng.random() < 0.2:
        out["date"] = rng.choice(["Feb 27", "2025-02-26", "Mar 9"])  # the copy's own date
    if rng.random() < 0.2:
        out["ai_summary"] = rng.choice(["A model.", "A method for things."])
    if rng.random() < 0.2:
        out["doi"] = rng.choice(["10.1/a", "10.1/b"])
    return out


def _write_days(rng: random.Random) -> list[list[str]]:
    """Six listing days named by their date, each new papers and exact re-listings of
    earlier ones (with other fields), a few near-duplicates, weak abstracts and longer
    versions; and a file without a date in its name among them."""
    papers: list[tuple[str, str]] = []
    days: list[list[str]] = []
    for d in range(6):
        rows = []
        for i in range(25):
            title = " ".join(rng.choice(_WORDS) for _ in range(7)) + f" part {d}-{i}"
            abstract = " ".join(rng.choice(_WORDS) for _ in range(60))
            if i % 9 == 8:
                abstract = rng.choice(["N/A", "No abstract available.", ""])
            papers.append((title, abstract))
            rows.append({"title": title, "abstract": abstract, **_fields(rng)})
        for _ in range(30 if d else 0):
            title, abstract = rng.choice(papers)
            kind = rng.random()
            if kind < 0.08:  # a near-duplicate: reaches the paper through the engine
                abstract = abstract.replace(" w", " x", 1)
            elif kind < 0.14:  # a longer version (under --keep longest, a new survivor)
                abstract = f"{abstract} {' '.join(rng.choice(_WORDS) for _ in range(5))}"
                papers.append((title, abstract))
            rows.append({"title": title, "abstract": abstract, **_fields(rng)})
        rng.shuffle(rows)
        names = [f"2025-03-0{d + 1}.jsonl"]
        if d == 2:
            names.append("misc.jsonl")  # dates take their year from the file's other dates
            Path(names[-1]).write_text("".join(json.dumps(r) + "\n" for r in rows[:10]))
        Path(names[0]).write_text("".join(json.dumps(r) + "\n" for r in rows))
        days.append(names)
    return days


def _run(days: list[list[str]], tag: str, keep: str) -> list[bytes]:
    opts = api.CleanOptions(dedup=DedupOptions(keep=keep), jobs=1)  # type: ignore[arg-type]
    out = []
    for i, day in enumerate(days):
        new, up = f"{tag}-new-{i}.jsonl", f"{tag}-up-{i}.jsonl"
        clean_into_index(day, f"{tag}.db", new, opts, updates=up)
        out += [Path(new).read_bytes(), Path(up).read_bytes()]
    Index(f"{tag}.db", DedupOptions(keep=keep)).export(f"{tag}-export.jsonl")  # type: ignore[arg-type]
    out.append(Path(f"{tag}-export.jsonl").read_bytes())
    return out


@pytest.mark.parametrize("keep", ["first", "longest"])
def test_relisted_papers_merged_without_the_engine_are_the_batch_output(
    chdir: Path, keep: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    days = _write_days(random.Random(18))
    merged: list[int] = []
    fallback: list[int] = []
    split = incremental_plan.relisted_papers

    def counted(*args: object) -> Relisted:
        got = split(*args)  # type: ignore[arg-type]
        merged.append(len(got.rows))
        fallback.append(len(got.fallback))
        return got

    monkeypatch.setattr(incremental_plan, "relisted_papers", counted)
    fast = _run(days, "fast", keep)
    assert sum(merged) > 40 and sum(fallback) > 5  # both ways are exercised
    opts = api.CleanOptions(dedup=DedupOptions(keep=keep), jobs=1)  # type: ignore[arg-type]
    api.clean([n for day in days for n in day], "batch.jsonl", opts)
    assert fast[-1] == Path("batch.jsonl").read_bytes()
    # A rebuild adds the stored copies again, a batch at a time: the copies of a later
    # batch listing a paper of an earlier one again are merged here too, dates as stored.
    before = sum(merged)
    Index("fast.db", DedupOptions(keep=keep)).rebuild("rebuilt.db", batch=60)  # type: ignore[arg-type]
    assert sum(merged) > before
    Index("rebuilt.db", DedupOptions(keep=keep)).export("rebuilt.jsonl")  # type: ignore[arg-type]
    assert Path("rebuilt.jsonl").read_bytes() == fast[-1]
    # Every reached paper through the engine: the same new papers, updates and export.
    monkeypatch.setattr(lookup.Relists, "find", lambda self, rows: None)
    assert _run(days, "engine", keep) == fast
