"""A question's word or a title's opener (``Are``, ``How``, ``Towards`` …) opening a line
under prose that ends in a word opens no sentence going on: the prose ended there, and the
line is the next card's title (``wraps.ASKING``: ``breaks.break_candidate`` offers the cut,
``evidence.cont_evidence`` charges the join as it charges ``OPENERS``; docs/pages-passes.md,
"The default family's and the site / furniture draws' last losses (lt33)"). The excerpt
(``fixtures/pages_lt33.json``) is default 117's page p000650 (plain, layout B, abstracts
wrapped at 100): its head and first two cards, then lines 356-393: ``A High-Accuracy Fast
Hough Transform …`` (no abstract), ``Semantic-Preserving Transformations …`` and its
abstract ending ``… semantic-preserving transformation, ensemble`` at 99 of 100 (no stop),
then ``Are you with me? A Framework for Detecting Mental Model Discrepancies …`` and its
abstract. Main read the question's title as that abstract going on (a card lost, an abstract
glued)."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import break_candidate
from papercorpus.sources.pages.evidence import cont_evidence

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt33.json")["lt33_def117_p000650_a_question_opens_no_sentence"]
OPEN = (
    "semantics. Keywords: defect detection, language model, "
    "semantic-preserving transformation, ensemble"
)


def test_a_question_under_an_open_abstract_line_is_the_next_title() -> None:
    check_excerpt(PAGE)


def test_the_cut_is_offered_under_prose_ending_in_a_word_only() -> None:
    title = "Are you with me? A Framework for Detecting Mental Model Discrepancies"
    assert break_candidate([OPEN, OPEN], 2, False, title, width=100)
    # prose asks its questions under a colon: the sentence goes on there
    assert not break_candidate([OPEN, OPEN + ":"], 2, False, "Are models more likely to", 100)


def test_the_join_is_charged_as_a_sentence_opening() -> None:
    asked, _ = cont_evidence(OPEN, "Are you with me? A Framework for …", True, False, 100)
    going, _ = cont_evidence(OPEN, "Arena results show that the …", True, False, 100)
    assert asked <= going - 3.0
