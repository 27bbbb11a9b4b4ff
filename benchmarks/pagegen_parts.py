"""The opt-in ``parts`` arrangement (``pages_bench.py --arrangement parts``): how a card's own
parts are marked up and parted, as blogs, newsletters, reading lists (awesome-lists),
exported notes and captures of listing pages write them (a fifth draw after ``novel``,
``unseen``, ``fresh`` and the ``furniture`` pair; none of theirs taken again).

A page draws two or three traits from ``TRAITS`` and applies them to every card (a
listing's habits repeat):

- ``bold``: the title set bold, ``**Title**`` or ``__Title__`` (a wrapped title's marks
  open its first line and close its last), bare or as a list item (``- **Title**``), as
  reading lists and exported notes set it;
- ``mark``: a mark on the title's own line, after it: `` [PDF]``, `` (v2)``, `` [arXiv]``,
  `` ↗``, `` [pdf] [code]``; chrome, no field;
- ``rule``: a rule between cards other draws do not print: ``___``, ``=====``, a line
  of ``—``, ``· · ·``, ``- - - -`` (``* * *`` and ``---`` are drawn by ``pagegen_chrome``
  and the converters);
- ``label``: the abstract opened by a label other draws do not print: ``Abstract—`` (IEEE),
  ``**Abstract.**``, ``*Abstract:*``, ``ABSTRACT:`` on its first line, or ``Abstract`` /
  ``**Abstract**`` on a line of its own over it (``novel`` draws ``Abstract:`` /
  ``Abstract.`` on the first line);
- ``clip``: the abstract clipped where the site folds it, the fold's words on the line
  (``… Show more``, ``... Read more``, ``…more``, `` (continued)``, `` […]``, ``… See
  more``): the truth's abstract is the text shown before the fold;
- ``tabbed``: the card's chrome in one tab-joined line under the title (``Jun 4, 2024<TAB>5
  authors<TAB>12 comments``), as a table row copied as text gives it: ``published``,
  ``n_authors``, ``comments``;
- ``indent``: the abstract indented (four spaces, two, or a tab), as plain-text newsletters
  and e-mail digests set it;
- ``details``: the abstract folded in HTML (``<details><summary>Abstract</summary>`` …
  ``</details>``, the tags on one line or two), as GitHub reading lists write it.

The truth keeps each card's title and abstract as the paper has them (the clipped abstract
as shown), its chrome lines as chrome of kind ``parts``, the values they carry in
``CardTruth.fields``; the truth's arrangement names the page's traits
(``parts:bold+rule``). No family draws the arrangement, so every other set is unchanged.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from pagegen_chrome import _RENDERERS, ABSTRACT, BLANK, Ctx, Item, Ln, blank
from pagegen_furniture import FurnitureLn, slotted
from pagegen_source import Paper
from pagegen_truth import CardTruth
from pagegen_variants import Variant

PARTS = "parts"
KIND = "parts"
TRAITS = ("bold", "mark", "rule", "label", "clip", "tabbed", "indent", "details")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MARKS = (" [PDF]", " (v{})", " [arXiv]", " ↗", " [pdf] [code]")
_RULES = ("___", "=====", "—" * 24, "· · ·", "- - - -")
_LABELS = ("Abstract—", "**Abstract.** ", "*Abstract:* ", "ABSTRACT: ")
_LABEL_LINES = ("Abstract", "**Abstract**")
_FOLDS = ("… Show more", "... Read more", "…more", " (continued)", " […]", "… See more")
_INDENTS = ("    ", "  ", "\t")
_HEADING = re.compile(r"#{1,6} ")


@dataclass(frozen=True)
class Parts(Variant):
    """The arrangement with the page's drawn traits and their per-page choices."""

    traits: tuple[str, ...] = ()
    choice: int = 0  # which form of a trait the page prints (one form a page)


def _arr(ctx: Ctx) -> Parts:
    arr = ctx.spec.arrangement
    assert isinstance(arr, Parts)
    return arr


def _tabbed(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"
    n, c = p.n_authors or rng.randint(1, 12), rng.randint(0, 40)
    parts = [(date, "published", date), (f"{n} authors", "n_authors", n)]
    parts.append((f"{c} comments", "comments", c))
    if k % 3 == 1:
        parts = parts[1:] + parts[:1]
    elif k % 3 == 2:
        parts = parts[:2]
    text = "\t".join(s for s, _, _ in parts)
    values = {key: value for _, key, value in parts}
    return [[FurnitureLn(text, "chrome", KIND, parts[0][0], values)]]


_RENDERERS.setdefault("p_tabbed", _tabbed)

ARRANGEMENT = Parts(PARTS, styles=("plain", "md", "web"))


def draw_traits(rng: random.Random, arr: Parts) -> Parts:
    """The page's traits: two or three, applied to every card."""
    return with_traits(rng, arr, rng.sample(TRAITS, rng.choice((2, 3))))


def with_traits(rng: random.Random, arr: Parts, traits: list[str]) -> Parts:
    """``arr`` with these traits (their per-page form drawn; ``pagegen_mix`` too)."""
    choice = rng.randrange(60)
    placed = [(1, "p_tabbed")] if "tabbed" in traits else []
    name = f"{PARTS}:{'+'.join(sorted(traits))}"
    return replace(slotted(arr, placed), name=name, traits=tuple(traits), choice=choice)


def _plain(text: str) -> bool:
    """A title line no style marked up (no heading, link, list or emphasis marks)."""
    if _HEADING.match(text) or text.startswith(("[", "*", "-", "_", "!", "<", ">", "|")):
        return False
    return not text.rstrip().endswith(("**", ")", "*", "_", "]"))


def _clip(card: CardTruth, lines: list[Ln], body: list[int], rng: random.Random, fold: str):
    """Cut the abstract where the site folds it: returns the lines to drop, or None when
    the card is left whole (short, or its lines' words are not the abstract's)."""
    words = card.abstract.split()
    if len(words) < 30 or sum(len(lines[i].text.split()) for i in body) != len(words):
        return None
    keep = int(len(words) * rng.uniform(0.4, 0.8))
    seen = 0
    for n, i in enumerate(body):
        w = lines[i].text.split()
        if seen + len(w) >= keep:
            cut = keep - seen
            if cut < 1:
                return None
            lines[i].text = " ".join(w[:cut]) + fold
            card.abstract = " ".join(words[:keep])
            return body[n + 1 :], i
        seen += len(w)
    return None


def edit_page(rng: random.Random, arr: Parts, lines: list[Ln], cards: list[CardTruth]) -> list[Ln]:
    """The traits that edit the cards' own lines, and the rules between cards."""
    k = arr.choice
    insert: dict[int, list[Ln]] = {}
    drop: set[int] = set()
    ends: dict[int, tuple[CardTruth, int]] = {}  # clipped cards: their new last abstract line
    for n, card in enumerate(cards):
        a, b = card.title_lines[0] - 1, card.title_lines[1] - 1
        plain = all(_plain(lines[i].text) for i in range(a, b + 1))
        if "bold" in arr.traits and plain:
            m = "__" if k % 2 else "**"
            lines[a].text = ("- " if k % 3 == 2 else "") + m + lines[a].text
            lines[b].text = lines[b].text.rstrip() + m
        if "mark" in arr.traits and plain:
            mark = _MARKS[k % len(_MARKS)].format(rng.randint(1, 4))
            lines[b].text = lines[b].text.rstrip() + mark
            card.probes = sorted({*card.probes, mark.strip()})
        if "rule" in arr.traits and n and card.first >= 2:
            rule = _RULES[k % len(_RULES)]
            before = lines[card.first - 2].role == BLANK
            wide = rule[0] in "=_"  # (a blank over it: under a line it would underline it)
            pre = [] if before or not wide else [blank()]
            insert[card.first - 1] = [
                *pre,
                Ln(rule, "chrome", KIND, ""),
                *([blank()] if before else []),
            ]
        if card.abstract_lines is None:
            continue
        s, e = card.abstract_lines[0] - 1, card.abstract_lines[1] - 1
        body = [i for i in range(s, e + 1) if lines[i].role == ABSTRACT]
        if not body:
            continue
        linked = lines[body[0]].text.startswith(("[", "<", ">", "|", "#"))
        whole = "summary" not in card.flags and "truncated" not in card.flags
        if "clip" in arr.traits and not linked and whole:
            fold = _FOLDS[k % len(_FOLDS)]
            cut = _clip(card, lines, body, rng, fold)
            if cut is not None:
                gone, last = cut
                drop.update(gone)
                body = [i for i in body if i not in drop]
                card.probes = sorted({*card.probes, fold.strip(" .…")})
                ends[id(card)] = (card, last + 1)
        if "indent" in arr.traits and not linked:
            pad = _INDENTS[k % len(_INDENTS)]
            for i in body:
                lines[i].text = pad + lines[i].text
        if "label" in arr.traits and not linked and "summary" not in card.flags:
            if k % 3 == 2:  # the label on a line of its own, over the abstract
                text = _LABEL_LINES[k % 2]
                insert.setdefault(body[0], []).append(Ln(text, "chrome", KIND, ""))
            else:
                label = _LABELS[k % len(_LABELS)]
                lines[body[0]].text = label + lines[body[0]].text.lstrip()
                if "indent" in arr.traits:
                    lines[body[0]].text = _INDENTS[k % len(_INDENTS)] + lines[body[0]].text
            card.probes = sorted({*card.probes, "Abstract" if k % 4 != 3 else "ABSTRACT"})
        if "details" in arr.traits and not linked and "truncated" not in card.flags:
            if k % 2:
                opening = [
                    Ln("<details>", "chrome", KIND, ""),
                    Ln("<summary>Abstract</summary>", "chrome", KIND, ""),
                ]
            else:
                opening = [Ln("<details><summary>Abstract</summary>", "chrome", KIND, "")]
            insert.setdefault(body[0], [])[:0] = opening
            close = body[-1] + 1
            insert.setdefault(close, []).insert(0, Ln("</details>", "chrome", KIND, ""))
            card.probes = sorted({*card.probes, "<summary>Abstract</summary>", "</details>"})
    return _rebuild(lines, cards, drop, insert, ends)


def _rebuild(
    lines: list[Ln],
    cards: list[CardTruth],
    drop: set[int],
    insert: dict[int, list[Ln]],
    ends: dict[int, tuple[CardTruth, int]],
) -> list[Ln]:
    """``pagegen_variants._rebuild``, with the clipped abstracts' new last line: a card
    whose last lines were dropped ends at its last kept line."""
    if not drop and not insert:
        return lines
    out: list[Ln] = []
    where: dict[int, int] = {}  # old 1-based line -> new 1-based line
    for i, ln in enumerate(lines):
        out.extend(insert.get(i, ()))
        if i in drop:
            where[i + 1] = -1
            continue
        out.append(ln)
        where[i + 1] = len(out)
    for c in cards:
        end = ends.get(id(c))
        last = c.last
        while where[last] < 0:  # (the card's last line dropped: its last kept line)
            last -= 1
        c.first, c.last = where[c.first], where[last]
        c.title_lines = (where[c.title_lines[0]], where[c.title_lines[1]])
        if c.abstract_lines is not None:
            a_end = end[1] if end is not None else c.abstract_lines[1]
            c.abstract_lines = (where[c.abstract_lines[0]], where[a_end])
    # a ``</details>`` or rule inserted after a card's last line stays between cards;
    # one inserted right after its abstract's last line is in the card when the card
    # ends there
    for c in cards:
        if c.abstract_lines is not None and c.last == c.abstract_lines[1]:
            nxt = c.last  # 0-based index of the line after
            if nxt < len(out) and out[nxt].text == "</details>":
                c.last += 1
    return out
