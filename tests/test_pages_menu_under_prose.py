"""A site-menu word alone on the line under an abstract's last line is the menu, not the
abstract's last word, however full that line (``in_text.ChromeInText.inside_text``;
docs/pages-passes.md, "The families' last losses at 200k (lt29)"). The excerpt
(``fixtures/pages_lt29.json``) is default 110's ``between`` page p002797, lines 1-70
(layout B, abstracts wrapped at 80, the site's menu between cards): ``eInference Scaled
GraphRAG: …`` over its abstract, whose last line ``and architecture-agnostic solution for
structured knowledge reasoning with LLMs`` (79 of 80) ends no sentence, then ``Previous``,
then the next title. Main read the word as the abstract's last (the line above filled the
width, so the word could have been wrapped there): it leaked into the abstract."""

from __future__ import annotations

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt29.json")
PAGE = EXCERPTS["lt29_default110_p002797_a_menu_word_under_an_abstract_ending_open"]
TITLE = "eInference Scaled GraphRAG: Improving Multi Hop Question Answering on Knowledge Graphs"


def test_a_menu_word_under_an_abstract_is_the_menu() -> None:
    records, log = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title[TITLE].abstract.endswith("structured knowledge reasoning with LLMs")
    assert "InFact: Informativeness Alignment for Improved LLM Factuality" in by_title
