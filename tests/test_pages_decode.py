"""Issue 14: page failures a whole-page decoder must fix, written before the fix.

One test per failure in the issue, on its minimal input, through the public API
(``sources.iter_records`` on a file, or ``papercorpus.clean`` on a folder) so they hold
whatever the parser looks like inside. Each is ``xfail(strict=True)``: the suite stays
green now, and the rewrite that fixes a failure must remove its marker (a strict xfail
that passes fails the run).

The accounting tests at the end document the per-line accounting the rewrite adds: every
line of a page is a record line, a chrome line (counted by kind), a blank line or a
rejected line, and the four add up to the page's lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import papercorpus
from papercorpus.records import Record
from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.inputs import read_lines

from .conftest import ROOT

FIXTURES = Path(__file__).parent / "fixtures"

ABSTRACT_ONE = (
    "Its abstract, long enough to be one. We study how a parser reads a page and show that "
    "it keeps every card, whatever chrome sits between the title and its abstract."
)
METEOR = "Meteor: Mamba-based Traversal of Rationale for Large Language and Vision Models"
METEOR_ABSTRACT = (
    "The rapid development of large language and vision models (LLVMs) has been driven by "
    "advances in visual instruction tuning. Recently, open-source LLVMs have curated "
    "high-quality visual instruction tuning datasets and utilized additional vision encoders "
    "or multiple computer vision models in order to narrow the performance gap with powerful "
    "closed-source LLVMs."
)
PHYSICS = "physics-informed video diffusion for shallow water equations."
PHYSICS_ABSTRACT = (
    "We learn shallow water dynamics from video. A diffusion model conditioned on the "
    "governing equations generates physically consistent flows, and we show that it beats "
    "purely data-driven baselines on three benchmarks."
)


def _parse_text(tmp_path: Path, text: str, name: str = "page.txt") -> tuple[list[Record], ParseLog]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    log = ParseLog()
    records = list(iter_records(InputFile(name, path), ReadOptions(), log))
    return records, log


def _pairs(records: list[Record]) -> list[tuple[str, str]]:
    return [(" ".join(r.title.split()), " ".join(r.abstract.split())) for r in records]


def _page(lines: list[str], blank_layout: bool) -> str:
    return ("\n\n" if blank_layout else "\n").join(lines)


# --------------------------------------------------------------------------- card chrome


@pytest.mark.parametrize("blank_layout", [True, False], ids=["blank-line", "compact"])
def test_dot_line_between_title_and_abstract(tmp_path: Path, blank_layout: bool) -> None:
    text = _page(["Paper One: A Title", ABSTRACT_ONE, METEOR, "·", METEOR_ABSTRACT], blank_layout)
    records, log = _parse_text(tmp_path, text)
    assert _pairs(records) == [("Paper One: A Title", ABSTRACT_ONE), (METEOR, METEOR_ABSTRACT)]
    assert [w.code for w in log.warnings] == []


@pytest.mark.parametrize("blank_layout", [True, False], ids=["blank-line", "compact"])
def test_authors_and_dot_between_title_and_abstract(tmp_path: Path, blank_layout: bool) -> None:
    text = _page(
        ["Paper One: A Title", ABSTRACT_ONE, METEOR, "12 authors", "·", METEOR_ABSTRACT],
        blank_layout,
    )
    records, log = _parse_text(tmp_path, text)
    assert _pairs(records) == [("Paper One: A Title", ABSTRACT_ONE), (METEOR, METEOR_ABSTRACT)]
    assert [w.code for w in log.warnings] == []


def test_lower_cased_title_with_period_after_an_abstract(tmp_path: Path) -> None:
    text = _page(
        [
            "Get trending papers in your email inbox!",
            "Paper One: A Title",
            ABSTRACT_ONE,
            PHYSICS,
            PHYSICS_ABSTRACT,
        ],
        blank_layout=True,
    )
    records, log = _parse_text(tmp_path, text)
    assert _pairs(records) == [("Paper One: A Title", ABSTRACT_ONE), (PHYSICS, PHYSICS_ABSTRACT)]
    assert [w.code for w in log.warnings] == []


# --------------------------------------------------------------------------- stray text


def test_stray_readme_in_an_input_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "page.txt").write_text(
        _page(["Paper One: A Title", ABSTRACT_ONE], blank_layout=True), encoding="utf-8"
    )
    (folder / "readme.md").write_text("hello", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = papercorpus.clean([str(folder)], out, papercorpus.CleanOptions(jobs=1))
    assert summary.parsed == 1
    readme = [d for d in summary.diagnostics if d.file.endswith("readme.md")]
    assert any(d.code.startswith("R_") and d.line == 1 for d in readme)
    assert any(d.code.startswith("W_") and "no paper records found" in d.message for d in readme)


def test_footer_contact_line_is_a_reject(tmp_path: Path) -> None:
    text = _page(
        ["Paper One: A Title", ABSTRACT_ONE, "Contact us at foo@example.com"], blank_layout=True
    )
    records, log = _parse_text(tmp_path, text)
    assert _pairs(records) == [("Paper One: A Title", ABSTRACT_ONE)]
    assert [d.line for d in log.rejects] == [5]


# --------------------------------------------------------------------------- markdown text

# A firecrawl-style capture: CommonMark backslash escapes in a title and an abstract.
ESCAPED_PAGE = """\
[-](https://huggingface.co/login?next=%2Fpapers%2F2404.00001)

### [\\[Citation needed\\] Data usage in F\\_1 studies](https://huggingface.co/papers/2404.00001)

[Citations drive the field. We audited claims published up to 2024\\. Test collections \
\\-\\- reveal that \\[RET\\] tokens raise F\\_1 by 35.3\\\\% over the baseline.]\
(https://huggingface.co/papers/2404.00001)

[- 4 authors](https://huggingface.co/papers/2404.00001)

·

Apr 1, 2024
"""


def test_markdown_escapes_removed_as_commonmark_does(tmp_path: Path) -> None:
    records, _ = _parse_text(tmp_path, ESCAPED_PAGE, "page.md")
    [rec] = records
    assert rec.title == "[Citation needed] Data usage in F_1 studies"
    assert rec.abstract == (
        "Citations drive the field. We audited claims published up to 2024. Test collections "
        "-- reveal that [RET] tokens raise F_1 by 35.3\\% over the baseline."
    )
    assert rec.arxiv_id == "2404.00001"


def test_plain_text_keeps_its_backslashes(tmp_path: Path) -> None:
    """The other side of the escape rule: a plain page shows LaTeX text as it is
    (``0.12\\%``, ``F\\_1`` in arXiv abstracts); only markdown escapes are removed."""
    abstract = ABSTRACT_ONE + " It gains 35.3\\% and keeps F\\_1 and \\[x\\] as written."
    records, _ = _parse_text(tmp_path, _page(["Paper One: A Title", abstract], True))
    assert _pairs(records) == [("Paper One: A Title", abstract)]


# The capture's card: an abstract that is a link whose text holds URLs and `\\` hard breaks.
LINK_WRAPPED_PAGE = """\
[-](https://huggingface.co/login?next=%2Fpapers%2F1703.05051)

### [Deep learning with convolutional neural networks for EEG decoding and\\  \
visualization](https://huggingface.co/papers/1703.05051)

[PLEASE READ AND CITE THE REVISED VERSION at Human Brain Mapping:\\\\
http://onlinelibrary.wiley.com/doi/10.1002/hbm.23730/full\\\\
Code available here: https://github.com/robintibor/braindecode]\
(https://huggingface.co/papers/1703.05051)

[- 9 authors](https://huggingface.co/papers/1703.05051)

·

Mar 15, 2017
"""


def test_link_wrapped_abstract_with_hard_breaks_is_kept(tmp_path: Path) -> None:
    records, _ = _parse_text(tmp_path, LINK_WRAPPED_PAGE, "page.md")
    [rec] = records
    assert rec.title == (
        "Deep learning with convolutional neural networks for EEG decoding and visualization"
    )
    assert " ".join(rec.abstract.split()) == (
        "PLEASE READ AND CITE THE REVISED VERSION at Human Brain Mapping: "
        "http://onlinelibrary.wiley.com/doi/10.1002/hbm.23730/full "
        "Code available here: https://github.com/robintibor/braindecode"
    )
    assert rec.arxiv_id == "1703.05051"


# --------------------------------------------------------------------------- wrapping

# A text browser's reference-link capture wraps at 120 columns and cuts a word longer than
# the line (here a URL glued to a LaTeX colour macro) at the margin.
WRAPPED_ABSTRACT = [
    "Efficient processing of long contexts has been a persistent pursuit in Natural Language"
    " Processing. With the growing",
    "number of long documents, dialogues, and other textual data, it is important to develop"
    " Long Context Language Models",
    "(LCLMs) that can process and analyze extensive inputs in an effective and efficient way."
    " This survey provides an",
    "up-to-date review of the literature on long-context LLMs, which we wish to serve as a"
    " valuable resource for both",
    "researchers and engineers. An associated GitHub repository collecting the latest papers"
    " and repos is available at:",
    "https://github.com/LCLM-Horizon/A-Comprehensive-Survey-For-Long-Context-Language-Modeling"
    "{\\color[RGB]{175,36,67}{LCLM-Ho",
    "rizon}}.",
]
WRAPPED_PAGE = "\n".join(
    [
        "```text",
        "### [A Comprehensive Survey on Long Context Language Modeling][138]",
        "",
        "[",
        "",
        *WRAPPED_ABSTRACT,
        "",
        "][139]",
        "[",
        "* 37 authors",
        "][140]",
        "·",
        "Mar 20, 2025 [ 2][141]",
        "```",
    ]
)


def test_word_cut_by_the_wrap_width_is_rejoined(tmp_path: Path) -> None:
    assert all(len(line) <= 120 for line in WRAPPED_ABSTRACT)
    records, _ = _parse_text(tmp_path, WRAPPED_PAGE)
    [rec] = records
    assert rec.title == "A Comprehensive Survey on Long Context Language Modeling"
    assert rec.abstract.endswith(
        "is available at: https://github.com/LCLM-Horizon/A-Comprehensive-Survey-For-Long-"
        "Context-Language-Modeling{\\color[RGB]{175,36,67}{LCLM-Horizon}}."
    )
    assert rec.abstract.startswith("Efficient processing of long contexts")


TRUNCATED_PAGE = "\n".join(
    [
        "```text",
        "### [Reducing Distraction in Long-Context Language Models by Focused Learning][182]",
        "",
        "[",
        "",
        "Recent advancements in Large Language Models (LLMs) have significantly enhanced their"
        " capacity to process long contexts.",
        "Ho",
        "",
        "[Content truncated]",
        "```",
    ]
)


def test_content_truncated_marker_flags_and_warns(tmp_path: Path) -> None:
    records, log = _parse_text(tmp_path, TRUNCATED_PAGE)
    [rec] = records
    assert rec.title == "Reducing Distraction in Long-Context Language Models by Focused Learning"
    assert rec.abstract == (
        "Recent advancements in Large Language Models (LLMs) have significantly enhanced their "
        "capacity to process long contexts. Ho"
    )
    assert "truncated" in rec.flags
    assert any("TRUNC" in w.code and w.line in (7, 9) for w in log.warnings)


# --------------------------------------------------------------------------- accounting


def account(path: Path, display: str | None = None) -> tuple[dict[str, int], list[Record]]:
    """Parse ``path`` as ``clean`` would and return the per-line accounting.

    The interface the rewrite adds to ``ParseLog`` (issue 14, "every line has one place"):
    ``record_lines`` (lines that went into a record's title or abstract), ``blank_lines``
    (empty or whitespace-only), ``reject_lines`` (lines reported as rejects; one reject may
    cover several lines) and ``chrome`` counting *lines* by kind. They add up to the lines
    ``read_lines`` yields.
    """
    name = display or path.name
    log = ParseLog()
    records = list(iter_records(InputFile(name, path), ReadOptions(), log))
    counts = {
        "lines": sum(1 for _ in read_lines(InputFile(name, path))),
        "record": log.record_lines,  # type: ignore[attr-defined]
        "blank": log.blank_lines,  # type: ignore[attr-defined]
        "reject": log.reject_lines,  # type: ignore[attr-defined]
        "chrome": sum(log.chrome.values()),
    }
    return counts, records


def _balanced(counts: dict[str, int]) -> bool:
    return (
        counts["lines"] == counts["record"] + counts["blank"] + counts["reject"] + counts["chrome"]
    )


PAGE_FIXTURES = sorted([*(FIXTURES / "pages").glob("*.txt"), *(FIXTURES / "unseen").glob("*.txt")])


@pytest.mark.parametrize("path", PAGE_FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_fixture_line_is_accounted(path: Path) -> None:
    counts, records = account(path)
    assert _balanced(counts), counts
    assert counts["record"] >= 2 * sum(1 for r in records if r.abstract)


def _pagegen():
    bench = str(ROOT / "benchmarks")
    if bench not in sys.path:
        sys.path.append(bench)
    import pagegen
    import pagegen_source

    return pagegen, pagegen_source


@pytest.mark.parametrize("arrangement", ["bare", "dot", "trending", "listing", "dense"])
def test_generated_page_lines_are_accounted(tmp_path: Path, arrangement: str) -> None:
    """On generated pages the truth knows every line's role: the parser's record and blank
    lines must match it, and chrome + rejects together must too (a capture tool's preamble
    may be counted as either)."""
    pagegen, source = _pagegen()
    papers = source.fixture_papers()
    for seed in range(4):
        text, truth = pagegen.small_page(papers, seed, arrangement, cards=5)
        path = tmp_path / f"{arrangement}{seed}.txt"
        path.write_bytes(text.encode("utf-8"))
        counts, _ = account(path)
        assert _balanced(counts), counts
        assert counts["lines"] == truth.lines
        assert counts["record"] == truth.record_lines, (seed, counts)
        assert counts["blank"] == truth.blank_lines, (seed, counts)
        assert counts["chrome"] + counts["reject"] == truth.chrome_total + len(truth.reject_lines)
