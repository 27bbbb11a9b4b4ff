"""The opt-in ``furniture_bare`` arrangement (``pages_bench.py --arrangement furniture_bare``):
cards carrying *unlabelled* furniture lines no chrome rule names, with the values the page
shows written into the truth (``CardTruth.fields``), as ``furniture`` does for labelled ones.

A page draws one or two forms from ``FORMS`` and prints them on every card (a listing's
furniture repeats): ``88 ▲`` and ``#3 Paper of the day`` over the title; ``88 ▲ · 💬 12 ·
★ 531``, ``5 authors | Google | May 12, 2025`` and ``12 · Oral`` (a bare number and a word
no rule reads: no field) under it; ``4 authors · Meta`` and a lab's ``Meta   4 authors   12
comments`` (one name on every card of the page) under the abstract. No family draws the
arrangement, and ``furniture`` keeps its own draws, so the sets of the default, new, conv
and ``furniture`` arrangements (and ``GENERATOR_VERSION``) are unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from pagegen_chrome import _RENDERERS, Ctx, Item
from pagegen_furniture import _line, slotted
from pagegen_source import Paper
from pagegen_variants import Variant

FURNITURE_BARE = "furniture_bare"
_ORGS = (
    "Meta",
    "Google",
    "NVIDIA",
    "Tsinghua University",
    "Shanghai AI Laboratory",
    "ByteDance Seed",
    "Alibaba Qwen",
    "Microsoft Research",
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _n(ctx: Ctx, p: Paper) -> int:
    return p.n_authors or ctx.rng.randint(1, 12)


def _votes_over(ctx: Ctx, p: Paper) -> Item:
    v = ctx.rng.randint(1, 400)
    return _line(f"{v} ▲", {"upvotes": v})


def _rank(ctx: Ctx, p: Paper) -> Item:
    return _line(f"#{ctx.rng.randint(1, 50)} Paper of the day", {})


def _glyphs(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    v, c, s = rng.randint(1, 400), rng.randint(0, 40), rng.randint(0, 3000)
    return _line(f"{v} ▲ · 💬 {c} · ★ {s}", {"upvotes": v, "comments": c, "stars": s})


def _pipes(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    n, org = _n(ctx, p), rng.choice(_ORGS)
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"
    return _line(f"{n} authors | {org} | {date}", {"n_authors": n, "org": org, "published": date})


def _bare(ctx: Ctx, p: Paper) -> Item:
    return _line(f"{ctx.rng.randint(1, 99)} · {ctx.rng.choice(('Oral', 'Poster'))}", {})


def _authors_org(ctx: Ctx, p: Paper) -> Item:
    n, org = _n(ctx, p), ctx.rng.choice(_ORGS)
    return _line(f"{n} authors · {org}", {"n_authors": n, "org": org})


def _lab(org: str, ctx: Ctx, p: Paper) -> Item:
    n, c = _n(ctx, p), ctx.rng.randint(0, 40)
    return _line(f"{org}   {n} authors   {c} comments", {"org": org, "n_authors": n, "comments": c})


# form -> its slot on the card (0 over the title, 1 between title and abstract, 2 after)
FORMS: dict[str, tuple[int, Callable[[Ctx, Paper], Item]]] = {
    "b_votes_over": (0, _votes_over),
    "b_rank": (0, _rank),
    "b_glyphs": (1, _glyphs),
    "b_pipes": (1, _pipes),
    "b_bare": (1, _bare),
    "b_authors_org": (2, _authors_org),
    "b_lab": (2, partial(_lab, _ORGS[0])),
}
# (a lab's page prints its own name on every card: one renderer per name)
_LABS = {f"b_lab{k}": (2, partial(_lab, org)) for k, org in enumerate(_ORGS)}
for _name, (_, _fn) in {**FORMS, **_LABS}.items():
    _RENDERERS.setdefault(_name, _fn)

ARRANGEMENT = Variant(FURNITURE_BARE, styles=("plain", "md", "web"))


def draw_forms(rng: random.Random, arr: Variant) -> Variant:
    """The page's unlabelled furniture: one or two forms, on every card (one per slot
    under the abstract: a card prints its authors once)."""
    forms = rng.sample(sorted(FORMS), rng.choice((1, 2)))
    if {"b_authors_org", "b_lab"} <= set(forms) or {"b_pipes", "b_lab"} <= set(forms):
        forms.remove("b_lab")
    if {"b_pipes", "b_authors_org"} <= set(forms):
        forms.remove("b_authors_org")
    placed = []
    for name in forms:
        slot = FORMS[name][0]
        if name == "b_lab":
            name = f"b_lab{rng.randrange(len(_ORGS))}"
        placed.append((slot, name))
    return slotted(arr, placed)
