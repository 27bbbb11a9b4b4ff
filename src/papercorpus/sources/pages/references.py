"""A card's paper link written as a reference, resolved where the page defines it.

Some converters print a link's target away from its text, in a list at the page's end:
CommonMark reference links (a Jina-style reader: ``### [Title][12]`` in the card,
``[12]: https://huggingface.co/papers/2401.01234`` among the definitions after the last
card; also ``[Title][]`` with ``[Title]: url``) and a text browser's numbered links
(``lynx -dump``: ``[11]Title`` in the text, then ``References`` and ``  11. https://…``).
The card's title links its paper, so the definition its label names is the card's id
(every field a user scraped is kept: the id is a record's best dedup key).

The definitions come after the cards they serve, so a card whose title carries a label
is held (``PageReferences.hold``), with every record after it (the page's order is
kept), until its page ends or a title comes after a block of definitions (a second
capture glued on without a page header: its labels start again at 1, and each card reads
the definitions that came after it, the first block only: ``scope``). A label matches as
CommonMark matches it (case-insensitive, whitespace collapsed). A label defined twice to
two papers gives no id (CommonMark lets the first win; a page that does so is two
captures glued, or a hand edit, and a wrong id merges two papers, where a missing one only
loses a key). A definition that names no paper (a profile, a GitHub page) gives none; a
definition no card names is only counted chrome, as every definition line is.

A vote count is written so too (``[100][18]``, then ``[18]: …/login?next=%2Fpapers%2F2503.11731``):
the count is its paper's, known once the definition names a vote link to it (``votes``); a
count whose link is its paper's page (a comment count) or anything else is left alone.
"""

from __future__ import annotations

import re
from typing import Any, Final

from ..chrome_values import arxiv_ids

__all__ = [
    "MAX_HELD",
    "PageReferences",
    "definition",
    "lynx_entry",
    "normalize_label",
    "title_label",
]

# Records held past this many are released in order, their labels unresolved (a page
# that never ends its scope must not hold a file's records in memory).
MAX_HELD: Final = 4096

# A CommonMark link reference definition on one line: up to three spaces, ``[label]:``,
# the destination (``<…>`` or no spaces) and an optional title in quotes or parentheses.
_DEFINITION: Final = re.compile(
    r" {0,3}\[(?P<label>(?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(?P<url><[^<>\n]*>|\S+)"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
# An entry of lynx's ``References`` list: the link's number, a full stop, its URL.
_LYNX_ENTRY: Final = re.compile(r"\s*(?P<n>\d{1,5})\.\s+(?P<url>[a-z][a-z0-9+.-]*://\S+)$")
# A count written as a reference link: ``[100][18]`` (a vote button's count).
_COUNT_REF: Final = re.compile(r"\[\d[\d,.]*[kK]?\]\[(?P<label>[^\[\]]{1,999})\]$")
# What a vote button links: the sign-in page that comes back to the paper, or its upvote.
_VOTE_LINK: Final = re.compile(r"/login\?next=|upvote", re.IGNORECASE)
# A line's closing reference, ``…][12]`` (full) or ``…][]`` (collapsed).
_REF_END: Final = re.compile(r"\]\[(?P<label>(?:[^\[\]\\]|\\.){0,999})\]$")


def normalize_label(label: str) -> str:
    """CommonMark's label matching: case-folded, whitespace runs as one space, stripped."""
    return " ".join(label.split()).casefold()


def definition(s: str) -> tuple[str, str] | None:
    """``(label, url)`` of a link reference definition line, normalised, else None."""
    if s[:1] != "[" and not s.startswith(" "):
        return None
    m = _DEFINITION.match(s)
    if m is None:
        return None
    label = normalize_label(m.group("label"))
    if not label:
        return None
    url = m.group("url")
    if url[:1] == "<":
        url = url[1:-1]
    return label, url


def lynx_entry(s: str) -> tuple[str, str] | None:
    """``(number, url)`` of an entry of lynx's ``References`` list, else None."""
    m = _LYNX_ENTRY.match(s)
    return (str(int(m.group("n"))), m.group("url")) if m is not None else None


def title_label(line: str, text: str) -> str:
    """The label a unit's line closing a reference link names (``[Title][12]``: ``12``;
    ``[Title][]``: the link's text, ``text``), normalised; "" when it closes none."""
    m = _REF_END.search(line)
    if m is None:
        return ""
    label = m.group("label")
    if not label.strip():
        label = text  # collapsed: the link text is the label
    return normalize_label(label)


def paper_of(url: str) -> str:
    """The one paper a definition's URL links (its page, its abstract), else ""."""
    ids = arxiv_ids(url)
    return ids[0] if len(ids) == 1 else ""


class PageReferences:
    """The page's reference definitions and the records held until they are known."""

    __slots__ = ("counts", "defs", "held", "listing", "scope", "seen", "votes")

    def __init__(self) -> None:
        # scope -> label -> paper id ("": no paper, or two papers)
        self.defs: dict[int, dict[str, str]] = {}
        # scope -> label -> count, of counts written as reference links (``count``)
        self.counts: dict[int, dict[str, int]] = {}
        # scope -> label -> paper id, of the definitions that are vote links to a paper
        self.votes: dict[int, dict[str, str]] = {}
        self.held: list[tuple[Any, str, int]] = []  # (record item, label, scope)
        self.scope = 0
        self.seen = False  # a definition since the scope began
        self.listing = False  # inside lynx's ``References`` list

    def title(self) -> int:
        """A card's title: a title after definitions opens a new scope. Its scope."""
        if self.seen:
            self.scope += 1
            self.seen = False
            self.listing = False
        return self.scope

    def define(self, label: str, url: str) -> None:
        self.seen = True
        defs = self.defs.setdefault(self.scope, {})
        paper = paper_of(url)
        if label not in defs:
            defs[label] = paper
            if paper and _VOTE_LINK.search(url):
                self.votes.setdefault(self.scope, {})[label] = paper
        elif defs[label] != paper:
            defs[label] = ""  # defined twice to two targets: neither is sure
            self.votes.get(self.scope, {}).pop(label, None)

    def count(self, s: str, value: int | None) -> None:
        """A count line: one written as a reference link (``[100][18]``) waits for its
        label's definition (the class's comment)."""
        m = _COUNT_REF.match(s) if s[:1] == "[" else None
        if m is not None and value is not None:
            label = normalize_label(m.group("label"))
            self.counts.setdefault(self.scope, {}).setdefault(label, value)

    def markup(self, s: str) -> None:
        """A markup line: lynx's ``References`` heading opens its list, whose entries are
        definitions of its link numbers."""
        if s == "References":
            self.listing = True
        elif self.listing and s[:1].isdigit():
            entry = lynx_entry(s)
            if entry is not None:
                self.define(*entry)

    def hold(self, item: Any, label: str, scope: int) -> list[Any]:
        """Hold a record (``label``: its title's, or ""); the records released when the
        hold grows past ``MAX_HELD``."""
        self.held.append((item, label, scope))
        if len(self.held) > MAX_HELD:
            return self.release(every=True, resolve=False)
        return []

    def release(self, every: bool, resolve: bool = True) -> list[Any]:
        """The held records of the scopes closed (``every``: all), each with the id its
        title's label resolves to, in order."""
        held = self.held
        n = len(held)
        if not every:
            n = next((i for i, h in enumerate(held) if h[2] >= self.scope), n)
        out = []
        votes: dict[int, dict[str, int]] = {}  # scope -> paper -> its count, made once
        for item, label, scope in held[:n]:
            if label and resolve:
                paper = self.defs.get(scope, {}).get(label, "")
                if paper:
                    give_id(item[0], paper)
            if resolve and scope in self.counts:
                if scope not in votes:
                    votes[scope] = self._paper_votes(scope)
                record = item[0]
                count = votes[scope].get(record.arxiv_id or "")
                if count is not None and "upvotes" not in record.meta:
                    record.meta["upvotes"] = count
            out.append(item)
        del held[:n]
        if every:
            self.defs, self.counts, self.votes = {}, {}, {}
        else:
            for scope in [s for s in self.defs if s < self.scope]:
                if not held or held[0][2] > scope:
                    del self.defs[scope]
                    self.counts.pop(scope, None)
                    self.votes.pop(scope, None)
        return out

    def _paper_votes(self, scope: int) -> dict[str, int]:
        """Paper -> vote count in a scope: the first count whose label a definition names
        as a vote link to that paper."""
        votes = self.votes.get(scope, {})
        out: dict[str, int] = {}
        for label, value in self.counts[scope].items():
            if label in votes:
                out.setdefault(votes[label], value)
        return out

    def end_page(self) -> list[Any]:
        out = self.release(every=True)
        self.scope = 0
        self.seen = self.listing = False
        return out


def give_id(record: Any, paper: str) -> None:
    """The record's id is the one its title links: given where it has none; where the
    page gave it another, it keeps none (the two are noted near it, as ids that went to
    no card are)."""
    have = record.arxiv_id
    if have == paper:
        return
    if have is None:
        record.arxiv_id = paper
        record.meta.setdefault("paper_url", f"https://huggingface.co/papers/{paper}")
        return
    record.arxiv_id = None
    if record.meta.get("paper_url") == f"https://huggingface.co/papers/{have}":
        del record.meta["paper_url"]
    near = record.meta.get("arxiv_ids_near")
    record.meta["arxiv_ids_near"] = [*dict.fromkeys([have, paper, *(near or [])])]
