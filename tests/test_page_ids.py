# ruff: noqa: E501  (page lines as captured)
"""Which card an arXiv id shown on a page belongs to (issue 14, precision).

Two copies sharing an arXiv id merge whatever their text (domain.md key A), so a card
given its neighbour's id merges two papers; a card given no id only loses a key. An id
inside a card (its title's link, its abstract's link, a line between its title and its
abstract) is its own; an id between two cards is the tail of the card above or the head
of the card below, and the page decides which: where it puts the ids it shows twice or
at its ends, whether the cards around it already have one. Where the page does not
tell, neither card gets it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from papercorpus.cli import main
from papercorpus.records import Record
from papercorpus.sources.base import ParseLog
from papercorpus.sources.pages import parse_pages

from .conftest import ROOT

LOGIN = "https://huggingface.co/login?next=%2Fpapers%2F"
PAPER = "https://huggingface.co/papers/"
HEAD = ["Get trending papers in your email inbox!", "Subscribe", "Mar 17"]

CARDS = [
    (
        "Sparse Mixture Routing for Long-Context Speech Recognition",
        "Long recordings strain attention-based recognisers because their cost grows with the square of the "
        "input length. We route each frame to a few of many small experts and keep a compressed memory of "
        "earlier segments, which lets one model transcribe hour-long audio in a single pass. On three "
        "benchmarks of meetings and lectures the method lowers the word error rate by eight percent.",
    ),
    (
        "Counting Objects in Cluttered Scenes with Point Supervision",
        "Annotating every instance of an object class with a box is slow, so we train a counting network "
        "from single points placed on each object. A density head and a localisation head share features "
        "and correct each other during training. The model counts cells, cars and crowds better than "
        "box-supervised detectors trained with ten times more annotation effort, and it transfers well.",
    ),
    (
        "Formal Verification of Smart Contracts via Abstract Interpretation",
        "Smart contracts hold large sums and cannot be patched after deployment, which makes bugs costly. "
        "We present an analyser that abstracts the contract's storage and the gas model into a lattice "
        "and proves the absence of reentrancy and overflow errors. It verifies ninety percent of a corpus "
        "of deployed contracts within a minute each and finds forty previously unknown vulnerabilities.",
    ),
    (
        "Learning to Grasp Transparent Objects from Synthetic Depth",
        "Depth cameras fail on glass and clear plastic, which robots must nevertheless pick up in kitchens "
        "and laboratories. We render a large synthetic data set of transparent objects with physically "
        "based refraction and train a network to complete the missing depth. A robot using the completed "
        "depth grasps transparent objects in eighty-six percent of real trials, up from forty percent.",
    ),
    (
        "Tokenizer-Free Language Models for Low-Resource Scripts",
        "Subword vocabularies learned on high-resource languages split words of other scripts into many "
        "pieces, which wastes context and hurts accuracy. We train byte-level models with a learned "
        "downsampling layer that groups bytes into variable-length patches. On twelve low-resource "
        "languages the models match subword baselines on classification and beat them on generation tasks.",
    ),
    (
        "Calibrated Uncertainty for Weather Forecasts with Diffusion Models",
        "Ensemble forecasts are expensive because each member needs a full run of a numerical model. We "
        "train a diffusion model to sample forecast members conditioned on the current analysis. The "
        "samples are as well calibrated as a fifty-member physical ensemble on medium-range forecasts of "
        "temperature and wind, at a small fraction of its cost, and they capture extreme events better.",
    ),
]
IDS = ["2501.10001", "2501.10002", "2501.10003", "2501.10004", "2501.10005", "2501.10006"]


def _parse(lines: list[str]) -> list[Record]:
    log = ParseLog()
    return list(parse_pages(list(enumerate(lines, 1)), "t", log))


def _ids(lines: list[str]) -> list[tuple[str, str | None]]:
    return [(r.title, r.arxiv_id) for r in _parse(lines)]


def _card(k: int, mid: str | None = None, abstract: bool = True) -> list[str]:
    title, text = CARDS[k]
    return [title] + ([mid] if mid is not None else []) + ([text] if abstract else [])


def _want(*ids: str | None) -> list[tuple[str, str | None]]:
    return [(CARDS[k][0], paper_id) for k, paper_id in enumerate(ids)]


# --------------------------------------------------------------------------- the page's habit


def test_ids_after_the_abstracts_go_to_the_card_above() -> None:
    """A page that puts each card's paper link after its abstract (a reader view), the
    first one an upvote login link: the last link comes after the last card and none
    comes before the first, so every link between two cards is the card above's. (Taken
    by its kind, the login link after the first abstract went to the next card, and
    every card after it got its predecessor's id.)"""
    lines = [*HEAD]
    for k in range(5):
        lines += _card(k) + [(LOGIN if k == 0 else PAPER) + IDS[k]]
    assert _ids(lines) == _want(*IDS[:5])


def test_a_stranger_id_between_cards_shifts_nothing() -> None:
    """Links after the abstracts, one gap holding two: its card's and one of a card the
    page does not show (a card the decoder lost: its link after it). The page has said
    its links sit after cards, so the second is not the card below's, and neither is
    anything after it."""
    lines = [*HEAD]
    for k in range(5):
        lines += _card(k) + [PAPER + IDS[k]] + ([PAPER + "2502.20000"] if k == 1 else [])
    assert _ids(lines) == _want(*IDS[:5])


def test_ids_before_the_titles_go_to_the_card_below() -> None:
    """Upvote links before each title: the first comes before the first title and none
    after the last card, so every one between two cards is the card below's."""
    lines = [*HEAD]
    for k in range(5):
        lines += [f"[{12 + k}]({LOGIN}{IDS[k]})"] + _card(k)
    records = _parse(lines)
    assert [(r.title, r.arxiv_id) for r in records] == _want(*IDS[:5])
    assert [r.meta.get("upvotes") for r in records] == [12, 13, 14, 15, 16]


def test_a_card_without_an_abstract_keeps_its_own_id_not_the_next_ones() -> None:
    """Ids before titles, the second card without an abstract: the id after its title is
    the third card's (the second card has its own above its title)."""
    lines = [*HEAD]
    for k in range(4):
        lines += [PAPER + IDS[k]] + _card(k, abstract=k != 1)
    assert _ids(lines) == _want(*IDS[:4])


def test_a_page_whose_ends_place_its_links_both_ways_gives_them_to_no_card() -> None:
    """Links before the titles for three cards, then after the abstracts: the page's
    first link is before its first title and its last after its last card. Line for
    line, that is also a page of links after cards whose first card (title only) the
    decoder read as chrome: every link between two cards would go one card down from the
    first. The page does not say which it is, so its ends settle nothing, and nothing
    else on it does (with the fifth card showing no link, or with every card showing
    one: a card given another id then settled the one before it, all the way up)."""
    lines = [*HEAD]
    for k in range(3):
        lines += [PAPER + IDS[k]] + _card(k)
    lines += _card(3) + [PAPER + IDS[3]] + _card(4) + _card(5) + [PAPER + IDS[5]]
    assert _ids(lines) == _want(None, None, None, None, None, None)
    lines = [*HEAD]
    for k in range(3):
        lines += [PAPER + IDS[k]] + _card(k)
    for k in range(3, 6):
        lines += _card(k) + [PAPER + IDS[k]]
    assert _ids(lines) == _want(None, None, None, None, None, None)


def test_ends_placing_links_both_ways_on_a_page_without_a_fixed_place_still_settle() -> None:
    """The first link before the first title, the last after the last card, and a link
    after the second card next to one before the third title: the page puts its links
    both ways between two cards, so its ends placing them both ways is its habit, not a
    lost card."""
    lines = [*HEAD, PAPER + IDS[0], *_card(0), *_card(1), PAPER + IDS[1], PAPER + IDS[2]]
    lines += [*_card(2), *_card(3), PAPER + IDS[3]]
    assert _ids(lines) == _want(*IDS[:4])


# A reader page (generated, seed 21, p001623) that puts each card's link after it; its
# first card, a title without an abstract (``FAST LEWORLDMODEL``), is read as chrome, so
# its link comes before the first title read. (A long abstract line cut.)
LOST_FIRST_CARD = [
    "Sign Up",
    "",
    "new",
    "",
    "Get trending papers in your email inbox!",
    "",
    "Subscribe",
    "",
    "byAK and the research community",
    "",
    "May 14",
    "",
    "FAST LEWORLDMODEL",
    "",
    "· Aug 14, 2018",
    "",
    "https://huggingface.co/papers/2606.26217",
    "",
    "[RET] Shared Path: Unraveling Memorization in Multilingual LLMs through Language",
    "  Similarities",
    "",
    "Published on Apr 9",
    "",
    "We present the first comprehensive study of Memorization in Multilingual",
    "Large Language Models (MLLMs), analyzing 95 languages using models across",
    "diverse model scales, architectures, and memorization definitions. As MLLMs are",
    "increasingly deployed, understanding their memorization behavior has become",
    "",
    "https://huggingface.co/papers/2505.15722",
    "",
    "VisKnow: Constructing Visual Knowledge Base for Object Understanding",
    "",
    "Published on Jan 21, 2025",
    "",
    "Understanding objects is fundamental to computer vision. Beyond object recognition that provides only a category label as typical output, in-depth object understanding represents a comprehensive perception of an object category, involving its components, appearance characteristics, inter-category relationships, contextual background knowledge, etc.",
    "",
    "https://huggingface.co/login?next=%2Fpapers%2F2512.08221",
    "",
    "Sculptor. Empowering LLMs with Cognitive Agency via Active Context Management",
    "",
    "Feb 26",
    "",
    "Large Language Models (LLMs) suffer from significant performance degradation",
    "when processing long contexts due to proactive interference, where irrelevant",
    "information in earlier parts of the context disrupts reasoning and memory",
    "",
    "https://huggingface.co/papers/2508.04664",
]


def test_a_card_lost_at_the_page_top_shifts_no_id() -> None:
    """The lost card's link sits before the first title read, the last card's after the
    last card: the ends place one kind of link both ways. Taken as the first card's, it
    said the page's links go before titles, and each card got the id of the card above
    it (8 false merges on that page)."""
    records = _parse(LOST_FIRST_CARD)
    assert [r.arxiv_id for r in records] == [None, None, None]
    assert records[0].meta.get("arxiv_ids_near") == ["2606.26217", "2505.15722"]


# The site menu a reader capture opens with (one line an item).
SITE_MENU = [
    "Hugging Face",
    "Models",
    "Datasets",
    "Spaces",
    "Buckets new",
    "Docs",
    "Enterprise",
    "Pricing",
    "Log In",
    "Sign Up",
]


# A reader page (generated, seed 26, p002411; cards and abstracts cut) that puts each
# card's link after it: the title and abstract of ``TrackID3x3`` are read as the abstract
# of ``SpatialUAV``, a card without one, whose own link then sits inside it.
GLUED_CARD = [
    *SITE_MENU,
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "Exploiting Semantic and Pixel Representations for Ultra-Low Bitrate Image",
    "Compression",
    "· Nov 26, 2021",
    "Most existing extreme compression methods fail to achieve an optimal",
    "https://github.com/cshw2021/SPRDiff.",
    "https://huggingface.co/papers/2606.01608",
    "SpatialUAV: Benchmarking Spatial Intelligence for Low-Altitude UAV Perception,",
    "Collaboration, and Motion",
    "https://huggingface.co/papers/2606.27876",
    "TrackID3x3: A Dataset and Algorithm for Multi-Player Tracking with",
    "Identification and Pose Estimation in 3x3 Basketball Full-court Videos",
    "Multi-object tracking, player identification, and pose estimation are",
    "fundamental components of sports analytics, essential for analyzing player",
    "movements, performance, and tactical strategies. However, existing datasets and",
    "foundation for advancing automated analytics in 3x3 basketball. Dataset and code",
    "will be available at https://github.com/open-starlab/TrackID3x3.",
    "https://huggingface.co/papers/2503.18282",
    "AI for Maritime Security: Comparative Evaluation of CNN and Vision Transformer",
    "Architectures for Maritime Object Detection",
    "Dec 20, 2026",
    "This study aims to enhance maritime security by using advanced Artificial",
    "Intelligence (AI) and Computer Vision (CV) techniques. For this purpose, it was",
    "designed and assessed intelligent object detection systems that can detect the",
    "navigation.",
    "https://huggingface.co/papers/2606.14720",
    "Multiaccess Coded Caching with Heterogeneous Retrieval Costs",
    "Published on Apr 7",
    "The multiaccess coded caching (MACC) system, as formulated by Hachem {\\it et",
    "al.}, consists of a central server with a library of $N$ files, connected to $K$",
    "cache-less users via an error-free shared link, and $K$ cache nodes, each",
    "equipped with cache memory of size $M$ files. Each user can access $L$",
    "neighboring cache nodes under a cyclic wrap-around topology. Most existing",
    "retrieval costs.",
    "https://huggingface.co/papers/2601.10394",
    "Belief-Guided Inference Control for Large Language Model Services via Verifiable",
    "Observations",
    "· Published on Oct 17",
    "quality-cost trade-offs, stronger risk estimation and calibration, and more",
    "robust long-horizon inference control than competitive baselines.",
    "https://huggingface.co/papers/2604.27536",
]


def test_a_card_glued_into_its_neighbour_starts_no_shift() -> None:
    """``SpatialUAV`` shows its id inside; the glued card's link comes after it, the link
    of the card above before it. The page puts its links after cards (its last one), and
    were they before titles, the link before the card would be its own: one of the two
    is not a neighbour's: rule 3 gave the one after it to the card below, and each card
    after it got the id of the card above it (14 false merges on that page). Neither
    goes to a card; the cards after it are settled from the page's end (its last link
    after its last card: links after cards)."""
    # The decoder now reads this page's TrackID3x3 as a title of its own (its card's
    # title shares none of SpatialUAV's longer words: ``charges.UNSHARED_TITLE``), so the
    # glue is made here by giving the two titles two words in common, as a card the
    # decoder cannot tell apart would.
    glued = [
        line.replace("Identification and Pose", "Spatial Perception and Pose")
        for line in GLUED_CARD
    ]
    ids = [r.arxiv_id for r in _parse(glued)]
    assert ids == [None, "2606.27876", "2606.14720", "2601.10394", "2604.27536"]


def test_the_glued_card_found_takes_its_own_link() -> None:
    """The page above as captured: with TrackID3x3 read as its own card, every card has
    the link after it (the page puts links after cards), and none another's."""
    ids = [r.arxiv_id for r in _parse(GLUED_CARD)]
    assert ids == [
        "2606.01608",
        "2606.27876",
        "2503.18282",
        "2606.14720",
        "2601.10394",
        "2604.27536",
    ]


# A reader page (generated, seed 26, p001179; abstracts cut to three lines) that puts each
# card's link after it: its first card, a title without an abstract right under the page
# header, is read as header chrome (a search echo), and the page shows no link after its
# last card, so "links before titles" fits every card read.
LOST_TITLE_ONLY_FIRST = [
    *SITE_MENU,
    "Get trending papers in your email inbox once a day!",
    "Get trending papers in your email inbox!",
    "Subscribe",
    "Frontier Coding Agents Use Metaprogramming to Adapt to Unfamiliar Programming",
    "Languages",
    "https://huggingface.co/papers/2606.10933",
    "ProRL Agent: Rollout-as-a-Service for RL Training of Multi-Turn LLM Agents",
    "Multi-turn LLM agents are increasingly important for solving complex,",
    "engineering, math, STEM, and coding tasks. ProRL Agent is open-sourced and",
    "integrated as part of NVIDIA NeMo Gym.",
    "locality matters for training-free audio token compression in audio-language",
    "models",
    "Audio-language models (ALMs) are increasingly used for audio captioning,",
    "captioning-side advantage of locality-aware merging under moderate and",
    "aggressive compression.",
    "https://huggingface.co/login?next=%2Fpapers%2F2605.25179",
    "MULTI-LLM THEMATIC ANALYSIS WITH DUAL RELIABILITY METRICS: COMBINING COHEN'S",
    "  KAPPA AND SEMANTIC SIMILARITY FOR QUALITATIVE RESEARCH VALIDATION",
    "· Published on Jun 24",
    "Qualitative research faces a critical reliability challenge: traditional",
    "inter-rater agreement methods require multiple human coders, are time-intensive,",
    "and often yield moderate consistency.",
    "https://huggingface.co/papers/2512.20352",
    "QuarkMedSearch: A Long-Horizon Deep Search Agent for Exploring Medical",
    "  Intelligence",
    "· Jun 3, 2017",
    "https://huggingface.co/login?next=%2Fpapers%2F2604.12867",
    "SPMTrack: Spatio-Temporal Parameter-Efficient Fine-Tuning with Mixture of",
    "Experts for Scalable Visual Tracking",
    "Published on Sep 10, 2018",
    "Most state-of-the-art trackers adopt one-stream paradigm, using a single Vision",
    "our method significantly outperforms current state-of-the-art trackers. The",
    "source code is available at https://github.com/WenRuiCai/SPMTrack.",
    "https://huggingface.co/login?next=%2Fpapers%2F2503.18338",
    "Achieving Precise Text-To-Cypher Via Grounded Knowledge Graph Data Generation.",
    "· Published on Jun 21, 2021",
    "Property Graphs are rapidly being adopted as database frameworks for",
    "must be locally deployed we can ensure data-sovereignty without sacrificing",
    "accuracy and without costly annotation campaigns.",
    "https://huggingface.co/papers/2606.14325",
    "UItron: Foundational GUI Agent with Advanced Perception and Planning",
    "· Published on Feb 3, 2020",
    "GUI agent aims to enable automated operations on Mobile/PC devices, which is an",
    "demonstrate that UItron achieves significant progress in Chinese app scenarios,",
    "propelling GUI agents one step closer to real-world application.",
    "Page 1 of 3",
    "Next",
]
# the id each card's own link shows, by its title's first word
LOST_TITLE_ONLY_OWN = {
    "ProRL": None,
    "locality": "2605.25179",
    "MULTI-LLM": "2512.20352",
    "QuarkMedSearch": "2604.12867",
    "SPMTrack": "2503.18338",
    "Achieving": "2606.14325",
    "UItron": None,
    "Frontier": "2606.10933",
}


def test_text_read_as_chrome_before_the_first_title_starts_no_shift() -> None:
    """The page-start rule gave the lost card's link, before the first title read, to
    that title's card and took it as a vote for links before titles: every card then got
    the id of the card above it (56 false merges on that page). Text read as chrome
    between the page header and the first title may be a card the decoder lost, so the
    page's start places nothing and votes nothing; no card gets another's id (were the
    first card read, each would get its own)."""
    records = _parse(LOST_TITLE_ONLY_FIRST)
    got = {r.title.split()[0].rstrip(":"): r.arxiv_id for r in records}
    assert set(got) <= set(LOST_TITLE_ONLY_OWN)
    for word, paper_id in got.items():
        assert paper_id is None or paper_id == LOST_TITLE_ONLY_OWN[word], (word, paper_id)


def test_a_search_echo_above_the_view_switcher_holds_nothing() -> None:
    """A search box's echo in the page's header, above its view switcher, is read as no
    card's text before the first title, but the header goes on under it: it is no lost
    card, and the page's start still says its links go before titles."""
    lines = ["Get trending papers in your email inbox!", "Subscribe", "Long-context ASR"]
    lines += ["Daily", "Weekly", "Monthly", "Mar 17"]
    for k in range(5):
        lines += [PAPER + IDS[k]] + _card(k)
    assert _ids(lines) == _want(*IDS[:5])


def test_a_name_over_the_first_title_holds_nothing() -> None:
    """A page that sets each card's organisation name above its title, then its date and
    its upvote link: the first card's name is text read as no card's before the first
    title, with a link after it, but it is that card's chrome (a name, not a lost
    title): the page's start still says its links go before titles."""
    lines = [*HEAD]
    for k, name in enumerate(["ByteDance Seed", "Kandinsky Lab", "NVIDIA", "Google", "OCC"]):
        lines += [name, "·", "Apr 19, 2021", f"[-]({LOGIN}{IDS[k]})", *_card(k)]
    assert _ids(lines) == _want(*IDS[:5])


def test_a_stray_line_before_the_first_title_holds_the_page_start() -> None:
    """``PageIds`` on its own: a line read as chrome before the first title, then a link,
    then cards each followed by a link (links after cards) but the last: the link before
    the first title may be a lost card's, so it goes to no card, and nothing else on the
    page says where its links go."""
    from papercorpus.sources.pages.ids import PageIds

    out: list[tuple[str, str | None]] = []
    ids = PageIds(lambda payload, paper_id, upvotes, near, given: out.append((payload, paper_id)))
    ids.stray_text()
    ids.chrome("2501.00000", "url")
    for k in range(4):
        ids.title(f"card {k}")
        ids.finished(f"card {k}", True)
        if k < 3:
            ids.chrome(IDS[k], "url")
    ids.end_page()
    assert out == [(f"card {k}", None) for k in range(4)]
    # without the stray line, with it above a line of the page's header (a search box's
    # echo above the view switcher), or with it after the link (an organisation's name
    # over the first title: no card's link comes after it), the page reads as links
    # before titles, every card's own
    for where in ("", "header", "after"):
        out.clear()
        if where == "header":
            ids.stray_text()
            ids.header_line()
        ids.chrome(IDS[0], "url")
        if where == "after":
            ids.stray_text()
        for k in range(4):
            ids.title(f"card {k}")
            ids.finished(f"card {k}", True)
            if k < 3:
                ids.chrome(IDS[k + 1], "url")
        ids.end_page()
        assert out == [(f"card {k}", IDS[k]) for k in range(4)]


# A reader page (generated, seed 27, p002312; abstracts cut) that puts each card's link
# after it: ``AI Awareness`` is read as a name under ``EgoTwin`` (a title without an
# abstract), its abstract as EgoTwin's, so EgoTwin shows its own login link inside.
GLUED_UNDER_A_BARE_CARD = [
    *SITE_MENU,
    "",
    "new",
    "",
    "Get trending papers in your email inbox!",
    "",
    "Subscribe",
    "",
    "by AK and the research community",
    "",
    "Long-context ASR",
    "",
    "Daily",
    "Weekly",
    "Monthly",
    "",
    "Sep 2",
    "",
    "ssfmamba: symmetry-driven spatial-frequency feature fusion for 3d",
    "medical image segmentation",
    "",
    "· Jun 2, 2019",
    "",
    "In light of the spatial domain's limited capacity for modeling global",
    "context in 3D medical image segmentation, emerging approaches have begun",
    "to incorporate frequency domain representations. However,",
    "straightforward feature extraction strategies often overlook the unique",
    "properties of frequency domain information, such as conjugate symmetry.",
    "",
    "https://huggingface.co/papers/2508.03069",
    "EgoTwin: Dreaming Body and View in First Person",
    "",
    "· Nov 17, 2021",
    "",
    "https://huggingface.co/login?next=%2Fpapers%2F2508.13013",
    "AI Awareness",
    "",
    "Published on Dec 24, 2017",
    "",
    "Recent breakthroughs in artificial intelligence (AI) have brought about",
    "increasingly capable systems that demonstrate remarkable abilities in",
    "reasoning, language understanding, and problem-solving. These",
    "advancements have prompted a renewed examination of AI awareness, not as",
    "a philosophical question of consciousness.",
    "",
    "https://huggingface.co/papers/2504.20084",
    "A dynamic memory assignment strategy for dilation-based ICP algorithm on",
    "  embedded GPUs",
    "",
    "· Published on Aug 27",
    "",
    "This paper proposes a memory-efficient optimization strategy for the",
    "high-performance point cloud registration algorithm VANICP, enabling",
    "lightweight execution on embedded GPUs with constrained hardware",
    "resources. VANICP is a recently published acceleration framework that",
    "significantly improves the computational efficiency of point-cloud-based",
    "applications. By transforming the global nearest neighbor search into a",
    "localized process through a dilation-based information propagation",
    "mechanism, VANICP greatly reduces the computational complexity of the",
    "NNS. However, its original implementation demands a considerable amount",
    "of memory, which restricts its deployment in resource-constrained",
    "environments such as embedded systems. To address this issue, we propose",
    "a GPU-oriented dynamic memory assignment strategy that optimizes the",
    "memory usage of the dilation operation. Furthermore, based on this",
    "strategy, we construct an enhanced version of the VANICP framework that",
    "achieves over 97% reduction in memory consumption while preserving the",
    "original performance. Source code is published on:",
    "https://github.com/changqiong/VANICP4Em.git.",
    "",
    "https://huggingface.co/login?next=%2Fpapers%2F2512.04996",
    "T1-Bench: Benchmarking Multi-Scenario Agents in Real-World Domains",
    "",
    "https://huggingface.co/papers/2606.11070",
    "The Model Knows, the Decoder Finds: Future Value Guided Particle Power",
    "Sampling",
    "",
    "https://huggingface.co/papers/2605.02427",
    "How Many Tokens Do 3D Point Cloud Transformer Architectures Really Need?",
    "",
    "Sep 8",
    "",
    "Recent advances in 3D point cloud transformers have led to",
    "state-of-the-art results in tasks such as semantic segmentation and",
    "reconstruction. However, these models typically rely on dense token",
    "representations, incurring high computational and memory costs during",
    "training and inference. In this work, we present the finding that tokens",
    "are remarkably redundant, leading to substantial inefficiency. We",
    "introduce gitmerge3D, a globally informed graph token merging method",
    "that can reduce the token count by up to 90-95% while maintaining",
    "competitive performance. This finding challenges the prevailing",
    "assumption that more tokens inherently yield better performance and",
    "highlights that many current models are over-tokenized and",
    "under-optimized for scalability. We validate our method across multiple",
    "3D vision tasks and show consistent improvements in computational",
    "efficiency. This work is the first to assess redundancy in large-scale",
    "3D transformer models, providing insights into the development of more",
    "efficient 3D foundation architectures. Our code and checkpoints are",
    "publicly available at https://gitmerge3d.github.io",
]


def test_a_card_glued_under_a_card_without_votes_either_way_starts_no_shift() -> None:
    """EgoTwin shows its id inside (its login link, read as between its title and its
    abstract: the page's only vote for its links, a vote for neither side), a lone link on
    each side of it. Were the page's links after cards, the one after it would be its
    own, were they before titles, the one before it: it has its own, so one of the two
    is a stranger's (the glued card's). Rule 3 gave the one after it to the card below,
    and elimination each card after that the id of the card above it. Neither goes.
    Since lt31 the glued card (``AI Awareness``, its abstract naming ``AI awareness``:
    ``scores._named_in`` in any case) is read as its own card, and EgoTwin keeps no id
    (its login link now between two cards without votes): no record takes another's."""
    records = _parse(GLUED_UNDER_A_BARE_CARD)
    own = {
        "ssfmamba:": "2508.03069",
        "EgoTwin:": "2508.13013",
        "AI": "2504.20084",
        "A": "2512.04996",
        "T1-Bench:": "2606.11070",
        "The": "2605.02427",
        "How": None,
    }
    got = {r.title.split()[0]: r.arxiv_id for r in records}
    assert set(got) <= set(own)
    assert got["EgoTwin:"] in ("2508.13013", None)
    for word, paper_id in got.items():
        assert paper_id is None or paper_id == own[word], (word, paper_id)


def test_lone_runs_around_a_card_showing_its_own_id_on_a_page_without_votes() -> None:
    """``PageIds`` on its own: the third card shows its id inside, a lone link of one
    kind before it and after it, and the page has placed that kind nowhere between
    cards: one of the two is a stranger's, neither goes, and nothing chains from them."""
    from papercorpus.sources.pages.ids import PageIds

    out: list[tuple[str, str | None]] = []
    ids = PageIds(lambda payload, paper_id, upvotes, near, given: out.append((payload, paper_id)))
    for k in range(5):
        ids.title(f"card {k}")
        if k == 2:
            ids.inside(IDS[2])
        ids.finished(f"card {k}", True)
        if k in (1, 2):
            ids.chrome(IDS[k] if k == 1 else "2502.20000", "url")
    ids.end_page()
    assert out == [(f"card {k}", IDS[2] if k == 2 else None) for k in range(5)]


def test_links_on_both_sides_of_a_card_showing_its_own_are_the_neighbours_on_a_mixed_page() -> None:
    """A page that puts its paper links both after cards and before titles (two between
    the fourth and fifth cards): the links on both sides of the second card, which shows
    its own under its title, are its neighbours' (nothing says a card is missing)."""
    lines = [*HEAD, *_card(0), PAPER + IDS[0], *_card(1, mid=PAPER + IDS[1])]
    lines += [PAPER + IDS[2], *_card(2), *_card(3), PAPER + IDS[3], PAPER + IDS[4], *_card(4)]
    assert _ids(lines) == _want(*IDS[:5])


def test_an_id_between_cards_on_a_page_without_a_habit_goes_nowhere() -> None:
    """A link between the first two cards, on a page that puts its links both after
    abstracts and before titles: it may be the first card's or the second's."""
    lines = [*HEAD, *_card(0), PAPER + IDS[0], *_card(1), *_card(2)]
    lines += [PAPER + IDS[2], PAPER + IDS[3], *_card(3), PAPER + IDS[4], *_card(4)]
    records = _parse(lines)
    assert [(r.title, r.arxiv_id) for r in records] == _want(None, None, IDS[2], IDS[3], IDS[4])
    # the id is kept as a parser note on both cards it sat between (never written out)
    assert [r.meta.get("arxiv_ids_near") for r in records[:3]] == [[IDS[0]], [IDS[0]], None]


def test_a_link_under_a_title_and_after_an_abstract_has_no_fixed_place() -> None:
    """A page that shuffles each card's chrome: the first card's paper link between its
    title and its abstract (a vote for "under titles"), the second's after its abstract,
    the fourth's before its title, right under the third card, which has no abstract.
    Taken as "under titles", the link after the title-only card was that card's (the
    next card's id: a false merge); a link after an abstract shows the kind also sits
    outside cards, so the page has no fixed place for it and neither card gets it."""
    lines = [*HEAD, *_card(0, mid=PAPER + IDS[0]), *_card(1), PAPER + IDS[1]]
    lines += [*_card(2, abstract=False), PAPER + IDS[3], *_card(3), *_card(4, mid=PAPER + IDS[4])]
    got = _ids(lines)
    assert got[2] == (CARDS[2][0], None)
    assert got == _want(IDS[0], None, None, None, IDS[4])


def test_a_link_under_titles_only_is_the_title_only_cards() -> None:
    """The same page with its links always under titles: the link after the card
    without an abstract is that card's (no link sits after an abstract)."""
    lines = [*HEAD, *_card(0, mid=PAPER + IDS[0]), *_card(1, mid=PAPER + IDS[1])]
    lines += [*_card(2, abstract=False), PAPER + IDS[2], *_card(3), *_card(4, mid=PAPER + IDS[4])]
    assert _ids(lines) == _want(IDS[0], IDS[1], IDS[2], None, IDS[4])


# --------------------------------------------------------------------------- ids inside a card


def test_one_vote_is_no_habit_on_a_page_without_a_template() -> None:
    """A comment link before the first title (its card's: nothing is above it), then a
    page that puts its paper links both after cards and before titles: its chrome has no
    fixed place, so the one comment link before the first title says nothing of the one
    between the fourth and fifth cards."""
    comment = "Jan 4, 2023[19](https://huggingface.co/papers/{}#community)"
    lines = [*HEAD, comment.format(IDS[0]), *_card(0), *_card(1)]
    lines += [PAPER + IDS[1], PAPER + IDS[2], *_card(2), *_card(3)]
    lines += [comment.format(IDS[3]), *_card(4)]
    assert _ids(lines) == _want(IDS[0], IDS[1], IDS[2], None, None)


def test_an_id_inside_the_card_beats_the_one_between_cards() -> None:
    """A link between the title and the abstract is the card's; the upvote login link
    after the card above's abstract is then the card above's, not this card's."""
    lines = [*HEAD, *_card(0), LOGIN + IDS[0], *_card(1, mid=PAPER + IDS[1]), *_card(2)]
    assert _ids(lines) == _want(IDS[0], IDS[1], None)


def test_the_card_below_repeats_its_id() -> None:
    """``login`` link, then the title, then the same id as a paper link (an upvote button
    and the paper's own link): the login link is the card below's; the link after the
    first card's abstract is the first card's."""
    lines = [*HEAD, *_card(0), PAPER + IDS[0], LOGIN + IDS[1], *_card(1, mid=PAPER + IDS[1])]
    lines += [*_card(2)]
    assert _ids(lines) == _want(IDS[0], IDS[1], None)


def test_a_card_showing_its_id_before_and_after_itself() -> None:
    """The same id before a title and after its abstract, no id inside: the card between
    the two is the one that shows it twice."""
    lines = [*HEAD, *_card(0), PAPER + IDS[1], *_card(1), LOGIN + IDS[1], *_card(2)]
    assert _ids(lines) == _want(None, IDS[1], None)


def test_a_card_rendered_twice_in_a_row_is_one_paper() -> None:
    """Upvote links after the cards, one card rendered twice (a trending page's
    responsive copies), its second copy followed by its arXiv link: the links between and
    after the two copies are that paper's, and tell nothing of where the page puts its
    upvote links (they are not shown before and after one card)."""
    lines = [*HEAD, *_card(0), f"[5]({LOGIN}{IDS[0]})", *_card(1), f"[6]({LOGIN}{IDS[1]})"]
    lines += [
        *_card(1),
        f"[GitHub 12](https://github.com/a/b) [arXiv Page](https://arxiv.org/abs/{IDS[1]})",
    ]
    lines += [*_card(2), f"[7]({LOGIN}{IDS[2]})", *_card(3), f"[8]({LOGIN}{IDS[3]})"]
    records = _parse(lines)
    assert [r.arxiv_id for r in records] == [IDS[0], IDS[1], IDS[1], IDS[2], IDS[3]]
    assert [r.meta.get("upvotes") for r in records] == [5, 6, 6, 7, 8]


def test_two_ids_inside_one_card_give_it_none() -> None:
    """Two different paper links between one title and its abstract: the card's id is
    one of them, the page does not say which."""
    lines = [*HEAD, *_card(0, mid=PAPER + IDS[0]), CARDS[1][0], PAPER + IDS[1]]
    lines += [PAPER + IDS[4], CARDS[1][1], *_card(2, mid=PAPER + IDS[2])]
    records = _parse(lines)
    assert [(r.title, r.arxiv_id) for r in records] == _want(IDS[0], None, IDS[2])
    assert "paper_url" not in records[1].meta


def test_markdown_title_links_decide_the_upvote_links() -> None:
    """Firecrawl markdown: an upvote button before each title, the title a link to the
    paper. The third card's title is plain text: its upvote link is its own, as every
    other upvote link on the page was its card's."""
    lines = [*HEAD]
    for k in range(4):
        title, text = CARDS[k]
        link = f"### [{title}]({PAPER}{IDS[k]})" if k != 2 else f"### {title}"
        lines += [f"[{20 + k}]({LOGIN}{IDS[k]})", "", link, "", text, ""]
    records = _parse(lines)
    assert [(r.title, r.arxiv_id) for r in records] == _want(*IDS[:4])
    assert records[2].meta.get("upvotes") == 22


# --------------------------------------------------------------------------- end to end


def test_clean_does_not_merge_two_papers_over_a_misplaced_id(tmp_path: Path) -> None:
    """The same six papers in two dumps: a reader view that puts each card's link after
    its abstract (the first an upvote login link), and a list of titles, each with its
    paper link under it and no abstract. Only the ids can pair the copies: ``clean``
    merges each paper's two copies and no two papers (with the neighbour's id, the
    second card of the reader view merged with the first paper of the list)."""
    reader = [*HEAD]
    for k in range(6):
        reader += _card(k) + [(LOGIN if k == 0 else PAPER) + IDS[k]]
    listing = [*HEAD]
    for k in range(6):
        listing += [CARDS[k][0], PAPER + IDS[k], f"{k + 3} authors"]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "reader.txt").write_text("\n".join(reader), encoding="utf-8")
    (tmp_path / "in" / "listing.txt").write_text("\n".join(listing), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "in"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = sorted((r["title"], r["abstract"], r["arxiv_id"], len(r["sources"])) for r in rows)
    assert got == sorted((t, a, i, 2) for (t, a), i in zip(CARDS, IDS, strict=True))


def _clean_rows(tmp_path: Path, rows: list[dict]) -> list[dict]:
    """``clean`` of ``rows`` as one JSONL dump; the output rows."""
    src = tmp_path / "dump.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["clean", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_clean_keeps_two_papers_apart_whatever_id_a_slip_gives_them(tmp_path: Path) -> None:
    """The last guard, in ``decide``: a dump that gives a card its neighbour's id (a shifted
    column, a parser's slip) still keeps two papers whose titles and abstracts share
    nothing; a revised copy under the same id still merges by it."""
    rows = [{"title": t, "abstract": a, "arxiv_id": IDS[0]} for t, a in CARDS[:2]]
    title, abstract = CARDS[0]
    rows.append({"title": title + " (revised)", "abstract": abstract[:-60], "arxiv_id": IDS[0]})
    got = _clean_rows(tmp_path, rows)
    assert sorted((r["title"], len(r["sources"])) for r in got) == sorted(
        [(CARDS[0][0], 2), (CARDS[1][0], 1)]
    )


def test_clean_keeps_a_card_without_abstract_apart_from_the_paper_whose_id_it_got(
    tmp_path: Path,
) -> None:
    """A card without an abstract, then the next card's link, then the next card: on a page
    that puts links on either side of a card, the id may go to the wrong one. The paper
    under that id speaks of the first card's title nowhere, so ``clean`` keeps both papers;
    a fragment of the paper's own card (a sentence of its abstract, no abstract under it)
    still merges by the id."""
    title, abstract = CARDS[0]
    rows = [
        {"title": title, "abstract": abstract, "arxiv_id": IDS[0]},
        {"title": CARDS[1][0], "abstract": "", "arxiv_id": IDS[0]},
        {"title": abstract.split(". ")[1], "abstract": "", "arxiv_id": IDS[0]},
    ]
    got = _clean_rows(tmp_path, rows)
    assert sorted((r["title"], len(r["sources"])) for r in got) == sorted(
        [(title, 2), (CARDS[1][0], 1)]
    )


# --------------------------------------------------------------------------- generated pages

if str(ROOT / "benchmarks") not in sys.path:
    sys.path.append(str(ROOT / "benchmarks"))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize(
    "arrangement", ["url", "reader", "mid_org", "dense", "shuffled", "no_abstract", "upvotes"]
)
def test_no_card_gets_another_cards_id_on_generated_pages(
    tmp_path: Path, arrangement: str, seed: int
) -> None:
    """Small generated pages of the arrangements that gave neighbours' ids: no record
    carries another card's id (``pagegen_truth``'s ``foreign``)."""
    import pagegen
    import pagegen_source
    from pagegen_render import ARRANGEMENTS
    from pagegen_truth import score_page
    from pages_bench import parse_in_process

    papers = pagegen_source.fixture_papers()
    styles = ARRANGEMENTS[arrangement].styles
    style = styles[seed % len(styles)]
    text, truth = pagegen.small_page(papers, seed, arrangement, "AB"[seed % 2], style, 8)
    (tmp_path / truth.file).write_bytes(text.encode("utf-8"))
    got, rejected, _, _ = parse_in_process(tmp_path, truth)
    assert score_page(truth, got, rejected).examples.get("foreign", []) == []
