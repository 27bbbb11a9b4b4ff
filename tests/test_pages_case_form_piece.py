"""Round 33 (ux39): on a page folded narrower than its titles (the ``capture``
arrangement's ``narrow`` trait) in layout B, a card without an abstract under the
abstract above it: its title, in sentence case and folded over two lines, runs into the
next card's title, Title Cased, whose own abstract follows. The title's last line fills
the fold as often as the next title's first word is long, so no width tells where it
ends, and the two titles were read as one (capture 180 p000153: ``Confidence-aware
agglomeration classification and`` + ``segmentation of 2D microscopic food crystal
images`` + ``Filtered-ViT: A Robust Defense Against Multiple`` + ``Adversarial Patch
Attacks``). A title keeps its case form on its rest: a line with every longer word
capitalised under a piece in sentence case that reads as a whole title right under a
sentence's end opens the next title (``breaks.sentence_piece``); the decoder weighs the
cut."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import title_piece

from .page_excerpts import card_pairs, folded_page, parse_page

# capture 180 p000153's lines 1963-2010 (three cards folded at 52, the second without
# an abstract; the last one's abstract to its first paragraph's end)
P153 = [
    "Evaluating Robustness of Vision-Language Models",
    "Under Noisy Conditions",
    "Vision-Language Models (VLMs) have attained",
    "exceptional success across multimodal tasks such as",
    "image captioning and visual question answering.",
    "However, their robustness under noisy conditions",
    "remains unfamiliar. In this study, we present a",
    "comprehensive evaluation framework to evaluate the",
    "performance of several state-of-the-art VLMs under",
    "controlled perturbations, including lighting",
    "variation, motion blur, and compression artifacts.",
    "We used both lexical-based metrics (BLEU, METEOR,",
    "ROUGE, CIDEr) and neural-based similarity measures",
    "using sentence embeddings to quantify semantic",
    "alignment. Our experiments span diverse datasets,",
    "revealing key insights: (1) descriptiveness of",
    "ground-truth captions significantly influences",
    "model performance; (2) larger models like LLaVA",
    "excel in semantic understanding but do not",
    "universally outperform smaller models; and (3)",
    "certain noise types, such as JPEG compression and",
    "motion blur, dramatically degrade performance",
    "across models. Our findings highlight the nuanced",
    "trade-offs between model size, dataset",
    "characteristics, and noise resilience, offering a",
    "standardized benchmark for future robust multimodal",
    "learning.",
    "Confidence-aware agglomeration classification and",
    "segmentation of 2D microscopic food crystal images",
    "Filtered-ViT: A Robust Defense Against Multiple",
    "Adversarial Patch Attacks",
    "Deep learning vision systems are increasingly",
    "deployed in safety-critical domains such as",
    "healthcare, yet they remain vulnerable to small",
    "adversarial patches that can trigger",
    "misclassifications. Most existing defenses assume a",
    "single patch and fail when multiple localized",
    "disruptions occur, the type of scenario adversaries",
    "and real-world artifacts often exploit. We propose",
    "Filtered-ViT, a new vision transformer architecture",
    "that integrates SMART Vector Median Filtering",
    "(SMART-VMF), a spatially adaptive, multi-scale,",
    "robustness-aware mechanism that enables selective",
    "suppression of corrupted regions while preserving",
    "semantic detail. On ImageNet with LaVAN multi-patch",
    "attacks, Filtered-ViT achieves 79.8% clean accuracy",
    "and 46.3% robust accuracy under four simultaneous",
    "1\\% patches, outperforming existing defenses.",
]


def test_a_title_cased_title_under_a_title_in_sentence_case_is_the_next_title() -> None:
    """The sample cards folded at 52 in layout B, then p000153's three cards: each read
    back whole, the second without an abstract."""
    lines = folded_page(52, P153)
    records, _ = parse_page(lines)
    pairs = card_pairs(records)
    assert pairs[-3:] == [
        (" ".join(P153[:2]), " ".join(P153[2:27])),
        (" ".join(P153[27:29]), ""),
        (" ".join(P153[29:31]), " ".join(P153[31:])),
    ]


def test_a_piece_in_sentence_case_ends_over_a_title_cased_line() -> None:
    """The cut is offered under a whole title in sentence case over a Title Cased line
    only right under a sentence's end, and not under a piece ending open (a title's rest
    names things in capitals: ``… of reasoning in`` + ``Large Language Model Agents``)."""
    assert title_piece(P153[27:29], P153[29], True)
    assert not title_piece(P153[27:29], P153[29], False)
    assert not title_piece(
        ["Evaluating the robustness of multi-step reasoning in"],
        "Large Language Model Agents",
        True,
    )
