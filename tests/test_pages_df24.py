"""A title right over the page's learned furniture, round 24 (df24): on a page whose
furniture lines (``Authors: …``, ``Track: Oral``) have stood right under a title on every
card so far, the line over the next one is a title, also where it ends in a full stop
under an abstract ending open; and over a known kind the page has put under every title,
also under a line that filled the width (``pages.furniture_rhythm``). Excerpts in
``fixtures/pages_df24.json``: furniture 84 p000007, p000469, p000142 and default 84
p001530 (each failing on ``fe33636``) and a hand-made page the base reads right already
(a guard)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.furniture_rhythm import prime_titled, titled_furniture, titled_kind
from papercorpus.sources.pages.page_habits import PageHabits
from papercorpus.sources.pages.repeats import KIND as REPEATED

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_df24.json")


def test_a_title_ending_in_a_stop_over_furniture_under_an_open_abstract() -> None:
    """``… achieving species-level identification for 64.9 percent`` (85 of 100) +
    ``Instructional Agents: LLM Agents on Automated Course Material Generation for Teaching
    Faculties.`` + ``Authors: Jun Sato, …`` + ``Track: Oral`` + its abstract: the title was
    the card above's abstract's last line and that card's abstract's first line its
    title (1 lost, 1 glued)."""
    check_excerpt(EXCERPTS["furniture84_p000007_title_ending_in_a_stop_over_furniture"])


def test_furniture_titles_read_as_before() -> None:
    """An UPPER CASE title's abstract ending open over a Title Cased title ending in a
    full stop and its furniture: the cards the base reads already stay so."""
    check_excerpt(EXCERPTS["hand_title_over_furniture_under_open_abstract"])


def test_titled_furniture_asks_the_page_habit() -> None:
    assert titled_furniture(REPEATED, {REPEATED: 1.4})
    # (no habit yet: the page has not shown three titles over its furniture, nine in ten)
    assert not titled_furniture(REPEATED, {})
    assert not titled_furniture(REPEATED, {"date": 4.0})
    # (known chrome is the card template's: ``template.mid_only``)
    assert not titled_furniture("date", {"date": 4.0, REPEATED: 4.0})


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_first_title_over_furniture"))
def test_a_first_title_over_furniture_without_an_abstract(name: str) -> None:
    """The page's first card, a title without an abstract under the head's date (``Jul 5``
    + ``P3P Made Easy`` + ``Authors: Jun Voss, …`` + the next title; ``May 8`` + ``Beyond
    Cognacy`` + ``Authors: Ivo Novak``, blank lines between): lost, before any card had
    taught the habit; the lines read ahead to learn the furniture prime it
    (``furniture_rhythm.prime_titled``)."""
    check_excerpt(EXCERPTS[name])


def test_prime_titled_counts_the_lines_over_furniture() -> None:
    habits = PageHabits()
    abstract = "An abstract's line, long enough to be prose on any page that wraps it. " * 5
    window = ["Jul 5"]
    for i in range(4):
        window += [f"A Title Number {i}", f"Authors: Ann Lee {i}", abstract]
    prime_titled(window, frozenset(("L:authors",)), habits)
    # (each shape its own place, lt32: ``furniture_rhythm.shape_tag``)
    assert f"{REPEATED}:L:authors" in habits.before
    # (furniture under the abstracts: no habit of a title over it)
    habits = PageHabits()
    window = []
    for i in range(4):
        window += [f"A Title Number {i}", abstract, f"Votes: {i} | Code: https://x.org/{i}"]
    prime_titled(window, frozenset(("L:votes",)), habits)
    assert f"{REPEATED}:L:votes" not in habits.before


def test_a_title_over_its_dot_under_a_line_that_filled_the_width() -> None:
    """``… exceptional 98.9% success rate in jailbreaking GPT-4o(29 May 2025 release)`` (74
    of 79) + ``[Citation needed] Generative Auto-Bidding with Unified Modeling and
    Exploration`` + ``·`` + its abstract, on a page that has put every ``·`` right under a
    title: read as one abstract (1 lost, 1 glued); the page's habit offers the cut under
    the full line too (``furniture_rhythm.titled_kind``)."""
    check_excerpt(EXCERPTS["default84_p001530_title_over_its_dot_under_a_full_line"])


def test_titled_kind_asks_the_tag() -> None:
    habits = PageHabits()
    for _ in range(3):
        habits.learn_before("dot", True)
    assert titled_kind("dot", habits)
    assert not titled_kind("dotdate", habits)


def test_no_cut_under_a_full_line_before_a_title_rest_set_in() -> None:
    """``… in generative transformer models on Danish language`` (76) + ``STSBench: A
    Spatio-temporal Scenario Benchmark for Multi-modal Large Language`` + ``  Models in
    Autonomous Driving`` (set in) + ``· Published on Jan 7, 2022``: the set-in line is the
    title's rest, no title; a cut before it under the full line gave the title's first line
    to the abstract above (a guard: the base reads it right)."""
    check_excerpt(EXCERPTS["reader83_p000228_guard_a_title_set_in_over_its_date"])
