"""The merge rules, one by one, with the traps of domain.md §a.4 as negatives."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from papercorpus.dedup.features import (
    _NO_HASHES,
    Features,
    batch_features,
    content_word_hashes,
    content_words,
    features,
    word_set,
)
from papercorpus.dedup.verify import (
    Decision,
    Thresholds,
    decide,
    names_differ,
    substantive,
    title_overlap,
    title_ratio,
    topic_conflict,
)
from papercorpus.normalize import fold, fold_bytes
from papercorpus.sketch.shingles import BLOCK_DOCS, block_words

T = Thresholds()

# A realistic abstract (about 150 words, seven sentences) and a second, unrelated one.
SENTENCES = [
    "Large language models achieve strong results on reasoning benchmarks, yet their "
    "behaviour on long multi-step problems remains poorly understood.",
    "We introduce a controlled suite of synthetic tasks that isolates the depth of "
    "composition from surface difficulty.",
    "Using this suite we train and evaluate transformers of seven sizes under matched "
    "compute budgets and identical data pipelines.",
    "We find that accuracy decays smoothly with depth for small models but collapses "
    "abruptly beyond a threshold for larger ones.",
    "A probing analysis links the collapse to the saturation of intermediate "
    "representations in the middle layers of the network.",
    "Guided by this finding we propose a lightweight curriculum that delays the collapse "
    "by a factor of three without extra parameters.",
    "Code, data and trained checkpoints are released to support further research on "
    "compositional generalisation.",
]
ABSTRACT = " ".join(SENTENCES)
OTHER = (
    "Satellite imagery offers a scalable way to monitor crop health across entire regions, "
    "but cloud cover and revisit gaps leave long holes in the time series. We present a "
    "gap-filling method that fuses optical and radar observations through a learned "
    "temporal prior. On three agricultural test sites the method halves the error of "
    "linear interpolation and preserves phenological events such as green-up and harvest. "
    "We further show that the filled series improve downstream yield estimates for maize "
    "and wheat, and we discuss failure cases in mountainous terrain where radar geometry "
    "distorts the signal."
)
TITLE = "Depth Collapse in Compositional Reasoning of Large Language Models"


def f(
    title: str, abstract: str = ABSTRACT, arxiv_id: str | None = None, flags: tuple[str, ...] = ()
) -> Features:
    return features(title, abstract, arxiv_id, flags)


def verdict(a: Features, b: Features) -> Decision:
    """``decide`` in both orders; the verdict must not depend on the order."""
    d1, d2 = decide(a, b, T), decide(b, a, T)
    assert (d1.rule, d1.related) == (d2.rule, d2.related)
    return d1


def replace_sentence(i: int, new: str) -> str:
    return " ".join(new if k == i else s for k, s in enumerate(SENTENCES))


# --------------------------------------------------------------------------- arxiv_id


def test_same_arxiv_id_merges_a_revised_title_and_abstract() -> None:
    revised = replace_sentence(2, OTHER.split(". ")[0] + ".")
    d = verdict(
        f(TITLE, arxiv_id="2501.00001"),
        f("Why Deep Transformers Collapse on Long Compositions", revised, "2501.00001"),
    )
    assert d.rule == "arxiv_id"


def test_same_arxiv_id_merges_an_ai_summary_or_junk_under_a_title_too_short_to_tell() -> None:
    summary = "A curriculum that delays the collapse of deep models on long problems."
    for other in (f("Something else", summary, "2501.00001", ("summary",)),
                  f("Something else", "", "2501.00001")):  # fmt: skip
        assert verdict(f(TITLE, arxiv_id="2501.00001"), other).rule == "arxiv_id"


@pytest.mark.parametrize("abstract", ["", "Code: https://github.com/lab/crops"])
def test_same_arxiv_id_on_a_copy_without_abstract_titled_as_another_paper_is_refused(
    abstract: str,
) -> None:
    """A card without an abstract given the next card's id (the link line between them, on
    a page that puts links on either side): the paper under the id speaks of its title
    nowhere, in its title or its abstract. Merging would lose the card's paper."""
    other = f("Gap Filling of Crop Monitoring Series from Radar", abstract, "2501.00001")
    d = verdict(f(TITLE, arxiv_id="2501.00001"), other)
    assert d.rule is None and d.related
    assert d.scores["arxiv_contradicted"] == 1.0


def test_same_arxiv_id_keeps_a_fragment_of_the_papers_own_card() -> None:
    """A sentence of the card read as a title of its own (no abstract under it) is a passage
    of the paper's abstract: it keeps the card's id, and merges."""
    fragment = f(SENTENCES[3], "", "2501.00001")
    assert verdict(f(TITLE, arxiv_id="2501.00001"), fragment).rule == "arxiv_id"


def test_same_arxiv_id_keeps_a_retitled_copy_without_abstract() -> None:
    """A revision's new title shares few words with the old one, but the abstract speaks of
    them."""
    retitled = f("Why Transformers Collapse on Long Reasoning", "", "2501.00001")
    assert verdict(f(TITLE, arxiv_id="2501.00001"), retitled).rule == "arxiv_id"


def test_same_arxiv_id_on_two_papers_of_one_topic_is_refused() -> None:
    """Two papers on one topic share a good part of their words (word Jaccard ~0.15 here,
    up to 0.19 for pairs of one arXiv category), but hardly a phrase: the 3-grams tell."""
    serving = (
        "Large language models are costly to serve because the cache of keys and values grows "
        "with the length of the context. We study which layers need their full cache during "
        "long reasoning and observe that middle layers tolerate aggressive compression. We "
        "therefore select cache windows for each task without training, which keeps accuracy "
        "on long benchmarks while halving memory. Results hold across model sizes and data "
        "sets, and the code is public."
    )
    other = f("Task-Adaptive Cache Windows for Efficient Inference", serving, "2501.00001")
    d = verdict(f(TITLE, arxiv_id="2501.00001"), other)
    assert d.rule is None and d.related


def test_same_arxiv_id_on_two_unrelated_papers_is_refused() -> None:
    """One id on two full texts that share nothing is a parse slip (the neighbouring card's
    id): merging would destroy a paper. They stay apart, reported as related."""
    other = f("Crop Monitoring from Space", OTHER, "2501.00001")
    d = verdict(f(TITLE, arxiv_id="2501.00001"), other)
    assert d.rule is None and d.related
    assert d.scores["arxiv_contradicted"] == 1.0


def test_different_arxiv_ids_veto_identical_text() -> None:
    d = verdict(f(TITLE, arxiv_id="2501.00001"), f(TITLE, arxiv_id="2501.00002"))
    assert d.rule is None


# --------------------------------------------------------------------------- title_only


@pytest.mark.parametrize(
    "junk",
    [
        "",
        ".",
        TITLE,
        "Code: https://github.com/lab/depth",
        "This is an automated message from the Librarian Bot. I found "
        "the following papers similar to this paper.",
    ],
)
def test_junk_copy_merges_on_a_specific_title(junk: str) -> None:
    assert verdict(f(TITLE), f(TITLE, junk)).rule == "title_only"


@pytest.mark.parametrize(
    "title", ["Introduction", "Editorial", "Reply", "Mushrooms", "Diffusion Mental Averages"]
)
def test_junk_copy_never_merges_on_a_generic_title(title: str) -> None:
    assert verdict(f(title), f(title, "")).rule is None


def test_junk_abstracts_never_merge_different_titles() -> None:
    for junk in ("", "Code: https://github.com/lab/repo", "."):
        assert (
            verdict(f(TITLE, junk), f("Scaling Laws for Sparse Mixture Models", junk)).rule is None
        )


def test_summary_copy_is_title_evidence_only() -> None:
    summary = (
        "This work studies depth collapse in compositional reasoning of large language "
        "models with a new curriculum, which outperforms strong baselines on several "
        "public datasets while reducing cost."
    )
    a, b = f(TITLE), f(TITLE, summary)
    assert b.short and not substantive(b) and substantive(a)
    assert verdict(a, b).rule == "title_only"


def test_flagged_summary_is_never_evidence() -> None:
    flagged = f(TITLE, OTHER, flags=("summary",))
    assert not substantive(flagged)
    assert verdict(f(TITLE), flagged).rule == "title_only"


# --------------------------------------------------------------------------- guards


@pytest.mark.parametrize(
    ("ta", "tb"),
    [
        (f"{TITLE}, Part I", f"{TITLE}, Part II"),
        (f"{TITLE}: Part 1", f"{TITLE}: Part 2"),
        (
            "Llama-2: Open Foundation and Fine-Tuned Chat Models",
            "Llama-3: Open Foundation and Fine-Tuned Chat Models",
        ),
        (
            "Kandinsky 5.0: A Family of Foundation Models for Image and Video Generation",
            "Kandinsky 6.0: A Family of Foundation Models for Image and Video Generation",
        ),
        (
            "RetroMAE: Pre-Training Retrieval-oriented Language Models Via Masked Auto-Encoder",
            "RetroMAE v2: Pre-Training Retrieval-oriented Language Models Via Masked Auto-Encoder",
        ),
        (
            "RobustSplat: Decoupling Densification and Dynamics for Transient-Free 3DGS",
            "RobustSplat++: Decoupling Densification and Dynamics for Transient-Free 3DGS",
        ),
    ],
)
def test_number_and_version_markers_veto_even_identical_abstracts(ta: str, tb: str) -> None:
    assert verdict(f(ta), f(tb)).rule is None


def test_numbers_in_a_dropped_subtitle_do_not_veto() -> None:
    full = "Street View Sociability: Interpretable Analysis of Urban Behavior Across 15 Cities"
    assert verdict(f(full), f("Street View Sociability")).rule == "abstract"


def test_different_system_names_veto_a_pasted_abstract() -> None:
    # Seen in the arXiv listings: BePo / ODG, HealthFlow / ConfAgents share one abstract.
    a = f("BePo: Leveraging Birds Eye View and Sparse Points for Occupancy Prediction")
    b = f("ODG: Occupancy Prediction Using Dual Gaussians")
    d = verdict(a, b)
    assert d.rule is None and d.related


def test_name_with_scraping_residue_is_the_same_name() -> None:
    assert not names_differ("abstractgenic", "genic")
    assert names_differ("tomcat", "warmcat")
    assert not names_differ("", "odg")


def test_template_abstracts_with_swapped_topic_words_do_not_merge() -> None:
    template = (
        "This paper reviews the challenge on {t}. The goal is to develop methods that "
        "produce high-quality results for {t} under realistic conditions. The challenge "
        "attracted 212 registered participants, and 19 teams submitted valid solutions. "
        "We describe the dataset, the evaluation protocol and the top-ranked methods."
    )
    a = f(
        "Challenge on Night-Time Image Denoising: Methods and Results",
        template.format(t="night-time image denoising"),
    )
    b = f(
        "Challenge on Night-Time Image Deblurring: Methods and Results",
        template.format(t="night-time image deblurring"),
    )
    assert topic_conflict(a, b)
    d = verdict(a, b)
    assert d.rule is None and d.related


# --------------------------------------------------------------------------- title_key


def test_equal_titles_with_an_edited_abstract() -> None:
    edited = replace_sentence(3, "Accuracy now decays linearly for every model size we test.")
    assert verdict(f(TITLE), f(TITLE.upper(), edited)).rule == "title_key"


def test_equal_long_titles_with_a_rewritten_abstract() -> None:
    rewritten = (
        "Multi-step reasoning of large language models is poorly understood on long problems. "
        "We build synthetic tasks isolating composition depth from surface difficulty and "
        "evaluate transformers of seven sizes with matched compute. Accuracy of small models "
        "decays smoothly with depth, while larger models collapse abruptly beyond a threshold; "
        "probing ties the collapse to saturated intermediate representations in middle layers. "
        "A lightweight curriculum delays the collapse threefold without extra parameters."
    )
    d = verdict(f(TITLE), f(TITLE, rewritten))
    assert d.rule == "title_key" and d.scores["jaccard"] < T.jaccard_title_key


def test_same_generic_title_with_unrelated_abstracts_does_not_merge() -> None:
    generic = ("Introduction", "Editorial", "Deep Learning", "A Survey of Large Language Models")
    for title in generic:
        assert verdict(f(title), f(title, OTHER)).rule is None


def test_same_specific_title_with_an_unrelated_abstract_does_not_merge() -> None:
    assert verdict(f(TITLE), f(TITLE, OTHER)).rule is None


# --------------------------------------------------------------------------- abstract


def test_revised_title_with_the_same_abstract() -> None:
    d = verdict(f(TITLE), f("Ice Hockey " + TITLE))
    assert d.rule == "abstract"


def test_subtitle_dropped() -> None:
    assert verdict(f(TITLE + ": A Controlled Study"), f(TITLE)).rule == "abstract"


def test_unrelated_title_on_the_same_abstract_is_related_not_merged() -> None:
    d = verdict(f(TITLE), f("Gap Filling of Satellite Crop Time Series with Radar Priors"))
    assert d.rule is None and d.related


# --------------------------------------------------------------------------- fuzzy_title


def test_small_title_edit_and_v2_abstract_edit() -> None:
    edited = replace_sentence(2, "We evaluate nine model sizes trained on a shared corpus.")
    edited = " ".join(edited.split(". ")[:-1]) + "."
    d = verdict(f(TITLE), f(TITLE.replace("Models", "Model"), edited))
    assert d.rule in {"fuzzy_title", "title_key"}
    d = verdict(f(TITLE), f(TITLE.replace("Reasoning", "Reasonings"), edited))
    assert d.rule in {"fuzzy_title", "title_key"}


# --------------------------------------------------------------------------- containment


def test_truncated_copy_with_a_similar_title() -> None:
    cut = ABSTRACT[:300].rstrip() + "\u2026"
    assert verdict(f(TITLE), f(TITLE + ".", cut)).rule == "title_key"
    d = verdict(f(TITLE), f(TITLE.replace("Language", "Lanugage"), ABSTRACT[:400] + "..."))
    assert d.rule == "containment" and d.scores["jaccard"] < T.jaccard


def test_nested_title_needs_a_visibly_cut_abstract() -> None:
    longer = TITLE + ": Extended Version with New Ablations"
    extension = ABSTRACT + " " + OTHER
    # The journal extension adds text to a complete abstract: related, never merged.
    d = verdict(f(TITLE), f(longer, extension))
    assert d.rule is None and d.related
    # A truncated card of the same paper ends with an ellipsis: merged.
    assert verdict(f(TITLE, ABSTRACT[:600] + "\u2026"), f(longer)).rule == "containment"


def test_too_few_shingles_cannot_speak_for_containment() -> None:
    tiny = " ".join(ABSTRACT.split()[:14]) + "\u2026"
    assert verdict(f(TITLE.replace("Models", "Networks"), tiny), f(TITLE)).rule is None


# --------------------------------------------------------------------------- §a.4 traps


SHARED_20 = " ".join(SENTENCES[:2])  # about a fifth of the abstract


@pytest.mark.parametrize(
    ("ta", "tb", "shared"),
    [
        (
            "ABINet++: Autonomous, Bidirectional and Iterative Language Modeling for Scene Text "
            "Spotting",
            "Read Like Humans: Autonomous, Bidirectional and Iterative Language Modeling "
            "for Scene Text Recognition",
            True,
        ),
        (
            "Emergent Abilities of Large Language Models",
            "Are Emergent Abilities of Large Language Models a Mirage?",
            False,
        ),
        (
            "Towards the Law of Capacity Gap in Distilling Language Models",
            "Lifting the Curse of Capacity Gap in Distilling Language Models",
            False,
        ),
        (
            "Scaling Data-Constrained Language Models",
            "Scaling Parameter-Constrained Language Models with Quality Data",
            False,
        ),
        (
            "Representation Learning: A Review and New Perspectives",
            "Feature Representation Learning for Click-through Rate Prediction: A Review and New "
            "Perspectives",
            False,
        ),
    ],
)
def test_domain_traps_never_merge(ta: str, tb: str, shared: bool) -> None:
    b_abstract = (SHARED_20 + " " + OTHER) if shared else OTHER
    assert verdict(f(ta), f(tb, b_abstract)).rule is None
    # Not even when both abstracts are missing.
    assert verdict(f(ta, ""), f(tb, "")).rule is None


def test_contained_title_never_merges_on_title_evidence() -> None:
    a = f("Emergent Abilities of Large Language Models")
    half = " ".join(SENTENCES[:4]) + " " + OTHER
    b = f("Are Emergent Abilities of Large Language Models a Mirage?", half)
    assert verdict(a, b).rule is None


def test_conference_paper_and_journal_extension_is_related() -> None:
    conference = f(
        "ABINet: Autonomous, Bidirectional and Iterative Language Modeling for Scene "
        "Text Recognition"
    )
    journal = f(
        "ABINet: Autonomous, Bidirectional and Iterative Language Modeling for Scene Text Spotting",
        " ".join(SENTENCES[:3]) + " " + OTHER,
    )
    d = verdict(conference, journal)
    assert d.rule is None and d.related


# --------------------------------------------------------------------------- helpers


def test_title_measures() -> None:
    assert title_ratio("abc", "abc") == 1.0
    assert title_overlap(frozenset({"depth", "collapse"}), frozenset({"depth"})) == 1.0
    assert title_overlap(frozenset(), frozenset({"depth"})) == 0.0


def test_decisions_are_symmetric_over_a_mixed_bag() -> None:
    bag = [
        f(TITLE),
        f(TITLE, ""),
        f(TITLE, OTHER),
        f(TITLE + ", Part II"),
        f("Ice Hockey " + TITLE),
        f(TITLE, ABSTRACT[:300] + "\u2026"),
        f("BePo: " + TITLE),
        f("ODG: " + TITLE),
    ]
    for a, b in itertools.combinations(bag, 2):
        verdict(a, b)


def test_batched_content_words_are_the_hashed_content_words() -> None:
    texts = [
        ABSTRACT,
        OTHER,
        "",
        "x",
        "This towards its glass classes bus gas pass series of the ss as us is",
        "Networks,  networks! NETWORK's 3 4s 10s a b c d e f",
        "what; WHERE  -- ours yours   its is   ",
        *(f"{s} models {i}" for i, s in enumerate(SENTENCES * 60)),  # past one block
    ]
    assert len(texts) > BLOCK_DOCS
    block = block_words([fold_bytes(t) for t in texts])
    sets, counts = content_word_hashes(block), np.diff(block.first)
    for text, got, n in zip(texts, sets, counts, strict=True):
        words = fold(text).split()
        assert n == len(words)
        assert np.array_equal(got, word_set(content_words(fold(text))))
    # The same through batch_features, a block at a time (weak abstracts have none).
    for text, f_ in zip(texts, batch_features([("T", t, None, ()) for t in texts]), strict=True):
        expected = _NO_HASHES if f_.weak else word_set(content_words(fold(text)))
        assert np.array_equal(f_.words, expected)


def test_cut_end_agrees_with_its_regex() -> None:
    import re

    from papercorpus.keys import cut_abstract

    # What the cut test replaced: an end-anchored regex (~5 us an abstract).
    cut_end = re.compile(r"(?:\u2026|\.\.\.)\s*$")
    spaces = [" ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\x1f", "\u3000", "\x85", ""]
    for body in ("We stop here...", "We stop here\u2026", "We stop here.", "...x", "", "..", "…"):
        for tail in spaces:
            for tail2 in spaces:
                text = body + tail + tail2
                assert cut_abstract(text, ()) == bool(cut_end.search(text)), repr(text)


# Two hard negatives of the 1M hard corpus (``benchmarks/hardcorpus.py``, seed 20251117) that
# a third record bridged into one cluster: a record that is each paper's own copy, and the
# paper that shares its first sentences or its title. Keys: the corpus's record numbers.
_BRIDGES = json.loads(
    (Path(__file__).parent / "fixtures" / "hard_negative_bridges.json").read_text("utf-8")
)


def _bridge_decision(x: str, y: str) -> Decision:
    a, b = (_BRIDGES[r] for r in (x, y))
    fa, fb = batch_features([(r["title"], r["abstract"], None, ()) for r in (a, b)])
    return decide(fa, fb, Thresholds())


@pytest.mark.parametrize(
    ("bridge", "own", "other"),
    [
        # a 300-character cut of "Self-Supervised YOLO", whose first sentence "When Do
        # Self-Supervised YOLO Fail?" shares: contained in both, the start of one only
        ("228856", "26546", "26547"),
    ],
)
def test_a_copy_does_not_bridge_two_papers_it_half_matches(
    bridge: str, own: str, other: str
) -> None:
    assert _bridge_decision(bridge, own).rule is not None  # its own paper's copy
    assert _bridge_decision(bridge, other).rule is None
    assert _bridge_decision(own, other).rule is None
