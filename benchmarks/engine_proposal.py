"""Experimental copy of the engine's clustering step: title-only edges attach, never bridge.

The engine unions every accepted pair, so a copy with no usable abstract (empty, junk, an AI
one-liner) that shares its title with two *different* papers joins them into one cluster:
measured on colandr, three distinct commentaries titled "commentary on: psilocybin can
occasion ..." were merged through one empty-abstract copy. Here:

1. pairs accepted on abstract evidence (every rule but ``title_only``) are unioned first;
2. ``title_only`` pairs then link those components; each group of components linked this way
   is unioned only if at most one of its components holds a substantive abstract
   (``verify.substantive``). Otherwise the copies without evidence stay on their own (among
   themselves), and are counted as ``ambiguous``.

``find_duplicates`` is a drop-in for ``papercorpus.dedup.engine.find_duplicates``;
``benchmarks/quality.py --proposal`` measures with it. The function to move into the engine is
``attach_title_only``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

import numpy as np

from papercorpus.dedup import engine as eng
from papercorpus.dedup.cluster import UnionFind
from papercorpus.dedup.verify import Features, decide, features, substantive


def attach_title_only(
    n: int,
    strong: list[tuple[int, int]],
    weak: list[tuple[int, int]],
    is_substantive: Callable[[int], bool],
) -> tuple[UnionFind, list[tuple[int, int]], set[int]]:
    """Union ``strong`` pairs, then ``weak`` (title-only) pairs without bridging two
    components that each hold a substantive abstract. Returns the union-find, the weak pairs
    actually applied and the uniques left apart as ambiguous."""
    uf = UnionFind(n)
    for a, b in strong:
        uf.union(a, b)
    if not weak:
        return uf, [], set()
    roots = uf.roots()
    comp = {x: int(roots[x]) for pair in weak for x in pair}
    touched = sorted(set(comp.values()))
    members = np.flatnonzero(np.isin(roots, touched))
    holding = {int(roots[u]) for u in members.tolist() if is_substantive(u)}
    groups = UnionFind(n)  # components linked by title-only pairs
    for a, b in weak:
        groups.union(comp[a], comp[b])
    holders: dict[int, set[int]] = {}
    for r in touched:
        if r in holding:
            holders.setdefault(groups.find(r), set()).add(r)
    applied: list[tuple[int, int]] = []
    ambiguous: set[int] = set()
    for a, b in sorted(weak):
        ra, rb = comp[a], comp[b]
        if len(holders.get(groups.find(ra), ())) <= 1 or not ({ra, rb} & holding):
            # At most one paper in reach, or two evidence-less copies of one title.
            uf.union(a, b)
            applied.append((a, b))
        else:
            ambiguous.update(x for x, r in ((a, ra), (b, rb)) if r not in holding)
    return uf, applied, ambiguous


def find_duplicates(corpus, options=None, workers=None):  # noqa: ANN001, ANN201 - engine's
    opts = options or eng.DedupOptions()
    n = corpus.n_unique
    pairs = eng._candidate_pairs(corpus, opts)
    decisions = eng._verify_all(corpus, pairs, opts.thresholds, workers or eng.Workers(1))

    @cache
    def feat(u: int) -> Features:
        t = corpus.text(u)
        return features(t.title, t.abstract, t.arxiv_id, t.flags)

    edges: list[eng.Edge] = []
    related = []
    rule_pairs: Counter[str] = Counter()
    for (a, b), d in zip(pairs.tolist(), decisions, strict=True):
        if d.rule:
            edges.append(eng.Edge(a, b, d))
            rule_pairs[d.rule] += 1
        elif d.related:
            related.append((a, b, d.scores))
    strong = [(e.a, e.b) for e in edges if e.decision.rule != "title_only"]
    weak = [(e.a, e.b) for e in edges if e.decision.rule == "title_only"]
    uf, applied, ambiguous = attach_title_only(n, strong, weak, lambda u: substantive(feat(u)))
    kept = set(strong) | set(applied)
    edges = [e for e in edges if (e.a, e.b) in kept]
    roots = uf.roots()
    survivor_of_root = eng._choose_survivors(corpus, roots, opts.keep)
    cluster = survivor_of_root[roots]
    parent, rule, scores, indirect, flagged = eng._explain(
        n, cluster, edges, lambda a, b: decide(feat(a), feat(b), opts.thresholds)
    )
    for u in sorted(ambiguous):
        flagged.setdefault(int(cluster[u]), []).append("ambiguous")
    return eng.DedupResult(
        cluster, parent, rule, scores, indirect, flagged, related,
        n_candidates=len(pairs), n_verified=len(pairs), rule_pairs=rule_pairs,
    )  # fmt: skip


def install() -> None:
    """Route ``papercorpus.api.cluster_records`` through this engine copy."""
    import papercorpus.api as api

    api.find_duplicates = find_duplicates
