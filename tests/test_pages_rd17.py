"""Reader-mode captures (the ``reader`` arrangement), seventh pass. Excerpts
(``fixtures/pages_rd17.json``) of the seed-30 ``reader`` set's pages, each failing before
its rule:

- p000380: a lower-cased title under an abstract's last line that the title's first word
  would have fitted on, on a page that filled every line it wrapped (a greedy wrap):
  joined to the abstract, its card lost (``breaks.break_candidate``'s ``greedy``);
- p000712: a sentence of three lines (217 characters) under a title and its date read as
  the next title, the title above it as the card above's one-line abstract
  (``shape_scores.LONGEST_TITLE_COST``);
- p000031: an abstract's first sentence, alone on its line under its title and date,
  read as the next card's title (``title_under.TITLE_UNDER``);
- p000015: a line opening a sentence inside an abstract read as the next title, the text
  under it the card's own abstract, echoing the card's title (``TITLE_UNDER`` past the
  card's abstract too, ``title_under.own_title``);
- p001791, p001863: ``… Technical Report`` titles under the card above's link read as
  that card's organisation (``units.title_worded``).
"""

from __future__ import annotations

import pytest

from papercorpus.sources.pages import shape_scores
from papercorpus.sources.pages.breaks import break_candidate
from papercorpus.sources.pages.title_under import (
    TITLE_UNDER,
    TITLE_UNDER_ONE,
    title_echoed_under,
    title_under,
)
from papercorpus.sources.pages.tokens import Token
from papercorpus.sources.pages.units import title_worded

from .page_excerpts import check_excerpt, load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_rd17.json")
# Taken back at the merge: ``TITLE_UNDER`` right under the chrome of a card holding its
# title only found this card, and lost a held-out one (a structured abstract's
# ``Objectives:`` line kept as a title, the card's title read as the card above's
# abstract; docs/pages-passes.md, held-out scoring of the twenty-fifth passes).
TAKEN_BACK = "rd17_r30_p000031_an_abstract_first_sentence_under_its_title_and_date"
_UNDER_CHROME = pytest.mark.xfail(
    strict=True, reason="TITLE_UNDER under a title-only card's chrome taken back at the merge"
)


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=_UNDER_CHROME) if n == TAKEN_BACK else n for n in sorted(EXCERPTS)],
)
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def _titles(name: str) -> list[str]:
    records, _ = _parse(EXCERPTS[name]["lines"])
    return [" ".join(r.title.split()) for r in records]


def test_a_lower_title_under_a_line_the_next_word_would_have_filled_opens_a_card() -> None:
    """``… you throw at it. X post`` at 57 of 72 + ``semantic aware linear transfer …``: the
    page wrapped every line full, and ``semantic`` would have fitted; the cut is offered
    past a unit's first line too."""
    titles = _titles("rd17_r30_p000380_a_lower_title_under_a_line_the_next_word_would_have_filled")
    assert (
        "semantic aware linear transfer by recycling pre-trained language models"
        " for cross-lingual transfer"
    ) in titles
    parts = [
        "buys almost nothing (+3.8 pts). Same lesson as the synthetic tasks:",
        "locality + recurrence beats brute-force scaling. How you spend visual",
        "compute > how much visual compute you throw at it. X post",
    ]
    text = "semantic aware linear transfer by recycling pre-trained language models"
    assert break_candidate(parts, 3, False, text, 72, True, greedy=True)
    assert not break_candidate(parts, 3, False, text, 72, True, greedy=False)


def test_a_sentence_longer_than_any_title_is_no_title() -> None:
    """A title of more than 200 characters pays ``LONGEST_TITLE_COST`` (14 of 75,874 real
    titles are that long)."""
    titles = _titles("rd17_r30_p000712_a_sentence_of_three_lines_under_a_title_and_its_date")
    assert "A Survey on AgentOps: Categorization, Challenges, and Future Directions." in titles
    long = Token(1, "Words " * 36 + "end.", lines=3, kind="WA")
    shorter = Token(1, "Words " * 30 + "end.", lines=3, kind="WA")
    gap = shape_scores.title_score(shorter, False, False) - shape_scores.title_score(
        long, False, False
    )
    assert gap == pytest.approx(shape_scores.LONGEST_TITLE_COST - 1.5)


def test_the_text_under_an_abstract_first_line_echoes_its_title() -> None:
    """``good keypoints for the two-view geometry estimation problem`` + its date + ``Local
    features are essential to many modern downstream applications.`` + the abstract's
    rest naming keypoints, geometry, estimation: the line's echo, measured (p000031; the
    charge is asked inside an abstract only since the merge: ``TAKEN_BACK``)."""
    title = "good keypoints for the two-view geometry estimation problem"
    line = "Local features are essential to many modern downstream applications."
    under = "... local features ... keypoints ... geometry estimation ..."
    assert title_echoed_under(title, line, under) == (1, 3)
    assert title_under(title, line, under) == TITLE_UNDER
    # one rarer word among two: less sure
    assert title_under(title, line, "... keypoints ... geometry ...") == TITLE_UNDER_ONE
    # the line's own words do not count, nor common ones alone
    assert title_under(title, "keypoints for the two-view geometry", "keypoints geometry") == 0.0
    assert title_under(title, line, "a problem of estimation and geometry") == 0.0


def test_a_technical_report_is_a_title() -> None:
    """``Covo-Audio Technical Report`` + ``· Aug 10`` under the card above's link
    (p001791), ``Qwen3-VL Technical Report`` (p001863): titles, not organisations."""
    for name, title in (
        ("rd17_r30_p001791_a_technical_report_title_under_the_card_above_link", "Covo-Audio"),
        ("rd17_r30_p001863_a_technical_report_title_under_the_card_above_link", "Qwen3-VL"),
    ):
        assert f"{title} Technical Report" in _titles(name)
    assert title_worded("Covo-Audio Technical Report")
    assert not title_worded("Shanghai AI Laboratory")


def test_a_line_inside_an_abstract_echoing_its_title_opens_no_card() -> None:
    """``… reliable AI agents.`` + ``Given the security and privacy concerns, it is more
    practical to launch`` + ``attacks under a black-box setting, …``: the text under the
    line names ``DrunkAgent`` and memory perturbation, the card's title's words (``get the
    agents drunk: memory perturbations …``): the abstract goes on (p000015)."""
    titles = _titles(
        "rd17_r30_p000015_a_sentence_opening_a_line_inside_an_abstract_echoing_its_title"
    )
    assert not any(t.startswith("Given the security") for t in titles)
