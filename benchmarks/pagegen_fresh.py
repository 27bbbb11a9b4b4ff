"""The opt-in ``fresh`` arrangement (``pages_bench.py --arrangement fresh``): card chrome
and card layouts no other arrangement draws (a third, independent draw after ``novel``
and ``unseen``), as listing pages and their captures print them.

A page draws two or three traits from ``TRAITS`` and applies them to every card (a
listing's habits repeat):

- ``table``: the listing as a markdown table, one card a row (``| [Title](url) | 12 |
  Abstract … |``), a header row and its ``|---|`` divider; some tables have no abstract
  column (``| 1 | [Title](url) | 2024-10-07 |``). One page in eight is a table, and draws
  no other trait (the row is the whole card);
- ``thumb``: the paper's thumbnail over the title, its alt text the title
  (``![Title](https://cdn-thumbnails.huggingface.co/…/ID.png)``, ``[![Title](img)](url)``),
  as firecrawl captures of listing pages print them;
- ``venue``: a venue or subjects line under the title (``Accepted at NeurIPS 2024``,
  ``ICLR 2025 (Oral)``, ``cs.CL; cs.AI``, ``Computation and Language (cs.CL); Machine
  Learning (cs.LG)``): ``venue`` / ``categories``;
- ``tldr``: an AI one-line summary over the abstract (``TL;DR: …``, ``Summary: …``):
  ``ai_summary``; the abstract stays;
- ``numdate``: the card's date in numbers (``07/10/2024``, ``7.10.2024``, ``2024/10/07``),
  under the title or the abstract: ``published`` (as printed);
- ``affil``: the authors with affiliation marks (``Ann Lee¹, Bo Chen²``) and the marks'
  line (``¹MIT ²Stanford University``) under the title: ``authors``;
- ``links``: ``Code:`` / ``Project page:`` / ``Paper:`` lines with their links under the
  abstract: ``urls``.

(Thumbnails without alt text, ``* * *`` / ``---`` rules between cards, relative and ISO
dates and ``Subjects: cs.CL`` are drawn already: ``pagegen_chrome``, ``pagegen_converters``,
``pagegen_variants``, ``pagegen_furniture``.)

The truth keeps each card's title and abstract as the paper has them, its chrome lines as
chrome of kind ``fresh``, the values they carry in ``CardTruth.fields``; the truth's
arrangement names the page's traits (``fresh:tldr+venue``). No family draws the
arrangement, so every other set is unchanged.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from pagegen_chrome import _RENDERERS, BLANK, HF, TITLE, Ctx, Item, Ln, blank
from pagegen_furniture import FurnitureLn, slotted
from pagegen_source import Paper
from pagegen_truth import CardTruth
from pagegen_variants import Variant

FRESH = "fresh"
KIND = "fresh"
TRAITS = ("table", "thumb", "venue", "tldr", "numdate", "affil", "links")
_THUMB = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers"
_FIRST = ("Ann", "Bo", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kai")
_LAST = ("Lee", "Novak", "Okafor", "Park", "Quist", "Rossi", "Sato", "Tanaka", "Umar", "Voss")
_ORGS = (
    "MIT", "Stanford University", "Tsinghua University", "Google DeepMind", "ETH Zurich",
    "University of Oxford", "Meta AI", "KAIST", "Mila", "Carnegie Mellon University",
)  # fmt: skip
_CONFS = ("NeurIPS", "ICLR", "ICML", "CVPR", "ACL", "EMNLP", "AAAI", "ECCV", "NAACL", "COLM")
_KINDS = ("Oral", "Poster", "Spotlight", "Findings")
_CATS = {
    "cs.CL": "Computation and Language",
    "cs.AI": "Artificial Intelligence",
    "cs.LG": "Machine Learning",
    "cs.CV": "Computer Vision and Pattern Recognition",
    "cs.RO": "Robotics",
    "stat.ML": "Machine Learning",
    "cs.IR": "Information Retrieval",
}
_SUP = "¹²³⁴⁵⁶⁷⁸⁹"
_SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?]) (?=[A-Z])")


@dataclass(frozen=True)
class Fresh(Variant):
    """The arrangement with the page's drawn traits and their per-page choices."""

    traits: tuple[str, ...] = ()
    choice: int = 0  # which form of a trait the page prints (one form a page)


def _line(text: str, values: dict[str, object], probe: str = "") -> Ln:
    return FurnitureLn(text, "chrome", KIND, probe or text, values)


def _arr(ctx: Ctx) -> Fresh:
    arr = ctx.spec.arrangement
    assert isinstance(arr, Fresh)
    return arr


def _thumb(ctx: Ctx, p: Paper) -> Item:
    img = f"{_THUMB}/{p.pid}.png"
    k = _arr(ctx).choice % 3
    alt = p.title.replace("[", "").replace("]", "")
    text = (f"![{alt}]({img})", f"[![{alt}]({img})]({HF}/papers/{p.pid})", f"![]({img})")[k]
    return [[_line(text, {}, img)]]


def _venue(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice % 4
    conf, year = rng.choice(_CONFS), rng.randint(2019, 2025)
    if k == 0:
        text = f"Accepted at {conf} {year}"
        return [[_line(text, {"venue": text})]]
    if k == 1:
        text = f"{conf} {year} ({rng.choice(_KINDS)})"
        return [[_line(text, {"venue": text})]]
    cats = rng.sample(tuple(_CATS), rng.randint(1, 3))
    if k == 2:
        return [[_line("; ".join(cats), {"categories": cats})]]
    text = "; ".join(f"{_CATS[c]} ({c})" for c in cats)
    return [[_line(text, {"categories": cats})]]


def _summary(p: Paper) -> str:
    """A one-line summary: the abstract's shortest mid-sized sentence (an AI summary
    restates the paper; it is not the abstract's opening, nor its code's address)."""
    parts = [s for s in _SENTENCE.split(p.abstract) if 50 <= len(s) <= 220 and "://" not in s]
    if parts:
        return min(parts[1:] or parts, key=len)
    cut = p.abstract[:140].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "."


def _tldr(ctx: Ctx, p: Paper) -> Item:
    s = _summary(p)
    label = ("TL;DR: ", "Summary: ", "**TL;DR:** ", "TL;DR ")[_arr(ctx).choice % 4]
    return [[_line(label + s, {"ai_summary": s}, s)]]


def _numdate(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice % 4
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)
    text = (f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}/{m:02d}/{d:02d}", f"{m}/{d}/{y}")[k]
    return [[_line(text, {"published": text})]]


def _affil(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    n = max(1, min(p.n_authors or 3, rng.randint(1, 6)))
    names = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(n)]
    orgs = rng.sample(_ORGS, rng.randint(1, min(3, n)))
    marks = []
    for i in range(n):
        at = sorted({i % len(orgs), rng.randrange(len(orgs))})
        marks.append(",".join(_SUP[j] if k % 2 else str(j + 1) for j in at))
    if k % 2:
        people = ", ".join(f"{a}{m}" for a, m in zip(names, marks, strict=True))
        where = " ".join(f"{_SUP[j]}{o}" for j, o in enumerate(orgs))
    else:
        people = ", ".join(f"{a}^{m}" for a, m in zip(names, marks, strict=True))
        where = "; ".join(f"^{j + 1} {o}" for j, o in enumerate(orgs))
    return [[_line(people, {"authors": names}), _line(where, {})]]


def _links(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    slug = re.sub(r"[^a-z0-9]+", "-", p.title.lower())[:24].strip("-") or "paper"
    user = rng.choice(_LAST).lower()
    forms = (
        ("Code", f"https://github.com/{user}/{slug}"),
        ("Project page", f"https://{user}.github.io/{slug}/"),
        ("Paper", f"https://arxiv.org/abs/{p.pid}"),
    )
    shown = [forms[0], forms[1]] if k % 3 == 0 else [forms[0]] if k % 3 == 1 else list(forms)
    urls = [url for _, url in shown]  # (the truth keeps the card's links, in page order)
    return [[_line(f"{label}: {url}", {"urls": urls}, url) for label, url in shown]]


_RENDERERS.setdefault("f_thumb", _thumb)
_RENDERERS.setdefault("f_venue", _venue)
_RENDERERS.setdefault("f_tldr", _tldr)
_RENDERERS.setdefault("f_numdate", _numdate)
_RENDERERS.setdefault("f_affil", _affil)
_RENDERERS.setdefault("f_links", _links)

ARRANGEMENT = Fresh(FRESH, styles=("plain", "md", "web"))


def draw_traits(rng: random.Random, arr: Fresh) -> Fresh:
    """The page's traits: two or three (a table alone), their chrome on every card."""
    # (one page in eight a table: a table's row is the whole card, so it takes no other)
    traits = ["table"] if rng.random() < 0.125 else rng.sample(TRAITS[1:], rng.choice((2, 3)))
    return with_traits(rng, arr, traits)


def with_traits(rng: random.Random, arr: Fresh, traits: list[str]) -> Fresh:
    """``arr`` with these traits (their per-page forms drawn; ``pagegen_mix`` too)."""
    choice = rng.randrange(60)
    placed: list[tuple[int, str]] = []
    for trait, slot in (("thumb", 0), ("affil", 1), ("venue", 1), ("numdate", 1), ("tldr", 1)):
        if trait in traits:
            placed.append((2 if trait == "numdate" and choice % 2 else slot, f"f_{trait}"))
    if "links" in traits:
        placed.append((2, "f_links"))
    name = f"{FRESH}:{'+'.join(sorted(traits))}"
    placed.sort(key=lambda sf: sf[0])  # (stable: the slot's lines in the order above)
    return replace(slotted(arr, placed), name=name, traits=tuple(traits), choice=choice)


_COLUMNS = (
    ("| Paper | Upvotes | Abstract |", "|---|---:|---|"),
    ("| Title | Abstract |", "| --- | --- |"),
    ("| # | Paper | Date |", "|---|---|---|"),
    ("| Paper | Summary | Votes |", "|:--|:--|--:|"),
)


def _cell(text: str, md: bool) -> str:
    """A cell's text: ``|`` escaped; on a markdown page a backslash too (the page shows
    ``43.0\\%`` as the paper has it)."""
    return (text.replace("\\", "\\\\") if md else text).replace("|", "\\|")


def edit_page(
    rng: random.Random,
    arr: Fresh,
    lines: list[Ln],
    cards: list[CardTruth],
    pids: list[str],
    style: str,
) -> list[Ln]:
    """A ``table`` page: the cards' lines (with the blanks between them) become the rows
    of one table under its header and divider; other pages are left as rendered."""
    if "table" not in arr.traits or not cards:
        return lines
    form = arr.choice % len(_COLUMNS)
    head, rule = _COLUMNS[form]
    md = style == "md"
    before = lines[: cards[0].first - 1]
    while before and before[-1].role == BLANK:
        before.pop()
    after = lines[cards[-1].last :]
    out = [*before, blank()] if before else []
    out += [Ln(head, "chrome", KIND, head), Ln(rule, "chrome", KIND, rule)]
    for n, (card, pid) in enumerate(zip(cards, pids, strict=True), 1):
        url = f"{HF}/papers/{pid}"
        linked = f"[{_cell(card.title, md)}]({url})"
        votes = rng.randint(0, 300)
        fields: dict[str, object] = {}
        if form == 0:
            cells = [linked, str(votes), _cell(card.abstract, md)]
            fields["upvotes"] = votes
        elif form == 1:
            cells = [_cell(card.title, md), _cell(card.abstract, md)]
        elif form == 2:
            date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            cells = [str(n), linked, date]
            fields["published"] = date
        else:
            cells = [linked, _cell(card.abstract, md), str(votes)]
            fields["upvotes"] = votes
        row = len(out) + 1
        out.append(Ln("| " + " | ".join(cells) + " |", TITLE))
        card.first = card.last = row
        card.title_lines = (row, row)
        card.fields = fields
        card.flags = [f for f in card.flags if f != "truncated"]  # (a row is whole)
        if form == 2:  # (no abstract column: the card shows none)
            card.abstract, card.abstract_lines = "", None
            card.flags = sorted({*card.flags, "no_abstract"} - {"summary"})
        else:
            card.abstract_lines = (row, row) if card.abstract else None
        shows_url = form != 1
        card.arxiv_id = pid if shows_url else None
        card.id_sure = shows_url
        card.probes = [url] if shows_url else []
    while after and after[0].role == BLANK:
        after.pop(0)
    if after:
        out += [blank(), *after]
    return out
