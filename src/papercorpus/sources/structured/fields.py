"""Parsers for structured inputs: JSON documents, JSON Lines and CSV.

All three share ``extract_fields``, which finds title, abstract and arXiv id in one item
whatever its layout: flat rows, the arXiv listing JSONL (``id``/``title``/``summary``), the
Hugging Face daily-papers API (``{paper: {...}}``), the hf-papers-scrape layout
(``{title, paper_url, details: {title, abstract, arxiv_page_url}, scraped_date}``).
Containers are unwrapped before extraction: ``{"data": [...]}`` and other wrapper objects,
nested lists, id-keyed maps, dedupe.io ``{"__class__", "__value__"}`` tuples and list items
that are strings holding a JSON object or a Python-repr dict (``ast.literal_eval``, never
``eval``).

Provenance line: JSONL - the item's line; CSV - the line where the row starts; JSON
document - the line where the item's ``{`` (or string) starts, found after parsing by a
pass that descends only towards the items and skips everything else with the C decoder.
Should that pass ever miss an item, the line of the document start is used and
``meta["index"]`` holds the item's position in document order.
"""

from __future__ import annotations

import ast
import bisect
import contextlib
import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import orjson

from ...normalize import collapse_ws
from ...records import Record, Source
from ..base import InputError, Lines, ParseLog
from ..detect import CSV_DELIMITERS, TITLE_KEYS, is_title_key, norm_key, sniff_csv_header

# Where a value sits inside a JSON value: object keys and array indexes.
JsonPath = tuple[str | int, ...]

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
_MAX_DEPTH = 32
# A CSV row spanning more physical lines than this probably swallowed an unbalanced quote.
_CSV_LONG_ROW = 100

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
    ex = _extract(item, title_field, abstract_field)
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


def _extract(
    item: Any,
    title_field: str | None,
    abstract_field: str | None,
    objs: list[dict[str, Any]] | None = None,
) -> _Extracted:
    objs = _objects(item) if objs is None else objs
    title = _text(_get_path(item, title_field)) if title_field else _first_text(objs, TITLE_KEYS)
    flags: list[str] = []
    if abstract_field:
        abstract = _text(_get_path(item, abstract_field))
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
        title, abstract, arxiv_id, _meta(objs, arxiv_id), _date(objs), tuple(flags),
        _dedupe_conflicts(conflicts), id_field, junk,
    )  # fmt: skip


def _objects(item: Any) -> list[dict[str, Any]]:
    """The item and its nested ``paper``/``details`` objects, keyed by normalised name."""
    if not isinstance(item, dict):
        return []
    objs = [_normalised(item)]
    for key in NESTED_KEYS:
        nested = objs[0].get(key)
        if isinstance(nested, dict):
            objs.append(_normalised(nested))
    return objs


def _normalised(obj: dict[str, Any]) -> dict[str, Any]:
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
    return _normalised(obj).get(key)


def _get_path(item: Any, dotted: str) -> Any:
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
            if isinstance(value, str) and (arxiv_id := _id_from_value(value)):
                found.append((arxiv_id, key))
    for obj in objs:
        for key in URL_KEYS:
            value = obj.get(key)
            if isinstance(value, str) and (m := _ARXIV_URL.search(value)):
                found.append((m.group(1), key))
    return found


def _id_from_value(value: str) -> str | None:
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


def _date(objs: list[dict[str, Any]]) -> str | None:
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
        if name in ("id", "doi") and arxiv_id and _id_from_value(str(value)) == arxiv_id:
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


# --------------------------------------------------------------------------- items


@dataclass
class _Found:
    """One candidate item and where it sits in its JSON value."""

    item: Any
    path: JsonPath
    date_hint: str | None = None
    id_hint: str | None = None
    objs: list[dict[str, Any]] | None = None  # _objects(item), when already computed


@dataclass
class _Walker:
    title_field: str | None
    found: list[_Found] = field(default_factory=list)

    def walk(self, value: Any, path: JsonPath = (), date: str | None = None) -> list[_Found]:
        self.found = []
        self._walk(value, path, 0, date, None)
        return self.found

    def _walk(self, value: Any, path: JsonPath, depth: int, date: str | None, hint: str | None):
        if depth > _MAX_DEPTH:
            self.found.append(_Found(value, path, date, hint))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                self._walk(child, (*path, i), depth + 1, date, None)
        elif isinstance(value, dict):
            self._walk_dict(value, path, depth, date, hint)
        elif isinstance(value, str) and (parsed := _parse_embedded(value)) is not None:
            # keep the path of the string: that is where the item starts in the file
            self._walk(parsed, path, depth + 1, date, hint)
        else:
            self.found.append(_Found(value, path, date, hint))

    def _walk_dict(self, value: dict, path: JsonPath, depth: int, date: str | None, hint):
        if "__value__" in value and "__class__" in value:
            self._walk(value["__value__"], (*path, "__value__"), depth + 1, date, hint)
            return
        objs = _objects(value)
        wrapped = [] if self._is_paper(value, objs) else _wrapped_keys(value)
        if not wrapped:
            # a paper, or an object we cannot see into: R_NO_TITLE tells the user
            self.found.append(_Found(value, path, date, hint, objs))
            return
        date = _date([_normalised(value)]) or date
        for key, child_hint in wrapped:
            self._walk(value[key], (*path, key), depth + 1, date, child_hint)

    def _is_paper(self, value: dict, objs: list[dict[str, Any]]) -> bool:
        if self.title_field:
            return _get_path(value, self.title_field) is not None
        if len(objs) > 1:
            return True
        # Paper-only fields; generic ones ("url", "id", "date") also occur on wrappers.
        return any(objs[0].get(k) is not None for k in _PAPER_KEYS)


_PAPER_KEYS = (
    TITLE_KEYS + ABSTRACT_KEYS + AI_SUMMARY_KEYS
    + ("arxiv_id", "authors", "paper_url", "arxiv_page_url", "abs", "pdf_url")
)  # fmt: skip


def _wrapped_keys(value: dict) -> list[tuple[str, str | None]]:
    """Keys of a wrapper object to descend into, with an arXiv-id hint from the key.

    Lists of containers (``{"data": [...]}``, ``{"match": [...], "distinct": [...]}``)
    come first; failing those, an object whose values are all objects is an id-keyed map
    (``{"2410.05434": {...}}``).
    """
    lists = [(k, None) for k, v in value.items() if isinstance(v, list) and _has_items(v)]
    if lists:
        return lists
    if value and all(isinstance(v, dict) for v in value.values()):
        return [(k, _id_from_value(k) if isinstance(k, str) else None) for k in value]
    return []


def _has_items(values: list) -> bool:
    for v in values:
        if isinstance(v, dict | list):
            return True
        if isinstance(v, str) and v.lstrip().startswith("{"):
            return True
    return False


def _parse_embedded(text: str) -> Any:
    """A dict/list encoded in a string (JSON or Python repr), else ``None``."""
    s = text.strip()
    if not s.startswith(("{", "[")):
        return None
    try:
        value = orjson.loads(s)
    except orjson.JSONDecodeError:
        try:
            value = ast.literal_eval(s)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return None
    return value if isinstance(value, dict | list) else None


# --------------------------------------------------------------------------- records


def _record(found: _Found, file: str, line: int, log: ParseLog, opts: _Opts) -> Record | None:
    item = found.item
    if not isinstance(item, dict):
        kind = "null" if item is None else type(item).__name__
        log.reject("R_BAD_ITEM", file, line, f"item is not an object ({kind})")
        return None
    ex = _extract(item, opts.title_field, opts.abstract_field, found.objs)
    if ex.title is None:
        log.reject("R_NO_TITLE", file, line, _no_title_message(item, opts.title_field))
        return None
    arxiv_id = ex.arxiv_id or found.id_hint
    for other, key in ex.conflicts:
        log.warn(
            "W_ARXIV_ID_CONFLICT", file, line,
            f"arXiv id {arxiv_id} (from {ex.id_field}) differs from {other} (from {key}); "
            f"kept {arxiv_id}",
        )  # fmt: skip
    flags = list(ex.flags)
    meta = dict(ex.meta)
    abstract = ex.abstract or ""
    if not abstract:
        flags.append("no_abstract")
        log.warn("W_NO_ABSTRACT", file, line, f"no abstract for {_short(ex.title)!r}")
    elif ex.junk:
        flags.append("junk_abstract")
        meta["junk_abstract"] = ex.junk
    source = Source(file, line, ex.date or found.date_hint)
    return Record(ex.title, abstract, source, arxiv_id, tuple(flags), meta)


def _no_title_message(item: dict, title_field: str | None) -> str:
    if title_field:
        return f"item has no field {title_field!r}"
    keys = ", ".join(str(k) for k in list(item)[:8])
    return f"item has no title (fields: {keys or 'none'})"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


@dataclass(frozen=True)
class _Opts:
    title_field: str | None
    abstract_field: str | None


# --------------------------------------------------------------------------- JSONL


def parse_jsonl(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """One JSON value per line (objects, or arrays/wrappers of them; Python-repr dicts
    are accepted too). Bad lines are rejected with ``R_BAD_JSON`` and skipped."""
    opts = _Opts(title_field, abstract_field)
    walker = _Walker(title_field)
    for lineno, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        try:
            value = orjson.loads(stripped)
        except orjson.JSONDecodeError as exc:
            value = _parse_embedded(stripped) if stripped.startswith("{'") else None
            if value is None:
                log.reject("R_BAD_JSON", file, lineno, f"invalid JSON: {_json_error(exc)}")
                continue
        for found in walker.walk(value):
            record = _record(found, file, lineno, log, opts)
            if record is not None:
                yield record


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} (column {exc.colno})"


# --------------------------------------------------------------------------- JSON


class _Unit(NamedTuple):
    """A top-level JSON value: the value, its start offset in the text, its base path."""

    value: Any
    start: int
    base: JsonPath


def parse_json(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """One JSON document (array, object or wrapper); also several concatenated values.

    A document that does not parse raises ``InputError``, unless its leading part is
    usable (items of a top-level array, or whole values of a concatenated sequence):
    those are kept and the rest is rejected as one ``R_BAD_JSON`` with its line.
    """
    first_line, text = _join(lines)
    if not text.strip():
        log.warn("W_NO_ITEMS", file, first_line, "empty JSON document")
        return
    newlines = [m.start() for m in re.finditer("\n", text)]

    def line_at(offset: int) -> int:
        return first_line + bisect.bisect_left(newlines, offset)

    units = _json_units(text, file, log, line_at)
    opts = _Opts(title_field, abstract_field)
    walker = _Walker(title_field)
    index = 0
    for unit in units:
        found = walker.walk(unit.value, unit.base)
        offsets = _scan_offsets(text, unit.start, {f.path[len(unit.base) :] for f in found})
        for f in found:
            offset = offsets.get(f.path[len(unit.base) :])
            record = _record(f, file, line_at(offset if offset is not None else unit.start),
                             log, opts)  # fmt: skip
            if record is not None:
                if offset is None:
                    record.meta["index"] = index
                yield record
            index += 1
    if index == 0:
        log.warn("W_NO_ITEMS", file, first_line, "JSON document contains no items")


def _join(lines: Lines) -> tuple[int, str]:
    it = iter(lines)
    first = next(it, None)
    if first is None:
        return 1, ""
    # Line numbers are consecutive, so joining with "\n" keeps offsets -> lines exact.
    parts = [first[1]]
    parts.extend(text for _, text in it)
    return first[0], "\n".join(parts)


def _json_units(text: str, file: str, log: ParseLog, line_at: Callable[[int], int]) -> list[_Unit]:
    """The top-level values of a document. Besides one valid document this accepts
    concatenated values ("}{", pretty-printed objects in a row, or values orjson refuses
    but the stdlib takes, like NaN), and salvages the leading items of a broken sequence
    or top-level array."""
    start = len(text) - len(text.lstrip())
    try:
        return [_Unit(orjson.loads(text), start, ())]
    except orjson.JSONDecodeError as exc:
        error = exc
    units, err_pos, err_msg = _decode_sequence(text, start)
    if err_pos is None and units:
        return [_Unit(units[0].value, start, ())] if len(units) == 1 else units
    if len(units) < 2 and text[start] == "[":
        units, err_pos, err_msg = _salvage_array(text, start)
    if units and err_pos is not None:
        log.reject(
            "R_BAD_JSON", file, line_at(err_pos),
            f"invalid JSON: {err_msg}; the {len(units)} values before it were read, "
            "the rest of the document is skipped",
        )  # fmt: skip
        return units
    raise InputError(file, f"invalid JSON: {error.msg}", line=line_at(error.pos))


def _decode_sequence(text: str, start: int) -> tuple[list[_Unit], int | None, str]:
    decoder = json.JSONDecoder()
    units: list[_Unit] = []
    pos = start
    while pos < len(text):
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            return units, exc.pos, exc.msg
        units.append(_Unit(value, pos, (len(units),)))
        pos = _skip_ws(text, end)
    return units, None, ""


def _salvage_array(text: str, start: int) -> tuple[list[_Unit], int, str]:
    """Items of a top-level array up to the first error: (units, error offset, message)."""
    decoder = json.JSONDecoder()
    units: list[_Unit] = []
    pos = _skip_ws(text, start + 1)
    while True:
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            return units, exc.pos, exc.msg
        units.append(_Unit(value, pos, (len(units),)))
        pos = _skip_ws(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
            continue
        return units, pos, "expected ',' or ']' after an array item"


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


def _scan_offsets(text: str, start: int, wanted: set[JsonPath]) -> dict[JsonPath, int]:
    """Start offsets of the values at ``wanted`` paths inside the JSON value at ``start``.

    Walks only down the containers that lead to a wanted path; every other value is
    skipped whole with the stdlib's C decoder, several times faster than a Python-level
    token loop. Stops quietly at broken JSON (the salvage case).
    """
    prefixes = {p[:i] for p in wanted for i in range(len(p))}
    out: dict[JsonPath, int] = {}
    # Errors are only reachable past a salvage point: the items before it are recorded.
    with contextlib.suppress(json.JSONDecodeError, IndexError):
        _visit(text, start, (), wanted, prefixes, out)
    return out


def _visit(
    text: str, pos: int, path: JsonPath, wanted: set[JsonPath], prefixes: set[JsonPath], out: dict
) -> int:
    """Record ``pos`` if wanted, descend if needed; return the offset after the value."""
    if path in wanted:
        out[path] = pos
    opener = text[pos]
    if path not in prefixes or opener not in "[{":
        return _DECODER.raw_decode(text, pos)[1]
    closer = "]" if opener == "[" else "}"
    pos = _WS.match(text, pos + 1).end()
    index = 0
    while text[pos] != closer:
        if opener == "[":
            child: str | int = index
        else:
            child, pos = _DECODER.raw_decode(text, pos)
            pos = _WS.match(text, pos).end() + 1  # past the ":"
            pos = _WS.match(text, pos).end()
        pos = _visit(text, pos, (*path, child), wanted, prefixes, out)
        pos = _WS.match(text, pos).end()
        if text[pos] == ",":
            pos = _WS.match(text, pos + 1).end()
        index += 1
    return pos + 1


# --------------------------------------------------------------------------- CSV


def parse_csv(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """CSV/TSV with a header row (delimiter sniffed among ``, TAB ; |``). Quoted fields
    may span lines; the provenance line is the row's first line."""
    it = iter(lines)
    header_line, header_text = next(((n, t) for n, t in it if t.strip()), (0, ""))
    if not header_line:
        log.warn("W_NO_ITEMS", file, 1, "empty CSV file")
        return
    delimiter = sniff_csv_header(header_text) or _guess_delimiter(header_text)
    header = next(csv.reader([header_text], delimiter=delimiter))
    if not title_field and not any(is_title_key(h) for h in header):
        raise InputError(
            file,
            f"CSV header has no title column (looked for {', '.join(TITLE_KEYS)}; "
            "hint: use --title-field)",
            line=header_line,
        )
    yield from _csv_rows(it, header, delimiter, header_line, file, log,
                         _Opts(title_field, abstract_field))  # fmt: skip


def _guess_delimiter(line: str) -> str:
    counts = [(line.count(d), -i, d) for i, d in enumerate(CSV_DELIMITERS)]
    return max(counts)[2]


def _csv_rows(
    it: Iterator[tuple[int, str]],
    header: list[str],
    delimiter: str,
    header_line: int,
    file: str,
    log: ParseLog,
    opts: _Opts,
) -> Iterator[Record]:
    last = [header_line]

    def feed() -> Iterator[str]:
        for lineno, text in it:
            last[0] = lineno
            yield text + "\n"

    reader = csv.reader(feed(), delimiter=delimiter)
    while True:
        row_start = last[0] + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            log.reject("R_BAD_CSV", file, row_start, f"unreadable CSV row: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue  # blank row
        _check_row_shape(row, header, row_start, last[0], file, log)
        item: dict[str, str] = {}
        for name, cell in zip(header, row, strict=False):
            item.setdefault(name, cell)
        record = _record(_Found(item, ()), file, row_start, log, opts)
        if record is not None:
            yield record


def _check_row_shape(
    row: list[str], header: list[str], start: int, end: int, file: str, log: ParseLog
) -> None:
    if len(row) != len(header):
        log.warn("W_CSV_FIELDS", file, start,
                 f"row has {len(row)} fields, header has {len(header)}")  # fmt: skip
    if end - start + 1 > _CSV_LONG_ROW:
        log.warn("W_CSV_LONG_ROW", file, start,
                 f"row spans {end - start + 1} lines (unbalanced quote?)")  # fmt: skip
