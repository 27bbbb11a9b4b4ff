"""The parts an arXiv page is built of (``pagegen_arxiv``): the site's vocabulary the
pages share, an entry as drawn, the page's look (decided once per page), the lines
written with their roles and each card's truth, and a field's lines as the capture
prints them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pagegen_chrome import ABSTRACT, BLANK, CHROME, TITLE, Ln
from pagegen_converters import h2t_escape
from pagegen_source import Paper
from pagegen_truth import CardTruth

A = "https://arxiv.org"

SUBJECTS = (
    ("Computation and Language", "cs.CL"),
    ("Machine Learning", "cs.LG"),
    ("Artificial Intelligence", "cs.AI"),
    ("Computer Vision and Pattern Recognition", "cs.CV"),
    ("Information Retrieval", "cs.IR"),
    ("Robotics", "cs.RO"),
    ("Software Engineering", "cs.SE"),
    ("Machine Learning", "stat.ML"),
    ("Audio and Speech Processing", "eess.AS"),
    ("Image and Video Processing", "eess.IV"),
    ("Optimization and Control", "math.OC"),
    ("Quantum Physics", "quant-ph"),
    ("High Energy Physics - Theory", "hep-th"),
    ("Neurons and Cognition", "q-bio.NC"),
    ("Statistical Mechanics", "cond-mat.stat-mech"),
)
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
DAY_NAMES = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Fri": "Friday",
}
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MD_ESC = re.compile(r"([\\`*_\[\]])")


def md_escape(s: str) -> str:
    """turndown's escapes of inline text (Jina, firecrawl)."""
    return _MD_ESC.sub(r"\\\1", s)


def wrap(text: str, width: int, first: int = 0) -> list[str]:
    """Greedy wrap at spaces; ``first``: columns the first line's label already takes."""
    out: list[str] = []
    cur = ""
    limit = width - first
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > limit:
            out.append(cur)
            cur, limit = word, width
        else:
            cur = f"{cur} {word}" if cur else word
    if cur or not out:
        out.append(cur)
    return out


# --------------------------------------------------------------------------- the page


@dataclass
class Entry:
    paper: Paper
    title: str
    abstract: str  # as the page shows it ("" when none)
    full: str  # the full abstract (a search preview's rest)
    authors: list[str]
    comment: str | None
    journal: str | None
    extra: list[tuple[str, str]]  # (label, value): Report-no, MSC-class, ACM-class, DOI
    subjects: list[tuple[str, str]]
    section: str  # new, cross, replacement, recent
    cross_from: str | None
    formats: str
    version: str


class Out:
    """Lines with their roles, and the truth of each card as it is closed."""

    def __init__(self) -> None:
        self.lines: list[Ln] = []
        self.cards: list[CardTruth] = []
        self.start = 0
        self.pending_probes: list[str] = []

    def ln(self, text: str, role: str = CHROME, kind: str = "", probe: str = "") -> None:
        if role == CHROME and kind == "cut" and not probe and "\\" not in text:
            probe = " ".join(text.split()[:6])  # a cut entry's text: no card's
        self.lines.append(Ln(text, role, kind if role == CHROME else "", probe))

    def gap(self) -> None:
        if self.lines and self.lines[-1].role != BLANK:
            self.lines.append(Ln("", BLANK))

    def begin(self) -> None:
        self.start = len(self.lines)

    def end(self, e: Entry, flags: list[str]) -> None:
        span = self.lines[self.start :]
        nums = [self.start + i + 1 for i, ln in enumerate(span) if ln.role == TITLE]
        anums = [self.start + i + 1 for i, ln in enumerate(span) if ln.role == ABSTRACT]
        if not nums:  # a card cut before its title is no card: its text is the next's probe
            self.pending_probes += [ln.probe for ln in span if ln.probe]
            return
        first = next(self.start + i + 1 for i, ln in enumerate(span) if ln.role != BLANK)
        last = max(self.start + i + 1 for i, ln in enumerate(span) if ln.role != BLANK)
        pid = e.paper.pid
        shows = any(pid in ln.text for ln in span)
        probes = sorted({ln.probe for ln in span if ln.probe} | set(self.pending_probes))
        self.pending_probes = []
        self.cards.append(
            CardTruth(
                title=e.title,
                abstract=e.abstract,
                first=first,
                last=last,
                title_lines=(nums[0], nums[-1]),
                abstract_lines=(anums[0], anums[-1]) if anums else None,
                arxiv_id=pid if shows else None,
                id_sure=shows,
                flags=flags,
                probes=probes,
                title_form="tex" if "$" in e.title else "as_is",
                abstract_form="full" if e.abstract else "none",
            )
        )

    def page_probe(self, text: str) -> None:
        """Page chrome: a probe of the card after it, or of the last card."""
        if self.cards and self.lines and len(self.lines) > self.cards[-1].last:
            self.cards[-1].probes = sorted({*self.cards[-1].probes, text})
        else:
            self.pending_probes.append(text)


@dataclass
class Look:
    """Decided once per page."""

    kind: str
    capture: str
    cat: str
    labelled_authors: bool
    blank_fields: bool  # a blank line between an entry's blocks (converters' divs)
    blank_abstract: bool  # a blank line before the abstract
    blank_entries: bool
    width: int
    indent: str  # lynx's body indent
    jina: bool
    trail: bool  # markdown hard breaks: two spaces after each field's line
    own_wrap: bool  # ``text``: the abstract as arXiv's metadata wraps it
    cut: int  # 0: the capture starts at the page's top; else how the first entry is cut
    date: tuple[str, int, str, int]  # day name, day, month, year


# --------------------------------------------------------------------------- fields


def esc_text(look: Look, s: str) -> str:
    if look.capture == "md":
        return md_escape(s)
    if look.capture == "h2t":
        return h2t_escape(s)
    return s


def field_lines(
    out: Out, look: Look, label: str, value: str, role: str, kind: str, raw: str = ""
) -> None:
    """``Label: value`` as the capture writes it: wrapped at the page's width (the next
    lines indented two spaces in ``text`` and ``mail``, at the body's indent in ``lynx``,
    not at all in ``w3m`` and ``h2t``)."""
    probe = value if role == CHROME and len(value) >= 6 else ""
    shown = raw or esc_text(look, value)
    head = f"{label}: " if label else ""
    if look.capture in ("copy", "md"):
        out.ln(f"{look.indent}{head}{shown}" + ("  " if look.trail else ""), role, kind, probe)
        return
    cont = "  " if look.capture in ("text", "mail") else ""
    parts = wrap(shown, look.width - len(look.indent) - len(cont), len(head) - len(cont))
    for i, part in enumerate(parts):
        text = f"{look.indent}{head}{part}" if i == 0 else f"{look.indent}{cont}{part}"
        out.ln(text, role, kind, probe if i == 0 else "")


def author_lines(out: Out, look: Look, e: Entry) -> None:
    names = e.authors
    value = ", ".join(names)
    if look.capture == "md":
        raw = ", ".join(f"[{md_escape(n)}]({A}/a/{_slug(n)}_1)" for n in names)
    elif look.capture == "h2t":
        raw = ", ".join(f"[{h2t_escape(n)}](/a/{_slug(n)}_1)" for n in names)
    elif look.capture == "lynx":
        base = 30 + len(out.lines)
        raw = ", ".join(f"[{base + i}]{n}" for i, n in enumerate(names))
    else:
        raw = value
    if look.kind == "search" and len(names) > 25:
        shown = names[:25]
        value = ", ".join(shown) + f", et al. ({len(names) - 25} additional authors not shown)"
        raw = esc_text(look, value)
    field_lines(
        out, look, "Authors" if look.labelled_authors else "", value, CHROME, "authors", raw
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z]+", "_", name.lower()).strip("_")


def subjects_text(e: Entry) -> str:
    return "; ".join(f"{name} ({code})" for name, code in e.subjects)


def block_gap(out: Out, look: Look) -> None:
    if look.blank_fields:
        out.gap()
