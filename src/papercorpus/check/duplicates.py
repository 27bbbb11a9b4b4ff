"""The corpus checks: duplicate groups and id collisions across every file checked.

The groups come from ``api.cluster_records`` (the engine ``clean`` runs); here they are
worded as problems, one per group, in input order.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from ..keys import raw_key
from ..records import Record
from .problems import Problem, snippet
from .read import Row


@dataclass
class Kept:
    """What the corpus-wide checks need of a row (not the text: that goes to the engine)."""

    file: str
    line: int
    id: str | None
    raw: bytes  # hash of the title and abstract as written: equal for exact copies
    title: str

    @classmethod
    def from_record(cls, rec: Record) -> Kept:
        ident = rec.arxiv_id or rec.meta.get("id")
        return cls(
            rec.source.file,
            rec.source.line,
            str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else None,
            raw_key(rec),
            rec.title,
        )

    @classmethod
    def from_row(cls, row: Row, rec: Record) -> Kept:
        assert row.data is not None
        ident = row.data.get("id")
        return cls(
            row.file,
            row.line,
            str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else None,
            raw_key(rec),
            rec.title,
        )


def duplicate_problems(kept: list[Kept], survivors: list[int]) -> list[Problem]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(survivors):
        groups[s].append(i)
    dups = [members for members in groups.values() if len(members) > 1]
    dups.sort(key=lambda m: m[0])
    out = []
    for members in dups:
        first = kept[members[0]]
        exact = all(kept[m].raw == first.raw for m in members)
        code = "C_DUPLICATE" if exact else "C_NEAR_DUPLICATE"
        what = "copies" if exact else "near-duplicate copies"
        where = ", ".join(f"{kept[m].file}:{kept[m].line}" for m in members)
        out.append(
            Problem(
                code,
                first.file,
                first.line,
                f"{len(members)} {what} of {snippet(first.title)}: {where}",
                lines=tuple((kept[m].file, kept[m].line) for m in members),
                key=_members_key(kept, members),
            )
        )
    return out


def _members_key(kept: list[Kept], members: list[int]) -> bytes:
    """A group by the content of its members (how many copies of which texts), not places."""
    h = hashlib.blake2b(digest_size=16)
    for raw in sorted(kept[m].raw for m in members):
        h.update(raw)
    return h.digest()


def collision_problems(kept: list[Kept], survivors: list[int]) -> list[Problem]:
    by_id: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(kept):
        if k.id:
            by_id[k.id].append(i)
    out = []
    for ident, members in by_id.items():
        # Copies of one paper sharing an id are a duplicate (reported as such); an id
        # shared by different papers is the problem here.
        if len(members) < 2 or len({survivors[m] for m in members}) < 2:
            continue
        if len({kept[m].raw for m in members}) < 2:
            continue  # identical rows: exact duplicates, whatever the engine made of them
        first = kept[members[0]]
        where = ", ".join(f"{kept[m].file}:{kept[m].line}" for m in members)
        out.append(
            Problem(
                "C_ID_COLLISION",
                first.file,
                first.line,
                f"id {ident!r} is shared by {len(members)} rows with different papers: {where}",
                lines=tuple((kept[m].file, kept[m].line) for m in members),
                field="id",
                key=_members_key(kept, members),
            )
        )
    return out
