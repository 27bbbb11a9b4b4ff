"""A cut abstract never survives over the complete one (docs/records.md, "Abstracts that are
not abstracts"): a copy whose abstract visibly stops short (the parser's ``truncated`` flag,
or a text ending in an ellipsis) ranks below a real abstract and above short text, in the
local engine, the Spark engine and the incremental index, whatever ``--keep`` says."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import papercorpus
from papercorpus import Record, Source, api, keys
from papercorpus.dedup import DedupOptions
from papercorpus.incremental import Index, clean_into_index

TITLE = "Sparse Mixture Routing for Long-Context Retrieval Models"
FULL = (
    "Retrieval models that read long contexts spend most of their compute on passages that "
    "never matter for the answer. We introduce a sparse mixture of routers that decides, for "
    "each block of the context, which expert reads it and whether it is read at all. Trained "
    "end to end with a load-balancing loss, the router learns to skip boilerplate, tables of "
    "contents and repeated headers, and to send the dense passages to the strongest expert. "
    "On four long-document benchmarks the routed model matches a dense reader of the same "
    "size while using a third of its floating-point operations, and it keeps its accuracy up "
    "to one hundred and twenty eight thousand tokens of context, where the dense reader "
    "degrades. We release the code, the trained routers and the evaluation harness."
)
# What a card shows: the first two thirds, cut mid-word.
CUT = FULL[: FULL.index("floating-point") + 5]
assert not CUT.endswith(" ")


def _record(abstract: str, line: int, flags: tuple[str, ...] = ()) -> Record:
    return Record(TITLE, abstract, Source("<records>", line), flags=flags)


# --------------------------------------------------------------------------- the rank


def test_cut_abstract_is_the_flag_or_an_ellipsis_at_the_end() -> None:
    cut = keys.cut_abstract
    assert cut(CUT + "…", ())
    assert cut(CUT + "... ", ())
    assert cut(CUT, ("truncated",))
    assert not cut(FULL, ())
    assert not cut(CUT, ())  # a missing full stop is no sign (abstracts end in URLs)
    assert not cut("We show that... it works.", ())


def test_rank_of_a_cut_abstract_is_between_real_and_short() -> None:
    real, cut, short = keys.RANK_REAL, keys.RANK_CUT, keys.RANK_SHORT
    assert real < cut < short < keys.RANK_SUMMARY < keys.RANK_JUNK < keys.RANK_MISSING
    keyed = keys.key_batch([
        _record(FULL, 1),
        _record(CUT + "…", 2),
        _record(CUT, 3, ("truncated",)),
        _record("A short teaser of the paper…", 4),  # short text stays short, cut or not
        _record(CUT, 5),
    ])  # fmt: skip
    assert keyed.rank.tolist() == [real, cut, cut, short, real]
    # The rank is the survivor choice's only: a cut copy is evidence as before.
    assert keyed.weak.tolist() == [False, False, False, True, False]


# --------------------------------------------------------------------------- local engine


@pytest.mark.parametrize("keep", ["first", "longest"])
@pytest.mark.parametrize("cut", [(CUT + "…", ()), (CUT, ("truncated",))], ids=["ellipsis", "flag"])
def test_the_complete_copy_survives_over_a_cut_one_seen_first(keep, cut) -> None:
    text, flags = cut
    rows = papercorpus.dedup([_record(text, 1, flags), _record(FULL, 2)], DedupOptions(keep=keep))
    assert len(rows) == 1
    assert rows[0]["abstract"] == FULL
    # Same cluster, same provenance in input order: only the survivor moved.
    assert [(s["line"], s["match"]) for s in rows[0]["sources"]] == [
        (1, "title_key"), (2, "survivor"),
    ]  # fmt: skip


def test_a_cut_abstract_beats_short_text_a_summary_and_junk() -> None:
    rows = papercorpus.dedup([
        _record("A teaser.", 1),
        _record("We route long contexts sparsely.", 2, ("summary",)),
        _record(CUT + "…", 3),
    ])  # fmt: skip
    assert len(rows) == 1
    assert rows[0]["abstract"] == CUT + "…"
    assert "abstract_status" not in rows[0]


def test_a_cut_copy_alone_stays_the_survivor() -> None:
    (row,) = papercorpus.dedup([_record(CUT, 1, ("truncated",))])
    assert row["abstract"] == CUT
    assert "abstract_status" not in row  # a cut abstract is an abstract, not junk


# --------------------------------------------------------------------------- files: local,
# Spark, incremental


def _write(path: Path, abstract: str) -> Path:
    path.write_bytes(orjson.dumps({"title": TITLE, "abstract": abstract}) + b"\n")
    return path


def _page(path: Path) -> Path:
    """A page capture cut mid-word at its end: the parser flags the card ``truncated``."""
    path.write_text(f"{TITLE}\n\n{CUT}\n\n[Content truncated]\n", encoding="utf-8")
    return path


def _rows(out: Path) -> list[dict]:
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def _clean(inputs: list[Path], out: Path, keep: str, engine: str = "local") -> list[dict]:
    opts = api.CleanOptions(engine=engine, jobs=1, dedup=DedupOptions(keep=keep))  # type: ignore[arg-type]
    api.clean([str(p) for p in inputs], out, opts)
    return _rows(out)


@pytest.mark.parametrize("keep", ["first", "longest"])
def test_clean_files_cut_page_first_complete_listing_second(tmp_path, keep) -> None:
    cut = _page(tmp_path / "a-page.txt")
    full = _write(tmp_path / "b-listing.jsonl", FULL)
    (row,) = _clean([cut, full], tmp_path / "out.jsonl", keep)
    assert row["abstract"] == FULL
    assert [(s["file"], s["match"]) for s in row["sources"]] == [
        (str(cut), "title_key"), (str(full), "survivor"),
    ]  # fmt: skip


@pytest.mark.spark
@pytest.mark.parametrize("keep", ["first", "longest"])
def test_spark_engine_keeps_the_complete_copy(spark, tmp_path, keep) -> None:
    cut = _write(tmp_path / "a.jsonl", CUT + "…")
    full = _write(tmp_path / "b.jsonl", FULL)
    local = _clean([cut, full], tmp_path / "local.jsonl", keep)
    spark_rows = _clean([cut, full], tmp_path / "spark.jsonl", keep, "spark")
    assert spark_rows == local
    assert [r["abstract"] for r in spark_rows] == [FULL]


@pytest.mark.parametrize("keep", ["first", "longest"])
def test_index_improves_a_cut_survivor_in_place(tmp_path, monkeypatch, keep) -> None:
    monkeypatch.chdir(tmp_path)
    cut = _page(tmp_path / "day1.txt")
    full = _write(tmp_path / "day2.jsonl", FULL)
    opts = api.CleanOptions(jobs=1, dedup=DedupOptions(keep=keep))  # type: ignore[arg-type]
    clean_into_index([cut.name], "ix.db", "new-1.jsonl", opts, updates="up-1.jsonl")
    (day1,) = _rows(tmp_path / "new-1.jsonl")
    assert day1["abstract"] == CUT  # alone, the cut copy is the paper
    clean_into_index([full.name], "ix.db", "new-2.jsonl", opts, updates="up-2.jsonl")
    assert _rows(tmp_path / "new-2.jsonl") == []  # a known paper, not a new one
    (updated,) = _rows(tmp_path / "up-2.jsonl")
    assert updated["abstract"] == FULL
    assert [(s["file"], s["match"]) for s in updated["sources"]] == [
        (cut.name, "title_key"), (full.name, "survivor"),
    ]  # fmt: skip
    Index("ix.db", DedupOptions(keep=keep)).export("export.jsonl")  # type: ignore[arg-type]
    api.clean([cut.name, full.name], "batch.jsonl", opts)
    # What the index now holds is what one clean over both days writes.
    assert (tmp_path / "export.jsonl").read_bytes() == (tmp_path / "batch.jsonl").read_bytes()


def test_an_index_written_before_the_cut_rank_is_improved_when_a_run_touches_the_paper(
    tmp_path, monkeypatch
) -> None:
    """Ranks are never stored: an older index (simulated: a cut copy ranked as real) keeps
    its cut survivor until a run reaches the paper, which then re-chooses among its copies."""
    if not keys.__file__.endswith(".py"):
        pytest.skip("the compiled keys module's constants cannot be patched")
    monkeypatch.chdir(tmp_path)
    cut = _write(tmp_path / "day1-a.jsonl", CUT + "…")
    full = _write(tmp_path / "day1-b.jsonl", FULL)
    again = _write(tmp_path / "day2.jsonl", FULL)
    opts = api.CleanOptions(jobs=1)
    with monkeypatch.context() as old:
        old.setattr(keys, "RANK_CUT", keys.RANK_REAL)
        clean_into_index([cut.name, full.name], "ix.db", "new-1.jsonl", opts)
    (day1,) = _rows(tmp_path / "new-1.jsonl")
    assert day1["abstract"] == CUT + "…"  # the old survivor choice
    clean_into_index([again.name], "ix.db", "new-2.jsonl", opts, updates="up-2.jsonl")
    (updated,) = _rows(tmp_path / "up-2.jsonl")
    assert updated["abstract"] == FULL
    assert [s["file"] for s in updated["sources"]] == [cut.name, full.name, again.name]
