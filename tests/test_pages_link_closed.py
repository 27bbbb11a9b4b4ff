"""A line under a link wrapper that closed round its whole unit (``[An abstract …](url)``)
does not go on in it: the wrapped text is complete (``parser.PageParser._text`` sets
``mark_closed``, as a title's closing mark does; docs/pages-passes.md, "The families'
last losses at 200k, held-out 114 (lt30)"). The excerpt (``fixtures/pages_lt30.json``) is
default 114's ``submitted_by`` page p002659, lines 365-379 (markdown, layout B, every
abstract a link to its paper and followed by ``Submitted by`` and the user):
``MOTOR: …`` over its linked abstract (no ``Submitted by`` under it), then
``Real-Time Person Image Synthesis Using a Flow Matching Model``, a card without an
abstract, over its ``Submitted by``. Main read the title as the linked abstract's last
sentence (the page's template puts ``Submitted by`` after abstracts): the card was lost
and its title glued to MOTOR's abstract."""

from __future__ import annotations

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt30.json")
PAGE = EXCERPTS["lt30_def114_p002659_a_title_under_a_linked_abstract"]
TITLE = "Real-Time Person Image Synthesis Using a Flow Matching Model"


def test_a_title_under_a_closed_link_wrapper_is_a_card() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert TITLE in by_title
    assert by_title[TITLE].abstract == ""
    motor = by_title["MOTOR: A Multimodal Dataset for Two-Wheeler Rider Behavior Understanding"]
    assert motor.abstract.endswith("https: //varuniiith.github.io/MOTOR-Dataset/")
