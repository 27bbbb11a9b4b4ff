"""The opt-in ``unseen`` arrangement (``pages_bench.py --arrangement unseen``): card chrome
and card text set in ways no other arrangement draws (a second, independent draw after
``novel``), as real listing pages and their captures print them.

A page draws two or three traits from ``TRAITS`` and applies them to every card (a
listing's habits repeat):

- ``dots``: several values on one line, set apart by ``•``, `` — `` or `` / `` (``Oct 7,
  2024 • 5 authors • 12 comments``), under the title or under the abstract: ``published``,
  ``n_authors``, ``comments``;
- ``translated``: the listing's own words in the reader's language, as a localised site or
  a browser's translation of the interface shows them (``Veröffentlicht am 7. Okt. 2024``,
  ``5 Autoren``, ``12 Kommentare``, ``Eingereicht von Ann Lee``; ``发布于 2024年10月7日``,
  ``5 位作者``; ``Publié le 7 oct. 2024``, ``5 auteurs``), the paper's own text left in
  English: ``published`` (the date as printed), ``n_authors``, ``comments``,
  ``submitted_by``;
- ``names``: the authors' names as an unlabelled line under the title (``Ann Lee, Bo
  Chen and Kai Park``): ``authors``;
- ``paragraphs``: an abstract in two paragraphs (a blank line between them, as arXiv
  abstracts with paragraph breaks are shown), on about half of the page's cards;
- ``setext``: the title underlined (``Title`` / ``=====`` or ``-----``), as pandoc and
  other converters write a heading;
- ``url_tail``: the paper's link on the title's own line (``Title
  https://huggingface.co/papers/2406.12345``, ``Title (arxiv.org/abs/2406.12345)``): the
  card shows its id there.

The truth keeps each card's title and abstract as the paper has them, its chrome lines as
chrome of kind ``unseen``, the values they carry in ``CardTruth.fields``; the truth's
arrangement names the page's traits (``unseen:dots+setext``). No family draws the
arrangement, so every other set is unchanged.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace

from pagegen_chrome import _RENDERERS, ABSTRACT, Ctx, Item, Ln, blank
from pagegen_furniture import FurnitureLn, slotted
from pagegen_source import Paper
from pagegen_truth import CardTruth
from pagegen_variants import Variant, _rebuild

UNSEEN = "unseen"
KIND = "unseen"
TRAITS = ("dots", "translated", "names", "paragraphs", "setext", "url_tail")
_FIRST = ("Ann", "Bo", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kai")
_LAST = ("Lee", "Novak", "Okafor", "Park", "Quist", "Rossi", "Sato", "Tanaka", "Umar", "Voss")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEPS = (" • ", " — ", " / ", " • ")
# language -> (date line, author count, comment count, submitted by, month abbreviations)
_DE_MONTHS = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
              "Nov.", "Dez.")  # fmt: skip
_FR_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
              "nov.", "déc.")  # fmt: skip
_ES_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")


@dataclass(frozen=True)
class Unseen(Variant):
    """The arrangement with the page's drawn traits and their per-page choices."""

    traits: tuple[str, ...] = ()
    choice: int = 0  # which form of a trait the page prints (one form a page)
    lang: str = "de"  # the ``translated`` page's language


def _line(text: str, values: dict[str, object]) -> Item:
    return [[FurnitureLn(text, "chrome", KIND, text, values)]]


def _arr(ctx: Ctx) -> Unseen:
    arr = ctx.spec.arrangement
    assert isinstance(arr, Unseen)
    return arr


def _n(ctx: Ctx, p: Paper) -> int:
    return p.n_authors or ctx.rng.randint(1, 12)


def _dots(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    date = f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2019, 2025)}"
    n, c = _n(ctx, p), rng.randint(0, 40)
    parts = [(date, "published", date), (f"{n} authors", "n_authors", n)]
    parts.append((f"{c} comments", "comments", c))
    if k % 3 == 1:
        parts = parts[1:] + parts[:1]
    elif k % 3 == 2:
        parts = parts[:2]  # (a page without comment counts)
    text = _SEPS[k % len(_SEPS)].join(s for s, _, _ in parts)
    return _line(text, {key: value for _, key, value in parts})


def _date(ctx: Ctx, lang: str) -> str:
    rng = ctx.rng
    d, m, y = rng.randint(1, 28), rng.randrange(12), rng.randint(2019, 2025)
    if lang == "de":
        return f"{d}. {_DE_MONTHS[m]} {y}"
    if lang == "fr":
        return f"{d} {_FR_MONTHS[m]} {y}"
    if lang == "es":
        return f"{d} {_ES_MONTHS[m]} {y}"
    return f"{y}年{m + 1}月{d}日"


_WORDS = {
    # language: published, authors, comments, submitted by
    "de": ("Veröffentlicht am {}", "{} Autoren", "{} Kommentare", "Eingereicht von {}"),
    "fr": ("Publié le {}", "{} auteurs", "{} commentaires", "Soumis par {}"),
    "es": ("Publicado el {}", "{} autores", "{} comentarios", "Enviado por {}"),
    "zh": ("发布于 {}", "{} 位作者", "{} 条评论", "提交者：{}"),
}


def _t_published(ctx: Ctx, p: Paper) -> Item:
    lang = _arr(ctx).lang
    date = _date(ctx, lang)
    return _line(_WORDS[lang][0].format(date), {"published": date})


def _t_authors(ctx: Ctx, p: Paper) -> Item:
    arr, n = _arr(ctx), _n(ctx, p)
    text = _WORDS[arr.lang][1].format(n)
    if arr.choice % 2:  # the count and the comments on one line, as the site sets them
        c = ctx.rng.randint(0, 40)
        text += " · " + _WORDS[arr.lang][2].format(c)
        return _line(text, {"n_authors": n, "comments": c})
    return _line(text, {"n_authors": n})


def _t_submitted(ctx: Ctx, p: Paper) -> Item:
    name = f"{ctx.rng.choice(_FIRST)} {ctx.rng.choice(_LAST)}"
    return _line(_WORDS[_arr(ctx).lang][3].format(name), {"submitted_by": name})


def _names(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    n = max(2, min(p.n_authors or 3, rng.randint(2, 6)))
    names = [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(n)]
    odd = _arr(ctx).choice % 2
    text = ", ".join(names[:-1]) + " and " + names[-1] if odd else ", ".join(names)
    return _line(text, {"authors": names})


_RENDERERS.setdefault("u_dots", _dots)
_RENDERERS.setdefault("u_t_published", _t_published)
_RENDERERS.setdefault("u_t_authors", _t_authors)
_RENDERERS.setdefault("u_t_submitted", _t_submitted)
_RENDERERS.setdefault("u_names", _names)

ARRANGEMENT = Unseen(UNSEEN, styles=("plain", "md", "web"))


def draw_traits(rng: random.Random, arr: Unseen) -> Unseen:
    """The page's traits: two or three, their line-chrome placed on every card."""
    return with_traits(rng, arr, rng.sample(TRAITS, rng.choice((2, 3))))


def with_traits(rng: random.Random, arr: Unseen, traits: list[str]) -> Unseen:
    """``arr`` with these traits (their per-page forms drawn; ``pagegen_mix`` too)."""
    choice, lang = rng.randrange(60), rng.choice(tuple(_WORDS))
    placed: list[tuple[int, str]] = []
    if "names" in traits:
        placed.append((1, "u_names"))
    if "translated" in traits:
        forms = rng.sample(((1, "u_t_published"), (1, "u_t_authors"), (0, "u_t_submitted")), 2)
        placed.extend(sorted(forms))
        if choice % 3 == 0:  # the counts under the abstract
            placed = [(2, f) if f == "u_t_authors" else (s, f) for s, f in placed]
    if "dots" in traits:
        placed.append((1, "u_dots") if choice % 2 else (2, "u_dots"))
    name = f"{UNSEEN}:{'+'.join(sorted(traits))}"
    placed.sort(key=lambda sf: sf[0])
    return replace(slotted(arr, placed), name=name, traits=tuple(traits), choice=choice, lang=lang)


_HEADING = re.compile(r"#{1,6} ")
_SENTENCE = re.compile(r"(?<=[a-z0-9)][.!?]) (?=[A-Z])")


def edit_page(
    rng: random.Random,
    arr: Unseen,
    lines: list[Ln],
    cards: list[CardTruth],
    pids: list[str],
) -> list[Ln]:
    """The traits that edit the cards' own lines: the title's link (``pids``: each card's
    paper id) and underline, the abstract's paragraph break."""
    k = arr.choice
    insert: dict[int, list[Ln]] = {}
    split_last: list[CardTruth] = []  # abstracts whose last line was split in two
    for card, pid in zip(cards, pids, strict=True):
        a, b = card.title_lines[0] - 1, card.title_lines[1] - 1
        text = lines[b].text
        plain_title = not _HEADING.match(lines[a].text) and not text.endswith(("**", ")", "*"))
        plain_title = plain_title and not lines[a].text.startswith(("[", "*", "-", "_"))
        if "url_tail" in arr.traits and plain_title and card.arxiv_id in (None, pid):
            url = (
                f"https://huggingface.co/papers/{pid}",
                f"(arxiv.org/abs/{pid})",
                f"— https://arxiv.org/abs/{pid}",
            )[k % 3]
            lines[b].text = f"{text} {url}"
            card.arxiv_id, card.id_sure = pid, True
            card.probes = sorted({*card.probes, url.strip("()— ")})
        if card.abstract_lines is None:
            continue
        if "setext" in arr.traits and a == b and plain_title:
            width = len(lines[a].text.rstrip())
            mark = "=" if k % 2 else "-"
            insert[b + 1] = [Ln(mark * max(3, width), "chrome", KIND, "")]
        s, e = card.abstract_lines[0] - 1, card.abstract_lines[1] - 1
        if "paragraphs" in arr.traits and rng.random() < 0.5:
            body = [i for i in range(s, e + 1) if lines[i].role == ABSTRACT]
            parted = _paragraph_break(lines, body, insert)
            if parted and insert.get(e + 1) and insert[e + 1][-1].role == ABSTRACT:
                split_last.append(card)
    out = _rebuild(lines, cards, set(), insert)
    for card in split_last:  # (the inserted blank and second half follow the old last line)
        assert card.abstract_lines is not None
        if card.last == card.abstract_lines[1]:
            card.last += 2
        card.abstract_lines = (card.abstract_lines[0], card.abstract_lines[1] + 2)
    return out


def _paragraph_break(lines: list[Ln], body: list[int], insert: dict[int, list[Ln]]) -> bool:
    """Part the abstract at the sentence end nearest its middle: a blank line after the
    line it ends (or the line split there). False when it has no such sentence end."""
    total = sum(len(lines[i].text) + 1 for i in body)
    best: tuple[float, int, int] | None = None  # (distance, line, offset in the line)
    seen = 0
    for n, i in enumerate(body):
        t = lines[i].text
        # (a hard-wrapped abstract parts where a line ends a sentence: the next paragraph
        # is wrapped anew; one set on a line parts at any sentence end)
        cuts = [m.start() for m in _SENTENCE.finditer(t)] if len(body) == 1 else []
        if n + 1 < len(body) and t.rstrip().endswith(".") and lines[body[n + 1]].text[:1].isupper():
            cuts.append(len(t))
        for c in cuts:
            d = abs(seen + c - total / 2)
            if best is None or d < best[0]:
                best = (d, i, c)
        seen += len(t) + 1
    if best is None:
        return False
    _, i, c = best
    t = lines[i].text
    if c >= len(t):
        if i + 1 in insert:
            return False
        insert[i + 1] = [blank()]
        return True
    if i + 1 in insert:
        return False
    lines[i].text = t[:c]
    insert[i + 1] = [blank(), Ln(t[c + 1 :], ABSTRACT)]
    return True
