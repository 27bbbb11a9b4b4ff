"""The scale-benchmark corpus builder (benchmarks/corpus.py) on a tiny corpus.

Three data files give ~1000 real papers, so a 2000-record corpus needs generated papers too.
Skips when ../shared/data is absent.
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path

import pytest

from .conftest import DATA, bench_module, require

corpus = bench_module("corpus")
real_papers = bench_module("real_papers")

PARAMS = corpus.CorpusParams(records=2000, file_records=(300, 600), max_data_files=3)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    data = require(DATA / "arxiv-listings")
    return corpus.ensure_corpus(PARAMS, tmp_path_factory.mktemp("cache"), data)


def _pages(path: Path) -> list[tuple[dict, list[str]]]:
    truth = [json.loads(line) for line in (path / "truth.jsonl").read_text().splitlines()]
    return [
        (e, (path / "pages" / e["file"]).read_text(encoding="utf-8").split("\n")) for e in truth
    ]


def test_pages_follow_the_seed_layouts(built):
    layouts = set()
    for entry, lines in _pages(built):
        layouts.add(entry["layout"])
        n = len(entry["lines"])
        assert lines[-1], "no trailing newline, like the seeds"
        if entry["layout"] == "A":
            assert lines[:9:2] == [*corpus.HEADER_A, entry["date"]]
            assert re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", entry["date"])
            assert len(lines) == 9 + 4 * n and all(x == "" for x in lines[1::2])
        else:
            assert lines[:2] == list(corpus.HEADER_B) and lines[2].startswith("Subscribe")
            assert len(lines) == 2 + 2 * n and all(lines)
        gap = corpus.LAYOUT_STEP[entry["layout"]] // 2
        for line_no in entry["lines"]:
            title, abstract = lines[line_no - 1], lines[line_no - 1 + gap]
            assert title.strip() and len(abstract) > 50 and "\n" not in title + abstract
    assert layouts == {"A", "B"}


def test_truth_describes_copies_of_earlier_papers(built):
    truth = corpus.load_truth(built)
    manifest = json.loads((built / "manifest.json").read_text())["summary"]
    assert truth.records == PARAMS.records == manifest["records"]
    first_seen: dict[int, int] = {}
    for i, (paper, kind) in enumerate(zip(truth.paper.tolist(), truth.kind, strict=True)):
        assert (kind == "new") == (paper not in first_seen)
        first_seen.setdefault(paper, i)
    assert sorted(first_seen) == list(range(manifest["papers"]))  # papers numbered in order
    copies = 1 - manifest["papers"] / truth.records
    assert 0.2 < copies < 0.36
    assert manifest["generated_papers"] > 0 and manifest["real_papers"] > 0
    assert {"exact", "rewrap_glued", "recase_upper", "truncate_mid", "v2_append"} <= set(truth.kind)


def test_generated_papers_are_distinct(built):
    truth = corpus.load_truth(built)
    real = json.loads((built / "manifest.json").read_text())["summary"]["real_papers"]
    records = list(corpus.iter_records(built, truth))
    firsts = [
        (records[i], int(truth.paper[i])) for i in range(truth.records) if truth.kind[i] == "new"
    ]
    # No sentence runs shared: any two generated papers have at most one sentence in common.
    papers_of: dict[str, list[int]] = {}
    for (_title, abstract), paper in firsts:
        if paper >= real:
            for sentence in set(real_papers.split_sentences(abstract)):
                papers_of.setdefault(sentence, []).append(paper)
    shared: dict[tuple[int, int], int] = {}
    for papers in papers_of.values():
        for pair in combinations(papers, 2):
            shared[pair] = shared.get(pair, 0) + 1
    assert papers_of and max(shared.values(), default=0) <= 1
    titles = [title for (title, _), _ in firsts]
    assert len({real_papers.text_key(t) for t in titles}) == len(titles)


def test_records_read_back_match_the_parser(built):
    parse = pytest.importorskip("papercorpus.sources.pages").parse_pages
    from papercorpus.sources import ParseLog

    truth = corpus.load_truth(built)
    name, end = truth.files[0], int(truth.file_start[1])
    titles = [t for t, _ in corpus.iter_records(built, truth, end)]
    expected = dict(zip(truth.lines[:end].tolist(), titles, strict=True))
    lines = (built / "pages" / name).read_text(encoding="utf-8").split("\n")
    got = {r.source.line: r.title for r in parse(enumerate(lines, 1), name, ParseLog())}
    agree = sum(got.get(line) == " ".join(title.split()) for line, title in expected.items())
    # Not 100%: a few real titles with a sentence break ("Splits! A ...") are parser work.
    assert agree >= 0.97 * len(expected)


def test_deterministic_and_cached(built, tmp_path):
    data = DATA / "arxiv-listings"
    again = corpus.ensure_corpus(PARAMS, tmp_path, data)
    for entry, _ in _pages(built):
        assert (again / "pages" / entry["file"]).read_bytes() == (
            built / "pages" / entry["file"]
        ).read_bytes()
    assert (again / "truth.jsonl").read_bytes() == (built / "truth.jsonl").read_bytes()
    stamp = (again / "manifest.json").stat().st_mtime_ns
    assert corpus.ensure_corpus(PARAMS, tmp_path, data) == again
    assert (again / "manifest.json").stat().st_mtime_ns == stamp  # reused, not rebuilt
