"""Atom and RSS feeds: the arXiv API's answer and an RSS feed of daily papers.

Before this reader an XML file went to the page parser, which made its tags into papers (the
arXiv API's answer for three papers: 10 records, every id lost).
"""

from __future__ import annotations

import json
from pathlib import Path

from papercorpus.fields import copy_fields
from papercorpus.records import Record
from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.structured.feed import parse_feed

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def _read(name: str) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(iter_records(InputFile(name, FIXTURES / name), ReadOptions(), log)), log


def _check(records: list[Record], ids: list[str]) -> list[dict]:
    assert [r.arxiv_id for r in records] == ids
    assert [(r.title, r.abstract) for r in records] == [
        (EXPECTED[i]["title"], EXPECTED[i]["abstract"]) for i in ids
    ]
    fields = [copy_fields(r.meta) for r in records]
    assert [f["authors"] for f in fields] == [EXPECTED[i]["authors"] for i in ids]
    assert {f["published"] for f in fields} == {"2025-03-14"}
    return fields


def test_arxiv_api_atom() -> None:
    records, log = _read("arxiv_api.xml")
    ids = ["2503.11731", "2503.11742", "2503.11750"]
    fields = _check(records, ids)
    assert [f["categories"] for f in fields] == [EXPECTED[i]["categories"] for i in ids]
    assert fields[1]["extra"]["comment"] == "Work in progress"  # <arxiv:comment>
    assert fields[0]["urls"] == [
        "http://arxiv.org/abs/2503.11731v1",
        "http://arxiv.org/pdf/2503.11731v1",
    ]
    assert [r.source.line for r in records] == [9, 88, 134]  # each <entry>'s line
    assert not log.warnings and not log.rejects


def test_rss_daily_papers_with_markup_in_the_description() -> None:
    records, log = _read("daily_papers.rss")
    fields = _check(records, ["2503.11742", "2503.11750", "2503.11780"])  # from the links
    assert all("<" not in r.abstract for r in records)  # <p>…</p><img …> taken off
    assert fields[0]["urls"] == ["https://huggingface.co/papers/2503.11742"]
    assert not log.warnings and not log.rejects


def _parse(text: str) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_feed(enumerate(text.splitlines(), 1), "t.xml", log)), log


ITEM = "<item><title>A Title</title><description>An abstract of the paper.</description></item>"


def test_a_document_cut_short_keeps_the_items_before_the_cut() -> None:
    records, log = _parse(f'<?xml version="1.0"?>\n<rss><channel>\n{ITEM}\n<item><title>Cut')
    assert [r.title for r in records] == ["A Title"]
    assert [(d.code, d.line) for d in log.rejects] == [("R_BAD_XML", 4)]


def test_an_xml_document_without_items_is_said_so_not_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?>\n<urlset><url><loc>x</loc></url></urlset>\n')
    log = ParseLog()
    assert list(iter_records(InputFile(path.name, path), ReadOptions(), log)) == []
    assert [d.code for d in log.warnings] == ["W_NO_ITEMS"]


def test_entity_expansion_is_refused_not_run() -> None:
    bomb = ['<?xml version="1.0"?>', "<!DOCTYPE rss [", '<!ENTITY a0 "aaaaaaaaaaaaaaaa">']
    bomb += [f'<!ENTITY a{i} "{f"&a{i - 1};" * 16}">' for i in range(1, 9)]
    bomb += ["]>", "<rss><channel><item><title>&a8;</title></item></channel></rss>"]
    records, log = _parse("\n".join(bomb))
    assert records == []
    assert [d.code for d in log.rejects] == ["R_BAD_XML"]
