"""One card walk for every capture tool of ``pagegen --family conv`` (pagegen_converters).

A Hugging Face card holds the same parts whichever tool captures it: thumbnail, upvotes,
title, author avatars and count, submitter, organisation, date, abstract, comments.
``draw_card`` draws them; ``Writer.card`` writes them in that order, in one tool's
``Syntax``: its link, image and escape syntax, its wrap width and indents, its blank lines,
and the switches for the few parts a tool writes its own way (jina shows no date, lynx
lists the avatars' links as hidden ones, a browser copy puts ``Upvote`` and its count on
one line). ``Out`` keeps the lines and each card's truth (pagegen_truth).

The walk makes its random draws in the order the seven hand-written renderers it replaced
made them, so the pages stay byte-identical.
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from pagegen_chrome import ABSTRACT, BLANK, CHROME, HF, MONTHS, NAV, TITLE, Ln, blank
from pagegen_source import CardText, Paper, card_text
from pagegen_truth import CardTruth

THUMB = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{}.png"
AVATARS = "https://cdn-avatars.huggingface.co/v1/production/uploads"
LOGO = "/front/assets/huggingface_logo-noborder.svg"
USERS = ("akhaliq", "taesiri", "nielsr", "hysts", "alexz", "Linzhan", "vvasilev")
ORGS = ("Google", "Meta AI", "NVIDIA", "Tsinghua University", "Apple", "ByteDance Seed", "Qwen")
VIEWS = ("Daily", "Weekly", "Monthly")
FOOT = ("TOS", "Privacy", "About", "Jobs", "Careers", "Models", "Datasets", "Spaces", "Docs")
_CM_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def cm_text(s: str) -> str:
    """What CommonMark shows for a text with backslash escapes."""
    return _CM_ESCAPE.sub(r"\1", s)


def fill(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """A paragraph filled as textwrap (html2text, pandoc, lynx, w3m) fills it: words are
    never broken, a long URL stands alone on its line."""
    if not width:
        return [first + text]
    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first]


# --------------------------------------------------------------------------- cards


@dataclass
class CardData:
    """What one card of the HTML page holds, before a tool writes it."""

    paper: Paper
    text: CardText
    thumb: bool
    votes: str | None
    avatars: int
    authors: int | None
    org: str | None
    date: str | None
    comments: int | None
    stars: str | None
    submitter: str | None


def _count(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.15:
        return "-"
    return str(rng.randint(1, 400)) if r < 0.9 else f"{rng.randint(1, 9)}.{rng.randint(0, 9)}k"


def _date(rng: random.Random) -> str:
    d = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"
    return d + f", {rng.randint(2017, 2026)}" if rng.random() < 0.5 else d


def draw_card(rng: random.Random, paper: Paper, trending: bool) -> CardData:
    if trending:
        weights = (("full", 0.55), ("summary", 0.4), ("none", 0.05))
    else:
        weights = (("full", 0.84), ("summary", 0.08), ("none", 0.08))
    text = card_text(paper, rng, abstract_weights=weights)
    p = rng.random
    return CardData(
        paper,
        text,
        thumb=p() < 0.6,
        votes=None if trending and p() < 0.7 else _count(rng),
        avatars=rng.randint(1, 4) if p() < 0.6 else 0,
        authors=(paper.n_authors or rng.randint(1, 40)) if p() < 0.85 else None,
        org=rng.choice(ORGS) if p() < 0.3 else None,
        date=_date(rng) if p() < 0.35 else None,
        comments=rng.randint(1, 40) if p() < 0.4 else None,
        stars=_count(rng).replace("-", "12") if trending or p() < 0.15 else None,
        submitter=rng.choice(USERS) if p() < 0.6 else None,
    )


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _avatar(rng: random.Random) -> str:
    return f"{AVATARS}/{_hex(rng, 24)}/{_hex(rng, 8)}.png"


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", name)


# --------------------------------------------------------------------------- the page


class Out:
    """Lines of one page, with each card's spans and probes for the truth."""

    def __init__(self, md: bool) -> None:
        self.md = md  # the truth is the text as CommonMark shows it
        self.lines: list[Ln] = []
        self.cards: list[CardTruth] = []
        self._begin = 0
        self._spans: dict[str, tuple[int, int]] = {}
        self._extra: list[str] = []

    def ln(self, text: str, kind: str = "markup", probe: str = "") -> None:
        self.lines.append(Ln(text, CHROME, kind, probe))

    def many(self, texts: list[str], kind: str, probe: str = "") -> None:
        for t in texts:
            self.ln(t, kind, probe)

    def gap(self, n: int = 1) -> None:
        """At least ``n`` blank lines end the page so far (none at its start)."""
        have = 0
        for ln in reversed(self.lines):
            if ln.role != BLANK:
                break
            have += 1
        if self.lines and have < n:
            self.lines.extend(blank() for _ in range(n - have))

    def text(self, role: str, texts: list[str]) -> None:
        start = len(self.lines) + 1
        self.lines.extend(Ln(t, role) for t in texts)
        self._spans[role] = (start, len(self.lines))

    def begin(self) -> None:
        self._begin = len(self.lines)
        self._spans = {}
        self._extra = []

    def probe(self, text: str) -> None:
        self._extra.append(text)

    def end(self, cd: CardData, title: str, abstract: str, by_ref: bool = False) -> None:
        """The card's truth; ``by_ref``: its title links the paper by a reference the page
        resolves at its end (jina's ``[Title][12]`` + ``[12]: url``, lynx's ``[11]Title`` +
        ``  11. url``), so the card shows its id through its own title (inside it, sure)."""
        lines = self.lines
        first = self._begin
        while first < len(lines) and lines[first].role == BLANK:
            first += 1
        last = len(lines)
        while last > first and lines[last - 1].role == BLANK:
            last -= 1
        t0, t1 = self._spans[TITLE]
        a = self._spans.get(ABSTRACT)
        core = lines[t0 - 1 : (a or (t1, t1))[1]]
        pid = cd.paper.pid
        flags = []
        if not abstract:
            flags.append("no_abstract")
        elif cd.text.abstract_form == "summary":
            flags.append("summary")
        span = lines[first:last]
        self.cards.append(
            CardTruth(
                title=cm_text(title) if self.md else title,
                abstract=cm_text(abstract) if self.md else abstract,
                first=first + 1,
                last=last,
                title_lines=(t0, t1),
                abstract_lines=a,
                arxiv_id=pid if by_ref or any(pid in ln.text for ln in span) else None,
                id_sure=by_ref or any(pid in ln.text for ln in core),
                flags=flags,
                probes=sorted({ln.probe for ln in span if ln.probe} | set(self._extra)),
                title_form=cd.text.title_form,
                abstract_form=cd.text.abstract_form,
            )
        )


# --------------------------------------------------------------------------- a tool's syntax


def no_escape(s: str) -> str:
    return s


@dataclass(frozen=True)
class Syntax:
    """How one tool writes one page: drawn per page, as the tool's options vary."""

    link: str = "text"  # "md" [text](url), "ref" [text][12], "mark" [12]text, "text" text
    # "md" ![alt](src); "numbered" ![Image 3: alt](src) (jina); "lynx" the alt text or
    # [file.png], an avatar's link listed as a hidden one, the submitter's as a visible one;
    # "alt" the alt text, and no thumbnail or avatars (plain-text tools)
    image: str = "alt"
    escape: Callable[[str], str] = no_escape  # of the title and abstract
    base: str = HF  # the links' site, "" for site-relative links
    width: int = 0  # paragraphs filled to it (0: one line each)
    wrap_titles: bool = True  # titles filled too (pandoc's gfm headings are not)
    wrap_items: bool = False  # list items filled too, with a hanging indent (pandoc)
    indent: str = ""  # of every paragraph line (lynx's body, w3m's list)
    bullet: str = ""  # a list item's mark
    title_mark: str = ""  # "### ", "# "
    listed: bool = False  # the cards are items of one list: the title carries the bullet
    # where blank lines go: "blocks" after every paragraph, "paragraphs" around the
    # title, the abstract and each card, "abstract" around the abstract only, "none"
    blanks: str = "blocks"
    chrome: bool = True  # votes, submitter, organisation, date and comments (reader: none)
    dates: bool = True  # the card date as "Published on ..." (jina: none)
    upvote_gap: float = 0.0  # chance of a blank line between "Upvote" and its count
    tabs: bool = False  # "Upvote\t101" and "GitHub\t12" on one line (browser copy)
    stars: bool = False  # the GitHub stars (browser copy of a trending page)
    # the author count: "item" after the avatars in a list, "dot" a paragraph with a
    # drawn "· " (dots), "dot_line" a "·" line or "· " drawn (browser copy), "late" after
    # the abstract on one card in ten (reader)
    authors: str = "item"
    dots: tuple[str, ...] = ()
    list_break: str = ""  # between two lists in a row (pandoc's "<!-- -->")
    submitter_line: bool = False  # "Submitted by" on its own line, the name on the next
    date_glue: str | None = None  # the card date glued to the title with it (reader)
    rule: str = ""  # a rule after each card


class Writer:
    """One page in one tool's syntax: ``Out`` plus the tool's link lists."""

    def __init__(self, out: Out, rng: random.Random, syntax: Syntax) -> None:
        self.out = out
        self.rng = rng
        self.syn = syntax
        self.refs: list[str] = []  # numbered links (lynx's References, jina's definitions)
        self.hidden: list[str] = []  # lynx's Hidden links
        self.images = 0  # jina numbers its images

    @property
    def wrap(self) -> str:
        return f"w{self.syn.width}" if self.syn.width else "none"

    def link(self, text: str, url: str) -> str:
        style = self.syn.link
        if style == "md":
            return f"[{text}]({url})"
        if style == "text":
            return text
        self.refs.append(url)
        return f"[{len(self.refs)}]{text}" if style == "mark" else f"[{text}][{len(self.refs)}]"

    def image(self, src: str, alt: str = "") -> str:
        style = self.syn.image
        if style == "md":
            return f"![{alt}]({src})"
        if style == "numbered":
            self.images += 1
            return f"![Image {self.images}{': ' + alt if alt else ''}]({src})"
        return alt or f"[{src.rsplit('/', 1)[-1]}]"

    def chance(self, p: float) -> bool:
        """True with probability ``p``; a draw only when ``p`` is strictly between 0 and 1."""
        return p >= 1 or (p > 0 and self.rng.random() < p)

    def line(self, s: str, kind: str = "markup", probe: str = "") -> None:
        self.out.ln(self.syn.indent + s, kind, probe)

    def para(self, s: str, kind: str = "markup", probe: str = "") -> None:
        syn = self.syn
        self.out.many(fill(s, syn.width, syn.indent, syn.indent), kind, probe)
        if syn.blanks == "blocks":
            self.out.gap()

    def items(self, texts: list[str], kind: str, probe: str = "") -> None:
        """List items, without the blank line after the list."""
        syn = self.syn
        width = syn.width if syn.wrap_items else 0
        for t in texts:
            self.out.many(fill(t, width, syn.bullet, " " * len(syn.bullet)), kind, probe)

    # the page's own links, for the tools' page frames (pagegen_converters)

    def logo(self) -> str:
        logo = self.image(self.syn.base + LOGO, "Hugging Face's logo")
        return self.link(f"{logo} Hugging Face", self.syn.base + "/")

    def nav_links(self) -> list[str]:
        return [self.link(n, f"{self.syn.base}/{n.split()[0].lower()}") for n in NAV]

    def by_line(self) -> str:
        return f"by {self.link('AK', self.syn.base + '/akhaliq')} and the research community"

    def view_links(self) -> list[str]:
        return [self.link(v, self.syn.base + "/papers") for v in VIEWS]

    def foot_links(self) -> list[str]:
        return [self.link(n, f"{self.syn.base}/{n.lower()}") for n in FOOT]

    # ----------------------------------------------------------------------- the card walk

    def cards(self, cards: list[CardData]) -> None:
        for cd in cards:
            self.card(cd)

    def card(self, cd: CardData) -> None:
        """One card, its parts in the order the HTML card shows them."""
        syn, out, rng = self.syn, self.out, self.rng
        link = f"{syn.base}/papers/{cd.paper.pid}"
        shows_images = syn.image != "alt"
        inline_images = syn.image in ("md", "numbered")
        gaps = syn.blanks in ("blocks", "paragraphs")  # around the title, after the card
        out.begin()
        if cd.thumb and shows_images:
            self.para(self.link(self.image(THUMB.format(cd.paper.pid)), link), "image")
        if cd.votes and syn.chrome:
            if syn.tabs:
                out.ln(f"Upvote\t{cd.votes}", "upvotes", "Upvote")
            else:
                self.line("Upvote", "upvotes", "Upvote")
                if self.chance(syn.upvote_gap):
                    out.gap()
                self.para(cd.votes, "upvotes", cd.votes)

        title = syn.escape(cd.text.title)
        shown = syn.title_mark + self.link(title, link)
        if syn.date_glue is not None and cd.date and rng.random() < 0.7:
            shown += syn.date_glue + cd.date
            out.probe(cd.date)
        first, rest = (syn.bullet, syn.indent) if syn.listed else ("", "")
        if gaps:
            out.gap()
        out.text(TITLE, fill(shown, syn.width if syn.wrap_titles else 0, first, rest))
        if gaps:
            out.gap()

        avatars = []
        if inline_images:
            avatars = [self.image(_avatar(rng)) for _ in range(cd.avatars)]
        elif syn.image == "lynx":
            self.hidden.extend(f"{syn.base}/{rng.choice(USERS)}" for _ in range(cd.avatars))
        a = f"{cd.authors} authors" if cd.authors else ""
        if syn.authors == "item":
            if avatars:
                self.items(avatars, "image")
            if a:
                if avatars and syn.list_break:
                    out.gap()
                    out.ln(syn.list_break, "markup")
                    out.gap()
                self.items([self.link(a, link)], "authors", a)
            if avatars or a:
                out.gap()
        elif a and syn.authors == "dot":
            self.para(self.link(rng.choice(syn.dots) + a, link), "authors", a)
        elif a and syn.authors == "dot_line":
            if rng.random() < 0.5:
                out.ln("·", "dot", "·")
                out.ln(a, "authors", a)
            else:
                out.ln(f"· {a}", "authors", a)

        if cd.submitter and syn.chrome:
            name = cd.submitter
            if syn.submitter_line:
                out.ln("Submitted by", "submitted_by", "Submitted by")
                out.ln(name, "submitted_by", name)
            else:
                if inline_images:
                    name = f"{self.image(_avatar(rng))} {name}"
                elif syn.image == "lynx":
                    name = self.link(name, f"{syn.base}/{name}")
                self.para(f"Submitted by {name}", "submitted_by", "Submitted by")
        if cd.org and syn.chrome:
            self.para(self.link(cd.org, f"{syn.base}/{_slug(cd.org)}"), "org", cd.org)
        if cd.date and syn.chrome and syn.dates:
            self.para(f"Published on {cd.date}", "date", cd.date)

        abstract = syn.escape(cd.text.abstract)
        if abstract:
            if syn.blanks != "none":
                out.gap()
            out.text(ABSTRACT, fill(abstract, syn.width, syn.indent, syn.indent))
            if syn.blanks != "none":
                out.gap()
        if a and syn.authors == "late" and rng.random() < 0.1:
            self.para(a, "authors", a)
        if cd.comments and syn.chrome:
            self.para(self.link(str(cd.comments), link + "#community"), "comments")
        if cd.stars and syn.stars:
            out.ln(f"GitHub\t{cd.stars}" if syn.tabs else cd.stars, "github")
        # (every reference is defined at the page's end: no converter page is cut)
        out.end(cd, title, abstract, by_ref=syn.link in ("ref", "mark"))
        if syn.rule:
            self.para(syn.rule, "markup")
        if gaps:
            out.gap()
