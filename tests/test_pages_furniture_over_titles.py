"""A page's furniture line right over a paragraph is not counted against it when no title
line of its card's is seen there: a page without blank lines sets a title as wide as its
abstract's lines right against it, and ``paragraphs`` parts them by the width only
(``repeats._titled_over``; docs/pages-passes.md, "The default family's and the site /
furniture draws' last losses (lt33)"). The excerpt (``fixtures/pages_lt33.json``) is
furniture_bare 117's page p000288 (plain, layout B, abstracts wrapped at 100, ``N authors ·
Org`` under each abstract): lines 1-152, 275-290, 336-354 and 389-406, twelve cards, four of
them under a title of 88 to 101 columns set against its abstract (``Nonlocal Retinex-Based
Variational Model and its Deep Unfolding Twin for Low-Light Image Enhancement``). Main learned
no furniture (its line beside a title of the card's in 9 of 13 places, under the 80% asked):
each ``N authors · Org`` line stood as a card of its own, and ``[RET] Decoupling …``, under
one, was read as that card's abstract (a card lost)."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import learn

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt33.json")[
    "lt33_furnbare117_p000288_furniture_over_a_title_set_against_its_abstract"
]


def test_furniture_over_titles_set_against_their_abstracts_is_learned() -> None:
    # (the dot's form is read by the rules since round 34, ``card_notes.counted_name``:
    # the shape is asked of the lines with their fields set apart by a bar, no rule's)
    lines = [line.replace(" authors · ", " authors | ") for line in PAGE["lines"]]
    assert learn(lines) == frozenset({"0 authors |"})
    check_excerpt(dict(PAGE, lines=lines))
    check_excerpt(PAGE)


def test_a_title_line_of_the_shape_over_every_abstract_is_not_learned() -> None:
    abstract = [
        "We study how agents learn from the feedback of their peers in a repeated game and show",
        "that the equilibrium reached depends on the order in which the agents are asked to act,",
        "with experiments on three benchmarks and an analysis of the rates of convergence seen.",
    ]
    lines = []
    for k in range(6):
        lines += [f"Position: Agents Should Learn From Their Peers, Round {'ABCDEF'[k]}", *abstract]
    assert learn(lines) == frozenset()
