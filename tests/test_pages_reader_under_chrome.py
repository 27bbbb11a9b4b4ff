"""Reader-mode captures (the ``reader`` arrangement), fourth pass: a card's title right
under chrome (the card above's login link) read as that card's abstract. An excerpt of
the seed-30 ``reader`` set's page p000065 (``fixtures/pages_reader_rd14.json``), failing
without the rule."""

from __future__ import annotations

from papercorpus.sources.pages import evidence, lineforms, neighbours
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_reader_rd14.json")

TITLE = "Grid-Connected, Data-Driven Inverter Control, Theory to Hardware"
FIRST = "Grid-connected inverter control is challenging to implement due to the"


def test_a_title_under_the_login_link_is_no_abstract() -> None:
    """``A11y-Compressor: …`` (no abstract) + ``· Dec 24`` + its login link, then ``Grid-
    Connected, Data-Driven Inverter Control, Theory to Hardware`` over ``Grid-connected
    inverter control is …``: the line under the title opens capitalised and repeats
    three of its words, a title over its abstract (p000065: read as the first card's
    abstract, the second card lost and the page's ids shifted, 14 false merges)."""
    records, _ = _parse(EXCERPTS["rd14_r30_p000065_a_title_under_a_login_link"]["lines"])
    pairs = [(" ".join(r.title.split()), r.abstract) for r in records]
    assert [t for t, _ in pairs][:2] == [
        "A11y-Compressor: A Framework for Enhancing the Efficiency of GUI Agent"
        " Observations through Visual Context Reconstruction and Redundancy Reduction",
        TITLE,
    ]
    # (``Video Understanding``, the next title's rest, is read as such on the whole page)
    assert pairs[2][0].startswith("StreamingEval: A Unified Evaluation Protocol")
    assert len(pairs) == 4
    assert pairs[0][1] == ""
    assert pairs[1][1].startswith("Grid-connected inverter control is challenging")
    assert pairs[1][1].endswith("Munich grid support these hypotheses.")


def test_capital_sharing_under_chrome_allows_a_comma() -> None:
    """Right under chrome no sentence of the text above runs on into the line, so its
    comma is no sentence's mark: ``CAPITAL_SHARING`` applies there, commas and all; in a
    paragraph (``after_end`` only) a comma still spares the line (``Moreover, …``)."""
    assert not lineforms.could_head(TITLE)
    assert lineforms.could_head(TITLE, commas=True)
    base, _ = evidence.cont_evidence(TITLE, FIRST, False, False, 72, title_rest=False)
    under, _ = evidence.cont_evidence(
        TITLE, FIRST, False, False, 72, title_rest=False, under_chrome=True
    )
    assert under == base - 1.0 + evidence.CAPITAL_SHARING
    para, _ = evidence.cont_evidence(
        TITLE, FIRST, False, False, 72, title_rest=False, after_end=True
    )
    assert para == base
    # a sentence (``sentence_like``) under chrome is no title, comma or not
    assert not lineforms.could_head("In this paper, we study inverter control theory")


def test_the_text_opening_under_a_title_under_chrome_is_judged_whole() -> None:
    """The line under a one-line unit right under chrome is marked (``neighbours``), and a
    piece of several lines there ending no sentence, over text going on across a full line,
    is judged with that text (``nxt_lower``), as one opening the text under chrome is."""
    link = Token(
        21, "https://huggingface.co/login?next=%2Fpapers%2F2605.00551", 1, "url", tag="url"
    )
    title = Token(22, TITLE, tag="text", kind="T")
    piece = Token(
        23,
        FIRST + " difficulty of obtaining and maintaining an accurate grid model. Direct",
        2,
        tag="text",
        kind="WA",
    )
    rest = Token(
        25, "Data-Driven Predictive Control provides a model-free alternative to", 10, tag="text"
    )
    neighbours.mark_next(link, title)
    neighbours.mark_next(title, piece)
    assert piece.rd_first_under_chrome and not title.rd_first_under_chrome
    last = "difficulty of obtaining and maintaining an accurate grid model. Direct"
    rest.lazy = (
        last,
        rest.text,
        False,
        False,
        72,
        False,
        False,
        False,
        False,
        True,
        False,
        False,
        0,
    )
    neighbours.mark_next(piece, rest)
    assert piece.nxt_lower
