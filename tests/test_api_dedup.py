"""``papercorpus.dedup``: in-memory records in, merged rows with their sources out."""

from __future__ import annotations

import pytest

import papercorpus
from papercorpus import Record, Source

ABSTRACT = (
    "We introduce a benchmark for long-context retrieval in scientific papers, describe how "
    "it was built from public listings, and evaluate twelve models on it, finding that most "
    "of them degrade sharply beyond thirty thousand tokens of context."
)


def test_dedup_dicts() -> None:
    rows = papercorpus.dedup([
        {"title": "Long-Context Retrieval in Scientific Papers", "abstract": ABSTRACT,
         "authors": ["A. One"], "upvotes": 4, "scraped_date": "2025-03-01"},
        {"title": "Unrelated paper about graphs", "abstract": "Short."},
        {"title": "Long-context retrieval in scientific papers", "abstract": ABSTRACT,
         "authors": ["A. One", "B. Two"], "upvotes": 9, "scraped_date": "2025-03-05",
         "venue": "ACL"},
    ])  # fmt: skip
    assert len(rows) == 2
    paper = rows[0]
    assert paper["authors"] == ["A. One", "B. Two"] and paper["upvotes"] == 9
    assert (paper["first_seen"], paper["last_seen"]) == ("2025-03-01", "2025-03-05")
    assert paper["extra"] == {"venue": "ACL"}
    assert [(s["file"], s["line"], s["match"]) for s in paper["sources"]] == [
        ("<records>", 1, "survivor"), ("<records>", 3, "exact"),
    ]  # fmt: skip
    assert rows[1]["abstract_status"] == "junk" and rows[1]["abstract_raw"] == "Short."


def test_dedup_records_and_nested_dicts() -> None:
    rec = Record("Long-Context Retrieval in Scientific Papers", ABSTRACT, Source("mine.txt", 7))
    rows = papercorpus.dedup([rec, {"paper": {"title": rec.title, "summary": ABSTRACT,
                                              "id": "2503.00001"}}])  # fmt: skip
    (row,) = rows
    assert row["arxiv_id"] == "2503.00001"
    assert [s["file"] for s in row["sources"]] == ["mine.txt", "<records>"]


def test_dedup_rejects_a_dict_without_title() -> None:
    with pytest.raises(ValueError, match="<records>:2"):
        papercorpus.dedup([{"title": "T", "abstract": ABSTRACT}, {"abstract": ABSTRACT}])
    assert papercorpus.dedup([]) == []


def test_dedup_package_still_imports() -> None:
    from papercorpus.dedup import DedupOptions
    from papercorpus.dedup.engine import find_duplicates

    assert callable(papercorpus.dedup) and callable(find_duplicates)
    assert papercorpus.dedup.DedupOptions is DedupOptions
