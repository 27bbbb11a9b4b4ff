"""arXiv listing pages captured as text (domain.md §b rows 21-22)."""

from __future__ import annotations

import gzip
import json
import textwrap
from pathlib import Path

import pytest

from papercorpus import clean
from papercorpus.fields import copy_fields
from papercorpus.normalize import collapse_ws
from papercorpus.records import Record
from papercorpus.sources.arxiv_text import looks_like_arxiv_text, parse_arxiv_text
from papercorpus.sources.base import ParseLog
from papercorpus.sources.detect import detect_format
from papercorpus.sources.inputs import InputFile, read_lines

from .conftest import DATA, require

FIXTURES = Path(__file__).parent / "fixtures" / "pages"


def _parse(lines: list[str], name: str = "t") -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_arxiv_text(list(enumerate(lines, 1)), name, log)), log


def _parse_fixture(name: str) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_arxiv_text(read_lines(InputFile(name, FIXTURES / name)), name, log)), log


def _entry(n: int, paper_id: str, title: str, abstract: str = "", extra: str = "") -> list[str]:
    lines = [f"[{n}] arXiv:{paper_id} [pdf, html, other]", f"Title: {title}"]
    lines += ["Authors: Ada Lovelace, Alan Turing"]
    lines += [extra] if extra else []
    lines += ["Subjects: Computation and Language (cs.CL)"]
    return lines + ([abstract] if abstract else [])


def test_new_listing_fixture() -> None:
    records, log = _parse_fixture("row21_arxiv_listing.txt")
    assert [(r.arxiv_id, r.title, r.source.line) for r in records] == [
        ("2411.05780", "GazeSearch: Radiology Findings Search Benchmark", 10),
        (
            "2411.05779",
            "Curriculum Learning for Few-Shot Domain Adaptation in CT-based Airway Tree "
            "Segmentation",
            20,
        ),
        ("2610.01471", "When Does a Second Model Help? Cross-Model Review in LLM Verification", 32),
        (
            "2403.01774",
            "WebCiteS: Attributed Query-Focused Summarization on Chinese Web Search Results "
            "with Citations",
            42,
        ),
    ]
    first, second, cross, replaced = records
    assert first.abstract.startswith("Medical eye-tracking data is an important information")
    assert first.abstract.endswith("but also their interpretability.")
    assert first.meta["authors"].endswith("Zhigang Deng, Carol C. Wu, Hien Nguyen, Ngan Le")
    assert first.meta["extra"] == {"comment": "Accepted WACV 2025"}
    assert first.meta["subjects"].startswith("Computer Vision and Pattern Recognition (cs.CV)")
    assert second.meta["extra"] == {"journal_ref": "ApJ 123 (2026)", "version": "v2"}
    assert second.abstract.endswith("segmentation quality and generalization.")
    assert cross.meta["extra"]["cross_list_from"] == "cs.CL" and cross.meta["section"] == "cross"
    assert cross.meta["subjects"].endswith("Software Engineering (cs.SE)")
    assert (replaced.abstract, replaced.flags) == ("", ("no_abstract",))
    assert replaced.meta["section"] == "replacement"
    assert {r.source.date for r in records} == {"Wednesday, 2 September 2026"}
    assert log.warnings == []  # replacements list no abstract: nothing to warn about
    [reject] = log.rejects  # the category name above the listing, reported, not dropped
    assert (reject.code, reject.line) == ("R_UNPARSED", 1)
    assert log.chrome["section"] == 3 and log.chrome["pagination"] >= 2


def test_arxiv_text_conventions_fixture() -> None:
    records, log = _parse_fixture("row22_arxiv_conventions.txt")
    first, second = records
    assert first.title == "On Poincar\\'e Embeddings and the Nystr\\\"{o}m Method"
    assert (
        "Poincar\\'e embeddings with a na\\\"{\\i}ve baseline and report 0.12\\%" in first.abstract
    )
    assert "{\\em prior} work, at $512\\times512$ resolution. A second paragraph" in first.abstract
    assert first.source.date == "Wed, 2 Sep 2026" and first.meta["section"] == "recent"
    assert second.flags == ("no_abstract",)
    assert log.warnings == [] and log.rejects == []  # /recent pages carry no abstracts


def test_detection() -> None:
    for name in ("row21_arxiv_listing.txt", "row22_arxiv_conventions.txt"):
        text = (FIXTURES / name).read_text(encoding="utf-8").split("\n")
        assert looks_like_arxiv_text(text[:200])
        assert detect_format(list(enumerate(text, 1))[:200], name) == "arxiv_text"
    page = (FIXTURES / "row05_paper_urls.txt").read_text(encoding="utf-8").split("\n")
    assert not looks_like_arxiv_text(page)
    assert detect_format(list(enumerate(page, 1)), "x.txt") == "pages"


def test_an_id_inside_an_abstract_is_not_an_entry() -> None:
    lines = _entry(1, "2504.15349", "Exploring Compositional Generalization")
    lines += [
        "The COGS benchmark (Kim and Linzen, 2020)",
        "arXiv:2010.05465 reports 0% accuracy for Transformer models on some structural",
        "generalizations; (Weiss et al., 2021)",
        "arXiv:2106.06981's programming language shows how to fix it.",
    ]
    [rec], log = _parse(lines)
    assert "arXiv:2010.05465 reports 0% accuracy" in rec.abstract
    assert rec.abstract.endswith("arXiv:2106.06981's programming language shows how to fix it.")
    assert log.warnings == log.rejects == []


def test_current_layout_with_unlabelled_authors_and_title_on_its_own_line() -> None:
    lines = [
        "arXiv:2609.00003 [pdf, other]",
        "Title:",
        "          PanoImager: Geometry-Guided Novel View Synthesis from Sparse Panoramas",
        "Zhisong Xu, Takeshi Oishi",
        "Comments: 12 pages",
        "Subjects: Computer Vision and Pattern Recognition (cs.CV)",
        "Panoramic sensing offers wide field-of-view coverage, yet 3D reconstruction from",
        "sparse panoramas remains challenging.",
    ]
    [rec], log = _parse(lines)
    assert rec.title == "PanoImager: Geometry-Guided Novel View Synthesis from Sparse Panoramas"
    assert rec.source.line == 3
    assert rec.meta["authors"] == "Zhisong Xu, Takeshi Oishi"
    assert rec.abstract.endswith("sparse panoramas remains challenging.")


def test_wrapped_author_lists_stay_out_of_the_abstract() -> None:
    lines = _entry(1, "2503.13330", "LEAVS: An LLM-based Labeler for Abdominal CT Supervision")
    lines[2:3] = [
        "Authors: Ricardo Bigolin Lanfredi, Yan Zhuang, Mark Finkelstein, Praveen Thoppey",
        "Balamuralikrishna, Luke Krembs, Brandon Khoury, Arthi Reddy, Pritam Mukherjee, Neil M.",
        "  Rofsky, Ronald M. Summers",
    ]
    lines.append("Extracting structured labels from radiology reports has been employed.")
    [rec], _ = _parse(lines)
    assert rec.meta["authors"].endswith("Neil M. Rofsky, Ronald M. Summers")
    assert rec.abstract == "Extracting structured labels from radiology reports has been employed."


def test_missing_id_missing_title_and_page_footer_are_reported() -> None:
    lines = _entry(1, "2609.00010", "First Paper", "A first abstract that is complete.")
    lines += ["Title: Second Paper Without Its Id Line", "Authors: Grace Hopper"]
    lines += ["Subjects: Computation and Language (cs.CL)", "A second abstract, also complete."]
    lines += ["[3] arXiv:2609.00012 [pdf]", "Authors: Nobody", "Subjects: Other (cs.OH)"]
    lines += ["", "About", "Help"]
    records, log = _parse(lines)
    assert [(r.arxiv_id, r.title) for r in records] == [
        ("2609.00010", "First Paper"),
        (None, "Second Paper Without Its Id Line"),
    ]
    assert records[1].abstract == "A second abstract, also complete."
    assert [(d.code, d.line) for d in log.warnings] == [("W_ARXIV_NO_ID", 6)]
    assert [(d.code, d.line) for d in log.rejects] == [
        ("R_NO_TITLE", 10),
        ("R_UNPARSED", 14),
        ("R_UNPARSED", 15),
    ]


def test_missing_abstract_on_a_new_listing_is_a_warning() -> None:
    lines = ["Showing new listings for Friday, 3 July 2026"]
    lines += _entry(1, "2607.00001", "Has One", "An abstract that is complete.")
    lines += _entry(2, "2607.00002", "Has None")
    records, log = _parse(lines)
    assert records[1].flags == ("no_abstract",)
    assert [(d.code, d.line) for d in log.warnings] == [("W_NO_ABSTRACT", 8)]


def test_cut_at_eof_is_flagged_truncated() -> None:
    lines = _entry(1, "2607.00001", "Autoregressive Things", "We use autoregressive decoders.")
    lines += _entry(2, "2607.00002", "More Things", "Almost all methods rely on autore")
    records, _ = _parse(lines)
    assert [r.flags for r in records] == [(), ("truncated",)]
    lines[-1] = "Almost all methods rely on autoregressive decoders"
    records, _ = _parse(lines)
    assert [r.flags for r in records] == [(), ()]


def test_odd_input_never_crashes() -> None:
    for lines in ([], [""], ["arXiv:"], ["Title:"], ["Subjects: x"], ["[1] arXiv:2601.00001"]):
        _parse(lines)


def test_rendered_real_listings_parse_exactly() -> None:
    """Real arXiv rows (../shared/data) rendered as a /new listing page, 80-column abstracts."""
    folder = require(DATA / "arxiv-listings")
    expected, lines = [], ["Showing new listings for Tuesday, 18 March 2025"]
    for path in sorted(folder.glob("*.jsonl.gz"))[:2]:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        for n, row in enumerate(rows, 1):
            title = textwrap.wrap(collapse_ws(row["title"]), 90, break_on_hyphens=False)
            authors = textwrap.wrap(", ".join(row["authors"]), 90, break_on_hyphens=False)
            lines += [f"[{n}] arXiv:{row['id']} [pdf, html, other]", "Title: " + title[0]]
            lines += ["  " + t for t in title[1:]] + ["Authors: " + (authors or [""])[0]]
            lines += ["  " + a for a in authors[1:]]
            if row.get("comment"):
                lines.append("Comments: " + collapse_ws(row["comment"]))
            lines.append("Subjects: " + "; ".join(row["categories"]).replace("\n", " "))
            lines += row["summary"].split("\n") + [""]
            expected.append((row["id"], collapse_ws(row["title"]), collapse_ws(row["summary"])))
    records, log = _parse(lines)
    assert [(r.arxiv_id, r.title, r.abstract) for r in records] == expected
    assert log.rejects == [] and len(expected) > 100


@pytest.mark.parametrize("line", ["fewer | more | all", "No updates today.", "Total of 12 entries"])
def test_listing_chrome_between_entries(line: str) -> None:
    lines = _entry(1, "2607.00001", "A", "An abstract.") + [line]
    lines += _entry(2, "2607.00002", "B", "Another abstract.")
    records, log = _parse(lines)
    assert [r.abstract for r in records] == ["An abstract.", "Another abstract."]
    assert log.rejects == [] and sum(log.chrome.values()) == 1


def test_listing_fields_reach_the_output_row_as_a_json_row_gives_them(tmp_path: Path) -> None:
    """Subjects are read to their codes (as the structured rows give them) and the notes no
    field reads (comment, journal reference, classes, version) are kept in ``extra``: the
    same paper from an arXiv JSON row and from its listing page agree field by field."""
    page = tmp_path / "listing.txt"
    page.write_text(
        "\n".join([
            "Showing new listings for Tuesday, 21 October 2025", "",
            "[1] arXiv:2510.17795v2 [pdf, html, other]",
            "Title: Executable Knowledge Graphs for Replicating AI Research",
            "Authors: Yujie Luo, Zhuoyun Yu, Xuehai Wang",
            "Comments: Work in progress, 12 pages",
            "Journal-ref: ACL 2025",
            "MSC-class: 68T50",
            "Subjects: Computation and Language (cs.CL); Artificial Intelligence (cs.AI); Machine",
            "  Learning (cs.LG)", "",
            "Replicating AI research is a crucial yet challenging task for large language",
            "model (LLM) agents. Existing approaches often struggle to generate executable",
            "code, primarily due to insufficient background knowledge.", "",
        ])
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    clean([str(page)], out)
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["authors"] == ["Yujie Luo", "Zhuoyun Yu", "Xuehai Wang"]
    assert row["categories"] == ["cs.CL", "cs.AI", "cs.LG"]
    assert row["extra"] == {
        "comment": "Work in progress, 12 pages",
        "journal_ref": "ACL 2025",
        "msc_class": "68T50",
        "version": "v2",
    }
    assert row["arxiv_id"] == "2510.17795"


@pytest.mark.parametrize(
    ("value", "codes"),
    [
        ("Computer Vision and Pattern Recognition (cs.CV)", ["cs.CV"]),
        ("Quantum Physics (quant-ph); Optics (physics.optics)", ["quant-ph", "physics.optics"]),
        (["Computation and Language (cs.CL)", "cs.AI"], ["cs.CL", "cs.AI"]),
        ("cs.CL cs.AI", ["cs.CL", "cs.AI"]),
        ("Machine learning; Robotics", ["Machine learning", "Robotics"]),
    ],
)
def test_subject_names_are_read_to_their_codes(value: object, codes: list[str]) -> None:
    assert copy_fields({"subjects": value})["categories"] == codes
    assert copy_fields({"categories": value})["categories"] == codes
