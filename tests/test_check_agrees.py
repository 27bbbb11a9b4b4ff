"""`check` agrees with `clean` (issue 16): it reads what clean reads, judges as clean judges,
and compares against a baseline by content."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from papercorpus.check import SEVERITY, check_files
from papercorpus.cli import main

from .conftest import DATA, EXAMPLES, require

ABSTRACT = (
    "We study how large language models answer questions about rare entities and show "
    "that retrieval of a few supporting passages closes most of the gap to frequent "
    "entities, with careful ablations over retrievers, prompts and model sizes."
)
OTHER = (
    "A diffusion model for satellite imagery that conditions on weather forecasts, trained "
    "on a decade of observations and evaluated on cloud removal and super-resolution "
    "benchmarks where it beats strong baselines."
)
THIRD = (
    "We propose a benchmark of one thousand spreadsheet tasks drawn from real offices and "
    "find that agents fail at multi-sheet references, with error analysis per formula type "
    "and a simple planner that halves the failures."
)


def run(args: list[str], **kwargs):
    return CliRunner().invoke(main, args, **kwargs)


def write_jsonl(path: Path, rows: list[object], gz: bool = False) -> Path:
    data = b"".join(orjson.dumps(r) + b"\n" for r in rows)
    path.write_bytes(gzip.compress(data, mtime=0) if gz else data)
    return path


def arxiv_row(ident: str, title: str, summary: str) -> dict[str, object]:
    # The arxiv-listings layout: the abstract is `summary`, hard-wrapped.
    wrapped = "\n".join(summary[i : i + 80] for i in range(0, len(summary), 80))
    return {
        "id": ident,
        "pdf": f"https://arxiv.org/pdf/{ident}",
        "abs": f"https://arxiv.org/abs/{ident}",
        "authors": ["A. Author"],
        "title": title,
        "categories": ["cs.CL"],
        "comment": None,
        "summary": wrapped,
    }


def arxiv_days(tmp_path: Path) -> Path:
    """Two listing days: a paper listed on both (byte-identical rows), one revised."""
    d = tmp_path / "listings"
    d.mkdir()
    a = arxiv_row("2503.00001", "Retrieval Helps With Rare Entities", ABSTRACT)
    b = arxiv_row("2503.00002", "Diffusion for Satellite Imagery", OTHER)
    b2 = arxiv_row("2503.00002", "Diffusion for Satellite Imagery (v2)", OTHER + " Code is out.")
    c = arxiv_row("2503.00003", "A Spreadsheet Benchmark for Agents", THIRD)
    write_jsonl(d / "2025-03-18.jsonl.gz", [a, b], gz=True)
    write_jsonl(d / "2025-03-19.jsonl.gz", [a, b2, c], gz=True)
    return d


def hf_scrape(tmp_path: Path) -> Path:
    """The hf-papers-scrape layout: nested `details`, junk abstracts, an arXiv id for one."""

    def item(title: str, abstract: str | None, ident: str) -> dict[str, object]:
        details: dict[str, object] = {
            "title": title,
            "arxiv_page_url": f"https://arxiv.org/abs/{ident}",
        }
        if abstract is not None:
            details["abstract"] = abstract
        return {
            "title": title,
            "paper_url": f"https://huggingface.co/papers/{ident}",
            "authors": [],
            "stars": "0",
            "details": details,
            "scraped_date": "2025-12-04",
        }

    items = [
        item("Retrieval Helps With Rare Entities", ABSTRACT, "2512.00001"),
        item("Diffusion for Satellite Imagery", "Diffusion for Satellite Imagery", "2512.00002"),
        item("A Spreadsheet Benchmark", "2603.16777", "2512.00003"),
        item("Another Paper Without Abstract", None, "2512.00004"),
        item(
            "Markdown by the Authors",
            THIRD + " Code: [this https URL](https://github.com/a/b)",
            "2512.00005",
        ),
    ]
    d = tmp_path / "scrape"
    d.mkdir()
    for name in ("daily.json", "weekly.json"):
        (d / name).write_bytes(orjson.dumps(items, option=orjson.OPT_INDENT_2))
    return d


def clean_then_check(tmp_path: Path, inputs: list[str], *check_args: str):
    out = tmp_path / "out.jsonl"
    cleaned = run(["clean", "-q", *inputs, "-o", str(out)])
    assert cleaned.exit_code == 0, cleaned.stderr
    return run(["check", str(out), *check_args])


# --------------------------------------------------------------------------- clean, then check


@pytest.mark.parametrize("shape", ["seeds", "arxiv", "hf"])
def test_check_passes_what_clean_wrote(tmp_path, shape):
    inputs = {
        "seeds": lambda: EXAMPLES,
        "arxiv": lambda: arxiv_days(tmp_path),
        "hf": lambda: hf_scrape(tmp_path),
    }[shape]()
    result = clean_then_check(tmp_path, [str(inputs)])
    assert result.exit_code == 0, result.stdout
    # Whatever is reported is what clean keeps on purpose: never an error.
    assert all(
        "(warning)" in line or "(notice)" in line for line in result.stdout.splitlines()[:-1]
    )


def test_hf_shape_is_judged_as_clean_judges(tmp_path):
    out = clean_then_check(tmp_path, [str(hf_scrape(tmp_path))], "--format", "json")
    report = orjson.loads(out.stdout)
    codes = {p["code"]: p for p in report["problems"]}
    # junk abstracts: clean writes them as "" with an abstract_status (the text in
    # abstract_raw), so check sees empty abstracts; and the authors' markdown: warnings and
    # notices
    assert set(codes) == {"C_EMPTY_ABSTRACT", "C_MARKDOWN_LINK"}
    assert codes["C_MARKDOWN_LINK"]["severity"] == "notice"
    rows = [orjson.loads(line) for line in (tmp_path / "out.jsonl").read_bytes().splitlines()]
    empty = [r for r in rows if not r["abstract"]]
    assert empty and all(r["abstract_status"] in ("junk", "missing") for r in empty)
    assert report["failed"] is False
    assert report["severities"] == {"warning": len(empty), "notice": 1}


def test_an_arxiv_id_is_not_called_upvotes(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [{"title": "2603.16777", "abstract": ABSTRACT}])
    [problem] = check_files([str(path)]).problems
    assert problem.code == "C_CHROME_FIELD"
    assert "arXiv id" in problem.message and "upvotes" not in problem.message


@pytest.mark.parametrize(
    "subset",
    [
        pytest.param(("arxiv-listings", "2025-03-*.jsonl.gz"), id="arxiv-listings"),
        pytest.param(("hf-papers-scrape", "weekly"), id="hf-papers-scrape"),
    ],
)
def test_check_passes_what_clean_wrote_from_the_real_data(tmp_path, subset):
    folder, pattern = subset
    root = require(DATA / folder)
    inputs = sorted(str(p) for p in root.glob(pattern))
    assert inputs
    result = clean_then_check(tmp_path, inputs)
    assert result.exit_code == 0, result.stdout[-2000:]


# --------------------------------------------------------------------------- raw inputs


def test_raw_arxiv_listings_report_the_real_duplicates(tmp_path):
    days = arxiv_days(tmp_path)
    result = check_files([str(days)])
    codes = [p.code for p in result.problems]
    # the paper listed twice (identical rows) and the revised one: two groups, nothing else
    assert sorted(codes) == ["C_DUPLICATE", "C_NEAR_DUPLICATE"]
    assert "C_MISSING_FIELD" not in codes and "C_ID_COLLISION" not in codes
    assert result.rows == 5
    exact = next(p for p in result.problems if p.code == "C_DUPLICATE")
    assert [line for _, line in exact.lines] == [1, 1]


def test_identical_rows_are_exact_duplicates_not_an_id_collision(tmp_path):
    row = arxiv_row("2503.00001", "Retrieval Helps With Rare Entities", ABSTRACT)
    path = write_jsonl(tmp_path / "day.jsonl", [row, row])
    assert [p.code for p in check_files([str(path)]).problems] == ["C_DUPLICATE"]


def test_raw_arxiv_listings_from_the_real_data():
    root = require(DATA / "arxiv-listings")
    files = sorted(str(p) for p in root.glob("2025-03-*.jsonl.gz"))
    result = check_files(files)
    codes = {p.code for p in result.problems}
    assert "C_MISSING_FIELD" not in codes and "C_ID_COLLISION" not in codes
    assert "C_DUPLICATE" in codes
    # every group is copies of one arXiv id: read the rows back and compare
    rows = {f: gzip.decompress(Path(f).read_bytes()).splitlines() for f in files}
    for p in result.problems:
        if p.code in ("C_DUPLICATE", "C_NEAR_DUPLICATE"):
            ids = {orjson.loads(rows[f][line - 1])["id"] for f, line in p.lines}
            assert len(ids) == 1, p


def test_title_and_abstract_fields_csv_and_nested_json(tmp_path):
    csv_path = tmp_path / "papers.csv"
    csv_path.write_text(f'Paper Name,Body\n"Retrieval Helps With Rare Entities","{ABSTRACT}"\n')
    result = run(
        ["check", str(csv_path), "--title-field", "Paper Name", "--abstract-field", "Body"]
    )
    assert result.exit_code == 0, result.stdout
    missing = run(["check", str(csv_path)])
    assert "C_MISSING_FIELD" in missing.stdout and missing.exit_code == 1
    nested = tmp_path / "nested.json"
    nested.write_bytes(
        orjson.dumps({"data": [{"paper": {"title": "Diffusion", "summary": OTHER}}]})
    )
    result = run(["check", str(nested)])
    assert result.exit_code == 0, result.stdout
    assert result.stdout == "no problems in 1 row from 1 file\n"


# --------------------------------------------------------------------------- severities


def test_every_code_has_a_severity_and_fail_on_chooses(tmp_path):
    assert set(SEVERITY.values()) == {"error", "warning", "notice"}
    rows = [{"title": "Retrieval Helps With Rare Entities", "abstract": "Great paper!"}]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    assert run(["check", str(path)]).exit_code == 0  # a short abstract is a warning
    assert run(["check", str(path), "--fail-on", "warning"]).exit_code == 1
    assert run(["check", str(path), "--fail-on", "notice"]).exit_code == 1
    dup = write_jsonl(tmp_path / "d.jsonl", rows + rows)
    assert run(["check", str(dup), "--fail-on", "never"]).exit_code == 0
    assert run(["check", str(dup)]).exit_code == 1


# --------------------------------------------------------------------------- baseline


def test_baseline_reports_only_what_the_new_rows_bring(tmp_path):
    old = tmp_path / "old.jsonl"
    cleaned = run(["clean", "-q", str(EXAMPLES), "-o", str(old)])
    assert cleaned.exit_code == 0
    old_rows = old.read_bytes().splitlines()
    copy = orjson.loads(old_rows[10])  # a duplicate of a row already there
    copy["id"] = "0" * 20
    junk = {
        "id": "1" * 20,
        "title": "A New Paper About Graphs",
        "abstract": "Great paper!",
        "sources": [{"file": "new.txt", "line": 1, "date": None, "match": "survivor"}],
    }
    fine = {
        "id": "2" * 20,
        "title": "A Spreadsheet Benchmark for Agents",
        "abstract": THIRD,
        "sources": [{"file": "new.txt", "line": 5, "date": None, "match": "survivor"}],
    }
    new = tmp_path / "new.jsonl"
    # the new rows go in the middle: lines move, the baseline compares by content
    new.write_bytes(
        b"\n".join([*old_rows[:3], *(orjson.dumps(r) for r in (copy, junk, fine)), *old_rows[3:]])
        + b"\n"
    )
    result = run(["check", "--baseline", str(old), str(new), "--format", "json"])
    report = orjson.loads(result.stdout)
    got = sorted((p["code"], p["line"]) for p in report["problems"])
    assert got == [("C_ABSTRACT_SHORT", 5), ("C_DUPLICATE", 4)]
    dup = next(p for p in report["problems"] if p["code"] == "C_DUPLICATE")
    assert {ref["line"] for ref in dup["lines"]} == {4, 14}
    assert result.exit_code == 1  # the duplicate is an error
    # the baseline against itself: nothing new
    same = run(["check", "--baseline", str(old), str(old)])
    assert same.exit_code == 0 and same.stdout.startswith("no problems in 405 rows")


# --------------------------------------------------------------------------- github


def test_github_format_caps_annotations_and_fills_the_job_summary(tmp_path):
    rows = [
        {"title": f"Paper number {i} about graphs", "abstract": "Great paper!"} for i in range(25)
    ]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    summary = tmp_path / "summary.md"
    result = run(
        ["check", str(path), "--format", "github"], env={"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert result.exit_code == 0
    assert result.stdout.count("::warning ") == 10
    assert "15 more problems listed in the job summary" in result.stderr
    table = summary.read_text()
    assert table.count("| warning | C_ABSTRACT_SHORT |") == 25
    assert "papercorpus check: passed" in table


def test_docs_list_each_code_under_its_severity():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "check.md").read_text(encoding="utf-8")
    for level in ("error", "warning", "notice"):
        [row] = [line for line in doc.splitlines() if line.startswith(f"| {level} | ")]
        listed = {c.strip("` ") for c in row.split("|")[2].split(",")}
        assert listed == {c for c, lv in SEVERITY.items() if lv == level}, level


def test_directories_are_selected_and_read_as_clean_reads_them(tmp_path):
    days = arxiv_days(tmp_path)
    (days / "notes.txt").write_text("not a listing\n")
    only = run(["check", str(days), "--include", "*.jsonl.gz", "--format", "json"])
    report = orjson.loads(only.stdout)
    assert report["files"] == 2 and report["rows"] == 5
    first = run(["check", str(days), "--exclude", "2025-03-19*", "--exclude", "*.txt"])
    assert first.exit_code == 0 and first.stdout == "no problems in 2 rows from 1 file\n"
    # a JSON document named .txt, read as JSON when told so
    doc = tmp_path / "doc.txt"
    doc.write_bytes(
        orjson.dumps([{"title": "Retrieval Helps With Rare Entities", "abstract": ABSTRACT}])
    )
    forced = run(["check", str(doc), "--input-format", "json"])
    assert forced.exit_code == 0 and forced.stdout == "no problems in 1 row from 1 file\n"


@pytest.mark.parametrize("name", ["papers.tsv", "papers.csv", "papers"])
def test_tab_separated_rows_are_read_with_the_delimiter_clean_sniffs(tmp_path, name):
    path = tmp_path / name
    path.write_text(f"title\tabstract\nRetrieval Helps With Rare Entities\t{ABSTRACT}\n")
    result = run(["check", str(path)])
    assert result.stdout == "no problems in 1 row from 1 file\n", result.stdout
