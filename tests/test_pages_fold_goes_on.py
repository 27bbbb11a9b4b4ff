"""Round 32 (ux36): on a page wrapped at 80 and folded at 40-60 columns since (a comb: a
full line, the short rest of the line the first wrap set), the line the first wrap set
goes on into a line opening with a capital where the paragraph went on into it at that
wrap's width too (``widths.wrap_goes_on``): a name opening no sentence, mid-paragraph
(``… already for`` + ``its extension`` + ``DL-Lite$_{\\text{horn}}$.``; ``… competitive
with`` + ``state-of-the-art`` + ``RGB-D-based systems. Code …``). Round 31 let such a
line go on into a capital only where it showed a sentence's marks (a comma, a stop), as
a title's rest folded off a line longer than 80 makes a line as wide over its abstract's
first line; the abstract's last sentence then opened a card of its own, and the next
card's title in lower case was read as its abstract (capture 116 p000445, p000296: two
cards lost)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.widths import fold_prose, folds_all, head_width, wrap_goes_on

from .page_excerpts import CARDS, card_page, read_cards, wrap

# capture 116 p000445's card over the lost one, and the lost one (its abstract shortened)
MINIMAL = {
    "title": "minimal model reasoning in description logics: don't try this at home!.",
    "abstract": (
        "Reasoning with minimal models has always been at the core of many knowledge "
        "representation techniques, but we have only a limited understanding; we also derive "
        "results in data complexity. We conclude with a brief excursion to the DL-Lite "
        "family, where a positive result was known for DL-Lite$_{\\text{core}}$, but our "
        "investigation establishes ExpSpace-hardness already for its extension "
        "DL-Lite$_{\\text{horn}}$."
    ),
}
WDMAMBA = {
    "title": "wdmamba: when wavelet degradation prior meets vision mamba for image dehazing.",
    "abstract": (
        "In this paper, we reveal a novel haze-specific wavelet degradation prior observed "
        "through wavelet transform analysis, which shows that haze-related information "
        "predominantly resides in low-frequency components. Code is available at "
        "https://github.com/SunJ000/WDMamba."
    ),
}


@pytest.mark.parametrize("width", [52, 55])
def test_a_name_under_a_comb_line_goes_on(width: int) -> None:
    """Layout B, the sample cards and the two above, each title folded, each abstract
    wrapped at 80 then folded: the abstract's last line, a name, goes on in it."""
    cards = [*CARDS, MINIMAL, WDMAMBA]

    def card(c: dict) -> list[str]:
        lines = [p for line in wrap(c["abstract"], 80) for p in wrap(line, width)]
        return [*wrap(c["title"], width), *lines]

    page = card_page(lambda i, c: card(c))
    page = page[:-2] + card(MINIMAL) + card(WDMAMBA) + page[-2:]
    assert "DL-Lite$_{\\text{horn}}$." in page
    assert folds_all(page, head_width(page))
    read_cards(page, cards)


def test_the_paragraph_goes_on_at_the_first_wrap() -> None:
    """The line the first wrap set above the folded line filled 80 against it and ends
    no sentence: the paragraph goes on; where it ends a sentence, a title may open."""
    parts = [
        "SceneNN show that MoonSeg3R is the first method to enable",
        "online monocular 3D",
        "segmentation and achieves performance competitive with",
        "state-of-the-art",
    ]
    assert wrap_goes_on(parts, 60, 80)
    assert fold_prose(" ".join(parts[2:]), "RGB-D-based systems.", True)
    assert not fold_prose(" ".join(parts[2:]), "RGB-D-based systems.")
    ended = ["We also evaluate our approach on the tasks of", "semantic segmentation.", *parts[2:]]
    assert not wrap_goes_on(ended, 60, 80)
    # (the unit's first line of the first wrap: nothing above it went on)
    assert not wrap_goes_on(parts[2:], 60, 80)
