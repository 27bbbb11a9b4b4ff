"""A text ending in a card's date glued on (reader mode: ``… extraction. Feb 6, 2019``,
``… SmoothingJul 18``) is no abstract's first text nor its going on: no real abstract ends
so, every such line on a reader-mode page is a title's (``scores.DATED_TEXT``;
docs/pages-passes.md, "The default family's and the site / furniture draws' last losses
(lt33)"). The excerpt (``fixtures/pages_lt33.json``) is conv c_reader 117's page p001238
(reader mode, layout A: every block on one line, blank lines between): its first three
cards, then lines 129-150: ``Instruction Finetuning DeepSeek-R1-8B Model Using LoRA and
NEFTune`` (no abstract) + ``Are we still able to recognize pearls? … with markers
extraction. Feb 6, 2019`` + its abstract. Main read the dated title as the abstract of the
card above and its abstract as that abstract's next paragraph (a card lost, its date
leaked, an abstract glued)."""

from __future__ import annotations

from papercorpus.sources.pages.scores import dated_text

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt33.json")["lt33_crd117_p001238_a_dated_line_is_no_abstract"]


def test_a_dated_title_under_a_card_without_an_abstract() -> None:
    check_excerpt(PAGE)


def test_a_date_glued_on_ends_the_text() -> None:
    assert dated_text("… with markers extraction. Feb 6, 2019")
    assert dated_text("A Robust Out-of-Distribution Detection Framework via SmoothingJul 18")
    assert dated_text("BADGER: … for Generative Enterprise Reasoning Aug 9")
    assert not dated_text("Feb 6, 2019")  # (a date alone is the parser's chrome)
    assert not dated_text("We evaluate on data collected until 2019")
    assert not dated_text("accuracy improves from 61.2 to 74.9")
