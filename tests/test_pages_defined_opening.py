"""Round 33 (ux39): on a page folded narrower than its titles (the ``capture``
arrangement's ``narrow`` trait) in layout B, a title folded over two lines sits right
under the last line of the abstract above, which ended a sentence, and its own last line
fills the fold as often as the abstract's first word is long: no width tells where the
title ends. The intake offered no cut there where the title reads as a sentence
(``Thinking Tokens are Information Peaks …``, Title Cased) or the abstract's first line
is itself Title Cased up to its name's acronym (``Chain-of-Thought (CoT) prompting
helps …``): the title and its abstract were one token, read as the abstract above's
next paragraph (capture 180 p000421, p000707). A reader sees the abstract open: a line
that defines a name's acronym and goes on in lower case with its verb opens an abstract
(``defined_names``: 43% of arXiv abstracts' first lines, 13 of 74,728 titles), so the
piece of whole-title lines over it ended (``breaks.title_piece``); the decoder weighs
the cut."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import title_piece

from .page_excerpts import card_pairs, folded_page, parse_page

# capture 180 p000421's lines 929-976 (two cards folded at 59)
P421 = [
    "shield: suppressing hallucinations in lvlm encoders via",
    "bias and vulnerability defense",
    "Large Vision-Language Models (LVLMs) excel in diverse",
    "cross-modal tasks. However, object hallucination, where",
    "models produce plausible but inaccurate object",
    "descriptions, remains a significant challenge. In contrast",
    "to previous work focusing on LLM components, this paper is",
    "the first to trace LVLM hallucinations to visual encoders",
    "and identifies three key issues: statistical bias, inherent",
    "bias, and vulnerability. To address these challenges, we",
    "propose SHIELD, a training-free framework that mitigates",
    "hallucinations through three strategies: re-weighting",
    "visual tokens to reduce statistical bias, introducing",
    "noise-derived tokens to counter inherent bias, and applying",
    "adversarial attacks with contrastive decoding to address",
    "vulnerability. Experiments demonstrate that SHIELD",
    "effectively mitigates object hallucinations across diverse",
    "benchmarks and LVLM families. Moreover, SHIELD achieves",
    "strong performance on the general LVLM benchmark,",
    "highlighting its broad applicability. Code will be",
    "released.",
    "Demystifying Reasoning Dynamics with Mutual Information:",
    "Thinking Tokens are Information Peaks in LLM Reasoning",
    "Large reasoning models (LRMs) have demonstrated impressive",
    "capabilities in complex problem-solving, yet their internal",
    "reasoning mechanisms remain poorly understood. In this",
    "paper, we investigate the reasoning trajectories of LRMs",
    "from an information-theoretic perspective. By tracking how",
    "mutual information (MI) between intermediate",
    "representations and the correct answer evolves during LRM",
    "reasoning, we observe an interesting MI peaks phenomenon:",
    "the MI at specific generative steps exhibits a sudden and",
    "significant increase during LRM's reasoning process. We",
    "theoretically analyze such phenomenon and show that as MI",
    "increases, the probability of model's prediction error",
    "decreases. Furthermore, these MI peaks often correspond to",
    "tokens expressing reflection or transition, such as",
    "``Hmm'', ``Wait'' and ``Therefore,'' which we term as the",
    "thinking tokens. We then demonstrate that these thinking",
    "tokens are crucial for LRM's reasoning performance, while",
    "other tokens has minimal impacts. Building on these",
    "analyses, we propose two simple yet effective methods to",
    "improve LRM's reasoning performance, by delicately",
    "leveraging these thinking tokens. Overall, our work",
    "provides novel insights into the reasoning mechanisms of",
    "LRMs and offers practical ways to improve their reasoning",
    "capabilities. The code is available at",
    "https://github.com/ChnQ/MI-Peaks.",
]


def test_a_folded_title_over_a_defined_name_is_a_title() -> None:
    """The sample cards folded at 59 in layout B, then p000421's two cards: each read
    back whole."""
    lines = folded_page(59, P421)
    records, _ = parse_page(lines)
    pairs = card_pairs(records)
    first = (" ".join(P421[:2]), " ".join(P421[2:21]))
    second = (" ".join(P421[21:23]), " ".join(P421[23:]))
    assert pairs[-2:] == [first, second]


def test_a_whole_title_over_a_defined_name_ends_there() -> None:
    """The cut is offered under a piece that reads as a whole title, Title Cased or in
    sentence case, over a line defining a name's acronym and going on in lower case; not
    under prose ending open, nor over a name going on with a preposition (a title's rest:
    ``… (SAM) for Medical Images``)."""
    assert title_piece(P421[21:23], P421[23], True)
    assert title_piece(
        ["R-Capsule: Compressing High-Level Plans for", "Efficient Large Language Model Reasoning"],
        "Chain-of-Thought (CoT) prompting helps Large",
        True,
    )
    assert title_piece(
        ["Automated stereotactic radiosurgery", "planning using a human-in-the-loop",
         "reasoning large language model agent"],
        "Stereotactic radiosurgery (SRS) demands",
        True,
    )  # fmt: skip
    assert not title_piece(
        ["Recent advances in machine translation have relied on"],
        "Large Language Models (LLMs) trained on web text",
        True,
    )
    assert not title_piece(
        ["Efficient Adaptation of Vision Transformers"],
        "Segment Anything Model (SAM) for Medical Images",
        True,
    )
