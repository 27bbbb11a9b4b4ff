"""What arXiv's search results and abstract pages print around an entry, read to values.

The search page (``arxiv.org/search/?query=…``) lays an entry out without the listing's
``Title:`` label: the id line, the category tags (``cs.CV cs.RO``, one line or one per
line), an optional ``doi`` tag, the title, ``Authors:`` (the first 25 names, then ``et al.
(N additional authors not shown)``), ``Abstract:`` (a preview cut by arXiv and ending in
``… ▽ More``, the full text after it where a converter renders hidden elements, ending in
``△ Less``), ``Submitted 21 March, 2025; v1 submitted 14 March, 2025; originally announced
March 2025.`` and then ``Comments:``, ``Report number:``, ``MSC Class:``, ``ACM Class:``,
``Journal ref:``. A markdown converter prints each as a link (``[arXiv:2503.11742](…)``,
``[Moreno D'Incà](…)``), wrapped anywhere.

An abstract page (``arxiv.org/abs/ID``) labels ``Title:``, ``Authors:`` and ``Abstract:``
under its dateline (``[Submitted on 14 Mar 2025 (v1), last revised …]``), sets its links
(``View PDF``, ``HTML (experimental)``) between them, prints its other fields as a table
(``Comments:``, ``Subjects:``, ``Journal reference:``, ``Cite as: arXiv:2503.11731
[cs.CV]``) and its submission history under them.

Only notation lives here; ``arxiv_text`` walks the lines.
"""

from __future__ import annotations

import re

from .arxiv_lines import ARCHIVES, ARXIV_ID

__all__ = [
    "ARCHIVES",
    "abs_links",
    "category_line",
    "cited_id",
    "doi_value",
    "format_links",
    "read_abstract",
    "read_authors",
    "read_dateline",
    "read_dates",
]

_TAG = re.compile(r"([a-z]+(?:-[a-z]+)?)(?:\.[A-Za-z][A-Za-z\-]*)?")
# The format links a search entry or a listing prints by its id: ``[pdf, html, other]``,
# or one per line once a converter has wrapped them (``[pdf,`` / ``html,`` / ``other]``).
_FORMATS = re.compile(r"\[*\s*(?:(?:pdf|html|other|ps|pdfonly)\s*[,\]]*\s*)+")
_DOI = re.compile(r"(?:doi\s+)?(10\.\d{4,9}/\S+)")
_SHOWN = re.compile(r",?\s*et al\.?\s*\((\d+) additional authors? not shown\)\s*$")
_DATES = re.compile(
    r"Submitted\s+(?P<submitted>\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})\s*;"
    r"(?:\s*v1\s+submitted\s+(?P<v1>\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4})\s*;)?"
    r"(?:\s*originally\s+announced\s+(?P<announced>[A-Z][a-z]+\s+\d{4})\s*\.?)?"
    r"(?:\s*Latest\s+version:\s*(?P<latest>\S+?)\s*\.?)?\s*$"
)
# An abstract page's links and tooltips between its fields: chrome inside the entry.
_ABS_LINKS = re.compile(
    r"(?:(?:View PDF|Download PDF|HTML \(experimental\)|TeX Source|Other Formats|view license"
    r"|PostScript)\s*)+|Focus to learn more|Submission history|arXiv-issued DOI via DataCite"
    r"|View a PDF of the paper titled .*, by .*"
)
_REVISED = re.compile(r"last revised (\d{1,2} [A-Z][a-z]{2} \d{4}) \(this version, (v\d+)\)")
_CITE_ID = re.compile(rf"(?:arXiv:|arxiv\.org/abs/)({ARXIV_ID})")
MORE = "▽ More"
LESS = "△ Less"


def category_line(text: str) -> list[str] | None:
    """The tags of a line that holds category codes only (``cs.CV cs.RO``), else None."""
    tags = text.split()
    if not tags or len(tags) > 12:
        return None
    for tag in tags:
        m = _TAG.fullmatch(tag)
        if m is None or m.group(1) not in ARCHIVES:
            return None
    return tags


def format_links(text: str) -> bool:
    """A line of format links only (``[pdf, html, other]``, or a wrapped piece of it)."""
    return _FORMATS.fullmatch(text) is not None and any(c.isalpha() for c in text)


def doi_value(text: str) -> str | None:
    """``doi 10.1103/PhysRevD.1.2`` or the bare ``10.1103/…`` under a ``doi`` tag."""
    m = _DOI.fullmatch(text)
    return m.group(1) if m is not None else None


def read_authors(value: str) -> tuple[str, int | None]:
    """The names as listed, and how many authors there are when the page shows only some."""
    m = _SHOWN.search(value)
    if m is None:
        return value, None
    names = value[: m.start()].rstrip(" ,")
    shown = sum(1 for name in names.split(",") if name.strip())
    return names, shown + int(m.group(1))


def read_dates(value: str) -> dict[str, str] | None:
    """The search page's dates sentence: ``submitted`` (the first version's day: the
    paper's publication), and, when printed, the latest version's day (``updated``), the
    announcement month and the latest version's id."""
    m = _DATES.match(" ".join(value.split()))
    if m is None:
        return None
    out = {"submitted": m.group("v1") or m.group("submitted")}
    if m.group("v1"):
        out["updated"] = m.group("submitted")
    if m.group("announced"):
        out["announced"] = m.group("announced")
    if m.group("latest"):
        out["latest_version"] = m.group("latest")
    return out


def abs_links(text: str) -> bool:
    """An abstract page's ``View PDF HTML (experimental)``, ``Focus to learn more``…"""
    return _ABS_LINKS.fullmatch(text) is not None


def read_dateline(v1: str, rest: str) -> dict[str, str]:
    """``submitted`` (the first version's day), and the version shown and its day."""
    out = {"submitted": v1}
    if (m := _REVISED.search(rest)) is not None:
        out["updated"], out["version"] = m.groups()
    elif rest.strip() not in ("", "(v1)"):
        out["dates"] = f"Submitted on {v1}{rest}"  # kept as printed
    return out


def cited_id(text: str) -> str | None:
    """The id of ``Cite as: arXiv:2503.11731 [cs.CV] (or arXiv:2503.11731v1 …)``, or of a
    link to its abstract page (the e-mail digest's ``( https://arxiv.org/abs/ID , 12kb)``)."""
    m = _CITE_ID.search(text)
    return m.group(1) if m is not None else None


def read_abstract(text: str) -> tuple[str, bool]:
    """The abstract a search entry holds, and whether it is arXiv's cut preview: the full
    text when the capture has it (after ``▽ More``), else the preview without its ellipsis."""
    if MORE not in text:
        return _without_less(text), False
    preview, full = text.split(MORE, 1)
    full = _without_less(full)
    if full:
        return full, False
    return preview.rstrip().removesuffix("…").removesuffix("...").rstrip(), True


def _without_less(text: str) -> str:
    text = text.strip()
    return text.removesuffix(LESS).rstrip() if text.endswith(LESS) else text
