"""Union-find over accepted pairs (transitive closure of "same paper"), with the
constraints the closure must not break: a copy that could belong to two papers does not
bridge them (a title-only copy, ``attach_title_only``; a copy whose title has no
number/version marker between two papers whose titles carry different ones,
``union_strong``; any copy between two copies verification called distinct papers,
``separate``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

import numpy as np

Pair = tuple[int, int]
# Number/version markers of the titles of the given uniques (``features.markers``).
MarkersOf = Callable[[list[int]], Sequence[tuple[str, ...]]]


class UnionFind:
    """Disjoint sets over ``0..n-1``. The root of a set is always its smallest member, so
    the result depends only on the set of unions, never on their order."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # path compression
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def roots(self) -> np.ndarray:
        """The root of every element: parent pointers followed by numpy pointer jumping (a
        pass per doubling of the longest chain) instead of a ``find`` call per element
        (~0.4 us each, in the main process while the workers wait: 800k at 1M records)."""
        p = np.array(self.parent, dtype=np.int64)
        while True:
            up = p[p]
            if np.array_equal(up, p):
                return p
            p = up


class Joined(NamedTuple):
    """The clusters of the accepted pairs: the union-find, the accepted pairs left out (the
    edges of copies left apart) and the uniques left apart as ambiguous."""

    uf: UnionFind
    dropped: set[Pair]
    ambiguous: set[int]


def join(
    n: int,
    strong: list[Pair],
    weak: list[Pair],
    is_substantive: Callable[[int], bool],
    markers_of: MarkersOf,
    distinct: Sequence[Pair] = (),
) -> Joined:
    """Both engines' clusters: ``union_strong``, ``attach_title_only``, then ``separate``
    (the pairs verification refused as ``distinct`` papers never end in one cluster). What
    it decides for a unique depends only on the pairs of its connected component, in any
    order."""
    uf, refused, apart = union_strong(n, strong, markers_of)
    applied, ambiguous = attach_title_only(uf, n, weak, is_substantive)
    dropped = set(refused) | (set(weak) - set(applied))
    if distinct:
        kept = [p for p in strong if p not in dropped] + applied
        uf, cut, peeled = separate(uf, n, kept, distinct)
        dropped |= cut
        ambiguous |= peeled
    return Joined(uf, dropped, apart | ambiguous)


def union_strong(
    n: int, strong: list[Pair], markers_of: MarkersOf
) -> tuple[UnionFind, list[Pair], set[int]]:
    """Union the ``strong`` pairs under a cannot-link constraint: a cluster never holds
    copies of two papers whose titles carry different number/version markers (``Part II``
    / ``Part III``). Each pair was checked by the marker guard, but a copy whose title has
    no marker (``SPATIOROUTE``: the subtitle ``..., Part II`` dropped) passes the guard with
    either paper, and the closure would join both through it.

    So, within a connected component that holds marked and marker-less copies: pairs between
    copies alike (both marked, or both without a marker) are joined first; then each
    marker-less part joins the marked parts its pairs reach only if it reaches one, or all it
    reaches carry the same markers. Otherwise it could be either paper: it stays on its own
    (its own pairs joined) and is returned as ambiguous. Marked parts are only ever joined
    through a marker-less part whose marked parts all carry one set of markers, so no
    cluster ends with two sets. The decision depends on the component's pairs, not on their
    order or numbering.

    Only components of three or more copies can hold a bridge, so only their copies' markers
    are looked up (``markers_of``, in one call). Returns the union-find, the pairs not
    applied and the uniques left apart."""
    uf = UnionFind(n)
    for a, b in strong:
        uf.union(a, b)
    ends = sorted({x for pair in strong for x in pair})
    size = Counter(uf.find(x) for x in ends)
    looked = [x for x in ends if size[uf.find(x)] >= 3]
    if not looked:
        return uf, [], set()
    marks = dict(zip(looked, markers_of(looked), strict=True))
    kinds: dict[int, set[bool]] = {}
    for x, markers in marks.items():
        kinds.setdefault(uf.find(x), set()).add(bool(markers))
    mixed = {r for r, k in kinds.items() if len(k) == 2}
    if not mixed:
        return uf, [], set()
    # Again, with the pairs that link a marked and a marker-less copy of a mixed component
    # held back.
    cross: list[Pair] = []
    alike = UnionFind(n)
    for a, b in strong:
        if uf.find(a) in mixed and bool(marks[a]) != bool(marks[b]):
            cross.append((a, b))
        else:
            alike.union(a, b)
    bare = {x for x in marks if uf.find(x) in mixed and not marks[x]}
    carried: dict[int, set[tuple[str, ...]]] = {}  # marked part -> the markers it carries
    for x in marks:
        if x not in bare and uf.find(x) in mixed:
            carried.setdefault(alike.find(x), set()).add(marks[x])
    reach: dict[int, set[int]] = {}  # marker-less part -> the marked parts its pairs reach
    for a, b in cross:
        u, m = (a, b) if a in bare else (b, a)
        reach.setdefault(alike.find(u), set()).add(alike.find(m))
    refused_parts: set[int] = set()
    for part, marked in reach.items():
        sets = {frozenset(carried[m]) for m in marked}
        if len(sets) > 1:
            refused_parts.add(part)
    refused: list[Pair] = []
    roots = {x: alike.find(x) for x in bare}
    for a, b in cross:
        if roots[a if a in bare else b] in refused_parts:
            refused.append((a, b))
        else:
            alike.union(a, b)
    apart = {x for x in bare if roots[x] in refused_parts}
    return alike, refused, apart


def attach_title_only(
    uf: UnionFind,
    n: int,
    weak: list[Pair],
    is_substantive: Callable[[int], bool],
) -> tuple[list[Pair], set[int]]:
    """Union the ``weak`` (title-only) pairs into ``uf`` (the strong pairs' clusters),
    without letting a copy that has no usable abstract bridge two components that each hold
    a real abstract: such a copy could belong to either paper, so it is left apart and
    reported as ambiguous.

    Returns the weak pairs applied and the uniques left apart."""
    if not weak:
        return [], set()
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
    applied: list[Pair] = []
    ambiguous: set[int] = set()
    for a, b in sorted(weak):
        ra, rb = comp[a], comp[b]
        if len(holders.get(groups.find(ra), ())) <= 1 or not ({ra, rb} & holding):
            # At most one paper in reach, or two evidence-less copies of one title.
            uf.union(a, b)
            applied.append((a, b))
        else:
            ambiguous.update(x for x, r in ((a, ra), (b, rb)) if r not in holding)
    return applied, ambiguous


def separate(
    uf: UnionFind, n: int, kept: list[Pair], distinct: Sequence[Pair]
) -> tuple[UnionFind, set[Pair], set[int]]:
    """Split the clusters of ``uf`` (the union of the ``kept`` pairs) that hold both copies
    of a ``distinct`` pair: two copies verification refused as different papers (a journal
    extension, a sibling paper, an arXiv id on another paper's text), joined through other
    copies that it accepted with each.

    In such a cluster, the copies on a shortest path between the two (not the two
    themselves) could belong to either paper: they are taken out, and the rest is
    connected again; until no distinct pair is connected (a longer path, another pair).
    The copies taken out make rows of their own (joined by their pairs among themselves,
    each alone if they hold a distinct pair) and are returned as ambiguous. Shortest paths
    and parts depend on the cluster's pairs only, never on their order or the numbering.
    Clusters without a distinct pair are left as they are, and when no cluster holds one
    ``uf`` itself is returned.

    Returns the union-find, the ``kept`` pairs no longer applied and the copies left apart."""
    roots = uf.roots()
    apart: dict[int, set[int]] = {}  # copy -> the copies of its cluster it is distinct from
    for a, b in distinct:
        if a != b and roots[a] == roots[b]:
            apart.setdefault(a, set()).add(b)
            apart.setdefault(b, set()).add(a)
    if not apart:
        return uf, set(), set()
    torn = {int(roots[a]) for a in apart}
    adj: dict[int, set[int]] = {}
    for a, b in kept:
        if int(roots[a]) in torn:
            adj.setdefault(a, set()).add(b)
            adj.setdefault(b, set()).add(a)
    out: set[int] = set()  # taken out: on a shortest path between two distinct copies
    while True:
        between = _between(adj, apart, out)
        if not between:
            break
        out |= between
    # Clusters without a distinct pair as they are; the torn ones again, from their pairs
    # between copies left in.
    part = UnionFind(n)
    part.parent = roots.tolist()
    for x in adj:
        part.parent[x] = x
    for a, b in _pairs(adj):
        if a not in out and b not in out:
            part.union(a, b)
    # The copies taken out stay out, joined by their pairs among themselves (each alone if
    # they would join a distinct pair). None has one paper in reach: the last shortest path
    # taken out of a group ends in two copies left in, and those are in two parts.
    taken = UnionFind(n)
    for a, b in _pairs(adj):
        if a in out and b in out:
            taken.union(a, b)
    groups: dict[int, set[int]] = {}
    for x in out:
        groups.setdefault(taken.find(x), set()).add(x)
    for g in groups.values():
        if not any(apart.get(x, set()) & g for x in g):
            for x in g:
                for y in adj[x] & g:
                    part.union(x, y)
    cut = {(a, b) for a, b in kept if a in adj and part.find(a) != part.find(b)}
    return part, cut, out


def _pairs(adj: dict[int, set[int]]) -> list[Pair]:
    return [(a, b) for a, near in adj.items() for b in near if a < b]


def _between(adj: dict[int, set[int]], apart: dict[int, set[int]], out: set[int]) -> set[int]:
    """The copies (not taken ``out``) on a shortest path between two distinct copies that
    are still connected, the two themselves excluded."""
    dist: dict[int, dict[int, int]] = {}

    def bfs(s: int) -> dict[int, int]:
        if s not in dist:
            seen = {s: 0}
            frontier = [s]
            while frontier:
                nxt = []
                for u in frontier:
                    for v in adj.get(u, ()):
                        if v not in out and v not in seen:
                            seen[v] = seen[u] + 1
                            nxt.append(v)
                frontier = nxt
            dist[s] = seen
        return dist[s]

    found: set[int] = set()
    for a, others in apart.items():
        if a in out:
            continue
        for b in others:
            if b in out or b < a:
                continue
            da = bfs(a)
            if b not in da:
                continue
            db = bfs(b)
            d = da[b]
            found.update(x for x, k in da.items() if x not in (a, b) and db[x] + k == d)
    return found
