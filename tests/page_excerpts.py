"""What the hand-written page tests share: a sample card's text, a page's lines parsed, its
cards read back as (title, abstract), and an excerpt of a generated page checked against the
cards it holds."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

from papercorpus.records import Record
from papercorpus.sources.base import ParseLog
from papercorpus.sources.pages import parse_pages
from papercorpus.sources.pages.nodes import Node
from papercorpus.sources.pages.scores import ABSTRACT, CONT
from papercorpus.sources.pages.tokens import Token

FIXTURES = Path(__file__).parent / "fixtures"

# The third sample card of test_pages_converters and test_pages_variants (their T3, A3).
SUBJECTIVE_TITLE = "Subjective functions"
SUBJECTIVE_ABSTRACT = (
    "Where do objective functions come from? How do we select what goals to pursue? Human "
    "intelligence is adept at synthesizing new objective functions on the fly."
)


def parse_page(lines: list[str]) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_pages(list(enumerate(lines, 1)), "t", log)), log


def accounted(lines: list[str], log: ParseLog) -> None:
    """Every line of the page has one place: a record's, chrome, a blank or a reject."""
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)


# Five sample cards (ua24's), the page head the hand-written page tests set over them, and a
# card's lines as a test lays them out (its index, its card dict).
CARDS: list[dict] = json.loads((FIXTURES / "pages_ua24.json").read_text(encoding="utf-8"))["cards"]
HEAD = ["Daily Papers", "by AK and the research community", ""]
Card = Callable[[int, dict], list[str]]


def card_page(card: Card) -> list[str]:
    """A page of the sample cards, each laid out by ``card``, under ``HEAD``."""
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        lines += card(i, c)
    return [*lines, "Previous", "Next"]


def read_cards(lines: list[str], cards: list[dict] = CARDS) -> list[Record]:
    """The page's records, every line accounted for and the cards read back whole."""
    records, log = parse_page(lines)
    accounted(lines, log)
    assert card_pairs(records) == [(c["title"], c["abstract"]) for c in cards]
    return records


def card_pairs(records: list[Record]) -> list[tuple[str, str]]:
    return [(r.title, r.abstract) for r in records]


def load_excerpts(fixture: str) -> dict[str, dict]:
    """Excerpts of generated pages: ``{name: {"lines": [...], "cards": [[title, abstract]]}}``."""
    return json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))


def excerpt_names(excerpts: dict[str, dict], part: str) -> list[str]:
    """The names of ``excerpts`` holding ``part``, sorted (a test's parametrisation)."""
    return sorted(name for name in excerpts if part in name)


def _ws(pairs: list) -> list[tuple[str, str]]:
    return [(" ".join(t.split()), " ".join(a.split())) for t, a in pairs]


def check_excerpt(page: dict) -> None:
    """The excerpt parses to the cards it holds, whitespace aside."""
    records, _ = parse_page(page["lines"])
    assert _ws(card_pairs(records)) == _ws(page["cards"])


def fold_s(line: str, width: int) -> list[str]:
    """``fold -s -w width``: the space a line was broken at kept at the end of it (a word
    longer than the width stays whole on a line of its own)."""
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = line.find(" ", width)
            if cut < 0:
                break
        out.append(line[: cut + 1])
        line = line[cut + 1 :]
    return [*out, line]


def wrap(text: str, width: int) -> list[str]:
    """A tool's wrap (or a mail client's fold) at ``width``: each line broken at the last
    space that fits, the space dropped; a word longer than the width stays whole, and no
    word is broken at its hyphen."""
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def folded_page(width: int, excerpt: list[str]) -> list[str]:
    """The sample cards wrapped at ``width`` in layout B (no blank line between cards),
    then a page's ``excerpt`` and the pager under it."""
    lines = list(HEAD)
    for c in CARDS:
        lines += [*wrap(c["title"], width), *wrap(c["abstract"], width)]
    return [*lines, *excerpt, "Previous", "Next"]


def abstract_path(*texts: str) -> Node:
    """A decoder path over an abstract of ``texts``, one line each: its first line read as
    the abstract, the others as its continuation (``path_reads``' tests walk it)."""
    node = Node(None, ABSTRACT, Token(1, texts[0]), len(texts[0]))
    for i, text in enumerate(texts[1:], 2):
        node = Node(node, CONT, Token(i, text), node.title_len + len(text))
    return node
