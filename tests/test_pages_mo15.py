"""The ``mid_org`` arrangement, third pass: a card's title read as the card above's
organisation on a page that links every organisation's name, a title read as an
abstract's first line over a lower-case abstract on one wide line, and an organisation's
date read as a second card's.
Excerpts of the seed-28 ``mid_org`` set (``fixtures/pages_mo15.json``), each failing
without its rule."""

from __future__ import annotations

from papercorpus.sources.pages import neighbours
from papercorpus.sources.pages.page_habits import LINKED_ORGS, PageHabits
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_mo15.json")


def test_a_plain_title_over_its_date_on_a_page_that_links_its_organisations() -> None:
    """``Temporal Analysis of Climate Policy Discourse: …`` + ``[- 2 authors](…)`` + its
    abstract, then ``Monotone Erasure Codes`` + ``· Published on May 16`` + its count (a
    card without an abstract), on a page whose organisations are all links
    (``[Salesforce](https://huggingface.co/Salesforce)``, ``[[图片：Google] Google](…) ·
    Published on Jun 22``): the plain line is the next card's title, not the card
    above's organisation (p000061: read so by 0.09, the card lost)."""
    page = EXCERPTS["mo15_m28_p000061_a_title_over_its_date_on_a_page_that_links_its_organisations"]
    records, _ = _parse(page["lines"])
    titles = [" ".join(r.title.split()) for r in records]
    assert titles == [" ".join(t.split()) for t in page["titles"]]
    assert "Monotone Erasure Codes" in titles
    monotone = records[titles.index("Monotone Erasure Codes")]
    assert monotone.abstract == ""
    above = records[titles.index("Monotone Erasure Codes") - 1]
    assert above.abstract.endswith("to other policy domains.")


def test_plain_org_cost_is_a_habit_of_linked_names() -> None:
    """The cost grows with the linked organisations the page has shown, from
    ``LINKED_ORGS`` on, and stops where the page has named one in plain text too."""
    habits = PageHabits()
    assert habits.plain_org_cost() == 0.0
    habits.mo_linked_orgs[0] = LINKED_ORGS - 1
    assert habits.plain_org_cost() == 0.0
    habits.mo_linked_orgs[0] = LINKED_ORGS
    three = habits.plain_org_cost()
    assert three > 0.0
    habits.mo_linked_orgs[0] = 8
    assert habits.plain_org_cost() > three
    habits.mo_linked_orgs[1] = 1  # (one plain name among eight links: no habit)
    assert habits.plain_org_cost() == 0.0


def test_a_title_over_a_lower_case_abstract_on_one_line() -> None:
    """``Fusion-Poly: …`` + ``Sep 2`` (no abstract), then ``BPDQ: Bit-Plane Decomposition
    Quantization on a Variable Grid for Large Language Models`` over ``we propose
    Bit-Plane Decomposition Quantization (BPDQ) , which …`` on one line of 299
    characters: the title-shaped line ending open is no wrapped paragraph's first line
    (p002485: ``BPDQ`` and its abstract went to ``Fusion-Poly``)."""
    check_excerpt(EXCERPTS["mo15_m28_p002485_a_title_over_a_lower_case_abstract"])


def test_lower_case_under_a_title_line_twice_as_wide_is_no_wrap() -> None:
    """``nxt_lower`` (the line under goes on in lower case: judged whole with it) is not
    marked where the line under is one line more than twice as wide as the line above,
    ending a sentence: a paragraph wrapped at the upper line's width has no such line. A
    line under of about the same width still marks it (a wrapped abstract's first line,
    as before), and so does a wide line ending no sentence."""
    title = "BPDQ: Bit-Plane Decomposition Quantization on a Variable Grid for Large Models"
    under = "we propose Bit-Plane Decomposition Quantization (BPDQ), which constructs a grid"
    wide = under + " via bit-planes" * 8
    for text, lines, marked in (
        (under, 1, True),
        (wide + ".", 1, False),
        (wide + ".", 3, True),  # (a unit of three lines: wrapped)
        # (ending no sentence: a line cut from its paragraph, or a link's, not a whole
        # paragraph on one line: ``arXivLens breakdown of this paper 👉 https://…``)
        (wide, 1, True),
    ):
        prev = Token(1, title, tag="text", kind="T")
        tok = Token(2, text, lines, tag="text", kind="WA")
        neighbours.mark_next(prev, tok)
        assert prev.nxt_lower is marked


def test_an_organisation_date_over_the_card_date_is_one_card() -> None:
    """``SAVER: …`` + ``Published on Apr 26, 2019`` + its count (no abstract), then
    ``Retrieve, Don't Retrain: … at Test Time.`` + `` OCC`` + ``·`` + ``Jul 15, 2020`` +
    ``Published on Jul 7, 2022`` + ``TL;DR: …``: the first date under the title is the
    organisation's, the second the card's; two dates that differ there are one card's,
    not two cards' (p000814, the page's first card with an organisation: the title
    went to ``SAVER`` as its abstract and ``TL;DR: …`` was read as a title)."""
    check_excerpt(EXCERPTS["mo15_m29_p000814_an_organisation_date_over_the_card_date"])


def test_an_organisation_date_under_a_card_date_is_still_a_second_date() -> None:
    """A card's date, then a name read as an organisation's over its ``·`` date, then
    text: the name may be the next card's, over its title, and the two dates still say
    two cards (``_org_date`` is asked of a date over a later one only)."""
    lines = [
        "Daily Papers",
        "Aug 3",
        "Learning to Rank with Sparse Graph Priors",
        "· Jul 25",
        "University of Massachusetts Amherst",
        "· Aug 27",
        "AI-DRIVEN DISCOVERY OF SPARSE GRAPH PRIORS FOR RANKING",
        "We study ranking with sparse graph priors and show that a small prior suffices.",
        "Graph Transformers for Molecules",
        "· Jun 2",
        "We propose a graph transformer for molecules that scales to large datasets.",
    ]
    records, _ = _parse(lines)
    titles = [r.title for r in records]
    assert "AI-DRIVEN DISCOVERY OF SPARSE GRAPH PRIORS FOR RANKING" in titles
