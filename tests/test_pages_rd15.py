"""Reader-mode captures (the ``reader`` arrangement), fifth pass: a card's title right under
the card above's date (that card has no abstract) read as that card's abstract, and a title
under a card's link joined to its abstract. Excerpts (``fixtures/pages_rd15.json``) of the
seed-30 ``reader`` set's pages p000032, p002125 and p002537 (failing without the rules)
and, as a guard, of the seed-21 set's page p000244, lines
28-131 (an abstract's first line under its own card's date, whose next line repeats its
words)."""

from __future__ import annotations

from papercorpus.sources.pages import charges, neighbours, token_charges
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_rd15.json")

TITLE = "FreNBRDF: A Frequency-Rectified Neural Material Representation."


def _pairs(name: str) -> list[tuple[str, str]]:
    records, _ = _parse(EXCERPTS[name]["lines"])
    return [(" ".join(r.title.split()), " ".join(r.abstract.split())) for r in records]


def test_a_title_under_the_card_above_date_is_no_abstract() -> None:
    """``x*y Training data generation …`` (no abstract) + ``· Published on Jun 6``, then
    ``FreNBRDF: …`` over its abstract, whose first piece (three lines ending open, the
    intake's cut) goes on across a full line: judged whole with the text it goes on into,
    the piece is the abstract's opening and the line over it a title (p000032: read as the
    first card's abstract, FreNBRDF lost and its abstract's piece read as a title)."""
    pairs = _pairs("rd15_r30_p000032_a_title_under_the_card_above_date")
    assert [t for t, _ in pairs] == [
        "x*y Training data generation for context-dependent rubric-based short answer grading",
        TITLE,
        "Making Image Editing Easier via Adaptive Task Reformulation with Agentic Executions",
        "spoc: spatially-progressing object state change segmentation in video",
    ]
    assert pairs[0][1] == ""
    assert pairs[1][1].startswith("Accurate material modeling is crucial")
    assert pairs[1][1].endswith("interpretable downstream tasks and applications.")


def test_an_abstract_under_its_own_card_date_stays_whole() -> None:
    """``Variable Neighborhood Search for the Electric Vehicle Routing Problem`` + ``· Mar
    24`` + ``The Electric Vehicle Routing Problem (EVRP) extends the classical`` +
    ``Vehicle Routing Problem (VRP) to …``: the line under the date fills the width and goes
    on, and the line under it repeats its words; it is the card's abstract's first line
    (rd14's first version split it off as a title)."""
    pairs = _pairs("rd15_r21_p000244_an_abstract_under_its_card_date")
    titles = [t for t, _ in pairs]
    card = titles.index("Variable Neighborhood Search for the Electric Vehicle Routing Problem")
    assert pairs[card][1].startswith(
        "The Electric Vehicle Routing Problem (EVRP) extends the classical Vehicle Routing"
    )
    assert titles[card + 1].startswith("Speak in Context: Multilingual ASR")


def test_the_piece_under_a_line_under_a_date_is_judged_whole() -> None:
    """The line under a one-line unit right under a date is marked (``neighbours``), and a
    piece of several lines there ending no sentence, over text going on across a full line,
    is judged with that text (``nxt_lower``); under a title line elsewhere it is not."""
    date = Token(5, "· Published on Jun 6", 1, "date", tag="dotdate")
    title = Token(6, TITLE, tag="text", kind="WA")
    first = "Accurate material modeling is crucial for achieving photorealistic"
    last = "real-world photographs. While traditional approaches rely on tabulated"
    piece = Token(7, first + " rendering, bridging the gap … " + last, 3, tag="text", kind="WA")
    rest = Token(10, "BRDF data, recent work has shifted towards implicit neural", 14, tag="text")
    rest.lazy = (last, rest.text, False, False, 72, False, False, False, False, True,
                 False, False, 0)  # fmt: skip
    neighbours.mark_next(date, title)
    neighbours.mark_next(title, piece)
    assert piece.rd_first_under_date and not piece.rd_first_under_chrome
    neighbours.mark_next(piece, rest)
    assert piece.nxt_lower
    # the same piece under a title line under text: not judged whole here
    above = Token(4, "Some abstract's last line.", tag="text", kind="A")
    title2 = Token(6, TITLE, tag="text", kind="WA")
    piece2 = Token(7, piece.text, 3, tag="text", kind="WA")
    neighbours.mark_next(above, title2)
    neighbours.mark_next(title2, piece2)
    neighbours.mark_next(piece2, rest)
    assert not piece2.rd_first_under_date and not piece2.nxt_lower


LOWER = "small llms for medical nlp: a systematic analysis of few-shot,"
LOWER_REST = "constraint decoding, fine-tuning and continual pre-training in italian."


def test_a_lower_case_title_of_two_lines_under_a_date_is_no_abstract() -> None:
    """``Enhancing Tool Learning … Error`` + ``  Checklists`` (no abstract) + ``Jul 16``,
    then ``small llms for medical nlp: …`` over two lines, ending in ".", over ``Large
    Language Models (LLMs) consistently excel …``: no abstract opens in lower case with a
    capital opening the line under its first piece; a title in lower case wrapped (p002125:
    read as the first card's abstract, the second card lost)."""
    pairs = _pairs("rd15_r30_p002125_a_lower_case_title_of_two_lines_under_a_date")
    titles = [t for t, _ in pairs]
    card = titles.index(
        "Enhancing Tool Learning in Large Language Models with Hierarchical Error Checklists"
    )
    assert pairs[card][1] == ""
    assert titles[card + 1] == f"{LOWER} {LOWER_REST}"
    assert pairs[card + 1][1].startswith("Large Language Models (LLMs) consistently excel")


def test_capital_under_a_first_piece_of_two_lines_in_lower_case() -> None:
    """``LOWER_FIRST_CAPITAL`` under a first piece of two lines in lower case; not under two
    lines opening capitalised or with a name in lower case (``FIRST_LINE_CAPITAL`` reads
    one line only), nor under three, nor under two right under text."""
    under = Token(638, "Large Language Models (LLMs) consistently excel in diverse medical")
    two = Token(636, f"{LOWER} {LOWER_REST}", 2, kind="WA", prv="date")
    assert token_charges.capital_under(under, two) == charges.LOWER_FIRST_CAPITAL
    # right under text, two lines in lower case may go on its sentence (reader 21 p001557)
    rest = Token(238, two.text, 2, kind="WA", prv="text")
    assert token_charges.capital_under(under, rest) == 0.0
    one = Token(636, "decoding functional networks for visual categories via gnns", 1)
    assert token_charges.capital_under(under, one) == charges.LOWER_FIRST_CAPITAL
    three = Token(636, two.text, 3, kind="WA")
    assert token_charges.capital_under(under, three) == 0.0
    camel = Token(636, "iVideoGPT: Interactive VideoGPTs are Scalable World Models", 2)
    assert token_charges.capital_under(under, camel) == 0.0
    title = Token(636, "Interactive VideoGPTs are Scalable World Models for Robots", 2)
    assert token_charges.capital_under(under, title) == 0.0


def test_a_title_in_a_sentence_shape_under_a_late_link_is_cut_off() -> None:
    """``… before clinical`` + ``deployment.`` + its link (a page that shows its links
    after its abstracts only), then ``one step is enough: multi-agent reinforcement learning
    based on one-step`` + ``policy optimization …`` + ``On-demand ride-sharing platforms
    face …``, one unit: under chrome the page puts after abstracts only, the unit opens a
    card, so its title is in its first lines whatever their shape (``is enough`` reads as a
    sentence): the intake offers the cuts (p002537: no cut offered, the title read as the
    abstract's first lines and the abstract's last lines as a title, the card lost)."""
    pairs = _pairs("rd15_r30_p002537_a_title_of_sentence_shape_under_a_late_link")
    titles = [t for t, _ in pairs]
    card = titles.index(
        "one step is enough: multi-agent reinforcement learning based on one-step policy"
        " optimization for order dispatch on ride-sharing platforms"
    )
    assert pairs[card][1].startswith("On-demand ride-sharing platforms face")
    assert titles[card - 1].startswith("Structured Visual Evidence Decomposition")
    assert pairs[card - 1][1].endswith("are needed before clinical deployment.")
