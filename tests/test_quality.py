"""A small, fast run of the variant generator through ``cluster_records``: every decidable
class of the taxonomy is merged, no hard negative is. The full measurement is
``python benchmarks/quality.py`` (docs/dedup.md)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

from papercorpus.api import cluster_records
from papercorpus.records import Record, Source

from .conftest import DATA, ROOT, require

sys.path.insert(0, str(ROOT / "benchmarks"))
import variants  # noqa: E402  (benchmarks/ is not a package)

PER_CLASS = 6


@pytest.fixture(scope="module")
def outcome() -> dict[str, list[tuple[variants.Pair, bool]]]:
    folder = require(DATA / "arxiv-listings")
    papers = variants.load_papers(folder, max_files=12)
    pairs = variants.generate(papers, per_class=PER_CLASS, seed=11)
    records = [
        Record(c.title, c.abstract, Source(p.cls, k + 1), c.arxiv_id, c.flags)
        for k, p in enumerate(pairs)
        for c in (p.a, p.b)
    ]
    pred = cluster_records(records)
    by_class: dict[str, list[tuple[variants.Pair, bool]]] = defaultdict(list)
    for k, p in enumerate(pairs):
        by_class[p.cls].append((p, pred[2 * k] == pred[2 * k + 1]))
    # No merge across pairs: each pair is built from papers of its own.
    owner: dict[int, set[int]] = defaultdict(set)
    for i, label in enumerate(pred):
        owner[label].add(i // 2)
    assert all(len(s) == 1 for s in owner.values())
    return by_class


def _show(pair: variants.Pair) -> str:
    return f"{pair.source}: {pair.a.title!r} / {pair.b.title!r}"


def test_every_class_was_generated(outcome: dict[str, list[tuple[variants.Pair, bool]]]) -> None:
    assert set(outcome) == set(variants.POSITIVES) | set(variants.NEGATIVES)
    assert all(len(v) >= 3 for v in outcome.values())


@pytest.mark.parametrize("cls", sorted(set(variants.POSITIVES) - variants.UNDECIDABLE))
def test_positive_class_is_merged(
    outcome: dict[str, list[tuple[variants.Pair, bool]]], cls: str
) -> None:
    missed = [_show(p) for p, merged in outcome[cls] if not merged]
    assert not missed, missed


@pytest.mark.parametrize("cls", sorted(variants.NEGATIVES))
def test_hard_negative_is_not_merged(
    outcome: dict[str, list[tuple[variants.Pair, bool]]], cls: str
) -> None:
    merged = [_show(p) for p, was_merged in outcome[cls] if was_merged]
    assert not merged, merged


def test_generator_is_deterministic() -> None:
    papers = [
        variants.Paper(
            f"2501.{i:05d}",
            f"Title number {i} about graph learning: part",
            f"Sentence one of paper {i}. It has a second sentence here. "
            f"A third one follows. And a fourth closes it.",
        )
        for i in range(400)
    ]
    assert variants.generate(papers, per_class=3, seed=5) == variants.generate(
        papers, per_class=3, seed=5
    )


def test_benchmark_folder_is_importable() -> None:
    assert Path(variants.__file__).parent == ROOT / "benchmarks"


def test_title_only_copy_attaches_but_never_bridges() -> None:
    # 0 and 1 are two distinct papers with one title, 2 an empty-abstract copy of that
    # title, 3 a copy of paper 0.
    from papercorpus.dedup.cluster import join

    substantive = {0: True, 1: True, 2: False, 3: True}

    def no_markers(us: list[int]) -> list[tuple[str, ...]]:
        return [() for _ in us]

    uf, dropped, ambiguous = join(
        4, [(0, 3)], [(0, 2), (1, 2)], substantive.__getitem__, no_markers
    )
    assert len({uf.find(x) for x in range(4)}) == 3  # {0, 3}, {1}, {2}
    assert dropped == {(0, 2), (1, 2)} and ambiguous == {2}
    # With one paper in reach the copy joins it.
    uf, dropped, _ = join(3, [], [(0, 2)], substantive.__getitem__, no_markers)
    assert uf.find(2) == uf.find(0) and not dropped
