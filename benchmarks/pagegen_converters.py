"""Listing pages as the tools people capture them with write them (``pagegen --family conv``).

The default mix and the ``new`` family render card chrome in forms we listed. A user's
capture comes out of a converter, and each converter has its own way of writing the same
HTML: link marks, reference lists, list bullets, escapes, wrap widths, blank-line rhythms.
This family renders one page per converter from the structure the generator builds
(titles and abstracts from ``card_text``, the card chrome a Hugging Face listing shows),
as the tool writes it:

- ``c_html2text``: html2text (``### [Title](/papers/ID)``, ``  * `` lists, ``* * *`` rules,
  ``![](src)`` images, wrapped at 78 columns, headings and link text too, or unwrapped)
  and markdownify (``\\_`` / ``\\*`` escapes, ``* `` lists, ``---`` rules, no wrapping);
- ``c_pandoc``: ``pandoc -t plain`` (wrapped at 72, link text only, a level-1 heading in
  capitals, ``-   `` lists) and ``pandoc -t gfm`` (inline links, backslash escapes,
  ``<!-- -->`` between two lists, wrapped at 72);
- ``c_lynx``: ``lynx -dump`` (``[12]`` link marks, body indented 3 spaces, headings at
  column 0, ``     * `` lists, ``[file.png]`` pseudo image names, wrapped at 76-79 columns,
  a ``References`` list with ``Visible links:`` / ``Hidden links:``);
- ``c_w3m``: ``w3m -dump`` (80 columns, no link marks, ``  • `` items with a hanging indent);
- ``c_copy``: a browser's select-all copy (blocks on their own lines, ``Upvote\\t101``,
  ``Submitted by`` then the avatar's alt text, blank lines only around paragraphs);
- ``c_reader``: reader-mode text (most chrome gone, blank lines between paragraphs, a
  title as ``# Title`` or with its card date glued on);
- ``c_jina``: a Jina-style reader (``Title:`` / ``URL Source:`` / ``Markdown Content:``,
  turndown escapes, ``*   `` lists, ``![Image 3](src)``, ``[Title][12]`` reference links
  with their ``[12]: url`` definitions at the end).

The truth is the text the page shows: for the markdown tools, the title and abstract as
CommonMark reads them once the tool's backslash escapes are undone. None of these
arrangements is drawn by the other families, whose pages stay byte-identical.

Each tool here is its ``Syntax`` for the page plus the page's own frame (header, footer,
link lists); the cards go through the one card walk of pagegen_converter_cards.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pagegen_chrome import BLANK, HF, MONTHS, NAV, Ln
from pagegen_converter_cards import (
    FOOT,
    VIEWS,
    CardData,
    Out,
    Syntax,
    Writer,
    draw_card,
    no_escape,
)
from pagegen_render import Arrangement, PageSpec
from pagegen_source import Paper
from pagegen_truth import CardTruth


@dataclass(frozen=True)
class Converter(Arrangement):
    """One capture tool: its name picks the renderer; ``styles`` its output dialects."""

    layouts: tuple[str, ...] = ("A",)  # the tool decides the blank lines


CONV_ARRANGEMENTS: dict[str, Converter] = {
    c.name: c
    for c in (
        Converter("c_html2text", styles=("html2text", "markdownify")),
        Converter("c_pandoc", styles=("pandoc-plain", "gfm")),
        Converter("c_lynx", styles=("lynx",)),
        Converter("c_w3m", styles=("w3m",)),
        Converter("c_copy", styles=("copy",)),
        Converter("c_reader", styles=("reader",)),
        Converter("c_jina", styles=("jina",)),
    )
}


@dataclass
class PageOpts:
    style: str
    nav: bool
    views: bool
    footer: bool
    trending: bool
    rules: bool
    date: str

    @property
    def heading(self) -> str:
        return "Trending Papers" if self.trending else "Daily Papers"


# --------------------------------------------------------------------------- escapes

_H2T_SLASH = re.compile(r"(\\)(?=[\\`*_{}\[\]()#+\-.!])")
_H2T_DOT = re.compile(r"^(\s*\d+)(\.)(?=\s)")
_H2T_PLUS = re.compile(r"^(\s*)(\+)(?=\s)")
_H2T_DASH = re.compile(r"^(\s*)(-)(?=\s|-)")


def h2t_escape(s: str) -> str:
    """html2text's escape_md_section (escape_snob off): a backslash before a markdown
    character, and a list-like start of the text."""
    s = _H2T_SLASH.sub(r"\\\1", s)
    s = _H2T_DOT.sub(r"\1\\\2", s)
    s = _H2T_PLUS.sub(r"\1\\\2", s)
    return _H2T_DASH.sub(r"\1\\\2", s)


def mdfy_escape(s: str) -> str:
    """markdownify's defaults: underscores and asterisks."""
    return s.replace("_", r"\_").replace("*", r"\*")


_GFM = re.compile(r"([\\`*_\[\]<>])")


def gfm_escape(s: str) -> str:
    """pandoc's CommonMark writer: inline markdown characters, a heading or list start."""
    s = _GFM.sub(r"\\\1", s)
    return re.sub(r"^([#+-])(?=\s)|^(\d+)([.)])(?=\s)", _escape_start, s)


def _escape_start(m: re.Match[str]) -> str:
    return "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3)


_TURNDOWN = (
    (re.compile(r"\\"), r"\\\\"),
    (re.compile(r"\*"), r"\\*"),
    (re.compile(r"^-"), r"\\-"),
    (re.compile(r"^\+ "), r"\\+ "),
    (re.compile(r"^(=+)"), r"\\\1"),
    (re.compile(r"^(#{1,6}) "), r"\\\1 "),
    (re.compile(r"`"), r"\\`"),
    (re.compile(r"^~~~"), r"\\~~~"),
    (re.compile(r"\["), r"\\["),
    (re.compile(r"\]"), r"\\]"),
    (re.compile(r"^>"), r"\\>"),
    (re.compile(r"_"), r"\\_"),
    (re.compile(r"^(\d+)\. "), r"\1\\. "),
)


def turndown_escape(s: str) -> str:
    """turndown's escape (Jina reader, readability-to-markdown clippers)."""
    for pattern, repl in _TURNDOWN:
        s = pattern.sub(repl, s)
    return s


# --------------------------------------------------------------------------- tools
#
# Each tool draws its syntax for the page (the options its users run it with), writes the
# page's own frame around the cards and hands the cards to the one card walk, Writer.card.
# Draws happen in the order the frame and the walk meet them.


def _document_head(w: Writer, page: PageOpts, heading: str) -> None:
    """A markdown or plain document's header (html2text, pandoc, jina): the logo and the
    site's navigation, the heading (``atx`` ``# Daily Papers``, ``setext`` underlined,
    ``caps`` as pandoc's plain writer shows a level-1 heading), the by-line, the views and
    the page's date."""
    out = w.out
    if page.nav:
        w.para(w.logo(), "nav")
        w.items(w.nav_links(), "nav")
        out.gap()
    if heading == "setext":
        out.many([page.heading, "=" * len(page.heading)], "header")
        out.gap()
    elif heading == "caps":
        w.para(page.heading.upper(), "header")
        out.gap(2)
    else:
        w.para(f"# {page.heading}", "header")
    w.para(w.by_line(), "header")
    if page.views:
        w.items(w.view_links(), "view")
        out.gap()
    w.para(page.date, "date")


def _html2text(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> Writer:
    mdfy = page.style == "markdownify"
    width = 0 if mdfy else rng.choice((78, 78, 0))
    base = rng.choice(("", HF)) if not mdfy else ""
    syntax = Syntax(
        link="md",
        image="md",
        escape=mdfy_escape if mdfy else h2t_escape,
        base=base,
        width=width,
        bullet="* " if mdfy else "  * ",
        title_mark="### ",
        rule=("---" if mdfy else "* * *") if page.rules else "",
    )
    w = Writer(out, rng, syntax)
    _document_head(w, page, "setext" if mdfy else "atx")
    w.cards(cards)
    if page.footer:
        w.items(w.foot_links(), "footer")
    return w


def _pandoc(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> Writer:
    gfm = page.style == "gfm"
    syntax = Syntax(
        link="md" if gfm else "text",
        image="md" if gfm else "alt",
        escape=gfm_escape if gfm else no_escape,
        width=72,
        wrap_titles=not gfm,  # a gfm heading stays on one line
        wrap_items=True,
        bullet="- " if gfm else "-   ",  # a tight list, its items with a hanging indent
        title_mark="### " if gfm else "",
        upvote_gap=0.5,
        list_break="<!-- -->",
        rule="-" * 72 if page.rules else "",
    )
    w = Writer(out, rng, syntax)
    _document_head(w, page, "atx" if gfm else "caps")
    w.cards(cards)
    if page.footer:
        w.items(w.foot_links(), "footer")
    return w


def _lynx(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> Writer:
    width = rng.choice((76, 77, 78, 79))
    syntax = Syntax(
        link="mark",
        image="lynx",
        width=width,
        indent="   ",
        bullet="     * ",
        authors="dot",
        dots=("", "· "),
    )
    w = Writer(out, rng, syntax)
    if page.nav:
        w.line(w.logo(), "nav")
        w.items(w.nav_links(), "nav")
        out.gap()
    out.ln(" " * ((width - len(page.heading)) // 2) + page.heading, "header")
    out.gap()
    w.para(w.by_line(), "header")
    if page.views:
        w.para(" ".join(w.link(v, f"{HF}/papers?v={v}") for v in VIEWS), "view")
    w.para(page.date, "date")
    w.cards(cards)
    if page.footer:
        w.para("   ".join(w.foot_links()), "footer")
    out.gap()
    out.ln("References", "references")
    out.gap()
    if w.hidden:
        out.ln("   Visible links:", "references")
    out.many([f"{i:4d}. {u}" for i, u in enumerate(w.refs, 1)], "references")
    if w.hidden:
        out.ln("   Hidden links:", "references")
        out.many([f"{i:4d}. {u}" for i, u in enumerate(w.hidden, len(w.refs) + 1)], "references")
    return w


def _w3m(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> Writer:
    bullet = rng.choice(("•", "•", "*"))
    listed = rng.random() < 0.5  # the cards are items of one list
    syntax = Syntax(
        width=80,
        indent="    " if listed else "",
        bullet=f"  {bullet} ",
        listed=listed,
        blanks="none" if listed else "paragraphs",
        authors="dot",
        dots=("· ", ""),
    )
    w = Writer(out, rng, syntax)
    if page.nav:
        out.ln(w.logo(), "nav")
        w.items(w.nav_links(), "nav")
        out.gap()
    out.ln(page.heading, "header")
    out.gap()
    out.ln(w.by_line(), "header")
    out.gap()
    if page.views:
        out.ln(" ".join(w.view_links()), "view")
    out.ln(page.date, "date")
    out.gap()
    w.cards(cards)
    out.gap()
    if page.footer:
        out.ln("  ".join(w.foot_links()), "footer")
    return w


def _copy(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> Writer:
    if page.nav:
        out.many(["Hugging Face's logo", "Hugging Face", *NAV], "nav")
    out.many([page.heading, "by AK and the research community"], "header")
    out.many(["Get trending papers in your email inbox!", "Subscribe"], "header")
    if page.views:
        out.many(list(VIEWS), "view")
    out.ln(page.date, "date")
    syntax = Syntax(
        blanks="abstract",
        tabs=rng.random() < 0.6,
        stars=page.trending,
        authors="dot_line",
        submitter_line=True,
    )
    w = Writer(out, rng, syntax)
    w.cards(cards)
    out.gap()
    if page.footer:
        out.many(["System theme", "Company", *FOOT[:5], "Website", *FOOT[5:]], "footer")
    return w


def _reader(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> Writer:
    md = page.style == "reader-md"
    heading = rng.random() < 0.5
    glue = rng.choice(("", " ", " ", " · "))  # how the page's card date meets its title
    if heading:
        out.ln(f"# {page.heading}" if md else page.heading, "header")
        out.gap()
    syntax = Syntax(
        escape=turndown_escape if md else no_escape,
        title_mark="# " if md else "",
        chrome=False,
        authors="late",
        date_glue=None if md else glue,
    )
    w = Writer(out, rng, syntax)
    w.cards(cards)
    return w


def _jina(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> Writer:
    syntax = Syntax(
        link="ref",
        image="numbered",
        escape=turndown_escape,
        bullet="*   ",
        title_mark="### ",
        dates=False,
        upvote_gap=1.0,
    )
    w = Writer(out, rng, syntax)
    out.ln(f"Title: {page.heading} - Hugging Face", "preamble")
    out.gap()
    out.ln(f"URL Source: {HF}/papers", "preamble")
    out.gap()
    out.ln("Markdown Content:", "preamble")
    _document_head(w, page, "setext")
    w.cards(cards)
    out.gap()
    out.many([f"[{i}]: {u}" for i, u in enumerate(w.refs, 1)], "references")
    return w


_TOOLS: dict[str, Callable[[Out, random.Random, PageOpts, list[CardData]], Writer]] = {
    "c_html2text": _html2text,
    "c_pandoc": _pandoc,
    "c_lynx": _lynx,
    "c_w3m": _w3m,
    "c_copy": _copy,
    "c_reader": _reader,
    "c_jina": _jina,
}
MD_STYLES = frozenset(("html2text", "markdownify", "gfm", "reader-md", "jina"))


def render_converted(
    rng: random.Random, papers: Iterator[Paper], n_cards: int, spec: PageSpec
) -> tuple[list[Ln], list[CardTruth]]:
    """One page of ``n_cards`` cards as ``spec.arrangement``'s tool writes it."""
    arr = spec.arrangement
    style = spec.style
    if arr.name == "c_reader":
        style = rng.choice(("reader", "reader", "reader-md"))
    page = PageOpts(
        style=style,
        nav=rng.random() < 0.5,
        views=rng.random() < 0.4,
        footer=rng.random() < 0.4,
        trending=rng.random() < 0.25,
        rules=rng.random() < 0.3,
        date=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
    )
    cards = [draw_card(rng, next(papers), page.trending) for _ in range(n_cards)]
    out = Out(md=style in MD_STYLES)
    spec.wrap = _TOOLS[arr.name](out, rng, page, cards).wrap
    spec.style = style
    spec.truncated = False
    while out.lines and out.lines[-1].role == BLANK:
        out.lines.pop()
    return out.lines, out.cards
