"""The output row: one per paper, with the provenance of every copy merged into it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


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


class HeaderEncoder(Protocol):
    """The header line(s) of a format for ``columns`` (None: every field; ``sinks.ENCODERS``)."""

    def __call__(self, columns: Sequence[str] | None = ..., /) -> bytes: ...


class RowEncoder(Protocol):
    """Rows to bytes in one format, every field or only ``columns`` (``sinks.ENCODERS``)."""

    def __call__(self, rows: Iterable[OutputRow], columns: Sequence[str] = ..., /) -> bytes: ...
