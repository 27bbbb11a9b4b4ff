"""Page arrangements beyond the default mix (``pagegen --family new``): the opt-in family.

The default mix (pagegen_render.ARRANGEMENTS) renders the card chrome of domain.md §b in
the forms we listed. Real captures of listing pages vary in ways that list does not
name; this family renders some of them so the parser can be measured on arrangements it
was not tuned on. None of these is drawn by the default mix, so default pages stay
byte-identical (their random draws are untouched).

Each ``Variant`` is an Arrangement with page-level variations on top:

- chrome kinds combined on one line (``12 authors · Published on Jan 3, 2025``,
  ``Google · 12 authors``, ``▲ 101 · 💬 12``), other count forms (``Upvote 101``,
  ``101 upvotes``, ``1.2K``, ``1,234``), relative and other date forms (``2 days ago``,
  ``2025-01-03``, ``3 Jan 2025``), one-line ``Submitted by user``, ``arXiv:ID`` lines;
- title marks: numbered (``1. Title``, ``12) Title``), bulleted (``- Title`` with the
  card's other lines indented as a list item's), emphasised (``**Title**``, ``## Title``,
  ``#### Title``), and a title sharing its line with its upvotes (``Title (101 upvotes)``);
- other wrap widths (60, 100, 120 columns, titles wrapped too);
- whitespace: trailing spaces, NBSPs, tab- or space-indented chrome, CRLF, a BOM;
- blank-line rhythm: a blank line left out between cards or between title and abstract;
- page chrome between cards: a cookie-consent banner and its button, "Load more",
  pagination, "Back to top", a repeated page header.

Line edits after rendering keep the truth right: ``perturb`` renumbers every card's
spans when it removes or inserts lines.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from pagegen_chrome import (
    _RENDERERS,
    ABSTRACT,
    BLANK,
    CHROME,
    HF,
    TITLE,
    Ctx,
    Item,
    Ln,
    blank,
    chrome,
)
from pagegen_render import Arrangement, PageSpec
from pagegen_source import Paper
from pagegen_truth import CardTruth

NBSP = "\u00a0"
_USERS = ("akhaliq", "taesiri", "nielsr", "hysts", "alexz")
_ORGS = ("Google", "Meta AI", "NVIDIA", "Tsinghua University", "Apple", "ByteDance Seed")
_MONTHS_LONG = ("January", "February", "March", "April", "May", "June", "July", "August")
COOKIE = (
    "We use cookies to give you the best experience on our website.",
    "This site uses cookies. By continuing to browse you agree to our use of cookies.",
)
MID_CHROME = (
    ("Load more", "pagination"),
    ("Show 20 more papers", "pagination"),
    ("Page 2 of 5", "pagination"),
    ("Back to top", "nav"),
    ("Next page", "pagination"),
)


# --------------------------------------------------------------------------- chrome items


def _votes(ctx: Ctx) -> str:
    r = ctx.rng.random()
    if r < 0.2:
        return f"{ctx.rng.randint(1, 9)}.{ctx.rng.randint(0, 9)}K"
    if r < 0.35:
        return f"{ctx.rng.randint(1, 9)},{ctx.rng.randint(100, 999)}"
    return str(ctx.rng.randint(1, 400))


def _rel_date(ctx: Ctx) -> str:
    rng = ctx.rng
    n = rng.randint(2, 23)
    return rng.choice(
        (
            f"{n} days ago",
            f"{n} hours ago",
            "yesterday",
            f"Published {n} days ago",
            f"{rng.randint(2017, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"{rng.randint(1, 28)} {rng.choice(_MONTHS_LONG)} {rng.randint(2017, 2026)}",
            f"Submitted on {rng.randint(1, 28)} {rng.choice(_MONTHS_LONG)[:3]} "
            f"{rng.randint(2017, 2026)}",
        )
    )


def _authors_date(ctx: Ctx, p: Paper) -> Item:
    n = p.n_authors or ctx.rng.randint(1, 40)
    a, d = f"{n} authors", ctx.date()
    text = ctx.rng.choice(
        (f"{a} · Published on {d}", f"Published on {d} · {a}", f"{a} · {d}", f"· {a} · {d}")
    )
    return [[chrome(text, "authors", a)]]


def _org_line(ctx: Ctx, p: Paper) -> Item:
    name = ctx.rng.choice(_ORGS)
    n = p.n_authors or ctx.rng.randint(1, 40)
    text = ctx.rng.choice(
        (
            f"{name} · Published on {ctx.date()}",
            f"{name} · {ctx.date()}",
            f"{name} · {n} authors",
        )
    )
    return [[chrome(text, "org", name)]]


def _vote_line(ctx: Ctx, p: Paper) -> Item:
    n = _votes(ctx)
    text = ctx.rng.choice((f"Upvote {n}", f"▲ {n}", f"{n} upvotes", f"👍 {n}", n))
    return [[chrome(text, "upvotes", text if len(text) >= 6 else n)]]


def _comment_line(ctx: Ctx, p: Paper) -> Item:
    n = ctx.rng.randint(1, 40)
    text = ctx.rng.choice((f"{n} comments", f"💬 {n}", "1 comment"))
    return [[chrome(text, "comments", text if len(text) >= 6 else "")]]


def _stars_line(ctx: Ctx, p: Paper) -> Item:
    s = _votes(ctx)
    text = ctx.rng.choice((f"★ {s}", f"⭐ {s}", f"{s} stars", f"GitHub · {s} stars"))
    return [[chrome(text, "github", text if len(text) >= 6 else "")]]


def _stats_line(ctx: Ctx, p: Paper) -> Item:
    n = p.n_authors or ctx.rng.randint(1, 40)
    parts = [f"▲ {_votes(ctx)}", f"💬 {ctx.rng.randint(1, 40)}", f"{n} authors"]
    ctx.rng.shuffle(parts)
    text = " · ".join(parts[: ctx.rng.randint(2, 3)])
    return [[chrome(text, "upvotes", text)]]


def _rel_date_line(ctx: Ctx, p: Paper) -> Item:
    text = _rel_date(ctx)
    return [[chrome(text, "date", text)]]


def _submitted_line(ctx: Ctx, p: Paper) -> Item:
    user = ctx.rng.choice(_USERS)
    text = ctx.rng.choice((f"Submitted by {user}", f"Submitted by {user} · {_rel_date(ctx)}"))
    return [[chrome(text, "submitted_by", text)]]


def _arxiv_line(ctx: Ctx, p: Paper) -> Item:
    text = ctx.rng.choice(
        (f"arXiv:{p.pid}", f"arXiv:{p.pid} [pdf, html]", f"{HF}/papers/{p.pid} · arXiv:{p.pid}")
    )
    return [[chrome(text, "url", p.pid)]]


_NEW_RENDERERS = {
    "authors_date": _authors_date,
    "org_line": _org_line,
    "vote_line": _vote_line,
    "comment_line": _comment_line,
    "stars_line": _stars_line,
    "stats_line": _stats_line,
    "rel_date": _rel_date_line,
    "submitted_line": _submitted_line,
    "arxiv_line": _arxiv_line,
}
for _kind, _fn in _NEW_RENDERERS.items():  # new kinds only: the default ones are untouched
    _RENDERERS.setdefault(_kind, _fn)


# --------------------------------------------------------------------------- variants


@dataclass(frozen=True)
class Variant(Arrangement):
    """An arrangement of the new family, with the page-level variations it applies."""

    # "number", "paren", "-", "*", "•", "bold", "h2", "h4", "votes"
    title_marks: tuple[str, ...] = ()
    wraps: tuple[str, ...] = ()  # replaces the page's wrap ("w60", "w100", "w120", "none")
    noise: tuple[str, ...] = ()  # "trailing", "nbsp", "tabs", "indent", "crlf", "bom"
    tight: float = 0.0  # chance a card's blank line before it is left out (layout A)
    tight_inside: float = 0.0  # chance the blank between title and abstract is left out
    mid_chrome: float = 0.0  # chance of page chrome between two cards
    list_indent: bool = False  # a bulleted card's other lines indented as a list item's


_PLAIN_STYLES = ("plain", "md", "web")
NEW_ARRANGEMENTS: dict[str, Variant] = {
    a.name: a
    for a in (
        Variant(
            "n_combined",
            pre=(("vote_line", 0.6),),
            mid=(("authors_date", 0.5),),
            post=(("authors_date", 0.5),),
            styles=_PLAIN_STYLES,
        ),
        Variant("n_org_line", mid=(("org_line", 0.5),), post=(("org_line", 0.5),)),
        Variant(
            "n_counts",
            pre=(("vote_line", 0.9),),
            post=(("comment_line", 0.6), ("stars_line", 0.5)),
            styles=_PLAIN_STYLES,
        ),
        Variant(
            "n_reldate",
            pre=(("vote_line", 0.4),),
            mid=(("rel_date", 0.4),),
            post=(("rel_date", 0.6),),
            styles=_PLAIN_STYLES,
        ),
        Variant("n_stats", pre=(("stats_line", 0.4),), post=(("stats_line", 0.6),)),
        Variant(
            "n_submitted",
            pre=(("submitted_line", 0.8), ("arxiv_line", 0.3)),
            post=(("stars_line", 0.5),),
            order="fixed",
        ),
        Variant(
            "n_numbered",
            pre=(("vote_line", 0.3),),
            post=(("authors_date", 0.4),),
            title_marks=("number", "paren"),
            styles=_PLAIN_STYLES,
        ),
        Variant(
            "n_bulleted",
            post=(("authors_date", 0.4), ("vote_line", 0.3)),
            title_marks=("-", "*", "•"),
            list_indent=True,
            styles=_PLAIN_STYLES,
        ),
        Variant(
            "n_emphasis",
            pre=(("vote_line", 0.4),),
            post=(("authors_date", 0.3),),
            title_marks=("bold", "h2", "h4"),
            styles=("plain", "md"),
        ),
        Variant(
            "n_title_votes",
            post=(("authors_date", 0.4),),
            title_marks=("votes",),
            styles=_PLAIN_STYLES,
        ),
        Variant(
            "n_wrap",
            pre=(("upvotes", 0.4),),
            post=(("authors", 0.4), ("date", 0.3)),
            wraps=("w60", "w100", "w120"),
            wrapped_titles=True,
            styles=("plain",),
        ),
        Variant(
            "n_space",
            pre=(("upvotes", 0.5),),
            mid=(("dot", 0.3),),
            post=(("authors", 0.5), ("date", 0.4)),
            noise=("trailing", "nbsp", "tabs", "indent", "crlf", "bom"),
        ),
        Variant(
            "n_tight",
            pre=(("upvotes", 0.4),),
            post=(("authors", 0.4), ("date", 0.3)),
            layouts=("A",),
            tight=0.3,
            tight_inside=0.15,
        ),
        Variant(
            "n_midchrome",
            pre=(("upvotes", 0.4),),
            post=(("authors", 0.4),),
            mid_chrome=0.08,
        ),
    )
}


def adjust_spec(rng: random.Random, spec: PageSpec) -> None:
    """The page-level choices of a Variant (drawn after page_spec's own draws)."""
    v = spec.arrangement
    assert isinstance(v, Variant)
    if v.wraps and spec.style not in ("ref", "web"):
        spec.wrap = rng.choice(v.wraps)
        if spec.style == "md" and spec.wrap != "none" and not spec.hard_break:
            spec.hard_break = rng.choice(("\\", "\\\\", ""))
    if "crlf" in v.noise:
        spec.crlf = rng.random() < 0.5
    if v.title_marks:
        spec.glue_subscribe = False  # "Subscribe" glued to a marked title: not a real form


# --------------------------------------------------------------------------- line edits


def perturb(
    rng: random.Random, spec: PageSpec, lines: list[Ln], cards: list[CardTruth]
) -> list[Ln]:
    """The Variant's line-level variations; card spans in ``cards`` follow the edits."""
    v = spec.arrangement
    assert isinstance(v, Variant)
    if v.title_marks:
        _mark_titles(rng, v, spec, lines, cards)
    if v.noise:
        _noise(rng, v, lines)
    drop: set[int] = set()  # 0-based indices of blank lines to leave out
    insert: dict[int, list[Ln]] = {}  # before 0-based index
    for k, card in enumerate(cards):
        before = card.first - 2  # the line above the card's first line
        if k and v.tight and spec.layout == "A" and rng.random() < v.tight:
            drop.update(_blanks_above(lines, card.first - 1))
        if v.tight_inside and card.abstract_lines and rng.random() < v.tight_inside:
            drop.update(_blanks_above(lines, card.abstract_lines[0] - 1))
        if k and v.mid_chrome and rng.random() < v.mid_chrome and before >= 0:
            block, probe = _mid_block(rng, spec)
            sep = [blank()] if spec.layout == "A" else []
            insert[card.first - 1] = [*block, *sep]
            for c in (cards[k - 1], card):
                if probe:
                    c.probes = sorted({*c.probes, probe})
    return _rebuild(lines, cards, drop, insert)


def _blanks_above(lines: list[Ln], i: int) -> list[int]:
    out = []
    j = i - 1
    while j >= 0 and lines[j].role == BLANK:
        out.append(j)
        j -= 1
    return out


def _mid_block(rng: random.Random, spec: PageSpec) -> tuple[list[Ln], str]:
    r = rng.random()
    if r < 0.3:
        text = rng.choice(COOKIE)
        return [chrome(text, "nav", text), chrome("Accept", "nav")], text
    if r < 0.45:
        return [chrome("Daily Papers", "header"), chrome(spec.page_date, "date")], ""
    text, kind = rng.choice(MID_CHROME)
    return [chrome(text, kind, text)], text


_HEADING = re.compile(r"#{1,6} ")


def _mark_titles(
    rng: random.Random, v: Variant, spec: PageSpec, lines: list[Ln], cards: list[CardTruth]
) -> None:
    mark = rng.choice(v.title_marks)
    for k, card in enumerate(cards, 1):
        a, b = card.title_lines[0] - 1, card.title_lines[1] - 1
        first = lines[a]
        m = _HEADING.match(first.text)
        body = first.text[m.end() :] if m else first.text
        if mark == "number":
            first.text = f"{k}. {body}"
        elif mark == "paren":
            first.text = f"{k}) {body}"
        elif mark in ("-", "*", "•"):
            first.text = f"{mark} {body}"
            if v.list_indent:
                for i in range(b + 1, card.last):
                    if lines[i].role != BLANK:
                        lines[i].text = "  " + lines[i].text
        elif mark == "bold":
            first.text = "**" + body
            lines[b].text += "**"
        elif mark in ("h2", "h4"):
            first.text = ("## " if mark == "h2" else "#### ") + body
        elif mark == "votes" and a == b:
            n = str(rng.randint(1, 400))
            first.text = rng.choice((f"{body} ({n} upvotes)", f"{body} · ▲ {n}", f"▲ {n} {body}"))
            card.probes = sorted({*card.probes, f"{n} upvotes", f"▲ {n}"})


def _noise(rng: random.Random, v: Variant, lines: list[Ln]) -> None:
    kinds = [n for n in v.noise if n != "crlf" and rng.random() < 0.5]
    for ln in lines:
        if "trailing" in kinds and ln.text and rng.random() < 0.3:
            ln.text += rng.choice((" ", "  ", "\t"))
        if ln.role == CHROME:
            if "nbsp" in kinds and " " in ln.text.strip():
                ln.text = ln.text.replace(" ", NBSP)
            if "tabs" in kinds and rng.random() < 0.5:
                ln.text = "\t" + ln.text
            elif "indent" in kinds and rng.random() < 0.5:
                ln.text = " " * rng.choice((2, 4)) + ln.text
        elif ln.role in (TITLE, ABSTRACT) and "nbsp" in kinds and rng.random() < 0.3:
            words = ln.text.split(" ")
            if len(words) > 3:
                i = rng.randrange(1, len(words) - 1)
                ln.text = " ".join(words[:i]) + NBSP + " ".join(words[i:])
    if "bom" in kinds and lines:
        lines[0].text = "\ufeff" + lines[0].text


def _rebuild(
    lines: list[Ln], cards: list[CardTruth], drop: set[int], insert: dict[int, list[Ln]]
) -> list[Ln]:
    if not drop and not insert:
        return lines
    out: list[Ln] = []
    where: dict[int, int] = {}  # old 1-based line -> new 1-based line
    for i, ln in enumerate(lines):
        out.extend(insert.get(i, ()))
        if i in drop:
            where[i + 1] = len(out) + 1  # the next kept line's number
            continue
        out.append(ln)
        where[i + 1] = len(out)
    for c in cards:
        c.first, c.last = where[c.first], where[c.last]
        c.title_lines = (where[c.title_lines[0]], where[c.title_lines[1]])
        if c.abstract_lines is not None:
            c.abstract_lines = (where[c.abstract_lines[0]], where[c.abstract_lines[1]])
    return out
