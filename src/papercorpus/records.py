"""The record model shared by every stage: what a parser yields and a writer emits.

Records carry text exactly as read (whitespace collapsed); normalised keys are derived
elsewhere (``normalize``) so stored text is never silently "fixed".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, init=False)
class Source:
    """Where one copy of a paper was read: the file as the user named it, the 1-based
    line of its title, and the page date (raw, e.g. ``"Mar 17"``) or ``None``."""

    file: str
    line: int
    date: str | None = None

    def __init__(self, file: str, line: int, date: str | None = None) -> None:
        # The generated frozen ``__init__`` sets each field through ``object.__setattr__``
        # (~0.8 us a source); the slots' own setters do the same in ~0.3 us, and a parser
        # builds one per record.
        _SET_FILE(self, file)
        _SET_LINE(self, line)
        _SET_DATE(self, date)


# Each is the slot's member descriptor at run time; mypy types ``Source.file`` as the
# field's value (a ``str``, no ``__set__``) or refuses class access to a slot, depending on
# the order it checks modules in.
_SET_FILE = Source.file.__set__  # type: ignore[attr-defined, misc]
_SET_LINE = Source.line.__set__  # type: ignore[attr-defined, misc]
_SET_DATE = Source.date.__set__  # type: ignore[attr-defined, misc, union-attr]


@dataclass(slots=True)
class Record:
    """One parsed copy of a paper.

    ``arxiv_id`` is version-stripped (``2410.05434``), the strongest dedup key when present.
    ``flags`` are short machine-readable notes about this copy, e.g. ``"no_abstract"``,
    ``"truncated"``, ``"summary"`` (an AI one-liner instead of the abstract).
    ``meta`` holds the per-copy fields a parser found: the typed fields of
    ``fields.FIELDS`` under their names or aliases (``authors``, ``published``, ``upvotes``,
    a card's ``github_stars``...), every other field of a structured row under ``extra``,
    and parser notes (``junk_abstract``, ``abstract_line``...) that are not written out.
    It travels in the spill with its copy; ``fields.copy_fields`` types it for the output.
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
