"""Crawl4AI's citation markdown (``markdown_with_citations`` + ``references_markdown``):
each link ``[text](url)`` written ``text⟨n⟩``, the targets listed after the page as
``⟨n⟩ url: title - text``. The fixtures are two real-layout captures of
tests/fixtures/unseen/ (firecrawl markdown, hard-broken markdown) written as Crawl4AI's
generator writes them; before ``pages.citations`` they gave 29 records of marks and
counts (``⟨11⟩``, ``100⟨18⟩``), no ids and no abstracts, and a record of the reference
list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.pages.citations import Citations, cited

FIXTURES = Path(__file__).parent / "fixtures" / "crawl4ai"
CASES = sorted(p.stem for p in FIXTURES.glob("*.md"))


def test_both_fixtures_are_there() -> None:
    assert CASES == ["c01_trending_citations", "c02_hardbreaks_citations"]


@pytest.mark.parametrize("name", CASES)
def test_a_cited_capture_reads_as_its_markdown_original(name: str) -> None:
    path = FIXTURES / f"{name}.md"
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    log = ParseLog()
    records = list(iter_records(InputFile(path.name, path), ReadOptions(), log))
    got = [(" ".join(r.title.split()), " ".join(r.abstract.split()), r.arxiv_id) for r in records]
    want = [(e["title"], e["abstract"], e["arxiv_id"]) for e in expected["records"]]
    assert got == want
    assert not log.rejects
    assert not [w for w in log.warnings if w.code == "W_ABSTRACT_JOINED"]


def _records(path: Path) -> list:
    return list(iter_records(InputFile(path.name, path), ReadOptions(), ParseLog()))


def test_vote_counts_are_read_through_their_links_definitions() -> None:
    """``100⟨18⟩`` is ``[100][18]``: a count whose link, defined after the page, is a vote
    link to its paper (``/login?next=%2Fpapers%2F2503.11731``): the count of that paper's
    record, as the markdown original's ``[100](…/login?next=…)`` gives it."""
    cited_votes = [r.meta.get("upvotes") for r in _records(FIXTURES / "c01_trending_citations.md")]
    original = FIXTURES.parent / "unseen" / "u01_firecrawl_trending.txt"
    assert cited_votes == [r.meta.get("upvotes") for r in _records(original)]
    assert cited_votes == [100, 100, 107, 107, 114, 114, 121, 121, 128, 128]


def test_a_count_linking_its_papers_page_is_no_vote_count() -> None:
    page = (
        "### [Sparse Mixture Routing for Long-Context Retrieval Models][1]\n\n"
        "Retrieval models that read long contexts spend most of their compute on passages "
        "that never matter for the answer; we route blocks to experts and skip the rest.\n\n"
        "[12][2]\n\n"
        "[1]: https://huggingface.co/papers/2503.11731\n"
        "[2]: https://huggingface.co/papers/2503.11731#community\n"
    )
    lines = list(enumerate(page.split("\n"), 1))
    from papercorpus.sources.pages import parse_pages

    (record,) = parse_pages(lines, "page.md", ParseLog())
    assert record.arxiv_id == "2503.11731"
    assert "upvotes" not in record.meta


def test_the_head_must_show_one_then_two() -> None:
    assert cited(["- Models⟨1⟩", "text", "- Datasets⟨2⟩"])
    assert not cited(["- Datasets⟨2⟩", "- Models⟨1⟩"])  # (Crawl4AI numbers in order)
    assert not cited(["We bound the spectral gap by ⟨1⟩ and ⟨2⟩ below."])  # (not glued)
    assert not cited(["An abstract about the state x⟨1⟩ alone."])


def test_lines_are_rewritten_as_reference_links() -> None:
    c = Citations()
    assert c.line("- Models⟨1⟩") == "- [Models][1]"
    assert c.line("### A Title: With [Brackets]⟨2⟩") == r"### [A Title: With \[Brackets\]][2]"
    # several links on a line, or a link inside running text: the marks go, the text stays
    assert c.line("GitHub 131⟨3⟩ arXiv Page⟨4⟩") == "GitHub 131 arXiv Page"
    assert c.line("Code is at our site⟨5⟩, with data.") == "Code is at our site, with data."
    # a number past the next one is no mark of Crawl4AI's: an abstract's notation stays
    assert c.line("the expectation x⟨9⟩ of the state") == "the expectation x⟨9⟩ of the state"
    assert c.line("![⟨2⟩](https://huggingface.co/papers/2503.11731)") == (
        "![](https://huggingface.co/papers/2503.11731)"
    )
    # the list after the page: definitions, a description or none
    assert c.line("⟨2⟩ https://huggingface.co/papers/2503.11731: A Title") == (
        "[2]: https://huggingface.co/papers/2503.11731"
    )
    assert c.line("⟨5⟩ https://example.org/site") == "[5]: https://example.org/site"
    assert c.line("⟨6⟩ https://example.org/never-cited") == "⟨6⟩ https://example.org/never-cited"


def test_a_page_without_marks_is_read_as_it_was() -> None:
    """A page whose text holds angle-bracket notation (no ``⟨1⟩``, ``⟨2⟩`` run in its head)
    is not rewritten: its lines reach the parser as read."""
    text = (
        "Quantum Bounds on Expectation Values\n\n"
        "We show that x⟨2⟩ and y⟨3⟩ bound the expectation of the state, and we give a "
        "tight estimate of the spectral gap for every local Hamiltonian we consider here.\n"
    )
    lines = list(enumerate(text.split("\n"), 1))
    assert not cited(t for _, t in lines)
