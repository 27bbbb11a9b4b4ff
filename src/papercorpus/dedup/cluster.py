"""Union-find over accepted pairs (transitive closure of "same paper")."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


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


def attach_title_only(
    n: int,
    strong: list[tuple[int, int]],
    weak: list[tuple[int, int]],
    is_substantive: Callable[[int], bool],
) -> tuple[UnionFind, list[tuple[int, int]], set[int]]:
    """Union the ``strong`` pairs, then the ``weak`` (title-only) ones, without letting a copy
    that has no usable abstract bridge two components that each hold a real abstract: such a
    copy could belong to either paper, so it is left apart and reported as ambiguous.

    Returns the union-find, the weak pairs applied and the uniques left apart."""
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
