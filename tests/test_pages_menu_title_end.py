"""A site-menu word alone under a title line that filled the width is the title's last
word only where real titles end so (``in_text.TITLE_END_MENU``: ``Models``, ``Tasks``,
``Datasets`` …); any other (``Company``, ``Pricing``, ``Previous``) is the menu the page
set between its cards (docs/pages-passes.md, "The families' last losses at 200k,
held-out 114 (lt30)"). The excerpt (``fixtures/pages_lt30.json``) is default 114's
``between`` page p000472, lines 75-110 (layout B, wrapped at 100): ``Motion is the
Choreographer: … Sign Language Generation`` at 96 of 100, a card without an abstract,
then ``Company`` and the next card. Main read the word as the title's wrapped rest."""

from __future__ import annotations

import pytest

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_lt30.json")
PAGE = EXCERPTS["lt30_def114_p000472_a_menu_word_under_a_full_title"]
TITLE = (
    "Motion is the Choreographer: Learning Latent Pose Dynamics for Seamless Sign Language"
    " Generation"
)


def test_a_menu_word_no_title_ends_with_is_the_menu() -> None:
    records, log = parse_page(PAGE["lines"])
    assert TITLE in [r.title for r in records]
    assert log.chrome.total() >= 6  # (Log In, Upvote, -, Spaces, Company, -)


# the title's line filled to 95 of 100, the line under it a word real titles end with, or
# a menu run whose last word is (``Pricing Tasks`` is a menu run to ``classify_chrome``:
# new 158 n_wrap p001690, ``PricingLogic: … on Complex Tourism`` + ``Pricing Tasks``)
FULL = (
    "Motion is the Choreographer: Learning Latent Pose Dynamics in Sign Language"
    " with Large Language"
)


@pytest.mark.parametrize("rest", ["Models", "Pricing Tasks"])
def test_a_line_ending_in_a_word_titles_end_with_stays_the_title_s_rest(rest: str) -> None:
    lines = [s if not s.startswith("Motion") else FULL for s in PAGE["lines"]]
    lines = [rest if s == "Company" else s for s in lines]
    records, _ = parse_page(lines)
    assert f"{FULL} {rest}" in [r.title for r in records]
