"""The values page chrome carries: paper ids in links, card dates and the comment counts
glued to them, upvote, author and star counts. ``chrome`` says what a line is; these read
what it holds, for the page parser."""

from __future__ import annotations

import re

from .chrome import CARD_DATE, bare

__all__ = ["arxiv_ids", "count_value", "github_stars", "parse_card_date"]

_ARXIV_ID = re.compile(
    r"(?:huggingface\.co/papers/|arxiv\.org/(?:abs|pdf|html)/|%2Fpapers%2F|/papers/|^arXiv:)"
    r"(\d{4}\.\d{4,5})(?:v\d+)?(?![\d.])"
)
_COUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([kKmM]?)")
_STARS = re.compile(
    r"(?:GitHub\s+|[★⭐]\ufe0f?\s*)(\d[\d.,]*[kKmM]?)|(\d[\d.,]*[kKmM]?)\s+stars?\b"
)


def arxiv_ids(s: str) -> list[str]:
    """arXiv ids (version stripped) in the paper links of one line, in order."""
    if "papers" not in s and "arxiv.org" not in s and "arXiv:" not in s:
        return []
    return _ARXIV_ID.findall(s)


def parse_card_date(s: str) -> tuple[str, int | None] | None:
    """``(date as written, comment count or None)`` of a card date line, else ``None``.

    ``"May 296"`` is May 29 with 6 comments: the day takes at most two digits and the rest
    is the comment count that link flattening glued to it.
    """
    text = s.strip()
    if "·" in text:
        text = text[text.rfind("·") + 1 :].strip()
    m = CARD_DATE.match(text)
    if m is None:
        text = bare(text)[0]
        m = CARD_DATE.match(text)
        if m is None:
            return None
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    comments = m.group("c1") or m.group("c2")
    return " ".join(m.group("date").split()), int(comments) if comments else None


def count_value(s: str) -> int | None:
    """The number an upvote/author line shows (``"1.2k"`` -> 1200), ``None`` for ``-``."""
    m = _COUNT.search(bare(s)[0])
    if m is None:
        return None
    number = float(m.group(1).replace(",", ""))
    scale = {"k": 1_000, "m": 1_000_000}.get(m.group(2).lower(), 1)
    return int(number * scale)


def github_stars(s: str) -> str | None:
    """GitHub star count as shown (``"11.3k"``), or ``None``."""
    m = _STARS.search(bare(s)[0])
    return (m.group(1) or m.group(2)) if m else None
