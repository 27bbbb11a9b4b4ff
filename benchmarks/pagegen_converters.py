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
"""

from __future__ import annotations

import random
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pagegen_chrome import ABSTRACT, BLANK, CHROME, HF, MONTHS, NAV, TITLE, Ln, blank
from pagegen_render import Arrangement, PageSpec
from pagegen_source import CardText, Paper, card_text
from pagegen_truth import CardTruth

THUMB = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{}.png"
AVATARS = "https://cdn-avatars.huggingface.co/v1/production/uploads"
LOGO = "/front/assets/huggingface_logo-noborder.svg"
USERS = ("akhaliq", "taesiri", "nielsr", "hysts", "alexz", "Linzhan", "vvasilev")
ORGS = ("Google", "Meta AI", "NVIDIA", "Tsinghua University", "Apple", "ByteDance Seed", "Qwen")
FOOT = ("TOS", "Privacy", "About", "Jobs", "Careers", "Models", "Datasets", "Spaces", "Docs")
_CM_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


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

    def end(self, cd: CardData, title: str, abstract: str) -> None:
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
                arxiv_id=pid if any(pid in ln.text for ln in span) else None,
                id_sure=any(pid in ln.text for ln in core),
                flags=flags,
                probes=sorted({ln.probe for ln in span if ln.probe} | set(self._extra)),
                title_form=cd.text.title_form,
                abstract_form=cd.text.abstract_form,
            )
        )


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


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _avatar(rng: random.Random) -> str:
    return f"{AVATARS}/{_hex(rng, 24)}/{_hex(rng, 8)}.png"


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", name)


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


def _html2text(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> str:
    mdfy = page.style == "markdownify"
    width = 0 if mdfy else rng.choice((78, 78, 0))
    base = rng.choice(("", HF)) if not mdfy else ""
    esc = mdfy_escape if mdfy else h2t_escape
    bullet = "* " if mdfy else "  * "

    def para(s: str, kind: str = "markup", probe: str = "") -> None:
        out.many(fill(s, width), kind, probe)
        out.gap()

    if page.nav:
        para(f"[![Hugging Face's logo]({base}{LOGO}) Hugging Face]({base}/)", "nav")
        out.many([f"{bullet}[{n}]({base}/{n.split()[0].lower()})" for n in NAV], "nav")
        out.gap()
    if mdfy:
        out.many([page.heading, "=" * len(page.heading)], "header")
        out.gap()
    else:
        para(f"# {page.heading}", "header")
    para(f"by [AK]({base}/akhaliq) and the research community", "header")
    if page.views:
        out.many([f"{bullet}[{v}]({base}/papers)" for v in ("Daily", "Weekly", "Monthly")], "view")
        out.gap()
    para(page.date, "date")
    for cd in cards:
        pid, link = cd.paper.pid, f"{base}/papers/{cd.paper.pid}"
        out.begin()
        if cd.thumb:
            para(f"[![]({THUMB.format(pid)})]({link})", "image")
        if cd.votes:
            out.ln("Upvote", "upvotes", "Upvote")
            para(cd.votes, "upvotes", cd.votes)
        title = esc(cd.text.title)
        out.text(TITLE, fill(f"### [{title}]({link})", width))
        out.gap()
        if cd.avatars or cd.authors:
            out.many([f"{bullet}![]({_avatar(rng)})" for _ in range(cd.avatars)], "image")
            if cd.authors:
                a = f"{cd.authors} authors"
                out.ln(f"{bullet}[{a}]({link})", "authors", a)
            out.gap()
        if cd.submitter:
            para(f"Submitted by ![]({_avatar(rng)}) {cd.submitter}", "submitted_by", "Submitted by")
        if cd.org:
            para(f"[{cd.org}]({base}/{_slug(cd.org)})", "org", cd.org)
        if cd.date:
            para(f"Published on {cd.date}", "date", cd.date)
        abstract = esc(cd.text.abstract) if cd.text.abstract else ""
        if abstract:
            out.text(ABSTRACT, fill(abstract, width))
            out.gap()
        if cd.comments:
            para(f"[{cd.comments}]({link}#community)", "comments")
        out.end(cd, title, abstract)
        if page.rules:
            para("---" if mdfy else "* * *", "markup")
    if page.footer:
        out.many([f"{bullet}[{n}]({base}/{n.lower()})" for n in FOOT], "footer")
    return f"w{width}" if width else "none"


def _pandoc(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> str:
    gfm = page.style == "gfm"
    width = 72

    def para(s: str, kind: str = "markup", probe: str = "") -> None:
        out.many(fill(s, width), kind, probe)
        out.gap()

    def items(texts: list[str], kind: str, probe: str = "") -> None:
        for t in texts:  # pandoc's tight list: "-   " (plain) or "- " (gfm), hanging indent
            out.many(fill(t, width, "- " if gfm else "-   ", "  " if gfm else "    "), kind, probe)
        out.gap()

    if page.nav:
        if gfm:
            para(f"[![Hugging Face's logo]({HF}{LOGO}) Hugging Face]({HF}/)", "nav")
            items([f"[{n}]({HF}/{n.split()[0].lower()})" for n in NAV], "nav")
        else:
            para("Hugging Face's logo Hugging Face", "nav")
            items(list(NAV), "nav")
    if gfm:
        para(f"# {page.heading}", "header")
        para(f"by [AK]({HF}/akhaliq) and the research community", "header")
    else:
        para(page.heading.upper(), "header")
        out.gap(2)
        para("by AK and the research community", "header")
    if page.views:
        items([f"[{v}]({HF}/papers)" if gfm else v for v in ("Daily", "Weekly", "Monthly")], "view")
    para(page.date, "date")
    lists_open = False  # two lists in a row: pandoc separates them with "<!-- -->"
    for cd in cards:
        pid, link = cd.paper.pid, f"{HF}/papers/{cd.paper.pid}"
        out.begin()
        if cd.thumb and gfm:
            para(f"[![]({THUMB.format(pid)})]({link})", "image")
        if cd.votes:
            out.ln("Upvote", "upvotes", "Upvote")
            if rng.random() < 0.5:
                out.gap()
            para(cd.votes, "upvotes", cd.votes)
        title = gfm_escape(cd.text.title) if gfm else cd.text.title
        out.text(TITLE, [f"### [{title}]({link})"] if gfm else fill(title, width))
        out.gap()
        lists_open = False
        if cd.avatars and gfm:
            items([f"![]({_avatar(rng)})" for _ in range(cd.avatars)], "image")
            lists_open = True
        if cd.authors:
            a = f"{cd.authors} authors"
            if lists_open:
                out.ln("<!-- -->", "markup")
                out.gap()
            items([f"[{a}]({link})" if gfm else a], "authors", a)
        if cd.submitter:
            img = f" ![]({_avatar(rng)})" if gfm else ""
            para(f"Submitted by{img} {cd.submitter}", "submitted_by", "Submitted by")
        if cd.org:
            para(f"[{cd.org}]({HF}/{_slug(cd.org)})" if gfm else cd.org, "org", cd.org)
        if cd.date:
            para(f"Published on {cd.date}", "date", cd.date)
        abstract = (
            (gfm_escape(cd.text.abstract) if gfm else cd.text.abstract) if cd.text.abstract else ""
        )
        if abstract:
            out.text(ABSTRACT, fill(abstract, width))
            out.gap()
        if cd.comments:
            para(f"[{cd.comments}]({link}#community)" if gfm else str(cd.comments), "comments")
        out.end(cd, title, abstract)
        if page.rules:
            para("-" * 72, "markup")
    if page.footer:
        items([f"[{n}]({HF}/{n.lower()})" if gfm else n for n in FOOT], "footer")
    return "w72"


def _lynx(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> str:
    width = rng.choice((76, 77, 78, 79))
    refs: list[str] = []
    hidden: list[str] = []

    def mark(url: str) -> str:
        refs.append(url)
        return f"[{len(refs)}]"

    def para(s: str, kind: str = "markup", probe: str = "") -> None:
        out.many(fill(s, width, "   ", "   "), kind, probe)
        out.gap()

    if page.nav:
        out.ln(f"   {mark(HF + '/')}Hugging Face's logo Hugging Face", "nav")
        for n in NAV:
            out.ln(f"     * {mark(HF + '/' + n.split()[0].lower())}{n}", "nav")
        out.gap()
    out.ln(" " * ((width - len(page.heading)) // 2) + page.heading, "header")
    out.gap()
    para(f"by {mark(HF + '/akhaliq')}AK and the research community", "header")
    if page.views:
        para(
            " ".join(mark(f"{HF}/papers?v={v}") + v for v in ("Daily", "Weekly", "Monthly")), "view"
        )
    para(page.date, "date")
    for cd in cards:
        pid, link = cd.paper.pid, f"{HF}/papers/{cd.paper.pid}"
        out.begin()
        if cd.thumb:
            para(f"{mark(link)}[{pid}.png]", "image")
        if cd.votes:
            out.ln("   Upvote", "upvotes", "Upvote")
            para(cd.votes, "upvotes", cd.votes)
        out.text(TITLE, fill(f"{mark(link)}{cd.text.title}", width))
        out.gap()
        hidden.extend(f"{HF}/{rng.choice(USERS)}" for _ in range(cd.avatars))
        if cd.authors:
            a = f"{cd.authors} authors"
            para(f"{mark(link)}{rng.choice(('', '· '))}{a}", "authors", a)
        if cd.submitter:
            para(
                f"Submitted by {mark(HF + '/' + cd.submitter)}{cd.submitter}",
                "submitted_by",
                "Submitted by",
            )
        if cd.org:
            para(f"{mark(HF + '/' + _slug(cd.org))}{cd.org}", "org", cd.org)
        if cd.date:
            para(f"Published on {cd.date}", "date", cd.date)
        if cd.text.abstract:
            out.text(ABSTRACT, fill(cd.text.abstract, width, "   ", "   "))
            out.gap()
        if cd.comments:
            para(f"{mark(link + '#community')}{cd.comments}", "comments")
        out.end(cd, cd.text.title, cd.text.abstract)
    if page.footer:
        para("   ".join(mark(f"{HF}/{n.lower()}") + n for n in FOOT), "footer")
    out.gap()
    out.ln("References", "references")
    out.gap()
    if hidden:
        out.ln("   Visible links:", "references")
    out.many([f"{i:4d}. {u}" for i, u in enumerate(refs, 1)], "references")
    if hidden:
        out.ln("   Hidden links:", "references")
        out.many([f"{i:4d}. {u}" for i, u in enumerate(hidden, len(refs) + 1)], "references")
    return f"w{width}"


def _w3m(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> str:
    width = 80
    bullet = rng.choice(("•", "•", "*"))
    listed = rng.random() < 0.5  # the cards are items of one list
    ind = "    " if listed else ""

    def para(s: str, kind: str = "markup", probe: str = "") -> None:
        out.many(fill(s, width, ind, ind), kind, probe)

    if page.nav:
        out.ln("Hugging Face's logo Hugging Face", "nav")
        out.many([f"  {bullet} {n}" for n in NAV], "nav")
        out.gap()
    out.ln(page.heading, "header")
    out.gap()
    out.ln("by AK and the research community", "header")
    out.gap()
    if page.views:
        out.ln("Daily Weekly Monthly", "view")
    out.ln(page.date, "date")
    out.gap()
    for cd in cards:
        out.begin()
        if cd.votes:
            para("Upvote", "upvotes", "Upvote")
            para(cd.votes, "upvotes", cd.votes)
        if listed:
            out.text(TITLE, fill(cd.text.title, width, f"  {bullet} ", "    "))
        else:
            out.gap()
            out.text(TITLE, fill(cd.text.title, width))
            out.gap()
        if cd.authors:
            a = f"{cd.authors} authors"
            para(rng.choice(("· ", "")) + a, "authors", a)
        if cd.submitter:
            para(f"Submitted by {cd.submitter}", "submitted_by", "Submitted by")
        if cd.org:
            para(cd.org, "org", cd.org)
        if cd.date:
            para(f"Published on {cd.date}", "date", cd.date)
        if cd.text.abstract:
            if not listed:
                out.gap()
            out.text(ABSTRACT, fill(cd.text.abstract, width, ind, ind))
            if not listed:
                out.gap()
        if cd.comments:
            para(str(cd.comments), "comments")
        out.end(cd, cd.text.title, cd.text.abstract)
        if not listed:
            out.gap()
    out.gap()
    if page.footer:
        out.ln("  ".join(FOOT), "footer")
    return "w80"


def _copy(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> str:
    if page.nav:
        out.many(["Hugging Face's logo", "Hugging Face", *NAV], "nav")
    out.many([page.heading, "by AK and the research community"], "header")
    out.many(["Get trending papers in your email inbox!", "Subscribe"], "header")
    if page.views:
        out.many(["Daily", "Weekly", "Monthly"], "view")
    out.ln(page.date, "date")
    tabs = rng.random() < 0.6
    for cd in cards:
        out.begin()
        if cd.votes:
            if tabs:
                out.ln(f"Upvote\t{cd.votes}", "upvotes", "Upvote")
            else:
                out.ln("Upvote", "upvotes", "Upvote")
                out.ln(cd.votes, "upvotes", cd.votes)
        out.text(TITLE, [cd.text.title])
        if cd.authors:
            a = f"{cd.authors} authors"
            if rng.random() < 0.5:
                out.ln("·", "dot", "·")
                out.ln(a, "authors", a)
            else:
                out.ln(f"· {a}", "authors", a)
        if cd.submitter:
            out.ln("Submitted by", "submitted_by", "Submitted by")
            out.ln(cd.submitter, "submitted_by", cd.submitter)
        if cd.org:
            out.ln(cd.org, "org", cd.org)
        if cd.date:
            out.ln(f"Published on {cd.date}", "date", cd.date)
        if cd.text.abstract:
            out.gap()
            out.text(ABSTRACT, [cd.text.abstract])
            out.gap()
        if cd.comments:
            out.ln(str(cd.comments), "comments")
        if cd.stars and page.trending:
            out.ln(f"GitHub\t{cd.stars}" if tabs else cd.stars, "github")
        out.end(cd, cd.text.title, cd.text.abstract)
    out.gap()
    if page.footer:
        out.many(["System theme", "Company", *FOOT[:5], "Website", *FOOT[5:]], "footer")
    return "none"


def _reader(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> str:
    md = page.style == "reader-md"
    if rng.random() < 0.5:
        out.ln(f"# {page.heading}" if md else page.heading, "header")
        out.gap()
    glue = rng.choice(("", " ", " ", " · "))  # how the page's card date meets its title
    for cd in cards:
        out.begin()
        title = turndown_escape(cd.text.title) if md else cd.text.title
        shown = f"# {title}" if md else title
        if not md and cd.date and rng.random() < 0.7:
            shown += glue + cd.date
            out.probe(cd.date)
        out.text(TITLE, [shown])
        out.gap()
        abstract = (turndown_escape(cd.text.abstract) if md else cd.text.abstract) or ""
        if abstract:
            out.text(ABSTRACT, [abstract])
            out.gap()
        if cd.authors and rng.random() < 0.1:
            a = f"{cd.authors} authors"
            out.ln(a, "authors", a)
            out.gap()
        out.end(cd, title, abstract)
    return "none"


def _jina(out: Out, rng: random.Random, page: PageOpts, cards: list[CardData]) -> str:
    refs: list[str] = []
    images = [0]

    def ref(url: str) -> str:
        refs.append(url)
        return f"[{len(refs)}]"

    def img(url: str, alt: str = "") -> str:
        images[0] += 1
        return f"![Image {images[0]}{': ' + alt if alt else ''}]({url})"

    def para(s: str, kind: str = "markup", probe: str = "") -> None:
        out.ln(s, kind, probe)
        out.gap()

    out.many([f"Title: {page.heading} - Hugging Face"], "preamble")
    out.gap()
    out.ln(f"URL Source: {HF}/papers", "preamble")
    out.gap()
    out.ln("Markdown Content:", "preamble")
    if page.nav:
        para(
            f"[{img(HF + LOGO, 'Hugging Face' + chr(39) + 's logo')} Hugging Face]{ref(HF + '/')}",
            "nav",
        )
        out.many([f"*   [{n}]{ref(HF + '/' + n.split()[0].lower())}" for n in NAV], "nav")
        out.gap()
    out.many([page.heading, "=" * len(page.heading)], "header")
    out.gap()
    para(f"by [AK]{ref(HF + '/akhaliq')} and the research community", "header")
    if page.views:
        out.many(
            [f"*   [{v}]{ref(HF + '/papers')}" for v in ("Daily", "Weekly", "Monthly")], "view"
        )
        out.gap()
    para(page.date, "date")
    for cd in cards:
        pid, link = cd.paper.pid, f"{HF}/papers/{cd.paper.pid}"
        out.begin()
        if cd.thumb:
            para(f"[{img(THUMB.format(pid))}]{ref(link)}", "image")
        if cd.votes:
            para("Upvote", "upvotes", "Upvote")
            para(cd.votes, "upvotes", cd.votes)
        title = turndown_escape(cd.text.title)
        out.text(TITLE, [f"### [{title}]{ref(link)}"])
        out.gap()
        if cd.avatars or cd.authors:
            out.many([f"*   {img(_avatar(rng))}" for _ in range(cd.avatars)], "image")
            if cd.authors:
                a = f"{cd.authors} authors"
                out.ln(f"*   [{a}]{ref(link)}", "authors", a)
            out.gap()
        if cd.submitter:
            para(f"Submitted by {img(_avatar(rng))} {cd.submitter}", "submitted_by", "Submitted by")
        if cd.org:
            para(f"[{cd.org}]{ref(HF + '/' + _slug(cd.org))}", "org", cd.org)
        abstract = turndown_escape(cd.text.abstract) if cd.text.abstract else ""
        if abstract:
            out.text(ABSTRACT, [abstract])
            out.gap()
        if cd.comments:
            para(f"[{cd.comments}]{ref(link + '#community')}", "comments")
        out.end(cd, title, abstract)
    out.gap()
    out.many([f"[{i}]: {u}" for i, u in enumerate(refs, 1)], "references")
    return "none"


_TOOLS: dict[str, Callable[[Out, random.Random, PageOpts, list[CardData]], str]] = {
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
    spec.wrap = _TOOLS[arr.name](out, rng, page, cards)
    spec.style = style
    spec.truncated = False
    while out.lines and out.lines[-1].role == BLANK:
        out.lines.pop()
    return out.lines, out.cards
