"""On a page that has set its site menu between its cards (``in_text.MENU_BETWEEN`` lines
or more after its first card), a menu word under a full title line is the menu's, unless
it is one that many real titles end with (``Models``, ``Tasks``, ``Languages``:
``TITLE_END_COMMON``; docs/pages-passes.md, "The families' and two opt-in draws' last
losses (lt31)"). The excerpt (``fixtures/pages_lt31.json``) is default 165's ``between``
page p001497, lines 85-199 (plain, layout B, wrapped at 100; ``Log In``, ``Next`` and
``Company`` between its cards): ``Stabilizing Unsupervised Self-Evolution of MLLMs via
Continuous Softened Retracing reSampling`` (93 of 100, no abstract) + ``Datasets`` + the
next card's upvote count. Main read ``Datasets`` as the title's last word (53 of the
172,237 real titles wrapped at 60 to 100 end so): a leak."""

from __future__ import annotations

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")[
    "lt31_def165_p001497_a_menu_word_on_a_page_that_sets_its_menu_between_cards"
]
TITLE = (
    "Stabilizing Unsupervised Self-Evolution of MLLMs via Continuous Softened Retracing reSampling"
)


def test_a_menu_word_under_a_full_title_is_the_menu_on_such_a_page() -> None:
    records, _ = parse_page(PAGE["lines"])
    titles = [r.title for r in records]
    assert TITLE in titles
    assert not any(t.endswith("Datasets") for t in titles)


def test_models_stays_a_title_end_there() -> None:
    lines = [s if s != "Datasets" else "Models" for s in PAGE["lines"]]
    lines = [s if not s.startswith("Stabilizing") else s + " Large Language" for s in lines]
    lines = [s.replace("reSampling Large Language", "Large Language") for s in lines]
    records, _ = parse_page(lines)
    assert any(r.title.endswith("Large Language Models") for r in records)
