"""`papercorpus check`: problem codes, output formats, exit codes (issue 6)."""

from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

import papercorpus
from papercorpus.check import CODES, DUPLICATE_CODES, check_files
from papercorpus.check.problems import Problem
from papercorpus.check.text import markdown_link_leak, mojibake, text_problems
from papercorpus.check_cli import check, github_command
from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records

from .conftest import EXAMPLES

SEEDS = sorted(EXAMPLES.glob("*.txt"))
ABSTRACT = (
    "We study how large language models answer questions about rare entities and show "
    "that retrieval of a few supporting passages closes most of the gap to frequent "
    "entities, with careful ablations over retrievers, prompts and model sizes."
)


def run(args: list[str]):
    return CliRunner().invoke(check, args)


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return path


def seeds_without_dedup(path: Path) -> tuple[Path, list[tuple[str, int]]]:
    """Every parsed copy of the seeds as one JSONL row (no dedup), and each row's source."""
    rows, where = [], []
    for seed in SEEDS:
        for rec in iter_records(InputFile(str(seed), seed), ReadOptions(), ParseLog()):
            src = {"file": rec.source.file, "line": rec.source.line, "date": None}
            rows.append({"title": rec.title, "abstract": rec.abstract, "sources": [src]})
            where.append((rec.source.file, rec.source.line))
    return write_jsonl(path, rows), where


def codes_at(result, line: int) -> list[str]:
    return [p.code for p in result.problems if p.line == line]


# --------------------------------------------------------------------------- acceptance


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_clean_output_of_the_seeds_passes(tmp_path, suffix):
    out = tmp_path / f"papers{suffix}"
    papercorpus.clean([str(EXAMPLES)], out, papercorpus.CleanOptions(jobs=1))
    result = run([str(out)])
    assert result.exit_code == 0, result.stdout
    assert result.stdout == "no problems in 405 rows from 1 file\n"


def test_seeds_without_dedup_fail_with_the_35_groups(tmp_path):
    path, where = seeds_without_dedup(tmp_path / "all.jsonl")
    assert len(where) == 445
    result = run([str(path), "--format", "json"])
    assert result.exit_code == 1
    report = orjson.loads(result.stdout)
    assert report["rows"] == 445
    assert report["counts"] == {"C_DUPLICATE": 35}
    groups = report["problems"]
    assert sum(len(g["lines"]) for g in groups) == 75  # 35 groups, 40 surplus copies
    texts = path.read_bytes().splitlines()
    for g in groups:
        rows = [orjson.loads(texts[ref["line"] - 1]) for ref in g["lines"]]
        assert len({(r["title"], r["abstract"]) for r in rows}) == 1
        assert g["line"] == g["lines"][0]["line"]
    # the three groups with 3-4 copies of domain.md §a.4
    assert sorted(len(g["lines"]) for g in groups)[-3:] == [3, 4, 4]
    text = run([str(path)])
    *problems, summary = text.stdout.splitlines()
    assert len(problems) == 35 and all(
        ": C_DUPLICATE 2" in p or ": C_DUPLICATE 3" in p or ": C_DUPLICATE 4" in p for p in problems
    )
    assert summary == "35 problems (35 errors) in 445 rows from 1 file: C_DUPLICATE 35"


# --------------------------------------------------------------------------- codes

GOOD = {"title": "Retrieval Helps With Rare Entities", "abstract": ABSTRACT}
CASES = [
    ({"title": "Subscribe", "abstract": ABSTRACT}, "C_CHROME_FIELD"),
    ({"title": "SubscribeRetrieval Helps", "abstract": ABSTRACT}, "C_CHROME_TEXT"),
    ({"title": "May 29", "abstract": ABSTRACT}, "C_CHROME_FIELD"),
    ({"title": "1,024", "abstract": ABSTRACT}, "C_CHROME_FIELD"),
    ({"title": "Upvote 12", "abstract": ABSTRACT}, "C_CHROME_FIELD"),
    ({"title": "A Title", "abstract": "Get trending papers in your email inbox! " + ABSTRACT},
     "C_CHROME_TEXT"),
    ({"title": "A Title 12 authors", "abstract": ABSTRACT}, "C_CHROME_TEXT"),
    ({"title": "A Title", "abstract": ABSTRACT + " Submitted by akhaliq"}, "C_CHROME_TEXT"),
    ({"title": "A Title GitHub 11.3k", "abstract": ABSTRACT}, "C_CHROME_TEXT"),
    ({"title": "A Title", "abstract": "· Published on Oct 4, 2026 " + ABSTRACT}, "C_CHROME_TEXT"),
    ({"title": "[A Title](https://huggingface.co/papers/2410.05434)", "abstract": ABSTRACT},
     "C_MARKDOWN_LINK"),
    ({"title": "A Title", "abstract": ""}, "C_EMPTY_ABSTRACT"),
    ({"title": "A Title", "abstract": " . "}, "C_EMPTY_ABSTRACT"),
    ({"title": "", "abstract": ABSTRACT}, "C_EMPTY_TITLE"),
    ({"title": "Retrieval Helps", "abstract": "Retrieval helps"}, "C_ABSTRACT_IS_TITLE"),
    ({"title": "A Title", "abstract": "https://github.com/org/repo"}, "C_ABSTRACT_URL"),
    ({"title": "A Title", "abstract": "This is an automated message from the Librarian Bot. "
      "I found the following papers similar to this paper."}, "C_ABSTRACT_BOT"),
    ({"title": "A Title", "abstract": "Great paper!"}, "C_ABSTRACT_SHORT"),
    ({"title": "PoincarÃ© Duality", "abstract": ABSTRACT}, "C_MOJIBAKE"),
    ({"title": "A Title", "abstract": ABSTRACT + " donâ€™t"}, "C_MOJIBAKE"),
    ({"title": "A\x07Title", "abstract": ABSTRACT}, "C_CONTROL_CHAR"),
    ({"title": "A Title", "abstract": ABSTRACT + " \ufffd"}, "C_REPLACEMENT_CHAR"),
    ({"abstract": ABSTRACT}, "C_MISSING_FIELD"),
    ({"title": 3, "abstract": ABSTRACT}, "C_WRONG_TYPE"),
    ({"title": "A Title", "abstract": ["x"]}, "C_WRONG_TYPE"),
]  # fmt: skip


@pytest.mark.parametrize(("row", "code"), CASES, ids=[c for _, c in CASES])
def test_each_problem_is_found_on_its_line(tmp_path, row, code):
    path = write_jsonl(tmp_path / "c.jsonl", [GOOD, row])
    # Most rows share GOOD's abstract: whether they also merge with it is not the point here.
    result = check_files([str(path)], ignore=DUPLICATE_CODES, fail_on="notice")
    assert code in codes_at(result, 2), result.problems
    assert codes_at(result, 1) == []
    assert result.failed


def test_reading_problems(tmp_path):
    path = tmp_path / "c.jsonl"
    good = orjson.dumps(GOOD)
    path.write_bytes(
        b"\n".join(
            [
                good,
                b'{"title": "x", ',
                b"[1, 2]",
                b"",
                b'{"title": "Lone \\ud800 half", "abstract": "' + ABSTRACT.encode() + b'"}',
                b'{"title": "bad \xff byte", "abstract": "x"}',
            ]
        )
        + b"\n"
    )
    result = check_files([str(path)])
    assert [(p.line, p.code) for p in result.problems] == [
        (2, "C_BAD_JSON"),
        (3, "C_NOT_OBJECT"),
        (4, "C_BLANK_LINE"),
        (5, "C_LONE_SURROGATE"),
        (6, "C_INVALID_UTF8"),
    ]
    assert result.rows == 5  # the blank line is not a row


def test_clean_schema_needs_id_and_sources(tmp_path):
    src = [{"file": "a.txt", "line": 3, "date": None, "match": "survivor"}]
    rows = [
        {"id": "a", "title": "T1 about retrieval", "abstract": ABSTRACT, "sources": src},
        {"id": "b", "title": "T2 about other things", "abstract": ABSTRACT[::-1]},
        {"id": 7, "title": "T3 yet another", "abstract": ABSTRACT.upper()[:90] + " x y z",
         "sources": [{"file": "a.txt", "line": 0}]},
        {"id": "d", "title": "T4", "abstract": ABSTRACT[:100] + " one two", "sources": []},
    ]  # fmt: skip
    result = check_files([str(write_jsonl(tmp_path / "c.jsonl", rows))])
    got = {(p.line, p.code, p.field) for p in result.problems}
    assert (2, "C_MISSING_FIELD", "sources") in got
    assert (3, "C_WRONG_TYPE", "id") in got
    assert (3, "C_WRONG_TYPE", "sources") in got
    assert (4, "C_WRONG_TYPE", "sources") in got
    # "any" schema: only title and abstract are required
    loose = check_files([str(tmp_path / "c.jsonl")], schema="any")
    assert not any(p.field in ("id", "sources") for p in loose.problems)


def test_near_duplicates_use_the_clean_engine(tmp_path):
    rows = [
        GOOD,
        {"title": "Something Else Entirely Different", "abstract": ABSTRACT[::-1]},
        {"title": GOOD["title"].lower(), "abstract": ABSTRACT[: len(ABSTRACT) * 3 // 4]},
    ]
    result = check_files([str(write_jsonl(tmp_path / "c.jsonl", rows))])
    [group] = result.problems
    assert group.code == "C_NEAR_DUPLICATE"
    assert [n for _, n in group.lines] == [1, 3]


def test_check_judges_near_duplicates_with_the_thresholds_clean_ran_with(tmp_path):
    # A v2 of GOOD: a revised abstract (Jaccard 0.67) under a re-worded title (fuzzy_title).
    v2 = {
        "title": "Retrieval Helps With Rare Entity",
        "abstract": ABSTRACT.replace("closes most of", "narrows much of").replace(
            "careful", "extensive"
        ),
    }
    inputs = write_jsonl(tmp_path / "in.jsonl", [GOOD, v2])
    strict = papercorpus.DedupOptions(thresholds=papercorpus.Thresholds(jaccard=0.9))
    out = tmp_path / "papers.jsonl"
    papercorpus.clean([str(inputs)], out, papercorpus.CleanOptions(dedup=strict, jobs=1))
    assert run([str(out), "--jaccard", "0.9"]).exit_code == 0
    loose = run([str(out)])
    assert loose.exit_code == 1
    assert "C_NEAR_DUPLICATE" in loose.stdout


def test_id_collision_is_reported_once_with_all_lines(tmp_path):
    other = {"title": "A Completely Unrelated Paper On Graphs", "abstract": ABSTRACT[::-1]}
    rows = [{"id": "x1", **GOOD}, {"id": "x2", **other}, {"id": "x1", **other}]
    result = check_files([str(write_jsonl(tmp_path / "c.jsonl", rows))], schema="any")
    by_code = {p.code: p for p in result.problems}
    assert set(by_code) == {"C_ID_COLLISION", "C_DUPLICATE"}
    assert [n for _, n in by_code["C_ID_COLLISION"].lines] == [1, 3]
    assert [n for _, n in by_code["C_DUPLICATE"].lines] == [2, 3]


def test_duplicates_across_files_and_csv(tmp_path):
    a = write_jsonl(tmp_path / "a.jsonl", [GOOD])
    b = tmp_path / "b.csv"
    b.write_text(
        'title,abstract\n"Retrieval Helps With Rare Entities","' + ABSTRACT + '"\nonly,one,extra\n',
        encoding="utf-8",
    )
    result = check_files([str(a), str(b)], schema="any")
    assert [(p.file, p.line, p.code) for p in result.problems] == [
        (str(a), 1, "C_DUPLICATE"),
        (str(b), 3, "C_BAD_CSV"),
    ]
    assert result.problems[0].lines == ((str(a), 1), (str(b), 2))


def test_clean_like_text_is_not_flagged():
    # traps from the seeds and real abstracts: no false positives
    assert markdown_link_leak("see [lacing-lvlm.github.io](https://lacing-lvlm.github.io).") is None
    assert markdown_link_leak("[this URL](https://x.org/a)") is not None
    assert mojibake("speedups of 2.7×–3.4× over Poincaré and Nyström") is None
    assert mojibake("PoincarÃ©")[1:] == ("Ã©", "é")  # type: ignore[index]
    fine = (
        "Three authors annotated 500 GitHub repositories; we subscribe to the view that "
        "upvotes on forums are noisy. Published on arXiv in 2024, the data has 12 authors."
    )
    assert text_problems("A Study of 12 Repositories on GitHub", fine) == []


# --------------------------------------------------------------------------- CLI


def test_formats_and_exit_codes(tmp_path):
    path = write_jsonl(
        tmp_path / "c.jsonl", [GOOD, GOOD, {"title": "May 29", "abstract": "x " * 30}]
    )
    text = run([str(path)])
    assert text.exit_code == 1
    assert text.stdout.splitlines()[0] == (
        f"{path}:1: C_DUPLICATE 2 copies of 'Retrieval Helps With Rare Entities': "
        f"{path}:1, {path}:2"
    )
    assert text.stdout.splitlines()[1].startswith(f"{path}:3: C_CHROME_FIELD title is page")
    data = orjson.loads(run([str(path), "--format", "json"]).stdout)
    assert list(data)[:4] == ["files", "rows", "problems", "counts"]
    assert data["counts"] == {"C_CHROME_FIELD": 1, "C_DUPLICATE": 1}
    assert data["problems"][0]["lines"] == [{"file": str(path), "line": n} for n in (1, 2)]
    gh = run([str(path), "--format", "github"])
    assert gh.stdout.splitlines()[1].startswith(f"::error file={path},line=3::C_CHROME_FIELD ")
    assert gh.stderr.startswith("2 problems (2 errors)")
    ignored = run([str(path), "--ignore", "C_CHROME_FIELD,c_duplicate"])
    assert ignored.exit_code == 0, ignored.stdout
    assert run([str(path), "--ignore", "C_NOPE"]).exit_code == 2
    assert run([str(path), "--format", "xml"]).exit_code == 2


def test_github_command_escaping():
    p = Problem("C_BAD_JSON", "dir,1/a:b.jsonl", 7, "100% bad\r\nline")
    assert github_command(p) == (
        "::error file=dir%2C1/a%3Ab.jsonl,line=7::C_BAD_JSON 100%25 bad%0D%0Aline"
    )


def test_max_duplicates_tolerates_groups(tmp_path):
    path, _ = seeds_without_dedup(tmp_path / "all.jsonl")
    tolerated = run([str(path), "--max-duplicates", "35"])
    assert tolerated.exit_code == 0
    assert "35 duplicate groups tolerated" in tolerated.stdout
    gh = run([str(path), "--max-duplicates", "35", "--format", "github"])
    # GitHub shows 10 annotations per level: the rest are counted on stderr
    assert gh.stdout.count("::warning ") == 10 and "::error" not in gh.stdout
    assert "25 more problems not annotated" in gh.stderr
    assert run([str(path), "--max-duplicates", "34"]).exit_code == 1


def test_unreadable_input_is_one_line_and_exit_1(tmp_path):
    result = run([str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert (
        result.stderr
        == f"papercorpus: error: {tmp_path / 'missing.jsonl'}: no such file or directory\n"
    )
    (tmp_path / "sub").mkdir()
    assert run([str(tmp_path / "sub")]).stderr.endswith(": no input files found in directory\n")
    binary = tmp_path / "x.jsonl"
    binary.write_bytes(b"\x00\x01\x02")
    assert run([str(binary)]).exit_code == 1
    late = tmp_path / "late.txt"
    late.write_bytes(b"Title\n\nabstract\n\x00")
    result = run([str(late)])
    assert (result.exit_code, result.stderr) == (
        1,
        f"papercorpus: error: {late}:4: binary file (NUL byte at offset 16)\n",
    )


def test_empty_file_stdin_and_gzip(tmp_path):
    empty = tmp_path / "e.jsonl"
    empty.write_bytes(b"")
    assert [p.code for p in check_files([str(empty)]).problems] == ["C_EMPTY_FILE"]
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(gzip.compress(orjson.dumps(GOOD) + b"\n"))
    assert run([str(gz)]).exit_code == 0
    piped = CliRunner().invoke(check, ["-"], input=orjson.dumps(GOOD) + b"\n")
    assert piped.exit_code == 0 and piped.stdout.startswith("no problems in 1 row ")


def test_output_is_deterministic(tmp_path):
    path, _ = seeds_without_dedup(tmp_path / "all.jsonl")
    assert (
        run([str(path), "--format", "json"]).stdout == run([str(path), "--format", "json"]).stdout
    )


def test_every_code_is_documented():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "check.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"`{code}`" in doc, code
