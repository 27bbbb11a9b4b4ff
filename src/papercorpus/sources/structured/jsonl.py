"""JSON Lines: one value per line; the provenance line is the item's line."""

from __future__ import annotations

import json
from collections.abc import Iterator

import orjson

from ...records import Record
from ..base import Lines, ParseLog
from .walk import Opts, Walker, parse_embedded, to_record

__all__ = ["parse_jsonl"]


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
    opts = Opts(title_field, abstract_field)
    walker = Walker(title_field)
    for lineno, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        dirty = False
        try:
            value = orjson.loads(stripped)
        except orjson.JSONDecodeError as exc:
            # A Python repr, or JSON with a lone surrogate escape (orjson refuses those;
            # the stdlib takes them, and ``to_record`` replaces them with a warning).
            value = _fallback(stripped, exc)
            if value is None:
                log.reject("R_BAD_JSON", file, lineno, f"invalid JSON: {_json_error(exc)}")
                continue
            dirty = True
        found = walker.walk(value, dirty=dirty)
        if not found:
            kind = "list" if isinstance(value, list) else "container"
            log.reject("R_BAD_ITEM", file, lineno, f"no item in an empty {kind}")
        for f in found:
            record = to_record(f, file, lineno, log, opts)
            if record is not None:
                yield record


def _fallback(text: str, exc: orjson.JSONDecodeError) -> object | None:
    if text.startswith("{'"):
        return parse_embedded(text)
    if "surrogate" in exc.msg:
        try:
            return json.loads(text)
        except (ValueError, RecursionError):
            return None
    return None


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} (column {exc.colno})"
