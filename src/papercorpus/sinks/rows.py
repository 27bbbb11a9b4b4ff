"""The output row: one per paper, with the provenance of every copy merged into it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class SourceRef:
    file: str
    line: int
    date: str | None  # ISO 8601 (``fields``/``dates``), None when unknown
    match: str  # "survivor", "exact" or the rule that merged this copy
    date_raw: str | None = None  # the date as written, when it differs from ``date``


@dataclass(frozen=True, slots=True)
class OutputRow:
    id: str
    title: str
    abstract: str
    sources: tuple[SourceRef, ...]
    arxiv_id: str | None
    # The merged fields (``papercorpus.fields``), in output order, absent ones left out.
    fields: dict[str, Any] = field(default_factory=dict)
