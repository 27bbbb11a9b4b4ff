"""Hostile inputs for the fuzzing of issue 15: generated pages, arXiv listings, JSON, JSONL and
CSV, and mutations of the test fixtures (bit flips, truncation, splicing, nesting, lone
surrogates, huge and empty containers, Python-repr lines, line ends, invalid UTF-8,
compression). Shared by tests/test_fuzz_properties.py and benchmarks/fuzz.py; the
properties every input must keep are in tests/fuzz_checks.py.

Generators take a ``random.Random`` and return ``(suffix, bytes)``.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
import re
from collections.abc import Callable
from pathlib import Path
from random import Random

import orjson
import zstandard

FIXTURES = Path(__file__).parent / "fixtures"
CRASHERS = FIXTURES / "fuzz"

# --------------------------------------------------------------------------- seeds


def seed_files() -> list[Path]:
    """The fixture files mutations start from (saved crashers excluded)."""
    return sorted(
        p
        for p in FIXTURES.rglob("*")
        if p.is_file() and CRASHERS not in p.parents and not p.name.startswith(".")
    )


_SEEDS: dict[str, bytes] = {}


def _seed_bytes() -> dict[str, bytes]:
    if not _SEEDS:
        for p in seed_files():
            _SEEDS[p.name] = p.read_bytes()
    return _SEEDS


# --------------------------------------------------------------------------- text pieces

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "ta",
    "vi",
    "zo",
    "pre",
    "tion",
    "graph",
    "net",
    "learn",
    "model",
    "deep",
    "data",
    "lang",
    "vis",
    "gen",
    "ope",
]
_ODD = [
    "\u00e9",
    "\u0301",
    "\u200b",
    "\u2028",
    "\u2029",
    "\x85",
    "\x0b",
    "\x0c",
    "\x00",
    "\x1b",
    "\ufeff",
    "\U0001f600",
    "\u05d0\u05d1",
    "\u4e2d\u6587",
    "\ufffd",
    "&amp;",
    "<b>",
    "**",
    "](",
    "\\",
    '"',
    "'",
    "\t",
    "\r",
    "\r\n",
    "$x^2$",
    "=SUM(1)",
    "\u00a0",
    "\u3000",
]
_LONE = ["\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d"]  # JSON escapes of lone surrogates


def word(rng: Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))


def text(rng: Random, n_words: int, odd: float = 0.05) -> str:
    out = []
    for _ in range(n_words):
        w = word(rng)
        if rng.random() < odd:
            w = rng.choice([w + rng.choice(_ODD), rng.choice(_ODD) + w, rng.choice(_ODD)])
        out.append(w)
    return " ".join(out)


def title(rng: Random) -> str:
    return text(rng, rng.randint(2, 14)).capitalize()


def abstract(rng: Random) -> str:
    return text(rng, rng.choice([0, 3, 8, 20, 40, 80, 200])) + rng.choice([".", "", "..."])


def arxiv_id(rng: Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(2001, 2612):04d}.{rng.randint(0, 99999):05d}",
            f"cs/{rng.randint(0, 9999999):07d}",
            "2410.05434",
            f"{rng.randint(1000, 9999)}.{rng.randint(1000, 99999)}v{rng.randint(1, 9)}",
        ]
    )


# --------------------------------------------------------------------------- JSON values


def scalar(rng: Random):
    return rng.choice(
        [
            None,
            True,
            False,
            0,
            -1,
            2**63,
            1.5,
            1e308,
            "",
            " ",
            text(rng, 3),
            arxiv_id(rng),
            "https://arxiv.org/abs/" + arxiv_id(rng),
        ]
    )


def paper(rng: Random, depth: int = 0) -> dict:
    """A paper-like object: usually well formed, sometimes with odd types and layouts."""
    obj: dict = {}
    tkey = rng.choice(["title", "Title", "paper_title", "name", "TITLE", "title "])
    akey = rng.choice(["abstract", "summary", "Abstract", "paper_abstract", "ai_summary"])
    obj[tkey] = title(rng) if rng.random() < 0.85 else odd_value(rng, depth)
    if rng.random() < 0.9:
        obj[akey] = abstract(rng) if rng.random() < 0.85 else odd_value(rng, depth)
    for key in rng.sample(
        [
            "id",
            "arxiv_id",
            "url",
            "paper_url",
            "published",
            "upvotes",
            "year",
            "doi",
            "authors",
            "date",
            "scraped_date",
        ],
        rng.randint(0, 4),
    ):
        obj[key] = rng.choice([arxiv_id(rng), scalar(rng), [text(rng, 2)], {"x": 1}])
    if rng.random() < 0.15:
        obj = {rng.choice(["paper", "details"]): obj, "title": rng.choice([obj.get(tkey), None])}
    return obj


def odd_value(rng: Random, depth: int = 0):
    """Anything at all, weighted towards what breaks parsers."""
    r = rng.random()
    if r < 0.15:
        return scalar(rng)
    if r < 0.25:
        return []
    if r < 0.32:
        return {}
    if r < 0.40:
        return [[]] * rng.randint(1, 3)
    if r < 0.50 and depth < 6:
        return [odd_value(rng, depth + 1) for _ in range(rng.randint(1, 4))]
    if r < 0.60 and depth < 6:
        return {word(rng): odd_value(rng, depth + 1) for _ in range(rng.randint(1, 4))}
    if r < 0.70:
        return {"__class__": "tuple", "__value__": [paper(rng, depth + 1)] if depth < 6 else []}
    if r < 0.80 and depth < 6:
        return {"data": [paper(rng, depth + 1) for _ in range(rng.randint(0, 3))]}
    if r < 0.90:
        return [text(rng, 4), title(rng)]
    return paper(rng, depth + 1) if depth < 6 else None


def item(rng: Random):
    r = rng.random()
    if r < 0.6:
        return paper(rng)
    if r < 0.8:
        return odd_value(rng)
    if r < 0.9:
        return {"data": [paper(rng) for _ in range(rng.randint(0, 4))]}
    return {arxiv_id(rng): paper(rng) for _ in range(rng.randint(1, 3))}


def deep(rng: Random) -> str:
    depth = rng.choice([10, 33, 100, 999, 1000, 1025, 5000, 50_000])
    if rng.random() < 0.5:
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


def huge_container(rng: Random) -> str:
    if rng.random() < 0.2:
        return "[" + ",".join([json.dumps(paper(rng))] * rng.choice([100, 2000])) + "]"
    inner = rng.choice(["{}", "[]", "null", "1", '""', '"x"'])
    return "[" + ",".join([inner] * rng.choice([1000, 20_000, 100_000])) + "]"


def with_lone_surrogate(rng: Random, encoded: str) -> str:
    """Put a JSON-escaped lone surrogate inside one string of ``encoded``."""
    quotes = [m.start() for m in re.finditer(r'(?<!\\)"', encoded)]
    if len(quotes) < 2:
        return encoded
    at = rng.choice(quotes[1::2])  # a closing quote
    return encoded[:at] + rng.choice(_LONE) + encoded[at:]


def python_repr(rng: Random, value) -> str:
    out = repr(value)
    if rng.random() < 0.3:
        out = out.replace("'", "'" + rng.choice(["\\ud800", "\\x00", "\\N{BULLET}", ""]), 1)
    return out


def json_value_text(rng: Random) -> str:
    """One JSON (or almost-JSON) value on one line."""
    r = rng.random()
    if r < 0.55:
        return orjson.dumps(item(rng)).decode()
    if r < 0.65:
        return with_lone_surrogate(rng, orjson.dumps(item(rng)).decode())
    if r < 0.72:
        return python_repr(rng, item(rng))
    if r < 0.78:
        return deep(rng)
    if r < 0.81:
        return huge_container(rng)
    if r < 0.88:
        s = orjson.dumps(item(rng)).decode()
        return s[: rng.randint(0, len(s))]  # truncated
    if r < 0.94:
        return rng.choice(
            [
                "[]",
                "[[]]",
                "{}",
                "null",
                '""',
                "0",
                '{"data": [[]]}',
                "[{}]",
                '{"__class__": "tuple", "__value__": []}',
                "NaN",
                "[1,]",
                "{'a': }",
            ]
        )
    return json.dumps(json.dumps(paper(rng)))  # a JSON string holding a JSON object


# --------------------------------------------------------------------------- generators


def gen_jsonl(rng: Random) -> tuple[str, bytes]:
    lines: list[str] = []
    for _ in range(rng.randint(1, 25)):
        r = rng.random()
        if r < 0.08:
            lines.append(rng.choice(["", "   ", "\t"]))
        elif r < 0.18 and lines:
            lines.append(rng.choice(lines))  # an exact duplicate line
        else:
            lines.append(json_value_text(rng))
    end = rng.choice(["\n", "\r\n", ""])
    return ".jsonl", (end or "\n").join(lines).encode("utf-8", "surrogatepass") + end.encode()


def gen_json(rng: Random) -> tuple[str, bytes]:
    items = [item(rng) for _ in range(rng.randint(0, 12))]
    r = rng.random()
    if r < 0.4:
        doc = orjson.dumps(items, option=orjson.OPT_INDENT_2 if rng.random() < 0.5 else 0).decode()
    elif r < 0.55:
        doc = orjson.dumps({rng.choice(["data", "papers", "results"]): items}).decode()
    elif r < 0.65:
        doc = "\n".join(orjson.dumps(i).decode() for i in items)  # concatenated values
    elif r < 0.75:
        doc = "[" + ",\n".join([*(orjson.dumps(i).decode() for i in items), deep(rng)]) + "]"
    elif r < 0.85:
        body = orjson.dumps(items, option=orjson.OPT_INDENT_2).decode()
        doc = body[: rng.randint(0, len(body))]  # a salvage case
    else:
        parts = [json_value_text(rng) for _ in range(rng.randint(1, 6))]
        doc = "[\n" + ",\n".join(parts) + "\n]"
    if rng.random() < 0.2:
        doc = with_lone_surrogate(rng, doc)
    return ".json", doc.encode("utf-8", "surrogatepass")


def gen_csv(rng: Random) -> tuple[str, bytes]:
    delim = rng.choice([",", "\t", ";", "|"])
    cols = rng.sample(
        ["title", "Title", "abstract", "summary", "id", "year", "url", "authors", "notes", "doi"],
        rng.randint(1, 6),
    )
    if not any(c.lower() == "title" for c in cols) and rng.random() < 0.8:
        cols.insert(0, "title")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=rng.choice(["\n", "\r\n"]))
    w.writerow(cols)
    for _ in range(rng.randint(0, 20)):
        row = []
        for c in cols:
            v = (
                title(rng)
                if "itle" in c
                else abstract(rng)
                if c in ("abstract", "summary")
                else text(rng, 2)
            )
            if rng.random() < 0.1:
                v = rng.choice(["", '"', '"unbalanced', "=1+1", "line\nbreak", delim, "\x00"])
            row.append(v)
        if rng.random() < 0.1:
            row = row[: rng.randint(0, len(row))] if rng.random() < 0.5 else row + ["extra"]
        w.writerow(row)
    data = buf.getvalue()
    if rng.random() < 0.15:
        data += '"never closed,' + text(rng, 5) + "\n"
    return ".csv", data.encode("utf-8", "replace")


def _hf_card(rng: Random) -> str:
    aid = arxiv_id(rng)
    t, a = title(rng), abstract(rng)
    layout = rng.random()
    if layout < 0.5:
        url = f"https://huggingface.co/papers/{aid}"
        login = f"https://huggingface.co/login?next=%2Fpapers%2F{aid}"
        return f" [-] {rng.randint(0, 999)}\n\n{login}\n\n{t}\n\n{url}\n\n{a}\n\n{url}\n"
    return f"### [{t}](https://huggingface.co/papers/{aid})\n\n[{a}](https://huggingface.co/papers/{aid})\n"


def gen_pages(rng: Random) -> tuple[str, bytes]:
    """A page dump: fixture pages cut into blocks, shuffled, mixed with generated cards."""
    pages = [
        v.decode("utf-8", "replace")
        for k, v in _seed_bytes().items()
        if k.endswith(".txt") and not k.startswith("u06")
    ]
    blocks: list[str] = []
    for _ in range(rng.randint(1, 3)):
        blocks += rng.choice(pages).split("\n\n")
    blocks = rng.sample(blocks, min(len(blocks), rng.randint(1, 40)))
    for _ in range(rng.randint(0, 6)):
        blocks.insert(rng.randint(0, len(blocks)), _hf_card(rng))
    if rng.random() < 0.2:
        blocks.insert(rng.randint(0, len(blocks)), rng.choice(blocks) if blocks else "")
    text_ = "\n\n".join(blocks)
    return ".txt", text_.encode("utf-8", "replace")


def gen_arxiv(rng: Random) -> tuple[str, bytes]:
    """An arXiv listing: a fixture listing with entries shuffled, cut, repeated or invented."""
    listings = [
        v.decode("utf-8", "replace")
        for k, v in _seed_bytes().items()
        if k.startswith(("row21", "row22", "u06", "u07", "u14"))
    ]
    src = rng.choice(listings)
    entries = re.split(r"(?m)^(?=\[\d+\])", src)
    head, body = entries[0], entries[1:]
    for _ in range(rng.randint(0, 4)):
        n = rng.randint(1, 99)
        body.append(
            f"[{n}] arXiv:{arxiv_id(rng)} [pdf, html, other]\nTitle: {title(rng)}\n"
            f"Authors: {text(rng, 3)}\nSubjects: {text(rng, 2)} (cs.CL)\n\n"
            f"{abstract(rng)}\n\n"
        )
    rng.shuffle(body)
    if body and rng.random() < 0.5:
        body = body[: rng.randint(1, len(body))]
    return ".txt", (head + "".join(body)).encode("utf-8", "replace")


# --------------------------------------------------------------------------- mutations


def _flip(rng: Random, d: bytearray) -> None:
    for _ in range(rng.randint(1, 8)):
        if d:
            i = rng.randrange(len(d))
            d[i] ^= 1 << rng.randrange(8)


def _insert_text(rng: Random, d: bytearray) -> None:
    piece = rng.choice(
        [
            "[]",
            "[[]]",
            "{}",
            "\\ud800",
            "\r",
            "\u2028",
            "\x0b",
            "\x85",
            "\x00",
            "\ufeff",
            '"',
            "{'title': 'x'}",
            deep(rng),
            "\n\n",
            "\t=1+1",
        ]
    )
    i = rng.randint(0, len(d))
    d[i:i] = piece.encode("utf-8", "surrogatepass")


def _delete(rng: Random, d: bytearray) -> None:
    if d:
        i = rng.randrange(len(d))
        del d[i : i + rng.randint(1, 64)]


def _truncate(rng: Random, d: bytearray) -> None:
    del d[rng.randint(0, len(d)) :]


def _duplicate_region(rng: Random, d: bytearray) -> None:
    if d:
        i = rng.randrange(len(d))
        j = min(len(d), i + rng.randint(1, 2000))
        k = rng.randint(0, len(d))
        d[k:k] = d[i:j] * rng.randint(1, 3)


def _splice(rng: Random, d: bytearray) -> None:
    other = rng.choice(list(_seed_bytes().values()))
    i, j = rng.randint(0, len(d)), rng.randint(0, len(other))
    d[i:] = other[j:]


def _repr_line(rng: Random, d: bytearray) -> None:
    lines = d.split(b"\n")
    k = rng.randint(0, len(lines))
    lines.insert(k, python_repr(rng, paper(rng)).encode("utf-8", "surrogatepass"))
    d[:] = b"\n".join(lines)


def _nest(rng: Random, d: bytearray) -> None:
    n = rng.choice([1, 2, 40, 1000])
    d[:] = b"[" * n + d + b"]" * n


def _crlf(rng: Random, d: bytearray) -> None:
    d[:] = d.replace(b"\n", rng.choice([b"\r\n", b"\r", b"\n\n"]))


def _invalid_utf8(rng: Random, d: bytearray) -> None:
    i = rng.randint(0, len(d))
    d[i:i] = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"])


MUTATIONS: list[Callable[[Random, bytearray], None]] = [
    _flip,
    _insert_text,
    _delete,
    _truncate,
    _duplicate_region,
    _splice,
    _repr_line,
    _nest,
    _crlf,
    _invalid_utf8,
]


def compress(rng: Random, data: bytes) -> tuple[str, bytes]:
    kind = rng.choice(["gz", "bz2", "xz", "zst"])
    if kind == "gz":
        return ".gz", gzip.compress(data, mtime=0)
    if kind == "bz2":
        return ".bz2", bz2.compress(data)
    if kind == "xz":
        return ".xz", lzma.compress(data, preset=0)
    return ".zst", zstandard.ZstdCompressor().compress(data)


def gen_mutation(rng: Random) -> tuple[str, bytes]:
    """A fixture (or a generated input) put through a few mutations."""
    if rng.random() < 0.7:
        name, data = rng.choice(sorted(_seed_bytes().items()))
        suffix = "." + name.rsplit(".", 1)[-1]
    else:
        suffix, data = rng.choice([gen_jsonl, gen_json, gen_csv, gen_pages])(rng)
    d = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        rng.choice(MUTATIONS)(rng, d)
    return suffix, bytes(d)


GENERATORS: dict[str, Callable[[Random], tuple[str, bytes]]] = {
    "pages": gen_pages,
    "arxiv": gen_arxiv,
    "json": gen_json,
    "jsonl": gen_jsonl,
    "csv": gen_csv,
    "mutation": gen_mutation,
}


def generate(kind: str, rng: Random) -> tuple[str, bytes]:
    suffix, data = GENERATORS[kind](rng)
    if rng.random() < 0.05:
        extra, data = compress(rng, data)
        suffix += extra
    return suffix, data
