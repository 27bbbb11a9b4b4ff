"""Round 33 (ux40): a title set in lower case that opens with its paper's name and a colon
(``empathyagent: can embodied agents conduct empathetic actions?.``) right under an
abstract's last sentence, layout B (capture 117 p000326, ``cut+hyphen+qp``). Its words
read as a sentence (``can``: ``shape.sentence_like``), so ``breaks.break_candidate``
offered no cut there (a title-shaped line only) and the card went on the abstract above.
A name in lower case then a colon and a word in lower case opens 37% of the real titles
set in lower case; of the lines right under a sentence's end in the real abstracts,
wrapped at 60 / 80 / 100, 1 of 54,891 / 2 of 40,584 / 0 of 32,368 open so (a ``code:``
link's label, a gloss)."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import break_candidate
from papercorpus.sources.pages.named_titles import lower_named

from .page_excerpts import CARDS, card_page, read_cards, wrap

TITLE = "empathyagent: can embodied agents conduct empathetic actions?."
ABSTRACT = (
    "Empathy is fundamental to human interactions, yet it remains unclear whether embodied "
    "agents can provide human-like empathetic support. Existing works have studied agents' "
    "tasks solving and social interactions abilities, but whether agents can understand "
    "empathetic needs and conduct empathetic actions remains overlooked. We present "
    "EmpathyAgent, the first benchmark to evaluate empathetic actions of embodied agents."
)


def test_a_cut_is_offered() -> None:
    above = "by 8.3%, 7.7%, and 4.0% for airplanes, ships, and vehicles, respectively."
    assert break_candidate(["x" * 70, above], 5, False, TITLE, 80)
    assert lower_named(above, TITLE)
    # (a gloss in lower case: no word of three letters or more after its colon)
    assert not lower_named(above, "ro-ya: ki: cry-Pfv do.Pfv) is sharply ungrammatical")


LAST = "by 8.3%, 7.7%, and 4.0% for airplanes, ships, and vehicles, respectively."


def test_the_title_in_lower_case_is_a_card() -> None:
    cards = [dict(c) for c in CARDS]
    cards[4]["title"], cards[4]["abstract"] = TITLE, ABSTRACT
    cards[3]["abstract"] += " For instance, the mAP increases " + LAST

    def card(i: int, c: dict) -> list[str]:
        lines = wrap(cards[i]["abstract"], 80)
        if i == 3:  # (its last line as the page set it, a full line over the title)
            lines = [*wrap(cards[i]["abstract"][: -len(LAST) - 1], 80), LAST]
        return [cards[i]["title"], *lines]

    read_cards(card_page(card), cards)
