"""Round 33 (ux40): a title opening with a word in brackets (``(Perlin) Noise as AI
coordinator``) right under a card's title without an abstract, layout B (no blank line
between cards: capture 182 p000238, ``charset+justify``). ``breaks.break_candidate`` read
a line opening with a bracket as an acronym spelling the words the line above ended with
(``… Neural Radiance Fields`` + ``(NeRF) have achieved …``): a wrap, no cut offered, the
two titles one. An acronym spells words with its capitals, two or more; ``(Perlin)`` spells
none: the line is weighed as any other (here a title of its own, the title above wider
than the page wraps at)."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import break_candidate

from .page_excerpts import CARDS, card_page, read_cards, wrap

PERLIN = "(Perlin) Noise as AI coordinator"
WIDE = (
    "Feature Engineering is Not Dead: Reviving Classical Machine Learning with Entropy, "
    "HOG, and LBP Feature Fusion for Image Classification"
)


def test_a_word_in_brackets_is_no_acronym() -> None:
    # (a title wider than the page's width of 80, firm, then the next title)
    assert break_candidate([WIDE], 1, False, PERLIN, 80, firm=True)
    # (under a wrapped line a word in brackets goes on as a bracket does: mix 183 p002489)
    assert not break_candidate(
        ["allows the system to execute known tasks immediately (Act),"],
        2,
        False,
        "(Think), and preemptively halt execution when encountering",
        60,
        firm=True,
    )
    # (a word glued to its bracket opens a title: new 182 p001566)
    assert break_candidate(
        ["$W-δ-μ$ dual codes and LCD codes"],
        1,
        False,
        "(Im)possibility of Automated Hallucination Detection in Large Language Models",
        80,
    )
    # (an acronym spelling the words above stays a wrap)
    assert not break_candidate(["we render Neural Radiance Fields"], 1, False, "(NeRF) at", 80)


def test_a_title_opening_with_a_bracketed_word_under_a_card_without_abstract() -> None:
    cards = [dict(c) for c in CARDS]
    cards[1]["title"], cards[1]["abstract"] = WIDE, ""
    cards[2]["title"] = PERLIN

    def card(i: int, c: dict) -> list[str]:
        return [cards[i]["title"], *wrap(cards[i]["abstract"], 80)]

    read_cards(card_page(card), cards)
