"""Markdown notes that name a paper in YAML front matter -> one record per file.

Tools that turn arXiv's RSS or a paper list into notes (Obsidian vaults, static sites)
write one file per paper: ``---``, ``title:``, ``url:``, ``authors: [...]``, ``date:``,
``---``, then the abstract (often still opened by arXiv's ``Announce Type`` line) or the
reader's notes. Read as a page, such a file gave no record (its lines as chrome, the body
text without a title). The front matter is read as an item of key/value fields, as a
JSON row is (``fields``); the body gives the abstract when the front matter has none: the
part under an ``Abstract`` heading, else its first paragraph. The rest of the body is kept
under ``extra`` as ``notes``, so no line of the file is lost.

Only the YAML a note's front matter uses is read: ``key: value`` (plain, ``"..."`` or
``'...'``, continued on indented lines), ``[a, b]`` flow lists, ``- item`` block lists,
``|``/``>`` block text and one level of ``key:`` maps. A line that is none of these is a
reject with its line (``R_FRONT_MATTER``), its text not a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import orjson

from ...records import Record
from ..base import Lines, ParseLog
from ..detect import FENCE, norm_key
from .fields import ABSTRACT_KEYS
from .walk import Found, Opts, to_record

__all__ = ["parse_note"]

_KEY = re.compile(r"([A-Za-z_][\w .-]*?)\s*:(?:\s+(.*?))?\s*$")
_ITEM = re.compile(r"\s*-\s+(.*?)\s*$|\s*-$")
_BLOCK = re.compile(r"[|>][+-]?\d*")
_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*#*\s*$")
_NOT_PROSE = ("#", "-", "*", ">", "|", "```", "![", "<")
_NUMBERED = re.compile(r"\d+[.)]\s")
_ABSTRACT_HEAD = re.compile(r"(?:#{1,6}\s*|\*\*)?(?:abstract|摘要)(?:\*\*)?\s*:?\s*$", re.I)


def parse_note(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """The paper one note names (a reject or nothing when it names none)."""
    it = iter(lines)
    head: list[tuple[int, str]] = []
    for lineno, text in it:
        if not head and not text.strip():
            continue
        head.append((lineno, text))
        if len(head) > 1 and text.rstrip() in (FENCE, "..."):
            break
    else:
        log.reject("R_FRONT_MATTER", file, head[0][0] if head else 1, "front matter never closed")
        return
    item, title_line = _front_matter(head[1:-1], file, log)
    body = [(n, t) for n, t in it]
    abstract, rest = _body(body, str(item.get("title", "")))
    if abstract and not any(norm_key(k) in ABSTRACT_KEYS for k in item):
        item["abstract"] = abstract
    elif abstract:
        rest = [abstract, *rest]
    if rest:
        item["notes"] = "\n\n".join(rest)
    record = to_record(Found(item, ()), file, title_line or head[0][0], log,
                       Opts(title_field, abstract_field))  # fmt: skip
    if record is not None:
        yield record


def _front_matter(
    lines: list[tuple[int, str]], file: str, log: ParseLog
) -> tuple[dict[str, Any], int | None]:
    item: dict[str, Any] = {}
    title_line = None
    i = 0
    while i < len(lines):
        lineno, text = lines[i]
        i += 1
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        m = _KEY.fullmatch(text) if not text[0].isspace() else None
        if m is None:
            log.reject("R_FRONT_MATTER", file, lineno, f"not a key: value line: {text.strip()}")
            continue
        key, raw = m[1], m[2] or ""
        more = []  # the indented lines under the key
        while i < len(lines) and (not lines[i][1].strip() or lines[i][1][0].isspace()):
            more.append(lines[i][1])
            i += 1
        while more and not more[-1].strip():
            more.pop()
        if key.lower() == "title":
            title_line = lineno
        item[key] = _value(raw, more)
    return item, title_line


def _value(raw: str, more: list[str]) -> Any:
    if _BLOCK.fullmatch(raw):  # | keeps the lines, > folds them
        lines = [t.strip() for t in more]
        return "\n".join(lines) if raw[0] == "|" else " ".join(t for t in lines if t)
    if not raw and more:
        items = [_ITEM.fullmatch(t) for t in more if t.strip()]
        if all(items):
            return [_scalar(m[1] or "") for m in items if m]
        pairs = [_KEY.fullmatch(t.strip()) for t in more if t.strip()]
        if all(pairs):
            return {p[1]: _scalar(p[2] or "") for p in pairs if p}
        return " ".join(t.strip() for t in more)
    if raw.startswith("[") and raw.endswith("]"):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            return [_scalar(v.strip()) for v in raw[1:-1].split(",") if v.strip()]
    return _scalar(" ".join([raw, *(t.strip() for t in more)]).strip())


def _scalar(text: str) -> Any:
    if len(text) > 1 and text[0] == text[-1] == '"':
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            return text[1:-1]
    if len(text) > 1 and text[0] == text[-1] == "'":
        return text[1:-1].replace("''", "'")
    if text.isdigit():
        return int(text)
    return None if text in ("", "~", "null") else text


def _body(lines: list[tuple[int, str]], title: str) -> tuple[str | None, list[str]]:
    """``(abstract, the other paragraphs)`` of a note's body: the paragraph(s) under an
    ``Abstract`` heading, else the first paragraph that is prose (no heading echoing
    the title, list, quote, table or code)."""
    blocks: list[list[str]] = [[]]
    for _, text in lines:
        if text.strip():
            blocks[-1].append(text.rstrip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    for k, block in enumerate(blocks):
        if _ABSTRACT_HEAD.fullmatch(block[0]):
            under = block[1:] or (blocks[k + 1] if k + 1 < len(blocks) else [])
            taken = [k] if block[1:] else [k, k + 1]
            return _join(under), ["\n".join(b) for j, b in enumerate(blocks) if j not in taken]
    rest: list[str] = []
    for k, block in enumerate(blocks):
        first = block[0].lstrip()
        heading = _HEADING.fullmatch(first)
        if heading and _folded(heading[1]) == _folded(title):
            block = block[1:]
            if not block:
                continue
            first = block[0].lstrip()
        if first.startswith(_NOT_PROSE) or _NUMBERED.match(first):
            rest.append("\n".join(block))
            continue
        return _join(block), rest + ["\n".join(b) for b in blocks[k + 1 :]]
    return None, rest


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _join(block: list[str]) -> str:
    return " ".join(t.strip() for t in block)
