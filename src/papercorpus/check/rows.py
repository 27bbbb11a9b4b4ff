"""The row checks: schema and types of one row, and the row as the dedup engine sees it.

``clean`` schema rows need ``id``, ``title``, ``abstract`` and ``sources`` with the types
``clean`` writes; ``any`` rows only need the two texts. The texts themselves are judged by
``text.text_problems``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

import orjson

from ..records import Record
from ..sources import ParseLog
from ..sources.structured.walk import Found, Opts, to_record
from .problems import Problem
from .read import Row
from .text import SURROGATE, text_problems

Schema = Literal["auto", "clean", "any"]

# Fields every row of a clean-written corpus has; "any" JSONL only needs the texts.
CLEAN_FIELDS = ("id", "title", "abstract", "sources")
TEXT_FIELDS = ("title", "abstract")


def schema_of(row: Row, requested: Schema) -> Schema:
    if requested != "auto":
        return requested
    data = row.data or {}
    return "clean" if "id" in data and "sources" in data else "any"


def judge_row(row: Row, schema: Schema, opts: Opts) -> tuple[list[Problem], Record | None]:
    """The problems of one row, and the row as ``clean`` would parse it (``None`` when it
    has no title): the same field detection (``summary``, nested ``details``...) and
    ``--title-field``/``--abstract-field``, the same weak-abstract flags."""
    data = row.data
    assert data is not None
    out: list[Problem] = []

    def add(code: str, message: str, fld: str | None = None) -> None:
        out.append(Problem(code, row.file, row.line, message, field=fld))

    if not row.csv:  # a CSV's columns are checked once, on its header
        for name in missing_fields(data, schema):
            add("C_MISSING_FIELD", f"missing field {name!r}", name)
    wrong = dict(_type_problems(data, schema, row.csv))
    for name, message in wrong.items():
        add("C_WRONG_TYPE", message, name)
    if "title" in wrong:
        return out, None
    log = ParseLog()
    rec = to_record(Found(data, ()), row.file, row.line, log, opts)
    if rec is None:
        title = data.get(opts.title_field or "title")
        if isinstance(title, str):  # there, but blank: clean finds no title in it
            add("C_EMPTY_TITLE", "title is empty", "title")
        elif not row.csv and schema != "clean":  # "clean" rows: reported as missing above
            reason = log.rejects[0].message if log.rejects else "no title"
            add("C_MISSING_FIELD", reason, "title")
        return out, None
    has_abstract = "abstract" not in wrong
    for code, fld, message in text_problems(rec.title, rec.abstract, has_abstract):
        add(code, message, fld)
    if SURROGATE.search(rec.title) or SURROGATE.search(rec.abstract):
        return out, None  # cannot be hashed; reported as C_LONE_SURROGATE
    return out, rec


def missing_fields(data: dict[str, Any], schema: Schema) -> list[str]:
    """The fields a ``clean`` row lacks. Other rows need a title, found as ``clean`` finds
    it (``judge_row``); an absent abstract is an empty one."""
    if schema != "clean":
        return []
    return [name for name in CLEAN_FIELDS if name not in data]


def _type_problems(data: dict[str, Any], schema: Schema, is_csv: bool) -> Iterator[tuple[str, str]]:
    for name in TEXT_FIELDS:
        if name in data and not isinstance(data[name], str):
            yield name, f"{name} is {_type_name(data[name])}, expected a string"
    if schema != "clean":
        return  # other fields of arbitrary JSONL are its own business (ids may be numbers)
    ident = data.get("id")
    if "id" in data and not isinstance(ident, str):
        yield "id", f"id is {_type_name(ident)}, expected a string"
    elif isinstance(ident, str) and not ident.strip():
        yield "id", "id is an empty string"
    arxiv = data.get("arxiv_id")
    if arxiv is not None and not isinstance(arxiv, str):
        yield "arxiv_id", f"arxiv_id is {_type_name(arxiv)}, expected a string or null"
    if "sources" in data:
        msg = _sources_problem(data["sources"], is_csv)
        if msg:
            yield "sources", msg


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    names = {dict: "an object", list: "an array", bool: "a boolean", int: "an integer"}
    return names.get(type(value), f"a {type(value).__name__}")


_CSV_SOURCE = re.compile(r".+:[1-9][0-9]*")


def _sources_problem(sources: object, is_csv: bool) -> str | None:
    """Why ``sources`` is malformed, or ``None``."""
    if is_csv:
        if not isinstance(sources, str) or not sources:
            return "sources is empty, expected file:line;file:line"
        if sources.startswith("["):  # clean writes the JSONL source objects as JSON
            try:
                return _sources_problem(orjson.loads(sources), False)
            except orjson.JSONDecodeError:
                return "sources is not valid JSON"
        bad = next((s for s in sources.split(";") if not _CSV_SOURCE.fullmatch(s)), None)
        return None if bad is None else f"sources entry {bad!r} is not file:line"
    if not isinstance(sources, list):
        return f"sources is {_type_name(sources)}, expected an array"
    if not sources:
        return "sources is empty"
    for i, src in enumerate(sources):
        msg = _source_problem(src)
        if msg:
            return f"sources[{i}] {msg}"
    return None


def _source_problem(src: object) -> str | None:
    if not isinstance(src, dict):
        return f"is {_type_name(src)}, expected an object"
    if not isinstance(src.get("file"), str) or not src["file"]:
        return "has no file name"
    line = src.get("line")
    if not isinstance(line, int) or isinstance(line, bool) or line < 1:
        return f"line is {line!r}, expected a positive integer"
    if src.get("date") is not None and not isinstance(src["date"], str):
        return f"date is {_type_name(src['date'])}, expected a string or null"
    if "match" in src and not isinstance(src["match"], str):
        return f"match is {_type_name(src['match'])}, expected a string"
    return None
