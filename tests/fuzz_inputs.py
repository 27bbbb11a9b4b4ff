"""Hostile inputs and the properties every input must keep (issue 15), shared by the suite's
hypothesis tests (tests/test_fuzz_properties.py), the regression test over saved crashers
(tests/test_fuzz_regressions.py) and the long fuzzer (benchmarks/fuzz.py).

Generators take a ``random.Random`` (under hypothesis: ``st.randoms(use_true_random=False)``,
so examples shrink) and return ``(suffix, bytes)``. The properties, for any input:

* never an internal error (anything but ``InputError``/``DataError``), never a hang;
* accounting: parsed = kept + merged, every copy is a source of one output row, every reject
  is counted; for JSONL, every non-blank line is a record line or a reject (once
  ``Summary.check_line_accounting()`` exists, it is called for every format);
* the output is valid (strict UTF-8 JSONL rows with id, title, abstract, sources, arxiv_id)
  and deterministic (a second run gives the same bytes and diagnostics).
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import gzip
import io
import json
import lzma
import os
import re
import signal
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

import orjson
import zstandard

import papercorpus
from papercorpus.api import CleanOptions, DataError

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


# --------------------------------------------------------------------------- properties


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` swallows it."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ``_Timeout`` in this (main) thread after ``seconds``; 0 disables."""
    if not seconds:
        yield
        return

    def on_alarm(signum, frame):
        raise _Timeout

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@dataclass
class Outcome:
    """One in-process ``clean`` of one input."""

    kind: str  # ok | input_error | data_error | internal | timeout
    message: str = ""
    signature: str = ""  # internal errors: "ExcType at file:function"
    summary: papercorpus.Summary | None = None
    output: bytes = b""
    diagnostics: list[str] = field(default_factory=list)


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "papercorpus" in f.filename] or frames
    where = f"{Path(ours[-1].filename).name}:{ours[-1].name}" if ours else "?"
    return f"{type(exc).__name__} at {where}"


def clean_once(path: Path, out: Path, *, timeout: float = 30.0, jobs: int = 1) -> Outcome:
    try:
        with deadline(timeout):
            summary = papercorpus.clean([str(path)], out, CleanOptions(jobs=jobs))
    except papercorpus.InputError as exc:
        return Outcome("input_error", str(exc))
    except DataError as exc:
        return Outcome("data_error", str(exc))
    except _Timeout:
        return Outcome("timeout", f"no result after {timeout:.0f} s", "timeout")
    except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001 - the property
        return Outcome("internal", f"{type(exc).__name__}: {exc}"[:300], _signature(exc))
    return Outcome(
        "ok",
        summary=summary,
        output=out.read_bytes(),
        diagnostics=[str(d) for d in summary.diagnostics],
    )


def decoded_lines(data: bytes) -> list[str] | None:
    """The input's lines as the readers see them (decompressed, UTF-8, split on \\n, \\r\\n
    and \\r), or None when it is not text."""
    with contextlib.suppress(Exception):
        for magic, opener in (
            (b"\x1f\x8b", gzip.decompress),
            (b"BZh", bz2.decompress),
            (b"\xfd7zXZ\x00", lzma.decompress),
            (b"\x28\xb5\x2f\xfd", _unzstd),
        ):
            if data.startswith(magic):
                data = opener(data)
                break
        text_ = data.decode("utf-8")
        return re.split("\r\n|\r|\n", text_.removeprefix("\ufeff"))
    return None


def _unzstd(data: bytes) -> bytes:
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


OUTPUT_KEYS = {"id", "title", "abstract", "sources", "arxiv_id"}
SOURCE_KEYS = {"file", "line", "date", "match"}


def output_problems(data: bytes) -> list[str]:
    """Why ``data`` is not a valid clean JSONL output (empty list: valid)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8: {exc}"]
    problems = []
    for n, line in enumerate(data.split(b"\n"), 1):
        if not line:
            if n != data.count(b"\n") + 1:
                problems.append(f"row {n}: empty line")
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            problems.append(f"row {n}: not JSON: {exc}")
            continue
        if not isinstance(row, dict) or set(row) != OUTPUT_KEYS:
            problems.append(f"row {n}: keys {sorted(row) if isinstance(row, dict) else row}")
            continue
        if not isinstance(row["title"], str) or not row["title"].strip():
            problems.append(f"row {n}: empty title")
        if not isinstance(row["abstract"], str):
            problems.append(f"row {n}: abstract is {type(row['abstract']).__name__}")
        srcs = row["sources"]
        if not isinstance(srcs, list) or not srcs:
            problems.append(f"row {n}: no sources")
        elif not all(isinstance(s, dict) and set(s) == SOURCE_KEYS for s in srcs):
            problems.append(f"row {n}: bad source objects")
    return problems


def id_collisions(data: bytes) -> int:
    """Rows sharing an id with an earlier row. Not counted as invalid: ids are derived from
    the normalised content, and copies that are not merged (e.g. the same generic title with
    no abstract) share one; ``check`` reports them as C_ID_COLLISION."""
    ids = [orjson.loads(line)["id"] for line in data.splitlines() if line.strip()]
    return len(ids) - len(set(ids))


def accounting_problems(outcome: Outcome, data: bytes, display: str) -> list[str]:
    """Nothing lost: counts agree, and (JSONL) every non-blank line is a record or a reject."""
    s = outcome.summary
    assert s is not None
    problems = []
    if s.parsed != s.kept + s.merged_total:
        problems.append(f"parsed {s.parsed} != kept {s.kept} + merged {s.merged_total}")
    rows = [orjson.loads(line) for line in outcome.output.splitlines() if line.strip()]
    if len(rows) != s.kept:
        problems.append(f"{len(rows)} rows != kept {s.kept}")
    if sum(len(r["sources"]) for r in rows) != s.parsed:
        problems.append("sources != parsed")
    rejects = [d for d in s.diagnostics if d.code.startswith("R_")]
    if len(rejects) != s.rejected:
        problems.append(f"{len(rejects)} reject diagnostics != rejected {s.rejected}")
    line_check = getattr(s, "check_line_accounting", None)
    if callable(line_check):
        try:
            line_check()
        except AssertionError as exc:
            problems.append(f"line accounting: {exc}")
    elif set(s.formats) == {"jsonl"}:
        lines = decoded_lines(data) or []
        wanted = {n for n, t in enumerate(lines, 1) if t.strip()}
        have = {src["line"] for r in rows for src in r["sources"] if src["file"] == display}
        have |= {d.line for d in rejects if d.file == display}
        lost = sorted(wanted - have)
        if lost:
            problems.append(f"JSONL lines neither record nor reject: {lost[:10]}")
    return problems


@dataclass
class Verdict:
    outcome: Outcome
    violations: list[tuple[str, str]]  # (category, detail)


def check_properties(path: Path, work: Path, *, timeout: float = 30.0) -> Verdict:
    """Clean ``path`` twice in this process and test every property."""
    data = path.read_bytes()
    first = clean_once(path, work / "out1.jsonl", timeout=timeout)
    found: list[tuple[str, str]] = []
    if first.kind in ("internal", "timeout"):
        return Verdict(first, [(first.kind, f"{first.signature}: {first.message}")])
    second = clean_once(path, work / "out2.jsonl", timeout=timeout)
    if second.kind in ("internal", "timeout"):
        return Verdict(second, [(second.kind, f"{second.signature}: {second.message}")])
    if (first.kind, first.message, first.output, first.diagnostics) != (
        second.kind,
        second.message,
        second.output,
        second.diagnostics,
    ):
        found.append(("nondeterministic", "two runs differ"))
    if first.kind == "ok":
        found += [("invalid_output", p) for p in output_problems(first.output)[:3]]
        if not any(c == "invalid_output" for c, _ in found):
            found += [("accounting", p) for p in accounting_problems(first, data, str(path))]
    return Verdict(first, found)


def write_input(work: Path, suffix: str, data: bytes, stem: str = "input") -> Path:
    path = work / f"{stem}{suffix}"
    path.write_bytes(data)
    return path


def fresh_dir(root: Path, name: str) -> Path:
    d = root / name
    d.mkdir(parents=True, exist_ok=True)
    for p in d.iterdir():
        if p.is_file():
            os.unlink(p)
    return d
