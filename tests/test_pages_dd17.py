"""Default family, twenty-fifth pass (dd17): cards without an abstract. Short titles read as
an organisation's name (seed-32 ``card_date`` p001857, ``card_blanks`` p001949), and the
next card's title under a card without an abstract and its chrome read as that card's
one-line abstract, the title's abstract, cut after its first line, read as a card of its
own (seed-28 ``card_blanks`` p001224, ``org`` p000854). Excerpts in
``fixtures/pages_dd17.json``, failing without the rules (``own_name.named_whole`` asked
before ``charges.TITLE_SHARED``; ``gap_habit``; ``Token.dd_under_more`` read by
``charges.UNSHARED_TITLE``)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.gap_habit import GAP_TITLE_MAX, gap_title
from papercorpus.sources.pages.own_name import named_whole

from .page_excerpts import check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_dd17.json")
WHOLE = sorted(name for name, page in EXCERPTS.items() if "cards" in page)
TITLED = sorted(name for name, page in EXCERPTS.items() if "titles" in page)


@pytest.mark.parametrize("name", [n for n in WHOLE if "_short_title_" in n])
def test_a_short_title_is_no_organisation(name: str) -> None:
    """``rcscore: …`` (a card without an abstract) + its date + ``Quantitative LLM Judges``
    + ``· Published on …`` + ``LLM-as-a-judge is … We propose quantitative LLM judges, …``:
    the abstract names the line, not the title above, whose words it shares (``large``,
    ``language``); ``The FM Agent`` alone between two blank lines, under the card above's
    chrome, on a page whose blank lines open cards: a card without an abstract."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", [n for n in WHOLE if "_bare_cards_chrome_" in n])
def test_the_next_title_under_a_bare_cards_chrome_is_no_abstract(name: str) -> None:
    """``LAB-Det: …`` (a card without an abstract) + its organisation block + its link +
    ``PIRA-Bench: … Recommendation Agents.`` + ``Current Graphical User Interface (GUI)
    agents operate primarily under a reactive`` + ``paradigm: a user must …``: the title
    above shares no longer word with the line and the text under it, which the intake
    cut after one line (``UNSHARED_TITLE`` saw 180 characters of it, under its 400)."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", [n for n in TITLED if "_bare_cards_" in n])
def test_the_next_title_under_a_bare_cards_chrome_is_found(name: str) -> None:
    """``SCALING PHYSICAL REASONING WITH THE PHYSICS DATASET`` (a card without an
    abstract) + its organisation block + ``From Rankings to Insights: … to Feedback.`` +
    its abstract, set apart by a blank line: the second title is a card's (its abstract's
    first line is still read as a title of its own, the first card of a layout-A page
    before the page has shown its blocks: only the titles are checked)."""
    page = EXCERPTS[name]
    records, _ = parse_page(page["lines"])
    titles = [" ".join(r.title.split()) for r in records]
    for title in page["titles"]:
        assert title in titles


@pytest.mark.parametrize("name", [n for n in WHOLE if "_one_line_abstract_of_links_" in n])
def test_the_text_past_the_next_title_is_not_read(name: str) -> None:
    """``Spherical Leech Quantization …`` + ``Blog: https://… Code for …: https://…`` (its
    abstract, on one line) + ``NativQA Framework: …`` + its abstract, on a page of one-line
    paragraphs: the text past the line under the abstract is the next card's, and the
    title above sharing no word with the three says nothing (``dd_under_more`` is set only
    where the line under goes on there; read past any line, it split the abstract off)."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", [n for n in TITLED if "_wrapped_titles_rest_" in n])
def test_a_wrapped_titles_rest_its_abstract_names_stays_its_rest(name: str) -> None:
    """``Multi-Aspect … Pretraining with!`` + ``Multi-Agent Data Generation`` + ``·
    Published on …`` + its abstract (``… multi-agent data generation …``), a ``reader``
    page: the line its abstract names is the title's wrapped rest, right under its first
    line, not a title of its own (``named_whole`` is asked only under chrome)."""
    page = EXCERPTS[name]
    records, _ = parse_page(page["lines"])
    titles = [" ".join(r.title.split()) for r in records]
    for title in page["titles"]:
        assert title in titles


def test_named_whole() -> None:
    text = "LLM-as-a-judge is a framework. We propose quantitative LLM judges, which align"
    assert named_whole("Quantitative LLM Judges", text)
    # a leading article aside
    assert named_whole("The FM Agent", "We present FM Agent, a novel multi-agent framework")
    # one word says nothing (an abstract may name its organisation's product: "NVIDIA GPUs")
    assert not named_whole("NVIDIA", "trained on NVIDIA GPUs")
    assert not named_whole("The Agent", "an agent framework")
    # at word boundaries only
    assert not named_whole("Meta AI", "a metamodel for meta aid")
    assert not named_whole("Google DeepMind", "We propose a method")


def test_gap_title() -> None:
    # no habit before three titles after blank lines, nine in ten of the text there
    assert gap_title([0, 0]) == 0.0
    assert gap_title([2, 0]) == 0.0
    assert gap_title([9, 2]) == 0.0
    # the log-odds of the counts, at most GAP_TITLE_MAX
    assert 1.3 < gap_title([3, 0]) < 1.4
    assert gap_title([200, 1]) == GAP_TITLE_MAX
