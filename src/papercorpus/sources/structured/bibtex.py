"""BibTeX files (arXiv's and Google Scholar's exports, reference managers') -> records.

An entry is ``@type{key, name = value, …}`` (or with parentheses); a value is ``{…}`` with
braces nested, ``"…"``, a number or a ``@string`` macro's name, joined by ``#``. Fields are
read by their meaning, then as a JSON item is (``fields``): ``title``, ``abstract``,
``author`` (``A and B``, each ``Surname, Forenames`` turned round), ``eprint`` with
``archivePrefix = {arXiv}`` the arXiv id (``journal = {arXiv preprint arXiv:ID}`` and an
arXiv ``url`` or DOI give it too), ``year``, ``doi``, ``primaryClass`` the category; every
other field is kept under its own name, with the entry's type and key. Braces that only
group (``{NeRF}``, a title's outer pair) are taken off; a TeX command's argument keeps its
(``\\'{e}``). ``@comment``, ``@preamble`` and ``%`` lines are the format's comments; other
text outside entries, and an entry the file's end cuts, are reported with their line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...fields import turned_name
from ...records import Record
from ..base import Lines, ParseLog
from .walk import Found, Opts, to_record

__all__ = ["ENTRY_START", "parse_bibtex"]

ENTRY_START = re.compile(r"\s*@\s*([A-Za-z]+)\s*[{(]")
_FIELD = re.compile(r"\s*([A-Za-z][\w:.+/-]*)\s*=\s*")
_NAME = re.compile(r"[A-Za-z][\w:.+/-]*")
_NUMBER = re.compile(r"\d+")
_COMMAND = re.compile(r"\\(?:[A-Za-z]+|.)\s*$")
_MONTHS = {
    m: str(n)
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_RENAMED = {"author": "authors", "primaryclass": "primary_category", "editor": "editors"}
_AND = re.compile(r"\s+and\s+")


class _Cut(Exception):
    """The entry's text ended before its closing brace."""


def parse_bibtex(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """The entries of one BibTeX file, one record each."""
    opts = Opts(title_field, abstract_field)
    strings: dict[str, str] = {}
    chunk: list[str] = []
    start = 0
    depth, parens = 0, False
    for lineno, text in lines:
        if not chunk:
            if (m := ENTRY_START.match(text)) is None:
                s = text.strip()
                if s and not s.startswith("%"):
                    log.reject("R_UNPARSED", file, lineno, f"outside any BibTeX entry: {s[:80]}")
                continue
            start, depth, parens = lineno, 0, text[m.end() - 1] == "("
        chunk.append(text)
        depth += _balance(text, parens)
        if depth > 0:
            continue
        entry, chunk = "\n".join(chunk), []
        record = _entry(entry, strings, file, start, log, opts)
        if record is not None:
            yield record
    if chunk:
        log.reject("R_BIBTEX_CUT", file, start, "an entry cut off by the end of the file")


def _balance(text: str, parens: bool) -> int:
    """Opening minus closing braces of a line (escaped ones aside); for an entry opened
    with a parenthesis, parentheses too (values' own are not counted otherwise: an
    abstract's "a) … b)" need not balance)."""
    plain = text.replace("\\{", "").replace("\\}", "")
    depth = plain.count("{") - plain.count("}")
    return depth + plain.count("(") - plain.count(")") if parens else depth


def _entry(
    text: str, strings: dict[str, str], file: str, line: int, log: ParseLog, opts: Opts
) -> Record | None:
    m = ENTRY_START.match(text)
    assert m is not None
    kind = m[1].lower()
    if kind in ("comment", "preamble"):
        return None
    try:
        pos = m.end()
        if kind == "string":
            name, value, _ = _assignment(text, pos, strings)
            strings[name.lower()] = value
            return None
        key_end = text.find(",", pos)
        if key_end < 0:
            raise _Cut
        item: dict[str, Any] = {"entry_type": kind, "citation_key": text[pos:key_end].strip()}
        pos = key_end + 1
        while _FIELD.match(text, pos) is not None:
            name, value, pos = _assignment(text, pos, strings)
            _put(item, name, value)
            pos = _skip(text, pos)
    except _Cut:
        log.reject("R_BAD_BIBTEX", file, line, "an entry whose value is not closed")
        return None
    return to_record(Found(_finished(item), ()), file, line, log, opts)


def _assignment(body: str, pos: int, strings: dict[str, str]) -> tuple[str, str, int]:
    f = _FIELD.match(body, pos)
    if f is None:
        raise _Cut
    parts: list[str] = []
    pos = f.end()
    while True:
        value, pos = _value(body, pos, strings)
        parts.append(value)
        pos = _space(body, pos)
        if pos < len(body) and body[pos] == "#":
            pos = _space(body, pos + 1)
            continue
        return f[1].lower(), "".join(parts), pos


def _value(body: str, pos: int, strings: dict[str, str]) -> tuple[str, int]:
    if pos >= len(body):
        raise _Cut
    c = body[pos]
    if c == "{":
        end = _closing(body, pos)
        return body[pos + 1 : end], end + 1
    if c == '"':
        depth, i = 0, pos + 1
        while i < len(body):
            ch = body[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
            elif ch == '"' and depth == 0:
                return body[pos + 1 : i], i + 1
            i += 1
        raise _Cut
    m = _NAME.match(body, pos) or _NUMBER.match(body, pos)
    if m is None:
        raise _Cut
    word = m[0]
    return strings.get(word.lower(), _MONTHS.get(word.lower(), word)), m.end()


def _closing(body: str, pos: int) -> int:
    depth = 0
    for i in range(pos, len(body)):
        ch = body[i]
        if ch == "{" and body[i - 1] != "\\":
            depth += 1
        elif ch == "}" and body[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return i
    raise _Cut


def _space(body: str, pos: int) -> int:
    while pos < len(body) and body[pos].isspace():
        pos += 1
    return pos


def _skip(body: str, pos: int) -> int:
    pos = _space(body, pos)
    return _space(body, pos + 1) if pos < len(body) and body[pos] == "," else pos


def _put(item: dict[str, Any], name: str, raw: str) -> None:
    value = " ".join(_ungrouped(raw).split())
    if name == "author" or name == "editor":
        item[_RENAMED[name]] = [turned_name(a) for a in _split_names(raw)]
        return
    item.setdefault(_RENAMED.get(name, name), value)


def _split_names(raw: str) -> list[str]:
    """``A and B and {Google DeepMind}``: the names, split at ``and`` outside braces."""
    names, depth, last = [], 0, 0
    for m in re.finditer(r"[{}]|\s+and\s+", raw):
        tok = m[0]
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        elif depth == 0:
            names.append(raw[last : m.start()])
            last = m.end()
    names.append(raw[last:])
    return [n for n in (" ".join(_ungrouped(n).split()) for n in names) if n]


def _ungrouped(text: str) -> str:
    """Braces that only group taken off; a command's argument braces kept."""
    out: list[str] = []
    stack: list[bool] = []  # per open brace: kept (a command's argument)
    for ch in re.split(r"(\\[{}]|[{}])", text):
        if ch == "{":
            keep = _COMMAND.search("".join(out[-3:])) is not None
            stack.append(keep)
            if keep:
                out.append(ch)
        elif ch == "}":
            if stack.pop() if stack else False:
                out.append(ch)
        elif ch:
            out.append(ch)
    return "".join(out)


def _finished(item: dict[str, Any]) -> dict[str, Any]:
    """An ``eprint`` of another archive (``archivePrefix = {HAL}``) is no arXiv id; Google
    Scholar names the paper in its journal: ``arXiv preprint arXiv:2503.11742``."""
    prefix = str(item.get("archiveprefix", item.get("eprinttype", "arxiv"))).lower()
    if "eprint" in item and prefix != "arxiv":
        item["eprint_id"] = item.pop("eprint")
    if "eprint" not in item:
        for key in ("journal", "note", "howpublished"):
            if isinstance(v := item.get(key), str) and (m := _CITED.search(v)):
                item["arxiv"] = m[1]
                break
    return item


_CITED = re.compile(r"arXiv:\s?(\d{4}\.\d{4,5})", re.IGNORECASE)
