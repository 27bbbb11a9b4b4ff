"""The near-duplicate engine: candidates -> verification -> clusters -> survivors.

Works on the unique texts of a sealed ``Corpus`` (exact copies were folded together while
the corpus was built) and returns plain arrays, so another engine could replace it without
touching sources or sinks.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

import numpy as np
import orjson

from ..parallel import Workers
from ..progress import NO_PROGRESS, Progress
from ..sketch.signatures import estimate_jaccard
from ..spill import read_spill, read_spill_parts
from ..store import Corpus, as_numpy
from . import candidates as cand
from .cluster import MarkersOf, UnionFind, join
from .features import Features, batch_features, features, markers
from .verify import Decision, Thresholds, decide, generic_twins, substantive

# LSH layout: 32 bands of 4 rows over 128 OPH bins. With exact verification behind it the
# band layout is chosen for recall at the verification thresholds, not for precision:
# P(candidate) is 0.87 at Jaccard 0.5, 0.99 at 0.6 and 1.00 at 0.8 (docs/dedup.md); pairs
# with equal title keys or equal abstract prefixes are candidates whatever their Jaccard.
BANDS = 32
ROWS = 4
# Candidates with different titles whose estimated Jaccard is below this are never verified
# (see ``_plausible`` for the length-aware bound above it); equal titles and arXiv ids are
# always verified.
PREFILTER = 0.05
# Clusters larger than this are flagged in the report as possible chains.
GIANT_CLUSTER = 50

# Which copy of a cluster survives: the first in input order or the longest abstract, among
# the copies with the best abstract (a real one wins either way).
Keep = Literal["first", "longest"]


@dataclass(frozen=True)
class DedupOptions:
    thresholds: Thresholds = field(default_factory=Thresholds)
    keep: Keep = "first"
    bands: int = BANDS
    rows: int = ROWS
    prefilter: float = PREFILTER


@dataclass
class Edge:
    a: int
    b: int
    decision: Decision


@dataclass
class DedupStats:
    """What the near-duplicate stage found besides the clusters. The ``key`` in a field's
    metadata is its name in ``--stats`` (see ``results.Summary.as_dict``)."""

    # Clusters per flag: "chain", "giant", "ambiguous" (a cluster may carry several).
    flagged_clusters: Counter[str] = field(
        default_factory=Counter, metadata={"key": "clusters_flagged", "section": "dedup"}
    )
    # Pairs that share a lot but fail every rule (e.g. a paper and its journal extension).
    related_pairs: int = field(default=0, metadata={"key": "related_pairs", "section": "dedup"})


@dataclass
class DedupResult:
    """Per unique text: ``cluster`` (the survivor's unique index), ``parent`` (the unique it
    was merged through, -1 for survivors) and ``edge_rule``/``edge_scores`` of that merge."""

    cluster: np.ndarray
    parent: np.ndarray
    edge_rule: list[str | None]
    edge_scores: list[dict[str, float] | None]
    indirect: np.ndarray  # bool: merged through another member and not verified against survivor
    flagged: dict[int, list[str]]  # survivor -> flags ("chain", "giant")
    related: list[tuple[int, int, dict[str, float]]]
    stats: DedupStats = field(default_factory=DedupStats)


def find_duplicates(
    corpus: Corpus,
    options: DedupOptions | None = None,
    workers: Workers | None = None,
    progress: Progress = NO_PROGRESS,
) -> DedupResult:
    opts = options or DedupOptions()
    workers = workers or Workers(1)
    progress.stage("dedup", None, "candidates")
    pairs = _candidate_pairs(corpus, opts, workers.jobs)
    progress.total(len(pairs))
    decisions = _verify_all(corpus, pairs, opts.thresholds, workers, progress, opts.prefilter)
    return resolve(corpus, pairs.tolist(), decisions, opts)


def resolve(
    corpus: Corpus,
    pairs: list[list[int]] | list[tuple[int, int]],
    decisions: list[Decision],
    opts: DedupOptions,
) -> DedupResult:
    """Clusters, survivors and explanations from the verified candidate pairs (sorted, with
    their decisions; pairs decided "not the same paper" and not related may be left out).
    The Spark engine verifies on the cluster and resolves here, with this same code."""
    n = corpus.n_unique
    edges: list[Edge] = []
    related: list[tuple[int, int, dict[str, float]]] = []
    for (a, b), d in zip(pairs, decisions, strict=True):
        if d.rule:
            edges.append(Edge(a, b, d))
        elif d.related:
            related.append((a, b, d.scores))

    @lru_cache(maxsize=1 << 16)
    def feat(u: int) -> Features:
        t = corpus.text(u)
        return features(t.title, t.abstract, t.arxiv_id, t.flags, copy_authors(t.meta))

    uf, edges, ambiguous = join_edges(
        n,
        edges,
        lambda u: substantive(feat(u)),
        lambda us: _title_markers(corpus, us),
        [(a, b) for a, b, scores in related if two_papers(scores)],
    )
    roots = uf.roots()
    survivor_of_root = choose_survivors(corpus, roots, opts.keep)
    cluster = survivor_of_root[roots]
    parent, rule, scores, indirect, flagged = explain_clusters(
        n, cluster, edges, lambda a, b: decide(feat(a), feat(b), opts.thresholds)
    )
    for u in sorted(ambiguous):
        flags = flagged.setdefault(int(cluster[u]), [])
        if "ambiguous" not in flags:
            flags.append("ambiguous")
    stats = DedupStats(Counter(f for flags in flagged.values() for f in flags), len(related))
    return DedupResult(cluster, parent, rule, scores, indirect, flagged, related, stats)


# The refusals in which verification says "these are two papers", not "too little in
# common": one arXiv id on two unrelated texts, one title by people none of whom is shared.
# A related pair refused for want of evidence is no such verdict: on the hard 200k corpus
# 186 of the 191 related pairs that accepted pairs join are one paper (docs/dedup.md).
TWO_PAPERS = ("arxiv_contradicted", "authors_disjoint")


def two_papers(scores: dict[str, float]) -> bool:
    """The decision refused the pair as two distinct papers (``TWO_PAPERS``)."""
    return any(k in scores for k in TWO_PAPERS)


def join_edges(
    n: int,
    edges: list[Edge],
    is_substantive: Callable[[int], bool],
    markers_of: MarkersOf,
    distinct: Sequence[tuple[int, int]] = (),
) -> tuple[UnionFind, list[Edge], set[int]]:
    """``cluster.join`` over the accepted ``edges`` (the title-only ones are its weak
    pairs) and the pairs refused as two papers (``distinct``, ``two_papers``: never in one
    cluster): the clusters, the edges they keep and the uniques left apart as ambiguous.
    Both engines resolve through it (the Spark one a component at a time)."""
    strong = [(e.a, e.b) for e in edges if e.decision.rule != "title_only"]
    weak = [(e.a, e.b) for e in edges if e.decision.rule == "title_only"]
    uf, dropped, ambiguous = join(n, strong, weak, is_substantive, markers_of, distinct)
    if dropped:
        edges = [e for e in edges if (e.a, e.b) not in dropped]
    return uf, edges, ambiguous


def _title_markers(corpus: Corpus, uniques: list[int]) -> list[tuple[str, ...]]:
    """``features.markers`` of the uniques' titles: only the titles are read (one pass over
    the spill), and nothing is shingled."""
    titles, _, _ = read_spill_parts(corpus.spill_paths, as_numpy(corpus.unique_loc)[uniques])
    return [markers(orjson.loads(t)) for t in titles]


# Pairs verified per unit of work: large enough to amortise one batched shingling of the
# endpoints, small enough that the last blocks do not leave a worker idle (a million records
# give ~44k pairs: 4096 per block made 11 blocks for 2 workers, the last one alone).
VERIFY_BLOCK = 1024


class VerifyTask(NamedTuple):
    """A block of candidate pairs as a worker verifies it: each endpoint once, pairs as
    indexes into the endpoints."""

    spills: list[str]  # the corpus's spill files
    locs: list[int]  # per endpoint: where its text is in the spill files
    arxiv: list[str | None]  # per endpoint
    pairs: np.ndarray  # (m, 2) endpoint indexes
    thresholds: Thresholds
    # Per pair: the abstracts share nothing by their signatures (``_unrelated_abstracts``),
    # so a generic equal title is all the pair has and it is rejected unread.
    unrelated: np.ndarray | None = None


def _verify_block(task: VerifyTask) -> list[Decision]:
    """Worker side: features of every endpoint (in one batch), then each pair. Pairs of
    one generic title over unrelated abstracts ("Introduction", "Editorial": thousands of
    distinct papers) are rejected from their titles alone, and a text only they touch is
    not featured at all."""
    rows = [
        (title, abstract, ax, tuple(flags), copy_authors(meta))
        for (title, abstract, flags, meta), ax in zip(
            read_spill(task.spills, task.locs), task.arxiv, strict=True
        )
    ]
    thresholds = task.thresholds
    pairs = task.pairs.tolist()
    rejected = [False] * len(pairs)
    if task.unrelated is not None:
        for i in np.flatnonzero(task.unrelated).tolist():
            a, b = pairs[i]
            if not (rows[a][2] and rows[b][2]):  # two arXiv ids decide by themselves
                rejected[i] = generic_twins(rows[a][0], rows[b][0], thresholds)
    needed = sorted({u for p, r in zip(pairs, rejected, strict=True) if not r for u in p})
    feats = dict(zip(needed, batch_features([rows[u] for u in needed]), strict=True))
    return _Decisions(
        _NO_EVIDENCE if r else decide(feats[a], feats[b], thresholds)
        for (a, b), r in zip(pairs, rejected, strict=True)
    )


# What a rejected pair without evidence decides: no rule, not related (scores of such a
# pair are never shown).
_NO_EVIDENCE = Decision(None)


class _Decisions(list[Decision]):
    """A block's decisions as a worker sends them back: pickled as plain tuples. A
    ``Decision`` pickles through its ``__dict__``, ~5x the CPU of a tuple (the hard 200k's
    64,631 decisions: ~0.4 s of pickling and unpickling, ~0.1 s as tuples)."""

    def __reduce__(self) -> tuple[object, tuple[list[tuple[str | None, dict, bool]]]]:
        return _decisions, ([(d.rule, d.scores, d.related) for d in self],)


def _decisions(rows: list[tuple[str | None, dict, bool]]) -> list[Decision]:
    return [Decision(rule, scores, related) for rule, scores, related in rows]


def _unrelated_abstracts(corpus: Corpus, pairs: np.ndarray, floor: float) -> np.ndarray:
    """Mask of the pairs whose abstracts no rule could use: not one signature bin in common
    (an estimated Jaccard of 0, below every rule's bound; with 128 bins a pair at Jaccard
    0.05 shows none with probability 0.0014), the shorter abstract at least half as long as
    the other (a short text inside a long one shares few bins even when it is contained;
    such pairs are read), and the same title key (pairs with different titles were already
    filtered by ``_plausible``)."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=bool)
    a, b = pairs[:, 0], pairs[:, 1]
    th = corpus.title_hash
    mask = (th[a] == th[b]) & (th[a] != 0)
    la, lb = corpus.abstract_len[a], corpus.abstract_len[b]
    mask &= 2 * np.minimum(la, lb) >= np.maximum(la, lb)
    idx = np.flatnonzero(mask)
    mask[idx] = (estimate_jaccard(corpus.sig, a[idx], b[idx]) == 0) & ~_plausible(
        corpus, pairs[idx], floor
    )
    return mask


def copy_authors(meta: object) -> list[str]:
    """The author names a copy's fields list (``fields.copy_fields``: structured rows)."""
    names = meta.get("authors") if isinstance(meta, dict) else None
    return names if isinstance(names, list) else []


def _verify_all(
    corpus: Corpus,
    pairs: np.ndarray,
    thresholds: Thresholds,
    workers: Workers,
    progress: Progress = NO_PROGRESS,
    prefilter: float = PREFILTER,
) -> list[Decision]:
    locs = as_numpy(corpus.unique_loc)
    unrelated = _unrelated_abstracts(corpus, pairs, prefilter)

    def blocks():
        for chosen in _pair_blocks(pairs, VERIFY_BLOCK):
            block = pairs[chosen]
            ends, local = np.unique(block, return_inverse=True)
            arxiv = [corpus.unique_arxiv[u] for u in ends.tolist()]
            task = VerifyTask(
                corpus.spill_paths,
                locs[ends].tolist(),
                arxiv,
                local.reshape(-1, 2),
                thresholds,
                unrelated[chosen] if unrelated[chosen].any() else None,
            )
            yield chosen, task

    # A decision depends on its pair alone, so blocks may take the pairs in any order.
    out: list[Decision | None] = [None] * len(pairs)
    for chosen, decisions in workers.map(_verify_block, blocks()):
        for i, d in zip(chosen.tolist(), decisions, strict=True):
            out[i] = d
        progress.advance(len(decisions))
    return out  # type: ignore[return-value]


def _pair_blocks(pairs: np.ndarray, size: int) -> list[np.ndarray]:
    """Indexes of the pairs, in blocks of about ``size``: whole connected components of the
    candidate graph packed together (in order of their first pair), so a text is read and
    featured in one block only, not once per block that happens to hold one of its pairs
    (a component larger than a block is cut into consecutive pieces)."""
    if len(pairs) == 0:
        return []
    ends, local = np.unique(pairs, return_inverse=True)
    a, b = local.reshape(-1, 2).T
    label = _components(len(ends), a, b)[a]
    order = np.argsort(label, kind="stable")
    bounds = np.flatnonzero(np.diff(label[order])) + 1
    out: list[np.ndarray] = []
    current: list[np.ndarray] = []
    filled = 0
    for lo, hi in zip([0, *bounds.tolist()], [*bounds.tolist(), len(order)], strict=True):
        if filled and filled + hi - lo > size:
            out.append(np.concatenate(current))
            current, filled = [], 0
        if hi - lo >= size:
            out.extend(order[x : min(x + size, hi)] for x in range(lo, hi, size))
        else:
            current.append(order[lo:hi])
            filled += hi - lo
    if current:
        out.append(np.concatenate(current))
    return out


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per node, the smallest node of its connected component (label propagation with
    pointer jumping: a few numpy passes, however long the chains)."""
    label = np.arange(n)
    while True:
        low = np.minimum(label[a], label[b])
        new = label.copy()
        np.minimum.at(new, a, low)
        np.minimum.at(new, b, low)
        np.minimum.at(new, label, new)  # a root takes the smallest label of its members
        while True:
            jumped = new[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
        if np.array_equal(new, label):
            return label
        label = new


def _candidate_pairs(corpus: Corpus, opts: DedupOptions, jobs: int = 1) -> np.ndarray:
    """Every pair worth verifying: LSH bands, equal title keys, equal abstract prefixes and
    equal arXiv ids; pairs that no rule could accept are dropped first (``_plausible``)."""
    parts = _lsh_candidates(corpus, opts, jobs)
    ph = corpus.prefix_hash
    has_p = np.flatnonzero(ph)
    prefix_pairs = cand.group_pairs(ph[has_p], has_p)
    parts.append(prefix_pairs[_plausible(corpus, prefix_pairs, opts.prefilter)])
    th = corpus.title_hash
    has_t = np.flatnonzero(th)
    title_pairs = cand.group_pairs(th[has_t], has_t)
    return cand.merge_pairs([*parts, title_pairs, cand.value_pairs(corpus.unique_arxiv)])


# What the band workers read: set just before a short-lived pool is forked, so the workers
# see the signatures (hundreds of MB at a million texts) without any copying.
_band_input: tuple[Corpus, DedupOptions, np.ndarray] | None = None


def _lsh_candidates(corpus: Corpus, opts: DedupOptions, jobs: int) -> list[np.ndarray]:
    """Plausible LSH pairs, one array per band. Bands are independent and the prefilter is a
    function of the pair alone, so both run band by band in worker processes; duplicates
    across bands are merged by the caller."""
    global _band_input
    valid = cand.signed_rows(corpus.sig)
    if len(valid) < 2:
        return []
    _band_input = (corpus, opts, valid)
    try:
        # Forked here, after the corpus is sealed: the pool made before ingest cannot see it.
        with Workers(jobs) as pool:
            return [p for _, p in pool.map(_band_pairs, ((None, b) for b in range(opts.bands)))]
    finally:
        _band_input = None


def _band_pairs(band: int) -> np.ndarray:
    assert _band_input is not None
    corpus, opts, valid = _band_input
    pairs = cand.band_pairs(corpus.sig, valid, band, opts.rows)
    return pairs[_plausible(corpus, pairs, opts.prefilter)]


def _plausible(corpus: Corpus, pairs: np.ndarray, floor: float) -> np.ndarray:
    """Mask of the pairs (with different titles) that some rule could still accept, judged
    from the MinHash estimate. Without equal titles a pair needs abstract Jaccard >= 0.5
    (``fuzzy_title``) or containment >= 0.9 (``containment``); containment 0.9 of an abstract
    ``r`` times as long as the other implies Jaccard >= 0.9r / (1 + 0.1r). The estimate must
    fall three standard errors below that bound before a pair is dropped, so a truncated copy
    (r ~ 0.2, J ~ 0.15) is kept while two papers that merely open with the same sentence
    (r ~ 1, J ~ 0.05) are not verified at all."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=bool)
    a, b = pairs[:, 0], pairs[:, 1]
    est = estimate_jaccard(corpus.sig, a, b)
    la, lb = corpus.abstract_len[a], corpus.abstract_len[b]
    return cand.plausible(est, la, lb, corpus.sig.shape[1], floor)


def choose_survivors(corpus: Corpus, roots: np.ndarray, keep: str) -> np.ndarray:
    """For each root, the unique that survives: the copies with the best abstract
    (``keys.RANK_*``: a real one, then a cut one, short text, an AI summary, junk,
    nothing), and among them the first in input order (``first``) or the longest
    (``longest``). So ``--keep`` never picks junk over a real abstract, nor a cut copy over
    the complete one."""
    n = len(roots)
    order_key = [corpus.abstract_rank.astype(np.int64)]
    if keep == "longest":
        order_key.append(-corpus.abstract_len)
    # lexsort: last key is primary. Uniques are numbered in input order, so index = "first".
    idx = np.arange(n)
    order = np.lexsort([idx, *reversed(order_key), roots])
    sorted_roots = roots[order]
    first_of_group = np.concatenate(([True], sorted_roots[1:] != sorted_roots[:-1]))
    survivor = np.full(n, -1, dtype=np.int64)
    survivor[sorted_roots[first_of_group]] = order[first_of_group]
    return survivor


def explain_clusters(n, cluster, edges, verify_pair):
    """BFS from each survivor over accepted edges: who joined through whom, by which rule."""
    adj: dict[int, list[tuple[int, Decision]]] = {}
    for e in edges:
        adj.setdefault(e.a, []).append((e.b, e.decision))
        adj.setdefault(e.b, []).append((e.a, e.decision))
    parent = np.full(n, -1, dtype=np.int64)
    rule: list[str | None] = [None] * n
    scores: list[dict[str, float] | None] = [None] * n
    indirect = np.zeros(n, dtype=bool)
    flagged: dict[int, list[str]] = {}
    survivors = np.flatnonzero(cluster == np.arange(n))
    for s in survivors[np.isin(survivors, list(adj))].tolist():
        seen = {s}
        queue = deque([(s, 0)])
        size = 1
        while queue:
            u, depth = queue.popleft()
            for v, d in sorted(adj.get(u, ()), key=lambda x: x[0]):
                if v in seen:
                    continue
                seen.add(v)
                size += 1
                parent[v], rule[v], scores[v] = u, d.rule, d.scores
                if u != s and not verify_pair(s, v).rule:
                    indirect[v] = True
                    flagged.setdefault(s, [])
                    if "chain" not in flagged[s]:
                        flagged[s].append("chain")
                queue.append((v, depth + 1))
        if size > GIANT_CLUSTER:
            flagged.setdefault(s, []).append("giant")
    return parent, rule, scores, indirect, flagged


__all__ = ["DedupOptions", "DedupResult", "DedupStats", "Keep", "find_duplicates", "resolve"]
