"""Markdown notes naming a paper in YAML front matter (RSS-to-notes tools, paper vaults).

Before this reader each note gave no record: its front matter was dropped as chrome and its
body was text without a title (``R_ORPHAN_TEXT``), or its first heading became a paper
without an abstract.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papercorpus.fields import copy_fields
from papercorpus.records import Record
from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.detect import detect_format

FIXTURES = Path(__file__).parent / "fixtures" / "notes"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def _read(name: str) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(iter_records(InputFile(name, FIXTURES / name), ReadOptions(), log)), log


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_note_is_its_paper(name: str) -> None:
    records, log = _read(name)
    want = EXPECTED[name]
    assert [(r.arxiv_id, r.title, r.abstract) for r in records] == [
        (want["id"], want["title"], want["abstract"])
    ]
    assert log.formats["note"] == 1
    assert not log.rejects and not log.warnings


def test_front_matter_values_are_fields_and_the_rest_is_kept() -> None:
    (rss,), _ = _read("rss_note.md")
    fields = copy_fields(rss.meta)
    assert fields["authors"] == EXPECTED["rss_note.md"]["authors"]
    assert fields["categories"] == ["AI Research"]  # a name, not two codes
    assert fields["extra"]["abstract_lead"].endswith("Announce Type: new")
    assert fields["extra"]["score"] == 70
    (vault,), _ = _read("vault_note.md")
    fields = copy_fields(vault.meta)
    assert fields["authors"] == EXPECTED["vault_note.md"]["authors"]  # a block list
    assert fields["extra"]["tags"] == ["paper", "to-read"]
    notes = fields["extra"]["notes"]  # the body's other paragraphs, as written
    assert "## Notes\n\n- Read section 3 again." in notes
    assert vault.source.line == 2  # the title's line


def test_a_body_beside_an_abstract_in_the_front_matter_is_notes() -> None:
    (record,), _ = _read("summary_block.md")  # summary: > folded block
    extra = copy_fields(record.meta)["extra"]
    assert extra["notes"] == "Why it matters: a strong baseline for our project."


def test_front_matter_that_names_no_paper_is_no_note() -> None:
    text = (FIXTURES / "blog_post.md").read_text(encoding="utf-8").splitlines()
    assert detect_format(list(enumerate(text, 1)), "blog_post.md") != "note"


def test_a_line_that_is_no_yaml_field_is_a_reject(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    head = '---\ntitle: "A Title"\nurl: https://arxiv.org/abs/2503.11781\n'
    path.write_text(head + "oops no colon here\n---\n\nAn abstract of the paper, long enough.\n")
    log = ParseLog()
    (record,) = iter_records(InputFile("n.md", path), ReadOptions(), log)
    assert (record.title, record.arxiv_id) == ("A Title", "2503.11781")
    assert [(d.code, d.line) for d in log.rejects] == [("R_FRONT_MATTER", 4)]


def test_front_matter_never_closed_is_no_note(tmp_path: Path) -> None:
    lines = ["---", "title: A", "url: https://arxiv.org/abs/2503.11781", "An abstract."]
    assert detect_format(list(enumerate(lines, 1)), "n.md") != "note"


def test_a_web_clippers_front_matter_over_a_listing_leaves_it_a_page(tmp_path: Path) -> None:
    # Obsidian's web clipper: the page's title, source, an empty author; then the page
    clip = '---\ntitle: "Trending Papers"\nsource: "https://huggingface.co/papers/trending"\n'
    clip += 'author:\ncreated: 2025-03-18\ntags:\n  - "clippings"\n---\n'
    page = FIXTURES.parent / "unseen" / "u01_firecrawl_trending.txt"
    path = tmp_path / "clip.md"
    path.write_text(clip + page.read_text(encoding="utf-8"), encoding="utf-8")
    log = ParseLog()
    records = list(iter_records(InputFile("clip.md", path), ReadOptions(), log))
    assert log.formats["pages"] == 1
    assert len({r.arxiv_id for r in records}) == 5  # the listing's papers, each twice


def test_front_matter_naming_its_authors_in_a_block_list_is_a_note() -> None:
    # the authors' items are indented: detection read stripped lines and never saw them
    lines = ["---", "title: A Study of Things", "authors:", "  - Ann Lee", "  - Bo Chen", "---"]
    lines += ["", "We study things and show that our method works on two benchmarks."]
    assert detect_format(list(enumerate(lines, 1)), "n.md") == "note"
