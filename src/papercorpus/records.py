"""The record model shared by every stage: what a parser yields and a writer emits.

Records carry text exactly as read (whitespace collapsed); normalised keys are derived
elsewhere (``normalize``) so stored text is never silently "fixed".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """Where one copy of a paper was read: the file as the user named it, the 1-based
    line of its title, and the page date (raw, e.g. ``"Mar 17"``) or ``None``."""

    file: str
    line: int
    date: str | None = None


@dataclass(slots=True)
class Record:
    """One parsed copy of a paper.

    ``arxiv_id`` is version-stripped (``2410.05434``), the strongest dedup key when present.
    ``flags`` are short machine-readable notes about this copy, e.g. ``"no_abstract"``,
    ``"truncated"``, ``"summary"`` (an AI one-liner instead of the abstract).
    ``meta`` holds optional per-copy fields a parser found (``published``, ``upvotes``...).
    """

    title: str
    abstract: str
    source: Source
    arxiv_id: str | None = None
    flags: tuple[str, ...] = ()
    meta: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A warning or a rejected line/item, always with file:line and a stable code."""

    code: str
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message} [{self.code}]"
