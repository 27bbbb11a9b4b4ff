# ruff: noqa: E501  (page lines as captured, up to 100 characters wide)
"""The page's card template: where a page puts each kind of card chrome relative to the
card's text (between a title and its abstract, or after the abstract), learned from the
cards the page has shown, weighs the reading of the next cards (``template``). Pages
hand-written after failures on generated page sets (pages_bench seeds 13 and 14), each
test written before its fix."""

from __future__ import annotations

import pytest

from .page_excerpts import card_pairs as _pairs
from .page_excerpts import check_excerpt, load_excerpts
from .page_excerpts import parse_page as _parse

HEAD = ["Get trending papers in your email inbox!", "Subscribe"]

# Three cards that put their organisation block and author count between the title and
# the abstract, and the upvote count after the abstract (abstracts on one line each).
CARDS = [
    (
        "Enhancing Japanese Large Language Models with Reasoning Vectors",
        ["Idiap Research Institute", "·", "Published on Feb 23, 2023"],
        "Post-training methods have improved the performance and enhanced the reasoning capability for mainstream large language models, but the same is challenging for Japanese models because of the scarcity of training data; we merge reasoning vectors extracted from strong English models into Japanese ones and show consistent gains on mathematical and commonsense benchmarks.",
        "69",
    ),
    (
        "Zebrafish Counting Using Event Stream Data",
        ["- 4 authors", "Kandinsky Lab", "· Published on Mar 26, 2024"],
        "Zebrafish share a high degree of homology with human genes and are commonly used as model organism in biomedical research; counting them is a daily task of medical laboratories, yet the tiny size and fast motion of the larvae make manual counts slow and error-prone; we count them from event streams with a lightweight network that runs in real time.",
        "5.2k",
    ),
    (
        "Synthetic-to-Real Camouflaged Object Detection",
        ["Microsoft", "·", "Feb 3, 2023"],
        "Due to the high cost of collection and labeling, there are relatively few datasets for camouflaged object detection, in particular for certain specialized categories, and synthetic data leave a gap to real images; we adapt a detector trained on synthetic scenes to real ones with a dynamic feature alignment and pseudo labels of high confidence.",
        "14",
    ),
]


def _page(cards: list[tuple[str, list[str], str, str]]) -> list[str]:
    lines = list(HEAD)
    for title, mid, abstract, post in cards:
        lines += [title, *mid, abstract, post]
    return lines


def _want(cards: list[tuple[str, list[str], str, str]]) -> list[tuple[str, str]]:
    return [(title, abstract) for title, _, abstract, _ in cards]


def test_a_page_true_to_its_template_reads_as_it_is() -> None:
    """Cards that keep their organisation block before the abstract and their upvote
    count after it, and a card without an abstract whose author count and upvote count
    sit under its title: every card whole (the template costs only readings that put a
    kind on the other side of an abstract)."""
    bare = (
        "ARBOR: EXPLICIT GEOMETRIC CONDITIONING FOR CONTROLLABLE 3D ASSET GENERATION",
        ["5 authors"],
        "",
        "107",
    )
    nxt = CARDS[0]
    lines = _page(CARDS) + [bare[0], *bare[1], bare[3]] + _page([nxt])[len(HEAD) :]
    records, _ = _parse(lines)
    assert _pairs(records) == _want([*CARDS, bare, nxt])


EXCERPTS = load_excerpts("pages_template.json")


def _excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_two_paper_links_under_one_title_are_two_cards() -> None:
    """``Ornithologist: …`` (a card without an abstract) + its paper link + the next
    card's paper link + ``Chinese sensorimotor … concepts`` + its abstract: a card links
    one paper, so two ids between a title and an abstract are two cards' links, and the
    line after them is the second card's title, not the first card's abstract (seed 14
    p001327)."""
    _excerpt("s14_p001327_two_paper_links_under_a_title")


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in EXCERPTS
        if "two_paper_links" not in n and "second_name" not in n and not n.startswith("mo13_")
    ],
)
def test_chrome_where_the_page_never_puts_it(name: str) -> None:
    """Excerpts of generated pages (``source``) whose cards put a kind of chrome on one
    side of the abstract only: an organisation block or a date between a title and its
    abstract (``mid_org``), an upvote count after the abstract. A reading that puts that
    kind on the other side pays, so ``… in special education classrooms`` + ``multi-view
    autoencoders for fake news detection.`` + ``· Published on …``: the lower-cased line
    is a title (its date is where this page puts dates), not the abstract's last
    sentence; ``ARBOR: …`` + ``5 authors`` + ``107`` + ``can i have your order? …``: the
    count ends a card without an abstract, and the question is the next title, not the
    one-line abstract of ARBOR."""
    _excerpt(name)


def test_a_card_names_one_organisation() -> None:
    """A card without an abstract with its organisation block and upvote count, then a
    short Title Cased title over a "·" date line and its abstract (``mid_org`` 26
    p001046, ``Reasoning Models …`` + `` Google`` + ``·`` + ``Feb 14`` + its count, then
    ``Independent Density Estimation`` + ``· Jul 25``): a card names one organisation,
    so the second name under the first card's chrome is the next card's title, not the
    first card's second organisation (its abstract then glued to the first card)."""
    bare = ("Reasoning Models Generate Societies of Thought", [" Google", "·", "Feb 14"], "", "12")
    short = (
        "Independent Density Estimation",
        ["· Jul 25", "1 authors"],
        "Large-scale Vision-Language models have achieved remarkable results in various domains, such as image captioning and conditioned image generation.",
        "3",
    )
    lines = _page(CARDS[:2]) + [bare[0], *bare[1], bare[3]] + _page([short])[len(HEAD) :]
    records, _ = _parse(lines)
    assert _pairs(records) == _want([*CARDS[:2], bare, short])


@pytest.mark.parametrize("name", [n for n in EXCERPTS if "second_name" in n])
def test_a_second_name_under_a_card_is_the_next_title(name: str) -> None:
    """Excerpts of the seed-26 ``mid_org`` set: a card without an abstract, with its
    organisation block (``Qwen`` + ``·`` + its date; `` Meta AI`` + its profile link +
    ``·`` + ``Jun 2``) and its count, then a short title over a "·" date line
    (``Characterizing Model-Native Skills``, ``AprielGuard``): the title of the next
    card, not the first card's second organisation (``charges.TWO_ORGS``)."""
    _excerpt(name)


def test_two_organisations_under_one_title_on_a_page_that_shows_two() -> None:
    """A page whose cards name two organisations between their title and abstract
    (``CardTemplate.two_orgs``): a second name under a card's first is its own."""
    two = [
        (title, [*mid[:-1], "Stanford University", mid[-1]], abstract, post)
        for title, mid, abstract, post in CARDS
    ]
    records, _ = _parse(_page(two + two[:1]))
    assert _pairs(records) == _want(two + two[:1])


def test_a_name_under_a_title_on_a_page_that_leaves_titles_on_one_line() -> None:
    """A one-word name under a title line that filled the page's width (``Active Exploring
    … Vision-Language Models`` at 96 of 100 + ``Microsoft`` + ``·`` + ``Published on Dec
    17``), on a page that has left a title of 126 characters on one line: its tool wraps
    no title at that width, so the "·" under the name is no title's (``DOT_REST`` not
    paid) and the name is the card's organisation, not its title's rest (``mid_org`` 27
    p002314)."""
    _excerpt("mo13_m27_p002314_a_name_under_a_title_on_a_page_that_leaves_titles_on_one_line")


def test_a_title_over_its_organisation_under_an_abstract() -> None:
    """An abstract ending without a full stop at a line that filled the page's width (``…
    Computational qualitative analysis`` at 79 of 80), then the next card's title, whose
    first word would not have fitted there, then its organisation block (`` OCC`` + its
    profile link + ``·`` + ``Sep 14``): the page names its organisations between titles
    and abstracts only, so the line over the name is a title, not the abstract's wrapped
    last line (``last_breaks.break_before_name``; ``mid_org`` 27 p001570)."""
    _excerpt("mo13_m27_p001570_a_title_over_its_organisation_under_an_abstract")


def test_an_avatar_and_its_name_are_one_organisation() -> None:
    """A markdown capture's organisation block on two lines, its avatar's link then its
    name's (``[![IdiapResearchInstitute](avatar)](profile)`` + ``[Idiap Research
    Institute](profile)`` + ``· Published on …``), names one organisation: counted as two,
    the page's first cards seemed to name two each and ``TWO_ORGS`` never held, so a
    short title over a "·" date line under a card without an abstract (``Consistent Point
    Matching`` + its authors + ``[Apple](…)`` + ``·`` + dates, then ``Hunyuan-MT Technical
    Report`` + ``· Published on …``) read as that card's second organisation, its abstract
    glued to it (``mid_org`` 26 p002479)."""
    _excerpt("mo13_m26_p002479_an_avatar_and_its_name_are_one_organisation")


def test_a_name_under_an_abstract_whose_card_named_one() -> None:
    """A card with its organisation block between its title and abstract (``QoNext: …`` +
    its authors + ``OCC`` + its profile link + ``·`` + ``Jul 5, 2025`` + its abstract),
    then a short title over a "·" date line, its authors and its count (``F_1 Network
    Alignment`` + ``· Mar 12, 2026``: a card without an abstract): on a page that names
    its organisations between titles and abstracts only, a card names one, so the line is
    the next card's title, not the first card's second organisation after its abstract
    (``charges.TWO_ORGS``, ``walks.CardWalks._card_named``; ``mid_org`` 27 p001398)."""
    _excerpt("mo13_m27_p001398_a_name_under_an_abstract_whose_card_named_one")


def test_a_title_over_its_date_then_its_organisation() -> None:
    """A card without an abstract (``REL-MOSS: …`` + its authors + its count), then a
    short title over a one-line "·" date (``Topology-First B-Rep Meshing`` + ``·
    Published on Dec 22``), then a name over its own (`` Kandinsky Lab`` + ``· Published
    on Aug 17, 2024``): a card names one organisation, and the second name is more a
    name than the first, so the first is the title of a card whose date sits under it,
    not the first card's organisation (``Token.mo_name_under``; ``mid_org`` 27 p001305)."""
    _excerpt("mo13_m27_p001305_a_title_over_its_date_then_its_organisation")


def test_a_short_title_over_its_date_then_a_name_over_a_dot() -> None:
    """A card without an abstract that names its organisation (``… Gaussian Graphical
    Models`` + its date and authors + ``NVIDIA`` + ``·`` + its date), then a title as
    short as a name over a one-line "·" date (``List Estimation`` + ``· Published on Sep
    8, 2022``), then a name named as one over a "·" and a date: the second name is as
    much a name as the first, so the first is the next card's title, not the first
    card's second organisation (``mid_org`` 28 p001720, after its pattern; its abstract
    written as one paragraph here)."""
    bare = (
        "Uncovering Residual Factors in Financial Time Series via PCA and MTP2-constrained Gaussian Graphical Models",
        ["Sep 5, 2018", "4 authors", "NVIDIA", "·", "Mar 19, 2018"],
        "",
        "",
    )
    short = (
        "List Estimation",
        [
            "· Published on Sep 8, 2022",
            "University of Massachusetts Amherst",
            "·",
            "Published on Jul 19",
        ],
        "Classical estimation outputs a single point estimate of an unknown vector from an observation; we study list estimation, in which a single observation is used to produce a list of candidate estimates, and characterise the optimal error.",
        "12",
    )
    lines = _page(CARDS) + [bare[0], *bare[1]] + _page([short, CARDS[0]])[len(HEAD) :]
    records, _ = _parse(lines)
    assert _pairs(records) == _want([*CARDS, bare, short, CARDS[0]])
