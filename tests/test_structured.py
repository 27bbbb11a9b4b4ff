"""Tests for the JSON / JSONL / CSV parsers and field extraction."""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from papercorpus.records import Record
from papercorpus.sources.base import InputError, ParseLog
from papercorpus.sources.detect import detect_format
from papercorpus.sources.inputs import InputFile, expand_inputs, peek_head, read_lines
from papercorpus.sources.structured import (
    extract_fields,
    junk_abstract_reason,
    parse_csv,
    parse_json,
    parse_jsonl,
)

FIXTURES = Path(__file__).parent / "fixtures" / "structured"
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
PARSERS = {"json": parse_json, "jsonl": parse_jsonl, "csv": parse_csv}


def _parse_text(parser, text: str, name: str = "t", **kw) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    lines = read_lines(InputFile(name, None), io.BytesIO(text.encode()))
    return list(parser(lines, name, log, **kw)), log


def _parse_file(path: Path, **kw) -> tuple[list[Record], ParseLog, str]:
    log = ParseLog()
    inp = InputFile(path.name, path)
    head, lines = peek_head(read_lines(inp))
    fmt = detect_format(head, inp.display)
    return list(PARSERS[fmt](lines, inp.display, log, **kw)), log, fmt


def _codes(diags) -> Counter[str]:
    return Counter(d.code for d in diags)


# --------------------------------------------------------------------------- extract_fields


def test_extract_hf_scrape_item() -> None:
    item = {
        "title": "T", "paper_url": "https://huggingface.co/papers/2511.21631", "stars": "7",
        "details": {"title": "T", "abstract": "A real\n abstract   here, with words.",
                    "arxiv_page_url": "https://arxiv.org/abs/2511.21631v2"},
        "scraped_date": "2025-12-04",
    }  # fmt: skip
    title, abstract, arxiv_id, meta = extract_fields(item)
    assert (title, abstract, arxiv_id) == ("T", "A real abstract here, with words.", "2511.21631")
    assert meta == {
        "urls": ["https://huggingface.co/papers/2511.21631", "https://arxiv.org/abs/2511.21631v2"],
        "stars": 7,
    }


def test_extract_hf_api_item_and_arxiv_row() -> None:
    api = {"paper": {"id": "2410.05434", "title": "P", "summary": "S s s s s.", "upvotes": 101,
                     "publishedAt": "2024-10-07T00:00:00.000Z"}}  # fmt: skip
    assert extract_fields(api) == (
        "P", "S s s s s.", "2410.05434",
        {"published": "2024-10-07T00:00:00.000Z", "upvotes": 101},
    )  # fmt: skip
    row = {"id": "2503.11731", "abs": "https://arxiv.org/abs/2503.11731", "title": "X",
           "summary": "line one\nline two"}  # fmt: skip
    assert extract_fields(row)[:3] == ("X", "line one line two", "2503.11731")


@pytest.mark.parametrize(
    "item, expected",
    [
        ({"title": "t", "arxiv_id": "2410.05434v3"}, "2410.05434"),
        ({"title": "t", "id": "arXiv:2410.05434"}, "2410.05434"),
        ({"title": "t", "doi": "10.48550/arXiv.2410.05434"}, "2410.05434"),
        ({"title": "t", "id": "hep-th/9901001v2"}, "hep-th/9901001"),
        ({"title": "t", "id": "math.GT/0309136"}, "math.GT/0309136"),
        (
            {"title": "t", "url": "https://huggingface.co/login?next=%2Fpapers%2F2410.05434"},
            "2410.05434",
        ),
        ({"title": "t", "link": "https://hf.co/papers/2410.05434"}, "2410.05434"),
        ({"title": "t", "pdf": "https://arxiv.org/pdf/2410.05434v1"}, "2410.05434"),
        ({"title": "t", "id": "10.1.1.99.6904"}, None),  # a CiteSeerX id, not arXiv
        ({"title": "t", "id": 2410.05434}, None),  # numbers lose trailing zeros: not trusted
        ({"title": "t"}, None),
    ],
)
def test_extract_arxiv_id(item: dict, expected: str | None) -> None:
    assert extract_fields(item)[2] == expected


def test_extract_overrides_with_dotted_paths() -> None:
    item = {"name": "Custom", "details": {"abstract": "Nested abstract text here."},
            "abstract": "Top-level abstract that is not wanted."}  # fmt: skip
    got = extract_fields(item, title_field="name", abstract_field="details.abstract")
    assert got[:2] == ("Custom", "Nested abstract text here.")
    assert extract_fields({"a.b": "dotted key"}, title_field="a.b")[0] == "dotted key"
    assert extract_fields(item, title_field="missing")[0] is None


def test_extract_prefers_a_real_abstract_over_junk() -> None:
    real = "The real abstract of the paper, in full sentences."
    item = {"title": "T", "abstract": "https://github.com/x/y", "details": {"abstract": real}}
    assert extract_fields(item)[1] == real
    assert extract_fields({"title": "T", "abstract": "T"})[1] == "T"  # junk kept when alone


def test_extract_case_insensitive_headers() -> None:
    row = {"Paper Title": "A Title", "Abstract": "Some abstract with words.", "Year": "2007"}
    assert extract_fields(row) == ("A Title", "Some abstract with words.", None, {"year": 2007})


@pytest.mark.parametrize(
    "abstract, reason",
    [
        ("Qwen3-VL Technical Report", "title"),
        ("qwen3-vl  technical report.", "title"),
        ("Qwen3-VL Technical Report (ECCV'26)", "title"),
        (
            "This is an automated message from the Librarian Bot . I found the following papers "
            "similar to this paper. The following papers were recommended",
            "bot",
        ),
        (
            "arXivLens breakdown of this paper 👉 https://arxivlens.com/PaperView/Details/x "
            "Executive Summary Detailed Breakdown Practical Applications",
            "bot",
        ),
        ("https://github.com/x/y", "link_only"),
        ("Code: https://github.com/x/y Project page: https://x.github.io/y/", "link_only"),
        ("(https://github.com/x/y)", "link_only"),
        (".", "no_text"),
        ("Make SSL great again.", "too_short"),
        ("We propose a new deterministic symmetric recursive algorithm.", None),
        (
            "Code and models: https://github.com/x/y. We study scaling of large models in depth.",
            None,
        ),
    ],
)
def test_junk_abstract_reason(abstract: str, reason: str | None) -> None:
    assert junk_abstract_reason("Qwen3-VL Technical Report", abstract) == reason


# --------------------------------------------------------------------------- JSON documents


def test_hf_scrape_fixture() -> None:
    records, log, fmt = _parse_file(FIXTURES / "hf_scrape.json")
    assert fmt == "json"
    assert [r.arxiv_id for r in records] == [
        "2511.21631",
        "2608.18580",
        "2608.19880",
        "2512.02834",
        "2605.29157",
    ]
    # the line of each item's opening brace
    assert [r.source.line for r in records] == [2, 19, 36, 49, 62]
    assert [r.source.date for r in records] == [
        "2025-12-04",
        "2026-08-22",
        "2026-08-22",
        "2025-12-05",
        "2026-05-29",
    ]
    assert [r.flags for r in records] == [
        ("junk_abstract",),
        (),
        ("junk_abstract",),
        ("junk_abstract",),
        ("no_abstract",),
    ]
    reasons = [r.meta.get("junk_abstract") for r in records]
    assert reasons == ["title", None, "link_only", "bot", None]
    assert records[1].meta == {
        "authors": ["A. Author", "B. Author"],
        "urls": [
            "https://huggingface.co/papers/2608.18580", "https://arxiv.org/abs/2608.18580v2",
            "https://arxiv.org/pdf/2608.18580", "https://github.com/x/y",
        ],
        "stars": 23,
        "extra": {"metadata": {}, "scraped_at": "2026-08-22T01:14:52.262386"},
    }  # fmt: skip
    assert records[4].abstract == ""
    assert _codes(log.rejects) == {"R_NO_TITLE": 1}
    assert log.rejects[0].line == 75
    assert _codes(log.warnings) == {"W_NO_ABSTRACT": 1, "W_ARXIV_ID_CONFLICT": 1}
    conflict = next(w for w in log.warnings if w.code == "W_ARXIV_ID_CONFLICT")
    assert conflict.line == 62 and "2510.01450" in conflict.message


def test_hf_daily_papers_api_list() -> None:
    records, log, _ = _parse_file(FIXTURES / "hf_api.json")
    assert [(r.title, r.arxiv_id, r.source.line) for r in records] == [
        ("Daily API Paper One", "2410.05434", 1),
        ("Daily API Paper Two", "2410.07777", 2),
    ]
    assert records[0].abstract == "We study things. And then we study more things carefully."
    assert records[0].meta == {
        "ai_summary": "A one-liner.",
        "published": "2024-10-07T00:00:00.000Z",
        "upvotes": 101,
        "comments": 6,
    }
    assert records[0].source.date == "2024-10-07T00:00:00.000Z"
    assert records[1].flags == ("summary",)  # only the AI one-liner was there
    assert not log.rejects


def test_data_wrapper() -> None:
    records, log, _ = _parse_file(FIXTURES / "wrapped.json")
    assert [(r.title, r.arxiv_id, r.source.line, r.source.date) for r in records] == [
        ("Wrapped Paper A", "2603.11111", 5, "2026-03-17"),  # date inherited from the wrapper
        ("Wrapped Paper B", "2603.22222", 6, "2026-03-16"),
    ]
    assert not log.rejects and not log.warnings


def test_list_of_repr_strings() -> None:
    records, log, _ = _parse_file(FIXTURES / "repr_list.json")
    assert [(r.title, r.arxiv_id, r.source.line, r.flags) for r in records] == [
        ("Repr Paper One", "2501.00001", 2, ()),
        ("Repr Paper Two", None, 3, ("no_abstract",)),
    ]
    assert records[1].meta == {"stars": 12}
    assert records[0].meta == {"urls": ["https://huggingface.co/papers/2501.00001"]}
    assert [(d.code, d.line) for d in log.rejects] == [("R_BAD_ITEM", 4)]


def test_repr_strings_are_never_evaluated() -> None:
    text = json.dumps(["{'title': __import__('os').getcwd()}", "{'title': 'Safe'}"])
    records, log = _parse_text(parse_json, text)
    assert [r.title for r in records] == ["Safe"]
    assert _codes(log.rejects) == {"R_BAD_ITEM": 1}


def test_nested_lists_id_maps_and_tuples() -> None:
    doc = {
        "match": [{"__class__": "tuple", "__value__": [{"title": "M1"}, {"title": "M2"}]}],
        "distinct": [[{"title": "D1"}], [{"title": "D2"}]],
    }
    records, _ = _parse_text(parse_json, json.dumps(doc, indent=1))
    assert [r.title for r in records] == ["M1", "M2", "D1", "D2"]
    id_map = {"2410.05434": {"title": "By Id"}, "2410.06666v2": {"title": "By Id Too"}}
    records, _ = _parse_text(parse_json, json.dumps(id_map))
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("By Id", "2410.05434"),
        ("By Id Too", "2410.06666"),
    ]


def test_item_lines_with_tricky_strings() -> None:
    text = (
        '[\n'
        '  {"title": "Brackets ] } [ { and \\"quotes\\"", "x": {"y": [1, 2]}},\n'
        '\n'
        '  {"ti\\u0074le": "Escaped key", "abstract": null},\n'
        '  42,\n'
        '  {"title": "Last"}\n'
        ']'
    )  # fmt: skip
    records, log = _parse_text(parse_json, text)
    assert [(r.title, r.source.line) for r in records] == [
        ('Brackets ] } [ { and "quotes"', 2),
        ("Escaped key", 4),
        ("Last", 6),
    ]
    assert [(d.code, d.line) for d in log.rejects] == [("R_BAD_ITEM", 5)]


def test_concatenated_objects() -> None:
    text = '{"title": "One"}\n{\n  "title": "Two"\n}{"title": "Three"}'
    records, log = _parse_text(parse_json, text)
    assert [(r.title, r.source.line) for r in records] == [("One", 1), ("Two", 2), ("Three", 4)]


def test_truncated_array_keeps_leading_items() -> None:
    text = '[\n  {"title": "Kept"},\n  {"title": "Also kept"},\n  {"title": "Cut off'
    records, log = _parse_text(parse_json, text)
    assert [r.title for r in records] == ["Kept", "Also kept"]
    assert [(d.code, d.line) for d in log.rejects] == [("R_BAD_JSON", 4)]


def test_invalid_json_document_raises_with_line() -> None:
    with pytest.raises(InputError, match="invalid JSON") as err:
        _parse_text(parse_json, '{\n  "title": "x",\n  oops\n}', name="bad.json")
    assert err.value.file == "bad.json" and err.value.line == 3


@pytest.mark.parametrize("text", ["", "[]", "{}", '"just a string"', "null"])
def test_documents_without_items(text: str) -> None:
    records, log = _parse_text(parse_json, text)
    assert records == []
    if text in ("", "[]"):
        assert _codes(log.warnings) == {"W_NO_ITEMS": 1}
    else:  # one value that is not a paper: counted as a reject
        assert len(log.rejects) == 1


# --------------------------------------------------------------------------- JSONL


def test_arxiv_jsonl_fixture() -> None:
    records, log, fmt = _parse_file(FIXTURES / "arxiv.jsonl")
    assert fmt == "jsonl"
    assert [(r.arxiv_id, r.title, r.source.line) for r in records] == [
        ("2503.11731", "Industrial-Grade Sensor Simulation via Gaussian Splatting", 1),
        ("2503.11733", "Second Valid Row", 4),
    ]
    assert records[0].abstract.startswith("Sensor simulation is pivotal for scalable validation "
                                          "of autonomous driving systems, yet")  # fmt: skip
    assert "\n" not in records[0].abstract
    assert records[0].source.date is None
    assert records[0].meta == {
        "authors": ["X Zeng"],
        "categories": ["cs.CV"],
        "urls": ["https://arxiv.org/abs/2503.11731", "https://arxiv.org/pdf/2503.11731"],
    }
    assert records[1].meta["extra"] == {"comment": "Accepted WACV 2025"}
    assert [(d.code, d.line) for d in log.rejects] == [("R_BAD_JSON", 3), ("R_NO_TITLE", 5)]


def test_jsonl_variants() -> None:
    text = "\n".join([
        "{'title': 'Python repr line', 'abstract': None}",
        '[{"title": "Array A"}, {"title": "Array B"}]',
        '{"data": [{"title": "Wrapped"}]}',
        "   ",
        "[",
        '"a string"',
    ])  # fmt: skip
    records, log = _parse_text(parse_jsonl, text)
    assert [(r.title, r.source.line) for r in records] == [
        ("Python repr line", 1),
        ("Array A", 2),
        ("Array B", 2),
        ("Wrapped", 3),
    ]
    assert [(d.code, d.line) for d in log.rejects] == [("R_BAD_JSON", 5), ("R_BAD_ITEM", 6)]
    assert _codes(log.warnings) == {"W_NO_ABSTRACT": 4}


def test_jsonl_gzip_with_crlf_and_bom(tmp_path: Path) -> None:
    raw = '\ufeff{"title": "A", "summary": "x y z w v."}\r\n{"title": "B"}\r\n'.encode()
    p = tmp_path / "rows.jsonl.gz"
    p.write_bytes(gzip.compress(raw))
    records, _, fmt = _parse_file(p)
    assert fmt == "jsonl"
    assert [(r.title, r.source.line) for r in records] == [("A", 1), ("B", 2)]


# --------------------------------------------------------------------------- CSV


def test_csv_fixture() -> None:
    records, log, fmt = _parse_file(FIXTURES / "papers.csv")
    assert fmt == "csv"
    assert [(r.title, r.source.line) for r in records] == [
        ("First CSV Paper", 2),
        ("Second CSV Paper", 3),
        ("Third CSV Paper", 5),
        ("Ragged Row", 7),
    ]
    assert records[0].abstract == 'An abstract with a comma, and "quotes" in it, long enough.'
    assert records[1].abstract == "An abstract that spans two lines inside quotes, as CSV allows."
    assert records[0].meta == {"year": 2007, "extra": {"id": "10.1.1.1"}}
    assert records[2].flags == ("no_abstract",)
    assert [(d.code, d.line) for d in log.rejects] == [("R_NO_TITLE", 6)]
    assert _codes(log.warnings) == {"W_NO_ABSTRACT": 1, "W_CSV_FIELDS": 1}


def test_tsv_and_title_override() -> None:
    records, _ = _parse_text(parse_csv, "Title\tAbstract\nT1\tSome abstract text here.\n")
    assert [(r.title, r.abstract) for r in records] == [("T1", "Some abstract text here.")]
    records, _ = _parse_text(parse_csv, "name,text\nN1,Body text\n", title_field="name",
                             abstract_field="text")  # fmt: skip
    assert [(r.title, r.abstract) for r in records] == [("N1", "Body text")]


def test_csv_without_title_column_raises() -> None:
    with pytest.raises(InputError, match="no title column") as err:
        _parse_text(parse_csv, "\nid,name\n1,x\n", name="g.csv")
    assert err.value.line == 2


def test_csv_unbalanced_quote_is_reported() -> None:
    body = "\n".join(f"line {i}" for i in range(150))
    text = f'title,abstract\nT1,"never closed\n{body}\n'
    records, log = _parse_text(parse_csv, text)
    assert [r.title for r in records] == ["T1"]
    assert [(d.code, d.line) for d in log.warnings] == [("W_CSV_LONG_ROW", 2)]


def test_empty_csv() -> None:
    records, log = _parse_text(parse_csv, "")
    assert records == [] and _codes(log.warnings) == {"W_NO_ITEMS": 1}


def test_parsing_is_deterministic() -> None:
    first, _, _ = _parse_file(FIXTURES / "hf_scrape.json")
    second, _, _ = _parse_file(FIXTURES / "hf_scrape.json")
    assert first == second


# --------------------------------------------------------------------------- real data


def _items_in(path: Path) -> int:
    with open(path, encoding="utf-8") as fh:
        doc = json.load(fh)
    return len(doc) if isinstance(doc, list) else 1


@pytest.mark.skipif(not (DATA / "hf-papers-scrape").is_dir(), reason="real data not available")
def test_real_hf_papers_scrape() -> None:
    root = DATA / "hf-papers-scrape"
    log = ParseLog()
    records: list[Record] = []
    files = expand_inputs([str(root)])
    for inp in files:
        head, lines = peek_head(read_lines(inp))
        assert detect_format(head, inp.display) == "json"
        records.extend(parse_json(lines, inp.display, log))
    expected = sum(_items_in(f.path) for f in files if f.path)
    assert len(records) + len(log.rejects) == expected
    assert all(r.arxiv_id for r in records)
    assert all(r.source.line >= 1 for r in records)
    flags = Counter(f for r in records for f in r.flags)
    assert flags["junk_abstract"] > 1000 and flags["no_abstract"] > 500


@pytest.mark.skipif(not (DATA / "arxiv-listings").is_dir(), reason="real data not available")
def test_real_arxiv_listing_day() -> None:
    path = DATA / "arxiv-listings" / "2025-03-18.jsonl.gz"
    if not path.exists():
        pytest.skip("listing file not available")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    records, log, fmt = _parse_file(path)
    assert fmt == "jsonl"
    assert len(records) + len(log.rejects) == len(rows)
    assert [r.arxiv_id for r in records] == [row["id"] for row in rows]
    assert [r.source.line for r in records] == list(range(1, len(rows) + 1))
    assert all("\n" not in r.abstract for r in records)


# --------------------------------------------------------------------------- speed paths


@pytest.mark.parametrize(
    "text",
    ["", " ", "a", "a b", "a\nb", "a\n b", "a \nb", "\na", "a\n", "a  b", "a\tb", "a\rb",
     "a\x0bb", "a\x0cb", "a\x1cb", "a\x1fb", "a\x01b", "caf\u00e9\nau lait", "a\u00a0b",
     "a\u200bb", "line one\nline two\nline three", "x" * 300 + "\n" + "y" * 10],
)  # fmt: skip
def test_collapsed_is_collapse_ws(text):
    from papercorpus.normalize import collapse_ws
    from papercorpus.sources.structured.field_text import collapsed

    long = "w" * 250  # the fast path is for long texts
    for t in (text, long + text, text + long, long + text + long):
        assert collapsed(t) == collapse_ws(t)


def test_shapes_give_the_same_fields_whatever_the_key_order_seen_first():
    # The per-layout plan is cached: rows of two layouts, interleaved, read as each alone.
    rows = [
        {"title": "T one", "summary": "An abstract with enough words in it.", "id": "2401.00001",
         "authors": ["A B"], "abs": "https://arxiv.org/abs/2401.00001"},
        {"paper": {"title": "T two", "summary": "Another abstract with enough words.",
                   "id": "2401.00002"}, "publishedAt": "2024-01-02", "title": "T two"},
        {"Title": "T three", "Abstract": "", "summary": "Third abstract with enough words.",
         "doi": "10.48550/arXiv.2401.00003", "url": None, "x": 1},
    ]  # fmt: skip
    alone = [extract_fields(r) for r in rows]
    mixed = [extract_fields(r) for r in rows * 3]
    assert mixed == alone * 3
    assert alone[0][2] == "2401.00001" and alone[2][2] == "2401.00003"
    assert alone[1][3]["published"] == "2024-01-02"


def test_collapsed_is_collapse_ws_any_whitespace() -> None:
    """The fast path of structured text collapsing gives what ``collapse_ws`` gives, for
    ASCII and non-ASCII text, with every kind of whitespace and invisible character."""
    import sys

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from papercorpus.normalize import collapse_ws
    from papercorpus.sources.structured.field_text import _OTHER_WS, collapsed

    assert {ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace()} == set(
        _OTHER_WS + " \n"
    )
    pieces = [*_OTHER_WS, " ", "\n", "  ", "\u200b", "\u00ad", "\ufeff", "é", "word", "x" * 120]
    text = st.lists(st.sampled_from(pieces), max_size=40).map("".join)

    @settings(max_examples=400, deadline=None)
    @given(text)
    def check(t: str) -> None:
        assert collapsed(t) == collapse_ws(t)

    check()
    long = "Caf\u00e9 au lait " * 30
    for t in (long, long.strip(), long.strip() + "\u00a0x", long.strip().replace(" ", "\n")):
        assert collapsed(t) == collapse_ws(t)
