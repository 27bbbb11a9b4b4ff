"""Reader-mode captures (the ``reader`` arrangement): a card the decoder read into the card
above it, and the lost card's link given to that record. Excerpts
(``fixtures/pages_rd25.json``) of the seed-96 and seed-97 ``reader`` sets, where the base
(``21d9b50``) gives the record above the lost card's arXiv id, which then merges two
papers (domain.md key A); each passes only where that id goes to no record
(``second_card``: two titles read as one):

- r97 p000510: ``A Decomposition Perspective to Long-context Reasoning for LLMs`` (a card
  of one line, no chrome) over a title of two lines, its date, abstract and link: one
  title of three;
- r97 p000844: ``PRISM: … Without Verifiable Rewards`` over ``x*y Polar Decoding …``,
  joined by the intake as one wrapped unit."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.second_card import glued_title, second_card, whole_line

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_rd25.json")


def _ws(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_a_lost_cards_link_goes_to_no_record(name: str) -> None:
    page = EXCERPTS[name]
    records, log = parse_page(page["lines"])
    glued = _ws(page["glued"])
    ids = {_ws(title): paper_id for title, paper_id in page["ids"]}
    (record,) = [r for r in records if _ws(r.title).startswith(glued)]
    assert record.arxiv_id is None
    assert [w.line for w in log.warnings if w.code == "W_ID_WITHHELD"] == [record.source.line]
    # no record carries another card's id: each id is the one of the card its title opens
    for r in records:
        if r.arxiv_id is not None:
            assert ids[_ws(r.title)] == r.arxiv_id


ABSTRACT_Y = (
    "Movable antenna (MA) systems have emerged as a promising technology for future "
    "wireless communication systems. Most analyses of them neglect the mutual coupling "
    "between closely spaced elements, which changes the channel as the antennas move. We "
    "model the coupling of a movable array in closed form, derive the achievable rate with "
    "and without it, and show that positions chosen under the coupled model gain up to 3 dB "
    "over positions chosen under the uncoupled one in the settings simulated."
)


def test_two_titles_read_as_one_are_told_by_the_echo() -> None:
    # (r96 p001269's two titles, under an abstract of the second's as long as most)
    first = "iOff-policy Reinforcement Learning with Model-based Exploration Augmentation"
    title = first + " Rethinking Mutual Coupling in Movable Antenna MIMO Systems"
    assert glued_title(title, len(first), ABSTRACT_Y)
    assert second_card(title, len(first), ABSTRACT_Y)
    # ... not where the two run short: a title of two lines
    assert not glued_title(title[:120], len(first), ABSTRACT_Y)


def test_a_title_of_two_lines_its_abstract_echoes_is_one() -> None:
    first = "Rethinking Mutual Coupling and Wireless Communication in Movable Antenna Arrays"
    title = first + " Studied in Depth for Future Technology Systems and Their Elements"
    assert len(title) >= 130
    assert not glued_title(title, len(first), ABSTRACT_Y)
    # a title of one line (no first line) is never asked
    assert not glued_title(title, 0, ABSTRACT_Y)


def test_a_first_line_ending_in_a_joining_word_goes_on() -> None:
    assert not whole_line("Squeezing Capacity from Multimodal Large Language Models for")
    assert not whole_line("A Large-Language Model Framework for Relative Timeline Extraction from")
    assert not whole_line("Bridging Human and Model Perspectives: A Comparative Analysis,")
    assert whole_line(
        "iOff-policy Reinforcement Learning with Model-based Exploration Augmentation"
    )
    # ... and a rest opening with one is the first line's going on
    first = "[Citation needed] Bridging Human and Model Perspectives: A Comparative Analysis"
    title = first + " of Political Bias Detection in News Media Using Large Language Models"
    abstract = "Political bias in news media is detected here, " * 4
    assert not glued_title(title, len(first), abstract)


def test_a_summary_echoes_too_little_to_say() -> None:
    first = "iOff-policy Reinforcement Learning with Model-based Exploration Augmentation"
    title = first + " Rethinking Mutual Coupling in Movable Antenna MIMO Systems"
    summary = ABSTRACT_Y.split(". ")[0] + "."
    assert not glued_title(title, len(first), summary)
    # ... nor does a rest opening with a plain word in lower case open a title
    assert not glued_title(
        first + " rethinking Mutual Coupling in Movable Antenna MIMO Systems",
        len(first),
        ABSTRACT_Y,
    )


def test_a_phrase_across_the_break_the_abstract_names_is_one_title() -> None:
    first = "Breaking the Reviewer: Assessing the Vulnerability of Large Language"
    title = first + " Models in Automated Peer Review Under Textual Adversarial Attacks"
    abstract = (
        "Large language models are used in automated peer review; we study textual "
        "adversarial attacks on such review and show how they change the scores given. "
    ) * 3
    assert not glued_title(title, len(first), abstract)
