"""Reader-mode captures (the ``reader`` arrangement), a page's first cards before the card
template has learned that the page's links come after abstracts: the head read whole says
it (``head_links``), and a card read with a link over its abstract and another under it
naming two papers is two cards (``walks.links_across``). Excerpts
(``fixtures/pages_rf16.json``) of the seed-30 ``reader`` set's pages p000480 (lines 1-79)
and p001940 (lines 1-110), p001910 (lines 1-57: the search box's echo over the view menu
read as a card's title) and p000682 (lines 1-88: a title over its date and link read as
the card above's organisation) and p000804 (lines 1095-1138: a title with a comma over its
link read as the abstract's last line), all failing without the rules."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.head_links import late_links
from papercorpus.sources.pages.nodes import Node
from papercorpus.sources.pages.path_reads import links_across
from papercorpus.sources.pages.scores import ABSTRACT, CHROME, TITLE
from papercorpus.sources.pages.template import CardTemplate
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_rf16.json")

ABSTRACT_LINE = (
    "We study a problem at length, and this line stands for a whole abstract on one line, "
    "long enough that no title could run so far: it goes on, names a method, reports that "
    "the method works on three benchmarks, and closes with a sentence about released code "
    "and data for the community, with a last clause that takes it past three hundred."
)


def _titles(name: str) -> list[str]:
    records, _ = _parse(EXCERPTS[name]["lines"])
    return [" ".join(r.title.split()) for r in records]


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_excerpt_parses_to_its_cards(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_title_under_a_card_link_before_the_template_knows() -> None:
    """``When both Grounding … (Extended Version)`` (no abstract) + its login link, then
    ``Addressing Overthinking … via Gated`` + ``Perception-Reasoning Optimization`` + ``·
    Oct 23, 2022`` + its link (no abstract either), the page's second and third cards: the
    title was read as the card above's abstract, its rest as an organisation, the card's two
    links naming two papers (p000480: lost, and the page's 101 ids withheld)."""
    titles = _titles("rf16_r30_p000480_a_title_under_a_card_link_before_the_template")
    assert titles[1].startswith("When both Grounding and not Grounding are Bad")
    assert titles[2] == (
        "Addressing Overthinking in Large Vision-Language Models via Gated "
        "Perception-Reasoning Optimization"
    )


def test_a_short_title_under_a_card_link_is_no_name() -> None:
    """``OBJECT-LEVEL CROSS-VIEW …`` (no abstract) + ``Jan 1, 2025`` + its link, then
    ``State-Centric Decision Process`` + ``· Published on Feb 22, 2021`` + its abstract:
    read as the card above's organisation before the template knew the page's links come
    last (p001940: lost, the page's 59 ids withheld)."""
    titles = _titles("rf16_r30_p001940_a_short_title_under_a_card_link_read_as_a_name")
    assert "State-Centric Decision Process" in titles


def test_the_view_menu_ends_any_card_above_it() -> None:
    """``Long-context ASR`` (the search box's echo) + ``Daily``/``Weekly``/``Monthly`` + the
    page's date ``Jun 13``, then ``r2e-gym: … swe agents.`` + ``Published on Nov 19`` + its
    abstract: the echo was read as a card's title and the first card's title as its
    abstract, the abstract's first line then a title (p001910). The view menu is page
    chrome over the first card: a card above it ends there."""
    records, _ = _parse(EXCERPTS["rf16_r30_p001910_a_search_echo_over_the_view_menu"]["lines"])
    assert len(records) == 1
    assert records[0].title.startswith("r2e-gym: procedural environments")
    assert records[0].abstract.startswith("Improving open-source models on real-world SWE")


def test_a_name_over_a_second_date_and_a_card_link_is_a_title() -> None:
    """``iQuantum-Enhanced …`` (no abstract) + ``· Published on Oct 12``, then ``REFERRING
    LAYER DECOMPOSITION`` + ``· Jul 22, 2021`` + its link: read as the first card's
    organisation, the card showing two dates (p000682). On a page whose links come after
    abstracts only, the link under the second date closes the name's card: a title."""
    titles = _titles("rf16_r30_p000682_a_name_over_a_second_date_and_a_card_link")
    assert titles[:2] == [
        "iQuantum-Enhanced Similarity Measures for Polarimetric Materials Classification",
        "REFERRING LAYER DECOMPOSITION",
    ]


def test_a_title_with_a_comma_over_its_card_link_ends_no_abstract() -> None:
    """``GC-MoE: …`` + ``Jan 14`` + an abstract of three lines ending a sentence, then
    ``Better STEP, a format and dataset for boundary representation`` + its link (no
    abstract): the line was read as the abstract's last (p000804 lines 1095-1138). Over a
    link the page puts after abstracts only, a line is its card's last, so a comma in it
    is no sentence going on (``could_head``'s ``Moreover, …``): it ends the abstract open,
    which costs (``OPEN_END_COST``)."""
    titles = _titles("rf16_r30_p000804_a_title_with_a_comma_over_its_card_link")
    assert titles[-1] == "Better STEP, a format and dataset for boundary representation"


def test_late_links_read_off_the_head() -> None:
    """Three links under an abstract and none over one: the head shows its links late;
    a link right over an abstract (between a title and its abstract) says no; titles and
    short text above a link say nothing."""
    card = ["A Title of a Paper", "Oct 6", ABSTRACT_LINE]
    late = []
    for n in range(3):
        late += [*card, f"https://huggingface.co/papers/2501.0000{n}", ""]
    assert late_links(late) == 3
    assert late_links(late[:-6]) == 0  # (two only)
    mid = ["A Title of a Paper", "https://huggingface.co/papers/2501.00009", ABSTRACT_LINE]
    assert late_links(late + mid) == 0
    no_abstract = ["A Title", "https://huggingface.co/papers/2501.00008"] * 4
    assert late_links(no_abstract) == 0


def test_primed_template_counts_the_head_cards_once() -> None:
    """A primed kind is late-only from the start; the decided cards use the primed ones up
    before they count again, and a card showing the kind before its abstract clears it."""
    template = CardTemplate()
    template.prime("url", 3)
    assert template.late_only["url"] > 0
    for _ in range(3):
        template.title()
        template.abstract()
        template.chrome("url")
    assert template.counts["url"] == [0, 3]
    template.title()
    template.chrome("url")
    template.abstract()
    assert "url" not in template.late_only


def test_links_across_an_abstract() -> None:
    """A card read as title, link, abstract, then a link naming another paper: two cards'
    links; the same paper twice is one card's."""
    title = Node(None, TITLE, Token(1, "A Title", tag="text"), 7)
    link = Node(title, CHROME, Token(2, "https://huggingface.co/papers/2603.19429", 1, "url"), 7)
    abstract = Node(link, ABSTRACT, Token(3, "Addressing Overthinking", tag="text"), 23)
    template = CardTemplate()
    assert links_across(abstract, ["2601.04442"], template)
    assert not links_across(abstract, ["2603.19429"], template)
    no_link = Node(title, ABSTRACT, Token(3, "Addressing Overthinking", tag="text"), 23)
    assert not links_across(no_link, ["2601.04442"], template)
