"""Validate a cleaned corpus: ``papercorpus check``.

Reads JSONL or CSV as ``clean`` writes it (or any JSONL with ``title``/``abstract``) and
reports every problem with a stable code and ``file:line``: schema and types, empty or junk
fields, page chrome leaked into the text, encoding damage, duplicates and id collisions.
Duplicates are found by the same engine as ``clean`` (``api.cluster_records``), so a corpus
``clean`` wrote passes and a corpus it would shrink does not.

The codes are a public interface (``--ignore CODE``, CI filters): never rename one; add new
ones and document them in docs/check.md.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, Literal

import orjson

from .api import cluster_records
from .dedup import DedupOptions
from .keys import raw_key
from .normalize import fix_mojibake
from .parallel import default_jobs
from .records import Record, Source
from .sources.chrome import classify_chrome
from .sources.inputs import CODEC_ERRORS, compression_of, decompressor
from .sources.structured import junk_abstract_reason

Schema = Literal["auto", "clean", "any"]

# code -> what it means (one line). The order is the order of docs/check.md.
CODES: dict[str, str] = {
    "C_INVALID_UTF8": "bytes that are not UTF-8",
    "C_BAD_JSON": "a JSONL line that is not valid JSON",
    "C_NOT_OBJECT": "a JSONL line that is valid JSON but not an object",
    "C_BLANK_LINE": "an empty line inside a JSONL file",
    "C_BAD_CSV": "a CSV row that cannot be read or has the wrong number of fields",
    "C_EMPTY_FILE": "a file without any row",
    "C_MISSING_FIELD": "a required field (id, title, abstract, sources) is absent",
    "C_WRONG_TYPE": "a field has the wrong type or shape",
    "C_EMPTY_TITLE": "the title is empty",
    "C_EMPTY_ABSTRACT": "the abstract is empty (or only punctuation)",
    "C_ABSTRACT_IS_TITLE": "the abstract repeats the title",
    "C_ABSTRACT_URL": "the abstract is only a link",
    "C_ABSTRACT_BOT": "the abstract is a bot comment",
    "C_ABSTRACT_SHORT": "the abstract has fewer than 5 words",
    "C_CHROME_FIELD": "the whole field is page chrome (a date, a number, 'Upvote', ...)",
    "C_CHROME_TEXT": "page chrome glued into the text ('Subscribe', 'Get trending papers', ...)",
    "C_MARKDOWN_LINK": "markdown link syntax '[text](url)' leaked into the text",
    "C_MOJIBAKE": "UTF-8 text decoded as cp1252/latin-1 ('PoincarÃ©', 'donâ€™t')",
    "C_CONTROL_CHAR": "a control character (other than tab and newline)",
    "C_LONE_SURROGATE": "a lone UTF-16 surrogate (from a broken \\ud800 JSON escape)",
    "C_REPLACEMENT_CHAR": "U+FFFD, the mark of an earlier lossy decode",
    "C_DUPLICATE": "rows with exactly the same title and abstract (one problem per group)",
    "C_NEAR_DUPLICATE": "rows clean would merge as copies of one paper (one problem per group)",
    "C_ID_COLLISION": "rows sharing an id but holding different papers",
}
DUPLICATE_CODES = frozenset({"C_DUPLICATE", "C_NEAR_DUPLICATE"})

# Fields every row of a clean-written corpus has; "any" JSONL only needs the texts.
CLEAN_FIELDS = ("id", "title", "abstract", "sources")
TEXT_FIELDS = ("title", "abstract")
_SNIPPET = 60
_CSV_FIELD_LIMIT = 1 << 30


class CheckInputError(Exception):
    """A file cannot be read at all; the CLI prints one line and exits 1."""

    def __init__(self, file: str, message: str) -> None:
        self.file = file
        super().__init__(f"{file}: {message}")


@dataclass(frozen=True)
class Problem:
    code: str
    file: str
    line: int
    message: str
    # Every copy of a duplicate group / id collision, in input order.
    lines: tuple[tuple[str, int], ...] = ()
    field: str | None = None
    # Duplicate groups within --max-duplicates are reported but do not fail the check.
    tolerated: bool = False

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "code": self.code,
            "file": self.file,
            "line": self.line,
            "message": self.message,
        }
        if self.field:
            out["field"] = self.field
        if self.lines:
            out["lines"] = [{"file": f, "line": n} for f, n in self.lines]
        if self.tolerated:
            out["tolerated"] = True
        return out

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.code} {self.message}"


@dataclass
class CheckResult:
    files: int = 0
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(p.code for p in self.problems).items()))

    @property
    def failed(self) -> bool:
        return any(not p.tolerated for p in self.problems)

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "rows": self.rows,
            "problems": [p.as_dict() for p in self.problems],
            "counts": self.counts,
        }


# --------------------------------------------------------------------------- text checks

# Chrome glued into a title or abstract. Each pattern is specific enough to stay silent on
# the prose of real abstracts: nav phrases anywhere, counters only at the start or the end.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# (name, needle, pattern): the pattern runs only when the needle (a plain substring test,
# fast) is in the text; a regex alternation anchored at both ends would scan every position.
_CHROME_TEXT: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("Get trending papers", "trending papers", re.compile(r"Get trending papers in your")),
    ("byAK", "research community", re.compile(r"\bby\s*AK and the research community")),
    ("Subscribe", "Subscribe", re.compile(r"^Subscribe(?![a-z])|(?<![A-Za-z])Subscribe\s*$")),
    ("Upvote", "Upvote", re.compile(r"^Upvote(?![a-z])|(?<![A-Za-z])Upvote\s*\d*\s*$")),
    (
        "N authors",
        "author",
        re.compile(r"^[-*·\s]*\d[\d,]* authors?\b|\b\d[\d,]* authors?(?:\s*$|\]\()"),
    ),
    ("Submitted by", "Submitted by", re.compile(r"^Submitted by\b|\bSubmitted by(?:\s+\S+)?\s*$")),
    (
        "GitHub stars",
        "GitHub",
        re.compile(r"\bGitHub\s+\d[\d.,]*k\b|^(?:LINK:\s*)?GitHub\s+\d|\bGitHub\s+\d[\d.,]*k?\s*$"),
    ),
    ("arXiv Page", "arXiv Page", re.compile(r"\[arXiv Page\]|\barXiv Page\s*$")),
    ("Published on", "Published on", re.compile(rf"\bPublished on\s+{_MONTH}\s+\d")),
)
_MD_LINK = re.compile(r"\]\((?:https?://|/)")
_MD_LINK_FULL = re.compile(r"\[([^\[\]]*)\]\(((?:https?://|/)[^()\s]*)\)")
# A lead character of a UTF-8 sequence read as cp1252, then what may be its continuation.
_MOJIBAKE_CANDIDATE = re.compile("[\u00c2-\u00f4][\u0080-\u02ff\u2000-\u2122]{1,3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_JUNK_CODES = {
    "no_text": "C_EMPTY_ABSTRACT",
    "title": "C_ABSTRACT_IS_TITLE",
    "bot": "C_ABSTRACT_BOT",
    "link_only": "C_ABSTRACT_URL",
    "too_short": "C_ABSTRACT_SHORT",
}
_JUNK_MESSAGES = {
    "no_text": "abstract has no words",
    "title": "abstract repeats the title",
    "bot": "abstract is a bot comment",
    "link_only": "abstract is only a link",
    "too_short": "abstract is too short to be one",
}


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…")


def _is_autolink(text: str, url: str) -> bool:
    """``[lacing-lvlm.github.io](https://lacing-lvlm.github.io)``: a URL the renderer
    turned into a link. The text is still all there, so this is not a leak."""

    def bare(s: str) -> str:
        return re.sub(r"^(?:https?://)?(?:www\.)?", "", s.strip().lower()).rstrip("/")

    t = bare(text)
    return bool(t) and t in bare(url)


def markdown_link_leak(text: str) -> str | None:
    """The first markdown link in ``text`` that is not a plain autolink, or ``None``."""
    if "](" not in text or not _MD_LINK.search(text):
        return None
    for m in _MD_LINK_FULL.finditer(text):
        if not _is_autolink(m.group(1), m.group(2)):
            return m.group(0)
    # "](http" without a complete link around it: a wrapper cut in half ("2 authors](...").
    full = {m.end(1) for m in _MD_LINK_FULL.finditer(text)}
    for m in _MD_LINK.finditer(text):
        if m.start() not in full:
            return text[max(0, m.start() - 20) : m.end() + 20]
    return None


def chrome_in_text(text: str) -> str | None:
    """Name of the page chrome glued into ``text``, or ``None``."""
    for name, needle, pattern in _CHROME_TEXT:
        if needle in text and pattern.search(text):
            return name
    return None


def encoding_problems(text: str) -> list[tuple[str, str]]:
    """``(code, message)`` for the encoding damage in ``text``."""
    out: list[tuple[str, str]] = []
    if text.isascii():
        if _CONTROL.search(text):
            out.append(("C_CONTROL_CHAR", _control_message(text)))
        return out
    if _SURROGATE.search(text):
        out.append(("C_LONE_SURROGATE", "contains a lone surrogate"))
        # Nothing below can run on a string that cannot be encoded.
        return out
    if "\ufffd" in text:
        out.append(("C_REPLACEMENT_CHAR", "contains U+FFFD (replacement character)"))
    found = mojibake(text)
    if found is not None:
        out.append(("C_MOJIBAKE", _mojibake_message(text, *found)))
    if _CONTROL.search(text):
        out.append(("C_CONTROL_CHAR", _control_message(text)))
    return out


def _control_message(text: str) -> str:
    m = _CONTROL.search(text)
    assert m is not None
    return f"contains control character U+{ord(m.group()):04X} at offset {m.start()}"


def mojibake(text: str) -> tuple[int, str, str] | None:
    """``(offset, sequence, repair)`` of the first mojibake in ``text``, or ``None``.

    ``fix_mojibake`` decides what repairs cleanly; a repair into Hebrew, Arabic and the other
    scripts of U+0500-U+07FF is not believed: those come from two-byte sequences such as
    "×–" (a times sign and an en dash, written on purpose), not from damaged text.
    """
    for m in _MOJIBAKE_CANDIDATE.finditer(text):
        seq = m.group()
        fixed = fix_mojibake(seq)
        if fixed == seq:
            continue
        new = set(fixed) - set(seq)
        if new and not any("\u0500" <= c <= "\u07ff" for c in new):
            return m.start(), seq, fixed
    return None


def _mojibake_message(text: str, start: int, seq: str, fixed: str) -> str:
    end = start + len(seq)
    before, after = text[max(0, start - 20) : start], text[end : end + 20]
    return f"looks like mojibake: {before + seq + after!r} (should read {before + fixed + after!r})"


def text_problems(
    title: str, abstract: str, check_abstract: bool = True
) -> list[tuple[str, str, str]]:
    """``(code, field, message)`` for the content of one row's title and abstract."""
    out: list[tuple[str, str, str]] = []
    fields = (("title", title), ("abstract", abstract)) if check_abstract else (("title", title),)
    for name, text in fields:
        out.extend((code, name, f"{name} {msg}") for code, msg in encoding_problems(text))
        if _SURROGATE.search(text):
            continue
        out.extend(_field_problems(name, text, title))
    return out


def _field_problems(name: str, text: str, title: str) -> Iterator[tuple[str, str, str]]:
    if not text.strip():
        code = "C_EMPTY_TITLE" if name == "title" else "C_EMPTY_ABSTRACT"
        yield code, name, f"{name} is empty"
        return
    if not any(c.isalnum() for c in text):
        code = "C_EMPTY_TITLE" if name == "title" else "C_EMPTY_ABSTRACT"
        yield code, name, f"{name} has no words: {_snippet(text)}"
        return
    kind = classify_chrome(text)
    if kind is not None:
        if name == "abstract" and kind == "url":
            yield "C_ABSTRACT_URL", name, f"abstract is only a link: {_snippet(text)}"
        else:
            yield "C_CHROME_FIELD", name, f"{name} is page chrome ({kind}): {_snippet(text)}"
        return
    if name == "abstract" and title.strip():
        reason = junk_abstract_reason(title, text)
        if reason is not None:
            yield _JUNK_CODES[reason], name, f"{_JUNK_MESSAGES[reason]}: {_snippet(text)}"
    chrome = chrome_in_text(text)
    if chrome is not None:
        yield "C_CHROME_TEXT", name, f"{name} contains page chrome {chrome!r}: {_snippet(text)}"
    link = markdown_link_leak(text)
    if link is not None:
        yield "C_MARKDOWN_LINK", name, f"{name} contains markdown link syntax: {_snippet(link)}"


# --------------------------------------------------------------------------- reading

_INVALID = re.compile(r"[\udc80-\udcff]")  # what surrogateescape makes of undecodable bytes


@dataclass
class _Row:
    """One data row as read: its place, and the parsed object (or ``None`` if unreadable)."""

    file: str
    line: int
    data: dict[str, Any] | None
    csv: bool = False


def _open(display: str, path: Path | None, stdin: BinaryIO | None) -> BinaryIO:
    try:
        # A file is closed by the caller; stdin is left open.
        raw = open(path, "rb") if path else _buffered(stdin or sys.stdin.buffer)  # noqa: SIM115
        head = raw.peek(8)  # type: ignore[attr-defined]
    except OSError as exc:
        raise CheckInputError(display, (exc.strerror or str(exc)).lower()) from None
    kind = compression_of(head)
    return _buffered(decompressor(kind, raw)) if kind else raw


def _buffered(stream: Any) -> Any:
    # peek() is how the format is sniffed without consuming anything.
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)


def _is_csv(display: str, head: bytes) -> bool:
    name = display.lower()
    for ext in (".gz", ".bz2", ".xz", ".zst"):
        name = name.removesuffix(ext)
    if name.endswith(".csv"):
        return True
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return False
    return not head.lstrip().startswith((b"{", b"["))


def _read_rows(display: str, stream: BinaryIO, problems: list[Problem]) -> Iterator[_Row]:
    head = stream.peek(8192)[:8192]  # type: ignore[attr-defined]
    if b"\x00" in head:
        raise CheckInputError(display, f"binary file (NUL byte at offset {head.index(0)})")
    if _is_csv(display, head):
        yield from _csv_rows(display, stream, problems)
    else:
        yield from _jsonl_rows(display, stream, problems)


def _decode(display: str, raw: bytes, lineno: int, problems: list[Problem]) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        message = f"invalid UTF-8 at byte {exc.start} of the line"
        problems.append(Problem("C_INVALID_UTF8", display, lineno, message))
        return None


def _jsonl_rows(display: str, stream: BinaryIO, problems: list[Problem]) -> Iterator[_Row]:
    for lineno, raw in enumerate(stream, 1):
        raw = raw.rstrip(b"\n").removesuffix(b"\r")
        if lineno == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            problems.append(Problem("C_BLANK_LINE", display, lineno, "blank line"))
            continue
        text = _decode(display, raw, lineno, problems)
        data = None if text is None else _parse_json(display, text, lineno, problems)
        yield _Row(display, lineno, data)


def _parse_json(display: str, text: str, lineno: int, problems: list[Problem]) -> Any:
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        # orjson refuses lone surrogates ("\ud800"); the stdlib keeps them, so they can be
        # reported as the encoding problem they are rather than as broken JSON.
        try:
            value = json.loads(text)
        except (ValueError, RecursionError) as exc:
            msg = str(exc).split(":")[0] if isinstance(exc, ValueError) else "nested too deeply"
            problems.append(Problem("C_BAD_JSON", display, lineno, f"invalid JSON: {msg}"))
            return None
    if not isinstance(value, dict):
        kind = "null" if value is None else type(value).__name__
        problems.append(Problem("C_NOT_OBJECT", display, lineno, f"row is a JSON {kind}"))
        return None
    return value


def _csv_rows(display: str, stream: BinaryIO, problems: list[Problem]) -> Iterator[_Row]:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.reader(text)
    header: list[str] | None = None
    start = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem("C_BAD_CSV", display, start, f"unreadable CSV row: {exc}"))
            start = reader.line_num + 1
            continue
        lineno, start = start, reader.line_num + 1
        if header is None:
            header = [v.removeprefix("\ufeff").strip() for v in values]
            continue
        yield _csv_row(display, lineno, header, values, problems)


def _csv_row(
    display: str, lineno: int, header: list[str], values: list[str], problems: list[Problem]
) -> _Row:
    if any(_INVALID.search(v) for v in values):
        problems.append(Problem("C_INVALID_UTF8", display, lineno, "invalid UTF-8 in this row"))
        return _Row(display, lineno, None, csv=True)
    if len(values) != len(header):
        problems.append(
            Problem(
                "C_BAD_CSV",
                display,
                lineno,
                f"{len(values)} fields, the header has {len(header)}",
            )
        )
        return _Row(display, lineno, None, csv=True)
    return _Row(display, lineno, dict(zip(header, values, strict=True)), csv=True)


# --------------------------------------------------------------------------- row checks


@dataclass
class _Kept:
    """What the corpus-wide checks need of a row (not the text: that goes to the engine)."""

    file: str
    line: int
    id: str | None
    raw: bytes  # hash of the title and abstract as written: equal for exact copies
    title: str


def _schema_of(row: _Row, requested: Schema) -> Schema:
    if requested != "auto":
        return requested
    data = row.data or {}
    return "clean" if "id" in data and "sources" in data else "any"


def _row_problems(row: _Row, schema: Schema) -> list[Problem]:
    data = row.data
    assert data is not None
    out: list[Problem] = []

    def add(code: str, message: str, fld: str | None = None) -> None:
        out.append(Problem(code, row.file, row.line, message, field=fld))

    if not row.csv:  # a CSV's columns are checked once, on its header
        for name in missing_fields(data, schema):
            add("C_MISSING_FIELD", f"missing field {name!r}", name)
    for name, message in _type_problems(data, schema, row.csv):
        add("C_WRONG_TYPE", message, name)
    title, abstract = data.get("title"), data.get("abstract")
    if isinstance(title, str):
        has_abstract = isinstance(abstract, str)
        texts = text_problems(title, abstract if has_abstract else "", has_abstract)
        for code, fld, message in texts:
            add(code, message, fld)
    return out


def missing_fields(data: dict[str, Any], schema: Schema) -> list[str]:
    required = CLEAN_FIELDS if schema == "clean" else TEXT_FIELDS
    return [name for name in required if name not in data]


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


def _to_record(row: _Row) -> Record | None:
    """The row as the dedup engine sees a parsed copy, or ``None`` if it has no usable text."""
    data = row.data
    if data is None:
        return None
    title, abstract = data.get("title"), data.get("abstract")
    if not isinstance(title, str):
        return None
    abstract = abstract if isinstance(abstract, str) else ""
    if _SURROGATE.search(title) or _SURROGATE.search(abstract):
        return None  # cannot be hashed; reported as C_LONE_SURROGATE
    arxiv = data.get("arxiv_id")
    # The same flags the structured parser sets, so weak abstracts are weighed as clean does.
    flags: tuple[str, ...] = ()
    if not abstract.strip():
        flags = ("no_abstract",)
    elif junk_abstract_reason(title, abstract) is not None:
        flags = ("junk_abstract",)
    return Record(
        title,
        abstract,
        Source(row.file, row.line),
        arxiv_id=arxiv if isinstance(arxiv, str) and arxiv else None,
        flags=flags,
    )


# --------------------------------------------------------------------------- corpus checks


def _duplicate_problems(kept: list[_Kept], survivors: list[int]) -> list[Problem]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(survivors):
        groups[s].append(i)
    dups = [members for members in groups.values() if len(members) > 1]
    dups.sort(key=lambda m: m[0])
    out = []
    for members in dups:
        first = kept[members[0]]
        exact = all(kept[m].raw == first.raw for m in members)
        code = "C_DUPLICATE" if exact else "C_NEAR_DUPLICATE"
        what = "copies" if exact else "near-duplicate copies"
        where = ", ".join(f"{kept[m].file}:{kept[m].line}" for m in members)
        out.append(
            Problem(
                code,
                first.file,
                first.line,
                f"{len(members)} {what} of {_snippet(first.title)}: {where}",
                lines=tuple((kept[m].file, kept[m].line) for m in members),
            )
        )
    return out


def _collision_problems(kept: list[_Kept], survivors: list[int]) -> list[Problem]:
    by_id: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(kept):
        if k.id:
            by_id[k.id].append(i)
    out = []
    for ident, members in by_id.items():
        # Copies of one paper sharing an id are a duplicate (reported as such); an id
        # shared by different papers is the problem here.
        if len(members) < 2 or len({survivors[m] for m in members}) < 2:
            continue
        first = kept[members[0]]
        where = ", ".join(f"{kept[m].file}:{kept[m].line}" for m in members)
        out.append(
            Problem(
                "C_ID_COLLISION",
                first.file,
                first.line,
                f"id {ident!r} is shared by {len(members)} rows with different papers: {where}",
                lines=tuple((kept[m].file, kept[m].line) for m in members),
                field="id",
            )
        )
    return out


# --------------------------------------------------------------------------- driver


def check_files(
    paths: Sequence[str],
    *,
    ignore: Iterable[str] = (),
    max_duplicates: int = 0,
    schema: Schema = "auto",
    stdin: BinaryIO | None = None,
    dedup: DedupOptions | None = None,
) -> CheckResult:
    """Check every file (``"-"`` is stdin) and return all problems in file/line order.

    Problems whose code is in ``ignore`` are dropped. Duplicate groups are marked
    ``tolerated`` (reported, but not failing) while there are at most ``max_duplicates``.
    Duplicates are judged with ``dedup`` (e.g. the thresholds ``clean`` ran with).
    Raises ``CheckInputError`` when a file cannot be opened or read at all, and
    ``ValueError`` for an unknown code in ``ignore``.
    """
    ignored = frozenset(ignore)
    unknown = sorted(ignored - CODES.keys())
    if unknown:
        raise ValueError(f"unknown problem code(s): {', '.join(unknown)}")
    state = _State(schema=schema, want_dups=not (DUPLICATE_CODES | {"C_ID_COLLISION"}) <= ignored)
    records = (rec for display in paths for rec in _check_file(display, stdin, state))
    if state.want_dups:
        survivors = cluster_records(records, dedup, jobs=default_jobs())
        state.problems.extend(_duplicate_problems(state.kept, survivors))
        state.problems.extend(_collision_problems(state.kept, survivors))
    else:
        for _ in records:
            pass
    rank = {display: i for i, display in enumerate(dict.fromkeys(paths))}
    problems = [p for p in state.problems if p.code not in ignored]
    # Stable sort: per line, row problems first (in check order), then group problems.
    problems.sort(key=lambda p: (rank.get(p.file, len(rank)), p.line))
    n_groups = sum(p.code in DUPLICATE_CODES for p in problems)
    if 0 < n_groups <= max_duplicates:
        problems = [
            replace(p, tolerated=True) if p.code in DUPLICATE_CODES else p for p in problems
        ]
    return CheckResult(files=len(paths), rows=state.rows, problems=problems)


@dataclass
class _State:
    """What the files contribute to the corpus-wide checks as they are read."""

    schema: Schema
    want_dups: bool
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    kept: list[_Kept] = field(default_factory=list)


def _check_file(display: str, stdin: BinaryIO | None, state: _State) -> Iterator[Record]:
    path = None if display == "-" else Path(display)
    if path is not None and path.is_dir():
        raise CheckInputError(display, "is a directory")
    stream = _open(display, path, stdin)
    n_rows = 0
    file_schema: Schema | None = None
    try:
        for row in _read_rows(display, stream, state.problems):
            n_rows += 1
            if row.data is None:
                continue
            if file_schema is None:
                file_schema = _schema_of(row, state.schema)
                if row.csv:
                    _check_header(row, file_schema, state.problems)
            state.problems.extend(_row_problems(row, file_schema))
            rec = _to_record(row) if state.want_dups else None
            if rec is not None:
                state.kept.append(_kept(row, rec))
                yield rec
    except (OSError, *CODEC_ERRORS) as exc:
        raise CheckInputError(display, f"read error after {n_rows} rows: {exc}") from None
    finally:
        if path is not None:
            stream.close()
    state.rows += n_rows
    if n_rows == 0:
        state.problems.append(Problem("C_EMPTY_FILE", display, 1, "no rows"))


def _check_header(row: _Row, schema: Schema, problems: list[Problem]) -> None:
    assert row.data is not None
    for name in missing_fields(row.data, schema):
        problems.append(
            Problem("C_MISSING_FIELD", row.file, 1, f"no {name!r} column in the header", field=name)
        )


def _kept(row: _Row, rec: Record) -> _Kept:
    assert row.data is not None
    ident = row.data.get("id")
    return _Kept(
        row.file,
        row.line,
        str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else None,
        raw_key(rec),
        rec.title,
    )
