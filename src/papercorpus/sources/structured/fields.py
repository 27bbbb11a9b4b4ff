"""Title, abstract, arXiv id and metadata of one parsed item, whatever its layout.

``extract_fields`` reads flat rows, the arXiv listing JSONL (``id``/``title``/``summary``),
the Hugging Face daily-papers API (``{paper: {...}}``) and the hf-papers-scrape layout
(``{title, paper_url, details: {title, abstract, arxiv_page_url}, scraped_date}``).
``junk_abstract_reason`` tells an abstract from a bot comment, a link or the title again;
``check`` uses it too, so a corpus is judged by the rules ``clean`` weighed it with.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from ...normalize import collapse_ws
from ..detect import TITLE_KEYS, norm_key

__all__ = [
    "ABSTRACT_KEYS",
    "AI_SUMMARY_KEYS",
    "DATE_KEYS",
    "ID_KEYS",
    "META_KEYS",
    "NESTED_KEYS",
    "URL_KEYS",
    "extract",
    "extract_fields",
    "get_path",
    "id_from_value",
    "item_date",
    "item_objects",
    "junk_abstract_reason",
    "normalised",
]

# Field names are compared after ``norm_key`` (case-folded, spaces/dashes -> "_").
# Order is priority: the first non-empty (for abstracts: first non-junk) value wins.
ABSTRACT_KEYS = ("abstract", "summary", "paper_abstract", "abstract_text", "abstract_note")
# HF's AI one-liner: used only when there is no abstract, and flagged "summary".
AI_SUMMARY_KEYS = ("ai_summary",)
# Objects searched, in order: the item itself, then these nested objects.
NESTED_KEYS = ("paper", "details")
ID_KEYS = ("arxiv_id", "arxivid", "arxiv", "id", "paper_id", "eprint", "doi")
# Hugging Face paper URLs come before arXiv links: in the real scrape `arxiv_page_url` is
# sometimes the first arXiv link found in a comment (a cited paper), while the HF URL is
# always the paper's own id.
URL_KEYS = (
    "paper_url", "page_url", "url", "link", "arxiv_page_url", "arxiv_url",
    "abs", "abs_url", "html_url", "pdf_url", "pdf",
)  # fmt: skip
DATE_KEYS = ("scraped_date", "date", "published", "published_at", "publishedat")
# meta name <- candidate keys; only small scalars are kept.
META_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("published", ("published", "published_at", "publishedat", "submitted", "submitted_date")),
    ("upvotes", ("upvotes", "num_upvotes")),
    ("stars", ("stars", "github_stars")),
    ("year", ("year", "pub_year", "publication_year")),
    ("doi", ("doi",)),
    ("id", ("id", "paper_id", "record_id")),
)
_INT_META = {"upvotes", "stars", "year"}
_MAX_META_LEN = 200

_ID = r"(?:\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Za-z\-]{2,})?/\d{7})"
_ARXIV_ID = re.compile(rf"(?:arxiv:)?({_ID})(?:v\d+)?", re.IGNORECASE)
_ARXIV_DOI = re.compile(rf"10\.48550/arxiv\.({_ID})(?:v\d+)?", re.IGNORECASE)
_ARXIV_URL = re.compile(
    rf"(?:arxiv\.org/(?:abs|pdf|html)/|(?:huggingface|hf)\.co/papers/|%2Fpapers%2F)({_ID})",
    re.IGNORECASE,
)

# Junk abstracts seen in the hf-papers-scrape data (the "abstract" there is often the
# first comment on the paper page).
_BOT_PREFIXES = (
    "this is an automated message from the librarian bot",
    "arxivlens breakdown of this paper",
    "interesting breakdown of this paper on arxivlens",
)
_URL = re.compile(r"\W*(?:https?://|www\.)", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_BOT_PREFIX_CHARS = 120
_MIN_ABSTRACT_WORDS = 5
_LINK_ONLY_MAX_WORDS = 5
_LINK_ONLY_MAX_TOKENS = 40
# A title followed by a short venue/tag ("Title (ECCV'26)") is still the title.
_TITLE_PLUS_WORDS = 4
_TITLE_TAG_CHARS = 60


# --------------------------------------------------------------------------- extraction


class _Extracted(NamedTuple):
    title: str | None
    abstract: str | None
    arxiv_id: str | None
    meta: dict[str, object]
    date: str | None
    flags: tuple[str, ...]
    # other arXiv ids found in the item, as (id, field) - reported as a warning
    conflicts: tuple[tuple[str, str], ...]
    id_field: str | None
    junk: str | None  # junk_abstract_reason of the abstract


def extract_fields(
    item: Any, title_field: str | None = None, abstract_field: str | None = None
) -> tuple[str | None, str | None, str | None, dict[str, object]]:
    """``(title, abstract, arxiv_id, meta)`` of one item (``None`` where absent).

    Title: ``title_field`` (dotted path) or the first of ``TITLE_KEYS`` in the item, then
    in its ``paper``, then its ``details`` object. Abstract: ``abstract_field`` or the first
    non-junk value of ``ABSTRACT_KEYS`` in the same objects (a junk one if nothing else).
    arXiv id: ``ID_KEYS`` values that are arXiv ids, then ``URL_KEYS`` URLs, version
    stripped. Text is whitespace-collapsed.
    """
    ex = extract(item, title_field, abstract_field)
    return ex.title, ex.abstract, ex.arxiv_id, ex.meta


def junk_abstract_reason(title: str, abstract: str) -> str | None:
    """Why ``abstract`` is not a real abstract, or ``None``:

    * ``"no_text"`` - no letter or digit at all (".", "-");
    * ``"title"`` - the title again, possibly with a short tag ("Title (ECCV'26)");
    * ``"bot"`` - a bot comment (Librarian Bot, arXivLens);
    * ``"link_only"`` - URLs with at most a few words around them ("Code: https://...");
    * ``"too_short"`` - fewer than 5 words.
    """
    if not any(c.isalnum() for c in abstract):
        return "no_text"
    # Bounded splits: every rule asks whether a text has *few* tokens, so long abstracts
    # are settled after a few dozen tokens.
    if len(abstract) <= len(title) + _TITLE_TAG_CHARS:
        words, title_words = _words(abstract), _words(title)
        n = len(title_words)
        if words[:n] == title_words and len(words) <= n + _TITLE_PLUS_WORDS:
            return "title"
    head = abstract[:_BOT_PREFIX_CHARS].casefold()
    if head.startswith(_BOT_PREFIXES) or "librarian bot" in head:
        return "bot"
    tokens = abstract.split(maxsplit=_LINK_ONLY_MAX_TOKENS)
    if len(tokens) <= _LINK_ONLY_MAX_TOKENS and ("://" in abstract or "www." in abstract):
        prose = [t for t in tokens if not _URL.match(t) and any(c.isalnum() for c in t)]
        if len(prose) <= _LINK_ONLY_MAX_WORDS:
            return "link_only"
    if len(tokens) < _MIN_ABSTRACT_WORDS:
        return "too_short"
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def extract(
    item: Any,
    title_field: str | None,
    abstract_field: str | None,
    objs: list[dict[str, Any]] | None = None,
) -> _Extracted:
    objs = item_objects(item) if objs is None else objs
    title = _text(get_path(item, title_field)) if title_field else _first_text(objs, TITLE_KEYS)
    flags: list[str] = []
    if abstract_field:
        abstract = _text(get_path(item, abstract_field))
        junk = junk_abstract_reason(title or "", abstract) if abstract else None
    else:
        abstract, junk = _pick_abstract(objs, title or "")
        if abstract is None:
            abstract = _first_text(objs, AI_SUMMARY_KEYS)
            if abstract is not None:
                flags.append("summary")
                junk = junk_abstract_reason(title or "", abstract)
    ids = _arxiv_ids(objs)
    arxiv_id, id_field = ids[0] if ids else (None, None)
    conflicts = tuple((i, f) for i, f in ids[1:] if i != arxiv_id)
    return _Extracted(
        title, abstract, arxiv_id, _meta(objs, arxiv_id), item_date(objs), tuple(flags),
        _dedupe_conflicts(conflicts), id_field, junk,
    )  # fmt: skip


def item_objects(item: Any) -> list[dict[str, Any]]:
    """The item and its nested ``paper``/``details`` objects, keyed by normalised name."""
    if not isinstance(item, dict):
        return []
    objs = [normalised(item)]
    for key in NESTED_KEYS:
        nested = objs[0].get(key)
        if isinstance(nested, dict):
            objs.append(normalised(nested))
    return objs


def normalised(obj: dict[str, Any]) -> dict[str, Any]:
    """``obj`` keyed by ``norm_key``; on a clash the exact name wins, then the first."""
    keys = tuple(obj)
    try:
        plan = _key_plan(keys)
    except TypeError:  # unhashable keys cannot come from JSON/CSV, but be total
        plan = ()
    return {nk: obj[k] for k, nk in plan}


@lru_cache(maxsize=1024)
def _key_plan(keys: tuple[Any, ...]) -> tuple[tuple[str, str], ...]:
    # Rows of one file share their key tuple, so the normalisation is done once per shape.
    chosen: dict[str, str] = {}
    for k in keys:
        if not isinstance(k, str):
            continue
        nk = norm_key(k)
        if nk not in chosen or k == nk:
            chosen[nk] = k
    return tuple((k, nk) for nk, k in chosen.items())


def _lookup(obj: dict[str, Any], key: str) -> Any:
    """Value of the field of a raw ``obj`` whose normalised name is ``key``."""
    if key in obj:
        return obj[key]
    return normalised(obj).get(key)


def get_path(item: Any, dotted: str) -> Any:
    """Follow a dotted path ("details.abstract"); an exact key with dots wins first."""
    if isinstance(item, dict) and dotted in item:
        return item[dotted]
    value = item
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = _lookup(value, norm_key(part))
    return value


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        value = str(value)
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = " ".join(value)  # abstracts given as a list of paragraphs
    if not isinstance(value, str):
        return None
    return collapse_ws(value) or None


def _first_text(objs: list[dict[str, Any]], keys: tuple[str, ...]) -> str | None:
    for obj in objs:
        for key in keys:
            text = _text(obj.get(key))
            if text:
                return text
    return None


def _pick_abstract(objs: list[dict[str, Any]], title: str) -> tuple[str | None, str | None]:
    """``(abstract, junk reason)``: the first non-junk abstract, else the first non-empty."""
    fallback: tuple[str | None, str | None] = (None, None)
    for obj in objs:
        for key in ABSTRACT_KEYS:
            text = _text(obj.get(key))
            if not text:
                continue
            reason = junk_abstract_reason(title, text)
            if reason is None:
                return text, None
            if fallback[0] is None:
                fallback = (text, reason)
    return fallback


def _arxiv_ids(objs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Every arXiv id found, in priority order, as ``(id, field)``."""
    found: list[tuple[str, str]] = []
    for obj in objs:
        for key in ID_KEYS:
            value = obj.get(key)
            if isinstance(value, str) and (arxiv_id := id_from_value(value)):
                found.append((arxiv_id, key))
    for obj in objs:
        for key in URL_KEYS:
            value = obj.get(key)
            if isinstance(value, str) and (m := _ARXIV_URL.search(value)):
                found.append((m.group(1), key))
    return found


def id_from_value(value: str) -> str | None:
    value = value.strip()
    if m := _ARXIV_ID.fullmatch(value):
        return m.group(1)
    if m := _ARXIV_DOI.fullmatch(value):
        return m.group(1)
    m = _ARXIV_URL.search(value)
    return m.group(1) if m else None


def _dedupe_conflicts(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    seen: set[str] = set()
    out = []
    for arxiv_id, key in pairs:
        if arxiv_id not in seen:
            seen.add(arxiv_id)
            out.append((arxiv_id, key))
    return tuple(out)


def item_date(objs: list[dict[str, Any]]) -> str | None:
    for obj in objs:
        for key in DATE_KEYS:
            value = obj.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                return str(value)
    return None


def _meta(objs: list[dict[str, Any]], arxiv_id: str | None) -> dict[str, object]:
    meta: dict[str, object] = {}
    for name, keys in META_KEYS:
        value = _first_scalar(objs, keys)
        if value is None:
            continue
        if name in ("id", "doi") and arxiv_id and id_from_value(str(value)) == arxiv_id:
            continue  # the arXiv id is already a field of the record
        if name in _INT_META and isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        meta[name] = value
    return meta


def _first_scalar(objs: list[dict[str, Any]], keys: tuple[str, ...]) -> object | None:
    for obj in objs:
        for key in keys:
            value = obj.get(key)
            if value is None:
                continue
            if isinstance(value, str) and 0 < len(value) <= _MAX_META_LEN:
                return value
            if isinstance(value, int | float) and not isinstance(value, bool):
                return value
    return None
