"""Reader-mode captures (the ``reader`` arrangement), third pass: cards lost where two
titles read as one, or a title read as the card above's organisation. Excerpts of the
seed-30 ``reader`` set's pages (``fixtures/pages_reader_rd13.json``), each written before
its fix and failing without it."""

from __future__ import annotations

from papercorpus.sources.pages import evidence

from .page_excerpts import load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_reader_rd13.json")


def _titles(name: str) -> list[str]:
    records, _ = _parse(EXCERPTS[name]["lines"])
    return [" ".join(r.title.split()) for r in records]


def test_no_greedy_wrap_gives_no_title_rest_the_width() -> None:
    """A line wider than the title line above it and its own first word is no rest of it
    at any width (a greedy wrap would have put the word above), whatever width the line
    above filled: ``Interpreting Transformers Through Attention Head Intervention`` (61)
    + ``dualprompt-medcap: … captioning.`` (80) under a head measured at 79 are two
    cards (p001000: read as one title, the first card lost, its record given the second
    card's id)."""
    titles = _titles("rd13_r30_p001000_no_greedy_wrap_makes_two_titles_one")
    assert "Interpreting Transformers Through Attention Head Intervention" in titles
    assert any(t.startswith("dualprompt-medcap: a dual-prompt") for t in titles)
    prev = "Interpreting Transformers Through Attention Head Intervention"
    text = "dualprompt-medcap: a dual-prompt enhanced approach for medical image captioning."
    _, tcont = evidence.cont_evidence(prev, text, False, False, 79, head=79, wraps_titles=True)
    assert tcont < 0
    # a true wrap at 79 keeps its width credit
    rest = "Evaluation for Agents"
    above = "From Benchmarks to Deployments: A Linguistically-Driven and Task-Agnostic Robust"
    assert not evidence.no_greedy_wrap(above, rest)


def test_a_name_over_its_cards_second_date_opens_the_next_card() -> None:
    """A card shows one date: a name under a card's date and link, over a ``·`` date that
    differs, is the next card's title (the card above one without an abstract), not the
    card's organisation (p001502, the page's first card: ``x*y AISPA: …`` + ``Nov 8`` +
    its link, then ``Variational Kolmogorov-Arnold Network`` + ``· Published on Oct 19,
    2021`` + its abstract, whose opening repeats two of the name's words; read as an
    organisation, the card was lost and every later card given the next one's id)."""
    titles = _titles("rd13_r30_p001502_a_name_over_its_cards_second_date")
    assert titles[:2] == [
        "x*y AISPA: User-Centric System Prompt Auditing for Large Language Model Applications",
        "Variational Kolmogorov-Arnold Network",
    ]
