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
        try:
            value = orjson.loads(stripped)
        except orjson.JSONDecodeError as exc:
            value = parse_embedded(stripped) if stripped.startswith("{'") else None
            if value is None:
                log.reject("R_BAD_JSON", file, lineno, f"invalid JSON: {_json_error(exc)}")
                continue
        for found in walker.walk(value):
            record = to_record(found, file, lineno, log, opts)
            if record is not None:
                yield record


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} (column {exc.colno})"
