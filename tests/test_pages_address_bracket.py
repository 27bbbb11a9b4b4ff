"""A line opening with a bracketed word under a line that ends in a web address opens the
next card's title, not an acronym's spelling (``breaks.break_candidate``; docs/pages-passes.md,
"The families' last losses at 200k (lt29)"). The excerpt is default 110's ``reader`` page
p000316, lines 534-570 (layout B, abstracts wrapped at 80): ``TartanGround: …`` over its
abstract, whose last line ends ``Webpage: https://tartanair.org/tartanground``, then
``(Im)possibility of Automated Hallucination Detection in Large Language Models`` over its
abstract. Main joined the title to the abstract above as a wrap and never offered the cut:
a line opening with ``(X)`` after a line ending no sentence was taken for an acronym
spelling out the words above (``… Neural Radiance Fields`` + ``(NeRF) have …``), though no
acronym spells out an address (``wraps.continues`` already said the paragraph ended there)."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import break_candidate

from .page_excerpts import parse_page

PAGE = [
    "TartanGround: A Large-Scale Dataset for Ground Robot Perception and Navigation",
    "We present TartanGround, a large-scale, multi-modal dataset to advance the",
    "perception and autonomy of ground robots operating in diverse environments.",
    "This dataset, collected in various photorealistic simulation environments",
    "includes multiple RGB stereo cameras for 360-degree coverage, along with depth,",
    "optical flow, stereo disparity, LiDAR point clouds, ground truth poses,",
    "semantic segmented images, and occupancy maps with semantic labels. Data is",
    "collected using an integrated automatic pipeline, which generates trajectories",
    "mimicking the motion patterns of various ground robot platforms, including",
    "wheeled and legged robots. We collect 910 trajectories across 70 environments,",
    "resulting in 1.5 million samples. Evaluations on occupancy prediction and SLAM",
    "tasks reveal that state-of-the-art methods trained on existing datasets",
    "struggle to generalize across diverse scenes. TartanGround can serve as a",
    "testbed for training and evaluation of a broad range of learning-based tasks,",
    "including occupancy prediction, SLAM, neural scene representation,",
    "perception-based navigation, and more, enabling advancements in robotic",
    "perception and autonomy towards achieving robust models generalizable to more",
    "diverse scenarios. The dataset and codebase for data collection will be made",
    "publicly available upon acceptance. Webpage: https://tartanair.org/tartanground",
    "(Im)possibility of Automated Hallucination Detection in Large Language Models",
    "Is automated hallucination detection possible? In this work, we introduce a",
    "theoretical framework to analyze the feasibility of automatically detecting",
    "hallucinations produced by large language models (LLMs). Inspired by the",
    "classical Gold-Angluin framework for language identification and its recent",
    "adaptation to language generation by Kleinberg and Mullainathan, we investigate",
    "whether an algorithm, trained on examples drawn from an unknown target language",
    "$K$ (selected from a countable collection) and given access to an LLM, can",
    "reliably determine whether the LLM's outputs are correct or constitute",
    "hallucinations.",
    "First, we establish an equivalence between hallucination detection and the",
    "classical task of language identification. We prove that any hallucination",
    "detection method can be converted into a language identification method, and",
    "conversely, algorithms solving language identification can be adapted for",
    "hallucination detection. Given the inherent difficulty of language",
    "identification, this implies that hallucination detection is fundamentally",
    "impossible for most language collections if the detector is trained using only",
    "correct examples from the target language.",
]


def test_a_bracketed_title_under_a_web_address_is_the_next_card() -> None:
    records, _ = parse_page(PAGE)
    assert [r.title for r in records] == [
        "TartanGround: A Large-Scale Dataset for Ground Robot Perception and Navigation",
        "(Im)possibility of Automated Hallucination Detection in Large Language Models",
    ]
    assert records[0].abstract.endswith("Webpage: https://tartanair.org/tartanground")
    assert records[1].abstract.startswith("Is automated hallucination detection possible?")


def test_the_cut_is_offered_under_an_address_only() -> None:
    title = "(Im)possibility of Automated Hallucination Detection in Large Language Models"
    above = "publicly available upon acceptance. Webpage: https://tartanair.org/tartanground"
    assert break_candidate([above], 2, False, title, width=80)
    # an acronym spelling the words above stays a wrap
    spelled = "(NeRF) have achieved remarkable success in novel view synthesis of scenes"
    assert not break_candidate(["built on Neural Radiance Fields"], 2, False, spelled, width=80)
