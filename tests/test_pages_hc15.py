"""A name under a title line that filled the width, told by its own words: a line naming an
institution (``Tsinghua University``) is a card's organisation, not a title's wrapped rest
(``pages.proper.institution_rest``; docs/pages.md, "Conv family, seventeenth round"). The
excerpt (``fixtures/pages_hc15.json``) is the seed-22 ``c_w3m`` set's page p000137, lines
79-136 and 1305-1324: three cards, then ``… for over 26k English Words`` at 76 of 80 +
``Tsinghua University`` + ``Published on …``, a name the page shows once."""

from __future__ import annotations

from papercorpus.sources.pages.proper import INSTITUTION_REST, institution_rest

from .page_excerpts import card_pairs, check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_hc15.json")
PAGE = EXCERPTS["hc15_w3m_an_institution_under_a_full_title"]


def test_a_line_naming_an_institution() -> None:
    assert institution_rest("Tsinghua University") == INSTITUTION_REST
    assert institution_rest("Carnegie Mellon University") == INSTITUTION_REST
    assert institution_rest("Idiap Research Institute") == INSTITUTION_REST
    assert institution_rest("University of Massachusetts Amherst") == INSTITUTION_REST
    assert institution_rest("Allen Institute for AI") == INSTITUTION_REST


def test_a_title_rest_holding_an_institution_word_elsewhere() -> None:
    # (the real titles holding one use it as a modifier, or open with the name)
    assert institution_rest("Brazilian University Entrance Exams") == 0
    assert institution_rest("Maastricht University at AMIYA") == 0
    assert institution_rest("University Student Support") == 0


def test_other_organisation_words_end_titles() -> None:
    # (``units.org_named``'s ``Lab``, ``Group``: ``… with a Systems Biology`` + ``Dry Lab``)
    assert institution_rest("Dry Lab") == 0
    assert institution_rest("Shanghai AI Laboratory") == 0
    assert institution_rest("Google") == 0


def test_an_institution_under_a_full_title_line_is_the_cards_organisation() -> None:
    records, log = parse_page(PAGE["lines"])
    pairs = card_pairs(records)
    assert len(pairs) == 4
    title, abstract = pairs[-1]
    assert " ".join(title.split()) == (
        "Words of Warmth: Trust and Sociability Norms for over 26k English Words"
    )
    assert abstract.startswith("Social psychologists have shown that Warmth (W)")
    assert records[-1].meta.get("org") == "Tsinghua University"
    check_excerpt(PAGE)
