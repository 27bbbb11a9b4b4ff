"""The opt-in ``sites`` arrangement (``pages_bench.py --arrangement sites``): the card chrome
of other paper sites' listings, which a user scrapes beside Hugging Face's and feeds to the
same cleaner (a fourth, independent draw after ``novel``, ``unseen`` and ``fresh``).

A page draws two or three traits from ``TRAITS`` and applies them to every card (a
listing's habits repeat), each in one form a page:

- ``scholar``: Google Scholar's result furniture: the green byline under the title
  (``A Vaswani, N Shazeer, N Parmar… - Advances in neural …, 2017 - neurips.cc``) and the
  action row under the snippet (``Save Cite Cited by 1234 Related articles All 13
  versions``, ``☆ Save 99 Cite Cited by 12 …``), in English or as the German, French or
  Chinese interface prints it (``Zitiert von: 123 Ähnliche Artikel Alle 7 Versionen``,
  ``Cité 123 fois Autres articles Les 7 versions``, ``被引用次数：123 相关文章 所有 7 个版本``);
- ``openreview``: OpenReview's forum-list furniture under the title: a decision badge
  (``Accept (oral)``, ``Decision: Accept (poster)``, ``ICLR 2024 spotlight``, ``Reject``),
  ``Primary Area: generative models`` or ``Keywords: diffusion models, …``, and
  ``Published: 16 Jan 2024, Last Modified: 14 Mar 2024``;
- ``pwc``: Papers with Code's card: task chips under the abstract (``Tasks: Image
  Classification, Object Detection``, ``Image Classification · Object Detection · +2``,
  `` `Image Classification` `Object Detection` ``) and a leaderboard line (``Ranked #3 on
  Question Answering on SQuAD1.1``);
- ``s2``: Semantic Scholar's: fields of study and the venue line under the title
  (``Computer Science, Medicine``; ``ArXiv · 2024``, ``Published in Neural Information
  Processing Systems 2017``) and the counts under the abstract (``1,234 Citations · 12
  Highly Influential``, ``45 References``);
- ``rank``: a listing's rank or badge over the title (``#3``, ``#3 Paper of the day``,
  ``🔥 Trending``, ``Trending #3``, ``No. 3``);
- ``actions``: a row of action words under the abstract (``PDF · Code · Cite · Save``,
  ``📄 PDF  💻 Code  📋 Cite  🔖 Save``, ``Download PDF | View code | Cite``, ``Save to
  Library  Create Alert  Cite``);
- ``ago``: a relative date in the reader's language under the title or the abstract
  (``vor 3 Tagen``, ``il y a 2 jours``, ``hace 5 días``, ``3 天前``, ``3日前``,
  ``gestern``, ``hier``, ``ayer``, ``昨天``, ``yesterday``, ``a week ago``, ``2 mo ago``).

(Emoji counters, hashtags, ``[PDF] [Code]``, English ``3 days ago``, a venue under
``Accepted at`` and ``TL;DR:`` are drawn already: ``pagegen_novel``, ``pagegen_variants``,
``pagegen_fresh``.)

The truth keeps each card's title and abstract as the paper has them, its chrome lines as
chrome of kind ``sites`` (no values: none of them is a field's, but a page's own date,
which is relative here); the truth's arrangement names the page's traits
(``sites:ago+rank``). No family draws the arrangement, so every other set is unchanged.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from pagegen_chrome import _RENDERERS, Ctx, Item
from pagegen_furniture import FurnitureLn, slotted
from pagegen_source import Paper
from pagegen_variants import Variant

SITES = "sites"
KIND = "sites"
TRAITS = ("scholar", "openreview", "pwc", "s2", "rank", "actions", "ago")
_FIRST = "ABCDEFGHJKLMNPRSTWYZ"
_LAST = (
    "Vaswani", "Shazeer", "Parmar", "Lee", "Novak", "Okafor", "Park", "Rossi", "Sato",
    "Tanaka", "Umar", "Voss", "Zhang", "Wang", "Li", "Chen", "Kim", "Müller", "Dubois",
)  # fmt: skip
_VENUES = (
    "Advances in neural …", "arXiv preprint arXiv …", "Proceedings of the …",
    "International Conference on …", "IEEE Transactions on …", "Nature", "ICLR", "ACL",
    "Transactions of the Association for Computational Linguistics",
)  # fmt: skip
_DOMAINS = ("arxiv.org", "proceedings.neurips.cc", "openreview.net", "aclanthology.org",
            "ieeexplore.ieee.org", "nature.com", "Springer", "dl.acm.org")  # fmt: skip
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CONFS = ("ICLR", "NeurIPS", "ICML", "COLM", "TMLR")
_AREAS = (
    "generative models", "reinforcement learning", "applications to computer vision, audio,"
    " language, and other modalities", "alignment, fairness, safety, privacy, and societal"
    " considerations", "foundation or frontier models, including LLMs",
    "learning theory", "datasets and benchmarks", "optimization",
)  # fmt: skip
_KEYWORDS = (
    "diffusion models", "large language models", "reinforcement learning",
    "in-context learning", "benchmark", "robustness", "vision transformers",
    "multimodal", "reasoning", "agents", "scaling laws", "efficient inference",
)  # fmt: skip
_TASKS = ("Image Classification", "Object Detection", "Language Modelling",
          "Question Answering", "Semantic Segmentation", "Machine Translation",
          "Text Generation", "Speech Recognition", "Image Generation", "Retrieval",
          "Math Word Problem Solving", "Code Generation")  # fmt: skip
_DATASETS = ("ImageNet", "SQuAD1.1", "COCO test-dev", "GSM8K", "MMLU", "WMT2014 English-German",
             "LibriSpeech test-clean", "HumanEval", "ADE20K")  # fmt: skip
_FIELDS = ("Computer Science", "Mathematics", "Medicine", "Physics", "Biology", "Engineering",
           "Linguistics", "Psychology")  # fmt: skip


@dataclass(frozen=True)
class Sites(Variant):
    """The arrangement with the page's drawn traits and their per-page choices."""

    traits: tuple[str, ...] = ()
    choice: int = 0  # which form of a trait the page prints (one form a page)


def _ln(text: str) -> FurnitureLn:
    return FurnitureLn(text, "chrome", KIND, text, {})


def _arr(ctx: Ctx) -> Sites:
    arr = ctx.spec.arrangement
    assert isinstance(arr, Sites)
    return arr


def _count(rng: random.Random) -> str:
    n = int(rng.paretovariate(0.8)) * rng.randint(1, 9)
    return f"{n:,}" if n < 100_000 else f"{n // 1000:,}"


def _byline(ctx: Ctx, p: Paper) -> str:
    rng = ctx.rng
    n = rng.randint(1, 4)
    names = ", ".join(f"{rng.choice(_FIRST)}{rng.choice(('', 'J', 'M'))} {rng.choice(_LAST)}"
                      for _ in range(n))  # fmt: skip
    if n >= 3 or rng.random() < 0.3:
        names += "…"
    year = rng.randint(2015, 2025)
    return f"{names} - {rng.choice(_VENUES)}, {year} - {rng.choice(_DOMAINS)}"


_SCHOLAR_ROWS = (
    "Save Cite Cited by {n} Related articles All {v} versions",
    "☆ Save 99 Cite Cited by {n} Related articles All {v} versions",
    "Cited by {n}  Related articles  All {v} versions",
    "Zitiert von: {n} Ähnliche Artikel Alle {v} Versionen",
    "Cité {n} fois Autres articles Les {v} versions",
    "被引用次数：{n} 相关文章 所有 {v} 个版本",
)


def _scholar_by(ctx: Ctx, p: Paper) -> Item:
    return [[_ln(_byline(ctx, p))]]


def _scholar_row(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    form = _SCHOLAR_ROWS[_arr(ctx).choice % len(_SCHOLAR_ROWS)]
    if rng.random() < 0.15:  # (an uncited paper: no "Cited by")
        form = form.replace("Cited by {n} ", "").replace("Cited by {n}  ", "")
    return [[_ln(form.format(n=_count(rng), v=rng.randint(2, 30)))]]


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2019, 2025)}"


def _openreview(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    verdict = rng.choice(("oral", "poster", "spotlight", "poster", "poster"))
    conf = rng.choice(_CONFS)
    year = rng.randint(2021, 2025)
    badge = (
        f"Accept ({verdict})",
        f"Decision: Accept ({verdict})",
        f"{conf} {year} {verdict}",
        f"Accept ({verdict.title()})",
    )[k % 4]
    if rng.random() < 0.12:
        badge = ("Reject", "Withdrawn Submission", "Desk Rejected Submission", "Reject")[k % 4]
    lines = [_ln(badge)]
    if k % 3 == 0:
        lines.append(_ln(f"Primary Area: {rng.choice(_AREAS)}"))
    elif k % 3 == 1:
        words = rng.sample(_KEYWORDS, rng.randint(1, 4))
        lines.append(_ln("Keywords: " + ", ".join(words)))
    if k % 2 == 0:
        lines.append(_ln(f"Published: {_date(rng)}, Last Modified: {_date(rng)}"))
    return [lines]


def _pwc(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    tasks = rng.sample(_TASKS, rng.randint(1, 3))
    more = rng.randint(0, 6)
    form = k % 4
    if form == 0:
        chips = "Tasks: " + ", ".join(tasks)
    elif form == 1:
        chips = " · ".join(tasks) + (f" · +{more}" if more else "")
    elif form == 2:
        chips = " ".join(f"`{t}`" for t in tasks)
    else:
        chips = "  ".join(tasks) + (f"  +{more} more" if more else "")
    lines = [_ln(chips)]
    if k % 3 != 2:
        task, data = rng.choice(_TASKS), rng.choice(_DATASETS)
        lines.insert(0, _ln(f"Ranked #{rng.randint(1, 40)} on {task} on {data}"))
    return [lines]


def _s2_head(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    year = rng.randint(2015, 2025)
    venue = (
        f"ArXiv · {year}",
        f"Published in Neural Information Processing Systems {year}",
        f"{year} · arXiv.org",
    )[k % 3]
    fields = ", ".join(rng.sample(_FIELDS, rng.randint(1, 2)))
    return [[_ln(fields), _ln(venue)] if k % 2 else [_ln(venue)]]


def _s2_tail(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    cites, strong = _count(rng), rng.randint(0, 40)
    text = (
        f"{cites} Citations · {strong} Highly Influential",
        f"{cites} Citations",
        f"Cited by {cites} · {rng.randint(5, 90)} References",
    )[k % 3]
    return [[_ln(text)]]


def _rank(ctx: Ctx, p: Paper) -> Item:
    rng, k = ctx.rng, _arr(ctx).choice
    n = rng.randint(1, 50)
    text = (f"#{n}", f"#{n} Paper of the day", "🔥 Trending", f"Trending #{n}", f"No. {n}")[k % 5]
    return [[_ln(text)]]


_ACTIONS = (
    "PDF · Code · Cite · Save",
    "📄 PDF  💻 Code  📋 Cite  🔖 Save",
    "Download PDF | View code | Cite",
    "Save to Library  Create Alert  Cite",
    "PDF  Abstract  Code  BibTeX",
)


def _actions(ctx: Ctx, p: Paper) -> Item:
    return [[_ln(_ACTIONS[_arr(ctx).choice % len(_ACTIONS)])]]


_AGO = (
    ("vor {n} Tagen", "vor {n} Stunden", "gestern"),
    ("il y a {n} jours", "il y a {n} heures", "hier"),
    ("hace {n} días", "hace {n} horas", "ayer"),
    ("{n} 天前", "{n} 小时前", "昨天"),
    ("{n}日前", "{n}時間前", "昨日"),
    ("{n} days ago", "a week ago", "yesterday"),
    ("{n}d ago", "{n} mo ago", "1 yr ago"),
)


def _ago(ctx: Ctx, p: Paper) -> Item:
    rng = ctx.rng
    forms = _AGO[_arr(ctx).choice % len(_AGO)]
    return [[_ln(rng.choice(forms).format(n=rng.randint(2, 23)))]]


_RENDERERS.setdefault("s_scholar_by", _scholar_by)
_RENDERERS.setdefault("s_scholar_row", _scholar_row)
_RENDERERS.setdefault("s_openreview", _openreview)
_RENDERERS.setdefault("s_pwc", _pwc)
_RENDERERS.setdefault("s_s2_head", _s2_head)
_RENDERERS.setdefault("s_s2_tail", _s2_tail)
_RENDERERS.setdefault("s_rank", _rank)
_RENDERERS.setdefault("s_actions", _actions)
_RENDERERS.setdefault("s_ago", _ago)

ARRANGEMENT = Sites(SITES, styles=("plain", "md", "web"))


def draw_traits(rng: random.Random, arr: Sites) -> Sites:
    """The page's traits (two or three), their chrome on every card."""
    return with_traits(rng, arr, rng.sample(TRAITS, rng.choice((2, 3))))


def with_traits(rng: random.Random, arr: Sites, traits: list[str]) -> Sites:
    """``arr`` with these traits (their per-page form drawn; ``pagegen_mix`` too)."""
    choice = rng.randrange(420)
    placed: list[tuple[int, str]] = []
    for trait, slot, form in (
        ("rank", 0, "s_rank"),
        ("scholar", 1, "s_scholar_by"),
        ("s2", 1, "s_s2_head"),
        ("openreview", 1, "s_openreview"),
        ("ago", 2 if choice % 2 else 1, "s_ago"),
        ("scholar", 2, "s_scholar_row"),
        ("pwc", 2, "s_pwc"),
        ("s2", 2, "s_s2_tail"),
        ("actions", 2, "s_actions"),
    ):
        if trait in traits:
            placed.append((slot, form))
    name = f"{SITES}:{'+'.join(sorted(traits))}"
    placed.sort(key=lambda sf: sf[0])  # (stable: the slot's lines in the order above)
    return replace(slotted(arr, placed), name=name, traits=tuple(traits), choice=choice)
