"""The default family's losses, td23: a Title Cased title listing with commas or holding two
sentences, under an abstract whose text ends open, read as that abstract's next line.
Excerpt (``fixtures/pages_td23.json``) of the seed-65 default set (tc21's kind D):

- default 65 ``bare`` p000325:22 (failing on ``50c0926``): ``… The source code is publicly
  available`` (76 of 80) + ``Divide, Optimize, Merge. Fine-Grained LLM Agent Optimization
  at Scale`` + its abstract (``LLM-based optimization …``): one unit to the intake, which
  ``lineforms.echoed_title_line`` does not cut (a comma, a sentence's end); the echo under
  it and none above cut it (``open_echo.echoed_open_title``);
- default 70 ``org`` p001154:110 (failing on ``50c0926``): the same abstract, then ``VORTA:
  Efficient Video Diffusion via Routing Sparse Attention`` + ``Apple`` + ``· Published on
  Sep 28, 2023``, a card without an abstract: nothing under the line to echo it; a Title
  Cased line opening with a name and its colon, none of its words above, is the next
  title (``open_echo.named_open_title``)."""

from __future__ import annotations

import textwrap

import pytest

from papercorpus.sources.pages.lineforms import echoed_title_line
from papercorpus.sources.pages.open_echo import (
    OPEN_ECHO_ABOVE,
    echoed_open_title,
    named_open_title,
    title_cased_words,
)

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_td23.json")

# The real abstract the generator leaves without its period (arXiv 2504.07928's opening cut
# short here), the title under it and its abstract's opening (p000325).
ABOVE = textwrap.wrap(
    "The performance of medical image segmentation models is usually evaluated using "
    "metrics like the Dice score and Hausdorff distance, which compare predicted masks to "
    "ground truth annotations. However, when applying the model to unseen data, such as in "
    "clinical settings, it is often impractical to annotate all the data, making the "
    "model's performance uncertain. To address this challenge, we propose the Segmentation "
    "Performance Evaluator (SPE), a framework for estimating segmentation models' "
    "performance on unlabeled data. The source code is publicly available",
    80,
)
TITLE = "Divide, Optimize, Merge. Fine-Grained LLM Agent Optimization at Scale"
UNDER = textwrap.wrap(
    "LLM-based optimization has shown remarkable potential in enhancing agentic systems. "
    "However, the conventional approach of prompting LLM optimizer with the whole training "
    "trajectories on training dataset in a single pass becomes untenable as datasets grow, "
    "leading to context window overflow and degraded pattern recognition. To address these "
    "challenges, we propose Fine-Grained Optimization (FGO), a scalable framework that "
    "divides large optimization tasks into manageable subsets.",
    80,
)


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_listing_title_under_an_open_end_is_cut_where_the_echo_says() -> None:
    parts = ABOVE + [TITLE] + UNDER
    j = len(ABOVE)
    assert not echoed_title_line(parts[j - 1], TITLE, parts[j + 1])  # (the comma, the ".")
    assert echoed_open_title(parts, j)


def test_the_cut_asks_an_open_end_a_sentence_may_end_at() -> None:
    parts = ABOVE[:-1] + [ABOVE[-1] + "."] + [TITLE] + UNDER
    assert not echoed_open_title(parts, len(ABOVE))  # (``ECHO_BELOW``'s case, not this one)
    parts = ABOVE[:-1] + [ABOVE[-1] + " of the"] + [TITLE] + UNDER
    assert not echoed_open_title(parts, len(ABOVE))  # (a phrase going on)


def test_the_cut_asks_no_echo_above_and_enough_text_there() -> None:
    above = ABOVE[:-1] + [ABOVE[-1] + " for agent optimization"]
    assert not echoed_open_title(above + [TITLE] + UNDER, len(above))
    short = ["The source code is publicly available"]
    assert sum(len(p) + 1 for p in short) < OPEN_ECHO_ABOVE
    assert not echoed_open_title(short + [TITLE] + UNDER, 1)


def test_the_cut_asks_the_echo_near_under_the_line() -> None:
    far = ["The rest of this text is about something else entirely, at length."] * 10
    assert not echoed_open_title(ABOVE + [TITLE] + far + UNDER, len(ABOVE))


def test_prose_listing_capitalised_names_is_no_title() -> None:
    # (real abstracts' lines the measurement found Title Cased under an open end, echoed
    # under and not above: three commas, a numbered list)
    for line in (
        "Model, Discrete Cosine Transform, Error Level Analysis, Singular Value",
        "Integration, External Tool Interaction, Output Validation, and User-System",
        "Boundaries, (3) Failure Mode Documentation, (4) Progressive Disclosure",
    ):
        under = [line.replace(",", "") + " are used by the model in this work."] * 3
        assert not echoed_open_title(ABOVE + [line] + under, len(ABOVE)), line


def test_title_cased_words() -> None:
    assert title_cased_words(TITLE)
    assert title_cased_words("Reasoning-Driven Multimodal LLM for Domain Generalization")
    assert not title_cased_words("Is this chart lying to me? Automating the detection")
    assert not title_cased_words("LLM for VLM")  # (too few words to tell)


VORTA = "VORTA: Efficient Video Diffusion via Routing Sparse Attention"


def test_a_named_title_under_an_open_end_needs_no_echo() -> None:
    assert named_open_title(ABOVE + [VORTA], len(ABOVE))
    assert named_open_title(ABOVE + [VORTA, "Apple"], len(ABOVE))


def test_a_named_title_asks_its_name_its_case_and_no_word_above() -> None:
    j = len(ABOVE)
    assert not named_open_title(
        ABOVE + ["Efficient Video Diffusion via Routing Sparse Attention"], j
    )
    assert not named_open_title(ABOVE + ["VORTA: efficient video diffusion via routing"], j)
    above = ABOVE[:-1] + [ABOVE[-1] + " for video"]
    assert not named_open_title(above + [VORTA], j)  # (``video`` above)
    closed = ABOVE[:-1] + [ABOVE[-1] + "."]
    assert not named_open_title(closed + [VORTA], j)  # (the sentence ended: ``ECHO_BELOW``'s)
    named = ABOVE[:-1] + [ABOVE[-1] + " in Apple"]
    assert not named_open_title(named + [VORTA], j)  # (a name may run on)
    assert not named_open_title(["The source code is publicly available", VORTA], 1)
