"""A card's line of fields, values alone (``Votes: 356 | Code: https://github.com/…``), on a
page wrapped at 80 and folded again at 55 (a comb: ``capture.narrow``), under an abstract
whose last line the fold broke: the comb's reading (``repeats._comb_prose``) joined it to
the line under it (``Submitted by``, the next card's chrome) and read the two as the
abstract's short last line, so the furniture went unlearned and the line went into the
abstracts it stood under (mix 119 p000561: 8 leaked, 1 lost; p000188: 12 leaked, 7 lost).
Such a line is no paragraph's (``repeats._value_fields``), and markup joins nothing in a
comb. The excerpt (``fixtures/pages_fields_comb.json``) is p000561's first 443 lines (its
carriage returns as newlines), eleven cards."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import _value_fields

from .page_excerpts import accounted, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_fields_comb.json")


def test_fields_under_a_folded_abstract_are_the_cards_furniture() -> None:
    page = EXCERPTS["p000561_head"]
    records, log = parse_page(page["lines"])
    accounted(page["lines"], log)
    assert not [r.title for r in records if "Votes:" in r.title + r.abstract]
    # (every card's abstract ends where it ends, no line of fields after it; the excerpt's
    # first card, two lines of title at the page's head, is read with its abstract's first
    # line as its title: the page's whole head reads it, the scorer's extra record, no
    # line of this rule's)
    ends = [" ".join(r.abstract.split())[-60:] for r in records]
    assert all(" ".join(a.split())[-60:] in ends for _, a in page["cards"])


def test_value_fields() -> None:
    assert _value_fields("Votes: 356 | Code: https://github.com/lab53/2603-04390")
    assert _value_fields("🔥 505 | 💬 34")
    assert not _value_fields("https://github.com/lab53/2603-04390")  # (an abstract may end so)
    assert not _value_fields("Code: https://github.com/x/y")  # (left to the page's repetition)
    assert not _value_fields("accuracy | recall | F1 on three benchmarks")
