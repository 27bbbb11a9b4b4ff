"""Full records: the field table, the per-copy fields, the merge policy, dates, junk."""

from __future__ import annotations

import gzip

import orjson
import pytest

from papercorpus import CleanOptions, clean
from papercorpus.dates import FileDates, file_dates, iso_date, name_date
from papercorpus.dedup import DedupOptions
from papercorpus.fields import FIELDS, MERGE_POLICIES, OUTPUT_ORDER, Copy, copy_fields, merge_fields

REAL = (
    "We present a method for learning representations of scientific documents that "
    "transfers across domains, evaluate it on six benchmarks and show consistent gains "
    "over strong baselines while using a fraction of the compute of earlier approaches."
)
TITLE = "Transferable Representations of Scientific Documents at Scale"


def _rows(path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_every_field_has_a_policy_a_type_and_a_place() -> None:
    for f in FIELDS:
        assert f.merge in MERGE_POLICIES and f.doc and f.name in OUTPUT_ORDER
        assert f.type in ("str", "int", "date", "list[str]")


def test_page_card_meta_maps_to_typed_fields() -> None:
    meta = {"upvotes": 12, "n_authors": 4, "org": "Acme", "published": "Mar 17",
            "comments": 3, "github_stars": 250, "paper_url": "https://hf.co/papers/2503.1",
            "abstract_line": 7}  # fmt: skip
    got = copy_fields(meta, FileDates("2025-03-18", 2025))
    assert got == {"n_authors": 4, "org": "Acme", "published": "2025-03-17",
                   "urls": ["https://hf.co/papers/2503.1"], "upvotes": 12, "stars": 250,
                   "comments": 3}  # fmt: skip
    assert copy_fields({"stars": "7"})["stars"] == 7
    assert copy_fields({"stars": "11.8k"})["stars"] == 11_800
    assert copy_fields({"stars": "1,204", "upvotes": "2M"}) == {"stars": 1204, "upvotes": 2_000_000}
    assert copy_fields({"stars": "many", "upvotes": True}) == {}


def test_hf_api_authors_are_names() -> None:
    got = copy_fields({"authors": [{"_id": "x", "name": "Ada  Lovelace"}, {"name": "B"}]})
    assert got["authors"] == ["Ada Lovelace", "B"]


def test_merge_policy() -> None:
    a = Copy({"authors": ["A"], "upvotes": 5, "urls": ["u1"], "published": "2024-05-02",
              "extra": {"k": 1}}, "2024-05-03")  # fmt: skip
    b = Copy({"authors": ["A", "B", "C"], "upvotes": 9, "urls": ["u2", "u1"],
              "categories": ["cs.CL"], "published": "2024-05-01", "extra": {"k": 2, "j": 3}},
             "2024-05-10")  # fmt: skip
    c = Copy({"authors": ["X", "Y"], "upvotes": 1}, None)
    merged = merge_fields([a, b, c], survivor=0)
    assert merged == {
        "authors": ["A", "B", "C"],  # the longest list, never concatenated
        "published": "2024-05-01",  # the earliest
        "first_seen": "2024-05-03",
        "last_seen": "2024-05-10",
        "categories": ["cs.CL"],
        "urls": ["u1", "u2"],  # united in input order
        "upvotes": 9,  # the latest-dated copy's
        "extra": {"k": 1, "j": 3},  # the survivor's, then filled
    }
    assert list(merged) == [k for k in OUTPUT_ORDER if k in merged]
    assert merge_fields([]) == {}


def test_latest_ties_go_to_the_later_copy() -> None:
    # Two scrapes of one day, or two undated ones: the later copy holds the newer count.
    day = [Copy({"upvotes": 3}, "2024-05-10"), Copy({"upvotes": 7}, "2024-05-10")]
    assert merge_fields(day)["upvotes"] == 7
    assert merge_fields(day, survivor=1)["upvotes"] == 7  # first-seen order, not survivor
    undated = [Copy({"stars": 1}, None), Copy({"stars": 4}, None), Copy({}, None)]
    assert merge_fields(undated)["stars"] == 4
    older_last = [Copy({"upvotes": 5}, "2024-05-11"), Copy({"upvotes": 9}, "2024-05-10")]
    assert merge_fields(older_last)["upvotes"] == 5


def test_dates() -> None:
    assert name_date("arxiv-listings/2025-03-18.jsonl.gz") == "2025-03-18"
    assert name_date("dumps/20250318_page.txt") == "2025-03-18"
    assert name_date("000_f6800519c61ab489.txt") is None
    hint = file_dates("pages/2025-01-03.txt", ["Jan 2"])
    assert iso_date("Jan 2", hint) == "2025-01-02"
    assert iso_date("Dec 30", hint) == "2024-12-30"  # a card from the year before
    assert iso_date("Mar 17") is None  # no year anywhere: never the clock's
    assert iso_date("Mar 17", file_dates("x.txt", ["Mar 8, 2024", "Mar 17"])) == "2024-03-17"
    assert iso_date("2024-10-07T00:00:00.000Z") == "2024-10-07"
    assert iso_date("17 March 2024") == "2024-03-17"
    assert iso_date("Feb 30, 2024") is None and iso_date("soon") is None
    # RSS, mail and arXiv's day headers (a listing capture's date was read as none)
    assert iso_date("Fri, 14 Mar 2025 00:00:00 GMT") == "2025-03-14"
    assert iso_date("Tue, 18 Mar 2025 08:00:00 +0000") == "2025-03-18"
    assert iso_date("Wednesday, 2 September 2026") == "2026-09-02"
    assert iso_date("Fri 14 Mar") is None and iso_date("12:00 14 Mar 2025") is None


def _write_jsonl(path, items) -> None:
    path.write_bytes(b"".join(orjson.dumps(i) + b"\n" for i in items))


JUNK = {
    "empty": "",
    "bot": "This is an automated message from the Librarian Bot. I found the following papers "
    "similar to this paper.",
    "url": "Code: https://github.com/acme/repo",
    "title": TITLE,
}


@pytest.mark.parametrize("kind", sorted(JUNK))
@pytest.mark.parametrize("keep", ["first", "longest"])
def test_junk_never_survives(tmp_path, kind: str, keep: str) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [
        {"title": TITLE, "abstract": JUNK[kind], "arxiv_id": "2501.00001", "stars": 3},
        {"title": TITLE, "abstract": REAL, "arxiv_id": "2501.00001", "stars": 5},
    ])  # fmt: skip
    out = tmp_path / "out.jsonl"
    clean([str(src)], out, CleanOptions(dedup=DedupOptions(keep=keep)))  # type: ignore[arg-type]
    (row,) = _rows(out)
    assert row["abstract"] == REAL and "abstract_status" not in row
    assert [s["match"] for s in row["sources"]] == [
        "arxiv_id" if kind != "title" else row["sources"][0]["match"],
        "survivor",
    ]


def test_no_real_abstract_says_why(tmp_path) -> None:
    src = tmp_path / "in.jsonl"
    _write_jsonl(src, [
        {"title": "Paper A about graphs", "abstract": JUNK["bot"]},
        {"title": "Paper B about trees"},
        {"paper": {"title": "Paper C about forests", "ai_summary": "A one-liner on forests."}},
        {"title": "Paper D about lakes", "abstract": JUNK["url"]},
    ])  # fmt: skip
    out = tmp_path / "out.jsonl"
    clean([str(src)], out)
    rows = {r["title"][6]: r for r in _rows(out)}
    assert {k: r.get("abstract_status") for k, r in rows.items()} == {
        "A": "junk", "B": "missing", "C": "summary_only", "D": "junk",
    }  # fmt: skip
    assert all(r["abstract"] == "" for r in rows.values())
    assert rows["A"]["abstract_raw"] == JUNK["bot"]
    assert rows["C"]["ai_summary"] == "A one-liner on forests."
    assert "abstract_raw" not in rows["B"]


ARXIV_ROW = {
    "id": "2503.11731", "pdf": "https://arxiv.org/pdf/2503.11731",
    "abs": "https://arxiv.org/abs/2503.11731", "authors": ["X Zeng", "S Du"],
    "title": TITLE, "categories": ["cs.CV", "cs.RO"], "comment": "8 pages", "summary": REAL,
}  # fmt: skip


def test_arxiv_listing_rows_carry_everything(tmp_path) -> None:
    day1, day2 = tmp_path / "2025-03-18.jsonl.gz", tmp_path / "2025-03-20.jsonl.gz"
    day1.write_bytes(gzip.compress(orjson.dumps(ARXIV_ROW) + b"\n"))
    later = {**ARXIV_ROW, "categories": ["cs.CV", "cs.LG"], "authors": ["X Zeng", "S Du", "Q C"]}
    day2.write_bytes(gzip.compress(orjson.dumps(later) + b"\n"))
    out = tmp_path / "out.jsonl"
    clean([str(day1), str(day2)], out)
    (row,) = _rows(out)
    assert row["authors"] == ["X Zeng", "S Du", "Q C"]
    assert row["categories"] == ["cs.CV", "cs.RO", "cs.LG"]
    assert row["urls"] == ["https://arxiv.org/abs/2503.11731", "https://arxiv.org/pdf/2503.11731"]
    assert (row["first_seen"], row["last_seen"]) == ("2025-03-18", "2025-03-20")
    assert [s["date"] for s in row["sources"]] == ["2025-03-18", "2025-03-20"]
    assert row["extra"] == {"comment": "8 pages"}
    assert row["arxiv_id"] == "2503.11731"


def test_docs_show_the_table() -> None:
    from papercorpus.fields import fields_markdown

    from .conftest import ROOT

    text = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    assert fields_markdown() in text
    assert ", ".join(OUTPUT_ORDER) in text


def test_page_cards_fill_what_they_show(tmp_path) -> None:
    from papercorpus.sources import ParseLog, ReadOptions, expand_inputs, iter_records

    from .conftest import ROOT

    names = ("row04_upvotes", "row06_author_count", "row07_org", "row09_card_dates")
    pages = [ROOT / "tests" / "fixtures" / "pages" / f"{n}.txt" for n in names]
    out = tmp_path / "out.jsonl"
    clean([str(p) for p in pages], out)
    rows = {(s["file"], s["line"]): r for r in _rows(out) for s in r["sources"]}
    seen = 0
    for inp in expand_inputs([str(p) for p in pages], (), ()):
        for rec in iter_records(inp, ReadOptions(), ParseLog()):
            row = rows[(rec.source.file, rec.source.line)]
            if len(row["sources"]) > 1:
                continue  # merged: its counts may come from another copy
            for key, field in (("upvotes", "upvotes"), ("n_authors", "n_authors"),
                               ("comments", "comments"), ("github_stars", "stars")):  # fmt: skip
                if key in rec.meta:
                    assert row[field] == rec.meta[key]
                    seen += 1
            if "published" in rec.meta:
                assert "published" in row or row["extra"]["published"] == rec.meta["published"]
                seen += 1
    assert seen >= 8


def test_hf_api_rows_carry_authors_upvotes_published(tmp_path) -> None:
    from .conftest import ROOT

    out = tmp_path / "out.jsonl"
    clean([str(ROOT / "tests" / "fixtures" / "structured" / "hf_api_full.json")], out)
    (row,) = _rows(out)
    assert row["authors"] == ["Ada Lovelace", "Charles Babbage"]  # the longest list
    assert row["published"] == "2025-02-18"
    assert row["upvotes"] == 57 and row["comments"] == 5  # the latest copy's counts
    assert row["urls"] == ["https://github.com/acme/full"]
    assert row["ai_summary"] == "A paper about keeping every field."
    assert row["stars"] == 17
    assert row["extra"] == {"thumbnail": "https://cdn/x.png", "submittedBy": {"name": "ak"},
                            "discussionId": "67b0", "ai_keywords": ["fields", "merge"]}  # fmt: skip
    assert (row["first_seen"], row["last_seen"]) == ("2025-02-19", "2025-02-20")
    assert [s["date_raw"] for s in row["sources"]] == [
        "2025-02-19T03:00:00.000Z", "2025-02-20T03:00:00.000Z",
    ]  # fmt: skip
