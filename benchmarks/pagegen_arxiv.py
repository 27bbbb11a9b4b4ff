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

from pagegen_arxiv_kinds import listing_page, mail_page, search_page
from pagegen_arxiv_look import DAYS, MONTHS, SUBJECTS, Entry, Look, Out
from pagegen_chrome import BLANK, CHROME, Ln
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
_WRAPPED = ("text", "w3m", "h2t", "lynx", "mail")


def render_arxiv(
    rng: random.Random, papers: Iterator[Paper], n_cards: int, spec: PageSpec
) -> tuple[list[Ln], list[CardTruth]]:
    """One arXiv page of ``n_cards`` entries in the page's capture (``spec.style`` is set
    to ``kind-capture``)."""
    kind = _pick(rng, KINDS)
    capture = "mail" if kind == "mail" else _pick(rng, CAPTURES)
    month = rng.randrange(12)
    look = Look(
        kind=kind,
        capture=capture,
        cat=rng.choice(SUBJECTS)[1],
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
            rng.choice(DAYS),
            rng.randint(1, 28),
            MONTHS[month],
            rng.choice((2024, 2025, 2026)),
        ),
    )
    entries = [_draw(rng, next(papers), look) for _ in range(n_cards)]
    _sections(rng, entries, look)
    out = Out()
    c4ai = capture == "md" and not look.jina and rng.random() < 0.4
    spec.style = f"{kind}-{'c4ai' if c4ai else capture}"
    spec.wrap = f"w{look.width}" if capture in _WRAPPED else "none"
    spec.truncated = False
    if kind == "mail":
        mail_page(rng, out, entries, look)
    elif kind == "search":
        search_page(rng, out, entries, look)
    else:
        listing_page(rng, out, entries, look)
    if c4ai:
        _cite(out)
    while out.lines and out.lines[-1].role == BLANK:
        out.lines.pop()
    return out.lines, out.cards


# Crawl4AI's link (DefaultMarkdownGenerator.convert_links_to_citations): the text runs to
# the first "]", so a link whose text holds an escaped bracket ("[\[1\]](…)") stays as it is.
_C4AI_LINK = re.compile(r'!?\[([^\]]+)\]\(([^)]+?)(?:\s+"([^"]*)")?\)')


def _cite(out: Out) -> None:
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


def _draw(rng: random.Random, paper: Paper, look: Look) -> Entry:
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
    primary = next((s for s in SUBJECTS if s[1] == look.cat), SUBJECTS[0])
    subjects = [primary] + rng.sample(SUBJECTS, rng.choice((0, 1, 1, 2, 3)))
    subjects = list(dict.fromkeys(subjects))
    formats = rng.choice(("[pdf, html, other]", "[pdf, html, other]", "[pdf, other]", "[pdf]"))
    return Entry(
        paper, title, paper.abstract, paper.abstract, authors, comment, journal, extra,
        subjects, "new", None, formats, "",
    )  # fmt: skip


def _sections(rng: random.Random, entries: list[Entry], look: Look) -> None:
    """Which section each entry is in; what the page shows of its abstract."""
    n = len(entries)
    if look.kind in ("new", "mail"):
        a = max(1, int(n * rng.uniform(0.4, 0.7)))
        b = a + int((n - a) * rng.uniform(0.1, 0.4))
        for i, e in enumerate(entries):
            e.section = "new" if i < a else "cross" if i < b else "replacement"
            if e.section == "cross":
                other = rng.choice([s for s in SUBJECTS if s[1] != look.cat])
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
