"""Round 32 (ux37): in a listing without blank lines between cards (layout B), a
title-shaped line of its own under an abstract's last sentence, over a line opening a
sentence (a capitalised word, then a lower-case one), is the next card's title
(``evidence.cont_evidence``, ``SENTENCE_OPENING`` under ``after_end``). Before, the wrap
read it as the abstract's next sentence (the line above it full, the line under it full):
``capture`` 116 p000353, a card lost and its abstract glued to the card above. A line
opening with a name (``PyTopo3D provides …``) is left to the other evidence: an abstract's
next sentence opens with the system it named as often as a title does."""

from __future__ import annotations

from papercorpus.sources.pages.sentence_titles import plain_first

from .page_excerpts import card_pairs, parse_page

HEAD = ["Daily Papers", "Get trending papers in your email inbox!", "Subscribe", ""]

# capture 116 p000353 (``cut+hyphen``): the page's lines as they are
PAGE = [
    "Towards Faithful Industrial RAG for Advertising QA",
    "components: (1) Graph-aware Retrieval (GraphRAG), which models",
    "entity-relation structure over a high-citation knowledge subgraph for",
    "multi-hop, domain-specific evidence selection; and (2)",
    "evidence-constrained reinforcement learning via Group Relative Policy",
    "Optimization (GRPO) with multi-dimensional rewards covering",
    "faithfulness, style compliance, safety, and URL validity. Experiments on",
    "an internal advertising QA dataset show consistent gains across",
    "expert-judged dimensions including accuracy, completeness, and safety,",
    "while reducing the hallucination rate by 72\\%. A two-week online A/B",
    "test demonstrates a 28.6\\% increase in like rate, a 46.2\\% decrease in",
    "dislike rate, and a 92.7\\% reduction in URL hallucination. The system",
    "has been running in production for over half a year and has served",
    "millions of QA interactions.",
    "A Benchmark Dataset and Evaluation Framework for Vietnamese Large Language Models in Customer Support",  # noqa: E501
    "With the rapid growth of Artificial Intelligence, Large Language Models",
    "(LLMs) have become essential for Question Answering (QA) systems, impr-",
    "oving efficiency and reducing human workload in customer service.",
    "Three-dimensional deep shape optimization with a limited dataset",
    "Generative models have attracted considerable attention for their",
    "ability to produce novel shapes. However, their application in mechani-",
    "cal design remains constrained due to the limited size and variability",
    "of available datasets. This study proposes a deep learning-based",
    "optimization framework specifically tailored for shape optimization with",
]


def test_a_title_between_a_sentence_end_and_a_sentence_opening() -> None:
    records, _ = parse_page([*HEAD, *PAGE])
    titles = [t for t, _ in card_pairs(records)]
    assert titles == [PAGE[0], PAGE[14], PAGE[18]]
    assert card_pairs(records)[1][1].endswith("human workload in customer service.")


# capture 173 p000668: the abstract's next sentence opens with the name it introduced
NAMED = [
    "Progressive Heterogeneous Collaborative Perception at Inference Time",
    "we pose a new question: Can we tackle this challenge directly during inference, eliminating the need",  # noqa: E501
    "for joint training? To answer this, we introduce Progressive Heterogeneous Collaborative Perception",  # noqa: E501
    "(PHCP), a novel framework that formulates the problem as few-shot unsupervised domain adaptation.",  # noqa: E501
    "Unlike previous work, PHCP dynamically aligns features by self-training an adapter during inference,",  # noqa: E501
    "eliminating the need for labeled data and joint training. Extensive experiments on the OPV2V dataset",  # noqa: E501
    "demonstrate that PHCP achieves strong performance across diverse heterogeneous scenarios. Notably,",  # noqa: E501
    "PHCP achieves performance comparable to SOTA methods trained on the entire dataset while using only",  # noqa: E501
    "a small amount of unlabeled data.",
    "PyTopo3D: A Python Framework for 3D SIMP-based Topology Optimization",
    "Three-dimensional topology optimization (TO) is a powerful technique in engineering design, but",  # noqa: E501
    "readily usable, open-source implementations remain limited within the popular Python scientific",  # noqa: E501
    "environment. This paper introduces PyTopo3D, a software framework developed to address this gap.",  # noqa: E501
    "PyTopo3D provides a feature-rich tool for 3D TO by implementing the well-established Solid Isotropic",  # noqa: E501
    "Material with Penalization (SIMP) method and an Optimality Criteria (OC) update scheme, adapted and",  # noqa: E501
    "significantly enhanced from the efficient MATLAB code by Liu and Tovar (2014). While building on",  # noqa: E501
    "proven methodology, PyTopo3D's primary contribution is its integration and extension within Python,",  # noqa: E501
    "leveraging sparse matrix operations, optional parallel solvers, and accelerated KD-Tree sensitivity",  # noqa: E501
    "filtering for performance. Crucially, it incorporates functionalities vital for practical",
    "engineering workflows, including the direct import of complex design domains and non-design",
    "obstacles via STL files, integrated 3D visualization of the optimization process, and direct STL",  # noqa: E501
    "export of optimized geometries for manufacturing or further analysis. PyTopo3D is presented as an",  # noqa: E501
    "accessible, performance-aware tool and citable reference designed to empower engineers, students,",  # noqa: E501
    "and researchers to more easily utilize 3D TO within their existing Python-based workflows.",
]


def test_a_sentence_opening_with_a_name_goes_on() -> None:
    records, _ = parse_page([*HEAD, *NAMED])
    pairs = card_pairs(records)
    assert [t for t, _ in pairs] == [NAMED[0], NAMED[9]]
    assert "this gap. PyTopo3D provides" in pairs[1][1]


# capture 116 p000282 (``cr+hyphen+quoted``, the quote's marks taken off): a title in
# lower case, where no sentence opens under a sentence's end
LOWER = [
    "A Status Quo Investigation of Large Language Models towards Cost-Effective CFD Automation with OpenFOAMGPT: ChatGPT vs. Qwen vs. Deepseek",  # noqa: E501
    "We evaluated the performance of OpenFOAMGPT incorporating multiple",
    "large-language models. Some of the present models efficiently manage",
    "different CFD tasks such as adjusting boundary conditions, turbulence",
    "models, and solver configurations, although their token cost and stabi-",
    "lity vary. Locally deployed smaller models like QwQ-32B struggled with",
    "generating valid solver files for complex processes. Zero-shot prompt-",
    "ing commonly failed in simulations with intricate settings, even for",
    "large models. Challenges with boundary conditions and solver keywords",
    "stress the requirement for expert supervision, indicating that further",
    "development is needed to fully automate specialized CFD simulations.",
    "revisiting image fusion for multi-illuminant white-balance correction",
    "White balance (WB) correction in scenes with multiple illuminants rema-",
    "ins a persistent challenge in computer vision. Recent methods explored",
    "fusion-based approaches, where a neural network linearly blends multiple",
    "sRGB versions of an input image, each processed with predefined WB pres-",
    "ets. However, we demonstrate that these methods are suboptimal for",
    "common multi-illuminant scenarios. Additionally, existing fusion-based",
    "methods rely on sRGB WB datasets lacking dedicated multi-illuminant",
    "images, limiting both training and evaluation. To address these challen-",
    "ges, we introduce two key contributions. First, we propose an efficient",
]


def test_a_title_in_lower_case_between_a_sentence_end_and_a_sentence_opening() -> None:
    records, _ = parse_page([*HEAD, *LOWER])
    titles = [t for t, _ in card_pairs(records)]
    assert titles == [LOWER[0], LOWER[11]]


# default 173 p000200: a sentence ending in a name's first word, the next line opening with
# its second (``Deep Reinforcement`` + ``Learning algorithms``)
NAME_GOES_ON = [
    "Autonomous state-space segmentation for Deep-RL sparse reward scenarios",
    "Dealing with environments with sparse rewards has always been crucial for",
    "systems developed to operate in autonomous open-ended learning settings.",
    "Intrinsic Motivations could be an effective way to help Deep Reinforcement",
    "Learning algorithms learn in such scenarios. In fact, intrinsic reward signals,",
    "such as novelty or curiosity, are generally adopted to improve exploration when",
    "extrinsic rewards are delayed or absent. Building on previous works, we tackle",
    "the problem of learning policies in the presence of sparse rewards by proposing",
    "a two-level architecture that alternates an ''intrinsically driven'' phase of",
]


def test_a_line_ending_in_a_capital_goes_on() -> None:
    records, _ = parse_page([*HEAD, *NAME_GOES_ON])
    pairs = card_pairs(records)
    assert [t for t, _ in pairs] == [NAME_GOES_ON[0]]
    assert "help Deep Reinforcement Learning algorithms" in pairs[0][1]


# new 173 p000506: a sentence in the middle of an abstract, a clause's ``that`` in it, over a
# line opening with a capitalised compound (``Pareto-optimal trade-off``); on the page the
# rule without ``_PROSE_WORDS`` split it there (an extra record), in this excerpt not
CLAUSE = [
    "EdgeDiT: Hardware-Aware Diffusion Transformers for Efficient On-Device Image Generation",
    "Diffusion Transformers (DiT) have established a new state-of-the-art in",
    "high-fidelity image synthesis; however, their massive computational complexity",
    "and memory requirements hinder local deployment on resource-constrained edge",
    "devices. In this paper, we introduce EdgeDiT, a family of hardware-efficient",
    "generative transformers specifically engineered for mobile Neural Processing",
    "Units (NPUs), such as the Qualcomm Hexagon and Apple Neural Engine (ANE). By",
    "leveraging a hardware-aware optimization framework, we systematically identify",
    "and prune structural redundancies within the DiT backbone that are particularly",
    "taxing for mobile data-flows. Our approach yields a series of lightweight models",
    "that achieve a 20-30% reduction in parameters, a 36-46% decrease in FLOPs, and a",
    "1.65-fold reduction in on-device latency without sacrificing the scaling",
    "advantages or the expressive capacity of the original transformer architecture.",
    "Extensive benchmarking demonstrates that EdgeDiT offers a superior",
    "Pareto-optimal trade-off between Frechet Inception Distance (FID) and inference",
    "latency compared to both optimized mobile U-Nets and vanilla DiT variants. By",
]


def test_a_line_holding_a_clause_goes_on() -> None:
    records, _ = parse_page([*HEAD, *CLAUSE])
    pairs = card_pairs(records)
    assert [t for t, _ in pairs] == [CLAUSE[0]]
    assert "offers a superior Pareto-optimal trade-off" in pairs[0][1]


def test_plain_first() -> None:
    assert plain_first("Three-dimensional deep shape")
    assert plain_first("A title")
    assert not plain_first("PyTopo3D provides a tool")
    assert not plain_first("LIFEBench consists of")
