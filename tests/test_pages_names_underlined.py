"""A line of the shape of the names a page prints under its titles, underlined as a setext
heading (``---`` or ``===`` under it), is the card's title, not the page's names
(``parser.PageParser.underlined``; docs/pages-passes.md, "The families' and two opt-in
draws' last losses (lt31)"). The excerpt (``fixtures/pages_lt31.json``) is unseen 165's
``names+setext`` page p000531, lines 50-128 (plain, layout A: each title underlined, its
authors' names under it, then its abstract): ``Biased Teacher, Balanced Student`` +
``--------------------------------`` + ``Jun Tanaka, Ann Novak`` + ``Knowledge
Distillation (KD) is …``. Main read the title as the page's names (``repeats``: two
capitalised words, a comma, two more): the card was lost, its abstract rejected."""

from __future__ import annotations

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")["lt31_unseen165_p000531_a_title_shaped_as_names_underlined"]


def test_a_title_shaped_as_names_underlined_is_a_title() -> None:
    records, log = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title["Biased Teacher, Balanced Student"].abstract.startswith(
        "Knowledge Distillation (KD) is a widely adopted model compression technique"
    )
    assert log.reject_lines == 0
