"""A line in Title Case ending in ``?`` or ``!`` right under an abstract on one line is the
next card's title, as ``open_title_line``'s titles ending no sentence are there
(``lineforms.cased_question``, ``evidence.UNWRAPPED_TITLE``; docs/pages-passes.md, "The
families' last losses at 200k (lt29)"). The excerpt (``fixtures/pages_lt29.json``) is
``new`` 110's ``n_tight`` page p001090, lines 1-137 (layout A, paragraphs on one line,
the card's chrome after its abstract): ``Information-Theoretic Policy Pre-Training with
Empowerment`` + its abstract on one line ending ``… the field of RL.`` + ``Is Position
Bias! In Dense Retrievers Built In-or Learned from Data?`` (a card without an abstract) +
its date. Main read the question as the abstract's last paragraph: the card was lost."""

from __future__ import annotations

from papercorpus.sources.pages.evidence import cont_evidence
from papercorpus.sources.pages.lineforms import cased_question

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt29.json")
PAGE = EXCERPTS["lt29_new110_p001090_a_question_title_under_a_one_line_abstract"]
QUESTION = "Is Position Bias! In Dense Retrievers Built In-or Learned from Data?"


def test_a_cased_question_under_a_one_line_abstract_is_a_title() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert QUESTION in by_title
    assert by_title[QUESTION].abstract == ""
    above = by_title["Information-Theoretic Policy Pre-Training with Empowerment"]
    assert above.abstract.endswith("further advancing the field of RL.")


def test_cased_question() -> None:
    assert cased_question(QUESTION)
    assert cased_question("Do Large Language Models Dream of Electric Sheep?")
    assert cased_question("Yes, We Can Train Transformers on Tiny Datasets!")
    # prose asks in sentence case; a title's question needs four longer words
    assert not cased_question("But can such models generalize beyond their training data?")
    assert not cased_question("Why Scale?")
    # ends no sentence (``open_title_line``'s), or holds an address
    assert not cased_question("Dense Retrievers Built In or Learned from Data")
    assert not cased_question("Is Code at https://Github.Com/Open/Models Really Open?")


def test_the_paragraph_does_not_go_on_there() -> None:
    abstract = (
        "Empowerment, an information-theoretic measure of an agent's influence. " * 6
    ).strip()
    question, _ = cont_evidence(abstract, QUESTION, False, False, 0, prev_one=True, blocky=True)
    sentence = "Can such a measure guide the pre-training of policies in practice?"
    prose, _ = cont_evidence(abstract, sentence, False, False, 0, prev_one=True, blocky=True)
    assert question <= prose - 4.0
