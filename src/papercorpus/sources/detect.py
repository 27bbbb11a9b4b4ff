"""Input format detection: content first, the file extension only breaks ties.

Formats: ``"json"`` (one document: array or object), ``"jsonl"`` (one value per line),
``"csv"`` (a header row with a title-like column), ``"arxiv_text"`` (arXiv listing, search
and abstract pages as text), ``"paper_page"`` (Hugging Face paper pages, one paper each),
``"feed"`` (an Atom or RSS document: the arXiv API's answers, a feed of daily papers; an
OAI-PMH answer: arXiv's bulk metadata),
``"bibtex"`` and ``"ris"`` (reference managers' exports),
``"note"`` (a markdown note naming a paper in its YAML front matter), ``"collection"`` (a
Hugging Face collection page: paper items without abstracts),
``"html"`` (a page saved as served: its embedded JSON, else its text) and ``"pages"``
(Hugging Face listing page dumps, the default).
"""

from __future__ import annotations

import csv
import importlib
import re

import orjson

JSON_EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl"}
CSV_EXTENSIONS = {".csv", ".tsv"}
COMPRESSION_EXTENSIONS = (".gz", ".bz2", ".xz", ".zst", ".zstd")
CSV_DELIMITERS = (",", "\t", ";", "|")
# Normalised header names (see ``norm_key``) that name the title column.
# (``titles``: the Kaggle "arXiv Paper Abstracts" table, ``titles,summaries,terms``.)
TITLE_KEYS = (
    "title", "paper_title", "article_title", "document_title", "primary_title", "titles",
)  # fmt: skip

_HEADER_CELL_WORDS = 4
# How many non-blank head lines the JSONL test looks at.
_JSONL_PROBE = 10
# A JSON array opening: "[" then an object, array, string or end of line (never "[1] arXiv:"
# or a markdown link "[text](url)").
_JSON_ARRAY_START = re.compile(r'\[\s*(?:[{\["]|$)')
# An XML document: declared, or whose root is a feed (``<feed>``, ``<rss>``, ``<rdf:RDF>``),
# an OAI-PMH answer or any element declaring a namespace, after comments and a doctype. The
# feed reader reads its entries, items or records, and says so when it has none: an XML
# file never becomes page text.
_FEED_START = re.compile(
    r"\s*(?:<\?xml\b|(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
    r"<(?:(?:feed|rss|rdf:RDF|OAI-PMH)\b|[A-Za-z_][\w.:-]*\s[^>]*\bxmlns(?::[\w.-]+)?\s*=))",
    re.S,
)
# A page saved as served (``<!DOCTYPE html>``, ``<html>``, XHTML after its declaration).
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html)\b", re.I | re.S
)
# A markdown note's front matter opens and closes with this line (``structured.front_matter``).
FENCE = "---"
# Keys that say the note is a paper's, with a value (a blog post's front matter has a title
# too; a web clipper's ``author:``, ``source:`` and ``description:`` describe the page it
# clipped, which is read as a page).
_NOTE_KEYS = re.compile(
    r"(?im)^(?:abstract|summary|authors|arxiv(?:_id)?|doi|eprint)\s*:[ \t]*(?:\S|$\n[ \t]+-)"
)
# A paper's own link under a key of its own (``url:``, ``link:``, ``arxiv:``, ``pdf:``).
_NOTE_LINK = re.compile(
    r"(?im)^(?:url|link|arxiv\w*|paper\w*|pdf\w*|abs\w*)\s*:.*(?:arxiv\.org/(?:abs|pdf)/"
    r"|\barXiv:\s?\d{4}\.\d{4,5})"
)
# A BibTeX entry's opening: ``@article{key,``, ``@misc(key,``, ``@string{…``, ``@comment{…``
# (a key and its comma: a page's first line ``@user (Lab)`` opens none).
_BIBTEX_ENTRY = re.compile(
    r"@\s*(?:[A-Za-z]+\s*[{(]\s*[^\s,{}()=]+\s*,|(?:string|comment|preamble)\s*[{(])", re.I
)
_ARXIV_ID_LINE = re.compile(r"^(\[\d+\]\s+)?arXiv:\d{4}\.\d{4,5}")


def detect_format(head: list[tuple[int, str]], name: str) -> str:
    """Guess the format of an input from its first lines and its display name."""
    texts = [text for _, text in head]
    nonblank = [t.strip() for t in texts if t.strip()]
    ext = _extension(name)
    if not nonblank:
        return _by_extension(ext) or "pages"
    first = nonblank[0]
    if first.startswith("<"):
        top = "\n".join(nonblank[:50])
        if _HTML_START.match(top):
            return "html"
        if _FEED_START.match(top):
            return "feed"
    if first.startswith(("{", "[")):
        fmt = _json_kind(nonblank, ext)
        if fmt:
            return fmt
    if sniff_csv_header(first) is not None:
        return "csv"
    if ext in CSV_EXTENSIONS and _csv_like(first):
        return "csv"
    if first[0] in "@%" and _looks_like_bibtex(nonblank):
        return "bibtex"
    if first.startswith("TY  -") or first.startswith("TY -"):
        return "ris"
    if first == FENCE and looks_like_note([t.rstrip() for t in texts if t.strip()]):
        return "note"
    if _looks_like_arxiv_text(texts):
        return "arxiv_text"
    from .paper_page import (
        looks_like_paper_page,
    )  # (a reader most runs never need: not at start-up)

    if looks_like_paper_page(texts):
        return "paper_page"
    if "•" in "".join(nonblank):  # (one scan in C: a collection's items print it)
        from .hf_collection import looks_like_collection

        if looks_like_collection(nonblank):
            return "collection"
    return "pages"


def _looks_like_bibtex(nonblank: list[str]) -> bool:
    """The first line that is no ``%`` comment opens an entry: ``@article{key,``."""
    for text in nonblank:
        if not text.startswith("%"):
            return _BIBTEX_ENTRY.match(text) is not None
    return False


def looks_like_note(texts: list[str]) -> bool:
    """Whether a file opens with front matter that names a paper (``texts``: its non-blank
    lines, indented as written: a block list's items are indented)."""
    if not texts or texts[0].rstrip() != FENCE:
        return False
    for i, text in enumerate(texts[1:], 1):
        if text.rstrip() in (FENCE, "..."):
            head = "\n".join(texts[1:i])
            has_title = re.search(r"(?im)^title\s*:", head) is not None
            return has_title and bool(_NOTE_KEYS.search(head) or _NOTE_LINK.search(head))
    return False


def norm_key(key: str) -> str:
    """Header/field name as compared: case-folded, spaces and dashes as underscores."""
    return re.sub(r"[\s\-]+", "_", key.strip().casefold())


def is_title_key(key: str) -> bool:
    return norm_key(key) in TITLE_KEYS


def sniff_csv_header(line: str) -> str | None:
    """Delimiter of a CSV header line that has a title-like column, else ``None``.

    Header cells must be short names (at most ``_HEADER_CELL_WORDS`` words), so a page
    line that happens to start with "Title," is not taken for a header.
    """
    for delim in CSV_DELIMITERS:
        if delim not in line:
            continue
        cells = next(csv.reader([line], delimiter=delim), [])
        if len(cells) < 2 or any(len(c.split()) > _HEADER_CELL_WORDS for c in cells):
            continue
        if any(is_title_key(c) for c in cells):
            return delim
    return None


def _csv_like(line: str) -> bool:
    return any(len(next(csv.reader([line], delimiter=d), [])) >= 2 for d in CSV_DELIMITERS)


def _extension(name: str) -> str:
    lower = name.lower()
    if lower.endswith(COMPRESSION_EXTENSIONS):  # one test first: this runs per input
        for comp in COMPRESSION_EXTENSIONS:
            if lower.endswith(comp):
                lower = lower[: -len(comp)]
                break
    dot = lower.rfind(".")
    return lower[dot:] if dot > lower.rfind("/") else ""


def _by_extension(ext: str) -> str | None:
    if ext in JSON_EXTENSIONS:
        return JSON_EXTENSIONS[ext]
    return "csv" if ext in CSV_EXTENSIONS else None


def _json_kind(nonblank: list[str], ext: str) -> str | None:
    """``"json"``/``"jsonl"`` when the head starts like JSON, else ``None``."""
    first = nonblank[0]
    if first in ("{", "["):
        return "json"  # a pretty-printed document
    value = _parse(first)
    if isinstance(value, dict):
        # One object per line; a lone single-line object is either, the extension decides
        # (both parsers expand wrapper objects the same way, so the records do not differ).
        if len(nonblank) == 1 and JSON_EXTENSIONS.get(ext) == "json":
            return "json"
        return "jsonl"
    if isinstance(value, list):
        second = _parse(nonblank[1]) if len(nonblank) > 1 else None
        return "jsonl" if second is not None else "json"
    if first.startswith("{'"):
        return "jsonl"  # Python-repr dicts, one per line: the JSONL parser accepts them
    if first.startswith('{"'):
        # A first line that does not parse: a JSONL file with a bad first line still has
        # complete objects on later lines; a document split over lines has none.
        # Most lines must be objects: a wrapper with one item per line has only its last
        # item line complete (the others end with ",").
        probe = nonblank[1:_JSONL_PROBE]
        objects = sum(isinstance(_parse(t), dict) for t in probe)
        return "jsonl" if objects and objects * 2 >= len(probe) else "json"
    if first.startswith("{"):
        return None  # e.g. a page line "{scriptsize CODE2SEQ}: ..."
    return "json" if _JSON_ARRAY_START.match(first) else None


def _parse(text: str) -> object | None:
    if not text.endswith(("}", "]")):
        return None  # cheap reject: a complete container ends with its closing bracket
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return None


def _looks_like_arxiv_text(texts: list[str]) -> bool:
    name = f"{__package__}.arxiv_text"
    try:
        arxiv_text = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise  # the module exists but is broken: do not hide that
        return _fallback_arxiv_check(texts)
    check = getattr(arxiv_text, "looks_like_arxiv_text", None)
    return bool(check(texts)) if check else _fallback_arxiv_check(texts)


def _fallback_arxiv_check(texts: list[str]) -> bool:
    stripped = [t.strip() for t in texts]
    has_title = any(t.startswith("Title:") for t in stripped)
    return has_title and any(_ARXIV_ID_LINE.match(t) for t in stripped)
