"""Echo tests weighed by how common a word is in abstracts (``pages.commonwords``): a
title's words held by the abstract above it count only where few abstracts hold them, and
one rare word of the title in the line under it is an echo. An excerpt of the seed-22
``bare`` arrangement set's page p000277 (``fixtures/pages_ar15.json``), failing without the
rule."""

from __future__ import annotations

from papercorpus.sources.pages import charges, echoes
from papercorpus.sources.pages.commonwords import COMMON, FREQUENT

from .page_excerpts import load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_ar15.json")

LAGKV = "lagkv: lag-relative information of the kv cache tells which tokens are important."
UNDER = "The increasing size of the Key-Value (KV) cache during the Large Language"


def test_a_title_echoing_one_rare_word_under_it_is_no_sentence() -> None:
    """``Differential Attention …`` (an abstract of 1,100 characters ending ``…
    Multimodal_Crisis_Event.``, holding ``information`` and ``which``), then ``lagkv: …
    tells which tokens are important.`` over ``The increasing size of the Key-Value (KV)
    cache …``: the line under it shares one word of the title, ``cache``, held by 1% of
    abstracts, and the abstract above none but common ones (p000277: read as the
    abstract's last sentence, the card lost and the abstract glued)."""
    records, _ = _parse(
        EXCERPTS["ar15_bare22_p000277_a_title_echoing_one_rare_word_under_it"]["lines"]
    )
    titles = [" ".join(r.title.split()) for r in records]
    assert LAGKV in titles
    crisis = records[titles.index("Differential Attention for Multimodal Crisis Event Analysis")]
    assert crisis.abstract.endswith("https://github.com/Munia03/Multimodal_Crisis_Event.")
    assert titles[0].startswith("Cooperation as Black Box")
    assert titles[-1].startswith("TROVE. A Challenge for Fine-Grained Text Provenance")


def test_the_word_sets_are_common_words() -> None:
    """``COMMON`` holds the words most abstracts hold; ``FREQUENT`` the next ones; a
    technical or coined word is in neither."""
    assert {"which", "information", "model", "models", "world"} <= COMMON
    assert {"accurate", "estimation", "tokens"} <= FREQUENT
    assert not COMMON & FREQUENT
    for rare in ("cache", "lagkv", "photoplethysmography", "hesitation"):
        assert rare not in COMMON and rare not in FREQUENT


def test_uncommon_drops_the_common_words() -> None:
    assert echoes.uncommon({"which", "information", "cache", "tokens"}) == {"cache", "tokens"}


def test_rare_echo_asks_one_rare_shared_word() -> None:
    """One shared word, rare: the line's words; none, two, or one frequent: none (two are
    ``echo_words``'s)."""
    assert echoes.rare_echo(LAGKV, UNDER) == echoes.long_words(LAGKV)
    assert echoes.echo_words(LAGKV, UNDER) == set()
    # (``tokens`` is held by 6% of abstracts: no rare echo)
    assert echoes.rare_echo(LAGKV, "Selecting tokens during long-context inference") == set()
    assert echoes.rare_echo(LAGKV, "Nothing in common here at all") == set()
    # (a line of four longer words or fewer echoes nothing by one word)
    assert echoes.rare_echo("Caching the kv cache.", UNDER) == set()


def test_the_rare_echo_pays_less_than_the_echo() -> None:
    assert 0.0 < charges.ECHO_BELOW_RARE < charges.ECHO_BELOW_ONE < charges.ECHO_BELOW
