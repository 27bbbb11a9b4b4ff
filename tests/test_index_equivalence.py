"""Issue 18, equivalence: ``clean --index`` day by day, then an export, writes what one
``clean`` over all days writes (same papers, same ids, same merged fields, same provenance in
the same order), for ``--keep first`` and ``--keep longest``, in every output format."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from papercorpus import api
from papercorpus.dedup import DedupOptions
from papercorpus.incremental import Index, clean_into_index

from .conftest import DATA, SHARED, bench_module, require

corpus = bench_module("corpus")


def _link(files: Sequence[Path], into: Path) -> list[str]:
    """The files under ``into`` by their own names: the same relative names for the batch
    run and the daily runs, as provenance shows them."""
    names = []
    for f in files:
        (into / f.name).symlink_to(f)
        names.append(f.name)
    return names


def _batch(names: list[str], out: str, keep: str, jobs: int = 1) -> bytes:
    opts = api.CleanOptions(dedup=DedupOptions(keep=keep), jobs=jobs)  # type: ignore[arg-type]
    api.clean(names, out, opts)
    return Path(out).read_bytes()


def _daily(days: list[list[str]], index: str, keep: str, jobs: int = 1) -> list[bytes]:
    opts = api.CleanOptions(dedup=DedupOptions(keep=keep), jobs=jobs)  # type: ignore[arg-type]
    new = []
    for i, day in enumerate(days):
        clean_into_index(day, index, f"new-{i}.jsonl", opts, updates=f"up-{i}.jsonl")
        new.append(Path(f"new-{i}.jsonl").read_bytes() + Path(f"up-{i}.jsonl").read_bytes())
    return new


def _check(days: list[list[str]], keep: str, tag: str) -> None:
    names = [n for day in days for n in day]
    batch = _batch(names, f"batch-{tag}.jsonl", keep)
    new = _daily(days, f"{tag}.db", keep)
    ix = Index(f"{tag}.db", DedupOptions(keep=keep))  # type: ignore[arg-type]
    ix.export(f"export-{tag}.jsonl")
    exported = Path(f"export-{tag}.jsonl").read_bytes()
    assert exported == batch
    # Every paper of the batch run was written on some day, as new or as updated (under
    # --keep longest its id changes when a later, longer copy wins).
    batch_ids = {line[:29] for line in batch.splitlines()}
    daily_ids = {line[:29] for out in new for line in out.splitlines()}
    assert batch_ids <= daily_ids


@pytest.mark.parametrize("keep", ["first", "longest"])
def test_seeds_day_by_day_export_is_the_batch_output(chdir: Path, keep: str) -> None:
    files = sorted(require(SHARED / "seeds").iterdir())
    names = _link(files, chdir)
    _check([names[:2], names[2:3], names[3:]], keep, "split")
    _check([[n] for n in names], keep, "each")


def test_export_in_every_format_is_what_clean_writes(chdir: Path) -> None:
    names = _link(sorted(require(SHARED / "seeds").iterdir()), chdir)
    _daily([names[:3], names[3:]], "c.db", "first")
    ix = Index("c.db")
    for out, fields in (
        ("a.csv", None), ("a.jsonl.gz", None), ("a.csv.zst", None), ("b.jsonl", "id,title,sources"),
        ("b.csv", "title,authors,id"),
    ):  # fmt: skip
        ix.export(f"x-{out}", fields=fields)
        api.clean(
            names, f"y-{out}", api.CleanOptions(fields=api.output_spec(out, None, fields).columns)
        )
        assert Path(f"x-{out}").read_bytes() == Path(f"y-{out}").read_bytes(), out


def test_export_parquet_is_what_clean_writes(chdir: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    names = _link(sorted(require(SHARED / "seeds").iterdir()), chdir)
    _daily([names[:3], names[3:]], "c.db", "first")
    Index("c.db").export("x.parquet")
    api.clean(names, "y.parquet")
    assert pq.read_table("x.parquet").equals(pq.read_table("y.parquet"))


def test_export_is_the_same_for_any_jobs(chdir: Path) -> None:
    names = _link(sorted(require(SHARED / "seeds").iterdir()), chdir)
    exports = []
    for jobs in (1, 2):
        os.mkdir(f"j{jobs}")
        os.chdir(f"j{jobs}")
        for n in names:
            os.symlink(chdir / n, n)
        _daily([names[:2], names[2:]], "c.db", "first", jobs=jobs)
        Index("c.db").export("all.jsonl")
        exports.append(Path("all.jsonl").read_bytes())
        os.chdir(chdir)
    assert exports[0] == exports[1]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated 20k-record page corpus (copies, re-wraps, truncations, v2 edits...) in
    eight daily files."""
    data = require(DATA / "arxiv-listings")
    params = corpus.CorpusParams(records=20000, file_records=(2000, 3500), max_data_files=8)
    return corpus.ensure_corpus(params, tmp_path_factory.mktemp("cache"), data) / "pages"


@pytest.mark.parametrize("keep", ["first", "longest"])
def test_generated_20k_in_days_export_is_the_batch_output(
    chdir: Path, generated: Path, keep: str
) -> None:
    names = _link(sorted(generated.iterdir()), chdir)
    assert 5 <= len(names) <= 10
    _check([[n] for n in names], keep, "gen")


def test_band_lookup_cap_loses_nothing(chdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lookup reads at most the latest 64 texts of a band key. The engine pairs a text
    with every member of a bucket of up to 64, and with its 16 nearest neighbours in
    first-seen order beyond, and today's texts come last: the latest 64 are all it can pair
    them with. 240 distinct papers sharing a long boilerplate (band buckets of ~190 texts),
    added in 4 days: capped and uncapped, the export is the batch output."""
    import json
    import random
    import sqlite3

    from papercorpus.index import lookup

    rng = random.Random(7)
    words = [f"w{i}" for i in range(5000)]
    boiler = " ".join(rng.choice(words) for _ in range(150))
    names = []
    for d in range(4):
        names.append(f"day{d}.jsonl")
        with open(names[-1], "w") as f:
            for i in range(60):
                own = " ".join(rng.choice(words) for _ in range(40))
                title = " ".join(rng.choice(words) for _ in range(8)) + f" number {d * 60 + i}"
                f.write(json.dumps({"title": title, "abstract": f"{boiler} {own}"}) + "\n")
    _check([[n] for n in names], "first", "capped")
    con = sqlite3.connect("capped.db")
    keys = [k for (k,) in con.execute("SELECT key FROM bands")]
    for (blob,) in con.execute("SELECT keys FROM bands_log"):
        keys += np.frombuffer(blob, dtype="<i8").tolist()
    con.close()
    biggest = max(Counter(keys).values())
    assert biggest > 64  # the cap is exercised
    monkeypatch.setattr(lookup, "_BUCKET", 1 << 40)
    _check([[n] for n in names], "first", "uncapped")
    assert Path("export-uncapped.jsonl").read_bytes() == Path("export-capped.jsonl").read_bytes()


@pytest.mark.parametrize(
    "days",
    [
        [[0, 1, 2], [3]],  # the bridge arrives after both parts
        [[3], [0, 1, 2]],  # the bridge first, both parts later
        [[3, 0], [1, 2]],  # bridge and Part II joined on day 1, Part III arrives
        [[3, 1, 2], [0]],  # bridge and Part III joined on day 1, Part II arrives
    ],
)
def test_a_markerless_bridge_is_left_apart_on_any_day(chdir: Path, days: list[list[int]]) -> None:
    """Part II, Part III, a cut copy of Part III and the subtitle-dropped copy of Part II
    (``tests/test_cluster.py``): whichever day the copy without a marker arrives on, the
    export is the batch output, with Part II and Part III apart."""
    import json

    from .test_cluster import FOUR

    names = []
    for d, day in enumerate(days):
        names.append([f"day{d}.jsonl"])
        with open(names[-1][0], "w") as f:
            for i in day:
                title, abstract = FOUR[i]
                f.write(json.dumps({"title": title, "abstract": abstract}) + "\n")
    _check(names, "first", "bridge")
    rows = Path("export-bridge.jsonl").read_text().splitlines()
    titles = sorted(json.loads(r)["title"].rsplit(", ", 1)[-1] for r in rows)
    assert titles == ["Part II", "Part III", "SPATIOROUTE"]


@pytest.mark.parametrize(
    "days",
    [
        [[0, 1], [2]],  # the bridge arrives after both papers
        [[2], [0, 1]],  # the bridge first, both papers later
        [[2, 0], [1]],  # bridge and one paper joined on day 1, the other arrives
        [[2, 1], [0]],
    ],
)
def test_a_copy_between_two_papers_is_left_apart_on_any_day(
    chdir: Path, days: list[list[int]]
) -> None:
    """Two papers refused as two (``authors_disjoint``) and a copy accepted with each
    (``tests/test_cluster.py``): whichever day the copy arrives on, the export is the batch
    output, three rows."""
    from .test_cluster import TWO_GROUPS, _write_authors

    names = []
    for d, day in enumerate(days):
        names.append([_write_authors(Path(f"day{d}.jsonl"), [TWO_GROUPS[i] for i in day])])
    _check(names, "first", "two-papers")
    assert len(Path("export-two-papers.jsonl").read_text().splitlines()) == 3
