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
from itertools import groupby
from typing import Any, Final, NamedTuple

from ...abstracts import junk_abstract_reason
from ...fields import ALIAS_ORDER, EXTRA, FIELDS, Field, coerce
from ..detect import TITLE_KEYS, norm_key
from .field_text import collapsed, index_text, text_value

__all__ = [
    "ABSTRACT_KEYS",
    "AI_SUMMARY_KEYS",
    "DATE_KEYS",
    "ID_KEYS",
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
# (OpenAlex gives its abstracts only as an inverted index: word -> positions.)
ABSTRACT_KEYS: Final = (
    "abstract", "summary", "paper_abstract", "abstract_text", "abstract_note",
    "abstract_inverted_index", "summaries",
)  # fmt: skip
# HF's AI one-liner: used only when there is no abstract, and flagged "summary".
AI_SUMMARY_KEYS: Final = ("ai_summary",)
# Objects searched, in order: the item itself, then these nested objects.
# (Semantic Scholar keeps a paper's arXiv id and DOI in ``externalIds``: ``{"ArXiv": …}``.)
NESTED_KEYS: Final = ("paper", "details", "externalids", "external_ids")
ID_KEYS: Final = ("arxiv_id", "arxivid", "arxiv", "id", "paper_id", "eprint", "doi")
# Hugging Face paper URLs come before arXiv links: in the real scrape `arxiv_page_url` is
# sometimes the first arXiv link found in a comment (a cited paper), while the HF URL is
# always the paper's own id.
URL_KEYS: Final = (
    "paper_url", "page_url", "url", "link", "arxiv_page_url", "arxiv_url",
    "abs", "abs_url", "html_url", "pdf_url", "pdf",
)  # fmt: skip
DATE_KEYS: Final = ("scraped_date", "date", "published", "published_at", "publishedat")
_ID: Final = r"(?:\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Za-z\-]{2,})?/\d{7})"
_ARXIV_ID: Final = re.compile(rf"(?:arxiv:)?({_ID})(?:v\d+)?", re.IGNORECASE)
# Crossref's abstracts are JATS XML: its tags go, and a section title ("Abstract") with them.
_JATS: Final = re.compile(r"</?jats:[\w-]+[^<>]*>")
_JATS_TITLE: Final = re.compile(r"<jats:title>[^<]*</jats:title>")
# arXiv's RSS opens each description with the entry's announcement (feedparser's dumps of
# it keep it): ``arXiv:2503.11731v1 Announce Type: new Abstract: …``.
_ANNOUNCED: Final = re.compile(rf"arXiv:({_ID})(?:v\d+)? Announce Type: [\w-]+ Abstract: ")
_ARXIV_DOI: Final = re.compile(rf"10\.48550/arxiv\.({_ID})(?:v\d+)?", re.IGNORECASE)
_ARXIV_URL: Final = re.compile(
    rf"(?:arxiv\.org/(?:abs|pdf|html)/|(?:huggingface|hf)\.co/papers/|%2Fpapers%2F)({_ID})",
    re.IGNORECASE,
)

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


def extract(
    item: Any,
    title_field: str | None,
    abstract_field: str | None,
    objs: list[dict[str, Any]] | None = None,
) -> _Extracted:
    objs = item_objects(item) if objs is None else objs
    shape = _shape_of(item, objs)
    # The texts and ids read from each field, (object index, key) -> value: the title's and
    # abstract's fields are read again by ``_meta`` to tell what was consumed.
    texts: dict[tuple[int, str], str | None] = {}
    if title_field:
        title = text_value(get_path(item, title_field))
    else:
        title = _first_text_at(objs, shape.title, texts)
    flags: list[str] = []
    lead: tuple[str, str] | None = None  # an announcement taken off the abstract, its id
    if abstract_field:
        abstract = text_value(get_path(item, abstract_field))
        junk = junk_abstract_reason(title or "", abstract) if abstract else None
    else:
        abstract, junk, lead = _pick_abstract(objs, shape.abstract, title or "", texts)
        if abstract is None:
            abstract = _first_text_at(objs, shape.summary, texts)
            if abstract is not None:
                flags.append("summary")
                junk = junk_abstract_reason(title or "", abstract)
    id_of: dict[tuple[int, str], str | None] = {}
    ids = _arxiv_ids(objs, shape, id_of)
    if lead is not None:
        ids.append((lead[1], "abstract"))  # after every id field: the last resort
    arxiv_id, id_field = ids[0] if ids else (None, None)
    conflicts = tuple((i, f) for i, f in ids[1:] if i != arxiv_id)
    date_at = _date_at(objs, shape.dates)
    meta = _meta(item, objs, shape, (title, abstract, arxiv_id), texts, id_of, date_at)
    if lead is not None:
        extra = meta.setdefault(EXTRA, {})
        assert isinstance(extra, dict)
        extra["abstract_lead"] = lead[0]
    date = None if date_at is None else str(objs[date_at[0]][date_at[1]])
    return _Extracted(
        title, abstract, arxiv_id, meta, date, tuple(flags),
        _dedupe_conflicts(conflicts), id_field, junk,
    )  # fmt: skip


class _Shape(NamedTuple):
    """What ``extract`` looks at in items of one key layout, as ``(object index, key)``
    lists in the order they are tried (the item first, then its nested objects): rows of
    a file share their keys, so this is worked out once per layout and a row only reads
    the values of the keys it has."""

    title: tuple[tuple[int, str], ...]
    abstract: tuple[tuple[int, str], ...]
    summary: tuple[tuple[int, str], ...]
    ids: tuple[tuple[int, str], ...]
    urls: tuple[tuple[int, str], ...]
    dates: tuple[tuple[int, str], ...]
    # Per field of FIELDS the objects have, in table order: its names among their keys.
    named: tuple[tuple[Field, tuple[tuple[int, str], ...]], ...]
    # Keys that may hold what the title (0), abstract (1) or arXiv id (2) were read from.
    consumed: tuple[tuple[int, str, int], ...]
    names: tuple[Any, ...]  # the normalised name of each of the item's own keys
    nested_at: dict[str, int]  # nested object name -> its index in ``objs``


def _shape_of(item: Any, objs: list[dict[str, Any]]) -> _Shape:
    if not objs:
        return _EMPTY_SHAPE
    nested = tuple(k for k in NESTED_KEYS if isinstance(objs[0].get(k), dict))
    layout = (tuple(item), nested, *(tuple(o) for o in objs[1:]))
    try:
        return _shape(layout)
    except TypeError:  # unhashable keys cannot come from JSON/CSV, but be total
        return _shape.__wrapped__(layout)


@lru_cache(maxsize=1024)
def _shape(layout: tuple[Any, ...]) -> _Shape:
    item_keys, nested, *nested_keys = layout
    keys = [tuple(nk for _, nk in _key_plan(item_keys)), *nested_keys]

    def present(names: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
        return tuple((oi, k) for oi, have in enumerate(keys) for k in names if k in have)

    named = sorted(
        (*ALIAS_ORDER[key][:1], oi, ALIAS_ORDER[key][1], key)
        for oi, have in enumerate(keys)
        for key in have
        if key in ALIAS_ORDER
    )
    consumed = tuple(
        (oi, key, 0 if key in TITLE_KEYS else 1 if key in _TEXT_KEYS else 2)
        for oi, have in enumerate(keys)
        for key in have
        if key in TITLE_KEYS or key in _TEXT_KEYS or key in ID_KEYS
    )
    return _Shape(
        present(TITLE_KEYS), present(ABSTRACT_KEYS), present(AI_SUMMARY_KEYS),
        present(ID_KEYS), present(URL_KEYS), present(DATE_KEYS),
        tuple(
            (FIELDS[fi], tuple((oi, key) for _, oi, _, key in group))
            for fi, group in groupby(named, key=lambda c: c[0])
        ),
        consumed, tuple(_norm(k) for k in item_keys),
        {name: i for i, name in enumerate(nested, 1)},
    )  # fmt: skip


_TEXT_KEYS: Final = ABSTRACT_KEYS + AI_SUMMARY_KEYS
_EMPTY_SHAPE: Final = _Shape((), (), (), (), (), (), (), (), (), {})


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


def _first_text_at(
    objs: list[dict[str, Any]], where: tuple[tuple[int, str], ...], texts: dict
) -> str | None:
    for at in where:
        text = texts[at] = text_value(objs[at[0]][at[1]])
        if text:
            return text
    return None


def _pick_abstract(
    objs: list[dict[str, Any]],
    where: tuple[tuple[int, str], ...],
    title: str,
    texts: dict,
) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """``(abstract, junk reason, lead)``: the first non-junk abstract, else the first
    non-empty. An announcement opening it (arXiv's RSS) is taken off: ``lead`` is it and
    its id."""
    fallback: tuple[str | None, str | None, tuple[str, str] | None] = (None, None, None)
    for at in where:
        raw = objs[at[0]][at[1]]
        text = index_text(raw) if isinstance(raw, dict) else text_value(raw)
        if text and "<jats:" in text:
            text = collapsed(_JATS.sub(" ", _JATS_TITLE.sub(" ", text))) or None
        lead: tuple[str, str] | None = None
        if text and text.startswith("arXiv:") and (m := _ANNOUNCED.match(text)):
            text, lead = text[m.end() :] or None, (m[0].removesuffix(" Abstract: "), m[1])
        texts[at] = text
        if not text:
            continue
        reason = junk_abstract_reason(title, text)
        if reason is None:
            return text, None, lead
        if fallback[0] is None:
            fallback = (text, reason, lead)
    return fallback


def _arxiv_ids(objs: list[dict[str, Any]], shape: _Shape, id_of: dict) -> list[tuple[str, str]]:
    """Every arXiv id found, in priority order, as ``(id, field)``; ``id_of`` gets the id
    (or None) of each string in an id field."""
    found: list[tuple[str, str]] = []
    for at in shape.ids:
        value = objs[at[0]][at[1]]
        if isinstance(value, str):
            arxiv_id = id_of[at] = id_from_value(value)
            if arxiv_id:
                found.append((arxiv_id, at[1]))
    for oi, key in shape.urls:
        value = objs[oi][key]
        if isinstance(value, str) and (m := _ARXIV_URL.search(value)):
            found.append((m.group(1), key))
    return found


def id_from_value(value: str) -> str | None:
    value = value.strip()
    if m := _ARXIV_ID.fullmatch(value):
        return m.group(1)
    if m := _ARXIV_DOI.search(value):  # also as a link: https://doi.org/10.48550/arXiv.…
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
    at = _date_key(objs)
    return None if at is None else str(objs[at[0]][at[1]])


def _date_key(objs: list[dict[str, Any]]) -> tuple[int, str] | None:
    """``(object index, key)`` of the item's date (``DATE_KEYS``), or ``None``."""
    for oi, obj in enumerate(objs):
        for key in DATE_KEYS:
            value = obj.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                return oi, key
    return None


def _date_at(
    objs: list[dict[str, Any]], where: tuple[tuple[int, str], ...]
) -> tuple[int, str] | None:
    """``_date_key`` over the date fields a shape has."""
    for at in where:
        value = objs[at[0]][at[1]]
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
            return at
    return None


def _meta(
    item: dict[str, Any],
    objs: list[dict[str, Any]],
    shape: _Shape,
    read: tuple[str | None, str | None, str | None],
    texts: dict[tuple[int, str], str | None],
    id_of: dict[tuple[int, str], str | None],
    date_at: tuple[int, str] | None,
) -> dict[str, object]:
    """The record's fields (``papercorpus.fields.FIELDS``, by their aliases, the item first
    and then its nested objects) and, under ``extra``, every other field of the item
    untouched under its own name: what the record's title, abstract, arXiv id (``read``)
    and date were read from is not repeated there. Dates stay as written (the output
    makes them ISO with the file's help)."""
    meta: dict[str, object] = {}
    used: set[tuple[int, str]] = set()
    for f, names in shape.named:
        found: Any = False
        for oi, key in names:
            raw = objs[oi][key]
            if raw is None:
                continue
            value = coerce(f, raw)
            if value is None:
                if raw in ("", [], {}):
                    used.add((oi, key))  # an empty field: nothing to keep
                continue
            if f.merge == "union":
                used.add((oi, key))
                old = meta.get(f.name)
                meta[f.name] = list(dict.fromkeys([*old, *value])) if old else value  # type: ignore[misc]
            elif f.type == "date":
                # The earliest the row gives (HF API: the paper's date, then the day it
                # was listed); the others stay in extra. Kept as written.
                if found is False or value < found[0]:
                    found = (value, raw, oi, key)
            elif found is False:
                used.add((oi, key))
                meta[f.name] = value
                found = True
        if f.type == "date" and found:
            _, meta[f.name], oi, key = found  # type: ignore[misc]
            used.add((oi, key))
    title, abstract, arxiv_id = read
    doi = meta.get("doi")
    if doi and arxiv_id and id_from_value(str(doi)) == arxiv_id:
        del meta["doi"]  # the arXiv DOI: the arXiv id is already a field of the record
    for oi, key, kind in shape.consumed:
        at = (oi, key)
        if at in used:
            continue
        if kind == 2:  # an id field: consumed when it gave the record's id
            hit = arxiv_id is not None and at in id_of and id_of[at] == arxiv_id
        else:
            text = texts[at] if at in texts else text_value(objs[oi][key])
            hit = text == (title if kind == 0 else abstract)
        if hit:
            used.add(at)
    if date_at is not None:
        used.add(date_at)
    extra = _extra(item, objs, shape, used)
    if extra:
        meta[EXTRA] = extra
    return meta


def _extra(
    item: dict[str, Any], objs: list[dict[str, Any]], shape: _Shape, used: set[tuple[int, str]]
) -> dict[str, Any]:
    """The fields of ``item`` and of its nested objects not in ``used``, under their own
    names (a nested one whose name the item also has is ``"paper.name"``)."""
    nested_at = shape.nested_at
    extra: dict[str, Any] = {}
    later = []
    for (k, v), nk in zip(item.items(), shape.names, strict=True):
        if nk in nested_at and isinstance(v, dict):
            later.append((k, nested_at[nk], v))
        elif v is not None and (0, nk) not in used:
            extra[k] = v
    for name, oi, obj in later:
        for k, v in obj.items():
            if (oi, _norm(k)) not in used and v is not None:
                extra[k if k not in extra else f"{name}.{k}"] = v
    return extra


@lru_cache(maxsize=4096)
def _norm(key: Any) -> Any:
    # Rows of a file share their keys: each name is normalised once.
    return norm_key(key) if isinstance(key, str) else key
