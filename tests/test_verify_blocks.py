"""How ``engine._verify_all`` cuts the candidate pairs into blocks, and the pairs it rejects
without reading the abstracts: the decisions must be those of ``decide`` on every pair."""

from __future__ import annotations

import random

import numpy as np

from papercorpus.api import cluster_records
from papercorpus.dedup.cluster import UnionFind
from papercorpus.dedup.engine import (
    DedupOptions,
    _candidate_pairs,
    _components,
    _pair_blocks,
    _unrelated_abstracts,
    _verify_all,
)
from papercorpus.dedup.features import features
from papercorpus.dedup.verify import Thresholds, decide, generic_twins
from papercorpus.ingest import ingest_records
from papercorpus.parallel import Workers
from papercorpus.records import Record, Source


def _random_pairs(rng: random.Random, nodes: int, edges: int) -> np.ndarray:
    pairs = {tuple(sorted(rng.sample(range(nodes), 2))) for _ in range(edges)}
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def test_components_are_union_find_components() -> None:
    rng = random.Random(3)
    for nodes, edges in ((2, 1), (50, 20), (300, 280), (1000, 3000)):
        pairs = _random_pairs(rng, nodes, edges)
        uf = UnionFind(nodes)
        for a, b in pairs.tolist():
            uf.union(a, b)
        assert _components(nodes, pairs[:, 0], pairs[:, 1]).tolist() == uf.roots().tolist()
    chain = np.array([[i, i + 1] for i in range(1, 1000)])  # one long path over 1..1000
    label = _components(1001, chain[:, 1], chain[:, 0])
    assert label[0] == 0 and set(label[1:].tolist()) == {1}


def test_pair_blocks_cover_every_pair_once_and_keep_components_whole() -> None:
    rng = random.Random(5)
    pairs = _random_pairs(rng, 5000, 2500)
    blocks = _pair_blocks(pairs, 64)
    chosen = np.concatenate(blocks)
    assert sorted(chosen.tolist()) == list(range(len(pairs)))
    assert all(len(b) <= 64 for b in blocks)
    ends = [set(pairs[b].ravel().tolist()) for b in blocks]
    label = _components(5000, pairs[:, 0], pairs[:, 1])
    sizes = np.bincount(label[pairs[:, 0]], minlength=5000)
    # A text of a component smaller than a block is featured in one block only.
    small = {u for u in range(5000) if 0 < sizes[label[u]] <= 64}
    seen = [u for e in ends for u in e if u in small]
    assert len(seen) == len(set(seen))
    assert _pair_blocks(np.empty((0, 2), np.int64), 64) == []


def _abstract(rng: random.Random, words: list[str], n: int = 60) -> str:
    return " ".join(rng.choice(words) for _ in range(n)) + "."


def test_generic_twins() -> None:
    t = Thresholds()
    assert generic_twins("Introduction", "INTRODUCTION.", t)
    assert not generic_twins("Introduction", "Editorial", t)
    specific = "Long-Context Retrieval in Scientific Papers"
    assert not generic_twins(specific, specific, t)


def test_generic_titles_over_unrelated_abstracts_decide_as_verified() -> None:
    rng = random.Random(11)
    vocab = [f"w{i}x" for i in range(4000)]
    records = []
    for i in range(40):  # one generic title over unrelated abstracts, and some copies
        abstract = _abstract(rng, vocab)
        records.append(Record("Introduction", abstract, Source("a.jsonl", i)))
        if i % 5 == 0:
            records.append(Record("Introduction", abstract + " Extra.", Source("b.jsonl", i)))
    opts = DedupOptions()
    with Workers(1) as workers, ingest_records(records, workers, 16) as corpus:
        pairs = _candidate_pairs(corpus, opts)
        unrelated = _unrelated_abstracts(corpus, pairs, opts.prefilter)
        assert unrelated.any()
        got = _verify_all(corpus, pairs, opts.thresholds, workers)
        for (a, b), d in zip(pairs.tolist(), got, strict=True):
            ta, tb = corpus.text(a), corpus.text(b)
            want = decide(
                features(ta.title, ta.abstract, ta.arxiv_id, ta.flags),
                features(tb.title, tb.abstract, tb.arxiv_id, tb.flags),
                opts.thresholds,
            )
            assert (d.rule, d.related) == (want.rule, want.related)
    survivors = cluster_records(records)
    assert len(set(survivors)) == 40
