"""Round 32 (ux36): on a page folded at a narrow width (``widths.folds_all``), a line that
ends a sentence and fills the width over a line opening in lower case: the fill is worth
its odds, not the firm 3 a wide wrap's earns (``evidence.cont_evidence``, ``folded``). The
fold breaks a paragraph's last line as it breaks any: that line fills the width as often
as the next word is long (``(first + 1) / width`` of such lines), where an inner line
always does; and no sentence opens in lower case, while a title may. Round 31 weighed
the fill at 3 there: a title in lower case right under an abstract's last line that
happened to fill the fold was read as the abstract's last sentence, its own abstract as
the next paragraph (capture 116 p000444 ``… https://city-super.github.io/artdeco/.`` at
38 of 41 + ``fair division with soft conflicts.``; p000281 at 42, capture 171 p000413:
each a card lost and one glued).

The excerpt: capture 116 p000444 (a page folded at 41, its start cut), its lines to its
fifth card, then the two cards over the lost one, the lost one and the next."""

from __future__ import annotations

from papercorpus.sources.pages.evidence import cont_evidence

from .page_excerpts import _ws, card_pairs, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_fold_odds.json")


def test_a_lower_cased_title_under_a_full_line_ending_a_sentence() -> None:
    page = EXCERPTS["p444"]
    records, _ = parse_page(page["lines"])
    got = _ws(card_pairs(records))
    for card in _ws(page["cards"]):
        assert card in got


def test_the_fill_is_worth_its_odds_on_a_folded_page() -> None:
    prev, text = "datasets, and atomcities of input claims.", "breaking the trade-off between"
    wide = cont_evidence(prev, text, True, False, 42)
    folded = cont_evidence(prev, text, True, False, 42, folded=True)
    assert folded[0] < wide[0] - 1.0
    assert folded[1] == wide[1]  # (a title's rest is weighed as before)
    # (a sentence going on in lower case, or one opening in capitals: as before)
    going = "datasets, and atomcities of input claims and"
    assert cont_evidence(going, text, True, False, 46, folded=True) == cont_evidence(
        going, text, True, False, 46
    )
    capital = "Breaking the trade-off between"
    assert cont_evidence(prev, capital, True, False, 42, folded=True) == cont_evidence(
        prev, capital, True, False, 42
    )
