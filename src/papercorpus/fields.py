"""The output fields of a paper besides its title and abstract: one table, ``FIELDS``.

Each field has a type, the names it goes by in a source (structured rows: after
``norm_key``; page cards: the parser's ``Record.meta`` keys), how the copies of a paper are
merged into it and one line of documentation (``docs/records.md`` is written from this
table). Per copy, ``copy_fields`` turns a record's ``meta`` into typed values; per output
row, ``merge_fields`` combines the copies, a pure function of them in first-seen order.

Fields a row does not have are absent (never ``null``), so a row shows what its sources
showed. The values live in the spill with their copy, never in per-record memory.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, NamedTuple

from ._mypyc import mypyc_attr
from .dates import FileDates, iso_date

__all__ = [
    "EXTRA",
    "FIELDS",
    "MERGED_ORDER",
    "OUTPUT_ORDER",
    "Copy",
    "Field",
    "coerce",
    "copy_fields",
    "merge_fields",
    "merge_one",
    "turned_name",
]


@mypyc_attr(native_class=False)  # (public: ``dataclasses.fields``, pickling)
@dataclass(frozen=True)
class Field:
    name: str
    type: str  # "str", "int", "date", "list[str]", "object"
    aliases: tuple[str, ...]  # source names, normalised (lowercase, "_" for spaces/dashes)
    merge: str  # a key of MERGE_POLICIES
    doc: str


# Merge policies, as documented in docs/records.md. Copies are in first-seen order.
MERGE_POLICIES: Final = {
    "survivor": "the survivor's value, else the first copy's that has one",
    "most": "the value of the copy listing the most names (ties: survivor, then first)",
    "max": "the largest value any copy shows",
    "earliest": "the earliest date any copy shows",
    "union": "every copy's values united, in input order, each once",
    "latest": "the value of the latest-dated copy that has one (ties: the later copy)",
    "fill": "the survivor's keys, then the keys only other copies have, in input order",
}

FIELDS: Final[tuple[Field, ...]] = (
    Field(
        "ai_summary",
        "str",
        ("ai_summary",),
        "survivor",
        "the AI one-liner a listing shows (Hugging Face `ai_summary`)",
    ),
    Field(
        "authors",
        "list[str]",
        ("authors", "author", "author_names", "creators", "authorships"),
        "most",
        "author names as listed (objects with a `name` give their name; OpenAlex's "
        "authorships and Crossref's `given`/`family` too)",
    ),
    Field(
        "n_authors",
        "int",
        ("n_authors", "num_authors", "author_count"),
        "max",
        "how many authors the listing says (page cards show a count, not names)",
    ),
    Field(
        "org",
        "str",
        ("org", "organization", "organisation"),
        "survivor",
        "the organisation a card shows",
    ),
    Field(
        "published",
        "date",
        (
            "published",
            "published_at",
            "publishedat",
            "submitted",
            "submitted_date",
            "publication_date",
            "publicationdate",
            "date_published",
        ),
        "earliest",
        "publication date, ISO 8601",
    ),
    Field(
        "year",
        "int",
        ("year", "pub_year", "publication_year"),
        "survivor",
        "publication year, when a source gives only that",
    ),
    Field("doi", "str", ("doi",), "survivor", "DOI"),
    Field(
        "categories",
        "list[str]",
        ("categories", "category", "subjects", "primary_category"),
        "union",
        "subject categories (arXiv `cs.CL`...)",
    ),
    Field(
        "urls",
        "list[str]",
        (
            "paper_url",
            "page_url",
            "url",
            "link",
            "arxiv_page_url",
            "arxiv_url",
            "abs",
            "abs_url",
            "html_url",
            "pdf_url",
            "pdf",
            "githubrepo",
            "github_repo",
            "github_links",
            "github",
            "code_url",
            "code",
            "project_page",
            "projectpage",
        ),
        "union",
        "every link: paper page, abstract page, PDF, code",
    ),
    Field("upvotes", "int", ("upvotes", "num_upvotes"), "latest", "upvotes (Hugging Face)"),
    Field(
        "stars",
        "int",
        ("stars", "github_stars", "githubstars"),
        "latest",
        "GitHub stars of the code",
    ),
    Field(
        "comments",
        "int",
        ("comments", "num_comments", "numcomments"),
        "latest",
        "number of comments on the listing",
    ),
)
BY_NAME: Final = {f.name: f for f in FIELDS}
# Source name -> (field's place in the table, the name's place among the field's names).
_ALIASES: Final = {
    a: (i, r) for i, f in reversed(list(enumerate(FIELDS)))
    for r, a in reversed(list(enumerate((f.name, *f.aliases))))
}  # fmt: skip
_FIELD_OF: Final = {a: FIELDS[i].name for a, (i, _) in _ALIASES.items()}
ALIAS_ORDER: Final = _ALIASES  # for readers that look their keys up
# Every field of a structured row that no field above reads, under its own name.
EXTRA: Final = "extra"

# The JSONL key order (CSV column order) of an output row; absent fields are left out.
OUTPUT_ORDER: Final = (
    "id", "title", "abstract", "abstract_status", "ai_summary", "abstract_raw", "authors",
    "n_authors", "org", "published", "year", "first_seen", "last_seen", "doi", "categories",
    "urls", "upvotes", "stars", "comments", EXTRA, "sources", "arxiv_id",
)  # fmt: skip
# Fields every row has (``arxiv_id`` may be null); the others are omitted when absent.
ALWAYS: Final = ("id", "title", "abstract", "sources", "arxiv_id")
MERGED_ORDER: Final = tuple(
    n for n in OUTPUT_ORDER if n in BY_NAME or n in ("first_seen", "last_seen", EXTRA)
)

_MAX_TEXT: Final = 10_000  # a scalar longer than this is not a field value (kept in extra)


def _names(value: Any) -> list[str]:
    """Author-like values: a list of names or of objects with a name, or one string."""
    if isinstance(value, str):
        return _split_names(value)
    if not isinstance(value, list):
        return []
    out = []
    for v in value:
        if isinstance(v, dict):
            v = _name_of(v)
        if isinstance(v, str) and (v := v.strip()):
            out.append(" ".join(v.split()) if "  " in v or "\n" in v or "\t" in v else v)
    # One "name" that is a line of them (arXiv's RSS: one ``<dc:creator>``, feedparser's
    # ``[{"name": "A B, C D"}]``; ``A B and C D``); a surname-first ``Smith, John`` stays one.
    one = out[0] if len(out) == 1 else ""
    if ("," in one or " and " in one) and len(names := _split_names(one)) > 1:
        return names if len(names) > 2 or all(" " in n for n in names) else out
    return out


def _name_of(obj: dict) -> Any:
    """An author object's name: ``name`` (and its spellings), OpenAlex's authorship
    ``{"author": {"display_name": …}}``, Crossref's ``given`` + ``family``."""
    for key in ("name", "fullname", "full_name", "display_name", "raw_author_name"):
        if obj.get(key):
            return obj[key]
    if isinstance(author := obj.get("author"), dict):
        return _name_of(author)
    parts = [obj.get("given"), obj.get("family")]
    return " ".join(p for p in parts if isinstance(p, str) and p.strip()) or None


_SUFFIX: Final = re.compile(r"(?:Jr|Sr)\.?|I{2,3}|IV", re.IGNORECASE)


def turned_name(name: str) -> str:
    """A name written surname first, as reference managers and Dublin Core write it, in
    reading order: ``Zeng, Xianming`` -> ``Xianming Zeng``; ``Smith, John, Jr.`` (RIS) and
    ``Smith, Jr, John`` (BibTeX) -> ``John Smith Jr``-style. Anything else as it is."""
    parts = [p.strip() for p in name.split(",")]
    if not 2 <= len(parts) <= 3 or not all(parts) or any(c.isdigit() for c in name):
        return name
    if len(parts) == 2:
        return f"{parts[1]} {parts[0]}"
    last, second, third = parts
    if _SUFFIX.fullmatch(third):  # Surname, Forenames, Suffix
        return f"{second} {last} {third}"
    return f"{third} {last} {second}"  # Surname, Suffix, Forenames


def _split_names(text: str) -> list[str]:
    """A line of names: ``;``-separated (each ``Surname, Forenames`` turned round), or
    ``,`` with ``and`` before the last."""
    if ";" in text:
        parts = [p for p in text.split(";") if p.strip()]
        # "Zeng, Xianming; Du, Sicong" (a reference manager's CSV): each name turned round
        if all(p.count(",") == 1 and all(h.strip() for h in p.split(",")) for p in parts):
            parts = [turned_name(p) for p in parts]
    else:
        parts = text.split(",")
        last = parts.pop()
        last = last.removeprefix(" and ") if parts and last.startswith(" and ") else last
        parts.extend(last.split(" and "))
    return [p.strip() for p in parts if p.strip()]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [s for s in value.replace(",", " ").split() if s]
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


# arXiv prints a subject as its name and code: "Computation and Language (cs.CL)"; the
# structured rows carry the code alone, so the code is the category either way.
_SUBJECT_CODE: Final = re.compile(r"\(([a-z][a-z\-]*(?:\.[A-Za-z][A-Za-z\-]*)?)\)")


# An arXiv category code ("cs.CV", "hep-ph"): a string of them is split at its spaces.
_CODE: Final = re.compile(r"[a-z][a-z\-]*(?:\.[A-Za-z][A-Za-z\-]*)?")


def _categories(value: Any) -> list[str]:
    if isinstance(value, str):
        if "(" in value and (codes := _SUBJECT_CODE.findall(value)):
            return codes
        if ";" in value:
            return [c for c in (" ".join(v.split()) for v in value.split(";")) if c]
        if "," not in value and not all(_CODE.fullmatch(v) for v in value.split()):
            return [c] if (c := " ".join(value.split())) else []  # "AI Research": one name
    items = _strings(value)
    return [m[1] if "(" in v and (m := _SUBJECT_CODE.search(v)) else v for v in items]


def _int(value: Any) -> int | None:
    n = _any_int(value)
    # A count past 64 bits (a float like 1e308 is_integer) cannot be written by orjson.
    return n if n is None or -(1 << 63) <= n < (1 << 63) else None


def _any_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        s = value.strip().replace(",", "").lower()
        if s.isdigit():
            return int(s)
        # "11.8k" as a page shows a count
        scale = {"k": 1_000, "m": 1_000_000}.get(s[-1:])
        if scale and s[:-1].replace(".", "", 1).isdigit():
            return round(float(s[:-1]) * scale)
    return None


def coerce(f: Field, value: Any, hint: FileDates | None = None) -> Any:
    """``value`` as field ``f`` types it, or ``None`` when it is not such a value."""
    if f.type == "int":
        return _int(value)
    if f.type == "date":
        return iso_date(value, hint)
    if f.type == "list[str]":
        if f.name == "authors":
            return _names(value) or None
        if f.name == "categories":
            return _categories(value) or None
        if f.name == "urls":
            urls = [u for u in _strings(value) if "://" in u or u.startswith("www.")]
            return urls or None
        return _strings(value) or None
    if isinstance(value, str) and 0 < len(value.strip()) <= _MAX_TEXT:
        return " ".join(value.split())
    return None


def copy_fields(meta: dict[str, Any] | None, hint: FileDates | None = None) -> dict[str, Any]:
    """The typed fields of one copy from its record's ``meta`` (canonical names as the
    structured readers write them, or aliases as page parsers do: ``github_stars``,
    ``published`` as ``"Mar 17"``...). Unknown meta keys are parser notes, not fields."""
    if not meta:
        return {}
    out: dict[str, Any] = {}
    unresolved: dict[str, Any] = {}
    for key, f in _copy_plan(tuple(meta)):
        if f.merge != "union" and f.name in out:
            continue  # an earlier alias gave it
        value = meta[key]
        # Under its own name a value is as a structured reader typed it (``coerce``):
        # taken as it is, the output path does not redo a million author lists.
        if not (key == f.name and _typed(f, value)):
            value = coerce(f, value, hint)
        if value is None:
            if f.type == "date" and meta[key]:
                unresolved.setdefault(key, meta[key])  # "Sep 9" in an undated file
        elif f.name in out:
            out[f.name] = _united([out[f.name], value])
        else:
            out[f.name] = value
    extra = meta.get(EXTRA)
    if unresolved and "published" not in out:
        # Kept as written: a date whose year is unknown is never guessed.
        extra = {**unresolved, **(extra if isinstance(extra, dict) else {})}
    if isinstance(extra, dict) and extra:
        out[EXTRA] = extra
    return out


@lru_cache(maxsize=1024)
def _copy_plan(keys: tuple[str, ...]) -> tuple[tuple[str, Field], ...]:
    """The meta keys that name a field, with their field, in table order and alias order
    within a field: the copies of a source share their keys, so this is sorted once."""
    return tuple(
        (key, BY_NAME[_FIELD_OF[key]])
        for _, _, key in sorted(_ALIASES[k] + (k,) for k in keys if k in _ALIASES)
    )


_ONLY_STR: Final = {str}


def _typed(f: Field, value: Any) -> bool:
    if f.type == "list[str]":
        # The set of the items' exact types, built in C: {str} when every item is a str.
        if type(value) is not list or not value or set(map(type, value)) != _ONLY_STR:
            return False
        # "Computation and Language (cs.CL)" items are read to their codes
        return f.name != "categories" or not any("(" in v for v in value)
    if f.type == "int":
        return type(value) is int
    return False


class Copy(NamedTuple):
    """One copy of a paper as the merge sees it: its typed fields and its ISO date (the
    page or listing it was read from), or ``None``."""

    fields: dict[str, Any]
    date: str | None


def _united(lists: Sequence[list[str]]) -> list[str]:
    return list(dict.fromkeys(v for values in lists for v in values))


def merge_fields(copies: Sequence[Copy], survivor: int = 0) -> dict[str, Any]:
    """The merged fields of one output row (``FIELDS`` plus ``first_seen``/``last_seen``
    and ``extra``), in output order, absent ones left out: ``copies`` in first-seen order,
    ``survivor`` the index of the surviving copy among them."""
    if not copies:
        return {}
    if len(copies) == 1:  # most rows: nothing to merge
        return merge_one(*copies[0])
    order = [survivor, *(i for i in range(len(copies)) if i != survivor)]
    merged = {}
    present = {k for c in copies for k in c.fields}
    for f in FIELDS:
        if f.name not in present:
            continue
        having = [i for i in order if f.name in copies[i].fields]
        if not having:
            continue
        values = [copies[i].fields[f.name] for i in having]
        if f.merge == "survivor":
            merged[f.name] = values[0]
        elif f.merge == "most":
            merged[f.name] = max(values, key=len)  # max keeps the first of the longest
        elif f.merge == "max":
            merged[f.name] = max(values)
        elif f.merge == "earliest":
            merged[f.name] = min(values)
        elif f.merge == "union":
            merged[f.name] = _united([copies[i].fields[f.name] for i in sorted(having)])
        elif f.merge == "latest":
            # Undated copies count as the oldest; among equals the later copy wins (the
            # index breaks the tie: ``max`` alone would keep the first).
            latest = max(having, key=lambda i: (copies[i].date or "", i))
            merged[f.name] = copies[latest].fields[f.name]
    dates = [c.date for c in copies if c.date]
    if dates:
        merged["first_seen"], merged["last_seen"] = min(dates), max(dates)
    extra: dict[str, Any] = {}
    for i in order:
        for k, v in copies[i].fields.get(EXTRA, {}).items():
            extra.setdefault(k, v)
    if extra:
        merged[EXTRA] = extra
    return {k: merged[k] for k in MERGED_ORDER if k in merged}


def merge_one(fields: dict[str, Any], date: str | None) -> dict[str, Any]:
    """``merge_fields([Copy(fields, date)])``: the fields of a row of one copy."""
    if date:
        fields = {**fields, "first_seen": date, "last_seen": date}
    return {k: fields[k] for k in MERGED_ORDER if k in fields}


def fields_markdown() -> str:
    """The field table as docs/records.md shows it (a test keeps the two the same)."""
    lines = ["| field | type | read from | merged | what |", "|---|---|---|---|---|"]
    for f in FIELDS:
        names = ", ".join(f"`{a}`" for a in f.aliases)
        lines.append(f"| `{f.name}` | {f.type} | {names} | {f.merge} | {f.doc} |")
    lines.append("")
    lines.append("| policy | how the copies of a paper give the value |")
    lines.append("|---|---|")
    lines.extend(f"| {k} | {v} |" for k, v in MERGE_POLICIES.items())
    return "\n".join(lines) + "\n"
