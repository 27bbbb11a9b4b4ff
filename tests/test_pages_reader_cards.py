"""Reader-mode captures (the ``reader`` arrangement), third pass: cards lost where two
titles read as one, or a title read as the card above's organisation. Excerpts of the
seed-30 ``reader`` set's pages (``fixtures/pages_reader_rd13.json``), each written before
its fix and failing without it."""

from __future__ import annotations

from papercorpus.sources.pages import evidence, lineforms, token_charges
from papercorpus.sources.pages.tokens import Token

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
    assert not lineforms.no_greedy_wrap(above, rest)


def test_a_title_only_card_over_a_title_and_its_date() -> None:
    """A card without an abstract (nor its link, nor its date) right over the next card's
    one-line title, that card's date, then its abstract: the abstract past the date
    echoes the second line and none of the first's own words, and the two run 120
    characters or more, so they are two titles (p000160: ``Scaling Text-to-Image
    Diffusion Transformers with Representation Autoencoders`` + ``SeeUPO. …`` + ``Published
    on Nov 11, 2021``, read as one title)."""
    assert _titles("rd13_r30_p000160_a_title_only_card_over_a_title_and_its_date") == [
        "Out of Sight, Not Out of Context? Egocentric Spatial Reasoning in VLMs Across"
        " Disjoint Frames",
        "Scaling Text-to-Image Diffusion Transformers with Representation Autoencoders",
        "SeeUPO. Sequence-Level Agentic-RL with Convergence Guarantees",
    ]


def test_unshared_past_needs_two_titles_length() -> None:
    """Under ``TWO_TITLES_LEAST`` characters the charge says nothing (a short title wrapped
    is as likely as two titles of which one is short), nor on a line set in under the
    title, nor where the first line shares one of its words with the abstract (a rare
    one)."""
    abstract = (
        "Reinforcement learning has emerged as the predominant paradigm for training agents."
        " However, existing backbone algorithms lack verified convergence guarantees in agentic"
        " scenarios, especially in multi-turn settings. " * 8
    )
    first = Token(1, "Scaling Diffusion Transformers with Representation Autoencoders", 1, "")
    rest = Token(2, "Agentic Convergence Guarantees", 1, "")
    rest.past = abstract
    assert token_charges.unshared_past(first, rest) == 0.0
    long_first = Token(1, first.text + " for Generation at Scale", 1, "")
    long_rest = Token(2, "SeeUPO. Sequence-Level Agentic-RL with Convergence Guarantees", 1, "")
    long_rest.past = abstract
    assert token_charges.unshared_past(long_first, long_rest) > 0.0
    # set in under the title line (arXiv's indent): the title's rest
    long_rest.col = 2
    assert token_charges.unshared_past(long_first, long_rest) == 0.0
    long_rest.col = 0
    # a first line sharing one of its words with the abstract, a rare one: as often a
    # wrapped title's
    one = Token(1, long_first.text.replace("Generation", "Predominant"), 1, "")
    assert token_charges.unshared_past(one, long_rest) == 0.0
    # ... but one most abstracts may hold (``training``: rd16) is shared by chance as often
    common = Token(1, long_first.text.replace("Generation", "Training"), 1, "")
    assert token_charges.unshared_past(common, long_rest) > 0.0


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


def test_a_title_block_over_its_date_set_apart_is_one_title() -> None:
    """On a page that sets its card's date apart with a blank line, two title-sized lines
    right under each other share a block: one title, wrapped, whatever the abstract echoes
    of its first line (p000321, layout A: ``kCATCH-ME if you RAG: … multi-Turn`` +
    ``Counterspeech against Hate and Misinformation Exchanges`` + a blank + ``Jun 5``,
    split by ``unshared_past`` before it read the blank line)."""
    titles = _titles("rd13_r30_p000321_a_title_block_over_its_date_set_apart")
    assert (
        "kCATCH-ME if you RAG: a dataset of Contextually Annotated multi-Turn Counterspeech"
        " against Hate and Misinformation Exchanges"
    ) in titles
