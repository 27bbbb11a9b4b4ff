"""Ingest: the shared raw-hash filter only saves time, it never changes the corpus."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import orjson
import pytest

from papercorpus import ingest as ingest_mod
from papercorpus.ingest import RAW_FILTER_BYTES, _probably_stored, ingest
from papercorpus.parallel import Workers, shared_block
from papercorpus.records import Record, Source
from papercorpus.sources import ParseLog, ReadOptions
from papercorpus.sources.inputs import expand_inputs
from papercorpus.spill import (
    OFFSET_BITS,
    MemorySpill,
    read_spill,
    read_spill_parts,
    spill_row,
    spill_writer,
)
from papercorpus.store import Corpus, RawFilter

_WORDS = ["graph", "neural", "network", "training", "data", "model", "loss", "sparse", "layer"]


def _abstract(seed: int) -> str:
    rng = np.random.default_rng(seed)
    return " ".join(rng.choice(_WORDS, 40)) + f" variant {seed}."


def _write_inputs(root: Path) -> None:
    """Three files with copies inside a file, across files, weak abstracts under a generic
    title (never merged exactly) and the same text with and without an arXiv id."""
    papers = [
        {"title": f"A Specific Study of Sparse Attention Number {i}", "abstract": _abstract(i)}
        for i in range(12)
    ]
    weak = {"title": "Introduction", "abstract": "Short."}
    files = {
        "a.jsonl": [papers[0], papers[1], papers[0], weak, papers[2], weak],
        "b.jsonl": [papers[3], papers[1], {**papers[2], "arxiv_id": "2401.00001"}, weak],
        "c.jsonl": [papers[i % 7] for i in range(20)] + [weak, papers[11]],
    }
    for name, rows in files.items():
        (root / name).write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))


def _snapshot(corpus: Corpus) -> tuple:
    return (
        corpus.n_copies,
        corpus.n_unique,
        list(corpus.copy_unique),
        list(corpus.copy_line),
        list(corpus.unique_first_copy),
        list(corpus.unique_arxiv),
        [corpus.content_key(u) for u in range(corpus.n_unique)],
        [corpus.text(u) for u in range(corpus.n_unique)],
        corpus.sig.tobytes(),
        corpus.title_hash.tobytes(),
        corpus.prefix_hash.tobytes(),
        corpus.weak.tobytes(),
        corpus.abstract_len.tobytes(),
    )


def _ingest(root: Path, workers: Workers) -> tuple:
    files = expand_inputs([str(root)])
    with ingest(files, ReadOptions(), ParseLog(), workers) as corpus:
        return _snapshot(corpus)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    _write_inputs(tmp_path)
    return tmp_path


@pytest.fixture
def reference(inputs: Path) -> tuple:
    with Workers(1) as workers:  # no shared memory: no filter at all
        return _ingest(inputs, workers)


def test_reference_is_sane(reference: tuple) -> None:
    n_copies, n_unique = reference[:2]
    assert n_copies == 32
    assert n_unique == 8 + 4  # every paper once, the weak copies stay on their own


@pytest.mark.parametrize("jobs", [1, 2])
def test_filter_gives_the_same_corpus(inputs: Path, reference: tuple, jobs: int) -> None:
    with Workers(jobs, shared_bytes=RAW_FILTER_BYTES) as workers:
        assert _ingest(inputs, workers) == reference


@pytest.mark.parametrize("jobs", [1, 2])
def test_table_that_knows_everything_gives_the_same_corpus(
    inputs: Path, reference: tuple, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every answer is wrong: workers key nothing, the main process keys it all.
    _know_everything(monkeypatch)
    with Workers(jobs, shared_bytes=64) as workers:
        assert _ingest(inputs, workers) == reference


@pytest.mark.parametrize("jobs", [1, 2])
def test_table_full_of_garbage_gives_the_same_corpus(
    inputs: Path, reference: tuple, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RawFilter, "clear", lambda self: _fill(self, 0x01))
    with Workers(jobs, shared_bytes=64) as workers:
        assert _ingest(inputs, workers) == reference


def test_false_positives_are_keyed_in_the_main_process(
    inputs: Path, reference: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyed: list[int] = []
    real = ingest_mod._key_unknown_skips

    def spy(chunk, corpus):
        out = real(chunk, corpus)
        keyed.append(len(out.fresh) - len(chunk.fresh))
        return out

    monkeypatch.setattr(ingest_mod, "_key_unknown_skips", spy)
    _know_everything(monkeypatch)
    with Workers(1, shared_bytes=64) as workers:
        assert _ingest(inputs, workers) == reference
    # The first copy of each text in each file; copies after it within a file are known.
    assert sum(keyed) > 0


def test_stale_filter_from_an_earlier_corpus_is_cleared(inputs: Path, reference: tuple) -> None:
    with Workers(1, shared_bytes=RAW_FILTER_BYTES) as workers:
        assert _ingest(inputs, workers) == reference
        assert _ingest(inputs, workers) == reference


def _know_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RawFilter, "known_before", lambda self, raw, order: True)
    monkeypatch.setattr(
        RawFilter, "known_before_many", lambda self, raws, order: [True] * len(raws)
    )


def _fill(raw_filter: RawFilter, byte: int) -> None:
    raw_filter._buf[:] = bytes([byte]) * len(raw_filter._buf)


def test_raw_filter_knows_texts_of_earlier_inputs_only() -> None:
    f = RawFilter(bytearray(1 << 10))
    raws = [bytes([i]) * 16 for i in range(50)]
    assert not any(f.known_before(r, 5) for r in raws)
    f.add_many(raws[:20], 3)  # keyed by the worker of input 3
    assert all(f.known_before(r, 4) for r in raws[:20])
    assert not any(f.known_before(r, 3) for r in raws[:20])  # its own input: not before
    assert not any(f.known_before(r, 5) for r in raws[20:])
    f.add_many(raws[:10])  # now held by the corpus: known to every input
    assert all(f.known_before(r, 0) for r in raws[:10])
    f.add_many(raws[:10], 7)  # a later input does not take an earlier one's entry
    assert all(f.known_before(r, 0) for r in raws[:10])
    for order in (-1, 0, 3, 4, 7, RawFilter.MAX_ORDER + 1):
        assert f.known_before_many(raws, order) == [f.known_before(r, order) for r in raws]
    f.clear()
    assert not any(f.known_before(r, 5) for r in raws)
    assert f.known_before_many(raws, 5) == [False] * 50
    assert f.known_before_many([], 5) == []


def _read_shared(offset: int) -> int:
    block = shared_block()
    return -1 if block is None else block[offset]


def test_shared_block_is_visible_to_workers() -> None:
    assert shared_block() is None
    with Workers(2, shared_bytes=16) as workers:
        assert workers.shared is not None
        workers.shared[3] = 42  # written after the fork: shared, not copied
        assert [r for _, r in workers.map(_read_shared, [(None, 3)])] == [42]
        with Workers(1) as inner:
            assert inner.shared is None
            assert shared_block() is workers.shared
    assert shared_block() is None


def _write_rows(task: tuple[str, int]) -> tuple[str, list[int]]:
    directory, n = task
    w = spill_writer(directory)
    offsets = [w.write(spill_row(f"child {i}", "x" * i, (), None)) for i in range(n)]
    w.flush()
    return w.path, offsets


def test_spill_files_of_parent_and_workers_stay_apart(tmp_path: Path) -> None:
    directory = str(tmp_path)
    parent = spill_writer(directory)
    mine = [parent.write(spill_row(f"parent {i}", "", ("summary",), None)) for i in range(3)]
    # Forked while the parent holds unwritten rows: the children must never write them.
    with Workers(2) as workers:
        done = [r for _, r in workers.map(_write_rows, [(None, (directory, 5))] * 4)]
    parent.flush()
    paths = [parent.path] + sorted({p for p, _ in done})
    assert len(paths) >= 2 and parent.path not in paths[1:]
    rows = read_spill(paths, [off for off in mine])
    assert [r[0] for r in rows] == ["parent 0", "parent 1", "parent 2"]
    assert rows[0][2] == ["summary"]
    for path, offsets in done:
        sid = paths.index(path) << OFFSET_BITS
        back = read_spill(paths, [sid | off for off in offsets])
        assert [r[0] for r in back] == [f"child {i}" for i in range(5)]
    assert os.path.getsize(parent.path) == parent.end


def test_corpus_removes_its_spill_directory(inputs: Path) -> None:
    with Workers(2, shared_bytes=RAW_FILTER_BYTES) as workers:
        corpus = ingest(expand_inputs([str(inputs)]), ReadOptions(), ParseLog(), workers)
        directory = corpus.spill_dir
        assert corpus.n_unique and os.listdir(directory)
        assert corpus.text(0).title
        corpus.close()
    assert not os.path.exists(directory)


def test_memory_spill_reads_back_as_a_spill_file(tmp_path: Path) -> None:
    # The index's engine corpus keeps a small run's texts in memory: the readers must give
    # the same bytes as from a file, in any order and with repeats.
    rows = [
        spill_row(f"title {i}\twith tab", "a\nb " * i, ("summary",) if i % 3 else (), {"n": i})
        for i in range(40)
    ]
    disk, memory = spill_writer(str(tmp_path)), MemorySpill()
    locs = [disk.write(r) for r in rows]
    assert [memory.write(r) for r in rows] == locs
    disk.flush()
    want = [7, 3, 3, 39, 0, *range(10, 20)]
    for paths in ([disk.path], [memory.path]):
        at = [locs[i] for i in want]
        assert read_spill(paths, at) == [read_spill([disk.path], [locs[i]])[0] for i in want]
        assert read_spill_parts(paths, at) == read_spill_parts([disk.path], at)
    memory.close()
    corpus = Corpus(in_memory=True)
    assert corpus.spill_dir == ""
    corpus.close()


def test_weak_flagged_copies_are_always_keyed() -> None:
    # A flag can make a copy's exact key None where the stored copy's was not: never skip it.
    known = RawFilter(bytearray(64))
    raw = b"r" * 16
    known.add_many([raw])
    plain = Record("Introduction", "Text.", Source("f", 1))
    flagged = Record("Introduction", "Text.", Source("f", 2), flags=("summary",))
    assert _probably_stored(raw, plain, known, 0)
    assert not _probably_stored(raw, flagged, known, 0)
    assert not _probably_stored(b"s" * 16, plain, RawFilter(bytearray(64)), 0)


def test_repeats_within_a_batch_are_keyed_once(
    inputs: Path, reference: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyed: list[Record] = []
    real = ingest_mod.key_batch

    def spy(records: list[Record]):
        keyed.extend(records)
        return real(records)

    monkeypatch.setattr(ingest_mod, "key_batch", spy)
    monkeypatch.setattr(ingest_mod, "GROUP_FILES", 1)  # one file per task
    with Workers(1) as workers:  # no table: only the file's own repeats are skipped
        assert _ingest(inputs, workers) == reference
    c = [r for r in keyed if r.source.file.endswith("c.jsonl")]
    # 20 rows of 7 texts, the weak one, papers[11]: each text keyed once.
    assert len(c) == 9
    # a.jsonl repeats its weak text, which is never registered: the repeat is keyed by the
    # main process, from the spill.
    weak_a = [r for r in keyed if r.source.file.endswith("a.jsonl") and r.title == "Introduction"]
    assert [r.source.line for r in weak_a] == [4, 6]


@pytest.mark.parametrize("jobs", [1, 2])
def test_small_files_travel_together(
    inputs: Path, reference: tuple, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # Files of a task are parsed and keyed together: fewer tasks, the same corpus, and the
    # texts an earlier file of the task keyed are not keyed again.
    tasks: list[list[str]] = []
    real = ingest_mod._chunks_of_files

    def spy(task):
        tasks.append([inp.display for inp in task[0]])
        return real(task)

    if jobs == 1:  # a worker cannot run a local function: counted in this process only
        monkeypatch.setattr(ingest_mod, "_chunks_of_files", spy)
    with Workers(jobs, shared_bytes=RAW_FILTER_BYTES) as workers:
        assert _ingest(inputs, workers) == reference
    grouped = list(tasks)
    monkeypatch.setattr(ingest_mod, "GROUP_FILES", 1)
    with Workers(jobs, shared_bytes=RAW_FILTER_BYTES) as workers:
        assert _ingest(inputs, workers) == reference  # one file per task: the same corpus
    if jobs == 1:  # the spy runs in this process
        names = [n.rsplit("/", 1)[-1] for n in grouped[0]]
        assert len(grouped) == 1 and names == ["a.jsonl", "b.jsonl", "c.jsonl"]


def test_groups_are_cut_by_size_and_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_mod, "GROUP_BYTES", 100)
    monkeypatch.setattr(ingest_mod, "GROUP_FILES", 3)
    sizes = [10, 10, 10, 10, 95, 200, 5, 5]
    assert list(ingest_mod._groups(sizes, 0, len(sizes))) == [[0, 1, 2], [3], [4], [5], [6, 7]]
    assert list(ingest_mod._groups(sizes, 2, 5)) == [[2, 3], [4]]


def test_a_corpus_left_unclosed_still_removes_its_spill_directory(tmp_path):
    """A signal can land between ``Corpus()`` and its owner's ``try`` (or after the owner
    left it): the directory then goes when the corpus is collected, or at exit."""
    import gc

    corpus = Corpus(spill_dir=str(tmp_path))
    spill = corpus.spill_dir
    assert os.path.isdir(spill)
    del corpus
    gc.collect()
    assert not os.path.exists(spill)


def test_a_memory_corpus_left_unclosed_frees_its_spill():
    import gc

    from papercorpus import spill

    corpus = Corpus(in_memory=True)
    before = len(spill._memory)
    assert before >= 1
    del corpus
    gc.collect()
    assert len(spill._memory) == before - 1


def test_closing_a_corpus_twice_is_harmless(tmp_path):
    corpus = Corpus(spill_dir=str(tmp_path))
    corpus.close()
    corpus.close()
    assert list(tmp_path.iterdir()) == []
