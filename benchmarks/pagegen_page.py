"""One page of cards: the arrangements a page is drawn from, the page laid out line by
line with each card's span, and the page's truth (pagegen_truth).

``pagegen`` (the API and the command line) draws pages from here.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # sibling modules, when imported
    sys.path.append(str(Path(__file__).resolve().parent))

from pagegen_arxiv import ARRANGEMENT as ARXIV  # noqa: E402
from pagegen_arxiv import ArxivPages, render_arxiv  # noqa: E402
from pagegen_capture import ARRANGEMENT as CAPTURE  # noqa: E402
from pagegen_capture import Capture  # noqa: E402
from pagegen_capture import draw_traits as draw_capture  # noqa: E402
from pagegen_capture import edit_page as edit_capture  # noqa: E402
from pagegen_chrome import (  # noqa: E402
    ABSTRACT,
    BLANK,
    CHROME,
    TITLE,
    Block,
    Ctx,
    Item,
    Ln,
    blank,
    chrome,
    render_item,
)
from pagegen_converters import CONV_ARRANGEMENTS, Converter, render_converted  # noqa: E402
from pagegen_frame import footer, header  # noqa: E402
from pagegen_fresh import ARRANGEMENT as FRESH  # noqa: E402
from pagegen_fresh import Fresh  # noqa: E402
from pagegen_fresh import draw_traits as draw_fresh  # noqa: E402
from pagegen_fresh import edit_page as edit_fresh  # noqa: E402
from pagegen_furniture import ARRANGEMENT as FURNITURE  # noqa: E402
from pagegen_furniture import draw_forms, fill_fields  # noqa: E402
from pagegen_furniture_bare import ARRANGEMENT as FURNITURE_BARE  # noqa: E402
from pagegen_furniture_bare import draw_forms as draw_bare_forms  # noqa: E402
from pagegen_mix import ARRANGEMENT as MIX  # noqa: E402
from pagegen_mix import Mix, capture_of  # noqa: E402
from pagegen_mix import draw_traits as draw_mix  # noqa: E402
from pagegen_mix import edit_page as edit_mix  # noqa: E402
from pagegen_novel import ARRANGEMENT as NOVEL  # noqa: E402
from pagegen_novel import Novel, draw_traits, edit_page  # noqa: E402
from pagegen_parts import ARRANGEMENT as PARTS  # noqa: E402
from pagegen_parts import Parts  # noqa: E402
from pagegen_parts import draw_traits as draw_parts  # noqa: E402
from pagegen_parts import edit_page as edit_parts  # noqa: E402
from pagegen_render import (  # noqa: E402
    ARRANGEMENTS,
    Card,
    PageSpec,
    render_card,
    truncate_card,
)
from pagegen_sites import ARRANGEMENT as SITES  # noqa: E402
from pagegen_sites import Sites  # noqa: E402
from pagegen_sites import draw_traits as draw_sites  # noqa: E402
from pagegen_source import Paper  # noqa: E402
from pagegen_truth import CardTruth, PageTruth  # noqa: E402
from pagegen_unseen import ARRANGEMENT as UNSEEN  # noqa: E402
from pagegen_unseen import Unseen  # noqa: E402
from pagegen_unseen import draw_traits as draw_unseen  # noqa: E402
from pagegen_unseen import edit_page as edit_unseen  # noqa: E402
from pagegen_variants import NEW_ARRANGEMENTS, Variant, adjust_spec, perturb  # noqa: E402

# Every arrangement a page can be drawn from: the three families' (pagegen.FAMILIES) and
# the opt-in ``furniture``, ``furniture_bare``, ``novel``, ``unseen``, ``fresh``,
# ``parts``, ``sites``, ``arxiv``, ``capture`` and ``mix``, drawn by no family: named
# with ``--arrangement`` only.
ALL_ARRANGEMENTS = {
    **ARRANGEMENTS,
    **NEW_ARRANGEMENTS,
    **CONV_ARRANGEMENTS,
    FURNITURE.name: FURNITURE,
    FURNITURE_BARE.name: FURNITURE_BARE,
    NOVEL.name: NOVEL,
    UNSEEN.name: UNSEEN,
    FRESH.name: FRESH,
    PARTS.name: PARTS,
    SITES.name: SITES,
    ARXIV.name: ARXIV,
    CAPTURE.name: CAPTURE,
    MIX.name: MIX,
}
# The opt-in arrangements whose page draws its own forms or traits, each shown on every
# card of the page: the draw and the arrangement it draws from.
_PAGE_DRAWS = {
    FURNITURE.name: (draw_forms, FURNITURE),
    FURNITURE_BARE.name: (draw_bare_forms, FURNITURE_BARE),
    NOVEL.name: (draw_traits, NOVEL),
    UNSEEN.name: (draw_unseen, UNSEEN),
    FRESH.name: (draw_fresh, FRESH),
    PARTS.name: (draw_parts, PARTS),
    SITES.name: (draw_sites, SITES),
    CAPTURE.name: (draw_capture, CAPTURE),
    MIX.name: (draw_mix, MIX),  # (several draws' traits on one page: pagegen_mix)
}


# --------------------------------------------------------------------------- a page


class _Page:
    """Lays blocks out in order, numbering lines and remembering each card's span."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.lines: list[Ln] = []
        self.cards: list[CardTruth] = []
        self.card_start = True  # the next block opens a card (or page chrome)

    def block(self, block: Block) -> None:
        if not block:
            return
        spec = self.ctx.spec
        rhythm = spec.arrangement.rhythm
        if self.lines and rhythm == "cards":
            if self.card_start:
                self.lines.append(blank())
        elif self.lines and rhythm == "irregular":
            for _ in range(self.ctx.rng.choice((1, 1, 2, 3))):
                self.lines.append(blank(self.ctx.rng.choice(("", "", " ", "\t"))))
        elif self.lines and spec.layout == "A":
            self.lines.append(blank())
            while spec.blank_noise and self.ctx.rng.random() < spec.blank_noise:
                self.lines.append(blank(self.ctx.rng.choice(("", " ", "\t", "  "))))
                if self.ctx.rng.random() < 0.5:
                    break
        self.lines.extend(block)

    def items(self, items: list[Item]) -> None:
        for item in items:
            for block in item:
                self.block(block)
                self.card_start = False

    def card(self, card: Card) -> None:
        begin = len(self.lines)
        self.card_start = True
        self.items(card.pre)
        core = len(self.lines)
        self.block(card.title)
        self.card_start = False
        title_lines = _span(self.lines, core, TITLE)
        self.items(card.mid)
        abstract_lines = None
        if card.abstract:
            start = len(self.lines)
            self.block(card.abstract)
            abstract_lines = _span(self.lines, start, ABSTRACT)
        core_end = len(self.lines)
        self.items(card.post)
        first = _first_content(self.lines, begin + 1)
        texts = [ln.text for ln in self.lines[first - 1 :]]
        probes = sorted({ln.probe for ln in self.lines[first - 1 :] if ln.probe})
        pid = card.paper.pid
        flags = []
        if card.truncated:
            flags.append("truncated")
        if not card.text.abstract:
            flags.append("no_abstract")
        elif card.text.abstract_form == "summary":
            flags.append("summary")
        self.cards.append(
            CardTruth(
                title=card.text.title,
                abstract=card.text.abstract,
                first=first,
                last=len(self.lines),
                title_lines=title_lines,
                abstract_lines=abstract_lines,
                arxiv_id=pid if any(pid in t for t in texts) else None,
                id_sure=any(pid in ln.text for ln in self.lines[core:core_end]),
                flags=flags,
                probes=probes,
                title_form=card.text.title_form,
                abstract_form=card.text.abstract_form,
            )
        )


def _last_line(card: Card) -> Ln:
    if card.post:
        return card.post[-1][-1][-1]
    if card.abstract:
        return card.abstract[-1]
    if card.mid:
        return card.mid[-1][-1][-1]
    return card.title[-1]


def _span(lines: list[Ln], start: int, role: str) -> tuple[int, int]:
    nums = [i + 1 for i in range(start, len(lines)) if lines[i].role == role]
    return (nums[0], nums[-1])


def _first_content(lines: list[Ln], first: int) -> int:
    while first <= len(lines) and lines[first - 1].role == BLANK:
        first += 1
    return first


def render_page(
    rng: random.Random,
    papers: Iterator[Paper],
    n_cards: int,
    spec: PageSpec,
) -> tuple[list[Ln], list[CardTruth]]:
    if isinstance(spec.arrangement, Converter):
        return render_converted(rng, papers, n_cards, spec)
    if isinstance(spec.arrangement, ArxivPages):
        return render_arxiv(rng, papers, n_cards, spec)
    ctx = Ctx(rng, spec)
    if isinstance(spec.arrangement, Variant):
        adjust_spec(rng, spec)
    name = spec.arrangement.name
    if (draw := _PAGE_DRAWS.get(name)) is not None:
        spec.arrangement = draw[0](rng, draw[1])  # (the page's forms or traits)
    if (capture := capture_of(spec.arrangement)) is not None:
        spec.truncated = spec.truncated or "cut" in capture.traits
        if {"hyphen", "justify"} & set(capture.traits) and spec.wrap == "none":
            spec.wrap = rng.choice(("w72", "w80"))  # (the typesetter's column)
    page = _Page(ctx)
    for block in header(ctx):
        page.block(block)
    if spec.glue_subscribe and page.lines and page.lines[-1].text == "Subscribe":
        page.lines.pop()
        while page.lines and page.lines[-1].role == BLANK:
            page.lines.pop()
    else:
        spec.glue_subscribe = False
    cards: list[Card] = []
    prev_last: Ln | None = None
    for _ in range(n_cards):
        card = render_card(ctx, next(papers), prev_last)
        cards.append(card)
        if spec.arrangement.twice and rng.random() < spec.arrangement.twice:
            cards.append(_again(ctx, card))
        prev_last = _last_line(cards[-1])
    if spec.truncated and cards[-1].abstract:
        truncate_card(ctx, cards[-1])
    else:
        spec.truncated = False
    for i, card in enumerate(cards):
        if i == 0 and spec.glue_subscribe:
            if card.pre:
                page.block([chrome("Subscribe", "header")])
            else:
                card.title[0].text = "Subscribe" + card.title[0].text
        page.card(card)
    page.card_start = True  # the page's own chrome after the cards
    if spec.truncated:
        page.block([chrome("[Content truncated]", "truncation")])
    else:
        for block in footer(ctx):
            page.block(block)
    if spec.style == "ref":
        page.block([chrome("```", "markup")])
    if isinstance(spec.arrangement, Variant):
        lines = perturb(rng, spec, page.lines, page.cards)
        if isinstance(spec.arrangement, Novel):
            lines = edit_page(rng, spec.style, spec.arrangement, lines, page.cards)
            fill_fields(lines, page.cards)
        elif isinstance(spec.arrangement, Unseen):
            pids = [card.paper.pid for card in cards]
            lines = edit_unseen(rng, spec.arrangement, lines, page.cards, pids)
            fill_fields(lines, page.cards)
        elif isinstance(spec.arrangement, Fresh):
            pids = [card.paper.pid for card in cards]
            lines = edit_fresh(rng, spec.arrangement, lines, page.cards, pids, spec.style)
            fill_fields(lines, page.cards)
        elif isinstance(spec.arrangement, Parts):
            lines = edit_parts(rng, spec.arrangement, lines, page.cards)
            fill_fields(lines, page.cards)
        elif isinstance(spec.arrangement, Capture):
            lines = edit_capture(rng, spec.arrangement, lines, page.cards)
        elif isinstance(spec.arrangement, Mix):
            pids = [card.paper.pid for card in cards]
            lines = edit_mix(rng, spec, lines, page.cards, pids)
        elif isinstance(spec.arrangement, Sites) or spec.arrangement.name in (
            FURNITURE.name,
            FURNITURE_BARE.name,
        ):
            fill_fields(lines, page.cards)
        return lines, page.cards
    return page.lines, page.cards


def _again(ctx: Ctx, card: Card) -> Card:
    """The responsive second copy of a trending card: same text, chrome drawn anew."""
    copy = Card(
        card.paper,
        card.text,
        [],
        [Ln(ln.text, ln.role) for ln in card.title],
        [],
        [Ln(ln.text, ln.role, ln.kind, ln.probe) for ln in card.abstract],
        [],
    )
    arr = ctx.spec.arrangement
    for slot, choices in ((copy.pre, arr.pre), (copy.mid, arr.mid), (copy.post, arr.post)):
        slot.extend(
            render_item(kind, ctx, card.paper) for kind, p in choices if ctx.rng.random() < p
        )
    copy.shows_id = card.shows_id
    return copy


def page_truth(file: str, lines: list[Ln], cards: list[CardTruth], spec: PageSpec) -> PageTruth:
    chrome_lines: Counter[str] = Counter()
    record = blank_n = 0
    rejects = []
    for i, ln in enumerate(lines, 1):
        if ln.role in (TITLE, ABSTRACT):
            record += 1
        elif ln.role == BLANK:
            blank_n += 1
        elif ln.role == CHROME:
            chrome_lines[ln.kind] += 1
        else:
            rejects.append(i)
    return PageTruth(
        file,
        spec.arrangement.name,
        spec.layout,
        spec.style,
        spec.wrap,
        len(lines),
        record,
        blank_n,
        dict(sorted(chrome_lines.items())),
        rejects,
        cards,
    )


def page_text(lines: list[Ln], spec: PageSpec, trailing_newline: bool) -> str:
    nl = "\r\n" if spec.crlf else "\n"
    capture = capture_of(spec.arrangement)
    if capture is not None and "cr" in capture.traits:
        nl = "\r"  # (a classic Mac OS file: ``pagegen_capture``)
    return nl.join(ln.text for ln in lines) + (nl if trailing_newline else "")


def stray_truth(name: str, texts: list[str]) -> PageTruth:
    rejects = [i for i, t in enumerate(texts, 1) if t.strip()]
    return PageTruth(
        name,
        "stray",
        "-",
        "plain",
        "none",
        len(texts),
        0,
        len(texts) - len(rejects),
        {},
        rejects,
        [],
    )
