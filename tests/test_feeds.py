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
    assert {f["published"] for f in fields} <= {"2025-03-14", "2025-03-18"}
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


# arXiv's OAI-PMH answers (export.arxiv.org/oai2): before this reader each gave no record
# (an XML document without <entry> or <item>), and one without its declaration gave ten
# records of tags.


def _fields_of(name: str, ids: list[str]) -> tuple[list[Record], ParseLog, list[dict]]:
    records, log = _read(name)
    return records, log, _check(records, ids)


def test_oai_pmh_arxiv_format_reads_each_record_and_rejects_a_deleted_one() -> None:
    ids = ["2503.11731", "2503.11742", "2503.11750"]
    records, log, fields = _fields_of("arxiv_oai.xml", ids)  # <id>, <created>, keyname
    assert [f["categories"] for f in fields] == [EXPECTED[i]["categories"] for i in ids]
    assert fields[1]["extra"]["comments"] == "Work in progress"
    assert fields[0]["extra"]["sets"] == ["cs"]  # the header's values kept
    assert [r.source.line for r in records] == [6, 37, 64]  # each <record>'s line
    assert [(d.code, d.line) for d in log.rejects] == [("R_DELETED", 92)]
    assert "oai:arXiv.org:2503.09999" in log.rejects[0].message
    assert not log.warnings


def test_oai_pmh_dublin_core_names_turned_round_and_the_comment_apart() -> None:
    ids = ["2503.11742", "2503.11750", "2503.11780"]
    records, log, fields = _fields_of("arxiv_oai_dc.xml", ids)  # id from the header
    assert fields[2]["extra"]["comments"] == "10 pages, 6 figures"  # not the abstract
    assert "categories" not in fields[0]  # subject names are no arXiv categories
    assert fields[0]["extra"]["subject"] == [
        "Computer Science - Computer Vision and Pattern Recognition"
    ]
    assert not log.warnings and not log.rejects


def test_oai_pmh_without_declaration_is_read_as_xml() -> None:
    records, log, fields = _fields_of("arxiv_raw.xml", ["2503.11750"])  # <authors> as text
    assert fields[0]["extra"]["submitter"] == "Shuyang Hao"
    assert fields[0]["extra"]["size"] == ["2101kb"]  # one per version
    assert not log.warnings and not log.rejects


def test_a_dublin_core_creator_outside_oai_is_not_turned_round() -> None:
    # RSS puts all authors in one dc:creator; "A, B" there is two people
    item = "<item><title>T</title><description>An abstract.</description>"
    item += "<dc:creator>Alice Smith, Bob Lee</dc:creator></item>"
    doc = f'<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>{item}</channel></rss>'
    records, _ = _parse(doc)
    assert copy_fields(records[0].meta)["authors"] == ["Alice Smith", "Bob Lee"]


# arXiv's RSS (rss.arxiv.org, since 2024): each description opens with its announcement,
# "arXiv:2503.11731v1 Announce Type: new Abstract: …", and one <dc:creator> names every
# author. Before: the announcement was the abstract's first words, the authors one name.


def test_arxiv_rss_announcement_taken_off_the_abstract_and_authors_split() -> None:
    ids = ["2503.11731", "2503.11742", "2503.11750", "2503.11780"]
    records, log, fields = _fields_of("arxiv_rss.xml", ids)
    assert [f["extra"]["abstract_lead"] for f in fields][2:] == [
        "arXiv:2503.11750v1 Announce Type: cross",
        "arXiv:2503.11780v2 Announce Type: replace",
    ]
    assert [f["categories"] for f in fields] == [EXPECTED[i]["categories"] for i in ids]
    assert not log.warnings and not log.rejects


def test_feedparser_dump_of_arxiv_rss_reads_as_the_feed_does() -> None:
    ids = ["2503.11731", "2503.11742", "2503.11750", "2503.11780"]
    records, log, fields = _fields_of("arxiv_rss_feedparser.json", ids)
    assert fields[3]["extra"]["arxiv_announce_type"] == "replace"
    assert not log.warnings and not log.rejects


def test_the_announcement_gives_the_id_when_nothing_else_does() -> None:
    item = "<item><title>T</title><description>arXiv:2503.11731v2 Announce Type: replace "
    item += "Abstract: An abstract of the paper.</description></item>"
    records, _ = _parse(f"<rss><channel>{item}</channel></rss>")
    assert (records[0].arxiv_id, records[0].abstract) == ("2503.11731", "An abstract of the paper.")
