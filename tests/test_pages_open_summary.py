"""On a page that prints a labelled AI summary on its cards (``summaries.SUMMARY_HABIT``), a
summary line whose last sentence ends without a stop is the card's summary too where the
line under it ends the card's text (a blank line, chrome, a picture, a heading:
``parser.text_ends``): ``summaries.open_summary``. The excerpt (``fixtures/pages_pb30.json``)
is ``fresh`` 114 p000097 (``thumb+tldr+venue``, markdown, layout B), where main read
``**TL;DR:** The code and evaluation logs are available at github.com/baceolus/cheating_evals``,
over the next card's picture, as the abstract of a card without one, label and all (the
card's other summaries end in a stop and were its chrome; pb29 left the same kind on
``fresh`` 113 p000678)."""

from __future__ import annotations

from papercorpus.sources.pages.summaries import habit_summary, open_summary

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb30.json")


def test_a_summary_ending_open_over_the_next_card() -> None:
    check_excerpt(EXCERPTS["pb30_fresh_114_p000097_a_summary_ending_open_over_the_next_card"])


def test_open_summary() -> None:
    line = "**TL;DR:** The code and evaluation logs are available at github.com/x/y"
    assert open_summary(line) and not habit_summary(line)
    assert open_summary("TL;DR: We evaluate three placement techniques for three target tasks.")
    assert not open_summary("TL;DR: short")  # (no summary is so short)
    assert not open_summary("The code and evaluation logs are available at github.com/x/y")
