"""``new`` family, part 2 (hm17): excerpts of working-seed pages (``fixtures/pages_hm17.json``,
``new`` 12, 14 and 17 sets of the ``n_counts`` … ``n_emphasis`` arrangements).

- a ``## `` heading over its abstract's first line, on a page that leaves no blank line
  between them: the heading's mark counts in its line's width (``Unit.atx``), and a line
  that runs on into the next as a paragraph's first line does is no heading's rest
  (``heading_rest``);
- a title whose name the abstract under it defines with an acronym, under a card without
  an abstract (``echoes.acronym_defines``, ``charges.ACRONYM_BELOW``);
- a short title read as the organisation of the card above, whose title its abstract
  does not echo (``token_charges.unshared_under_name``).
"""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.echoes import acronym_defines
from papercorpus.sources.pages.heading_rest import runs_on

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_hm17.json")
HEADINGS = sorted(n for n in EXCERPTS if "_heading_" in n)


@pytest.mark.parametrize("name", HEADINGS)
def test_a_heading_over_its_abstracts_first_line(name: str) -> None:
    """``## Reliable … in large language models`` (81 + its mark at a width of 80) over
    ``Steering vectors offer …``; ``#### del: … of large language models`` over ``Number
    prediction stands as … models`` + ``(LLMs) in mathematical …``; a first card's
    ``## temporal flexibility …`` over ``Spiking Neural Networks … mechanisms in the`` +
    ``brain, allow for …``: each heading is its card's whole title, the line under it its
    abstract's first (p000538 and p000608 parse so on main too: they guard the mark's
    width, which makes them joinable by width)."""
    check_excerpt(EXCERPTS[name])


def test_a_title_whose_name_the_abstract_defines() -> None:
    """``Towards Long-window Anchoring in Vision-Language Model Distillation`` (a card
    without an abstract, under ``Submitted by hysts``) over ``Structured Output
    Regularization: a framework for few-shot transfer learning.`` over its abstract,
    which proposes ``Structured Output Regularization (SOR)``: two cards."""
    check_excerpt(EXCERPTS["hm17_n14_p002649_a_title_whose_name_the_abstract_defines"])


def test_a_short_title_under_a_card_without_abstract_is_no_organisation() -> None:
    """``EXPECT THE UNEXPECTED? TESTING THE SURPRISAL OF SALIENT ENTITIES`` + its counts +
    ``Judge Circuits`` + ``LLM-as-a-judge has become …``: the abstract echoes none of the
    first title's words, so ``Judge Circuits`` is its title, not that card's
    organisation."""
    check_excerpt(EXCERPTS["hm17_n12_p000891_a_two_word_title_under_a_card_without_abstract"])


def test_acronym_defines() -> None:
    """A name of two capitalised words or more the line holds, defined under it with its
    acronym; not one the line defines itself, nor a name the acronym does not open."""
    line = "Structured Output Regularization: a framework for few-shot transfer learning."
    under = "While this is efficient, we propose Structured Output Regularization (SOR), a"
    assert acronym_defines(line, under) == "structured output regularization"
    assert acronym_defines("Mixture of Experts for Vision", "a sparse Mixture of Experts (MoE)")
    # a line that defines a name itself reads as prose (reader 21 p000244)
    own = "The Electric Vehicle Routing Problem (EVRP) extends the classical"
    assert not acronym_defines(own, "Vehicle Routing Problem (VRP) to electric vehicles …")
    # one capitalised word, or a name the line does not hold
    assert not acronym_defines("Transformers for vision", "we use Transformers (TF) here")
    assert not acronym_defines(line, "large language models (LLMs) are …")
    assert not acronym_defines(line, "a new Output Structure (SOR) is …")


def test_runs_on() -> None:
    """A line under a heading runs on into the next as a paragraph's first line: it ends
    open, or the next goes on in lower case or with an acronym; not where the next line
    could be the heading's third (the three within a title's length), nor over a
    capitalised line or a name opening in lower case."""
    first = "del: digit entropy loss for numerical learning of large language models"
    rest = "Number prediction stands as a fundamental capability of large language models"
    assert runs_on(first, rest, "(LLMs) in mathematical problem-solving and code generation.")
    assert runs_on(first, rest, "mathematical problem-solving and code generation. The")
    assert not runs_on(first, rest, "Mathematical problem-solving and code generation. The")
    # the width is not asked (a page's learned width may run past its tool's: new 12 p002708)
    assert runs_on(first, rest, "mathematical problem-solving and code generation. The")
    # a name opening in lower case goes on no sentence
    assert not runs_on(first, rest, "iVideoGPT: interactive video models for world models")
    assert not runs_on(first, rest, None)
    # ending open: whatever the next line opens with
    opened = "Number prediction stands as a fundamental capability of the"
    assert runs_on(first, opened, "Transformer language models in problem-solving and code")
    # a heading of three lines within a title's length
    assert not runs_on("Towards Robust Models for", "Long Documents and", "summaries")
