"""Rendering cards: the chrome arrangements, page options, text wrapping and escaping.

A page is a list of *blocks*, each a list of lines kept together (a wrapped abstract, a
``[`` / ``* 3 authors`` / ``][34]`` link scaffold). Layout ``A`` puts one blank line
between blocks (the seeds' blank-line layout), layout ``B`` none (the compact layout).

A card follows the grammar ``chrome* title chrome* [abstract] chrome*``: an *arrangement*
says which chrome items a card may carry and where (``pre``, ``mid``, ``post``); items are
drawn per card, and, unless the arrangement fixes their order, permuted within their slot
(``order="slot"``) or scattered over all three slots (``order="any"``). Items that only
make sense together stay together (``Submitted by`` + avatar + user name; an organisation
line + ``·`` + date), as on real pages, so every page has one right reading.

Styles are the capture tools of domain.md §b: ``plain`` (text, as the seeds), ``md``
(firecrawl markdown: inline links, ``\\`` hard breaks, CommonMark escapes), ``ref``
(a text browser's reference-link markdown, wrapped at 120 columns) and ``web`` (a plain
web export with flattened link tails such as ``8 authors](url)``).

The chrome items themselves and the line model (every line's role, chrome kind and
probe) are in pagegen_chrome; the page around the cards is assembled by pagegen.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from pagegen_chrome import (
    ABSTRACT,
    HF,
    MONTHS,
    TITLE,
    Block,
    Ctx,
    Item,
    Ln,
    blank,
    chrome,
    render_item,
)
from pagegen_source import TITLE_FORMS, CardText, Paper, card_text

STYLES = ("plain", "md", "ref", "web")
LAYOUTS = ("A", "B")


# Markdown escapes a capture tool writes (turndown-like); all are CommonMark backslash
# escapes of ASCII punctuation, so unescaping gives the text back exactly.
_MD_ALWAYS = re.compile(r"([\\`*_\[\]])")
_MD_NUMBER_DOT = re.compile(r"(^|\s)(\d+)\.(?=\s|$)")
_MD_DASHES = re.compile(r"(?<=\s)(-{2,})(?=\s)")
_MD_LINE_START = re.compile(r"^(?:[-+#>]|\d+[.)](?:\s|$))")


# --------------------------------------------------------------------------- arrangements


@dataclass(frozen=True)
class Arrangement:
    """Which chrome a card carries, where, and how the page around it looks."""

    name: str
    pre: tuple[tuple[str, float], ...] = ()
    mid: tuple[tuple[str, float], ...] = ()
    post: tuple[tuple[str, float], ...] = ()
    order: str = "slot"  # "fixed", "slot" (permuted within a slot), "any" (any slot)
    styles: tuple[str, ...] = STYLES
    layouts: tuple[str, ...] = LAYOUTS
    abstracts: tuple[tuple[str, float], ...] = (("full", 0.86), ("summary", 0.07), ("none", 0.07))
    twice: float = 0.0  # a card rendered twice in a row (responsive copies, trending)
    header: str = "daily"  # "daily", "trending"
    wrapped_titles: bool = False
    # blank lines between blocks: "layout" (as the layout says), "irregular" (layout A
    # with 1-3 blank lines, whitespace-only too), "cards" (a blank line between cards only)
    rhythm: str = "layout"


_ALL_KINDS = (
    "upvotes",
    "url",
    "authors",
    "org",
    "dot",
    "date",
    "comments",
    "github",
    "submitted_by",
    "image",
    "anchor",
    "dot_authors",
)

ARRANGEMENTS: dict[str, Arrangement] = {
    a.name: a
    for a in (
        Arrangement("bare", styles=("plain", "web")),
        Arrangement("upvotes", pre=(("upvotes", 0.9),)),
        Arrangement("url", pre=(("url", 0.4),), mid=(("url", 0.4),), post=(("url", 0.5),)),
        Arrangement("authors", post=(("authors", 0.9),)),
        Arrangement("org", post=(("org", 0.85),)),
        Arrangement("dot", mid=(("dot", 1.0),), post=(("date", 0.5),)),
        Arrangement("authors_dot", mid=(("authors", 1.0), ("dot", 1.0)), order="fixed"),
        Arrangement("card_date", mid=(("date", 0.3),), post=(("date", 0.7),)),
        Arrangement("comments", post=(("comments", 0.9),)),
        Arrangement("submitted_by", pre=(("submitted_by", 0.9),)),
        Arrangement("github", post=(("github", 0.9),)),
        Arrangement(
            "summary",
            post=(("github", 0.5), ("authors", 0.5)),
            abstracts=(("summary", 0.8), ("full", 0.2)),
            header="trending",
        ),
        Arrangement(
            "no_abstract",
            pre=(("upvotes", 0.7), ("url", 0.7)),
            post=(("authors", 0.7), ("date", 0.7)),
            abstracts=(("none", 0.45), ("full", 0.45), ("summary", 0.1)),
        ),
        Arrangement(
            "daily_live",
            pre=(("upvotes", 1.0),),
            post=(("dot_authors", 0.9), ("comments", 0.9)),
            order="fixed",
        ),
        Arrangement(
            "trending",
            pre=(("image", 0.5), ("submitted_by", 0.9)),
            mid=(("org", 0.8),),
            post=(("github", 0.8), ("upvotes", 0.9)),
            abstracts=(("summary", 0.6), ("full", 0.4)),
            twice=0.25,
            header="trending",
            order="fixed",
        ),
        Arrangement(
            "listing",
            pre=(("upvotes", 0.9), ("anchor", 0.2)),
            post=(("authors", 0.6), ("org", 0.3), ("comments", 0.8)),
            order="fixed",
            styles=("md", "ref", "web"),
        ),
        Arrangement(
            "reader",
            mid=(("date", 0.8),),
            post=(("url", 0.9),),
            styles=("plain",),
            wrapped_titles=True,
            order="fixed",
        ),
        Arrangement("shuffled", pre=tuple((k, 0.12) for k in _ALL_KINDS), order="any"),
        Arrangement("dense", pre=tuple((k, 0.6) for k in _ALL_KINDS), order="any"),
        # Arrangements beyond domain.md §b, so the parser is built for the card grammar,
        # not for the listed layouts: an organisation block (name, "·", date) above its
        # title; "·" and a date above the title; chrome between title and abstract that
        # the listed layouts put after the card; site navigation and footer lines between
        # cards; irregular blank-line rhythms.
        Arrangement("org_first", pre=(("org", 0.85), ("upvotes", 0.4)), order="fixed"),
        Arrangement("dot_first", pre=(("dot", 0.8), ("date", 0.5), ("authors", 0.4))),
        Arrangement(
            "mid_org",
            mid=(("org", 0.7), ("authors", 0.4), ("date", 0.4)),
            post=(("upvotes", 0.5),),
        ),
        Arrangement(
            "between",
            pre=(("nav", 0.5), ("upvotes", 0.5)),
            post=(("nav", 0.5), ("dot", 0.3)),
        ),
        Arrangement(
            "rhythm",
            pre=(("upvotes", 0.5),),
            mid=(("dot", 0.4),),
            post=(("authors", 0.5), ("date", 0.3)),
            layouts=("A",),
            rhythm="irregular",
        ),
        Arrangement(
            "card_blanks",
            pre=(("url", 0.4),),
            post=(("org", 0.4), ("authors", 0.4)),
            layouts=("B",),
            rhythm="cards",
        ),
    )
}


# --------------------------------------------------------------------------- page options


@dataclass
class PageSpec:
    """Everything decided once per page."""

    arrangement: Arrangement
    layout: str
    style: str
    wrap: str  # "none", "arxiv", "w72", "w80", "w100", "w120"
    title_style: str  # md: "link", "heading", "plain"
    abstract_link: bool  # md: abstract wrapped in [text](url)
    hard_break: str  # md: "", "\\" or "\\\\" at the end of wrapped lines
    misc_escapes: bool
    nav: bool
    views: bool
    search: bool
    frontmatter: bool
    pagination: bool
    footer: bool
    contact: bool
    truncated: bool
    glue_subscribe: bool
    blank_noise: float
    page_date: str
    crlf: bool = False
    title_forms: tuple[tuple[str, float], ...] = TITLE_FORMS


def page_spec(
    rng: random.Random,
    arr: Arrangement,
    layout: str | None,
    style: str | None,
) -> PageSpec:
    style = style if style in arr.styles else rng.choice(arr.styles)
    layout = layout if layout in arr.layouts else rng.choice(arr.layouts)
    if style == "ref":
        wrap = "w120"
    elif style == "web":
        wrap = "none"
    elif arr.name == "reader":
        wrap = rng.choice(("arxiv", "w80", "w72"))
    elif style == "md":
        wrap = rng.choice(("none", "none", "arxiv"))
    else:
        wrap = rng.choice(("none", "none", "none", "arxiv", "w80", "w100"))
    md = style == "md"
    views = rng.random() < 0.4
    return PageSpec(
        arrangement=arr,
        layout=layout,
        style=style,
        wrap=wrap,
        title_style=rng.choice(("link", "link", "heading", "plain")) if md else "plain",
        abstract_link=md and rng.random() < 0.6,
        hard_break=rng.choice(("\\", "\\\\")) if md and wrap != "none" else "",
        misc_escapes=md and rng.random() < 0.5,
        nav=rng.random() < 0.4,
        views=views,
        search=views and rng.random() < 0.35,  # the search box echo sits above the views
        frontmatter=md and rng.random() < 0.3,
        pagination=rng.random() < 0.3,
        footer=rng.random() < 0.3,
        contact=rng.random() < 0.1,
        truncated=rng.random() < 0.08,
        glue_subscribe=style == "plain" and layout == "B" and rng.random() < 0.7,
        blank_noise=0.15 if layout == "A" and rng.random() < 0.3 else 0.0,
        page_date=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        crlf=rng.random() < 0.03,
    )


# --------------------------------------------------------------------------- text


def md_escape(text: str, misc: bool) -> str:
    s = _MD_ALWAYS.sub(r"\\\1", text)
    if misc:
        s = _MD_NUMBER_DOT.sub(r"\1\2\\.", s)
        s = _MD_DASHES.sub(lambda m: "\\-" * len(m.group(1)), s)
    return s


def wrap_words(text: str, width: int) -> list[tuple[str, bool]]:
    """Greedy wrap at ``width``; a word longer than the width is cut into pieces (as the
    reference-link capture cut ``{LCLM-Ho`` / ``rizon}}.``). Each line comes with True
    when it joins the next line without a space (a cut word)."""
    out: list[tuple[str, bool]] = []
    cur = ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) <= width:
            cur += " " + word
            continue
        if cur:
            out.append((cur, False))
        cur = word
        while len(cur) > width:
            out.append((cur[:width], True))
            cur = cur[width:]
    if cur:
        out.append((cur, False))
    return out


def _wrap(text: str, spec: PageSpec, paper: Paper | None) -> list[str]:
    """Lines of an abstract as this page wraps it (a cut word keeps no space)."""
    if spec.wrap == "none" or not text:
        return [text]
    if spec.wrap == "arxiv" and paper is not None and text == paper.abstract:
        return paper.wrapped.split("\n")
    width = int(spec.wrap[1:]) if spec.wrap.startswith("w") else 80
    return [line for line, _ in wrap_words(text, width)]


def _md_lines(lines: list[str], spec: PageSpec) -> list[str]:
    """Escape a markdown page's text lines; a line start that markdown would read as a
    list, heading or quote is escaped too, as capture tools do."""
    out = []
    for i, line in enumerate(lines):
        s = md_escape(line, spec.misc_escapes)
        if i and _MD_LINE_START.match(s):
            s = "\\" + s
        out.append(s)
    return out


# --------------------------------------------------------------------------- cards


@dataclass
class Card:
    """One rendered card: its blocks by slot and the text it shows."""

    paper: Paper
    text: CardText
    pre: list[Item] = field(default_factory=list)
    title: Block = field(default_factory=list)
    mid: list[Item] = field(default_factory=list)
    abstract: Block = field(default_factory=list)
    post: list[Item] = field(default_factory=list)
    shows_id: bool = False
    truncated: bool = False


def draw_items(ctx: Ctx, paper: Paper) -> tuple[list[Item], list[Item], list[Item]]:
    """The card's chrome items per slot, as its arrangement orders them."""
    arr, rng = ctx.spec.arrangement, ctx.rng
    slots: list[list[Item]] = [[], [], []]
    for s, choices in enumerate((arr.pre, arr.mid, arr.post)):
        for kind, p in choices:
            if rng.random() < p:
                target = rng.randrange(3) if arr.order == "any" else s
                slots[target].append(render_item(kind, ctx, paper))
    if arr.order != "fixed":
        for slot in slots:
            rng.shuffle(slot)
    return slots[0], slots[1], slots[2]


def render_card(
    ctx: Ctx,
    paper: Paper,
    prev_last: Ln | None,
    text: CardText | None = None,
) -> Card:
    spec, rng = ctx.spec, ctx.rng
    if text is None:
        text = card_text(
            paper, rng, abstract_weights=spec.arrangement.abstracts, forms=spec.title_forms
        )
    text = _decidable(text, paper, spec, prev_last)
    pre, mid, post = draw_items(ctx, paper)
    card = Card(paper, text, pre, [], mid, [], post)
    card.title = _title_block(ctx, card)
    if text.abstract:
        card.abstract = _abstract_block(ctx, card)
    return card


def _decidable(text: CardText, paper: Paper, spec: PageSpec, prev_last: Ln | None) -> CardText:
    """Keep the page readable one way only: in the compact layout a title starting in
    lower case right under a wrapped abstract line must not be a possible continuation of
    it (its first word would have fitted on that line, so the line break is not a wrap);
    otherwise it is shown with a capital."""
    if (
        spec.layout == "B"
        and spec.wrap != "none"
        and prev_last is not None
        and prev_last.role == ABSTRACT
        and text.title[:1].islower()
    ):
        width = int(spec.wrap[1:]) if spec.wrap.startswith("w") else 80
        first = text.title.split(" ", 1)[0]
        if len(prev_last.text) + 1 + len(first) > width:
            title = text.title[0].upper() + text.title[1:]
            return CardText(title, text.abstract, "capitalised", text.abstract_form)
    return text


def _title_block(ctx: Ctx, card: Card) -> Block:
    spec, rng, title, pid = ctx.spec, ctx.rng, card.text.title, card.paper.pid
    if spec.style == "md":
        t = md_escape(title, spec.misc_escapes)
        if spec.title_style == "plain":
            return [Ln(t, TITLE)]
        if spec.title_style == "heading":
            return [Ln(f"### {t}", TITLE)]
        card.shows_id = True
        url = f"{HF}/papers/{pid}"
        words = t.split(" ")
        if len(t) > 70 and rng.random() < 0.3:
            k = len(words) * 2 // 3
            head, tail = " ".join(words[:k]), " ".join(words[k:])
            if rng.random() < 0.5:  # firecrawl writes a title's line break as "\  "
                return [Ln(f"### [{head}\\  {tail}]({url})", TITLE)]
            return [Ln(f"### [{head}", TITLE), Ln(f"{tail}]({url})", TITLE)]
        return [Ln(f"### [{t}]({url})", TITLE)]
    if spec.style == "ref":
        return [Ln(f"### [{title}][{ctx.next_ref()}]", TITLE)]
    width = int(spec.wrap[1:]) if spec.wrap.startswith("w") else 80
    if spec.arrangement.wrapped_titles and len(title) > width:
        lines = [line for line, _ in wrap_words(title, width)]
        lead = rng.choice(("", "  "))  # arXiv metadata indents a title's continuation
        return [Ln(lines[0], TITLE), *(Ln(lead + line, TITLE) for line in lines[1:])]
    return [Ln(title, TITLE)]


def _abstract_block(ctx: Ctx, card: Card) -> Block:
    spec, text, pid = ctx.spec, card.text.abstract, card.paper.pid
    lines = _wrap(text, spec, card.paper if card.text.abstract_form == "full" else None)
    if spec.style == "md":
        lines = _md_lines(lines, spec)
        if any(line.endswith("\\") for line in lines[:-1]):
            lines = [md_escape(text, spec.misc_escapes)]  # a hard break would be ambiguous
        if len(lines) > 1 and spec.hard_break:
            lines = [line + spec.hard_break for line in lines[:-1]] + [lines[-1]]
        if spec.abstract_link:
            card.shows_id = True
            lines[0] = "[" + lines[0]
            lines[-1] += f"]({HF}/papers/{pid})"
        return [Ln(line, ABSTRACT) for line in lines]
    if spec.style == "ref":
        return [
            chrome("[", "markup"),
            blank(),
            *[Ln(line, ABSTRACT) for line in lines],
            blank(),
            chrome(f"][{ctx.next_ref()}]", "markup"),
        ]
    return [Ln(line, ABSTRACT) for line in lines]


def truncate_card(ctx: Ctx, card: Card) -> None:
    """Cut the card's abstract inside a word, as a capture that hit its size limit does."""
    text = card.text.abstract
    words = text.split(" ")
    k = ctx.rng.randrange(max(1, len(words) // 3), len(words))
    while k < len(words) and len(words[k]) < 4:
        k += 1
    if k >= len(words):
        return
    word = words[k]
    cut = " ".join(words[:k] + [word[: ctx.rng.randrange(2, len(word) - 1)]])
    card.text = CardText(card.text.title, cut, card.text.title_form, card.text.abstract_form)
    block = _abstract_block(ctx, card)
    if ctx.spec.style == "ref":
        block = block[:-2]  # the capture stops inside the link wrapper
    elif ctx.spec.style == "md" and ctx.spec.abstract_link:
        block[-1].text = block[-1].text[: block[-1].text.rfind("](")]
    card.abstract = block
    card.post = []
    card.truncated = True
