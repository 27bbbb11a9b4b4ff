"""A page's section lines (``Most upvoted this month``, ``Trending this week`` between its
cards) are chrome (``repeats._sections``): a line of words that comes back word for word
three times or more in the page's head, never over prose, and reads as no name. No title
comes back so. The excerpt (``fixtures/pages_pb29.json``) is ``novel`` 113 p000033
(``heading``, layout A), lines 1-198, where main read each ``Most upvoted this month`` as a
card without an abstract (177 of the set's 192 extra records were such lines)."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import learn

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb29.json")
PAGE = EXCERPTS["pb29_novel_113_p000033_section_lines_between_cards"]


def test_section_lines_between_cards_are_chrome() -> None:
    assert "Most upvoted this month" in learn(PAGE["lines"])
    check_excerpt(PAGE)


def test_a_name_or_a_title_twice_is_no_section_line() -> None:
    abstract = (
        "We study a problem at length and report what we found on many benchmarks, "
        "with a method that is simple and with results that hold across settings and "
        "scales, and we release code and data for others to build on in future work."
    )
    lines = []
    for i in range(4):
        lines += ["Google DeepMind", "· Jun 4", f"A Title Of Card {i}", abstract, ""]
    lines += ["A Title Of Card 0", abstract, "A Title Of Card 0", abstract]
    learned = learn(lines)
    assert "Google DeepMind" not in learned and "A Title Of Card 0" not in learned
