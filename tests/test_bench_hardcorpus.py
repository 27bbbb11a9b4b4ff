"""The hard-corpus builder (benchmarks/hardcorpus.py) on 500 records from three data files.

Skips when ../shared/data is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import DATA, ROOT, require

sys.path.insert(0, str(ROOT / "benchmarks"))
import hardcorpus as hard  # noqa: E402  (benchmarks/ is not a package)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[object, Path]:
    data = require(DATA / "arxiv-listings")
    params = hard.HardParams(records=500, file_records=(50, 200), max_data_files=3)
    return hard, hard.ensure_hard_corpus(params, tmp_path_factory.mktemp("cache"), data)


def test_truth_matches_the_files(built):
    hard, path = built
    truth = [json.loads(line) for line in (path / "truth.jsonl").read_text().splitlines()]
    papers, kinds, first_seen = [], [], {}
    for entry in truth:
        lines = (path / "files" / entry["file"]).read_text(encoding="utf-8").splitlines()
        assert entry["layout"] in hard.LAYOUTS
        assert entry["lines"] == list(range(1, len(lines) + 1))
        assert len(entry["paper"]) == len(entry["kind"]) == len(lines)
        for line in lines:
            item = json.loads(line)
            item = item.get("paper", item)
            assert item["title"].strip() and (item.get("abstract") or item.get("summary"))
        papers += entry["paper"]
        kinds += entry["kind"]
    assert len(papers) == 500
    for i, (paper, kind) in enumerate(zip(papers, kinds, strict=True)):
        is_first = paper not in first_seen
        first_seen.setdefault(paper, i)
        # A paper's first record is new (or one side of a hard negative); later ones copies.
        assert is_first == (kind == "new" or kind.startswith("neg_"))
    assert sorted(first_seen) == list(range(len(first_seen)))
    assert 0.2 < 1 - len(first_seen) / len(papers) < 0.4
    negatives = hard.load_negatives(path)
    assert negatives and all(b == a + 1 for a, b, _ in negatives)
    assert all(kinds[first_seen[a]] == kind == kinds[first_seen[b]] for a, b, kind in negatives)


def test_records_read_back_in_truth_order(built):
    hard, path = built
    files = [json.loads(line)["file"] for line in (path / "truth.jsonl").read_text().splitlines()]
    records = hard.read_records(path, files)
    assert len(records) == 500 and all(title and abstract for title, abstract in records)
