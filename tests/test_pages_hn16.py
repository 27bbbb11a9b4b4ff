"""New family, twenty-fourth pass (hn16): a card without an abstract over the next
title, read as that title's first line. Excerpts of the seed-22 ``n_wrap`` pages
p000058 and p000046 (``fixtures/pages_hn16.json``), failing without the rules
(``lineforms.sentence_case_under``, ``SENTENCE_CASE_UNDER``;
``token_charges.unshared_two`` not asked of a line set in arXiv's way)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.lineforms import sentence_case_under
from papercorpus.sources.pages.token_charges import first_unshared, unshared_under_rest
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_hn16.json")
WHOLE = sorted(name for name, page in EXCERPTS.items() if "cards" in page)
TITLED = sorted(name for name, page in EXCERPTS.items() if "titles" in page)


@pytest.mark.parametrize("name", WHOLE)
def test_a_card_without_an_abstract_over_the_next_title(name: str) -> None:
    """``On the Limitations of Steering in Language Model Alignment`` + ``Outlier
    dimensions favor frequent tokens in language model`` + its abstract; ``Boosting …
    Basic Shape`` + ``  Pre-Training`` + ``DM$^3$Net: …`` + its abstract under an
    abstract ending a sentence; ``TARAC: … via Temporal`` + ``Attention Real-time
    Accumulative Connection`` + ``Consistency-aware … Stereo`` + ``Matching`` + its
    abstract: each first title is a card without an abstract."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", TITLED)
def test_a_card_without_an_abstract_is_found(name: str) -> None:
    """``AIVD: … for Accurate and`` + ``Efficient Industrial Visual Detection`` +
    ``evaluating monolingual and multilingual large language`` + ``models for greek
    question answering: …`` + its abstract: both titles are cards' (the abstract's
    first line is read as a record of its own, on main too: only the titles are
    checked)."""
    page = EXCERPTS[name]
    records, _ = parse_page(page["lines"])
    titles = [" ".join(r.title.split()) for r in records]
    for title in page["titles"]:
        assert title in titles


def test_sentence_case_under_title_case() -> None:
    """A Title Cased title keeps its longer words capitalised on its wrapped rest: a line
    in sentence case under it is the next title (of the 75,874 real titles wrapped at
    60 / 80 columns, 8 / 3 rests are so under a line with every longer word capitalised,
    against 1.9% / 1.7% of the next titles under such a one-line title)."""
    above = "On the Limitations of Steering in Language Model Alignment"
    assert sentence_case_under(above, "Outlier dimensions favor frequent tokens in language model")
    # its rest in Title Case, or opening with a small word then Title Case
    assert not sentence_case_under(above, "Outlier Dimensions Favor Frequent Tokens")
    assert not sentence_case_under(above, "with Outlier Dimensions and Frequent Tokens")
    # too few words after the first to tell a case form
    assert not sentence_case_under(above, "Revisited for Language")
    # under a title mixing cases (four longer words in five capitalised): its rest may
    # go on in lower case
    assert not sentence_case_under(
        "RadEyeVideo: Enhancing general-domain Large Vision Language",
        "Model for chest X-ray analysis with video representations of",
    )
    # a line in sentence case under a line in sentence case: no break
    assert not sentence_case_under(
        "On the limitations of steering in language model alignment",
        "Outlier dimensions favor frequent tokens in language model",
    )


def test_a_first_line_sharing_only_common_words() -> None:
    """A width-filling title line whose words the text under the next line holds are only
    ones most abstracts hold (``language``, ``models``) is a card of its own over the next
    title, its abstract of 1000 characters or more (``UNSHARED_COMMON``); a rarer word
    shared (``misinformation``) says they are one paper's, as before."""
    first = (
        "I'll believe it when I see it: Images increase misinformation sharing in"
        " Vision-Language Models"
    )
    rest = "Towards Community-Driven Agents for Machine Learning Engineering"
    abstract = (
        "Large language model-based machine learning agents have shown great promise in"
        " automating research and engineering. Community-driven agents share insights"
        " with one another. "
    ) * 8 + "We release the models."
    assert len(abstract) >= 1000
    assert first_unshared(first, rest, abstract) == 4.5  # two shared, both common, 8 own
    assert first_unshared(first, rest, abstract + " It curbs misinformation.") == 0.0


def test_the_next_title_under_a_one_word_rest_is_not_the_rest_echoed() -> None:
    """A three-line title of a card without an abstract (its last line one word), over
    the next card's title and abstract: the abstract echoes the next title, not the one
    word, so the word is not charged as the next title's first line
    (``unshared_under_rest``'s two-line form asks the candidate to share a word)."""
    title = (
        "mScalable Retrieval-Augmented Agents: A Practical"
        " Evaluation-Oriented Framework for Production-Ready"
    )
    tok = Token(3, "Robustness", 1, "text")
    tok.under = "TabProbe: Can Language Models Read Spreadsheet Tables?"
    tok.under2 = (
        "Spreadsheets are a ubiquitous format that language models must read to answer"
        " questions about business records. As these models are deployed in high-stakes"
        " settings, whether they read tables faithfully becomes essential. To measure"
        " this, we introduce TabProbe, a benchmark of spreadsheet questions whose answers"
        " depend on a single cell, and find that current language models misread tables"
        " in a third of cases, and that larger models misread them as often."
    )
    assert unshared_under_rest(title, tok) == 0.0
