"""A line of values alone (labels, links, counts, marks: ``Votes: 141 | Code: https://…``,
``🔥 505 · 💬 34 · ⭐ 316``) recurring on a page's cards is its furniture without a title
line of the card's own seen beside it (``repeats.values_only``): no title is such a line.
On a page without blank lines (layout B) a title of 70+ characters set right against its
abstract wrapped at 80 has no room to part from it by the width (``paragraphs``), so the
furniture test saw no title on those cards. The excerpt (``fixtures/pages_pb29.json``) is
``furniture`` 148's page p000164, lines 11-200, where main learned nothing (22 of 28
places titled in the page's head) and every ``Votes: … | Code: …`` line went into an
abstract (47 leaked on the page)."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import values_only

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_pb29.json")
PAGE = EXCERPTS["pb29_furniture_148_p000164_values_furniture_under_long_titles"]


def test_a_line_of_values_alone() -> None:
    assert values_only("Votes: 141 | Code: https://github.com/lab59/2506-18368")
    assert values_only("🔥 505 · 💬 34 · ⭐ 316")
    assert values_only("Stars: 1.2k")
    assert values_only("88 ▲")


def test_a_line_with_words_is_no_line_of_values() -> None:
    assert not values_only("Position: Foo bar baz")
    assert not values_only("Authors: Ann Lee, Bo Chen")
    assert not values_only("#3 Paper of the day")
    assert not values_only("12 upvotes")
    assert not values_only("Jun 4, 2024")
    assert not values_only("GPT-4: a report")


def test_values_furniture_under_titles_set_against_their_abstracts() -> None:
    records, _ = parse_page(PAGE["lines"])
    assert not any("Votes:" in r.abstract or "Votes:" in r.title for r in records)
    # every card found with its own text (the second card's abstract, in four paragraphs,
    # still gives two paragraphs as records of their own: left, docs/pages-passes.md pb29)
    got = {" ".join(r.title.split()): " ".join(r.abstract.split()) for r in records}
    for title, abstract in PAGE["cards"]:
        if title.startswith("Identity resolution"):
            continue
        assert got[" ".join(title.split())] == " ".join(abstract.split())
    assert records[0].meta["upvotes"] == 141
