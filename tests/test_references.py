"""BibTeX and RIS, the exports of arXiv, Google Scholar and every reference manager (and the
input of the bibliographic deduplicators: bibtex-tidy, ASySD, DedupEndNote). Before these
readers a .bib file of three entries gave two records (``@misc{key,`` as a title, every
field line glued into one "abstract") and a .ris file of two references twelve (each tag
line a paper)."""

from __future__ import annotations

import json
from pathlib import Path

from papercorpus.fields import copy_fields
from papercorpus.sources import ParseLog
from papercorpus.sources.structured.bibtex import parse_bibtex
from papercorpus.sources.structured.ris import parse_ris

from .conftest import read_capture

FIXTURES = Path(__file__).parent / "fixtures" / "references"
TRUTH = json.loads((FIXTURES / "truth.json").read_text(encoding="utf-8"))


def test_bibtex_from_arxiv_scholar_and_zotero() -> None:
    records, log, _ = read_capture(FIXTURES / "papers.bib")
    assert log.formats["bibtex"] == 1
    want = TRUTH[:3]
    assert [(r.arxiv_id, r.title) for r in records] == [(t["arxiv_id"], t["title"]) for t in want]
    assert [r.abstract for r in records] == ["", "", want[2]["abstract"]]  # exported or not
    fields = [copy_fields(r.meta) for r in records]
    assert [f["authors"] for f in fields] == [t["authors"] for t in want]  # "Surname, F" turned
    assert fields[0]["categories"] == ["cs.CV"]  # primaryClass
    assert fields[2]["extra"]["journal"] == "arXiv preprint, cs.CV"  # @string # "…"
    assert fields[2]["extra"]["month"] == "3"
    assert fields[2]["extra"]["citation_key"] == "zhang2025generating"
    assert not log.rejects


def test_ris_from_zotero_and_endnote() -> None:
    records, log, _ = read_capture(FIXTURES / "papers.ris")
    assert log.formats["ris"] == 1
    want = TRUTH[2:5]
    assert [(r.arxiv_id, r.title, r.abstract) for r in records] == [
        (t["arxiv_id"], t["title"], t["abstract"])
        for t in want  # N2 wrapped: joined
    ]
    fields = [copy_fields(r.meta) for r in records]
    assert [f["authors"] for f in fields] == [t["authors"] for t in want]
    assert {f["published"] for f in fields} == {"2025-03-14"}  # DA, or Y1 with its day
    assert not log.rejects


def _bib(text: str) -> tuple[list, ParseLog]:
    log = ParseLog()
    return list(parse_bibtex(enumerate(text.splitlines(), 1), "t.bib", log)), log


def test_bibtex_braces_that_group_go_and_a_commands_stay() -> None:
    (r,), _ = _bib(
        "@article{k,\n title = {A {NeRF} Study of Poincar\\'{e} Maps},\n"
        " author = {{Google DeepMind} and de la Fuente, Ana and Smith, Jr, John},\n"
        " abstract = {Steps a) and b) need not balance: it works (mostly.}\n}"
    )
    assert r.title == "A NeRF Study of Poincar\\'{e} Maps"
    assert r.abstract == "Steps a) and b) need not balance: it works (mostly."
    names = ["Google DeepMind", "Ana de la Fuente", "John Smith Jr"]
    assert copy_fields(r.meta)["authors"] == names


def test_bibtex_another_archives_eprint_is_no_arxiv_id_and_a_cut_entry_is_reported() -> None:
    records, log = _bib(
        "@misc{a, title = {T}, eprint = {2503.11906}, archivePrefix = {HAL}}\n"
        "stray text\n@article{b, title = {Cut off"
    )
    assert [r.arxiv_id for r in records] == [None]
    assert [(d.code, d.line) for d in log.rejects] == [("R_UNPARSED", 2), ("R_BIBTEX_CUT", 3)]


def test_ris_a_reference_without_er_is_reported() -> None:
    log = ParseLog()
    lines = ["TY  - JOUR", "TI  - One", "ER  - ", "TY  - JOUR", "TI  - Two"]
    records = list(parse_ris(enumerate(lines, 1), "t.ris", log))
    assert [r.title for r in records] == ["One"]
    assert [(d.code, d.line) for d in log.rejects] == [("R_RIS_CUT", 4)]


def test_zotero_csv_names_surname_first_are_turned_round() -> None:
    # "Author": "Awais, Ch Muhammad; Reggiannini, Marco; …" (was kept surname first)
    records, _, _ = read_capture(FIXTURES / "zotero.csv")
    assert [copy_fields(r.meta)["authors"] for r in records] == [t["authors"] for t in TRUTH[:3]]
    assert [r.arxiv_id for r in records] == [t["arxiv_id"] for t in TRUTH[:3]]


def test_check_fails_on_a_cut_reference(tmp_path: Path) -> None:
    from papercorpus.check import check_files

    path = tmp_path / "cut.bib"
    head = "@misc{a, title = {One}, abstract = {The abstract of the first paper, whole.}}\n"
    path.write_text(head + "@article{b, title = {Cut off\n", encoding="utf-8")
    result = check_files([str(path)])
    assert [(p.code, p.line) for p in result.problems] == [("C_BAD_REFERENCE", 2)]
    assert result.failed


def test_a_page_opening_with_a_handle_is_no_bibtex() -> None:
    from papercorpus.sources.detect import detect_format

    head = ["@akhaliq (Hugging Face)", "", "Paper One: A Title", "", "Its abstract goes here."]
    assert detect_format(list(enumerate(head, 1)), "page.txt") == "pages"
    assert detect_format([(1, "@article{k,"), (2, " title = {T}}")], "x.txt") == "bibtex"


def test_the_kaggle_arxiv_abstracts_table() -> None:
    # "titles,summaries,terms": was "CSV header has no title column"
    records, log, _ = read_capture(FIXTURES / "arxiv_data.csv")
    assert len(records) == 3 and all(r.title and len(r.abstract) > 200 for r in records)
    assert copy_fields(records[0].meta)["extra"]["terms"] == "['cs.CV', 'cs.RO']"
