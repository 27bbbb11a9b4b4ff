"""New family, round 20 (nw20): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw20.json``, seeds 60-62), each failing on
``a785222``."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.intake import piece_under_end
from papercorpus.sources.pages.lineforms import open_end
from papercorpus.sources.pages.units import Unit
from papercorpus.sources.pages.wide_lines import sure_past
from papercorpus.sources.pages.wraps import continues

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_nw20.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_opening_in_parentheses"))
def test_a_title_opening_in_parentheses_under_a_link(name: str) -> None:
    """``… Project page: https://…github.io/POS-ISP`` (an abstract on one line) + ``(Almost)
    Free Modality Stitching of Foundation Models`` + ``Submitted on 9 May 2026`` + its
    abstract: the title opens a card, not an acronym going on after the address."""
    check_excerpt(EXCERPTS[name])


def test_no_acronym_after_an_address() -> None:
    text = "(Almost) Free Modality Stitching of Foundation Models"
    u = Unit(1, ["Code: https://example.github.io/POS-ISP"])
    assert not continues(u, text, text, False, True, False, 0)
    # an acronym defined across the break still goes on
    u = Unit(1, ["games and natural language processing"])
    assert continues(u, "(NLP), game theory and more", "(NLP), game theory", False, True, False, 0)


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_titles_past_a_width"))
def test_titles_past_a_width_the_page_surely_wraps_at(name: str) -> None:
    """A page wrapping its abstracts at 80, every line full, its titles on one line:
    ``BREIT: …`` + ``Algospeak, Hiding in the Open: … Detection Avoidance`` (92) +
    ``codeevolve: … optimization`` (93) + ``Tsinghua University · 4 authors`` + the next
    title: three cards without an abstract, not the first card's abstract of two lines."""
    check_excerpt(EXCERPTS[name])


def test_sure_past() -> None:
    title = (
        "Algospeak, Hiding in the Open: The Trade-off Between Legible Meaning and Detection "
        "Avoidance"
    )
    assert sure_past(title, 80) == 80
    assert sure_past(title[:82], 80) == 0  # (within the margin)
    assert sure_past(title, 40) == 0  # (a width too narrow to be a capture's)
    assert sure_past("https://example.org/" + "a" * 80 + " end", 80) == 0  # (no space inside)


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_ending_in_a_name_s_marks"))
def test_a_title_ending_in_a_name_s_marks_under_an_end(name: str) -> None:
    """``… across diverse reasoning tasks.`` + ``DualSwinFusionSeg: Multimodal Martian
    Landslide Segmentation`` + ``via Dual Swin Transformer with Multi-Scale Fusion and
    UNet++`` + ``Automated segmentation of Martian landslides, …``: the title's last word
    is a name, its line ends no sentence open, so the piece echoed under it is a title."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_under_an_address"))
def test_a_title_under_an_address(name: str) -> None:
    """``… available on GitHub:`` + ``https://github.com/susantiyuni/path-to-causality`` +
    a title of two lines + ``Purpose: To assess whether breast lesion segmentation …``:
    the address ended the abstract above as a sentence end does."""
    check_excerpt(EXCERPTS[name])


def test_a_name_s_marks_end_no_line_open() -> None:
    assert not open_end("via Dual Swin Transformer with Multi-Scale Fusion and UNet++")
    assert not open_end("Cross-Lingual Transfer in URIEL+")
    assert open_end("we compare the two models with a +")


def test_a_piece_under_an_address() -> None:
    u = Unit(2, ["Robustness of breast lesion segmentation under MRI"])
    u.parts.append("undersampling improves with k-space-aware deep learning")
    address = "https://github.com/susantiyuni/path-to-causality"
    u.lazy = (
        address,
        u.parts[0],
        False,
        False,
        60,
        False,
        True,
        False,
        False,
        False,
        False,
        False,
        0,
    )
    assert piece_under_end(u)
    u.lazy = ("datasets are available in the repository of", *u.lazy[1:])
    assert not piece_under_end(u)
