"""arXiv's own pages as users capture them (``pagegen --arrangement arxiv``, drawn by no family).

Every other arrangement renders Hugging Face listing cards. This one renders the pages
arXiv itself prints (domain.md §b rows 21-22), which ``sources.arxiv_text`` reads:

- ``new``: ``/list/<cat>/new``: ``Showing new listings for …``, ``New submissions
  (showing N of N entries)``, ``Cross submissions``/``Cross-lists`` (``(cross-list from
  cs.CL)``), ``Replacement submissions`` (``(replaced)``, no abstract); each entry an id
  line ``[1] arXiv:2411.05780 [pdf, html, other]``, ``Title:``, the authors (labelled or,
  as the current layout prints them, not), ``Comments:``, ``Journal-ref:``, ``Report-no:``,
  ``MSC-class:``, ``ACM-class:``, ``DOI:``, ``Subjects:`` and the abstract;
- ``recent``: ``/list/<cat>/recent``: day heads ``Wed, 2 Sep 2026 (showing 25 of 202
  entries )``, ``fewer | more | all``, ``Total of N entries : 1-25 26-50 …``, no abstracts;
- ``search``: ``arxiv.org/search/?query=…``: ``1. arXiv:2401.00001 [pdf, other]``, the
  category tags, the title unlabelled, ``Authors:``, ``Abstract: … ▽ More`` (a browser copy
  holds the preview only: the page shows it cut, the record is flagged ``truncated``; a
  converter renders the hidden full text after it, ending ``△ Less``), ``Submitted …;
  originally announced …``, ``Comments:``; or with abstracts hidden;
- ``mail``: the e-mail digest: mail headers, its preamble, ``\\\\`` breaks, ``arXiv:ID``,
  ``Date: …   (12kb)``, ``Title:``/``Authors:`` wrapped with a two-space indent,
  ``Categories:``, the abstract indented two spaces, ``\\\\ ( https://arxiv.org/abs/ID ,
  12kb)``, rules of dashes, the replacements after ``%%--%%--…`` (``replaced with revised
  version …``, no abstract).

Each listing or search page is captured as ``copy`` (a browser's select-all copy: no
wrapping), ``text`` (the fields wrapped at 80 columns, their next lines indented two
spaces, as arXiv's text listings and the row-21 fixture), ``md`` (firecrawl/Jina
markdown: ``[\\[1\\]](…#item1) [arXiv:ID](…) \\[[pdf](…), …\\]``, turndown escapes, a Jina
preamble ``Title:`` / ``URL Source:`` / ``Markdown Content:``), ``h2t`` (html2text:
relative links, wrapped at 78 inside link text, a blank line between the entry's blocks)
or ``lynx`` (``lynx -dump``: link numbers ``[23]arXiv:…``, the body indented, wrapped at
76-79, a ``References`` list). Real captures vary what the drawing varies: wrapped
``Title:`` and ``Authors:`` lines, titles with ``$…$`` TeX, a ``Comments:`` line that
wraps, fields missing, withdrawn papers (``Comments: This paper has been withdrawn …``),
replacements re-listing an id, a capture that starts mid-list (its first entry cut: from
its ``Title:`` on the card has no id; after it, the lines are no card's).

Truth: the title and abstract as the page shows them (TeX kept as written, markdown
escapes undone, wraps joined), the id when the card shows it; every other line is chrome
(its kind: ``id``, ``authors``, ``fields``, ``subjects``, ``tags``, ``dates``, ``mail``,
``header``, ``section``, ``pagination``, ``footer``, ``preamble``, ``references``,
``cut``) with the field values as probes that must not reach a title or an abstract.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pagegen_chrome import ABSTRACT, BLANK, CHROME, TITLE, Ln
from pagegen_converters import h2t_escape
from pagegen_render import Arrangement, PageSpec
from pagegen_source import Paper
from pagegen_truth import CardTruth


@dataclass(frozen=True)
class ArxivPages(Arrangement):
    """arXiv's own pages; the page kind and the capture are drawn per page."""

    layouts: tuple[str, ...] = ("A",)


ARRANGEMENT = ArxivPages("arxiv", styles=("copy", "text", "md", "h2t", "lynx", "mail"))

KINDS = (("new", 0.38), ("recent", 0.18), ("search", 0.24), ("mail", 0.20))
CAPTURES = (
    ("copy", 0.24),
    ("text", 0.12),
    ("w3m", 0.12),
    ("md", 0.22),
    ("h2t", 0.15),
    ("lynx", 0.15),
)
A = "https://arxiv.org"

_FIRST = (
    "Wei", "Maria", "Jun", "Ahmed", "Sofia", "Lukas", "Priya", "Hiroshi", "Elena", "Tomás",
    "Chen", "Olga", "David", "Fatima", "Jean-Pierre", "Anna", "Yuki", "Carlos", "Ngan",
    "Trong Thang", "Xiaoyu", "Rafael", "Ingrid", "Kwame", "J.", "A. K.", "Zhi-Hua", "Mei",
)  # fmt: skip
_LAST = (
    "Zhang", "Müller", "Poincar\\'e", "Nguyen", "García", "Kowalski", "Sato", "Okafor",
    "Rossi", "Li", "van der Berg", "O'Neill", "Ivanova", "Gupta", "Dubois", "Haddad",
    "Schr\\\"odinger", "Wang", "Liu", "Pham", "Smith", "Johansson", "Kim", "De Santis",
    "Erd\\H{o}s", "Ben-David", "Moreno D'Incà", "Chen",
)  # fmt: skip
_SUBJECTS = (
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
_COMMENTS = (
    "12 pages, 5 figures",
    "Accepted at ICLR 2025",
    "Accepted WACV 2025",
    "Work in progress",
    "10 pages, 6 figures, 3 tables",
    "v2: fixed typos in Section 3; results unchanged",
    "Code: https://github.com/example-lab/example-model",
    "To appear in Proceedings of the 42nd International Conference on Machine Learning (ICML"
    " 2025), Vancouver, Canada. 14 pages, 6 figures, 3 tables; supplementary material included",
    "Published as a conference paper at NeurIPS 2024. Project page:"
    " https://example.github.io/project/ and code at https://github.com/example/project",
    "27 pages. Extended version of the paper presented at ACL 2024 (Findings)",
    "Short paper",
    "In submission",
    "Preprint. Under review.",
    "EMNLP 2024 Main Conference",
    "8 pages",
)
_WITHDRAWN = (
    "This paper has been withdrawn",
    "This paper has been withdrawn by the author due to a crucial error in the proof of Theorem 2",
    "This submission has been withdrawn by arXiv administrators due to inappropriate text"
    " overlap with external sources",
    "withdrawn",
)
_JOURNALS = (
    "ApJ 123 (2026)",
    "Phys. Rev. D 110, 044512 (2024)",
    "IEEE Transactions on Pattern Analysis and Machine Intelligence, vol. 46, no. 3, pp."
    " 1234-1250, 2024",
    "Proceedings of the AAAI Conference on Artificial Intelligence 38 (2024) 1-9",
)
_TEX = (
    "$\\ell_1$",
    "$O(n^2)$",
    "$\\mathcal{O}(\\log n)$",
    "$k$-NN",
    "$\\alpha$",
    "$\\text{SO}(3)$",
)
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri")
_DAY_NAMES = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Fri": "Friday",
}
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_FOOTER = (
    "About",
    "Help",
    "contact arXivClick here to contact arXiv Contact",
    "subscribe to arXiv mailingsClick here to subscribe Subscribe",
    "Copyright",
    "Privacy Policy",
    "Web Accessibility Assistance",
    "arXiv Operational Status",
    "Get status notifications via email or slack",
)
_HEAD = (
    "Skip to main content",
    "We gratefully acknowledge support from the Simons Foundation, member institutions,"
    " and all contributors. Donate",
    "Help | Advanced Search",
    "Login",
)
_FMT = {"other": "format"}
_REPLACED = "Replacement submissions"
_WRAPPED = ("text", "w3m", "h2t", "lynx", "mail")
_MORE = " ▽ More"
_LESS = "△ Less"
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
class _Entry:
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


class _Out:
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

    def end(self, e: _Entry, flags: list[str]) -> None:
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
class _Look:
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


def render_arxiv(
    rng: random.Random, papers: Iterator[Paper], n_cards: int, spec: PageSpec
) -> tuple[list[Ln], list[CardTruth]]:
    """One arXiv page of ``n_cards`` entries in the page's capture (``spec.style`` is set
    to ``kind-capture``)."""
    kind = _pick(rng, KINDS)
    capture = "mail" if kind == "mail" else _pick(rng, CAPTURES)
    month = rng.randrange(12)
    look = _Look(
        kind=kind,
        capture=capture,
        cat=rng.choice(_SUBJECTS)[1],
        labelled_authors=capture in ("mail", "text") or kind == "search" or rng.random() < 0.4,
        blank_fields=capture == "h2t" or capture in ("md", "copy") and rng.random() < 0.4,
        blank_abstract=rng.random() < 0.5,
        blank_entries=capture != "copy" or rng.random() < 0.5,
        width=rng.choice((76, 77, 78, 79)) if capture == "lynx" else 78 if capture == "h2t" else 80,
        indent=rng.choice(("   ", "      ")) if capture == "lynx" else "",
        jina=capture == "md" and rng.random() < 0.4,
        trail=capture == "md" and rng.random() < 0.3,
        own_wrap=capture == "text" and rng.random() < 0.5,
        cut=rng.choice((0, 0, 0, 0, 0, 0, 1, 2)),
        date=(
            rng.choice(_DAYS),
            rng.randint(1, 28),
            _MONTHS[month],
            rng.choice((2024, 2025, 2026)),
        ),
    )
    entries = [_draw(rng, next(papers), look) for _ in range(n_cards)]
    _sections(rng, entries, look)
    out = _Out()
    c4ai = capture == "md" and not look.jina and rng.random() < 0.4
    spec.style = f"{kind}-{'c4ai' if c4ai else capture}"
    spec.wrap = f"w{look.width}" if capture in _WRAPPED else "none"
    spec.truncated = False
    if kind == "mail":
        _mail_page(rng, out, entries, look)
    elif kind == "search":
        _search_page(rng, out, entries, look)
    else:
        _listing_page(rng, out, entries, look)
    if c4ai:
        _cite(out)
    while out.lines and out.lines[-1].role == BLANK:
        out.lines.pop()
    return out.lines, out.cards


# Crawl4AI's link (DefaultMarkdownGenerator.convert_links_to_citations): the text runs to
# the first "]", so a link whose text holds an escaped bracket ("[\[1\]](…)") stays as it is.
_C4AI_LINK = re.compile(r'!?\[([^\]]+)\]\(([^)]+?)(?:\s+"([^"]*)")?\)')


def _cite(out: _Out) -> None:
    """Crawl4AI's citation markdown: each link ``[text](url)`` as ``text⟨n⟩``, numbered by
    the URL's first appearance, the targets under ``## References`` after the page."""
    numbers: dict[str, int] = {}
    refs: list[str] = []

    def mark(m: re.Match[str]) -> str:
        text, url = m.group(1), m.group(2)
        if url not in numbers:
            numbers[url] = len(numbers) + 1
            refs.append(f"⟨{numbers[url]}⟩ {url}: {text}")
        return f"{text}⟨{numbers[url]}⟩"

    for ln in out.lines:
        if "](" in ln.text:
            ln.text = _C4AI_LINK.sub(mark, ln.text)
    if refs:
        out.gap()
        out.ln("## References", CHROME, "references")
        out.gap()
        for ref in refs:
            out.ln(ref, CHROME, "references")
            out.gap()


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([n for n, _ in weighted], weights=[w for _, w in weighted])[0]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _draw(rng: random.Random, paper: Paper, look: _Look) -> _Entry:
    title = paper.title
    if "$" not in title and rng.random() < 0.06:
        words = title.split(" ")
        k = rng.randrange(len(words))
        words.insert(k, rng.choice(_TEX))
        title = " ".join(words)
    n = max(1, min(paper.n_authors or rng.randint(1, 8), 40))
    if rng.random() < 0.1:
        n = rng.randint(12, 30)  # a long list: wraps
    authors = [_name(rng) for _ in range(n)]
    comment = rng.choice(_COMMENTS) if rng.random() < 0.55 else None
    journal = rng.choice(_JOURNALS) if rng.random() < 0.1 else None
    extra: list[tuple[str, str]] = []
    if rng.random() < 0.05:
        extra.append(("Report-no", f"CERN-TH-2026-{rng.randint(10, 300)}"))
    if rng.random() < 0.04:
        extra.append(("MSC-class", "68T05, 62H30"))
    if rng.random() < 0.04:
        extra.append(("ACM-class", "I.2.7; H.3.3"))
    if rng.random() < 0.05:
        extra.append(("DOI", f"10.1145/{rng.randint(1000000, 9999999)}.{rng.randint(100, 999)}"))
    primary = next((s for s in _SUBJECTS if s[1] == look.cat), _SUBJECTS[0])
    subjects = [primary] + rng.sample(_SUBJECTS, rng.choice((0, 1, 1, 2, 3)))
    subjects = list(dict.fromkeys(subjects))
    formats = rng.choice(("[pdf, html, other]", "[pdf, html, other]", "[pdf, other]", "[pdf]"))
    return _Entry(
        paper, title, paper.abstract, paper.abstract, authors, comment, journal, extra,
        subjects, "new", None, formats, "",
    )  # fmt: skip


def _sections(rng: random.Random, entries: list[_Entry], look: _Look) -> None:
    """Which section each entry is in; what the page shows of its abstract."""
    n = len(entries)
    if look.kind in ("new", "mail"):
        a = max(1, int(n * rng.uniform(0.4, 0.7)))
        b = a + int((n - a) * rng.uniform(0.1, 0.4))
        for i, e in enumerate(entries):
            e.section = "new" if i < a else "cross" if i < b else "replacement"
            if e.section == "cross":
                other = rng.choice([s for s in _SUBJECTS if s[1] != look.cat])
                e.cross_from = other[1]
                if other not in e.subjects:
                    e.subjects.insert(0, other)
            if e.section == "replacement":
                e.abstract = ""
                if rng.random() < 0.08:
                    e.comment = rng.choice(_WITHDRAWN)
                if rng.random() < 0.3:
                    e.version = f"v{rng.randint(2, 4)}"
    elif look.kind == "recent":
        for e in entries:
            e.section = "recent"
            e.abstract = ""
    else:  # search: abstracts shown (a preview, the rest hidden) or hidden
        hidden = rng.random() < 0.15
        for e in entries:
            e.section = "search"
            if hidden:
                e.abstract = ""


# --------------------------------------------------------------------------- fields


def _esc(look: _Look, s: str) -> str:
    if look.capture == "md":
        return md_escape(s)
    if look.capture == "h2t":
        return h2t_escape(s)
    return s


def _link(look: _Look, text: str, url: str) -> str:
    if look.capture == "md":
        return f"[{text}]({A}{url})"
    if look.capture == "h2t":
        return f"[{text}]({url})"
    return text


def _field(
    out: _Out, look: _Look, label: str, value: str, role: str, kind: str, raw: str = ""
) -> None:
    """``Label: value`` as the capture writes it: wrapped at the page's width (the next
    lines indented two spaces in ``text`` and ``mail``, at the body's indent in ``lynx``,
    not at all in ``w3m`` and ``h2t``)."""
    probe = value if role == CHROME and len(value) >= 6 else ""
    shown = raw or _esc(look, value)
    head = f"{label}: " if label else ""
    if look.capture in ("copy", "md"):
        out.ln(f"{look.indent}{head}{shown}" + ("  " if look.trail else ""), role, kind, probe)
        return
    cont = "  " if look.capture in ("text", "mail") else ""
    parts = wrap(shown, look.width - len(look.indent) - len(cont), len(head) - len(cont))
    for i, part in enumerate(parts):
        text = f"{look.indent}{head}{part}" if i == 0 else f"{look.indent}{cont}{part}"
        out.ln(text, role, kind, probe if i == 0 else "")


def _authors(out: _Out, look: _Look, e: _Entry) -> None:
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
        raw = _esc(look, value)
    _field(out, look, "Authors" if look.labelled_authors else "", value, CHROME, "authors", raw)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z]+", "_", name.lower()).strip("_")


def _subjects(e: _Entry) -> str:
    return "; ".join(f"{name} ({code})" for name, code in e.subjects)


def _block_gap(out: _Out, look: _Look) -> None:
    if look.blank_fields:
        out.gap()


# --------------------------------------------------------------------------- listings


def _date_line(look: _Look) -> str:
    day, d, month, year = look.date
    return f"{_DAY_NAMES[day]}, {d} {month} {year}"


def _listing_page(rng: random.Random, out: _Out, entries: list[_Entry], look: _Look) -> None:
    cat_name = next((s[0] for s in _SUBJECTS if s[1] == look.cat), "Computation and Language")
    n = len(entries)
    if not look.cut:
        _page_head(rng, out, look, cat_name)
        if look.kind == "new":
            _chrome(out, look, f"Showing new listings for {_date_line(look)}", "header")
            _chrome(out, look, f"Total of {n} entries", "header")
            _chrome(
                out, look, "Showing up to 2000 entries per page: fewer | more | all", "pagination"
            )
        else:
            _chrome(out, look, "Authors and titles for recent submissions", "header")
            for k in range(rng.randint(0, 4)):
                day, d, month, year = look.date
                _chrome(
                    out,
                    look,
                    f"{_DAYS[(_DAYS.index(day) - k) % 5]}, {max(1, d - k)} {month[:3]} {year}",
                    "header",
                )
            pages = " ".join(f"{i * 25 + 1}-{min(n, i * 25 + 25)}" for i in range((n + 24) // 25))
            _chrome(out, look, f"Total of {n} entries : {pages}", "pagination")
            _chrome(
                out, look, "Showing up to 25 entries per page: fewer | more | all", "pagination"
            )
        out.gap()
    section = None
    number = 1
    counts = {s: sum(1 for e in entries if e.section == s) for s in ("new", "cross", "replacement")}
    day, d, month, year = look.date
    for i, e in enumerate(entries):
        if e.section != section and not (look.cut and i == 0):
            section = e.section
            if look.kind == "new":
                cross = rng.choice(("Cross submissions", "Cross-lists"))
                head = {"new": "New submissions", "cross": cross}.get(section, _REPLACED)
                k = counts[section]
                pad = " " if rng.random() < 0.3 else ""  # "(showing 202 of 202 entries )"
                _chrome(out, look, f"{head} (showing {k} of {k} entries{pad})", "section", True)
            else:
                _chrome(
                    out,
                    look,
                    f"{day}, {d} {month[:3]} {year} (showing {n} of {n} entries )",
                    "section",
                    heading=True,
                )
            out.gap()
        elif section is None:
            section = e.section
        if look.kind == "recent" and i and i % 25 == 0 and rng.random() < 0.5:
            _chrome(out, look, "fewer | more | all", "pagination")
            out.gap()
        _listing_entry(rng, out, look, e, number, cut=look.cut if i == 0 else 0)
        number += 1
        if look.blank_entries:
            out.gap()
    if look.kind == "new" and rng.random() < 0.3:
        _chrome(out, look, "No updates today.", "section")
        out.gap()
    if rng.random() < 0.6:
        _chrome(out, look, "fewer | more | all", "pagination")
        out.gap()
    _page_foot(rng, out, look)


def _chrome(out: _Out, look: _Look, text: str, kind: str, heading: bool = False) -> None:
    if look.capture in ("md", "h2t") and heading:
        text = f"### {text}"
    elif look.capture == "md":
        text = md_escape(text)
    elif look.capture == "lynx" and not heading:
        text = look.indent + text
    out.ln(text, CHROME, kind, text.strip("# ") if len(text.strip()) >= 12 else "")
    if len(text.strip()) >= 12:
        out.page_probe(text.strip("# "))


def _page_head(rng: random.Random, out: _Out, look: _Look, cat_name: str) -> None:
    if look.jina:
        title = cat_name if look.kind != "search" else "Search | arXiv e-print repository"
        out.ln(f"Title: {title}", CHROME, "preamble", f"Title: {title}")
        out.gap()
        url = (
            f"{A}/list/{look.cat}/{look.kind}" if look.kind != "search" else f"{A}/search/?query=x"
        )
        out.ln(f"URL Source: {url}", CHROME, "preamble", url)
        out.gap()
        out.ln("Markdown Content:", CHROME, "preamble")
    if rng.random() < 0.6:
        for text in _HEAD[: rng.randint(1, len(_HEAD))]:
            if look.capture == "md" and text == "Skip to main content":
                text = "[Skip to main content](#content)"
            out.ln(look.indent + text if look.capture == "lynx" else text, CHROME, "header")
        out.gap()
    if look.kind != "search":
        heading = f"# {cat_name}" if look.capture == "md" else cat_name
        out.ln(heading, CHROME, "header", cat_name if len(cat_name) >= 6 else "")
        out.gap()


def _page_foot(rng: random.Random, out: _Out, look: _Look) -> None:
    if rng.random() < 0.5:
        for text in _FOOTER[: rng.randint(2, len(_FOOTER))]:
            shown = f"* [{text}]({A}/help)" if look.capture == "md" else text
            out.ln(look.indent + shown if look.capture == "lynx" else shown, CHROME, "footer")
            if len(text) >= 12:
                out.page_probe(text)
        out.gap()
    if look.capture == "lynx" and rng.random() < 0.7:
        out.ln("References", CHROME, "references")
        out.gap()
        for k in range(1, rng.randint(3, 12)):
            out.ln(f"  {k:>3}. {A}/abs/{2400 + k}.{k:05d}", CHROME, "references")


def _listing_entry(
    rng: random.Random, out: _Out, look: _Look, e: _Entry, number: int, cut: int
) -> None:
    out.begin()
    pid = e.paper.pid
    rest = (
        f" (cross-list from {e.cross_from})"
        if e.cross_from
        else " (replaced)"
        if e.section == "replacement" and rng.random() < 0.7
        else ""
    )
    vid = pid + e.version
    if look.capture == "md":
        fm = ", ".join(
            f"[{f}]({A}/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", ")
        )
        item = f"{A}/list/{look.cat}/{look.kind}#item{number}"
        line = f"[\\[{number}\\]]({item}) [arXiv:{vid}]({A}/abs/{vid}){rest} \\[{fm}\\]"
    elif look.capture == "h2t":
        fm = ", ".join(f"[{f}](/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", "))
        line = f"[[{number}]](#item{number}) [arXiv:{vid}](/abs/{vid}){rest} [{fm}]"
    elif look.capture == "lynx":
        k = 20 + number * 4
        fm = ", ".join(f"[{k + 1 + j}]{f}" for j, f in enumerate(e.formats.strip("[]").split(", ")))
        line = f"{look.indent}[{number}] [{k}]arXiv:{vid}{rest} [{fm}]"
    else:
        line = f"[{number}] arXiv:{vid}{rest} {e.formats}"
    if not cut:
        out.ln(line, CHROME, "id")
        _block_gap(out, look)
    dd = "    " if look.capture == "h2t" and rng.random() < 0.5 else ""
    if cut < 2:
        _field(out, look, dd + "Title", e.title, TITLE, "cut")
        _block_gap(out, look)
    _authors(out, look, e)
    _block_gap(out, look)
    if e.comment:
        _field(out, look, "Comments", e.comment, CHROME, "fields")
        _block_gap(out, look)
    if e.journal:
        _field(out, look, "Journal-ref", e.journal, CHROME, "fields")
        _block_gap(out, look)
    for label, value in e.extra:
        _field(out, look, label, value, CHROME, "fields")
        _block_gap(out, look)
    _field(out, look, "Subjects", _subjects(e), CHROME, "subjects")
    if e.abstract:
        if look.blank_abstract or look.blank_fields:
            out.gap()
        role = ABSTRACT if cut < 2 else CHROME
        if look.capture == "text" and look.own_wrap:  # arXiv's own newlines
            for part in e.paper.wrapped.split("\n"):
                out.ln(part, role, "cut")
        elif look.capture in ("text", "w3m"):
            for part in wrap(e.abstract, 80):
                out.ln(part, role, "cut")
        elif look.capture in ("h2t", "lynx"):
            for part in wrap(_esc(look, e.abstract), look.width - len(look.indent)):
                out.ln(look.indent + part, role, "cut")
        else:
            out.ln(_esc(look, e.abstract), role, "cut")
    flags = [] if e.abstract else ["no_abstract"]
    out.end(e, flags)


# --------------------------------------------------------------------------- search


def _search_page(rng: random.Random, out: _Out, entries: list[_Entry], look: _Look) -> None:
    n = len(entries)
    if not look.cut:
        _page_head(rng, out, look, "")
        start = rng.choice((1, 51, 101))
        total = n + start - 1 + rng.randint(0, 400)
        _chrome(
            out,
            look,
            f"Showing {start}–{start + n - 1} of {total:,} results for all: {look.cat}",
            "header",
            heading=True,
        )
        out.gap()
        for text in (
            "Search v0.5.6 released 2020-02-24",
            "50 results per page.",
            "Sort results by Announcement date (newest first)",
        ):
            if rng.random() < 0.6:
                _chrome(out, look, text, "header")
                out.gap()
        if rng.random() < 0.5:
            _chrome(
                out,
                look,
                "Show abstracts Hide abstracts" if look.capture == "copy" else "Show abstracts",
                "header",
            )
            out.gap()
    for i, e in enumerate(entries, 1):
        _search_entry(rng, out, look, e, i, cut=look.cut if i == 1 else 0)
        out.gap()
    if rng.random() < 0.5:
        _chrome(out, look, "Previous Next", "pagination")
        out.gap()
    _page_foot(rng, out, look)


def _search_entry(
    rng: random.Random, out: _Out, look: _Look, e: _Entry, number: int, cut: int
) -> None:
    out.begin()
    pid = e.paper.pid
    ind = "    " if look.capture == "copy" else look.indent
    if not cut:
        if look.capture == "md":
            fm = ", ".join(
                f"[{f}]({A}/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", ")
            )
            out.ln(f"{number}. [arXiv:{pid}]({A}/abs/{pid}) \\[{fm}\\]", CHROME, "id")
        elif look.capture == "h2t":
            fm = ", ".join(
                f"[{f}]({A}/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", ")
            )
            out.ln(f"  {number}. [arXiv:{pid}]({A}/abs/{pid}) [{fm}]", CHROME, "id")
        elif look.capture == "lynx":
            out.ln(
                f"{look.indent}{number}. [{number * 5}]arXiv:{pid} [{e.formats.strip('[]')}]",
                CHROME,
                "id",
            )
        else:
            out.ln(f"{ind}arXiv:{pid}  {e.formats} ", CHROME, "id")
        tags = " ".join(code for _, code in e.subjects)
        if look.capture == "h2t":
            out.gap()
            for code in tags.split():
                out.ln(f"     {code}", CHROME, "tags")
                out.gap()
        else:
            out.ln(f"{ind}{tags}", CHROME, "tags")
    _title_line(out, look, e, cut)
    if look.capture == "h2t":
        out.gap()
    _authors(out, look, e)
    if look.capture == "h2t":
        out.gap()
    if e.abstract:
        _search_abstract(rng, out, look, e, cut)
    day = rng.randint(1, 28)
    month = rng.choice(_MONTHS)
    year = rng.choice((2024, 2025))
    dates = f"Submitted {day} {month}, {year}; originally announced {month} {year}."
    if rng.random() < 0.3:
        dates = (
            f"Submitted {min(28, day + 3)} {month}, {year}; v1 submitted {day} {month}, "
            f"{year}; originally announced {month} {year}."
        )
    _field(out, look, "", dates, CHROME, "dates")
    if e.comment:
        _field(out, look, "Comments", e.comment, CHROME, "fields")
    if e.journal:
        _field(out, look, "Journal ref", e.journal, CHROME, "fields")
    flags = [] if e.abstract else ["no_abstract"]
    if e.abstract and e.abstract != e.full:
        flags.append("truncated")
    out.end(e, flags)


def _title_line(out: _Out, look: _Look, e: _Entry, cut: int) -> None:
    if cut >= 2:
        return
    role = TITLE
    if look.capture == "copy":
        out.ln(e.title, role, "cut")
    elif look.capture == "md":
        out.ln(md_escape(e.title), role, "cut")
    else:
        width = look.width - len(look.indent) - 5
        for part in wrap(_esc(look, e.title), width):
            out.ln(("     " if look.capture == "h2t" else look.indent) + part, role, "cut")


def _search_abstract(rng: random.Random, out: _Out, look: _Look, e: _Entry, cut: int) -> None:
    full = e.full
    role = ABSTRACT if cut < 2 else CHROME
    preview = None
    if len(full) > 300:
        cut_at = full.rfind(" ", 0, rng.randint(220, 300))
        preview = full[:cut_at].rstrip(" ,;:")
    hidden_shown = look.capture != "copy"  # a converter writes the hidden full text too
    if preview is None:
        text = f"Abstract: {_esc(look, full)}"
    elif hidden_shown:
        text = f"Abstract: {_esc(look, preview)}…{_MORE}"
    elif rng.random() < 0.15:  # the user opened it ("▽ More"): the full text shows
        text = f"Abstract: {full} {_LESS}"
        preview = None
    else:
        text = f"Abstract: {_esc(look, preview)}…{_MORE}"
        e.abstract = preview
    if look.capture in ("h2t", "lynx"):
        for part in wrap(text, look.width - len(look.indent) - 5):
            out.ln(("     " if look.capture == "h2t" else look.indent) + part, role, "cut")
    else:
        out.ln(text, role, "cut")
    if preview is not None and hidden_shown:
        if look.capture == "h2t":
            out.gap()
        rest = f"{_esc(look, full)} {_LESS}"
        if look.capture in ("h2t", "lynx"):
            for part in wrap(rest, look.width - len(look.indent) - 5):
                out.ln(("     " if look.capture == "h2t" else look.indent) + part, role, "cut")
        else:
            out.ln(rest, role, "cut")
        if look.capture == "h2t":
            out.gap()


# --------------------------------------------------------------------------- mail


def _mail_page(rng: random.Random, out: _Out, entries: list[_Entry], look: _Look) -> None:
    rule = "-" * 78
    day, d, month, year = look.date
    if not look.cut:
        for text in (
            "Delivered-To: reader@example.org",
            f"From: send mail ONLY to {look.cat.split('.')[0]} <no-reply@arxiv.org>",
            "To: reader@example.org",
            f"Subject: {look.cat.split('.')[0]} daily Subj-class mailing {rng.randint(100, 999)} 1",
            f"Date: {day}, {d} {month[:3]} {str(year)[2:]} 03:30:05 GMT",
        ):
            out.ln(text, CHROME, "mail")
        out.gap()
        unsubscribe = (
            f"To unsubscribe, e-mail To: {look.cat.split('.')[0]}@arXiv.org, Subject: cancel"
        )
        for text in (
            rule,
            rule,
            "Send any comments regarding submissions directly to submitter.",
            rule,
            "Archives at http://arxiv.org/",
            unsubscribe,
            rule,
            " Submissions to:",
        ):
            out.ln(text, CHROME, "mail")
        cat_name = next((s[0] for s in _SUBJECTS if s[1] == look.cat), "Computation and Language")
        out.ln(cat_name, CHROME, "mail")
        out.ln(
            f" received from  {day} {d} {month[:3]} {str(year)[2:]} 18:00:00 GMT  to  {day} {d} "
            f"{month[:3]} {str(year)[2:]} 18:00:00 GMT",
            CHROME,
            "mail",
        )
        out.ln(rule, CHROME, "mail")
        out.ln(rule, CHROME, "mail")
    section = entries[0].section
    for i, e in enumerate(entries):
        if e.section == "replacement" and section != "replacement":
            out.ln(
                "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--",
                CHROME,
                "mail",
            )
        section = e.section
        _mail_entry(rng, out, look, e, cut=look.cut if i == 0 else 0)
        out.ln(rule, CHROME, "mail")
    if rng.random() < 0.5:
        out.ln("%%%---%%%---%%%---%%%---", CHROME, "mail")


def _mail_entry(rng: random.Random, out: _Out, look: _Look, e: _Entry, cut: int) -> None:
    out.begin()
    pid = e.paper.pid
    size = f"{rng.randint(8, 9000)}kb"
    day, d, month, year = look.date
    if not cut:
        out.ln("\\\\", CHROME, "mail")
        out.ln(
            f"arXiv:{pid}" + (" (*cross-listing*)" if e.section == "cross" else ""), CHROME, "id"
        )
        if e.section == "replacement":
            out.ln(
                f"replaced with revised version {day}, {d} {month[:3]} {year} 12:00:00 GMT"
                f"   ({size})",
                CHROME,
                "dates",
            )
        else:
            out.ln(f"Date: {day}, {d} {month[:3]} {year} 17:59:59 GMT   ({size})", CHROME, "dates")
        out.gap()
    if cut < 2:
        _field(out, look, "Title", e.title, TITLE, "cut")
    _field(out, look, "Authors", ", ".join(e.authors), CHROME, "authors")
    _field(out, look, "Categories", " ".join(c for _, c in e.subjects), CHROME, "subjects")
    if e.comment:
        _field(out, look, "Comments", e.comment, CHROME, "fields")
    for label, value in e.extra:
        _field(out, look, label, value, CHROME, "fields")
    if e.journal:
        _field(out, look, "Journal-ref", e.journal, CHROME, "fields")
    if e.abstract:
        out.ln("\\\\", CHROME, "mail")
        role = ABSTRACT if cut < 2 else CHROME
        for part in wrap(e.abstract, 76):
            out.ln("  " + part, role, "cut")
    out.ln(f"\\\\ ( https://arxiv.org/abs/{pid} ,  {size})", CHROME, "mail")
    out.end(e, [] if e.abstract else ["no_abstract"])
