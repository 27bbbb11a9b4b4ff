"""Hugging Face collection pages: paper items (title over ``Paper • ID • Published … • N``)
among model and dataset items. Read as listing pages, a browser copy of five papers gave 20
records (every item's values line a paper, the collection's name and its other items too)
and a scraper's markdown 4 (three papers lost, one id given to the collection's name)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papercorpus.fields import copy_fields

from .conftest import accounted, read_capture

FIXTURES = Path(__file__).parent / "fixtures" / "collections"
TRUTH = json.loads((FIXTURES / "truth.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["collection_copy.txt", "collection_firecrawl.md"])
def test_each_paper_item_is_one_record_with_its_values(name: str) -> None:
    records, log, lines = read_capture(FIXTURES / name)
    assert log.formats["collection"] == 1
    assert [(r.arxiv_id, r.title, r.abstract) for r in records] == [
        (t["arxiv_id"], t["title"], "") for t in TRUTH
    ]
    fields = [copy_fields(r.meta) for r in records]
    assert [f.get("upvotes") for f in fields] == [t["upvotes"] or None for t in TRUTH]
    assert {f["published"] for f in fields} == {"2025-03-14"}
    assert log.chrome["item"] == 2  # the model's name and values line
    assert not log.rejects and not log.warnings
    assert accounted(log, lines)


def test_a_sentence_between_items_is_reported(tmp_path: Path) -> None:
    text = (FIXTURES / "collection_copy.txt").read_text(encoding="utf-8")
    note = "We should compare this with the baseline of the other group."
    path = tmp_path / "c.txt"
    path.write_text(text.replace("Qwen/Qwen2.5-VL-7B-Instruct", f"{note}\n\nQwen/Qwen2", 1))
    records, log, lines = read_capture(path)
    assert len(records) == len(TRUTH)
    assert [d.message.split(": ", 1)[1] for d in log.rejects] == [note]
    assert accounted(log, lines)


def test_a_markdown_items_heading_wrapped_by_the_converter(tmp_path: Path) -> None:
    text = (FIXTURES / "collection_firecrawl.md").read_text(encoding="utf-8")
    first = TRUTH[0]["title"]
    cut = first.rindex(" ", 0, 60)
    path = tmp_path / "c.md"
    path.write_text(text.replace(first, first[:cut] + "\n" + first[cut + 1 :], 1))
    records, log, lines = read_capture(path)
    assert [r.title for r in records] == [t["title"] for t in TRUTH]
    assert accounted(log, lines)
