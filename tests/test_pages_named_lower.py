"""A short title its abstract names in lower case (``The Format Tax`` + ``… little to no
format tax …``) is no organisation's line: an abstract names its paper's idea as a term,
rarely the organisation that published it, which keeps its capitals (``scores._named_in``
in any case, ``ORG_SHARED``; docs/pages-passes.md, "The families' and two opt-in draws'
last losses (lt31)"). The excerpt (``fixtures/pages_lt31.json``) is default 165's ``url``
page p002827, lines 19-45 (plain, layout A, every card over its links): ``End-to-end
Feature Alignment: …`` (no abstract) + its links + ``The Format Tax`` + ``Asking a large
language model to respond in JSON should be a formatting choice, not a capability tax. …``.
Main read ``The Format Tax`` as the first card's organisation: the card was lost and its
abstract glued to the card above."""

from __future__ import annotations

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")[
    "lt31_def165_p002827_a_title_its_abstract_names_in_lower_case"
]


def test_a_title_its_abstract_names_in_lower_case_is_a_title() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title["The Format Tax"].abstract.startswith("Asking a large language model")
    above = [r for r in records if r.title.startswith("End-to-end Feature Alignment")]
    assert above and above[0].abstract == ""
