"""``Card``: one card of a page as the parser assembles it (its title, abstract lines,
chrome values and where they were read), until ``cards.CardBuilder`` makes it a record."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Card"]


@dataclass(slots=True, init=False)
class Card:
    title: str
    line: int
    date: str | None
    abstract: list[str] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)
    heading: bool = False  # its title was a markdown heading
    lines: int = 0  # input lines of its title and abstract
    abstract_line: int = 0
    tail: bool = False  # chrome after its last text: the card was not cut at EOF
    cut: bool = False
    label: str = ""  # its title's reference label (``references``), and the page's scope
    scope: int = 0
    furniture: dict[str, object] | None = None  # its furniture lines' values
    first: int = 0  # its title's first line's length, where the title is of lines
    summary: str = ""  # its AI summary's line (``card_notes.SUMMARY``), as printed
    summary_line: int = 0

    # Spelled out: mypyc runs a dataclass's generated ``__init__`` as interpreted code (a
    # card for every record); this one compiles (``test_pages_init``).
    def __init__(
        self,
        title: str,
        line: int,
        date: str | None,
        abstract: list[str] | None = None,
        meta: dict[str, object] | None = None,
        heading: bool = False,
        lines: int = 0,
        abstract_line: int = 0,
        tail: bool = False,
        cut: bool = False,
        label: str = "",
        scope: int = 0,
        furniture: dict[str, object] | None = None,
        first: int = 0,
        summary: str = "",
        summary_line: int = 0,
    ) -> None:
        self.title = title
        self.line = line
        self.date = date
        self.abstract = [] if abstract is None else abstract
        self.meta = {} if meta is None else meta
        self.heading = heading
        self.lines = lines
        self.abstract_line = abstract_line
        self.tail = tail
        self.cut = cut
        self.label = label
        self.scope = scope
        self.furniture = furniture
        self.first = first
        self.summary = summary
        self.summary_line = summary_line
