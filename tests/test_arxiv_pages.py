"""arXiv's search results page (a browser's copy and html2text's markdown) and its abstract
pages (a browser's copy) captured as text.

The fixtures (tests/fixtures/arxiv/) hold seven real listing rows laid out as the search page
lays them out (its template: arXiv/arxiv-search, ``search-macros.html``): no ``Title:``
label, category tags over the title, ``Abstract:`` with arXiv's cut preview and ``▽ More``,
the dates sentence, then ``Comments:``, ``ACM Class:``, ``Journal ref:``. Before this
reader each capture gave ~40 records: every tag line, dates line and comment a paper.
"""

from __future__ import annotations

import json
from pathlib import Path

from papercorpus import clean
from papercorpus.fields import copy_fields
from papercorpus.records import Record
from papercorpus.sources import ParseLog, md_lines
from papercorpus.sources import arxiv_marks as marks
from papercorpus.sources.arxiv_text import parse_arxiv_text
from papercorpus.sources.detect import detect_format

from .conftest import accounted, read_capture

FIXTURES = Path(__file__).parent / "fixtures" / "arxiv"
EXPECTED = json.loads((FIXTURES / "search.truth.json").read_text(encoding="utf-8"))["records"]
ABS = json.loads((FIXTURES / "abs.truth.json").read_text(encoding="utf-8"))["records"]


def _read(name: str) -> tuple[list[Record], ParseLog, int]:
    return read_capture(FIXTURES / name)  # type: ignore[return-value]


def test_both_captures_are_detected_as_arxiv_pages() -> None:
    for name in ("search_copy.txt", "search_html2text.txt", "abs_copy.txt", "abs_firecrawl.md"):
        text = (FIXTURES / name).read_text(encoding="utf-8")
        head = list(enumerate(text.splitlines()[:200], 1))
        assert detect_format(head, name) == "arxiv_text", name


def test_browser_copy_one_record_per_entry_with_its_fields() -> None:
    records, log, lines = _read("search_copy.txt")
    assert [(r.arxiv_id, r.title) for r in records] == [
        (e["arxiv_id"], e["title"]) for e in EXPECTED
    ]
    for rec, exp in zip(records, EXPECTED, strict=True):
        fields = copy_fields(rec.meta)
        assert fields["authors"] == exp["authors"]
        assert fields["categories"] == exp["categories"]
        assert fields["published"] == exp["published"]
        assert fields.get("n_authors") == exp.get("n_authors")
        assert fields.get("extra", {}).get("comment") == exp.get("comment")
        assert fields["extra"]["announced"] == "March 2025"
    assert accounted(log, lines)


def test_browser_copy_previews_are_flagged_truncated_and_warned() -> None:
    records, log, _ = _read("search_copy.txt")
    *previews, expanded = records
    for rec, exp in zip(previews, EXPECTED, strict=False):
        assert rec.flags == ("truncated",)
        assert exp["abstract"].startswith(rec.abstract), rec.arxiv_id
        assert len(rec.abstract) < len(exp["abstract"]) and "▽" not in rec.abstract
    # the last entry was expanded before the copy: "… △ Less" ends the full text
    assert (expanded.abstract, expanded.flags) == (EXPECTED[-1]["abstract"], ())
    truncated = [d for d in log.warnings if d.code == "W_TRUNCATED"]
    assert [d.line for d in truncated] == [r.source.line for r in previews]


def test_browser_copy_page_chrome_is_counted_or_reported_never_a_record() -> None:
    _, log, _ = _read("search_copy.txt")
    rejected = {d.message.split(": ", 1)[1] for d in log.rejects}
    assert {"Cornell University", "Login", "About", "Privacy Policy"} <= rejected
    assert not any(m.startswith(("Showing 1", "Search v0", "50 results")) for m in rejected)
    assert log.chrome["header"] + log.chrome["pagination"] >= 6


def test_the_versions_dates_and_classes_are_kept() -> None:
    records, _, _ = _read("search_copy.txt")
    by_id = {r.arxiv_id: copy_fields(r.meta) for r in records}
    v2 = by_id["2503.11780"]
    assert v2["published"] == "2025-03-14"  # the first version's day, not the latest's
    assert v2["extra"]["updated"] == "21 March, 2025"
    classes = by_id["2503.12131"]["extra"]
    assert classes["acm_class"] == "I.2.10; H.5.5"
    assert classes["journal_ref"] == "IEEE Signal Processing Letters 32 (2025) 1401-1405"


def test_html2text_capture_gives_the_full_abstracts_and_plain_names() -> None:
    records, log, lines = _read("search_html2text.txt")
    got = [(r.arxiv_id, r.title, r.abstract, r.flags) for r in records]
    assert got == [(e["arxiv_id"], e["title"], e["abstract"], ()) for e in EXPECTED]
    for rec, exp in zip(records, EXPECTED, strict=True):
        fields = copy_fields(rec.meta)
        assert fields["authors"] == exp["authors"]  # links and their wraps undone
        assert fields["categories"] == exp["categories"]  # one tag a line
    assert not [d for d in log.warnings if d.code == "W_TRUNCATED"]
    assert log.chrome["links"] >= 7  # the format links a converter wraps one a line
    assert accounted(log, lines)


def test_clean_keeps_the_complete_abstract_over_the_preview(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = clean([str(FIXTURES / "search_copy.txt"), str(FIXTURES / "search_html2text.txt")], out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert result.parsed == 14 and len(rows) == 7
    assert [(r["arxiv_id"], r["abstract"]) for r in rows] == [
        (e["arxiv_id"], e["abstract"]) for e in EXPECTED
    ]
    assert all(len(r["sources"]) == 2 for r in rows)


def _parse(lines: list[str]) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_arxiv_text(list(enumerate(lines, 1)), "t", log)), log


def test_classes_on_one_line_a_doi_tag_and_a_wrapped_dates_sentence() -> None:
    records, log = _parse(
        [
            "arXiv:2501.00001  [pdf, ps, other]",
            "hep-th gr-qc",
            "doi",
            "10.1103/PhysRevD.111.024001",
            "Black Hole Thermodynamics in Two Dimensions",
            "Authors: Ada Lovelace, Alan Turing",
            "Abstract: We study the thermodynamics of two-dimensional black holes.",
            "Submitted 3 January, 2025; v1 submitted 1 January, 2025; originally",
            "announced January 2025.",
            "Report number: CERN-TH-2025-001 MSC Class: 83C57 ACM Class: J.2",
        ]
    )
    [rec] = records
    fields = copy_fields(rec.meta)
    assert rec.title == "Black Hole Thermodynamics in Two Dimensions"
    assert rec.abstract == "We study the thermodynamics of two-dimensional black holes."
    assert (fields["doi"], fields["categories"]) == (
        "10.1103/PhysRevD.111.024001",
        ["hep-th", "gr-qc"],
    )
    assert fields["published"] == "2025-01-01"
    assert fields["extra"] == {
        "updated": "3 January, 2025",
        "announced": "January 2025",
        "report_no": "CERN-TH-2025-001",
        "msc_class": "83C57",
        "acm_class": "J.2",
    }
    assert not log.warnings and not log.rejects


def test_a_line_after_the_entrys_fields_ends_it_and_is_reported() -> None:
    records, log = _parse(
        [
            "arXiv:2501.00001  [pdf]",
            "cs.CL",
            "A Title",
            "Authors: Ada Lovelace",
            "Abstract: One sentence of abstract.",
            "Submitted 1 January, 2025; originally announced January 2025.",
            "",
            "Next",
            "",
            "Stray words that are no field",
        ]
    )
    assert [r.title for r in records] == ["A Title"]
    assert [(d.code, d.line) for d in log.rejects] == [("R_UNPARSED", 10)]
    assert log.chrome["header"] == 1  # the pager's "Next"


def test_marks() -> None:
    assert md_lines.unlink("[![Cornell](a.svg)](https://cornell.edu/) x") == "Cornell x"
    assert md_lines.unlink("[Moreno D'Incà](https://arxiv.org/a?q=D'Incà), [E](u)") == (
        "Moreno D'Incà, E"
    )
    assert marks.category_line("cs.CV eess.IV q-bio.NC") == ["cs.CV", "eess.IV", "q-bio.NC"]
    for title in ("Attention Is All You Need", "cs.CV is not a title word", "xx.YY", ""):
        assert marks.category_line(title) is None, title
    assert marks.format_links("[pdf,") and marks.format_links("other]")
    assert not marks.format_links("[") and not marks.format_links("pdf files")
    assert marks.read_authors("A, B, et al. (23 additional authors not shown)") == ("A, B", 25)
    assert marks.read_abstract("Short… ▽ More") == ("Short", True)
    assert marks.read_abstract("Short… ▽ More Full text. △ Less") == ("Full text.", False)
    assert marks.read_abstract("Full text. △ Less") == ("Full text.", False)
    assert marks.read_dates("Submitted 1 May, 2025;") == {"submitted": "1 May, 2025"}
    assert marks.read_dates("Submitted around May") is None


def test_abstract_pages_one_record_each_with_every_field() -> None:
    # two abstract pages copied one after the other: before, 55 records of page chrome
    records, log, lines = _read("abs_copy.txt")
    got = [(r.arxiv_id, r.title, r.abstract, r.flags) for r in records]
    assert got == [(e["arxiv_id"], e["title"], e["abstract"], ()) for e in ABS]
    first, revised = (copy_fields(r.meta) for r in records)
    for fields, exp in zip((first, revised), ABS, strict=True):
        assert fields["authors"] == exp["authors"]
        assert fields["categories"] == exp["categories"]
        assert fields["published"] == "2025-03-14"
        assert fields["extra"].get("comment") == exp["comment"]
        history = fields["extra"]["history"]
        assert history.startswith(f"From: {exp['authors'][0]} [view email]; [v1]")
    assert revised["doi"] == "10.1109/LSP.2025.3551234"
    assert (revised["extra"]["updated"], revised["extra"]["version"]) == ("2 Apr 2025", "v2")
    assert revised["extra"]["journal_ref"].startswith("IEEE Signal Processing Letters")
    assert revised["extra"]["acm_class"] == "I.2.10; H.5.5"
    assert not log.warnings
    rejected = {d.message.split(": ", 1)[1] for d in log.rejects}
    assert rejected == {
        "Cornell University",
        "We gratefully acknowledge support from the Simons Foundation, member institution",
        "arxiv logo > cs > arXiv:2503.11731",
        "arxiv logo > cs > arXiv:2503.12131",
        "All fields",
        "Search",
        "Computer Science > Computer Vision and Pattern Recognition",
        "About",
        "Help",
        "Copyright",
        "Privacy Policy",
    }  # the site's own lines; the page's links, side bar and browse codes are chrome
    assert accounted(log, lines)


def test_an_abstract_page_names_itself_last() -> None:
    page = (FIXTURES / "abs_copy.txt").read_text(encoding="utf-8").splitlines()[:60]
    no_id_line = [line for line in page if line != "arXiv:2503.11731 (cs)"]
    head = list(enumerate(no_id_line, 1))
    assert detect_format(head, "abs.txt") == "arxiv_text"  # by its dateline
    records, log = _parse(no_id_line)
    assert [r.arxiv_id for r in records] == ["2503.11731"]  # from "Cite as:"
    assert not log.warnings
    uncited = [line for line in no_id_line if not line.startswith(("Cite as:", " \t"))]
    records, log = _parse(uncited)
    assert [r.arxiv_id for r in records] == [None]
    assert [d.code for d in log.warnings] == ["W_ARXIV_NO_ID"]


def test_an_abstract_page_in_a_scrapers_markdown() -> None:
    # headings, bold, escapes, a table of fields, links with titles: before, 24 records
    records, log, lines = _read("abs_firecrawl.md")
    [rec] = records
    assert (rec.arxiv_id, rec.flags) == ("2503.11780", ())
    assert (rec.title, rec.abstract) == (EXPECTED[1]["title"], EXPECTED[1]["abstract"])
    fields = copy_fields(rec.meta)
    assert fields["authors"] == EXPECTED[1]["authors"]
    assert (fields["published"], fields["categories"]) == ("2025-03-14", ["cs.CV"])
    extra = fields["extra"]
    assert (extra["updated"], extra["version"], extra["comment"]) == (
        "21 Mar 2025",
        "v2",
        "10 pages, 6 figures",
    )
    assert "Focus to learn more" not in extra["cite_as"]  # the DOI cell's tooltip
    assert extra["history"].endswith("[v2]; Fri, 21 Mar 2025 09:10:11 UTC (6,020 KB)")
    assert not log.warnings
    assert len(log.rejects) == 3  # the subject heading, the BibTeX widget, the bookmarks
    assert accounted(log, lines)


def test_plain() -> None:
    assert md_lines.unlink("![avatar](a.png) [Ada](u) ,", images=False) == " Ada ,"
    assert md_lines.plain("**arXiv:2503.11780** (cs)") == "arXiv:2503.11780 (cs)"
    assert md_lines.plain("# Title:A \\[Bracketed\\] Title") == "Title:A [Bracketed] Title"
    assert md_lines.plain("> Abstract:35.3\\\\% of F\\_1") == "Abstract:35.3\\% of F_1"
    assert md_lines.plain("[next >](u) x") == "[next >](u) x"  # no quote mark inside a line
    assert md_lines.plain("| --- | --- |") == ""
    assert md_lines.plain("|  | (or x) |") == "\t(or x)"
    assert (
        md_lines.plain("| Comments: | 12 pages \\| 3 tables |") == "Comments:\t12 pages | 3 tables"
    )
    assert md_lines.plain("| | d<br>Focus to learn more |", marks.abs_links) == "\td"


# arXiv's daily e-mail digest: each entry between "\\" lines (id, Date:, fields, then the
# abstract after a second "\\", the link and size last), mail headers and rules around them.
# Before: ids lost (W_ARXIV_NO_ID), "Categories: … \\" glued into every abstract, and the
# Date: line read as a title.
MAIL = json.loads((FIXTURES / "mail_digest.truth.json").read_text(encoding="utf-8"))


def test_the_mail_digest_gives_each_entry_whole() -> None:
    records, log, lines = _read("mail_digest.txt")
    assert [(r.arxiv_id, r.title, r.abstract) for r in records] == [
        (i, e["title"], e["abstract"]) for i, e in MAIL.items()
    ]
    fields = [copy_fields(r.meta) for r in records]
    assert [f["authors"] for f in fields] == [e["authors"] for e in MAIL.values()]
    assert [f["categories"] for f in fields] == [e["categories"] for e in MAIL.values()]
    assert fields[0]["published"] == "2025-03-14"
    assert fields[0]["extra"]["size"] == "2101kb"
    assert fields[3]["extra"]["cross_listing"] is True
    assert fields[4]["extra"]["updated"] == "Tue, 1 Apr 2025 10:02:11 GMT"  # a replacement
    assert records[4].flags == ("no_abstract",)
    assert not log.rejects and not log.warnings  # the mail's headers and rules are chrome
    assert accounted(log, lines)
