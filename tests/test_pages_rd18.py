"""Reader-mode captures (the ``reader`` arrangement), eighth pass. Excerpts
(``fixtures/pages_rd18.json``) of the seed-40 and seed-41 ``reader`` sets' pages, each
failing before its rule:

- r40 p000069: a card without an abstract whose title wraps over two lines, over the next
  card's one-line title and its abstract, the abstract echoing the second title only: read
  as one title of three lines, the second card lost (``token_charges.unshared_first`` for a
  first title of two lines);
- r40 p000481: a card's title set in arXiv's way under its first line, read as the card
  above's one-line abstract and a title of its own (``set_in.set_in_abstract``);
- r41 p000298: a card without an abstract, its title on two lines ending open, under the
  card above's abstract's sentence end, read as that abstract's last sentence
  (``open_two.open_pair``, ``OPEN_END_COST`` over two lines, at the card's chrome under
  them);
- r40 p000499: a title under an abstract ending in a LaTeX link (``\\href{…}{GitHub
  repository}``), joined to that abstract (``lineforms.href_end``).
"""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.charges import SET_IN_TITLE
from papercorpus.sources.pages.lineforms import href_end, web_end
from papercorpus.sources.pages.open_two import open_pair
from papercorpus.sources.pages.path_reads import open_end_chrome, open_last
from papercorpus.sources.pages.set_in import set_in_abstract
from papercorpus.sources.pages.token_charges import unshared_first
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import abstract_path, check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_rd18.json")


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_two_line_title_over_a_title_its_abstract_echoes_alone_pays() -> None:
    first = Token(
        1,
        "F_1 User Behavior Prediction as a Generic, Robust, Scalable, and"
        " Low-Cost Evaluation Strategy for Estimating Generalization in LLMs",
        lines=2,
    )
    under = (
        "3D Gaussian Splatting (3DGS) has exhibited remarkable efficacy in novel view"
        " synthesis (NVS). However, it suffers from a significant drawback: achieving"
        " high-fidelity rendering typically necessitates a large number of 3D Gaussians."
        " We propose the first knowledge distillation framework for 3DGS. " * 3
    )
    rest = Token(3, "Distilled-3DGS:Distilled 3D Gaussian Splatting", under=under)
    assert unshared_first(first, rest) > 0
    # (three lines of one title: no charge)
    assert unshared_first(Token(1, first.text, lines=3), rest) == 0.0


def test_a_line_set_in_under_a_one_line_abstract_pays_as_a_title() -> None:
    first = Token(1, "Do PhD-level LLMs Truly Grasp Elementary Addition? Probing Rule Learning vs.")
    rest = Token(2, "  Memorization in Large Language Models", col=2)
    assert set_in_abstract(first, rest) == SET_IN_TITLE
    assert set_in_abstract(Token(1, first.text, lines=2), rest) == 0.0
    assert set_in_abstract(first, Token(2, "Memorization in Large Language Models")) == 0.0


def test_an_abstract_ending_open_over_two_title_lines() -> None:
    head = abstract_path(
        "speech technology and enable more inclusive multilingual systems.",
        "Globally adaptive and locally regular point discretization of curved",
        "surfaces",
    )
    assert open_pair(head)
    assert open_end_chrome(head, closes=True)
    # (asked under the card's chrome only: right over the next title it split an
    # abstract's last sentence ending open, reader 41 p000258)
    assert not open_last(head)
    # (the sentence opened a line earlier, inside the abstract: no title)
    head = abstract_path(
        "speech technology and enable more inclusive multilingual systems. We",
        "propose globally adaptive and locally regular point discretization of",
        "surfaces",
    )
    assert not open_pair(head)
    assert not open_end_chrome(head, closes=True)


def test_a_latex_link_ends_a_paragraph() -> None:
    line = "\\href{https://github.com/winnk123/papers/tree/master}{GitHub repository}"
    assert href_end(line) and web_end(line)
    assert not web_end("the set {a, b}")
    assert not href_end("\\href{https://github.com/x}{its")
