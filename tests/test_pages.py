"""Hugging Face page dumps: the seeds exactly, one fixture per real-world variant (domain.md §b),
misalignment recovery, and no chrome leaking into titles or abstracts."""

from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path

import pytest

from papercorpus.records import Record
from papercorpus.sources.base import ParseLog
from papercorpus.sources.chrome import classify_chrome
from papercorpus.sources.chrome_values import parse_card_date
from papercorpus.sources.inputs import InputFile, read_lines
from papercorpus.sources.pages import looks_like_pages, parse_pages

from .conftest import DATA, EXAMPLES, SHARED, require

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
SEED_COUNTS = {"000": 21, "001": 57, "002": 21, "003": 263, "004": 83}


def _seed_dir() -> Path:
    for path in (SHARED / "seeds", EXAMPLES):
        if path.is_dir() and any(path.glob("00*_*.txt")):
            return path
    pytest.skip("seed dumps not available (../shared/seeds or examples/)")


def _parse(lines: list[str], name: str = "t") -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_pages(list(enumerate(lines, 1)), name, log)), log


def _parse_fixture(name: str) -> tuple[list[Record], ParseLog]:
    path = FIXTURES / name
    log = ParseLog()
    return list(parse_pages(read_lines(InputFile(name, path)), name, log)), log


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _codes(log: ParseLog) -> list[str]:
    return [d.code for d in log.warnings + log.rejects]


# --------------------------------------------------------------------------- seeds


def test_seeds_parse_exactly() -> None:
    seeds = sorted(_seed_dir().glob("00*_*.txt"))
    total = 0
    for path in seeds:
        lines = _lines(path)
        records, log = _parse(lines, path.name)
        assert len(records) == SEED_COUNTS[path.name[:3]], path.name
        assert log.warnings == [] and log.rejects == [], path.name
        layout_a = lines[0] == "new"
        for k, rec in enumerate(records):
            # domain.md §a.2: layout A title k on line 11+4k, layout B on line 3+2k
            assert rec.source.line == (11 + 4 * k if layout_a else 3 + 2 * k)
            title_line = lines[rec.source.line - 1].removeprefix("Subscribe")
            abstract_line = lines[rec.source.line + (1 if layout_a else 0)]
            assert (rec.title, rec.abstract) == (title_line, abstract_line)
            assert rec.source.date == (lines[8] if layout_a else None)
            assert rec.flags == () and rec.arxiv_id is None and rec.source.file == path.name
        total += len(records)
    assert total == 445


@pytest.mark.parametrize("seed", ["003", "004"])
def test_seed_with_a_deleted_abstract_still_pairs(seed: str) -> None:
    path = next(_seed_dir().glob(f"{seed}_*.txt"))
    lines = _lines(path)
    reference, _ = _parse(lines)
    k = len(reference) // 2
    layout_a = lines[0] == "new"
    gone = reference[k].source.line + (1 if layout_a else 0)  # 0-based index of the abstract
    records, log = _parse(lines[:gone] + lines[gone + 1 :])
    assert len(records) == len(reference)
    for rec, ref in zip(records, reference, strict=True):
        if rec is records[k]:
            assert (rec.title, rec.abstract, rec.flags) == (ref.title, "", ("no_abstract",))
        else:
            assert (rec.title, rec.abstract, rec.flags) == (ref.title, ref.abstract, ())
    [warning] = log.warnings
    assert (warning.code, warning.line) == ("W_NO_ABSTRACT", reference[k].source.line)
    assert log.rejects == []


def test_every_single_abstract_or_title_deletion_is_contained() -> None:
    """Drop each abstract (then each title) in turn: only that card is affected."""
    path = next(_seed_dir().glob("001_*.txt"))
    lines = _lines(path)
    reference, _ = _parse(lines)
    pairs = {(r.title, r.abstract) for r in reference}
    for k in range(1, len(reference)):
        title_at = reference[k].source.line - 1
        records, log = _parse(lines[: title_at + 1] + lines[title_at + 2 :])
        assert [w.code for w in log.warnings] == ["W_NO_ABSTRACT"]
        assert sum((r.title, r.abstract) not in pairs for r in records) == 1
        records, log = _parse(lines[:title_at] + lines[title_at + 1 :])
        assert len(records) == len(reference) - 1  # its abstract joins the previous card
        assert sum((r.title, r.abstract) not in pairs for r in records) == 1
        assert [w.code for w in log.warnings] == ["W_ABSTRACT_JOINED"]


def test_seed_like_page_with_a_missing_abstract() -> None:
    """Runs without the seeds: a layout-B page built from fixture text."""
    cards = [(f"Paper {i}: A Study of Thing {i}", _abstract(i)) for i in range(8)]
    lines = ["Get trending papers in your email inbox!", "Subscribe" + cards[0][0]]
    lines.append(cards[0][1])
    for title, abstract in cards[1:]:
        lines += [title, abstract]
    del lines[2 + 2 * 3]  # the abstract of card 3 (its title is on line 8)
    records, log = _parse(lines)
    assert [r.title for r in records] == [t for t, _ in cards]
    for rec, (title, abstract) in zip(records, cards, strict=True):
        assert rec.abstract == ("" if title.startswith("Paper 3:") else abstract)
    [warning] = log.warnings
    assert (warning.code, warning.line) == ("W_NO_ABSTRACT", 8)


def _abstract(i: int) -> str:
    return (
        f"We study thing {i} in depth and report what we find. The method is simple, the "
        "experiments cover several settings, and the results improve on earlier work by a "
        "clear margin on every benchmark we consider, including the hard ones. We release "
        "code, data and trained models so that others can build on the results and check them."
    )


def test_concatenated_pages_reset_the_page_date() -> None:
    path = FIXTURES / "row25_missing_abstract.txt"
    page_a = _lines(path)
    page_b = [
        "Get trending papers in your email inbox once a day!",
        "Get trending papers in your email inbox!",
        "Subscribe" + "Capacity Analysis of Vector Symbolic Architectures",
        _abstract(1),
    ]
    records, log = _parse(page_a + page_b)
    assert [r.source.date for r in records] == ["Mar 17", "Mar 17", "Mar 17", None]
    assert records[-1].title == "Capacity Analysis of Vector Symbolic Architectures"


# --------------------------------------------------------------------------- §b fixtures

# Each ``row*`` fixture reproduces one row of domain.md §b from its verbatim examples, each
# ``title_breaks_*`` one seed layout with titles that contain a sentence break; the
# ``.expected.json`` lists the records (title, arxiv_id, flags, a subset of meta) and the
# diagnostic codes (warnings + rejects) the parser must report.
CASES = sorted(p.name for p in FIXTURES.glob("*.txt") if p.with_suffix(".expected.json").exists())


def _expected(name: str) -> dict:
    return json.loads((FIXTURES / name).with_suffix(".expected.json").read_text(encoding="utf-8"))


def test_every_page_fixture_has_expectations() -> None:
    pages = {p.name for p in FIXTURES.glob("*.txt")} - {
        p.name
        for p in FIXTURES.glob("row2[12]_*.txt")  # arXiv listings: test_arxiv_text.py
    }
    assert pages == set(CASES) and len(CASES) >= 26


@pytest.mark.parametrize("name", CASES)
def test_variant_fixture(name: str) -> None:
    expected = _expected(name)
    records, log = _parse_fixture(name)
    got = [(r.title, r.arxiv_id, list(r.flags)) for r in records]
    assert got == [(e["title"], e["arxiv_id"], e["flags"]) for e in expected["records"]]
    for rec, exp in zip(records, expected["records"], strict=True):
        assert {k: rec.meta.get(k) for k in exp["meta"]} == exp["meta"], rec.title
        assert rec.abstract or "no_abstract" in rec.flags
        assert rec.source.file == name
    assert sorted(_codes(log)) == sorted(expected["diagnostics"])


# --------------------------------------------------------------------------- sentence breaks

# Real arXiv titles that read as two sentences (0.2% of titles): an abstract-like shape, but
# a title by their place in the page.
BROKEN_TITLES = [
    "Shushing! Let's Imagine an Authentic Speech from the Silent Video",
    "Euclid Quick Data Release (Q1). Active Galactic Nuclei Identification Using Diffusion-Based"
    " Inpainting of Euclid VIS Images",
    "How Many Parameters Does it Take to Change a Light Bulb? Evaluating Performance in Self-Play"
    " of Conversational Games as a Function of Model Characteristics",
    "Clink! Chop! Thud! -- Learning Object Sounds from Real-World Interactions",
    "Language Agents Mirror Human Causal Reasoning Biases. How Can We Help Them Think Like"
    " Scientists?",
    "We Keep It Real! A Real Scene Benchmark of English and Luganda",
    "shushing! let's imagine an authentic speech from the silent video",
    "SHUSHING! LET'S IMAGINE AN AUTHENTIC SPEECH FROM THE SILENT VIDEO",
]


def _long_abstract(i: int) -> str:
    return " ".join(_abstract(i + k) for k in range(3))  # ~1000 chars, like a real abstract


def _page(layout: str, cards: list[tuple[str, str]]) -> list[str]:
    """A seed-like page: layout A (blank-line separated) or B (``Subscribe`` glued)."""
    if layout == "A":
        lines = ["new", "", "Get trending papers in your email inbox!", "", "Mar 17"]
        for title, abstract in cards:
            lines += ["", title, "", abstract]
        return lines
    lines = ["Get trending papers in your email inbox!", "Subscribe" + cards[0][0]]
    lines.append(cards[0][1])
    for title, abstract in cards[1:]:
        lines += [title, abstract]
    return lines


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("title", BROKEN_TITLES, ids=lambda t: t[:12])
def test_a_title_with_a_sentence_break_between_two_cards(layout: str, title: str) -> None:
    cards = [
        ("Capacity Analysis of Vector Symbolic Architectures", _long_abstract(1)),
        (title, _long_abstract(2)),
        ("NERV++: An Enhanced Implicit Neural Video Representation", _long_abstract(3)),
    ]
    records, log = _parse(_page(layout, cards))
    assert [(r.title, r.abstract) for r in records] == cards
    assert log.warnings == [] and log.rejects == []


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_title_with_a_sentence_break_opens_the_page(layout: str) -> None:
    cards = [(BROKEN_TITLES[0], _long_abstract(1)), (BROKEN_TITLES[1], _long_abstract(2))]
    records, log = _parse(_page(layout, cards))
    assert [(r.title, r.abstract) for r in records] == cards
    assert log.warnings == [] and log.rejects == []


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_title_with_a_sentence_break_after_a_card_without_abstract(layout: str) -> None:
    cards = [
        ("Capacity Analysis of Vector Symbolic Architectures", _long_abstract(1)),
        ("Lumina-Next: Making Lumina-T2X Stronger and Faster with Next-DiT", ""),
        (BROKEN_TITLES[0], _long_abstract(2)),
    ]
    lines = [line for line in _page(layout, cards) if line or layout == "A"]
    records, log = _parse(lines)
    assert [(r.title, r.abstract) for r in records] == cards
    assert [w.code for w in log.warnings] == ["W_NO_ABSTRACT"]


def test_layout_b_abstract_cut_mid_sentence_keeps_the_next_title() -> None:
    """``… leverages a`` + a title: a layout-B line break there ends the abstract."""
    cut = [_long_abstract(1) + " It leverages a", _long_abstract(2) + " Three methods:"]
    cards = [
        ("Capacity Analysis of Vector Symbolic Architectures", cut[0]),
        ("SCALAR: Scale-wise Controllable Visual Autoregressive Learning", cut[1]),
        (BROKEN_TITLES[0], _long_abstract(3)),
    ]
    records, log = _parse(_page("B", cards))
    assert [(r.title, r.abstract) for r in records] == cards
    assert log.warnings == [] and log.rejects == []


def test_seed_titles_with_sentence_breaks_survive() -> None:
    """In the seeds ``… Light Bulb? Evaluating …`` is one of 263 cards of seed 003."""
    lines = _lines(next(_seed_dir().glob("003_*.txt")))
    records, _ = _parse(lines)
    assert any(r.title.startswith("How Many Parameters Does it Take") for r in records)


def test_real_titles_with_sentence_breaks_all_parse() -> None:
    """Every arXiv title of the real listings that has a sentence break, in both layouts."""
    import gzip

    from papercorpus.sources.shape import _BOUNDARY

    files = sorted(require(DATA / "arxiv-listings").glob("*.jsonl.gz"))[:120]
    titles: dict[str, None] = {}
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for row in fh:
                title = " ".join(json.loads(row).get("title", "").split())
                if _BOUNDARY.search(title):
                    titles[title] = None
    assert len(titles) >= 20
    cards = [(t, _long_abstract(i)) for i, t in enumerate(titles)]
    for layout in ("A", "B"):
        records, log = _parse(_page(layout, cards))
        assert [(r.title, r.abstract) for r in records] == cards, layout
        assert log.warnings == [] and log.rejects == []


@pytest.mark.parametrize(
    ("stray", "code"),
    [
        (BROKEN_TITLES[0], "W_NO_ABSTRACT"),
        ("Scaling Laws for Tiny Models.", "W_NO_ABSTRACT"),
    ],
)
def test_a_doubtful_join_is_always_warned_at_its_line(stray: str, code: str) -> None:
    """A doubtful line between an abstract and the next title is reported with its line,
    whichever way it is read. Where a title is due, a line that could be a title is one,
    with or without a final period (issue 14: abstract after abstract is the exception;
    the page decoder takes a new paragraph only on evidence): a title without an abstract.
    A prose paragraph of a full abstract (row24) is joined and not warned."""
    lines = _page(
        "A",
        [
            ("Capacity Analysis of Vector Symbolic Architectures", _long_abstract(1)),
            ("NERV++: An Enhanced Implicit Neural Video Representation", _long_abstract(2)),
        ],
    )
    # a title-like line with no abstract after it: a title without abstract or a stray line
    lines[9:9] = ["", stray]  # after the first abstract (line 9), on line 11
    records, log = _parse(lines)
    [warning] = log.warnings
    assert (warning.code, warning.line) == (code, 11)
    if code == "W_NO_ABSTRACT":
        assert [r.title for r in records][1] == stray and len(records) == 3
    else:
        assert len(records) == 2 and stray in records[0].abstract


def test_a_prose_paragraph_where_a_title_is_due_is_joined_and_warned() -> None:
    """No final period and a long unit after it, but it reads as prose: not a title."""
    lines = _page(
        "A",
        [
            ("Capacity Analysis of Vector Symbolic Architectures", _long_abstract(1)),
            ("NERV++: An Enhanced Implicit Neural Video Representation", _long_abstract(2)),
        ],
    )
    lines[9:9] = ["", "We make two contributions. First, a benchmark:", "", _long_abstract(5)]
    records, log = _parse(lines)
    assert [r.title for r in records] == [lines[6], lines[14]]
    assert [(w.code, w.line) for w in log.warnings] == [("W_ABSTRACT_JOINED", 11)]


def test_two_summaries_without_a_title_between_are_warned() -> None:
    """A second one-sentence paragraph after a summary is joined with a warning when it
    reads as prose; one that could be a title (``ReCode unifies planning …``) is read as
    a title without an abstract, which ``W_NO_ABSTRACT`` reports at the same line."""
    summaries = [
        "Agent Lightning is a flexible RL framework for training LLMs in various agents.",
        "We also show that it trains agents written with any framework in a few lines.",
    ]
    lines = ["Trending Papers", "", "Agent Lightning: Train ANY AI Agents with RL", ""]
    lines += [summaries[0], "", summaries[1]]
    records, log = _parse(lines)
    assert [r.abstract for r in records] == [" ".join(summaries)]
    [warning] = log.warnings
    assert (warning.code, warning.line) == ("W_ABSTRACT_JOINED", 7)


def test_layout_b_wrapped_continuation_is_rejoined_with_a_warning() -> None:
    """A short line after a cut abstract line, with a title after it, continues the abstract."""
    cards = [
        ("Capacity Analysis of Vector Symbolic Architectures", _long_abstract(1) + " on the"),
        ("NERV++: An Enhanced Implicit Neural Video Representation", _long_abstract(2)),
    ]
    lines = _page("B", cards)
    lines.insert(3, "Same Benchmarks")
    records, log = _parse(lines)
    assert [r.title for r in records] == [t for t, _ in cards]
    assert records[0].abstract == cards[0][1] + " Same Benchmarks"
    assert [(w.code, w.line) for w in log.warnings] == [("W_ABSTRACT_JOINED", 4)]


# --------------------------------------------------------------------------- details


def test_page_date_is_the_header_date_not_the_card_date() -> None:
    records, _ = _parse_fixture("row09_card_dates.txt")
    assert {r.source.date for r in records} == {"Oct 2"}
    records, _ = _parse_fixture("row14_twice.txt")
    assert {r.source.date for r in records} == {None}  # trending pages have no page date


def test_title_line_points_at_the_title() -> None:
    for name in CASES:
        # split on line ends only: row23 has a U+2028 inside a line
        text = (FIXTURES / name).read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        lines = text.split("\n")
        records, _ = _parse_fixture(name)
        for rec in records:
            first_word = rec.title.split()[0]
            assert first_word in lines[rec.source.line - 1], (name, rec.source.line)


def test_hard_wraps_and_link_wrappers_are_joined() -> None:
    records, _ = _parse_fixture("row15_hard_wrapped.txt")
    first, plain, long_line = (r.abstract for r in records)
    assert first.startswith("Enhancing the attribution in large language models (LLMs)")
    assert "task. One feasible approach" in first and "\\" not in first and "](" not in first
    assert "low latency, but existing" in plain and plain.endswith("ASR accuracy and latency.")
    assert "Edge0 serves a 35B MoE" in long_line


def test_inline_links_inside_an_abstract_stay_as_read() -> None:
    records, _ = _parse_fixture("row17_md_links.txt")
    assert "[occ-ai.github.io](https://occ-ai.github.io)" in records[0].abstract
    assert records[0].abstract.startswith("Recent progress")
    assert records[0].abstract.endswith("rival much larger models.")


def test_paragraph_break_inside_an_abstract_is_joined() -> None:
    records, log = _parse_fixture("row24_blank_lines.txt")
    assert records[0].abstract.endswith(
        "long-context models. We also propose evaluation tasks that measure what the extended "
        "context is really used for."
    )
    assert log.warnings == []


def test_latex_and_markup_survive_as_read() -> None:
    records, _ = _parse_fixture("row20_latex.txt")
    text = " ".join(r.abstract for r in records)
    for piece in (
        "{scriptsize CODE2SEQ}",
        "Full-HD (1920times1080)",
        "SAP^{2}",
        "Poincar\\'e",
        'Nystr\\"{o}m',
        "0.12\\%",
        "{\\em opposite trend}",
        "MNIST < CIFAR10 < Imagenet",
        "d^{2/p}mathfrak S^{2-4/p}",
    ):
        assert piece in text


def test_encoding_variants_survive_whitespace_collapsing() -> None:
    records, _ = _parse_fixture("row23_encoding.txt")  # BOM + CRLF, through the real reader
    text = records[0].abstract
    assert "memory — a 3 GB saving – and call it “efficient”; it’s the ﬁrst" in text
    assert "&amp;amp;, &#39;, &quot;" in text and "PoincarÃ©" in text
    assert "line separator" in text  # U+2028 is whitespace, not a line break
    assert "Zerowidth" in text and "softhyphen" in text  # invisible characters dropped
    assert records[0].source.line == 5


def test_truncation_needs_a_cut_word_not_just_missing_punctuation() -> None:
    lines = _lines(FIXTURES / "row26_truncated.txt")
    complete = lines[:-1] + [lines[-1].replace("on autore", "on autoregressive decoding")]
    records, _ = _parse(complete)
    assert records[-1].flags == ()  # no final period, but the last word is a known word
    records, _ = _parse(lines + ["", "[Content truncated]"])
    assert records[-1].flags == ("truncated",)


def test_the_chrome_after_a_card_proves_it_was_not_cut() -> None:
    lines = _lines(FIXTURES / "row26_truncated.txt") + ["", "Previous"]
    records, _ = _parse(lines)
    assert records[-1].flags == ()


# --------------------------------------------------------------------------- no chrome leaks

_LEAK = re.compile(
    r"\]\(|\]\[\d|huggingface\.co/(?:papers|login|avatars)|!\[|\[图片|\bSubmitted by\b|\bUpvote\b"
    r"|\bPublished on\b|Get trending papers|research community|^Subscribe|\bGitHub \d|·"
    r"|\d+ authors\b|arXiv Page|^\W*$|\\$|^#|^\[|\]$"
)


def test_no_chrome_leaks_into_any_title_or_abstract() -> None:
    for name in CASES:
        records, _ = _parse_fixture(name)
        for rec in records:
            assert classify_chrome(rec.title) is None, (name, rec.title)
            assert not _LEAK.search(rec.title), (name, rec.title)
            if rec.abstract:
                # the inline link of row17 is content, by design
                abstract = rec.abstract.replace("(https://occ-ai.github.io)", "")
                assert not _LEAK.search(abstract), (name, rec.abstract[:80])


def test_unseen_chrome_shapes_are_dropped() -> None:
    """Generic chrome (not from the captures) between two cards never becomes text."""
    noise = [
        "42", "-", "—", "1.2k", "[-] 7", "12 authors", "* 3 authors", "Jan 5, 2026", "December 31",
        "https://example.org/some/page", "<https://example.org>", "www.example.org/x", "·", "•",
        "| | |", "* * *", "Next", "Load more", "Page 2 of 9", "3 / 10", "Upvote 12", "GitHub 4.5k",
        "[![avatar](https://example.org/a.png)](https://example.org/u)", "![](https://x.org/i.svg)",
        "[Image: no alt text]", "<br>", "---", "```", "Submitted by someone",
    ]  # fmt: skip
    lines = ["Get trending papers in your email inbox!", ""]
    lines += ["Capacity Analysis of Vector Symbolic Architectures", "", _abstract(1), ""]
    for item in noise:
        lines += [item, ""]
    lines += ["NERV++: An Enhanced Implicit Neural Video Representation", "", _abstract(2)]
    records, log = _parse(lines)
    assert [(r.title, r.abstract) for r in records] == [
        ("Capacity Analysis of Vector Symbolic Architectures", _abstract(1)),
        ("NERV++: An Enhanced Implicit Neural Video Representation", _abstract(2)),
    ]
    assert log.rejects == [] and log.warnings == []
    assert sum(log.chrome.values()) == len(noise) + 1  # + the header line


# --------------------------------------------------------------------------- classify_chrome

CHROME_EXAMPLES = [
    ("Models", "nav"), ("* [ Models ][2]", "nav"), ("Buckets new", "nav"), ("Log In", "nav"),
    ("new", "header"), ("Get trending papers in your email inbox once a day!", "header"),
    ("[Subscribe](https://huggingface.co/login?next=%2Fpapers)", "header"),
    ("Daily Papers", "header"), ("by", "header"), ("AK", "header"),
    (" and the research community", "header"), ("byAK and the research community", "header"),
    ("## by [![](https://huggingface.co/front/assets/papers-by.png)AK](https://huggingface.co/akhaliq)"
     " and the research community", "header"),
    ("## by[AK][30] and the research community", "header"),
    ("Daily", "view"), ("- Weekly", "view"), ("Monthly ", "view"),
    ("101", "upvotes"), ("-", "upvotes"), (" [-] 1", "upvotes"),
    ("[173](https://huggingface.co/login?next=%2Fpapers%2F2609.11115)", "upvotes"),
    ("Upvote", "upvotes"), ("[Upvote", "upvotes"),
    ("https://huggingface.co/papers/2410.05434", "url"),
    ("https://huggingface.co/login?next=%2Fpapers%2F2410.05434", "url"),
    ("2 authors](https://huggingface.co/papers/2410.05434)", "authors"),
    ("- 10 authors", "authors"),
    ("* 671 authors", "authors"), ("* 1 authors", "authors"),
    ("[[microsoft] Microsoft][67]", "org"),
    ("[[图片：kandinskylab] Kandinsky Lab](https://huggingface.co/kandinskylab)", "org"),
    ("·", "dot"), ("· Published on Dec 28, 2024", "date"), ("Oct 7, 2024", "date"),
    ("May 29", "date"), ("Published on Oct 4, 2026", "date"),
    ("May 29[6](https://huggingface.co/papers/2606.00683#community)", "date"),
    ("Mar 8, 2024 [ 6][39]", "date"), ("May 296", "date"),
    ("Submitted by", "submitted_by"), ("[图片：无替代文本]", "image"),
    ("[GitHub 131](https://github.com/kandinskylab/kandinsky-6) [arXiv Page](https://arxiv.org/abs/2610.05608)",
     "github"),
    ("[LINK: GitHub 11.3k](https://github.com/microsoft/agent-lightning)", "github"),
    ("GitHub 86.1k", "github"),
    ("- ![](https://huggingface.co/avatars/1515b197a71d150ddecaf7cd109ac84e.svg)\\\\", "image"),
    ("[Previous](https://huggingface.co/papers/date/2026-10-01)", "pagination"),
    ("Trending Papers ranked by GitHub stars activity", "pagination"),
    ("Read more", "pagination"), ("Show less", "pagination"),
    ('<a id="source-section-3"></a>', "markup"), ("```text", "markup"), ("][33]", "markup"),
    ("[Content truncated]", "truncation"),
]  # fmt: skip

CONTENT_EXAMPLES = [
    "s1: Simple test-time scaling",
    "2D Matryoshka Sentence Embeddings",
    "52B to 1T: Lessons Learned via Tele-FLM Series",
    '"Kelly is a Warm Person, Joseph is a Role Model": Gender Biases in LLM-Generated Letters',
    "May the Force Be With You",
    "Intercode Bash",
    "### [OCC-RAG: Optimal Cognitive Core for Faithful Question Answering](https://huggingface.co/papers/2606.00683)",
    "[Academic citations are widely used for evaluating research and tracing\\\\",
    "{scriptsize CODE2SEQ}: an alternative approach",
    "3D generation has made rapid progress. " * 10,
]  # fmt: skip


@pytest.mark.parametrize(("line", "kind"), CHROME_EXAMPLES)
def test_classify_chrome_on_verbatim_examples(line: str, kind: str) -> None:
    assert classify_chrome(line) == kind


@pytest.mark.parametrize("line", CONTENT_EXAMPLES)
def test_classify_chrome_leaves_content_alone(line: str) -> None:
    assert classify_chrome(line) is None


def test_card_date_keeps_the_glued_comment_count_apart() -> None:
    assert parse_card_date("May 296") == ("May 29", 6)
    assert parse_card_date("Mar 8, 2024 [ 6][39]") == ("Mar 8, 2024", 6)
    assert parse_card_date("· Published on Oct 4, 2026") == ("Oct 4, 2026", None)
    assert parse_card_date("Mar 17") == ("Mar 17", None)


# --------------------------------------------------------------------------- robustness


def test_detection_helper() -> None:
    assert looks_like_pages(_lines(FIXTURES / "row01_nav_plain.txt"))
    assert looks_like_pages(["Some Title", _abstract(1), "Other Title", _abstract(2)])
    assert not looks_like_pages(["id,title,abstract", "1,A,B"])


def test_odd_input_never_crashes_and_is_deterministic() -> None:
    pool = [line for name in sorted(CASES) for line in _lines(FIXTURES / name)]
    pool += ["[", "]", "](", "[[[", "### ", "#", "\\", "·" * 500, "x" * 50_000, "\x00"]
    pool += ["[" + "a" * 400, "[Upvote", "[" * 300]
    rng = random.Random(1234)
    for _ in range(30):
        lines = rng.sample(pool, 120)
        first, log1 = _parse(lines)
        second, log2 = _parse(lines)
        assert first == second and log1 == log2
    assert _parse([]) == ([], ParseLog())
    records, log = _parse(["", "   ", "Models", "Daily"])
    assert records == [] and log.rejects == []


def test_text_outside_any_card_is_rejected_with_its_line() -> None:
    records, log = _parse(["Get trending papers in your email inbox!", "", _abstract(1)])
    assert records == []
    [reject] = log.rejects
    assert (reject.code, reject.line) == ("R_ORPHAN_TEXT", 3)


def test_stdin_style_reader_with_crlf_and_no_final_newline() -> None:
    text = "new\r\n\r\nMar 17\r\n\r\nA Title\r\n\r\n" + _abstract(3)
    log = ParseLog()
    lines = read_lines(InputFile("-", None), io.BytesIO(text.encode()))
    [rec] = parse_pages(lines, "-", log)
    assert (rec.title, rec.abstract, rec.source.line, rec.source.date) == (
        "A Title",
        _abstract(3),
        5,
        "Mar 17",
    )


def test_subscribe_is_unglued_from_a_lower_case_first_title() -> None:
    title = "agentic verifier-in-the-loop solver orchestration for cell-free massive mimo"
    records, _ = _parse(_page("B", [(title, _long_abstract(1))]))
    assert [r.title for r in records] == [title]
    records, _ = _parse(_page("A", [("Subscribers of Preprint Servers", _long_abstract(1))]))
    assert [r.title for r in records] == ["Subscribers of Preprint Servers"]  # a word
