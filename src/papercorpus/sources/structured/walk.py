"""The items inside a parsed JSON value, and the record each one becomes.

Containers are unwrapped: ``{"data": [...]}`` and other wrapper objects, nested lists,
id-keyed maps, dedupe.io ``{"__class__", "__value__"}`` tuples and list items that are
strings holding a JSON object or a Python-repr dict (``ast.literal_eval``, never
``eval``). Every item found, paper or not, becomes a record or a reject.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any, Final

import orjson

from ..._mypyc import mypyc_attr
from ...records import Record, Source
from ..base import ParseLog
from ..detect import TITLE_KEYS
from .fields import (
    ABSTRACT_KEYS,
    AI_SUMMARY_KEYS,
    extract,
    get_path,
    id_from_value,
    item_date,
    item_objects,
    normalised,
)

__all__ = ["Found", "JsonPath", "Opts", "Walker", "parse_embedded", "to_record"]

# Where a value sits inside a JSON value: object keys and array indexes.
JsonPath = tuple[str | int, ...]
_MAX_DEPTH: Final = 32


# --------------------------------------------------------------------------- items


@dataclass
class Found:
    """One candidate item and where it sits in its JSON value."""

    item: Any
    path: JsonPath
    date_hint: str | None = None
    id_hint: str | None = None
    objs: list[dict[str, Any]] | None = None  # item_objects(item), when already computed
    # Decoded by a reader that lets lone surrogates through (the stdlib's json, a Python
    # repr): to be scrubbed before it becomes a record. orjson never lets one through.
    dirty: bool = False


@dataclass
class Walker:
    title_field: str | None
    found: list[Found] = field(default_factory=list)
    # Strings longer than this are not parsed as embedded items (a Python repr costs
    # ~300x its size in ``ast.literal_eval``); they stay strings, and so are rejected.
    max_embedded: int | None = None

    def walk(
        self, value: Any, path: JsonPath = (), date: str | None = None, dirty: bool = False
    ) -> list[Found]:
        self.found = []
        self._walk(value, path, 0, date, None)
        if dirty:
            for f in self.found:
                f.dirty = True
        return self.found

    def _walk(self, value: Any, path: JsonPath, depth: int, date: str | None, hint: str | None):
        if depth > _MAX_DEPTH:
            self.found.append(Found(value, path, date, hint))
        elif isinstance(value, list):
            if not value and depth:
                # An empty list where an item belongs: a reject, not nothing (a top-level
                # empty document or line is reported by its parser).
                self.found.append(Found(value, path, date, hint))
            for i, child in enumerate(value):
                self._walk(child, (*path, i), depth + 1, date, None)
        elif isinstance(value, dict):
            self._walk_dict(value, path, depth, date, hint)
        elif (
            isinstance(value, str)
            and (self.max_embedded is None or len(value) <= self.max_embedded)
            and (parsed := parse_embedded(value)) is not None
        ):
            # keep the path of the string: that is where the item starts in the file
            first = len(self.found)
            self._walk(parsed, path, depth + 1, date, hint)
            for f in self.found[first:]:
                f.dirty = True
        else:
            self.found.append(Found(value, path, date, hint))

    def _walk_dict(self, value: dict, path: JsonPath, depth: int, date: str | None, hint):
        if "__value__" in value and "__class__" in value:
            self._walk(value["__value__"], (*path, "__value__"), depth + 1, date, hint)
            return
        objs = item_objects(value)
        wrapped = [] if self._is_paper(value, objs) else _wrapped_keys(value)
        if not wrapped:
            # a paper, or an object we cannot see into: R_NO_TITLE tells the user
            self.found.append(Found(value, path, date, hint, objs))
            return
        date = item_date([normalised(value)]) or date
        for key, child_hint in wrapped:
            self._walk(value[key], (*path, key), depth + 1, date, child_hint)

    def _is_paper(self, value: dict, objs: list[dict[str, Any]]) -> bool:
        if self.title_field:
            return get_path(value, self.title_field) is not None
        if len(objs) > 1:
            return True
        # Paper-only fields; generic ones ("url", "id", "date") also occur on wrappers.
        return any(objs[0].get(k) is not None for k in _PAPER_KEYS)


_PAPER_KEYS: Final = (
    TITLE_KEYS + ABSTRACT_KEYS + AI_SUMMARY_KEYS
    + ("arxiv_id", "authors", "paper_url", "arxiv_page_url", "abs", "pdf_url")
)  # fmt: skip


def _wrapped_keys(value: dict) -> list[tuple[str, str | None]]:
    """Keys of a wrapper object to descend into, with an arXiv-id hint from the key.

    Lists of containers (``{"data": [...]}``, ``{"match": [...], "distinct": [...]}``)
    come first; failing those, an object whose values are all objects is an id-keyed map
    (``{"2410.05434": {...}}``).
    """
    lists: list[tuple[str, str | None]] = [
        (k, None) for k, v in value.items() if isinstance(v, list) and _has_items(v)
    ]
    if lists:
        return lists
    if value and all(isinstance(v, dict) for v in value.values()):
        return [(k, id_from_value(k) if isinstance(k, str) else None) for k in value]
    # An answer's envelope (Crossref: ``{"status": "ok", "message": {"items": [...]}}``):
    # the object that holds the items or the paper, its other values the envelope's own.
    # (Any other object is reported whole: ``package.json`` by its own fields.)
    return [(k, None) for k, v in value.items() if isinstance(v, dict) and _holds_items(v)]


def _holds_items(value: dict) -> bool:
    """A paper itself, or an object with a list of items (one level down)."""
    objs = item_objects(value)
    if len(objs) > 1 or any(objs[0].get(k) is not None for k in _PAPER_KEYS):
        return True
    return any(isinstance(v, list) and _has_items(v) for v in value.values())


def _has_items(values: list) -> bool:
    for v in values:
        if isinstance(v, dict | list):
            return True
        if isinstance(v, str) and v.lstrip().startswith("{"):
            return True
    return False


def parse_embedded(text: str) -> Any:
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


def to_record(found: Found, file: str, line: int, log: ParseLog, opts: Opts) -> Record | None:
    if found.dirty:
        found = _scrubbed(found, file, line, log)
    item = found.item
    if not isinstance(item, dict):
        kind = "null" if item is None else type(item).__name__
        log.reject("R_BAD_ITEM", file, line, f"item is not an object ({kind})")
        return None
    ex = extract(item, opts.title_field, opts.abstract_field, found.objs)
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


# (chr(): mypyc refuses a lone surrogate in a string literal)
_SURROGATE: Final = re.compile(f"[{chr(0xD800)}-{chr(0xDFFF)}]")


def scrub(value: Any, found: set[str] | None = None) -> tuple[Any, bool]:
    """``value`` with what JSON output cannot hold replaced, at any depth, and whether
    there was any (its kinds are added to ``found``): a lone surrogate (in strings and
    keys) becomes U+FFFD, as a surrogate cannot be encoded in UTF-8 (a valid pair never
    reaches here: decoders combine it into one character); an integer past 64 bits, which
    the stdlib decodes and orjson cannot write, becomes its digits as text."""
    if isinstance(value, str):
        if value.isascii() or not _SURROGATE.search(value):
            return value, False
        if found is not None:
            found.add("surrogate")
        return _SURROGATE.sub("\ufffd", value), True
    if isinstance(value, int) and not isinstance(value, bool):
        if _INT_MIN <= value <= _UINT_MAX:
            return value, False
        if found is not None:
            found.add("integer")
        return str(value), True
    if isinstance(value, list | tuple):
        pairs = [scrub(v, found) for v in value]
        if not any(changed for _, changed in pairs):
            return value, False
        return [v for v, _ in pairs], True
    if isinstance(value, dict):
        out, changed = {}, False
        for k, v in value.items():
            k2, ck = scrub(k, found)
            v2, cv = scrub(v, found)
            out[k2] = v2
            changed = changed or ck or cv
        return (out, True) if changed else (value, False)
    return value, False


# what orjson writes
_INT_MIN: Final = -(1 << 63)
_UINT_MAX: Final = (1 << 64) - 1
_SCRUBBED: Final = {
    "surrogate": ("W_SURROGATE", "lone surrogate escape(s) replaced by U+FFFD"),
    "integer": ("W_BIG_INTEGER", "integer(s) past 64 bits kept as text"),
}


def _scrubbed(found: Found, file: str, line: int, log: ParseLog) -> Found:
    kinds: set[str] = set()
    (item, date, hint), changed = scrub((found.item, found.date_hint, found.id_hint), kinds)
    if not changed:
        return found
    for kind in sorted(kinds):
        log.warn(*_SCRUBBED[kind][:1], file, line, _SCRUBBED[kind][1])
    return Found(item, found.path, date, hint)


def _no_title_message(item: dict, title_field: str | None) -> str:
    if title_field:
        return f"item has no field {title_field!r}"
    keys = ", ".join(str(k) for k in list(item)[:8])
    return f"item has no title (fields: {keys or 'none'})"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


@mypyc_attr(native_class=False)  # (public in the module's __all__, like the other options)
@dataclass(frozen=True)
class Opts:
    title_field: str | None
    abstract_field: str | None
