"""The opt-in ``mix`` arrangement (``pages_bench.py --arrangement mix``): a page that mixes
the habits of several draws, as the pages the parser is judged on do.

Each earlier draw (``furniture``, ``furniture_bare``, ``novel``, ``unseen``, ``fresh``,
``parts``, ``sites``, ``capture``) applies only its own traits to a page. A real page mixes
them: a reading list (``parts``) of Hugging Face cards (the default chrome) with a
localised interface (``unseen``) and a thumbnail (``fresh``), captured through an e-mail
client (``capture``), with group headings (``novel``) and site furniture. A ``mix`` page
draws 3-5 traits from the union of the draws' traits and the default chrome forms
(``TRAITS``: ``draw.trait``), from two draws at least, and shows each on every card.

Every trait is rendered by its own draw: the page carries each drawn draw's arrangement
with its share of the traits (``Mix.subs``, drawn by the draw's own ``with_traits``), the
card chrome of each is rendered by that draw's renderer with its arrangement in place
(``_as``), and the page edits run in the order a page is made: the reading list's marks
(``parts``), the site's own (``unseen``, then ``novel``), the table (``fresh``), then the
capture's damage (``capture``), last, on the whole page. The truth is the draws' own.

Combinations a page never draws, and why:

- a card prints each value once (``_ONCE``): one author list (``Authors:``, a names line,
  affiliations, a Scholar byline), one author count, one upvote count, one comment/star
  count, one date, one rank, one venue, one subjects line, one organisation, one
  ``Abstract`` label; two would be two sites' cards, and the truth keeps one value;
- ``fresh.table`` goes only with capture traits that keep a line a line (``glyphs``,
  ``charset``, ``ascii``, ``cr``): a table's row is the whole card (the draw's own rule),
  so card chrome or card-line edits have no place on it, and a quote, a fold, a
  typesetter's column, a QP soft break or a cut screen selection make no table;
- ``novel.quote`` with ``parts.indent`` (a blockquote is the abstract's indent; a page
  sets one), ``unseen.paragraphs`` with ``parts.clip`` (a fold shows one paragraph's
  start; the truth of a clipped paragraph break is not kept);
- the capture's own exclusions (``pagegen_capture._APART``: one decoding of the bytes).

The truth's arrangement names the page's traits (``mix:capture.qp+novel.tags+sites.rank``);
``pages_bench.py --by draws`` groups pages by their draws, ``--by trait`` / ``--by pair``
count a page under each of its traits / pairs of traits from different draws. No family
draws the arrangement, and the other arrangements' pages are byte-identical.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from functools import partial

from pagegen_capture import _APART, Capture
from pagegen_capture import ARRANGEMENT as CAPTURE
from pagegen_capture import TRAITS as CAPTURE_TRAITS
from pagegen_capture import edit_page as edit_capture
from pagegen_capture import with_traits as capture_traits
from pagegen_chrome import _RENDERERS, BLANK, Ctx, Item, Ln
from pagegen_fresh import ARRANGEMENT as FRESH
from pagegen_fresh import TRAITS as FRESH_TRAITS
from pagegen_fresh import edit_page as edit_fresh
from pagegen_fresh import with_traits as fresh_traits
from pagegen_furniture import FORMS as FURNITURE_FORMS
from pagegen_furniture import fill_fields, slotted
from pagegen_furniture_bare import _ORGS
from pagegen_furniture_bare import FORMS as BARE_FORMS
from pagegen_novel import ARRANGEMENT as NOVEL
from pagegen_novel import TRAITS as NOVEL_TRAITS
from pagegen_novel import edit_page as edit_novel
from pagegen_novel import with_traits as novel_traits
from pagegen_parts import ARRANGEMENT as PARTS
from pagegen_parts import TRAITS as PARTS_TRAITS
from pagegen_parts import edit_page as edit_parts
from pagegen_parts import with_traits as parts_traits
from pagegen_render import PageSpec
from pagegen_sites import ARRANGEMENT as SITES
from pagegen_sites import TRAITS as SITES_TRAITS
from pagegen_sites import with_traits as sites_traits
from pagegen_source import Paper
from pagegen_truth import CardTruth
from pagegen_unseen import ARRANGEMENT as UNSEEN
from pagegen_unseen import TRAITS as UNSEEN_TRAITS
from pagegen_unseen import edit_page as edit_unseen
from pagegen_unseen import with_traits as unseen_traits
from pagegen_variants import Variant

MIX = "mix"
# the default chrome forms a mixed page may carry: slot (0 over the title, 1 between title
# and abstract, 2 after it) and chance per card, as the default arrangements draw them
_DEFAULT = {
    "upvotes": (0, 0.9),
    "url": (0, 0.5),
    "submitted_by": (0, 0.9),
    "image": (0, 0.5),
    "dot": (1, 1.0),
    "authors": (2, 0.9),
    "org": (2, 0.85),
    "date": (2, 0.7),
    "comments": (2, 0.9),
    "github": (2, 0.9),
}
_BARE = tuple(f for f in sorted(BARE_FORMS) if f != "b_lab") + ("b_lab",)
TRAITS: tuple[str, ...] = (
    *(f"default.{k}" for k in _DEFAULT),
    *(f"furniture.{f}" for f in sorted(FURNITURE_FORMS)),
    *(f"furniture_bare.{f}" for f in _BARE),
    *(f"novel.{t}" for t in NOVEL_TRAITS),
    *(f"unseen.{t}" for t in UNSEEN_TRAITS),
    *(f"fresh.{t}" for t in FRESH_TRAITS),
    *(f"parts.{t}" for t in PARTS_TRAITS),
    *(f"sites.{t}" for t in SITES_TRAITS),
    *(f"capture.{t}" for t in CAPTURE_TRAITS),
)
# values a card prints once: a page draws at most one trait of each group
_ONCE = (
    {  # the authors' names
        "furniture.f_authors",
        "furniture.f_authors_over",
        "unseen.names",
        "fresh.affil",
        "sites.scholar",
    },
    {  # the author count
        "default.authors",
        "furniture_bare.b_pipes",
        "furniture_bare.b_authors_org",
        "furniture_bare.b_lab",
        "unseen.dots",
        "unseen.translated",
        "novel.title_tail",
    },
    {  # upvotes
        "default.upvotes",
        "furniture.f_votes",
        "furniture_bare.b_votes_over",
        "furniture_bare.b_glyphs",
        "novel.counters",
    },
    {  # comments and stars
        "default.comments",
        "default.github",
        "furniture.f_counts",
        "furniture_bare.b_glyphs",
        "furniture_bare.b_lab",
        "novel.counters",
        "unseen.dots",
    },
    {  # the date
        "default.date",
        "default.dot",
        "furniture.f_published",
        "furniture_bare.b_pipes",
        "fresh.numdate",
        "unseen.dots",
        "unseen.translated",
        "sites.ago",
    },
    {"novel.number", "sites.rank", "furniture_bare.b_rank"},  # the rank
    {"fresh.venue", "furniture.f_track", "furniture_bare.b_bare", "sites.openreview"},
    {"fresh.venue", "furniture.f_subjects"},  # the subjects
    {"default.org", "furniture_bare.b_pipes", "furniture_bare.b_authors_org"},  # the org
    {"novel.label", "parts.label"},  # the abstract's label
    {"novel.quote", "parts.indent"},
    {"unseen.paragraphs", "parts.clip"},
    *({f"capture.{a}", f"capture.{b}"} for a, b in (sorted(p) for p in _APART)),
)
_TABLE_WITH = {"fresh.table", "capture.glyphs", "capture.charset", "capture.ascii", "capture.cr"}


@dataclass(frozen=True)
class Mix(Variant):
    """The arrangement with the page's drawn traits and each draw's own arrangement."""

    traits: tuple[str, ...] = ()  # ``draw.trait``
    subs: tuple[tuple[str, Variant], ...] = ()  # (draw, its arrangement with its traits)

    def sub(self, draw: str) -> Variant | None:
        for name, arr in self.subs:
            if name == draw:
                return arr
        return None


ARRANGEMENT = Mix(MIX, styles=("plain", "md", "web"))


def _as(draw: str, kind: str, ctx: Ctx, p: Paper) -> Item:
    """Render ``kind`` as its draw does: with the draw's arrangement as the page's."""
    mix = ctx.spec.arrangement
    assert isinstance(mix, Mix)
    sub = mix.sub(draw)
    assert sub is not None
    ctx.spec.arrangement = sub
    try:
        return _RENDERERS[kind](ctx, p)
    finally:
        ctx.spec.arrangement = mix


def _form(draw: str, kind: str) -> str:
    """The renderer name of ``kind`` on a mixed page (registered on first use)."""
    name = f"mix.{draw}.{kind}"
    _RENDERERS.setdefault(name, partial(_as, draw, kind))
    return name


def _allowed(traits: list[str]) -> bool:
    draws = {t.split(".", 1)[0] for t in traits}
    if len(draws) < 2:
        return False
    if "fresh.table" in traits and not set(traits) <= _TABLE_WITH:
        return False
    return not any(len(group & set(traits)) > 1 for group in _ONCE)


def draw_traits(rng: random.Random, arr: Mix) -> Mix:
    """The page's traits (3-5, from two draws at least, none ``_ONCE`` apart) and each
    draw's arrangement, its forms placed on every card."""
    while True:
        traits = rng.sample(TRAITS, rng.choice((3, 4, 5)))
        if "fresh.table" in traits:  # (a table's row takes only what keeps it a row)
            others = sorted(_TABLE_WITH - {"fresh.table"})
            traits = ["fresh.table", *rng.sample(others, rng.choice((2, 3)))]
        if _allowed(traits):
            break
    return with_traits(rng, arr, traits)


def with_traits(rng: random.Random, arr: Mix, traits: list[str]) -> Mix:
    by_draw: dict[str, list[str]] = {}
    for t in traits:
        draw, name = t.split(".", 1)
        by_draw.setdefault(draw, []).append(name)
    subs: list[tuple[str, Variant]] = []
    slots: list[list[tuple[str, float]]] = [[], [], []]
    for draw, names in sorted(by_draw.items()):
        if draw == "default":
            for k in names:
                slot, p = _DEFAULT[k]
                slots[slot].append((k, p))
            continue
        if draw in ("furniture", "furniture_bare"):
            forms = FURNITURE_FORMS if draw == "furniture" else BARE_FORMS
            placed = []
            for name in names:
                slot = forms[name][0]
                if name == "b_lab":  # (a lab's page prints its own name on every card)
                    name = f"b_lab{rng.randrange(len(_ORGS))}"
                placed.append((slot, name))
            sub: Variant = slotted(replace(arr, name=draw), placed)
        else:
            draws = {
                "novel": (novel_traits, NOVEL),
                "unseen": (unseen_traits, UNSEEN),
                "fresh": (fresh_traits, FRESH),
                "parts": (parts_traits, PARTS),
                "sites": (sites_traits, SITES),
                "capture": (capture_traits, CAPTURE),
            }
            fn, base = draws[draw]
            sub = fn(rng, base, names)
        subs.append((draw, sub))
        for s, choices in enumerate((sub.pre, sub.mid, sub.post)):
            slots[s].extend((_form(draw, kind), p) for kind, p in choices)
    name = f"{MIX}:{'+'.join(sorted(traits))}"
    return replace(
        arr,
        name=name,
        traits=tuple(sorted(traits)),
        subs=tuple(subs),
        pre=tuple(slots[0]),
        mid=tuple(slots[1]),
        post=tuple(slots[2]),
    )


def capture_of(arr: object) -> Capture | None:
    """The page's capture traits (a ``capture`` page's, or a mixed page's share)."""
    if isinstance(arr, Capture):
        return arr
    if isinstance(arr, Mix):
        sub = arr.sub("capture")
        return sub if isinstance(sub, Capture) else None
    return None


def edit_page(
    rng: random.Random,
    spec: PageSpec,
    lines: list[Ln],
    cards: list[CardTruth],
    pids: list[str],
) -> list[Ln]:
    """Each draw's edits of the page, in the order a page is made, then its capture's."""
    arr = spec.arrangement
    assert isinstance(arr, Mix)
    subs = dict(arr.subs)
    # (a line after the page's last: ``pagegen_unseen`` inserts a split abstract's second
    # half before the line after it, and would drop it after a page's last line)
    end = Ln("", BLANK)
    lines = [*lines, end]
    if (parts := subs.get("parts")) is not None:
        lines = edit_parts(rng, parts, lines, cards)  # type: ignore[arg-type]
    if (unseen := subs.get("unseen")) is not None:
        lines = edit_unseen(rng, unseen, lines, cards, pids)  # type: ignore[arg-type]
    if (novel := subs.get("novel")) is not None:
        lines = edit_novel(rng, spec.style, novel, lines, cards)  # type: ignore[arg-type]
    if (fresh := subs.get("fresh")) is not None:
        lines = edit_fresh(rng, fresh, lines, cards, pids, spec.style)  # type: ignore[arg-type]
    if lines and lines[-1] is end:  # (a table page drops the blanks after its rows)
        lines.pop()
    fill_fields(lines, cards)
    if (capture := subs.get("capture")) is not None:
        lines = edit_capture(rng, capture, lines, cards)  # type: ignore[arg-type]
    return lines
