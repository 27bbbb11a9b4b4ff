"""JSON documents: one array or object (or several concatenated values).

Provenance line: the line where the item's ``{`` (or string) starts, found after parsing
by a pass that descends only towards the items and skips everything else with the C
decoder. Should that pass ever miss an item, the line of the document start is used and
``meta["index"]`` holds the item's position in document order.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import orjson

from ...records import Record
from ..base import InputError, Lines, ParseLog
from .walk import JsonPath, Opts, Walker, to_record

__all__ = ["parse_json"]


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
    max_record_bytes: int | None = None,
) -> Iterator[Record]:
    """One JSON document (array, object or wrapper); also several concatenated values.
    An item whose JSON is over ``max_record_bytes`` is an ``R_TOO_LARGE`` reject.

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

    units, dirty = _json_units(text, file, log, line_at)
    opts = Opts(title_field, abstract_field)
    walker = Walker(title_field, max_embedded=max_record_bytes)
    # Only a document longer than the cap can hold an item over it.
    cap = max_record_bytes if max_record_bytes and len(text) > max_record_bytes else None
    index = 0
    for unit in units:
        found = walker.walk(unit.value, unit.base, dirty=dirty)
        offsets = _scan_offsets(text, unit.start, {f.path[len(unit.base) :] for f in found})
        for f in found:
            offset = offsets.get(f.path[len(unit.base) :])
            line = line_at(offset if offset is not None else unit.start)
            if cap is not None and (size := _json_size(f.item)) > cap:
                log.reject("R_TOO_LARGE", file, line,
                           f"item of {size:,} bytes, over the record size cap ({cap:,} bytes; "
                           "--max-record-bytes)")  # fmt: skip
                index += 1
                continue
            record = to_record(f, file, line, log, opts)
            if record is not None:
                if offset is None:
                    record.meta["index"] = index
                yield record
            index += 1
    if index == 0:
        log.warn("W_NO_ITEMS", file, first_line, "JSON document contains no items")


def _json_size(item: Any) -> int:
    try:
        return len(orjson.dumps(item))
    except TypeError:  # a lone surrogate (scrubbed later), or a value JSON cannot hold
        return len(repr(item))


def _join(lines: Lines) -> tuple[int, str]:
    it = iter(lines)
    first = next(it, None)
    if first is None:
        return 1, ""
    # Line numbers are consecutive, so joining with "\n" keeps offsets -> lines exact.
    parts = [first[1]]
    parts.extend(text for _, text in it)
    return first[0], "\n".join(parts)


def _json_units(
    text: str, file: str, log: ParseLog, line_at: Callable[[int], int]
) -> tuple[list[_Unit], bool]:
    """The top-level values of a document, and whether they were decoded by the stdlib
    (which lets lone surrogates through). Besides one valid document this accepts
    concatenated values ("}{", pretty-printed objects in a row, or values orjson refuses
    but the stdlib takes, like NaN or a lone surrogate escape), and salvages the leading
    items of a broken sequence or top-level array."""
    start = len(text) - len(text.lstrip())
    try:
        return [_Unit(orjson.loads(text), start, ())], False
    except orjson.JSONDecodeError as exc:
        error = exc
    units, err_pos, err_msg = _decode_sequence(text, start)
    if err_pos is None and units:
        return ([_Unit(units[0].value, start, ())] if len(units) == 1 else units), True
    if len(units) < 2 and text[start] == "[":
        units, err_pos, err_msg = _salvage_array(text, start)
    if units and err_pos is not None:
        log.reject(
            "R_BAD_JSON", file, line_at(err_pos),
            f"invalid JSON: {err_msg}; the {len(units)} values before it were read, "
            "the rest of the document is skipped",
        )  # fmt: skip
        return units, True
    if err_msg == _TOO_DEEP and err_pos is not None:
        raise InputError(file, f"invalid JSON: {err_msg}", line=line_at(err_pos))
    raise InputError(file, f"invalid JSON: {error.msg}", line=line_at(error.pos))


# The stdlib's decoder recurses: a value nested deeper than the interpreter's recursion
# limit (~1,000) is refused like a syntax error at its start.
_TOO_DEEP = "nesting too deep"


def _decode_sequence(text: str, start: int) -> tuple[list[_Unit], int | None, str]:
    decoder = json.JSONDecoder()
    units: list[_Unit] = []
    pos = start
    while pos < len(text):
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            return units, exc.pos, exc.msg
        except RecursionError:
            return units, pos, _TOO_DEEP
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
        except RecursionError:
            return units, pos, _TOO_DEEP
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


# Matches anywhere (if only the empty string): ``_WS.match`` never returns None, which its
# stub cannot say (hence ``# type: ignore[union-attr]`` where it is used).
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
    with contextlib.suppress(json.JSONDecodeError, IndexError, RecursionError):
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
    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
    index = 0
    while text[pos] != closer:
        if opener == "[":
            child: str | int = index
        else:
            child, pos = _DECODER.raw_decode(text, pos)
            pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]  # past the ":"
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        pos = _visit(text, pos, (*path, child), wanted, prefixes, out)
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if text[pos] == ",":
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        index += 1
    return pos + 1
