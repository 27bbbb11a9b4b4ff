"""Card chrome lands in ``Record.meta`` under the names issue 13's output reads:
``upvotes``, ``n_authors``, ``org``, ``published``, ``comments``, ``stars`` (an int),
``paper_url``, ``submitted_by``."""

from __future__ import annotations

from pathlib import Path

from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records

ABSTRACT = (
    "We study how a parser reads a page. It keeps every card and every value the card "
    "shows, whatever chrome sits around the title and its abstract on the page."
)

TRENDING = "\n".join(
    [
        "Trending Papers",
        "Get trending papers in your email inbox!",
        "Submitted by",
        "akhaliq",
        "Meteor: Mamba-based Traversal of Rationale for Large Language and Vision Models",
        "Carnegie Mellon University",
        "·",
        "Published on May 29",
        ABSTRACT,
        "GitHub 11.3k",
        "arXiv Page",
        "https://huggingface.co/papers/2405.15574",
        "12 authors",
        "May 29, 2024[6](https://huggingface.co/papers/2405.15574#community)",
    ]
)


def _records(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    log = ParseLog()
    return list(iter_records(InputFile("page.txt", path), ReadOptions(), log)), log


def test_card_chrome_goes_to_meta(tmp_path: Path) -> None:
    [rec], log = _records(tmp_path, TRENDING)
    assert rec.title.startswith("Meteor:") and rec.abstract == ABSTRACT
    assert rec.meta == {
        "submitted_by": "akhaliq",
        "org": "Carnegie Mellon University",
        "published": "May 29",
        "stars": 11300,
        "n_authors": 12,
        "comments": 6,
        "paper_url": "https://huggingface.co/papers/2405.15574",
    }
    assert rec.arxiv_id == "2405.15574"
    assert log.rejects == [] and [w.code for w in log.warnings] == []


def test_lines_are_accounted(tmp_path: Path) -> None:
    records, log = _records(tmp_path, TRENDING)
    lines = TRENDING.count("\n") + 1
    chrome = sum(log.chrome.values())
    assert log.record_lines == 2 and log.blank_lines == 0 and log.reject_lines == 0
    assert log.record_lines + chrome == lines
