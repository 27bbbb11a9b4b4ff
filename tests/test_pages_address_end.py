"""Round 33 (ux39): an abstract ending in a web address ends its text there: a line
opening a title under it is no sentence going on (``wraps.continues``), and that held for
a line opening with a capital only. A title may open with a bracketed mark (``[Citation
needed] Data usage …``, ``[RET] …``, real titles, issue 14): on a page folded at 49 in
layout B (the ``capture`` arrangement's ``narrow`` trait), ``… available at
https://github.com/trng28/ViMRHP`` + ``[Citation needed] Zero-shot Cross-lingual NER via``
was joined as the abstract's next line, and the card, one without an abstract, went into
the abstract above (capture 117 p000311). A bracket opening a capitalised word under a
line ending in an address opens a unit as a capital does."""

from __future__ import annotations

from papercorpus.sources.pages.units import Unit
from papercorpus.sources.pages.wraps import continues

from .page_excerpts import card_pairs, folded_page, parse_page

# capture 117 p000311's lines 43-121 (three cards folded at 49, the second without an
# abstract)
P311 = [
    "ViMRHP: A Vietnamese Benchmark Dataset for",
    "Multimodal Review Helpfulness Prediction via",
    "Human-AI Collaborative Annotation",
    "Multimodal Review Helpfulness Prediction (MRHP)",
    "is an essential task in recommender systems,",
    "particularly in E-commerce platforms. Determining",
    "the helpfulness of user-generated reviews",
    "enhances user experience and improves consumer",
    "decision-making. However, existing datasets focus",
    "predominantly on English and Indonesian,",
    "resulting in a lack of linguistic diversity,",
    "especially for low-resource languages such as",
    "Vietnamese. In this paper, we introduce ViMRHP",
    "(Vietnamese Multimodal Review Helpfulness",
    "Prediction), a large-scale benchmark dataset for",
    "MRHP task in Vietnamese. This dataset covers four",
    "domains, including 2K products with 46K reviews.",
    "Meanwhile, a large-scale dataset requires",
    "considerable time and cost. To optimize the",
    "annotation process, we leverage AI to assist",
    "annotators in constructing the ViMRHP dataset.",
    "With AI assistance, annotation time is reduced",
    "(90 to 120 seconds per task down to 20 to 40",
    "seconds per task) while maintaining data quality",
    "and lowering overall costs by approximately 65%.",
    "However, AI-generated annotations still have",
    "limitations in complex annotation tasks, which we",
    "further examine through a detailed performance",
    "analysis. In our experiment on ViMRHP, we",
    "evaluate baseline models on human-verified and",
    "AI-generated annotations to assess their quality",
    "differences. The ViMRHP dataset is publicly",
    "available at https://github.com/trng28/ViMRHP",
    "[Citation needed] Zero-shot Cross-lingual NER via",
    "Mitigating Language Difference: An Entity-aligned",
    "Translation Perspective",
    "LLMs-Powered Accurate Extraction, Querying and",
    "Intelligent Management of Literature derived 2D",
    "Materials Data",
    "Two-dimensional (2D) materials have showed",
    "widespread applications in energy storage and",
    "conversion owning to their unique",
    "physicochemical, and electronic properties. Most",
    "of the valuable information for the materials,",
    "such as their properties and preparation methods,",
    "is included in the published research papers.",
    "However, due to the dispersion of synthe",
    "FALCONEye: Finding Answers and Localizing Content",
    "in ONE-hour-long Videos with Multi-modal LLMs",
    "Information retrieval in hour-long videos",
    "presents a significant challenge, even for",
    "state-of-the-art Vision-Language Models (VLMs),",
    "particularly when the desired information is",
    "localized within a small subset of frames. Long",
    "video data presents challenges for VLMs due to",
    "context window limitations and the difficulty of",
    "pinpointing frames containing the answer. Our",
    "novel video agent, FALCONEye, combines a VLM and",
    "a Large Language Model (LLM) to search relevant",
    "information along the video, and locate the",
    "frames with the answer. FALCONEye novelty relies",
    "on 1) the proposed meta-architecture, which is",
    "better suited to tackle hour-long videos compared",
    "to short video approaches in the",
    "state-of-the-art; 2) a new efficient exploration",
    "algorithm to locate the information using short",
    "clips, captions and answer confidence; and 3) our",
    "state-of-the-art VLMs calibration analysis for",
    "the answer confidence. Our agent is built over a",
    "small-size VLM and a medium-size LLM being",
    "accessible to run on standard computational",
    "resources. We also release FALCON-Bench, a",
    "benchmark to evaluate long (average > 1 hour)",
    "Video Answer Search challenges, highlighting the",
    "need for open-ended question evaluation. Our",
    "experiments show FALCONEye's superior performance",
    "than the state-of-the-art in FALCON-Bench, and",
    "similar or better performance in related",
    "benchmarks.",
]
SECOND, THIRD = 33, 36  # the second and third cards' first lines


def test_a_bracketed_title_under_an_address_opens_a_card() -> None:
    """The sample cards folded at 49 in layout B, then p000311's three cards: each read
    back whole, the second without an abstract."""
    lines = folded_page(49, P311)
    records, _ = parse_page(lines)
    assert card_pairs(records)[-3:] == [
        (" ".join(P311[:3]), " ".join(P311[3:SECOND])),
        (" ".join(P311[SECOND:THIRD]), ""),
        (" ".join(P311[THIRD : THIRD + 3]), " ".join(P311[THIRD + 3 :])),
    ]


def test_a_bracket_opening_a_capital_under_an_address_is_no_wrap() -> None:
    """Under a line ending in a web address, a line opening ``[`` and a capital opens a
    unit, as a line opening with a capital does."""
    u = Unit(1, [P311[SECOND - 2], P311[SECOND - 1]])
    assert not continues(u, P311[SECOND], P311[SECOND], False, True, False, 49)
    assert not continues(u, P311[SECOND][18:], P311[SECOND][18:], False, True, False, 49)
