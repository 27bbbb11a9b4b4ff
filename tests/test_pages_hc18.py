"""A card in doubt is no evidence for its own reading: the page's title habit, weighed
again for a name read as its title's rest, leaves out the votes of the open cards' titles
(``pages/own_votes.py``; docs/pages-passes.md, "A name under a title on a page that wraps
nothing"). The excerpt (``fixtures/pages_hc18.json``) is the conv 41 set's ``c_copy``
page p002587, lines 1-369: a browser's copy, every block on one line, forty cards; the
second is ``Aqua Boundary-Saliency … Detection Transformer`` (118 columns) + ``Meta AI``
+ ``Published on Aug 20``. Main read ``Meta AI`` as the title's rest: weighed again at the
page's end, its own wrapped title kept the page from the sure habit of one-line titles,
and the two readings tied."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from papercorpus.sources import pages
from papercorpus.sources.pages.own_votes import habit_of, habit_without
from papercorpus.sources.pages.reader import TokenReader
from papercorpus.sources.pages.scores import SURE_TITLES
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import card_pairs, check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_hc18.json")
PAGE = EXCERPTS["hc18_copy_a_name_read_as_a_flat_title_rest"]


def _open(rest: bool, text: str = "T" * 110, lines: int = 1, title: bool = True):
    tok = Token(1, kind="T", text=text, lines=lines) if title else None
    return SimpleNamespace(rest=rest, title=tok)


@pytest.mark.skipif(
    pages.COMPILED,
    reason="compiled, TokenReader's methods take a TokenReader only (the pure build runs it)",
)
def test_habit_of_is_the_readers() -> None:
    # ``TokenReader._title_wrap``'s habit from its counts, for every count up to 12
    for one in range(13):
        for wrapped in range(13):
            reader = SimpleNamespace(
                title_wraps=[one, wrapped], decoder=SimpleNamespace(title_habit=9)
            )
            reader.title_wraps[1] -= 1 if wrapped else 0
            reader.title_wraps[0] -= 0 if wrapped else 1
            TokenReader._title_wrap(reader, bool(wrapped))  # type: ignore[arg-type]
            assert reader.decoder.title_habit == habit_of(one, wrapped), (one, wrapped)


def test_an_open_rest_leaves_its_own_wrap_out() -> None:
    # many long titles on one line, one wrapped: the rest read so
    assert habit_of(SURE_TITLES, 1) == -1
    assert habit_without([SURE_TITLES, 1], [_open(True)], 100) == -2
    # a name read so leaves out its long title left on one line
    assert habit_without([3, 0], [_open(False)], 100) == 0
    # ... not a title no longer than the limit (never counted), nor one of two lines
    # (wrapped either way), nor a card whose wrap was not judged on the name
    assert habit_without([3, 0], [_open(False, "short")], 100) == -1
    assert habit_without([SURE_TITLES, 1], [_open(True, lines=2)], 100) == -1
    assert habit_without([SURE_TITLES, 1], [_open(True, title=False)], 100) == -1
    # no open card: the page's habit
    assert habit_without([SURE_TITLES, 0], [], 100) == -2


def test_the_name_is_the_cards_organisation() -> None:
    records, _ = parse_page(PAGE["lines"])
    pairs = card_pairs(records)
    assert len(pairs) == 40
    assert pairs[1][0].endswith("Detection Transformer")
    assert records[1].meta.get("org") == "Meta AI"
    check_excerpt(PAGE)
