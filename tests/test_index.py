"""Issue 18: ``clean --index``, the SQLite index of everything seen before."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from papercorpus.cli import main
from papercorpus.incremental import Index

from .conftest import SHARED, require

SEEDS = SHARED / "seeds"


def run(args: list[str], cwd: Path):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, args)
    finally:
        os.chdir(old)


def _seed_names() -> list[str]:
    return sorted(p.name for p in require(SEEDS).iterdir())


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """The seed dumps copied under tmp (relative names, as one user types them each day)."""
    for name in _seed_names():
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    return tmp_path


def _abstract(stem: str, n: int = 60) -> str:
    return " ".join(f"{stem}{i}" for i in range(n))


def test_first_run_writes_what_clean_writes(seeds: Path) -> None:
    names = _seed_names()
    assert run(["clean", *names, "-o", "batch.jsonl", "-q"], seeds).exit_code == 0
    res = run(["clean", *names, "--index", "c.db", "-o", "new.jsonl"], seeds)
    assert res.exit_code == 0, res.output
    assert (seeds / "new.jsonl").read_bytes() == (seeds / "batch.jsonl").read_bytes()
    n = len((seeds / "batch.jsonl").read_bytes().splitlines())
    assert f"index: {n} new papers, 0 new copies of known papers, 0 papers updated" in res.output


def test_second_run_writes_nothing_new_and_updates_provenance(seeds: Path) -> None:
    names = _seed_names()
    run(["clean", *names[:3], "--index", "c.db", "-o", "day1.jsonl", "-q"], seeds)
    res = run(
        ["clean", *names, "--index", "c.db", "-o", "day2.jsonl", "--updates", "up.jsonl"], seeds
    )
    assert res.exit_code == 0, res.output
    day1 = {orjson.loads(x)["id"] for x in (seeds / "day1.jsonl").read_bytes().splitlines()}
    day2 = [orjson.loads(x) for x in (seeds / "day2.jsonl").read_bytes().splitlines()]
    assert day2 and not day1 & {r["id"] for r in day2}  # only papers never seen
    updates = [orjson.loads(x) for x in (seeds / "up.jsonl").read_bytes().splitlines()]
    # Only papers whose fields changed are updates: new provenance alone is not one.
    assert all(u["changed"] and not {"sources", "first_seen", "last_seen"} & set(u["changed"])
               for u in updates)  # fmt: skip
    assert all(set(u["previous"]) == set(u["changed"]) for u in updates)
    assert all(set(u["previous_ids"]) <= day1 for u in updates)
    assert f"{len(day2)} new papers" in res.output


def test_a_run_with_other_settings_is_refused(seeds: Path) -> None:
    names = _seed_names()
    assert run(["clean", names[0], "--index", "c.db", "-o", "a.jsonl", "-q"], seeds).exit_code == 0
    before = (seeds / "c.db").read_bytes()
    res = run(["clean", names[1], "--index", "c.db", "--jaccard", "0.7", "-o", "b.jsonl"], seeds)
    assert res.exit_code == 2
    assert "built with other settings: thresholds" in res.output
    assert "index rebuild" in res.output
    assert not (seeds / "b.jsonl").exists()
    assert (seeds / "c.db").read_bytes() == before
    res = run(["clean", names[1], "--index", "c.db", "--keep", "longest", "-o", "b.jsonl"], seeds)
    assert res.exit_code == 2 and "keep 'first' (this run: 'longest')" in res.output


def _as_older_format(path: Path, fmt: str) -> None:
    """Turn an index into the layout of index format ``fmt``: 4 kept its blobs as zstd
    frames without a dictionary, and no ``dicts`` table; 3 kept them as zlib, no content
    keys, and title and prefix hashes in indexes of ``texts`` (not as keys of ``bands``); 2
    also kept the waiting band keys in a ``bands_new`` b-tree; 1 also kept title and
    abstract as plain columns (and its first files the copies' fields as plain JSON)."""
    import zlib

    import numpy as np
    import zstandard

    from papercorpus.index import bandlog
    from papercorpus.index.codec import decompress
    from papercorpus.index.lookup import band_columns

    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    con.execute("UPDATE settings SET value = ? WHERE name = 'index_format'", (fmt,))
    con.execute("DROP TABLE dicts")
    if fmt == "4":
        plain = zstandard.ZstdCompressor(level=1)
        con.create_function("zs", 1, lambda b: plain.compress(decompress(b)) if b else b)
        for table, column in (("texts", "body"), ("papers", "rest"), ("copies", "meta")):
            con.execute(f"UPDATE {table} SET {column} = zs({column})")
        con.execute("COMMIT")
        con.close()
        return
    con.create_function("zl", 1, lambda b: zlib.compress(decompress(b), 6) if b else b)
    con.execute("UPDATE texts SET body = zl(body)")
    con.execute("UPDATE papers SET rest = zl(rest)")
    con.execute("UPDATE copies SET meta = zl(meta)")
    con.execute("ALTER TABLE texts DROP COLUMN content")
    con.execute("CREATE INDEX texts_title ON texts (title_hash) WHERE title_hash IS NOT NULL")
    con.execute("CREATE INDEX texts_prefix ON texts (prefix_hash) WHERE prefix_hash IS NOT NULL")
    con.execute("DELETE FROM bands")  # the band keys alone, waiting in the log
    con.execute("DELETE FROM bands_log")
    con.execute("UPDATE tally SET n = 0 WHERE name = 'bands_log'")
    signed = con.execute("SELECT uid, sig FROM texts WHERE sig IS NOT NULL").fetchall()
    sig = np.stack([np.frombuffer(b, dtype="<u2") for _, b in signed]).astype(np.uint16)
    keys = band_columns(sig, 32, 4).ravel()
    bandlog.append(con, keys, np.repeat([u for u, _ in signed], 32))
    if fmt in ("1", "2"):
        con.execute("DROP TABLE bands_log")
        con.execute("CREATE TABLE bands_new (key INTEGER, uid INTEGER, PRIMARY KEY (key, uid))")
        con.execute("UPDATE tally SET name = 'bands_new' WHERE name = 'bands_log'")
    if fmt == "1":
        con.create_function("part", 2, lambda body, i: orjson.loads(zlib.decompress(body))[i])
        con.create_function("plain", 1, lambda meta: zlib.decompress(meta) if meta else None)
        con.execute(
            "CREATE TABLE old_texts AS SELECT uid, paper, part(body, 0) AS title, "
            "part(body, 1) AS abstract, flags, sig, title_hash, prefix_hash, arxiv FROM texts"
        )
        con.execute("DROP TABLE texts")
        con.execute("ALTER TABLE old_texts RENAME TO texts")
        con.execute("UPDATE copies SET meta = plain(meta)")
    con.execute("COMMIT")
    con.close()


@pytest.mark.parametrize("fmt", ["3", "4"])
def test_migrate_converts_format_3_and_4_in_place(seeds: Path, fmt: str) -> None:
    """``index migrate`` turns a format-3 or format-4 index into the current one, clusters
    kept: it verifies, exports the same rows, and later days added to it give what days
    added to a new index give."""
    names = _seed_names()
    for target in ("c.db", "fresh.db"):
        res = run(["clean", *names[:2], "--index", target, "-o", "a.jsonl", "-q"], seeds)
        assert res.exit_code == 0, res.output
    _as_older_format(seeds / "c.db", fmt)
    assert run(["index", "verify", "c.db"], seeds).exit_code == 1  # refused: an older format
    res = run(["index", "migrate", "c.db"], seeds)
    assert res.exit_code == 0 and "migrated" in res.output, res.output
    assert "up to date" in run(["index", "migrate", "c.db"], seeds).output
    assert run(["index", "verify", "c.db"], seeds).exit_code == 0
    for target in ("c.db", "fresh.db"):
        res = run(["clean", *names[2:], "--index", target, "-o", "b.jsonl", "-q"], seeds)
        assert res.exit_code == 0, res.output
        assert run(["index", "export", target, "-o", f"{target}.jsonl"], seeds).exit_code == 0
    assert (seeds / "c.db.jsonl").read_bytes() == (seeds / "fresh.db.jsonl").read_bytes()
    assert run(["index", "verify", "c.db"], seeds).exit_code == 0
    _as_older_format(seeds / "fresh.db", "2")
    res = run(["index", "migrate", "fresh.db"], seeds)
    assert res.exit_code == 1 and "index rebuild fresh.db" in res.output


@pytest.mark.parametrize("fmt", ["1", "2", "3", "4"])
def test_an_older_index_format_is_refused_and_rebuild_converts_it(seeds: Path, fmt: str) -> None:
    """A run on an index of an older format is refused with a message that names the one
    way forward, ``index rebuild``; and rebuild does read that format."""
    names = _seed_names()
    assert run(["clean", names[0], "--index", "c.db", "-o", "a.jsonl", "-q"], seeds).exit_code == 0
    _as_older_format(seeds / "c.db", fmt)
    assert run(["index", "export", "c.db", "-o", "e.jsonl"], seeds).exit_code == 0
    assert (seeds / "e.jsonl").read_bytes() == (seeds / "a.jsonl").read_bytes()
    res = run(["clean", names[1], "--index", "c.db", "-o", "b.jsonl"], seeds)
    assert res.exit_code == 2, res.output
    assert f"index_format '{fmt}'" in res.output and "index rebuild c.db" in res.output
    for command in ("stats", "verify"):  # read only this format: the same way forward
        res = run(["index", command, "c.db"], seeds)
        assert res.exit_code == 1 and "index rebuild c.db" in res.output, res.output
    res = run(["index", "rebuild", "c.db"], seeds)
    assert res.exit_code == 0, res.output
    assert run(["index", "verify", "c.db"], seeds).exit_code == 0
    assert run(["index", "export", "c.db", "-o", "e.jsonl"], seeds).exit_code == 0
    assert (seeds / "e.jsonl").read_bytes() == (seeds / "a.jsonl").read_bytes()
    assert run(["clean", names[1], "--index", "c.db", "-o", "b.jsonl", "-q"], seeds).exit_code == 0


def test_updates_needs_an_index(seeds: Path) -> None:
    res = run(["clean", _seed_names()[0], "--updates", "u.jsonl"], seeds)
    assert res.exit_code == 2 and "--updates needs --index" in res.output


def test_a_file_that_is_no_index_fails_clearly(seeds: Path) -> None:
    (seeds / "c.db").write_text("not a database at all\n" * 100)
    res = run(["clean", _seed_names()[0], "--index", "c.db", "-o", "a.jsonl"], seeds)
    assert res.exit_code == 1 and "c.db" in res.output and "Traceback" not in res.output


def test_schema_keeps_keys_in_indexed_tables(tmp_path: Path) -> None:
    ix = Index(tmp_path / "c.db")
    ix.add([{"title": "A study of widgets in the wild", "abstract": _abstract("w")}])
    con = sqlite3.connect(tmp_path / "c.db")
    indexes = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"texts_arxiv", "texts_paper", "copies_uid"} <= indexes
    (mode,) = con.execute("PRAGMA journal_mode").fetchone()
    assert mode == "wal"
    (sig,) = con.execute("SELECT sig FROM texts").fetchone()
    assert len(sig) == 2 * 128  # 16-bit OPH values
    (keys, uids) = con.execute("SELECT keys, uids FROM bands_log").fetchone()
    # One run's keys (32 band keys, a title key and a prefix key), in the log until a merge.
    assert len(keys) == len(uids) == (32 + 2) * 8
    assert con.execute("SELECT count(*) FROM bands").fetchone() == (0,)
    settings = dict(con.execute("SELECT name, value FROM settings"))
    assert {"shingle_words", "bins", "bands", "rows", "hash_scheme", "normalization",
            "thresholds", "keep", "package_version"} <= set(settings)  # fmt: skip


def test_api_add_lookup_export(tmp_path: Path) -> None:
    ix = Index(tmp_path / "c.db")
    a = {"title": "A study of widgets in the wild", "abstract": _abstract("w")}
    b = {"title": "Another totally different paper here", "abstract": _abstract("o")}
    first = ix.add([a, b])
    assert first.index.new_papers == 2 and len(first.new_rows) == 2
    assert (
        ix.lookup({"title": "Nothing like it at all, really", "abstract": _abstract("q")}) is None
    )
    found = ix.lookup({**a, "title": "A Study of Widgets in the Wild"})
    assert found is not None and found["id"] == first.new_rows[0]["id"]
    second = ix.add([{**a, "title": "A Study of Widgets in the Wild"}])
    assert second.index.new_papers == 0 and second.index.new_copies_of_known == 1
    # A new copy that changes no field is a new copy of a known paper, not an update.
    assert second.index.papers_updated == 0 and second.updates == []
    ix.export(tmp_path / "all.jsonl")
    rows = [orjson.loads(x) for x in (tmp_path / "all.jsonl").read_bytes().splitlines()]
    assert [len(r["sources"]) for r in rows] == [2, 1]
    assert [s["match"] for s in rows[0]["sources"]] == ["survivor", "exact"]


def test_a_real_abstract_replaces_junk_in_a_known_paper(tmp_path: Path) -> None:
    ix = Index(tmp_path / "c.db")
    title = "Scaling laws for widget detectors in the wild"
    ix.add([{"title": title, "abstract": "No abstract available."}])
    run2 = ix.add([{"title": title, "abstract": _abstract("real")}])
    assert run2.index.new_papers == 0 and run2.index.papers_updated == 1
    (row,) = run2.updates
    assert row["abstract"] == _abstract("real") and "abstract" in row["changed"]
    assert row["previous"]["abstract"] == ""  # the junk abstract was written as empty
    assert row["id"] != row["previous_ids"][0]  # the id follows the surviving text


def test_index_commands(seeds: Path) -> None:
    names = _seed_names()
    run(["clean", *names, "-o", "batch.jsonl", "-q"], seeds)
    run(["clean", *names[:2], "--index", "c.db", "-o", "a.jsonl", "-q"], seeds)
    run(["clean", *names[2:], "--index", "c.db", "-o", "b.jsonl", "-q"], seeds)
    res = run(["index", "stats", "c.db"], seeds)
    assert res.exit_code == 0
    stats = orjson.loads(res.stdout)
    n = len((seeds / "batch.jsonl").read_bytes().splitlines())
    assert stats["papers"] == n and stats["settings"]["bands"] == "32" and stats["bytes"] > 0
    assert run(["index", "export", "c.db", "-o", "e.jsonl"], seeds).exit_code == 0
    assert (seeds / "e.jsonl").read_bytes() == (seeds / "batch.jsonl").read_bytes()
    res = run(["index", "verify", "c.db"], seeds)
    assert res.exit_code == 0 and "c.db: ok" in res.output
    assert run(["index", "export", "c.db", "-o", "e.tsv"], seeds).exit_code == 2
    assert run(["index", "stats", "missing.db"], seeds).exit_code == 1


def test_verify_finds_broken_invariants(seeds: Path) -> None:
    run(["clean", *_seed_names(), "--index", "c.db", "-o", "a.jsonl", "-q"], seeds)
    con = sqlite3.connect(seeds / "c.db")
    con.execute("UPDATE bands_log SET keys = substr(keys, 9), uids = substr(uids, 9) WHERE run = 1")
    con.execute("UPDATE tally SET n = n - 1 WHERE name = 'bands_log'")
    con.execute("UPDATE copies SET uid = -5 WHERE seq = (SELECT max(seq) FROM copies)")
    con.execute("DELETE FROM dicts WHERE id = (SELECT max(id) FROM dicts)")
    con.commit()
    con.close()
    res = run(["index", "verify", "c.db"], seeds)
    assert res.exit_code == 1
    assert "band keys do not match the texts" in res.output
    assert "every copy belongs to a stored text" in res.output
    assert "zstd dictionary 0x50430002 missing" in res.output


def test_rebuild_with_other_thresholds(seeds: Path) -> None:
    names = _seed_names()
    run(["clean", *names[:3], "--index", "c.db", "-o", "a.jsonl", "-q"], seeds)
    res = run(["index", "rebuild", "c.db", "-o", "same.db"], seeds)
    assert res.exit_code == 0, res.output
    run(["index", "export", "c.db", "-o", "c.jsonl"], seeds)
    run(["index", "export", "same.db", "-o", "same.jsonl"], seeds)
    assert (seeds / "c.jsonl").read_bytes() == (seeds / "same.jsonl").read_bytes()
    assert run(["index", "rebuild", "c.db", "--jaccard", "0.7"], seeds).exit_code == 0
    assert run(["index", "verify", "c.db"], seeds).exit_code == 0
    res = run(["clean", *names[3:], "--index", "c.db", "--jaccard", "0.7", "-o", "b.jsonl"], seeds)
    assert res.exit_code == 0, res.output
    assert run(["clean", *names[3:], "--index", "c.db", "-o", "x.jsonl"], seeds).exit_code == 2


def test_an_index_inside_the_input_folder_is_not_read_as_input(seeds: Path) -> None:
    (seeds / "in").mkdir()
    name = _seed_names()[0]
    (seeds / "in" / name).write_bytes((seeds / name).read_bytes())
    for out in ("a.jsonl", "b.jsonl"):
        res = run(["clean", "in", "--index", "in/c.db", "-o", out], seeds)
        assert res.exit_code == 0, res.output
        assert " from 1 file in " in res.output


def test_stats_has_an_index_section(seeds: Path) -> None:
    names = _seed_names()
    res = run(["clean", *names, "--index", "c.db", "-o", "a.jsonl", "--stats", "s.json"], seeds)
    assert res.exit_code == 0, res.output
    stats = orjson.loads((seeds / "s.json").read_bytes())
    assert stats["index"]["new_papers"] == stats["records_kept"]
    assert stats["index"]["papers_total"] == stats["records_kept"]
    assert stats["records_parsed"] == stats["records_kept"] + stats["records_merged"]


def test_the_index_is_checked_with_the_other_outputs(seeds: Path):
    """Issue 15's path safety covers --index: an index named as an input, or an output on the
    index, is a usage error before any work; an index kept in the dumps folder is skipped."""
    first = run(["clean", ".", "--index", "c.db", "-o", "new.jsonl"], seeds)
    assert first.exit_code == 0, first.output
    db_before = (seeds / "c.db").read_bytes()

    named = run(["clean", "c.db", "--index", "c.db", "-o", "x.jsonl"], seeds)
    assert named.exit_code == 2 and "would overwrite the input c.db" in named.output
    same = run(["clean", ".", "--index", "c.db", "-o", "c.db", "--format", "jsonl"], seeds)
    assert same.exit_code == 2 and "same file" in same.output
    clash = run(["clean", ".", "--index", "c.db", "-o", "u.jsonl", "--updates", "u.jsonl"], seeds)
    assert clash.exit_code == 2 and "same file" in clash.output
    assert (seeds / "c.db").read_bytes() == db_before

    again = run(["clean", ".", "--index", "c.db", "-o", "again.jsonl"], seeds)
    assert again.exit_code == 0, again.output
    assert "c.db: skipped: it is this run's --index output" in again.output


def test_adding_the_same_file_again_adds_nothing(seeds: Path) -> None:
    """A copy's identity is (file name, line, content): the same file added twice is
    stored once; a file of the same name with other content at a line is a new copy."""
    names = _seed_names()
    first = run(["clean", *names[:2], "--index", "c.db", "-o", "a.jsonl", "-q"], seeds)
    assert first.exit_code == 0
    run(["index", "export", "c.db", "-o", "before.jsonl"], seeds)
    res = run(["clean", *names[:2], "--index", "c.db", "-o", "b.jsonl", "--updates", "u.jsonl"],
              seeds)  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "0 new papers, 0 new copies of known papers, 0 papers updated" in res.output
    assert "copies were in it already" in res.output
    assert (seeds / "b.jsonl").read_bytes() == b"" and (seeds / "u.jsonl").read_bytes() == b""
    run(["index", "export", "c.db", "-o", "after.jsonl"], seeds)
    assert (seeds / "after.jsonl").read_bytes() == (seeds / "before.jsonl").read_bytes()
    # A file and a re-added one mixed: only the new file's copies are added.
    run(["clean", *names[:3], "--index", "c.db", "-o", "c.jsonl", "-q"], seeds)
    run(["clean", *names[:3], "-o", "batch.jsonl", "-q"], seeds)
    run(["index", "export", "c.db", "-o", "all.jsonl"], seeds)
    assert (seeds / "all.jsonl").read_bytes() == (seeds / "batch.jsonl").read_bytes()


def test_same_name_other_content_is_a_new_copy(tmp_path: Path) -> None:
    ix = Index(tmp_path / "c.db")
    a = {"title": "A study of widgets in the wild", "abstract": _abstract("w")}
    b = {"title": "Another totally different paper here", "abstract": _abstract("o")}
    assert ix.add([a], name="today.jsonl").index.new_papers == 1
    again = ix.add([a], name="today.jsonl")
    assert again.index.already_stored == 1 and again.index.new_copies_of_known == 0
    assert again.summary.records.merged["already_in_index"] == 1
    other = ix.add([b], name="today.jsonl")  # the same name and line, another paper
    assert other.index.already_stored == 0 and other.index.new_papers == 1
    moved = ix.add([b, a], name="today.jsonl")  # a at another line: a new copy of it
    assert moved.index.already_stored == 1 and moved.index.new_copies_of_known == 1


def test_band_keys_merge_into_the_big_table(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a tiny merge size every few runs move the waiting band keys into ``bands``:
    lookups read both, verify checks both, and the export is the batch output."""
    from papercorpus.index import bandlog

    monkeypatch.setattr(bandlog, "MERGE_ROWS", 200)
    names = _seed_names()
    for name in names:
        res = run(["clean", name, "--index", "c.db", "-o", f"{name}.out", "-q"], seeds)
        assert res.exit_code == 0, res.output
    con = sqlite3.connect(seeds / "c.db")
    (merged,) = con.execute("SELECT count(*) FROM bands").fetchone()
    (waiting,) = con.execute("SELECT n FROM tally WHERE name = 'bands_log'").fetchone()
    con.close()
    assert merged > 0 and waiting < 200
    assert run(["clean", *names, "-o", "batch.jsonl", "-q"], seeds).exit_code == 0
    assert run(["index", "export", "c.db", "-o", "e.jsonl"], seeds).exit_code == 0
    assert (seeds / "e.jsonl").read_bytes() == (seeds / "batch.jsonl").read_bytes()
    assert run(["index", "verify", "c.db"], seeds).exit_code == 0


def test_rebuild_streams_in_batches(seeds: Path) -> None:
    """A rebuild adds the stored copies a batch at a time (memory follows the batch): with
    tiny batches it still gives the index one run over everything gives."""
    names = _seed_names()
    run(["clean", *names, "--index", "c.db", "-o", "a.jsonl", "-q"], seeds)
    Index(seeds / "c.db").rebuild(seeds / "small.db", batch=7)
    Index(seeds / "c.db").export(seeds / "c.jsonl")
    Index(seeds / "small.db").export(seeds / "small.jsonl")
    assert (seeds / "small.jsonl").read_bytes() == (seeds / "c.jsonl").read_bytes()
    assert Index(seeds / "small.db").verify() == []
    assert Index(seeds / "small.db").stats()["copies"] == Index(seeds / "c.db").stats()["copies"]


def test_report_and_html_with_an_index(seeds: Path) -> None:
    """--report and --html with --index cover the clusters the run judged: today's copies
    with the stored papers they reached (a re-listed paper's cluster lists its old copies)."""
    names = _seed_names()
    run(["clean", *names[:3], "--index", "c.db", "-o", "a.jsonl", "-q"], seeds)
    res = run(["clean", *names, "--index", "c.db", "-o", "b.jsonl", "--report", "r.jsonl",
               "--html", "r.html", "-q"], seeds)  # fmt: skip
    assert res.exit_code == 0, res.output
    lines = (seeds / "r.jsonl").read_bytes().splitlines()
    assert lines and (seeds / "r.html").stat().st_size > 0
    clusters = [orjson.loads(x) for x in lines if orjson.loads(x)["kind"] == "cluster"]
    files = {m["file"] for c in clusters for m in [c["survivor"], *c["copies"]]}
    assert files & set(names[:3]) and files & set(names[3:])  # old and new copies together
    # All already in the index: an empty report, not a missing one.
    res = run(["clean", *names, "--index", "c.db", "-o", "c.jsonl", "--report", "r2.jsonl"],
              seeds)  # fmt: skip
    assert res.exit_code == 0 and (seeds / "r2.jsonl").read_bytes() == b""


def test_jobs_default_for_index_runs() -> None:
    """Without --jobs a day's dump runs in one process (the workers would cost more to
    start than they save); a large run uses every core; --jobs is taken as given."""
    from papercorpus.incremental import AUTO_JOBS_RECORDS, _jobs
    from papercorpus.parallel import default_jobs

    assert _jobs(None, 500) == 1 and _jobs(0, 500) == 1
    assert _jobs(None, AUTO_JOBS_RECORDS) == default_jobs()
    assert _jobs(3, 500) == 3


def test_new_papers_file_is_what_the_writer_makes_of_the_new_rows(seeds: Path) -> None:
    """A plain JSONL ``-o`` takes the engine's own lines of the new rows: the bytes
    ``write_rows`` makes of them (other formats go through it)."""
    import io

    from papercorpus.api import CleanOptions
    from papercorpus.incremental import clean_into_index
    from papercorpus.index.export import write_rows

    names = [str(seeds / n) for n in _seed_names()]
    clean_into_index(names[:2], seeds / "c.db", str(seeds / "a.jsonl"), CleanOptions())
    run_ = clean_into_index(names[2:], seeds / "c.db", str(seeds / "b.jsonl"), CleanOptions())
    assert run_.new_rows
    buf = io.BytesIO()
    write_rows([run_.new_rows], "jsonl", buf)
    assert (seeds / "b.jsonl").read_bytes() == buf.getvalue()
