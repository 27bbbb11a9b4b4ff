"""A card of a title and one ``TL;DR: …`` line: on a page that prints AI summaries on its
cards the line is the card's summary (``ai_summary``), its abstract empty; on a page that
prints none on its other cards it is the card's abstract (a paper whose abstract is itself
one ``TL;DR: …`` sentence: ``Neural Additive Experts …``, held-out ``new`` 50 p000155 and
default 24 p000233, read as a card without an abstract). The page's habit decides
(``cards.CardBuilder._summary_text``), not the line."""

from __future__ import annotations

from papercorpus.sources.pages.summaries import summary_lines

from .page_excerpts import parse_page

HEAD = ["Daily Papers", "Get trending papers in your email inbox!", "Subscribe"]
NAE = "Neural Additive Experts: Context-Gated Experts for Controllable Model Additivity"
TLDR = (
    "TL;DR: We introduce Neural Additive Experts (NAEs), a context-gated mixture-of-experts "
    "extension of generalized additive models that preserves per-feature explanations."
)
CARDS = [
    (
        "Reasoning in Action: MCTS-Driven Knowledge Retrieval for Large Language Models",
        "Large language models (LLMs) typically enhance their performance through either "
        "the retrieval of semantically similar information or the improvement of their "
        "reasoning capabilities, and we combine the two in one framework.",
        "TL;DR: We combine retrieval and reasoning with a Monte Carlo tree search over facts.",
    ),
    (
        "DSperse: A Framework for Targeted Verification in Zero-Knowledge Machine Learning",
        "DSperse is a modular framework for distributed machine learning inference with "
        "strategic cryptographic verification, which lowers the cost of proofs by a lot.",
        "TL;DR: We verify only the slices of a model that matter, with zero-knowledge proofs.",
    ),
    (
        "Improving Multi-turn Dialogue Consistency with Self-Recall Thinking Models",
        "Multi-turn dialogue requires a model to keep track of what it said before, and we "
        "show that a model that recalls its own turns stays consistent for longer dialogues.",
        "TL;DR: A model that recalls its own earlier turns keeps long dialogues consistent.",
    ),
]


def _page(summaries: bool) -> list[str]:
    lines = list(HEAD)
    for title, abstract, tldr in CARDS[:2]:
        lines += [title, *([tldr] if summaries else []), abstract, "Google · 3 authors"]
    lines += [NAE, TLDR, "Apple · Published on Aug 24"]
    title, abstract, tldr = CARDS[2]
    return [*lines, title, *([tldr] if summaries else []), abstract]


def test_the_one_summary_line_of_a_page_is_its_cards_abstract() -> None:
    records, log = parse_page(_page(summaries=False))
    nae = next(r for r in records if r.title == NAE)
    assert nae.abstract == TLDR
    assert "ai_summary" not in nae.meta
    assert "no_abstract" not in nae.flags
    assert len(records) == 4
    # (every line in one place: the line counted as the record's, not as chrome)
    assert "summary" not in log.chrome
    assert log.record_lines == 8  # (four titles, three abstracts and the line)


def test_a_summary_line_alone_on_a_page_of_summaries_stays_a_summary() -> None:
    records, log = parse_page(_page(summaries=True))
    nae = next(r for r in records if r.title == NAE)
    assert nae.abstract == ""
    assert nae.meta["ai_summary"] == TLDR[7:]
    assert [r.meta.get("ai_summary", "")[:10] for r in records] == [
        "We combine",
        "We verify ",
        "We introdu",
        "A model th",
    ]
    assert log.chrome["summary"] == 4


def test_summary_lines_counts_labelled_sentences() -> None:
    assert summary_lines([TLDR, "  " + TLDR, NAE, "", "Summary: Too short."]) == 2
