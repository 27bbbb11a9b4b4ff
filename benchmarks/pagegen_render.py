"""Rendering cards and pages: the chrome arrangements, the layouts and the capture styles.

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

Every line carries its role (``title``, ``abstract``, ``chrome``, ``blank``, ``reject``),
its chrome kind, and for chrome the text that must never leak into a record (its probe).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from pagegen_source import TITLE_FORMS, CardText, Paper, card_text

TITLE, ABSTRACT, CHROME, BLANK, REJECT = "title", "abstract", "chrome", "blank", "reject"
STYLES = ("plain", "md", "ref", "web")
LAYOUTS = ("A", "B")

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ORGS = (
    "Google",
    "Carnegie Mellon University",
    "Microsoft",
    "NVIDIA",
    "Meta AI",
    "Alibaba Group",
    "Tsinghua University",
    "ByteDance Seed",
    "Shanghai AI Laboratory",
    "Kandinsky Lab",
    "Soochow University",
    "Idiap Research Institute",
    "Allen Institute for AI",
    "Stanford University",
    "University of Massachusetts Amherst",
    "Apple",
    "Qwen",
    "DeepSeek",
    "OCC",
    "Salesforce",
    "Tencent ARC Lab",
    "ETH Zurich",
)
_USERS = ("vvasilev", "akhaliq", "hysts", "Linzhan", "alexz", "mrs83", "taesiri", "nielsr")
_SEARCHES = ("Intercode Bash", "vision language retrieval", "source citations", "Long-context ASR")
_NAV = (
    "Models",
    "Datasets",
    "Spaces",
    "Buckets new",
    "Docs",
    "Enterprise",
    "Pricing",
    "Log In",
    "Sign Up",
)
_FOOTER = (
    "System theme",
    "Company",
    "TOS",
    "Privacy",
    "About",
    "Jobs",
    "Website",
    "Models",
    "Datasets",
    "Spaces",
    "Pricing",
    "Docs",
)
_PAGINATION = ("Previous", "Next", "Load more", "Page 1 of 3", "Show more")
_CONTACTS = (
    "Contact us at foo@example.com",
    "Questions? Write to papers@example.org",
    "Feedback welcome: team@example.net",
)
_HF = "https://huggingface.co"
_AVATAR = "https://cdn-avatars.huggingface.co/v1/production/uploads"
_NO_ALT = "[图片：无替代文本]"  # "image: no alt text", as a Chinese-locale extractor writes it

# Markdown escapes a capture tool writes (turndown-like); all are CommonMark backslash
# escapes of ASCII punctuation, so unescaping gives the text back exactly.
_MD_ALWAYS = re.compile(r"([\\`*_\[\]])")
_MD_NUMBER_DOT = re.compile(r"(^|\s)(\d+)\.(?=\s|$)")
_MD_DASHES = re.compile(r"(?<=\s)(-{2,})(?=\s)")
_MD_LINE_START = re.compile(r"^(?:[-+#>]|\d+[.)](?:\s|$))")


# --------------------------------------------------------------------------- lines


@dataclass(slots=True)
class Ln:
    text: str
    role: str
    kind: str = ""
    probe: str = ""  # chrome text that must not end up in a title or abstract


Block = list[Ln]


def chrome(text: str, kind: str, probe: str = "") -> Ln:
    return Ln(text, CHROME, kind, probe)


def blank(text: str = "") -> Ln:
    return Ln(text, BLANK)


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
        page_date=f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}",
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


# --------------------------------------------------------------------------- chrome items


@dataclass
class Ctx:
    """Per-page state the item renderers need."""

    rng: random.Random
    spec: PageSpec
    ref: int = 30  # next reference number (ref style)
    anchors: int = 0

    def next_ref(self) -> int:
        self.ref += 1
        return self.ref

    def hexid(self, n: int = 24) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def count(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return "-"
        if r < 0.9:
            return str(self.rng.randint(1, 250))
        return f"{self.rng.randint(1, 9)}.{self.rng.randint(0, 9)}k"

    def date(self, year: bool | None = None) -> str:
        m, d = self.rng.choice(_MONTHS), self.rng.randint(1, 28)
        if year is None:
            year = self.rng.random() < 0.6
        return f"{m} {d}, {self.rng.randint(2017, 2026)}" if year else f"{m} {d}"


Item = list[Block]  # one chrome item: blocks kept in order (and together when shuffled)


def render_item(kind: str, ctx: Ctx, paper: Paper) -> Item:
    return _RENDERERS[kind](ctx, paper)


def _upvotes(ctx: Ctx, p: Paper) -> Item:
    rng, style, n = ctx.rng, ctx.spec.style, ctx.count()
    login = f"{_HF}/login?next=%2Fpapers%2F{p.pid}"
    if style == "md":
        r = rng.random()
        if r < 0.7:
            return [[chrome(f"[{n}]({login})", "upvotes", n)]]
        return [
            [
                chrome("[Upvote", "upvotes", "Upvote"),
                blank(),
                chrome(f"{n}]({login})", "upvotes", n),
            ]
        ]
    if style == "ref":
        return [
            [
                chrome("[", "markup"),
                chrome(n, "upvotes", n),
                chrome(f"][{ctx.next_ref()}]", "markup"),
            ]
        ]
    if style == "web":
        if rng.random() < 0.5:
            return [[chrome(" [-] 1", "upvotes", "[-] 1")]]
        return [[chrome(f"[{n}]({login})", "upvotes", n)]]
    if rng.random() < 0.35:
        return [[chrome("Upvote", "upvotes", "Upvote")], [chrome(n, "upvotes", n)]]
    return [[chrome(n, "upvotes", n)]]


def _url(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    page = f"{_HF}/papers/{p.pid}"
    if ctx.spec.style == "md":
        text = rng.choice(
            (
                f"[![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{p.pid}.png)]"
                f"({page})",
                f"[{_NO_ALT}]({page})",
                page,
            )
        )
    else:
        text = rng.choice((page, page, f"{_HF}/login?next=%2Fpapers%2F{p.pid}"))
    return [[chrome(text, "url", p.pid)]]


def _authors(ctx: Ctx, p: Paper) -> Item:
    rng, style = ctx.rng, ctx.spec.style
    n = p.n_authors or rng.randint(1, 40)
    text = f"{n} authors"
    page = f"{_HF}/papers/{p.pid}"
    if style == "md":
        r = rng.random()
        if r < 0.4:
            return [[chrome(f"[- {text}]({page})", "authors", text)]]
        if r < 0.6:
            return [[chrome("[", "markup"), blank(), chrome(f"{text}]({page})", "authors", text)]]
        if r < 0.85:
            avatars = [
                chrome(f"- ![]({_AVATAR}/{ctx.hexid()}/{ctx.hexid(8)}.jpeg)\\\\", "image")
                for _ in range(rng.randint(1, 3))
            ]
            avatars[0].text = "[" + avatars[0].text
            return [[*avatars, chrome(f"- {text}]({page})", "authors", text)]]
        return [[chrome(f"- {text}", "authors", text)]]
    if style == "ref":
        return [
            [
                chrome("[", "markup"),
                chrome(f"* {text}", "authors", text),
                chrome(f"][{ctx.next_ref()}]", "markup"),
            ]
        ]
    if style == "web":
        return [[chrome(f"{text}]({page})", "authors", text)]]
    return [[chrome(rng.choice(("", "- ", "* ", "· ")) + text, "authors", text)]]


def _dot_authors(ctx: Ctx, p: Paper) -> Item:
    text = f"{p.n_authors or ctx.rng.randint(1, 40)} authors"
    return [[chrome(f"· {text}", "authors", text)]]


def _org(ctx: Ctx, p: Paper) -> Item:
    """An organisation line, always with what marks it on real pages: ``·`` and a date, or
    its profile link."""
    rng, style = ctx.rng, ctx.spec.style
    name = rng.choice(_ORGS)
    slug = re.sub(r"[^A-Za-z0-9]", "", name)
    prof = f"{_HF}/{slug}"
    date = ctx.date()
    published = rng.choice(("", "Published on "))
    if style == "md":
        r = rng.random()
        if r < 0.25:
            return [[chrome(f"[[图片：{slug}] {name}]({prof}) · {published}{date}", "org", name)]]
        if r < 0.5:
            line = chrome(
                f"[![{slug}]({_AVATAR}/{ctx.hexid()}/{ctx.hexid(8)}.png){name}]({prof})",
                "org",
                name,
            )
        elif r < 0.75:
            line = chrome(f"[{name}]({prof})", "org", name)
        else:
            return [
                [chrome(f"[![{slug}]({_AVATAR}/{slug}.png)]({prof})", "image")],
                [chrome(f"[{name}]({prof})", "org", name)],
                [chrome(f"· {published}{date}", "date", date)],
            ]
        return [[line], [chrome("·", "dot", "·")], [chrome(f"{published}{date}", "date", date)]]
    if style == "ref":
        return [
            [
                chrome(f"[[{slug}] {name}][{ctx.next_ref()}]", "org", name),
                chrome("·", "dot", "·"),
                chrome(date, "date", date),
            ]
        ]
    lead = rng.choice(("", "", " "))
    r = rng.random()
    if r < 0.5:
        return [
            [chrome(lead + name, "org", name)],
            [chrome("·", "dot", "·")],
            [chrome(f"{published}{date}", "date", date)],
        ]
    if r < 0.75:
        return [
            [chrome(lead + name, "org", name)],
            [chrome(prof, "url", slug)],
            [chrome("·", "dot", "·")],
            [chrome(date, "date", date)],
        ]
    return [[chrome(lead + name, "org", name)], [chrome(f"· {published}{date}", "date", date)]]


def _dot(ctx: Ctx, p: Paper) -> Item:
    return [[chrome(ctx.rng.choice(("·", "·", "•")), "dot", "·")]]


def _date(ctx: Ctx, p: Paper) -> Item:
    date = ctx.date()
    text = ctx.rng.choice(
        (date, date, f"Published on {date}", f"· Published on {date}", f"· {date}")
    )
    return [[chrome(text, "date", date)]]


def _comments(ctx: Ctx, p: Paper) -> Item:
    rng, style = ctx.rng, ctx.spec.style
    n, date = rng.randint(1, 40), ctx.date()
    community = f"{_HF}/papers/{p.pid}#community"
    if style in ("md", "web"):
        return [[chrome(f"{date}[{n}]({community})", "comments", date)]]
    if style == "ref":
        return [[chrome(f"{date} [ {n}][{ctx.next_ref()}]", "comments", date)]]
    if rng.random() < 0.5:
        short = ctx.date(year=False)
        return [[chrome(f"{short}{n}", "comments", short)]]
    return [
        [chrome(f"{date} ", "date", date)],
        [chrome(str(n), "comments", str(n))],
        [chrome(community, "url", p.pid)],
    ]


def _github(ctx: Ctx, p: Paper) -> Item:
    rng, style = ctx.rng, ctx.spec.style
    stars = p.stars if p.stars and rng.random() < 0.5 else ctx.count().replace("-", "12")
    repo = f"https://github.com/{ctx.hexid(6)}/{ctx.hexid(8)}"
    if style in ("md", "ref", "web"):
        text = rng.choice(
            (
                f"[GitHub {stars}]({repo}) [arXiv Page](https://arxiv.org/abs/{p.pid})",
                f"[LINK: GitHub {stars}]({repo})",
            )
        )
        return [[chrome(text, "github", "GitHub")]]
    if rng.random() < 0.5:
        return [
            [chrome(f"GitHub {stars}", "github", "GitHub")],
            [chrome("arXiv Page", "github", "arXiv Page")],
        ]
    return [[chrome(f"GitHub {stars}", "github", "GitHub")]]


def _submitted_by(ctx: Ctx, p: Paper) -> Item:
    rng, user = ctx.rng, ctx.rng.choice(_USERS)
    item: Item = [[chrome("Submitted by", "submitted_by", "Submitted by")]]
    r = rng.random()
    if ctx.spec.style == "md" and r < 0.6:
        item.append([chrome(f"![]({_AVATAR}/{user}.png)", "image")])
    elif r < 0.4:
        item.append([chrome(_NO_ALT, "image")])
    item.append([chrome(user, "submitted_by", user)])
    return item


def _image(ctx: Ctx, p: Paper) -> Item:
    if ctx.spec.style == "md":
        return [
            [
                chrome(
                    f"[![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/"
                    f"{p.pid}.png)]({_HF}/papers/{p.pid})",
                    "image",
                )
            ]
        ]
    return [[chrome(_NO_ALT, "image")]]


def _anchor(ctx: Ctx, p: Paper) -> Item:
    ctx.anchors += 1
    if ctx.spec.style == "md":
        return [[chrome(f'<a id="source-section-{ctx.anchors}"></a>', "markup")]]
    return [[chrome("* * *", "markup")]]


_RENDERERS = {
    "upvotes": _upvotes,
    "url": _url,
    "authors": _authors,
    "dot_authors": _dot_authors,
    "org": _org,
    "dot": _dot,
    "date": _date,
    "comments": _comments,
    "github": _github,
    "submitted_by": _submitted_by,
    "image": _image,
    "anchor": _anchor,
}


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
        url = f"{_HF}/papers/{pid}"
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
            lines[-1] += f"]({_HF}/papers/{pid})"
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
