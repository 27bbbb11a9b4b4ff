"""Realistic page captures the parsers were not written against (tests/fixtures/unseen/).

Each fixture combines several domain.md §b variants the way real capture tools produce them
(firecrawl markdown, browser "save as text", reader mode, plain web exports, arXiv listing
text), with real titles and abstracts from the arXiv listings, so the truth is known. Each
is parsed as ``clean`` would (format detection included) and checked for: the exact
(title, abstract) records, the arXiv ids, no chrome in any title or abstract, and the
accounting (every line not chrome is in a record or reported with its line number).

``.expected.json``: ``records`` (title, abstract, arxiv_id), ``context_chrome`` (lines that
are chrome only by their place: a user name after "Submitted by", a bare organisation name,
a search echo, an arXiv listing's subject heading and footer) and ``allowed_codes``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from papercorpus.records import Record
from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.chrome import bare, classify_chrome

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))

CHROME_PHRASES = (
    "Upvote",
    "Submitted by",
    "authors",
    "GitHub",
    "Get trending papers",
    "Subscribe",
    "Published on",
    "arXiv Page",
    "图片",
    "huggingface.co",
    "](",
)
_BARE_NUMBER = re.compile(r"(?:^|\s)[-–]?\d[\d,.]*[kK]?\s*$")
_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?\s*$"
)
# Labels the parsers strip from a content line ("Title: …", "Comments: …", the header
# button glued to the first title of a compact page).
_LABEL = re.compile(r"^(?:(?:Title|Authors?|Comments|Journal-ref|Subjects|DOI)\s*:\s*|Subscribe)")
_ID_LINE = re.compile(r"^(?:\[\d+\]\s*)?arXiv:(\d{4}\.\d{4,5})")


def _ws(s: str) -> str:
    return " ".join(s.split())


def _parse(name: str) -> tuple[list[Record], ParseLog, list[tuple[int, str]], dict]:
    path = FIXTURES / f"{name}.txt"
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    log = ParseLog()
    records = list(iter_records(InputFile(path.name, path), ReadOptions(), log))
    raw = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").split("\n")
    return records, log, list(enumerate(raw, 1)), expected


def test_enough_unseen_fixtures() -> None:
    assert 10 <= len(CASES) <= 15
    for name in CASES:
        assert (FIXTURES / f"{name}.expected.json").exists(), name


@pytest.mark.parametrize("name", CASES)
def test_records_exact(name: str) -> None:
    records, log, _, expected = _parse(name)
    got = [(_ws(r.title), _ws(r.abstract)) for r in records]
    want = [(_ws(e["title"]), _ws(e["abstract"])) for e in expected["records"]]
    assert got == want
    assert [r.arxiv_id for r in records] == [e["arxiv_id"] for e in expected["records"]]
    codes = {d.code for d in log.warnings + log.rejects}
    assert codes <= set(expected["allowed_codes"]), [str(d) for d in log.warnings + log.rejects]


def _fragments(text: str) -> list[str]:
    """Line-like pieces of a field: its sentences and the pieces between markup."""
    parts = re.split(r"(?<=[.!?])\s+|\s{2,}|\s[·|]\s", text)
    return [p.strip() for p in parts if p.strip()]


@pytest.mark.parametrize("name", CASES)
def test_no_chrome_leaks(name: str) -> None:
    records, _, _, expected = _parse(name)
    truth = " ".join(e["title"] + " " + e["abstract"] for e in expected["records"])
    for rec in records:
        for field in (rec.title, rec.abstract):
            for phrase in CHROME_PHRASES:
                assert phrase not in field or phrase in truth, (phrase, field[:80])
            for frag in _fragments(field):
                assert classify_chrome(frag) is None or frag in truth, frag
                assert not _BARE_NUMBER.search(frag) or frag in truth, frag
                assert not _DATE.search(frag) or frag in truth, frag
            for ctx in expected["context_chrome"]:
                assert not field.endswith(" " + ctx) and not field.startswith(ctx + " "), ctx


def _chrome_line(text: str) -> bool:
    s = text.strip()
    return classify_chrome(s) is not None or classify_chrome(bare(s)[0] or s) is not None


def _listing_chrome(s: str) -> bool:
    """arXiv listing-level lines (day headers, section headers, counts, pagination, a
    text browser's reference list)."""
    return bool(
        re.match(
            r"(?:Showing |Total of |New submissions|Cross submissions|Replacement submissions"
            r"|Authors and titles|See today|Skip to main content|\w{3}, \d{1,2} \w{3} \d{4}"
            r"|References$|\d+\. https?://\S+$)",
            re.sub(r"\[\d+\](?=\S)", "", s),
        )
    )


@pytest.mark.parametrize("name", CASES)
def test_every_line_accounted(name: str) -> None:
    records, log, lines, expected = _parse(name)
    texts = []
    for r in records:
        texts += [_ws(r.title), _ws(r.abstract)]
        texts += [_ws(v) for v in r.meta.values() if isinstance(v, str)]
        extra = r.meta.get("extra")  # the labelled notes no field reads
        texts += [_ws(v) for v in (extra or {}).values() if isinstance(v, str)]
    corpus = "\n".join(texts)
    ids = {r.arxiv_id for r in records}
    reported = {d.line for d in log.warnings + log.rejects}
    context = set(expected["context_chrome"])
    missing = []
    for lineno, text in lines:
        s = _ws(text)
        if not s or _chrome_line(text) or _listing_chrome(s) or s in context:
            continue
        m = _ID_LINE.match(s)
        if m is not None and m.group(1) in ids:
            continue  # an entry's id line: the record carries the id
        content = _ws(_LABEL.sub("", bare(s)[0] or s)).rstrip("\\").strip()
        if content and content not in corpus and lineno not in reported:
            missing.append((lineno, s[:60]))
    assert not missing
