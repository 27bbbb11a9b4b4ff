"""Hugging Face paper pages (huggingface.co/papers/ID) captured as text.

The fixtures (tests/fixtures/paper_pages/, written by a script from real listing rows) lay
the page out as public captures of it do: a text extraction with a blank line between
elements and the abstract's highlighted terms as paragraphs of their own, a scraper's
markdown of two pages in one file (no ``arxiv:`` line, the title a wrapped heading, the AI
one-liner with no caption), and a Jina-style markdown (front matter, setext headings,
avatars, links with titles). Before this reader the page parser made each page's chrome
into papers and parted title from abstract: two text extractions gave 36 records.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papercorpus import clean
from papercorpus.fields import copy_fields
from papercorpus.records import Record
from papercorpus.sources import ParseLog
from papercorpus.sources.detect import detect_format
from papercorpus.sources.paper_page import _joined, parse_paper_pages

from .conftest import accounted, read_capture

FIXTURES = Path(__file__).parent / "fixtures" / "paper_pages"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
CAPTURES = ("hf_paper_text.txt", "hf_papers_scraped.md", "hf_paper_jina.md")


def _read(name: str) -> tuple[list[Record], ParseLog, int]:
    return read_capture(FIXTURES / name)  # type: ignore[return-value]


@pytest.mark.parametrize("name", CAPTURES)
def test_detected_as_a_paper_page(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert detect_format(list(enumerate(text.splitlines()[:200], 1)), name) == "paper_page"


def _check(rec: Record, arxiv_id: str | None, pid: str) -> dict:
    exp = EXPECTED[pid]
    assert (rec.arxiv_id, rec.title, rec.abstract, rec.flags) == (
        arxiv_id,
        exp["title"],
        exp["abstract"],
        (),
    )
    fields = copy_fields(rec.meta)
    assert fields["ai_summary"] == exp["ai_summary"]
    return fields


def test_text_extraction_joins_the_highlighted_terms_back() -> None:
    [rec], log, lines = _read("hf_paper_text.txt")
    fields = _check(rec, "2503.11731", "2503.11731")
    assert "Neural Radiance Fields (NeRF) based" in rec.abstract  # "(" / "NeRF" / ") based"
    assert fields["authors"] == EXPECTED["2503.11731"]["authors"]
    assert (fields["published"], fields["upvotes"]) == ("2025-03-14", 12)
    assert fields["extra"] == {
        "submitted_by": "akhaliq",
        "submitted_on": "Mar 17, 2025",
        "models_citing": 0,
        "datasets_citing": 0,
        "spaces_citing": 1,
        "collections": 2,
    }
    assert not log.warnings and not log.rejects
    assert log.chrome["community"] and log.chrome["citing"] and log.chrome["nav"]
    assert accounted(log, lines)


def test_scraped_markdown_two_pages_no_id_from_a_header_url() -> None:
    records, log, lines = _read("hf_papers_scraped.md")
    # the header's URL names the page, but a scraper's list can pair it with another
    # paper's page: the id is only ever the page's own
    assert [
        _check(r, None, pid) and r.arxiv_id
        for r, pid in zip(records, ("2503.11742", "2503.12964"), strict=True)
    ] == [None, None]
    assert [d.line for d in log.rejects] == [1, 2, 3]  # the file's own header, reported
    assert accounted(log, lines)


def test_jina_markdown_front_matter_avatars_and_setext_headings() -> None:
    [rec], log, lines = _read("hf_paper_jina.md")
    fields = _check(rec, "2503.11780", "2503.11780")
    assert fields["authors"] == EXPECTED["2503.11780"]["authors"]  # avatars and links gone
    assert fields["upvotes"] == 7
    assert fields["extra"]["rank"] == "#3 Paper of the day"
    assert not log.rejects and log.chrome["front_matter"] == 6
    assert accounted(log, lines)


def test_clean_merges_a_paper_page_with_its_listing_row(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        "".join(
            json.dumps({"title": e["title"], "abstract": e["abstract"], "id": pid}) + "\n"
            for pid, e in EXPECTED.items()
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    paths = [str(FIXTURES / name) for name in CAPTURES] + [str(rows)]
    summary = clean(paths, out)
    assert summary.parsed == 8
    merged = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(merged) == 4 and all(len(r["sources"]) == 2 for r in merged)


def _parse(lines: list[str]) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_paper_pages(list(enumerate(lines, 1)), "t", log)), log


def test_an_abstract_line_opening_with_a_section_word_stays_in_the_abstract() -> None:
    records, _ = _parse(
        [
            "arxiv:2501.00001",
            "Graph Communities at Scale",
            "Abstract",
            "Community detection in large graphs is hard.",
            "Community structure is everywhere; we find it fast.",
            "View arXiv page",
        ]
    )
    assert records[0].abstract == (
        "Community detection in large graphs is hard. "
        "Community structure is everywhere; we find it fast."
    )


def test_a_page_without_a_title_is_reported() -> None:
    records, log = _parse(["Abstract", "Text of an abstract with no title above it."])
    assert records == []
    assert [d.code for d in log.rejects][0] == "R_NO_TITLE"


def test_glue_of_highlighted_pieces() -> None:
    assert _joined([["(AI) and"], ["large language models"], ["("], ["LLMs"], [") promise"]]) == (
        "(AI) and large language models (LLMs) promise"
    )
    assert _joined([["AgentClinic"], ["-NEJM, and"], ["AgentClinic"], ["-"], ["MedQA"]]) == (
        "AgentClinic-NEJM, and AgentClinic-MedQA"
    )
    assert _joined([["at https://"], ["AgentClinic"], [".github.io."]]) == (
        "at https://AgentClinic.github.io."
    )
    assert _joined([["First paragraph."], ["Second one."]]) == "First paragraph. Second one."
