"""Pages saved as served (HTML): read from the JSON a page embeds, else from its text.

Before this reader an HTML file went to the page parser as text, which made its tags into
papers (a page of two cards: 8 records such as ``<!DOCTYPE html>``).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from papercorpus.fields import copy_fields
from papercorpus.records import Record
from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.detect import detect_format
from papercorpus.sources.html_page import html_text

FIXTURES = Path(__file__).parent / "fixtures" / "html"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def _read(name: str) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(iter_records(InputFile(name, FIXTURES / name), ReadOptions(), log)), log


def test_hugging_face_page_read_from_its_embedded_json() -> None:
    records, log = _read("hf_daily.html")
    ids = ["2503.11731", "2503.11742", "2503.12964"]
    assert [r.arxiv_id for r in records] == ids
    assert [(r.title, " ".join(r.abstract.split())) for r in records] == [
        (EXPECTED[i]["title"], EXPECTED[i]["abstract"]) for i in ids
    ]
    fields = [copy_fields(r.meta) for r in records]
    assert [f["authors"] for f in fields] == [EXPECTED[i]["authors"] for i in ids]  # all
    assert [f["upvotes"] for f in fields] == [12, 9, 6]
    assert {f["published"] for f in fields} == {"2025-03-14"}
    # the header component's {"title": "Papers"} is no paper; the page's line is the
    # line of the component that holds the papers
    assert {r.source.line for r in records} == {13}
    assert not log.rejects and log.chrome["html"] > 0


def test_arxiv_abstract_page_read_from_its_text() -> None:
    [rec], log = _read("arxiv_abs.html")
    exp = EXPECTED["2503.11780"]
    assert (rec.arxiv_id, rec.title, rec.abstract) == ("2503.11780", exp["title"], exp["abstract"])
    fields = copy_fields(rec.meta)
    assert fields["authors"] == exp["authors"]
    assert fields["extra"]["comment"] == "10 pages, 6 figures"  # a table row: label, cell
    assert rec.source.line == 26  # the HTML line of its <h1 class="title">
    assert not log.warnings


def test_cards_without_json_read_as_a_page_capture() -> None:
    records, _ = _read("cards_no_json.html")
    assert [(r.title, r.arxiv_id) for r in records] == [
        (EXPECTED["2503.11731"]["title"], "2503.11731"),
        ("Safe Vision-Language Models via Unsafe Weights Manipulation", "2503.11742"),
    ]


def test_detection_and_the_text_a_page_shows() -> None:
    head = '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>'
    assert detect_format(list(enumerate(head.splitlines(), 1)), "x.xhtml") == "html"
    text = html_text(
        "<html><head><script>var x = 1;</script></head><body>\n<h3><a href='/papers/1'>A"
        "</a></h3>\n<table><tr><td>Comments:</td><td>12 pages</td></tr></table>\n</body></html>"
    )
    assert text == [(2, "### [A](/papers/1)"), (3, ""), (3, "Comments:\t12 pages")]


def test_hugging_face_paper_page_from_its_content_component(tmp_path: Path) -> None:
    paper = {
        "id": "2508.02739",
        "title": "Kronos: A Foundation Model for the Language of Financial Markets",
        "summary": "The success of large-scale pre-training has inspired foundation models "
        "for time series; we present one for the language of financial markets.",
        "authors": [{"_id": "x", "name": "Yu Shi"}, {"name": "Zongliang Fu"}],
        "publishedAt": "2025-08-02T10:00:00.000Z",
        "upvotes": 44,
        "ai_summary": "Kronos is a foundation model for financial K-line data.",
    }
    props = {"paper": paper, "comments": [{"id": "c1", "author": {"name": "librarian-bot"}}]}
    page = tmp_path / "paper.html"
    page.write_text(
        '<!doctype html>\n<html><body>\n<div class="SVELTE_HYDRATER contents" '
        f'data-target="PaperContent" data-props="{html.escape(json.dumps(props))}">'
        "<h1>Kronos</h1></div>\n</body></html>\n",
        encoding="utf-8",
    )
    log = ParseLog()
    [rec] = iter_records(InputFile(page.name, page), ReadOptions(), log)
    assert (rec.arxiv_id, rec.title, rec.abstract) == (
        "2508.02739",
        paper["title"],
        paper["summary"],
    )
    fields = copy_fields(rec.meta)
    assert (fields["ai_summary"], fields["upvotes"], fields["authors"]) == (
        paper["ai_summary"],
        44,
        ["Yu Shi", "Zongliang Fu"],
    )
    assert rec.source.line == 3


def test_arxiv_listing_page_read_from_its_text() -> None:
    """arXiv's ``/list/<cat>/new`` page as served: its authors a line of links with no
    label, longer than a sentence can be on one line (16 names): they are the entry's
    authors, not its abstract's first line."""
    records, log = _read("arxiv_new.html")
    ids = ["2503.11731", "2503.11742", "2503.11750"]
    assert [r.arxiv_id for r in records] == ids
    assert [(r.title, r.abstract) for r in records] == [
        (EXPECTED[i]["title"], EXPECTED[i]["abstract"]) for i in ids
    ]
    assert [copy_fields(r.meta)["authors"] for r in records] == [
        EXPECTED[i]["authors"] for i in ids
    ]
    assert {r.source.date for r in records} == {"Tuesday, 18 March 2025"}
    assert not log.warnings
