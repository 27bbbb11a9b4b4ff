"""Round 32 (ux38): the site's fold closing a clipped abstract (``… Show more``,
``parts.clip``) broken by the capture's wrap: the expander's words parted (``…, each
agent acquires professional meme… Show`` / ``more``: a wrap at 80, ``capture.hyphen`` or
``capture.narrow``; mix 116 p000198, p000293, mix 175 p000030, p000111, p000322: 16
leaked), or the ellipsis closing the text's last line and the expander on the next
(``… using sentiment…`` / ``Show more``). The fold was read only whole on one line: the
expander's first word stayed in the abstract with ``more`` after it, and the ellipsis
parted from it stayed as the abstract's last character. A reader sees one fold: on a page
that clips its abstracts with the fold (its habit, seen where the fold closes a line of
text), an ellipsis and the expander's first word closing the line, then ``more`` alone;
an ellipsis closing an abstract right over the expander alone."""

from __future__ import annotations

import pytest

from .page_excerpts import card_page, wrap
from .test_pages_card_parts import _clipped, _laid, _read


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(
    ("fold", "rest"),
    [
        ("… Show", "more"),
        ("… See", "more"),
        ("... Read", "more"),
        ("…", "Show more"),
        ("…", "See more"),
    ],
)
def test_a_fold_broken_by_the_wrap(fold: str, rest: str, layout: str) -> None:
    want = []

    def card(i: int, c: dict) -> list[str]:
        if i % 4 == 3:  # (a card without an abstract, right under a clipped one)
            want.append((c["title"], ""))
            return [c["title"], ""] if layout == "A" else [c["title"]]
        lines, shown = _clipped(c, 0.6)
        want.append((c["title"], shown))
        if i % 4 == 0:  # (the page's habit: the fold whole on the line, three cards)
            lines[-1] += "… Show more"
            return _laid(layout, [c["title"]], lines)
        lines[-1] += fold
        return _laid(layout, [c["title"]], [*lines, rest])

    _read(card_page(card), want)


def test_an_expanders_word_closing_a_sentence_is_the_texts() -> None:
    """No ellipsis before it: ``… we show`` closing a line is the abstract's own."""
    want = []

    def card(i: int, c: dict) -> list[str]:
        lines, shown = _clipped(c, 0.6)
        if i == 1:
            lines[-1] += " as we Show"
            shown += " as we Show"
            want.append((c["title"], shown + " more"))
            return _laid("B", [c["title"]], [*lines, "more"])
        want.append((c["title"], shown))
        lines[-1] += "… Show more"
        return _laid("B", [c["title"]], lines)

    _read(card_page(card), want)


def test_an_abstracts_own_ellipsis_is_kept() -> None:
    """``… not excessively sacrificing accuracy...`` closing an abstract on a page that
    clips others with the fold: no expander under it, the ellipsis is the text's (mix
    175 p000649)."""
    want = []

    def card(i: int, c: dict) -> list[str]:
        lines, shown = _clipped(c, 0.6)
        if i == 2:
            lines[-1] += "..."
            want.append((c["title"], shown + "..."))
            return _laid("B", [c["title"]], lines)
        want.append((c["title"], shown))
        lines[-1] += "… Show more"
        return _laid("B", [c["title"]], lines)

    _read(card_page(card), want)


def test_an_ellipsis_over_a_more_link_on_a_page_that_clips_nothing() -> None:
    """A page that sets a ``Read more`` link under each whole abstract (``novel.more``)
    clips nothing: an abstract's own ``...`` over it stays (mix 176 p002413). The fold's
    habit counts folds closing a line of text, not the expander alone."""
    want = []

    def card(i: int, c: dict) -> list[str]:
        body = wrap(c["abstract"], 80)
        text = c["abstract"]
        if i == 1:
            body[-1] += "..."
            text += "..."
        want.append((c["title"], text))
        return [c["title"], *body, "Read more"]

    _read(card_page(card), want)
