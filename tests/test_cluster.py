"""The cluster step (``dedup.cluster``): the transitive closure of accepted pairs must not
join two papers whose titles carry different number/version markers through a copy whose
title has none (the subtitle ``..., Part II`` dropped), whatever the pair order, numbering,
jobs or engine; with one marked paper in reach such a copy still joins it."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercorpus import api
from papercorpus.dedup.cluster import UnionFind, join, union_strong
from papercorpus.dedup.engine import two_papers
from papercorpus.dedup.features import features
from papercorpus.dedup.verify import Thresholds, decide

# The hard corpus's false merge (hard-200k-s20251117-v1, dump-00000.jsonl lines 1103, 1104,
# 3106, 9723), in short: Part II (abstract A), Part III (abstract B: A's first two
# sentences, then another), Part III cut after its first sentences, and Part II under its
# system name alone (abstract A).
_T = "SPATIOROUTE: Dynamic Prompt Routing for Zero-Shot Spatial Reasoning"
_S1 = (
    "Spatial question answering over egocentric video requires models to reason about object "
    "positions and directional relationships in the zero-shot setting."
)
_S2 = (
    "We introduce SpatioRoute, a dynamic prompt generation approach that routes each question "
    "to a tailored prompt template without any additional training."
)
_A3 = (
    "A rule-based router maps question types to specialized templates, and an LLM-driven "
    "router writes prompts from the question alone."
)
_B3 = (
    "To improve knowledge acquisition, DreamGym adaptively generates new tasks that challenge "
    "the current agent policy."
)
_S4 = (
    "SpatioRoute achieves accuracy gains of up to five points over fixed prompt baselines on "
    "the SQA3D benchmark, a new state of the art for zero-shot spatial question answering."
)
_S5 = (
    "Chain-of-thought prompting degrades performance in this setting, which suggests that "
    "question-aware routing is more effective than uniform reasoning instructions."
)
_A = f"{_S1} {_S2} {_A3} {_S4} {_S5}"
_B = f"{_S1} {_S2} {_B3} {_S4} {_S5}"
PART_II, PART_III, PART_III_CUT, BRIDGE = (
    (f"{_T}, Part II", _A),
    (f"{_T}, Part III", _B),
    (f"{_T}, Part III", f"{_S1} {_S2[:70]}\u2026"),
    ("SPATIOROUTE", _A),
)
FOUR = [PART_II, PART_III, PART_III_CUT, BRIDGE]


def _write(path: Path, records: list[tuple[str, str]]) -> str:
    with path.open("w") as f:
        for title, abstract in records:
            f.write(json.dumps({"title": title, "abstract": abstract, "year": 2025}) + "\n")
    return str(path)


def _decided() -> tuple[list[tuple[int, int]], list[tuple[str, ...]]]:
    feats = [features(t, a, None, ()) for t, a in FOUR]
    pairs = [
        (a, b)
        for a, b in itertools.combinations(range(4), 2)
        if decide(feats[a], feats[b], Thresholds()).rule
    ]
    return pairs, [f.markers for f in feats]


def test_the_four_copies_decide_as_on_the_hard_corpus() -> None:
    feats = [features(t, a, None, ()) for t, a in FOUR]
    rules = {
        (a, b): decide(feats[a], feats[b], Thresholds()).rule
        for a, b in itertools.combinations(range(4), 2)
    }
    assert rules == {
        (0, 1): None,  # Part II / Part III: the marker guard
        (0, 2): None,
        (0, 3): "abstract",
        (1, 2): "title_key",
        (1, 3): None,
        (2, 3): "containment",
    }
    assert [f.markers for f in feats] == [("2",), ("3",), ("3",), ()]


def test_a_markerless_copy_does_not_bridge_two_marked_papers() -> None:
    pairs, marks = _decided()
    uf, dropped, ambiguous = join(4, pairs, [], lambda u: True, lambda us: [marks[u] for u in us])
    assert uf.find(0) != uf.find(1)  # Part II and Part III stay apart
    assert uf.find(1) == uf.find(2)  # Part III and its cut copy are one
    assert {uf.find(3)} == {3} and ambiguous == {3}  # the bridge is left on its own
    assert dropped == {(0, 3), (2, 3)}


def test_a_markerless_copy_joins_the_one_marked_paper_in_reach() -> None:
    pairs, marks = _decided()
    # Without Part III (copies 1 and 2), the copy without a subtitle joins Part II.
    uf, dropped, ambiguous = union_strong(4, [p for p in pairs if 1 not in p and 2 not in p],
                                          lambda us: [marks[u] for u in us])  # fmt: skip
    assert uf.find(3) == uf.find(0) and not dropped and not ambiguous
    # Two marker-less copies and two copies of one marked paper: all one.
    marks2 = [("2",), (), (), ("2",)]
    uf, dropped, ambiguous = union_strong(
        4, [(0, 1), (1, 2), (2, 3)], lambda us: [marks2[u] for u in us]
    )
    assert len({uf.find(x) for x in range(4)}) == 1 and not dropped and not ambiguous


def test_marked_parts_with_the_same_markers_join_through_a_markerless_copy() -> None:
    # "X: A, Part 2" and "X: B, Part 2" through "X": one set of markers, no conflict.
    marks = [("2",), (), ("2",)]
    uf, dropped, _ = union_strong(3, [(0, 1), (1, 2)], lambda us: [marks[u] for u in us])
    assert uf.find(0) == uf.find(2) and not dropped


def _partition(uf: UnionFind, n: int) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for x in range(n):
        groups.setdefault(uf.find(x), set()).add(x)
    return {frozenset(g) for g in groups.values()}


_MARKS = [(), (), ("2",), ("3",), ("2", "5")]


@settings(max_examples=300, deadline=None)
@given(
    n=st.integers(3, 12),
    data=st.data(),
)
def test_clusters_do_not_depend_on_pair_order_or_numbering(n: int, data: st.DataObject) -> None:
    all_pairs = list(itertools.combinations(range(n), 2))
    pairs = data.draw(st.lists(st.sampled_from(all_pairs), unique=True, max_size=2 * n))
    marks = data.draw(st.lists(st.sampled_from(_MARKS), min_size=n, max_size=n))
    seed = data.draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)

    def run(pairs, marks):
        return union_strong(n, pairs, lambda us: [marks[u] for u in us])

    uf, refused, apart = run(pairs, marks)
    base = _partition(uf, n)
    shuffled = [(b, a) if rng.random() < 0.5 else (a, b) for a, b in pairs]
    rng.shuffle(shuffled)
    uf2, refused2, apart2 = run(shuffled, marks)
    assert _partition(uf2, n) == base and apart2 == apart
    assert {frozenset(p) for p in refused2} == {frozenset(p) for p in refused}
    # Renumbered: the same clusters, renamed.
    perm = list(range(n))
    rng.shuffle(perm)
    renamed = [(perm[a], perm[b]) for a, b in pairs]
    marks3 = [None] * n
    for x in range(n):
        marks3[perm[x]] = marks[x]
    uf3, _, apart3 = run(renamed, marks3)
    assert _partition(uf3, n) == {frozenset(perm[x] for x in g) for g in base}
    assert apart3 == {perm[x] for x in apart}
    # No cluster holds two marked copies with different markers unless pairs between
    # marked copies alone link them.
    marked_links = UnionFind(n)
    for a, b in pairs:
        if marks[a] and marks[b]:
            marked_links.union(a, b)
    for group in base:
        carried = {}
        for x in group:
            if marks[x]:
                carried.setdefault(marked_links.find(x), set()).add(marks[x])
        assert len({frozenset(c) for c in carried.values()}) <= 1, (group, carried)
    # Without a conflict the clusters are the plain closure.
    plain = UnionFind(n)
    for a, b in pairs:
        plain.union(a, b)
    if not apart:
        assert base == _partition(plain, n)


@settings(max_examples=300, deadline=None)
@given(n=st.integers(3, 10), data=st.data())
def test_join_with_title_only_pairs_does_not_depend_on_order_or_numbering(
    n: int, data: st.DataObject
) -> None:
    """Both constraints together (``join``: strong pairs, then title-only ones)."""
    all_pairs = list(itertools.combinations(range(n), 2))
    pairs = data.draw(st.lists(st.sampled_from(all_pairs), unique=True, max_size=2 * n))
    is_strong = data.draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    marks = data.draw(st.lists(st.sampled_from(_MARKS[:4]), min_size=n, max_size=n))
    real = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    strong = [p for p, k in zip(pairs, is_strong, strict=True) if k]
    weak = [p for p, k in zip(pairs, is_strong, strict=True) if not k]
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1)))
    perm = list(range(n))
    rng.shuffle(perm)
    old = {perm[x]: x for x in range(n)}

    def run(strong, weak, name=lambda u: u):
        return join(
            n, strong, weak, lambda u: real[name(u)], lambda us: [marks[name(u)] for u in us]
        )

    base = run(strong, weak)
    shuffled_strong, shuffled_weak = strong[:], weak[:]
    rng.shuffle(shuffled_strong)
    rng.shuffle(shuffled_weak)
    again = run(shuffled_strong, shuffled_weak)
    assert _partition(again.uf, n) == _partition(base.uf, n)
    assert again.ambiguous == base.ambiguous and again.dropped == base.dropped

    def rename(ps):
        return [tuple(sorted((perm[a], perm[b]))) for a, b in ps]

    renamed = run(rename(strong), rename(weak), old.__getitem__)
    assert _partition(renamed.uf, n) == {frozenset(perm[x] for x in g) for g in
                                         _partition(base.uf, n)}  # fmt: skip
    assert renamed.ambiguous == {perm[x] for x in base.ambiguous}


def _clean(inputs: list[str], out: Path, **extra) -> tuple[list[dict], api.Summary]:
    summary = api.clean(inputs, out, api.CleanOptions(**extra))
    return [json.loads(line) for line in out.read_text().splitlines()], summary


def _lines(row: dict) -> list[int]:
    return sorted(s["line"] for s in row["sources"])


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_keeps_part_ii_and_part_iii_apart(tmp_path: Path, jobs: int) -> None:
    src = _write(tmp_path / "dump.jsonl", FOUR)
    rows, summary = _clean([src], tmp_path / "out.jsonl", jobs=jobs)
    assert sorted(_lines(r) for r in rows) == [[1], [2, 3], [4]]
    assert summary.as_dict()["clusters_flagged"] == {"ambiguous": 1}


def test_clean_output_does_not_depend_on_record_order(tmp_path: Path) -> None:
    titles = set()
    for k, order in enumerate(itertools.permutations(range(4))):
        src = _write(tmp_path / f"d{k}.jsonl", [FOUR[i] for i in order])
        rows, _ = _clean([src], tmp_path / f"o{k}.jsonl", jobs=1)
        titles.add(frozenset(frozenset(order[s["line"] - 1] for s in r["sources"]) for r in rows))
    assert titles == {frozenset({frozenset({0}), frozenset({1, 2}), frozenset({3})})}


# ``separate``: a pair verification refused as two papers (related) never ends in one
# cluster through copies it accepted with each.


@pytest.mark.parametrize("order", list(itertools.permutations([(0, 2), (1, 2)])))
@pytest.mark.parametrize("perm", list(itertools.permutations(range(3))))
def test_a_copy_accepted_with_two_distinct_papers_bridges_neither(order, perm) -> None:
    # A (0) ~ C (2) and C ~ B (1) accepted, A ~ B refused as related: whatever the pair
    # order and the numbering, A and B end apart and C, which could be either, alone.
    a, b, c = perm
    name = {0: a, 1: b, 2: c}
    strong = [(name[x], name[y]) for x, y in order]
    joined = join(3, strong, [], lambda u: True, lambda us: [()] * len(us), [(a, b)])
    assert len({joined.uf.find(x) for x in range(3)}) == 3
    assert joined.ambiguous == {c}
    assert joined.dropped == set(strong)


def test_a_bridge_left_apart_keeps_each_paper_whole() -> None:
    # A (0) with its copies 3 and 4, B (1) with its copy 5; C (2) accepted with A and B.
    strong = [(0, 3), (3, 4), (1, 5), (0, 2), (2, 1)]
    joined = join(6, strong, [], lambda u: True, lambda us: [()] * len(us), [(0, 1)])
    assert _partition(joined.uf, 6) == {frozenset({0, 3, 4}), frozenset({1, 5}),
                                        frozenset({2})}  # fmt: skip
    assert joined.ambiguous == {2} and joined.dropped == {(0, 2), (2, 1)}


def test_copies_on_the_path_that_reach_both_papers_stay_together_apart() -> None:
    # A ~ C1 ~ C2 ~ B, A / B distinct: C1 and C2 are taken out together; as a group they
    # reach both papers, so they are one row of their own.
    joined = join(4, [(0, 2), (2, 3), (1, 3)], [], lambda u: True,
                  lambda us: [()] * len(us), [(0, 1)])  # fmt: skip
    assert _partition(joined.uf, 4) == {frozenset({0}), frozenset({1}), frozenset({2, 3})}
    assert joined.ambiguous == {2, 3} and joined.dropped == {(0, 2), (1, 3)}


def test_a_copy_off_the_shortest_paths_stays_with_its_paper() -> None:
    # A (0) ~ C (2) ~ B (1), and D (3) accepted with A and C: only C is on a shortest A-B
    # path; D stays with A, C alone.
    joined = join(4, [(0, 2), (1, 2), (2, 3), (0, 3)], [], lambda u: True,
                  lambda us: [()] * len(us), [(0, 1)])  # fmt: skip
    assert _partition(joined.uf, 4) == {frozenset({0, 3}), frozenset({1}), frozenset({2})}


def test_distinct_pairs_in_different_clusters_change_nothing() -> None:
    joined = join(4, [(0, 1), (2, 3)], [], lambda u: True, lambda us: [()] * len(us), [(0, 2)])
    assert _partition(joined.uf, 4) == {frozenset({0, 1}), frozenset({2, 3})}
    assert not joined.ambiguous and not joined.dropped


@settings(max_examples=400, deadline=None)
@given(n=st.integers(3, 12), data=st.data())
def test_distinct_pairs_never_share_a_cluster_in_any_order_or_numbering(
    n: int, data: st.DataObject
) -> None:
    all_pairs = list(itertools.combinations(range(n), 2))
    pairs = data.draw(st.lists(st.sampled_from(all_pairs), unique=True, max_size=2 * n))
    left = [p for p in all_pairs if p not in pairs]
    distinct = data.draw(st.lists(st.sampled_from(left), unique=True, max_size=3)) if left else []
    is_strong = data.draw(st.lists(st.booleans(), min_size=len(pairs), max_size=len(pairs)))
    real = data.draw(st.lists(st.booleans(), min_size=n, max_size=n))
    strong = [p for p, k in zip(pairs, is_strong, strict=True) if k]
    weak = [p for p, k in zip(pairs, is_strong, strict=True) if not k]
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1)))

    def run(strong, weak, distinct, name=lambda u: u):
        return join(n, strong, weak, lambda u: real[name(u)], lambda us: [()] * len(us),
                    distinct)  # fmt: skip

    base = run(strong, weak, distinct)
    groups = _partition(base.uf, n)
    for a, b in distinct:
        assert base.uf.find(a) != base.uf.find(b)
    # Every cluster is connected by the pairs it keeps (nothing joined without a pair).
    kept = UnionFind(n)
    for a, b in strong + weak:
        if (a, b) not in base.dropped:
            kept.union(a, b)
    assert _partition(kept, n) == groups
    # Shuffled pairs, flipped distinct pairs: the same clusters.
    s2, w2 = strong[:], weak[:]
    rng.shuffle(s2)
    rng.shuffle(w2)
    d2 = [(b, a) if rng.random() < 0.5 else (a, b) for a, b in distinct]
    rng.shuffle(d2)
    again = run(s2, w2, d2)
    assert _partition(again.uf, n) == groups
    assert again.ambiguous == base.ambiguous and again.dropped == base.dropped
    # Renumbered: the same clusters, renamed.
    perm = list(range(n))
    rng.shuffle(perm)
    old = {perm[x]: x for x in range(n)}

    def rename(ps):
        return [tuple(sorted((perm[a], perm[b]))) for a, b in ps]

    renamed = run(rename(strong), rename(weak), rename(distinct), old.__getitem__)
    assert _partition(renamed.uf, n) == {frozenset(perm[x] for x in g) for g in groups}
    assert renamed.ambiguous == {perm[x] for x in base.ambiguous}
    # Without a distinct pair inside a cluster, the clusters are those without the guard.
    plain = run(strong, weak, [])
    inside = [(a, b) for a, b in distinct if plain.uf.find(a) == plain.uf.find(b)]
    if not inside:
        assert _partition(plain.uf, n) == groups and plain.dropped == base.dropped


# Two papers under titles one word apart by different people (A, B: a ``fuzzy_title`` pair
# vetoed by the authors, reported as related with ``authors_disjoint``) and a copy without
# authors that verification accepts with each (C: ``abstract`` with A, ``title_key`` with
# B). C could be either paper: without the guard the closure made one row of the three.
_RELAY = [
    "Graph neural networks struggle to propagate information across long ranges in sparse "
    "molecular graphs.",
    "We introduce RelayNet, which inserts learned relay nodes that shorten every path between "
    "distant atoms.",
    "Relay nodes are placed by a differentiable clustering step trained jointly with the "
    "message passing layers.",
    "On three molecular property benchmarks RelayNet improves the mean absolute error by "
    "eleven percent over strong baselines.",
    "Ablations show that the gains come from the shortened paths rather than from the added "
    "parameters.",
]
_OTHER = "We study how relay nodes interact with positional encodings in large crystal graphs."
_RT = "Relay Nodes for Long-Range Message Passing {} Molecular Graphs"
TWO_GROUPS = [
    (_RT.format("in"), " ".join(_RELAY), ["Ada Lovelace", "Alan Turing"]),
    (_RT.format("on"), " ".join([*_RELAY[:4], _OTHER]), ["Grace Hopper", "Edsger Dijkstra"]),
    (_RT.format("on"), " ".join(_RELAY[:4]) + " Ablations show that the gains come from the "
     "shortened paths.", []),
]  # fmt: skip


def _write_authors(path: Path, records: list[tuple[str, str, list[str]]]) -> str:
    with path.open("w") as f:
        for title, abstract, authors in records:
            row = {"title": title, "abstract": abstract, "authors": authors, "year": 2025}
            f.write(json.dumps(row) + "\n")
    return str(path)


def test_the_two_groups_copies_decide_as_described() -> None:
    feats = [features(t, a, None, (), au) for t, a, au in TWO_GROUPS]
    decided = {
        (a, b): decide(feats[a], feats[b], Thresholds())
        for a, b in itertools.combinations(range(3), 2)
    }
    assert {p: d.rule for p, d in decided.items()} == {
        (0, 1): None,
        (0, 2): "abstract",
        (1, 2): "title_key",
    }
    assert decided[(0, 1)].related and two_papers(decided[(0, 1)].scores)


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_keeps_two_papers_apart_whatever_bridges_them(tmp_path: Path, jobs: int) -> None:
    for k, order in enumerate(itertools.permutations(range(3))):
        src = _write_authors(tmp_path / f"d{k}.jsonl", [TWO_GROUPS[i] for i in order])
        rows, summary = _clean([src], tmp_path / f"o{k}.jsonl", jobs=jobs)
        assert len(rows) == 3, order  # the two papers, and the copy that could be either
        stats = summary.as_dict()
        assert stats["clusters_flagged"] == {"ambiguous": 1} and stats["related_pairs"] == 1


def test_a_related_pair_refused_for_want_of_evidence_is_no_cannot_link() -> None:
    """Only verdicts of two papers keep copies apart: most related pairs that accepted
    pairs join are one paper (a cut copy, a retouched title: docs/dedup.md)."""
    assert two_papers({"arxiv_contradicted": 1.0}) and two_papers({"authors_disjoint": 1.0})
    assert not two_papers({"jaccard": 0.6, "containment": 1.0, "title_ratio": 0.9})
