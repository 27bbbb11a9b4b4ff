"""The opt-in ``furniture`` arrangement (``pages_bench.py --arrangement furniture``): cards
carrying labelled furniture lines no chrome rule names, with the values the page shows
written into the truth (``CardTruth.fields``), so the benchmark measures the records lost,
glued or leaked on such pages and the fields the parser keeps from them.

A page draws one or two forms from ``FORMS`` and prints them on every card (a listing's
furniture repeats): ``Authors: A, B, C`` under the title, ``Authors: A; B; C`` over it,
``Published: Jun 4, 2025``, ``Comments: 7  Stars: 531`` and ``Votes: 12 | Code: <link>``
under the abstract, ``Subjects: cs.CL; cs.AI``, and ``Track: Oral``, a label no field
names (its text is counted chrome, no field). No family draws the arrangement, so the
sets of the default, new and conv families (and ``GENERATOR_VERSION``) are unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from pagegen_chrome import _RENDERERS, Ctx, Item, Ln
from pagegen_source import Paper
from pagegen_truth import CardTruth
from pagegen_variants import Variant

FURNITURE = "furniture"
KIND = "repeated"  # the chrome kind the parser counts furniture lines under
_FIRST = ("Ann", "Bo", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kai")
_LAST = ("Lee", "Novak", "Okafor", "Park", "Quist", "Rossi", "Sato", "Tanaka", "Umar", "Voss")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CATS = ("cs.CL", "cs.AI", "cs.LG", "cs.CV", "cs.RO", "stat.ML", "eess.IV", "cs.IR")


@dataclass(slots=True)
class FurnitureLn(Ln):
    """A furniture line, with the field values a reader of the page sees in it."""

    values: dict[str, object] = field(default_factory=dict)


def _line(text: str, values: dict[str, object]) -> Item:
    return [[FurnitureLn(text, "chrome", KIND, text, values)]]


def _names(rng: random.Random, p: Paper) -> list[str]:
    n = max(1, min(p.n_authors or 3, rng.randint(2, 5)))
    return [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(n)]


def _authors(ctx: Ctx, p: Paper) -> Item:
    names = _names(ctx.rng, p)
    return _line("Authors: " + ", ".join(names), {"authors": names})


def _authors_over(ctx: Ctx, p: Paper) -> Item:
    names = _names(ctx.rng, p)
    return _line("Authors: " + "; ".join(names), {"authors": names})


def _published(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"
    return _line(f"Published: {date}", {"published": date})


def _counts(ctx: Ctx, p: Paper) -> Item:
    c, s = ctx.rng.randint(0, 40), ctx.rng.randint(0, 3000)
    return _line(f"Comments: {c}  Stars: {s}", {"comments": c, "stars": s})


def _votes(ctx: Ctx, p: Paper) -> Item:
    v = ctx.rng.randint(1, 400)
    url = f"https://github.com/lab{ctx.rng.randint(1, 99)}/{p.pid.replace('.', '-')}"
    return _line(f"Votes: {v} | Code: {url}", {"upvotes": v, "urls": [url]})


def _subjects(ctx: Ctx, p: Paper) -> Item:
    cats = ctx.rng.sample(_CATS, ctx.rng.randint(1, 3))
    return _line("Subjects: " + "; ".join(cats), {"categories": cats})


def _track(ctx: Ctx, p: Paper) -> Item:
    return _line(f"Track: {ctx.rng.choice(('Oral', 'Poster', 'Spotlight'))}", {})


# form -> its slot on the card (0 over the title, 1 between title and abstract, 2 after)
FORMS: dict[str, tuple[int, Callable[[Ctx, Paper], Item]]] = {
    "f_authors": (1, _authors),
    "f_authors_over": (0, _authors_over),
    "f_published": (1, _published),
    "f_counts": (2, _counts),
    "f_votes": (2, _votes),
    "f_subjects": (2, _subjects),
    "f_track": (1, _track),
}
for _name, (_, _fn) in FORMS.items():
    _RENDERERS.setdefault(_name, _fn)

ARRANGEMENT = Variant(FURNITURE, styles=("plain", "md", "web"))


def draw_forms(rng: random.Random, arr: Variant) -> Variant:
    """The page's furniture: one or two forms, on every card."""
    forms = rng.sample(sorted(FORMS), rng.choice((1, 2)))
    if {"f_authors", "f_authors_over"} <= set(forms):
        forms.remove("f_authors_over")  # (a page prints its authors once)
    return slotted(arr, [(FORMS[name][0], name) for name in forms])


def slotted(arr: Variant, placed: list[tuple[int, str]]) -> Variant:
    """``arr`` printing each (slot, form) of ``placed`` on every card: slot 0 over the
    title, 1 between title and abstract, 2 after it."""
    slots: list[list[tuple[str, float]]] = [[], [], []]
    for slot, name in placed:
        slots[slot].append((name, 1.0))
    return replace(arr, pre=tuple(slots[0]), mid=tuple(slots[1]), post=tuple(slots[2]))


def fill_fields(lines: list[Ln], cards: list[CardTruth]) -> None:
    """Each card's truth fields: the values of the furniture lines in its span."""
    for card in cards:
        for ln in lines[card.first - 1 : card.last]:
            if isinstance(ln, FurnitureLn):
                for key, value in ln.values.items():
                    card.fields.setdefault(key, value)
