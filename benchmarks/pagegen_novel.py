"""The opt-in ``novel`` arrangement (``pages_bench.py --arrangement novel``): card chrome
set in ways no other arrangement draws, as real listing pages and their captures print it.

A page draws two or three traits from ``TRAITS`` and applies them to every card (a
listing's habits repeat):

- ``heading``: group headings between cards, over a run of 5-15 cards (``## June 4,
  2024`` as a date heading, ``Trending this week``, ``Page 2``); chrome, no field;
- ``more``: a line closing the card under its abstract (``Read more``, ``…more``,
  ``Show less``, ``[PDF] [Code]``); chrome, no field;
- ``tags``: a line of hashtags under the title or the abstract (``#LLM #Vision``);
- ``counters``: emoji counters under the title (``🔥 123 · 💬 5 · ⭐ 1.2k``): ``comments``
  and ``stars`` in the truth (``1.2k`` is 1200), the fire count a trending score, no field;
- ``title_tail``: the author count on the title's own line (``Title — 4 authors``,
  ``Title (4 authors)``): ``n_authors``;
- ``number``: titles numbered ``[1]`` or ``#1`` (the ``new`` family draws ``1.`` / ``1)``);
- ``label``: the abstract opened by ``Abstract:`` or ``Abstract.`` on its first line;
- ``quote``: the abstract blockquoted (``> `` on each line; markdown pages);
- ``html``: HTML remnants in the abstract (``&amp;``, ``&nbsp;``, ``<br>`` at line ends).

The truth keeps each card's title and abstract as the paper has them (what a reader of
the page reads), its chrome lines as chrome of kind ``novel``, the values they carry in
``CardTruth.fields``. No family draws the arrangement, so every other set is unchanged.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from pagegen_chrome import _RENDERERS, ABSTRACT, BLANK, Ctx, Item, Ln, blank
from pagegen_furniture import FurnitureLn, slotted
from pagegen_source import Paper
from pagegen_truth import CardTruth
from pagegen_variants import Variant, _rebuild

NOVEL = "novel"
KIND = "novel"
TRAITS = ("heading", "more", "tags", "counters", "title_tail", "number", "label", "quote", "html")
_TAGS = ("LLM", "Vision", "Diffusion", "RL", "Agents", "Robotics", "Speech", "3D", "Reasoning")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MORE = ("Read more", "…more", "Show less", "[PDF] [Code]", "Read more →", "[PDF] [arXiv] [Code]")


@dataclass(frozen=True)
class Novel(Variant):
    """The arrangement with the page's drawn traits and their per-page choices."""

    traits: tuple[str, ...] = ()
    choice: int = 0  # which form of a trait the page prints (one form a page)


def _line(text: str, values: dict[str, object] | None = None) -> Item:
    return [[FurnitureLn(text, "chrome", KIND, text, values or {})]]


def _k(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


def _more(ctx: Ctx, p: Paper) -> Item:
    arr = ctx.spec.arrangement
    assert isinstance(arr, Novel)
    return _line(_MORE[arr.choice % len(_MORE)])


def _tags(ctx: Ctx, p: Paper) -> Item:
    tags = ctx.rng.sample(_TAGS, ctx.rng.randint(1, 3))
    return _line(" ".join("#" + t for t in tags))


def _counters(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    fire, c = rng.randint(1, 900), rng.randint(0, 40)
    s = rng.choice((rng.randint(0, 999), rng.randint(10, 99) * 100))
    text = f"🔥 {fire} · 💬 {c} · ⭐ {_k(s)}"
    return _line(text, {"comments": c, "stars": s})


for _name, _fn in (("v_more", _more), ("v_tags_mid", _tags), ("v_tags_post", _tags)):
    _RENDERERS.setdefault(_name, _fn)
_RENDERERS.setdefault("v_counters", _counters)

ARRANGEMENT = Novel(NOVEL, styles=("plain", "md", "web"))


def draw_traits(rng: random.Random, arr: Novel) -> Novel:
    """The page's traits: two or three, their line-chrome placed on every card."""
    return with_traits(rng, arr, rng.sample(TRAITS, rng.choice((2, 3))))


def with_traits(rng: random.Random, arr: Novel, traits: list[str]) -> Novel:
    """``arr`` with these traits (their per-page forms drawn; ``pagegen_mix`` too)."""
    placed: list[tuple[int, str]] = []
    if "counters" in traits:
        placed.append((1, "v_counters"))
    if "tags" in traits:
        placed.append(rng.choice(((1, "v_tags_mid"), (2, "v_tags_post"))))
    if "more" in traits:
        placed.append((2, "v_more"))
    # (the truth's arrangement names the traits, so ``--by arrangement`` counts by them)
    name = f"{NOVEL}:{'+'.join(sorted(traits))}"
    return replace(slotted(arr, placed), name=name, traits=tuple(traits), choice=rng.randrange(60))


_HEADING = re.compile(r"#{1,6} ")


def edit_page(
    rng: random.Random, spec_style: str, arr: Novel, lines: list[Ln], cards: list[CardTruth]
) -> list[Ln]:
    """The traits that edit the cards' own lines, and the group headings between cards."""
    k = arr.choice
    for n, card in enumerate(cards, 1):
        a, b = card.title_lines[0] - 1, card.title_lines[1] - 1
        first = lines[a]
        m = _HEADING.match(first.text)
        mark, body = (first.text[: m.end()], first.text[m.end() :]) if m else ("", first.text)
        if "number" in arr.traits:
            first.text = mark + (f"[{n}] " if k % 2 else f"#{n} ") + body
        if "title_tail" in arr.traits and a == b and card.fields.get("n_authors") is None:
            na = rng.randint(1, 12)
            tail = f" — {na} authors" if k % 3 else f" ({na} authors)"
            lines[b].text += tail
            card.fields["n_authors"] = na
        if card.abstract_lines is None:
            continue
        s, e = card.abstract_lines[0] - 1, card.abstract_lines[1] - 1
        body_lines = [i for i in range(s, e + 1) if lines[i].role == ABSTRACT]
        linked = lines[s].text.startswith("[")
        if "label" in arr.traits and not linked and "summary" not in card.flags:
            # (an AI summary's ``TL;DR:`` is its text's: the families' truth keeps it)
            lines[s].text = ("Abstract. " if k % 4 == 1 else "Abstract: ") + lines[s].text
        if "html" in arr.traits:
            for i in body_lines:
                t = lines[i].text.replace("&", "&amp;")
                if rng.random() < 0.3 and " " in t:
                    j = rng.randrange(t.count(" "))
                    parts = t.split(" ")
                    t = " ".join(parts[: j + 1]) + "&nbsp;" + " ".join(parts[j + 1 :])
                if i != e and k % 2:
                    t += "<br>"
                lines[i].text = t
        if "quote" in arr.traits and spec_style == "md" and not linked:
            for i in body_lines:
                lines[i].text = "> " + lines[i].text
    if "heading" not in arr.traits:
        return lines
    insert: dict[int, list[Ln]] = {}
    due = 0
    for n, card in enumerate(cards):
        if n < due or card.first < 2:
            continue
        due = n + rng.randint(5, 15)
        text = _heading(rng, k, n, spec_style)
        sep = [blank()] if lines[card.first - 2].role == BLANK else []
        insert[card.first - 1] = [Ln(text, "chrome", KIND, text), *sep]
    return _rebuild(lines, cards, set(), insert)


def _heading(rng: random.Random, k: int, n: int, style: str) -> str:
    form = k % 3
    if form == 0:
        text = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"
    elif form == 1:
        text = rng.choice(("Trending this week", "Trending today", "Most upvoted this month"))
    else:
        text = f"Page {n // 10 + 2}"
    return f"## {text}" if style == "md" else text
