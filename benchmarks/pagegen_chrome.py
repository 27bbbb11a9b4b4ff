"""Chrome items of a card, rendered in each capture style, and the page's line model.

Each renderer returns one *item*: blocks of lines that stay together and in order when an
arrangement shuffles a card's chrome (``Submitted by`` + avatar + user name; an
organisation line with its ``·`` and date, as real pages always show it). Every chrome
line carries its kind (the names of ``sources.chrome.CHROME_KINDS`` where one fits, plus
``comments``, ``footer``, ``search``, ``preamble``, ``frontmatter``) and a probe: the text
that must never end up in a title or abstract.

The forms are those of domain.md §b and the real captures in tests/fixtures: upvote counts
(``101``, ``-``, ``[-] 1``, ``Upvote`` + count, login links), paper links and thumbnails,
``N authors`` with their bullets and link tails, organisation lines, ``·``, card dates and
``Published on``, comment counts glued to dates, GitHub stars, ``Submitted by``, images.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pagegen_source import Paper

if TYPE_CHECKING:
    from pagegen_render import PageSpec

TITLE, ABSTRACT, CHROME, BLANK, REJECT = "title", "abstract", "chrome", "blank", "reject"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
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
SEARCHES = ("Intercode Bash", "vision language retrieval", "source citations", "Long-context ASR")
NAV = (
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
FOOTER = (
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
PAGINATION = ("Previous", "Next", "Load more", "Page 1 of 3", "Show more")
CONTACTS = (
    "Contact us at foo@example.com",
    "Questions? Write to papers@example.org",
    "Feedback welcome: team@example.net",
)
HF = "https://huggingface.co"
_AVATAR = "https://cdn-avatars.huggingface.co/v1/production/uploads"
_NO_ALT = "[图片：无替代文本]"  # "image: no alt text", as a Chinese-locale extractor writes it

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
        m, d = self.rng.choice(MONTHS), self.rng.randint(1, 28)
        if year is None:
            year = self.rng.random() < 0.6
        return f"{m} {d}, {self.rng.randint(2017, 2026)}" if year else f"{m} {d}"


Item = list[Block]  # one chrome item: blocks kept in order (and together when shuffled)


def render_item(kind: str, ctx: Ctx, paper: Paper) -> Item:
    return _RENDERERS[kind](ctx, paper)


def _upvotes(ctx: Ctx, p: Paper) -> Item:
    rng, style, n = ctx.rng, ctx.spec.style, ctx.count()
    login = f"{HF}/login?next=%2Fpapers%2F{p.pid}"
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
    page = f"{HF}/papers/{p.pid}"
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
        text = rng.choice((page, page, f"{HF}/login?next=%2Fpapers%2F{p.pid}"))
    return [[chrome(text, "url", p.pid)]]


def _authors(ctx: Ctx, p: Paper) -> Item:
    rng, style = ctx.rng, ctx.spec.style
    n = p.n_authors or rng.randint(1, 40)
    text = f"{n} authors"
    page = f"{HF}/papers/{p.pid}"
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
    prof = f"{HF}/{slug}"
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
    community = f"{HF}/papers/{p.pid}#community"
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
                    f"{p.pid}.png)]({HF}/papers/{p.pid})",
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


def _nav(ctx: Ctx, p: Paper) -> Item:
    """A site navigation, pagination or footer line between cards (a menu or a "Load
    more" button that a capture put inside the list)."""
    text = ctx.rng.choice(NAV + FOOTER + PAGINATION)
    kind = "pagination" if text in PAGINATION else "nav"
    return [[chrome(text, kind, text if len(text) >= 6 else "")]]


_RENDERERS = {
    "nav": _nav,
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
