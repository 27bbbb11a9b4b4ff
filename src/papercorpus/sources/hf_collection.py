"""Hugging Face collection pages (``huggingface.co/collections/USER/NAME``) -> records.

A collection lists papers, models, datasets and spaces as items. A paper's item is its
title over one line of values: ``Paper • 2503.11731 • Published Mar 14, 2025 • 42`` (the
upvotes last, absent at 0); a scraper's markdown links the two lines together
(``[#### Title`` … ``Paper • 2503.11731 • Published Mar 14, 2025 • 42](/papers/2503.11731)``).
Read as a listing page, every item's value line became a paper of its own and every other
item's name too. Here a paper's item is one record (title, id, ``published``, upvotes; no
abstract: the page shows none, so no warning), the lines over the title since the last item
are the page's (the collection's name, description, "updated … ago": counted chrome), and
another kind's item (``Image-Text-to-Text • Updated 3 days ago • 1.2M • 30``, its name
above) is counted chrome by kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..normalize import collapse_ws
from ..records import Record, Source
from .base import Lines, ParseLog
from .md_lines import plain

__all__ = ["looks_like_collection", "parse_collection"]

# A paper item's values; a markdown capture closes the item's link after them.
_PAPER = re.compile(
    r"\s*Paper\s*•\s*(?P<id>\d{4}\.\d{4,5})\s*•\s*Published\s+(?:on\s+)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)(?:\s*•\s*(?P<votes>\d[\d,.]*k?))?\s*"
    r"(?:\]\([^()\s]*\)|\]\(<[^<>]*>\))?\s*$"
)
# Another kind's values (a model's task, a dataset's viewer, a space's state): "Updated".
_OTHER = re.compile(r".*•\s*Updated\b.*")


def looks_like_collection(head: list[str]) -> bool:
    """A collection page: an item line of a paper's values (no listing prints one)."""
    return any("Paper" in t and _PAPER.match(t) for t in head if "•" in t)


def parse_collection(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
    """One record per paper item of a collection page."""
    block: list[tuple[int, str]] = []  # the lines since the last item, a blank ending none
    head = True  # no item yet
    for lineno, text in lines:
        s = text.strip()
        if not s:
            log.blank_lines += 1
            continue
        if "•" in s and (m := _PAPER.match(s)) is not None:
            record = _record(block, m, lineno, file, log, head)
            block, head = [], False
            if record is not None:
                yield record
            continue
        if "•" in s and _OTHER.match(s):
            log.drop_chrome("item", len(block[-1:]) + 1)  # the item's name and values
            _page_lines(block[:-1], file, log, head)
            block, head = [], False
            continue
        block.append((lineno, s))
    _page_lines(block, file, log, head)


def _record(
    block: list[tuple[int, str]],
    m: re.Match[str],
    at: int,
    file: str,
    log: ParseLog,
    head: bool,
) -> Record | None:
    """The paper item whose values ``m`` read (on line ``at``): its title is the line over
    them, or a markdown item's heading wrapped over the lines up to them."""
    n = _title_lines(block)
    _page_lines(block[: len(block) - n], file, log, head)
    title = _title([text for _, text in block[len(block) - n :]])
    if not title:
        log.reject("R_NO_TITLE", file, at, f"collection item {m['id']} has no title", n + 1)
        return None
    lineno = block[-n][0]
    meta: dict[str, object] = {"published": m["date"]}
    if m["votes"]:
        meta["upvotes"] = m["votes"]
    log.record_lines += n + 1
    return Record(title, "", Source(file, lineno, None), m["id"], ("no_abstract",), meta)


def _title_lines(block: list[tuple[int, str]]) -> int:
    """How many of the block's last lines are the title: one, or the run of adjacent lines
    a markdown item's opening (``[#### Title``) begins (a converter wrapped the heading)."""
    if not block:
        return 0
    k = len(block) - 1
    if block[k][1].startswith(("[", "#")):
        return 1  # the item's opening is its only line
    while k > 0 and block[k - 1][0] == block[k][0] - 1 and len(block) - k < _MAX_TITLE_LINES:
        k -= 1
        if block[k][1].startswith(("[", "#")):
            return len(block) - k
    return 1


_MAX_TITLE_LINES = 4


def _title(lines: list[str]) -> str:
    """The title as the item shows it: a markdown capture's link opening, heading and bold
    marks, and its hard break, taken off."""
    text = " ".join(lines)
    t = plain(text.lstrip("[").rstrip("\\").rstrip())
    return collapse_ws(t.strip("*").strip())


def _page_lines(block: list[tuple[int, str]], file: str, log: ParseLog, head: bool) -> None:
    """Lines outside items: the page's head (the collection's name and description) and
    its names, counts and links are chrome; a sentence after the first item (an item's
    note, another page glued on) is reported, never dropped."""
    for lineno, text in block:
        if not head and (len(text) > _SHORT or text.endswith((".", "!", "?"))):
            log.reject("R_UNPARSED", file, lineno, f"outside any collection item: {text[:80]}")
        else:
            log.drop_chrome("page")


_SHORT = 60
