"""Is this text file a page at all? A file that holds no card gives rejects, not records.

A stray ``readme.md`` holding ``hello`` or a notes file inside an input folder reads, line
by line, like titles without abstracts. The page parser's records are therefore held back
until the file shows it is a capture of a listing page: a line of page chrome (the header,
an upvote count, a paper link, a card date ...), or a card with an abstract-length
paragraph. Until then nothing is yielded; a file that never shows either has its would-be
records rejected line by line, and every file without a record is named in a warning
(``FILE:1: no paper records found (N lines: M chrome, K rejected)`` as printed).

Holding is bounded: past ``MAX_HELD`` records the file is taken as a page (a list of
thousands of bare titles is one, a readme is not).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from ...records import Record
from ..base import ParseLog
from ..shape import TITLE_MAX, clip, sentence_like
from .preamble import log_preamble

__all__ = [
    "LISTING_VALUES", "MAX_HELD", "NO_EVIDENCE", "PAGE_SIGNS", "WEAK_EVIDENCE", "PageGate",
    "chrome_signs", "page_chrome", "preamble_signs",
    "titled_card",
]  # fmt: skip

MAX_HELD: Final = 1000
# Chrome any markdown file or note has (rules, a YAML front matter, images): no sign of a
# listing page. A readme's front matter let its one sentence through as a paper.
NO_EVIDENCE: Final = frozenset(("markup", "frontmatter", "image"))
# Chrome a readme, a licence or a changelog may hold once (a bare name, a word of a site's
# navigation, a date, a link alone on its line): a page shows it on several lines. One such
# line with one titled paragraph under it made a LICENSE a paper ("MIT License" an
# organisation, the licence its abstract).
WEAK_EVIDENCE: Final = frozenset(("org", "nav", "view", "date", "url", "search", "pagination"))
# Values only a listing's card carries, read from its own lines (``MMONE: … (214 upvotes)``):
# a card holding one shows a page, as a line of that chrome does.
LISTING_VALUES: Final = frozenset(
    ("upvotes", "comments", "n_authors", "stars", "github_stars", "submitted_by", "paper_url")
)
# How many weak chrome lines, or titled paragraphs that read as cards, show a page.
PAGE_SIGNS: Final = 2
# A summary's length in words: a readme section's line is shorter ("# Notes" / "This folder
# holds the dumps we scraped in March." gave a paper).
_SUMMARY_WORDS: Final = 8


def preamble_signs(head: list[tuple[int, str]], file: str, log: ParseLog) -> int:
    """The page's lines before its header counted (``preamble.log_preamble``), and how much
    they show a listing page (``page_chrome``)."""
    before = log.chrome.copy()
    log_preamble(head, file, log)
    return page_chrome(log.chrome, before)


def page_chrome(chrome: Counter[str], before: Counter[str]) -> int:
    """How much the chrome counted since ``before`` shows a listing page (``chrome_signs``
    of each kind)."""
    return sum(chrome_signs(kind, n) for kind, n in (chrome - before).items())


def chrome_signs(kind: str, lines: int) -> int:
    """How much ``lines`` lines of chrome of ``kind`` show a listing page: ``PAGE_SIGNS``
    for a kind only listings print, a sign a line of a weak kind, none for markup."""
    if kind in WEAK_EVIDENCE:
        return lines
    return 0 if kind in NO_EVIDENCE else PAGE_SIGNS


def titled_card(title: str, abstract: str) -> int:
    """How much a titled paragraph shows a card (signs, ``PAGE_SIGNS`` enough alone): none
    for a readme's or a changelog's section (a title of fewer than two words, ``0.2.0 -
    2025-03-18``; a list) or a short paragraph under a sentence; one for an abstract's
    length, or a summary's (8 words or more) under a title that reads as no sentence;
    enough when it speaks as a paper does (``we``, ``propose``, ``results`` ...: a licence's
    paragraph does not, a card pasted alone into a file does)."""
    if len(_WORD.findall(title)) < 2 or abstract.startswith(_BULLETS):
        return 0
    if len(abstract) <= TITLE_MAX and (
        len(abstract.split()) < _SUMMARY_WORDS or sentence_like(title)
    ):
        return 0
    found = {m.lower() for m in _PAPER_WORDS.findall(abstract)}
    return PAGE_SIGNS if len(found) >= 2 else 1


_CARD_WARNINGS: Final = frozenset(("W_NO_ABSTRACT", "W_ABSTRACT_JOINED", "W_TRUNCATED"))
_WORD: Final = re.compile(r"[^\W\d_]{2,}")
_BULLETS: Final = ("- ", "* ", "+ ", "• ")
_PAPER_WORDS: Final = re.compile(
    r"\b(?:we|our|propose[sd]?|present|introduce|paper|approach|method|model|results?"
    r"|experiments?|show|study|evaluate|outperforms?|framework|dataset|benchmark)\b",
    re.IGNORECASE,
)


class PageGate:
    """Passes a file's records once it is known to be a page; rejects them otherwise."""

    def __init__(self, file: str, log: ParseLog) -> None:
        self.file = file
        self.log = log
        self.held: list[tuple[Record, int, int]] = []  # (record, its input lines)
        self.is_page = False
        self.emitted = 0
        self._chrome0 = sum(log.chrome.values())
        self._rejected0 = log.reject_lines

    def admit(self, records: list[tuple[Record, int, int]], evidence: bool) -> list[Record]:
        """Records that may go out now (``evidence``: the file has shown it is a page)."""
        if self.is_page:
            self.emitted += len(records)
            return [r for r, _, _ in records]
        self.held.extend(records)
        if evidence or len(self.held) > MAX_HELD:
            self.is_page = True
            out = [r for r, _, _ in self.held]
            self.held = []
            self.emitted += len(out)
            return out
        return []

    def close(self, lines: int) -> None:
        """End of file: reject what was held, and say so when the file gave no record."""
        if self.held:
            # every record of the file was held: what was said of its cards (a title
            # without an abstract, a line joined to one) is said of no card
            self.log.warnings = [
                w
                for w in self.log.warnings
                if not (w.code in _CARD_WARNINGS and w.file == self.file)
            ]
        why = "text in a file that shows no page structure"
        for record, n, abstract_line in self.held:
            self.log.record_lines -= n
            title = f"{why}: {clip(record.title)}"
            if not abstract_line:
                self.log.reject("R_NOT_A_PAGE", self.file, record.source.line, title, n)
                continue
            # title and abstract rejected where each starts (the lines counted once)
            self.log.reject("R_NOT_A_PAGE", self.file, record.source.line, title, 0)
            abstract = f"{why}: {clip(record.abstract)}"
            self.log.reject("R_NOT_A_PAGE", self.file, abstract_line, abstract, n)
        self.held = []
        if self.emitted or not lines:
            return  # an empty file has nothing to report
        chrome = sum(self.log.chrome.values()) - self._chrome0
        rejected = self.log.reject_lines - self._rejected0
        self.log.warn(
            "W_NO_RECORDS",
            self.file,
            1,
            f"no paper records found ({lines} lines: {chrome} chrome, {rejected} rejected)",
        )
