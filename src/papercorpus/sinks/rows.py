"""The output row: one per paper, with the provenance of every copy merged into it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceRef:
    file: str
    line: int
    date: str | None
    match: str  # "survivor", "exact" or the rule that merged this copy


@dataclass(frozen=True, slots=True)
class OutputRow:
    id: str
    title: str
    abstract: str
    sources: tuple[SourceRef, ...]
    arxiv_id: str | None
