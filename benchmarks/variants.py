"""Synthetic duplicate variants and hard negatives built from real arXiv abstracts.

Every class of the duplicate taxonomy (domain.md §c.3) becomes a generator of *positive*
pairs: two copies of one real paper, the second rewritten the way a scraper, a renderer or an
arXiv revision rewrites it. Hard *negatives* are pairs of distinct papers built to look alike
(Part I / Part II, Llama-2 / Llama-3, a title contained in another, a conference paper and its
journal extension, same-template abstracts, reused abstracts, junk abstracts...).

Deterministic: one ``random.Random(seed)`` drives everything, papers are read in file order and
every pair consumes its own papers (and donors), so no two pairs share text by accident.

    papers = load_papers(folder)                    # one Paper per distinct arXiv id
    pairs = generate(papers, per_class=200, seed=7)  # list[Pair]

The classes live in ``variant_encodings`` (re-encodings), ``variant_edits`` (edits by authors
and sites) and ``negatives``; their building blocks (papers, the pool) in ``variant_pool``.
This module names every class and draws the pairs.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from negatives import NEGATIVES
from variant_edits import (
    v_ai_summary,
    v_junk_copy,
    v_numbers_updated,
    v_sentence_added,
    v_sentence_replaced,
    v_subtitle,
    v_title_and_abstract_revised,
    v_title_replaced,
    v_title_revised,
    v_truncated_300,
    v_truncated_half,
    v_versioned_id,
)
from variant_encodings import (
    NEEDS,
    v_combined,
    v_diacritics,
    v_glued,
    v_greek,
    v_html,
    v_latex_math,
    v_mojibake,
    v_punctuation,
    v_scrape,
)
from variant_pool import Copy, Pair, Paper, Pool, Variant, base_copy, load_papers, rewrap

__all__ = [
    "NEGATIVES",
    "NOT_DECIDABLE",
    "POSITIVES",
    "UNDECIDABLE",
    "Copy",
    "Pair",
    "Paper",
    "generate",
    "load_papers",
]


def v_exact(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    return base_copy(p), base_copy(p)


def v_whitespace(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    words = p.title.split()
    cut = rng.randrange(1, len(words)) if len(words) > 1 else 1
    title = " ".join(words[:cut]) + rng.choice(["\n", "  ", " \n "]) + " ".join(words[cut:])
    abstract = rewrap(p.abstract, rng.randint(55, 110))
    abstract = abstract.replace(". ", rng.choice([".  ", ". \n", ".\u00a0"]), 3)
    return base_copy(p), Copy(title.strip(), "  " + abstract + " \n")


def v_case(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    style = rng.choice(["upper", "title", "lower"])
    if style == "upper":
        return base_copy(p), Copy(p.title.upper(), p.abstract)
    if style == "title":
        return base_copy(p), Copy(p.title.title(), p.abstract)
    return base_copy(p), Copy(p.title.lower(), p.abstract.lower())


POSITIVES: dict[str, Variant] = {
    "exact_copy": v_exact,
    "whitespace": v_whitespace,
    "case": v_case,
    "punctuation": v_punctuation,
    "diacritics": v_diacritics,
    "latex_math": v_latex_math,
    "greek": v_greek,
    "html_entities": v_html,
    "mojibake": v_mojibake,
    "scrape_urls": v_scrape,
    "glued_words": v_glued,
    "combined_formatting": v_combined,
    "subtitle_dropped": v_subtitle,
    "title_revised": v_title_revised,
    "v2_sentence_added": v_sentence_added,
    "v2_sentence_replaced": v_sentence_replaced,
    "v2_numbers_updated": v_numbers_updated,
    "v2_title_and_abstract": v_title_and_abstract_revised,
    "truncated_300": v_truncated_300,
    "truncated_half": v_truncated_half,
    "ai_summary": v_ai_summary,
    "junk_abstract_copy": v_junk_copy,
    "versioned_arxiv_id": v_versioned_id,
    "title_replaced": v_title_replaced,
}
# Same paper, but the text cannot tell it from a distinct one (docs/dedup.md). Measured and
# reported, never counted against the targets.
NOT_DECIDABLE = {
    "title_replaced": "same abstract under an unrelated title: what distinct papers sharing "
    "one pasted abstract look like in the listings",
    "v2_title_and_abstract": "title retouched and abstract edited at once: the Jaccard band of "
    "real conference/journal extension pairs",
}
UNDECIDABLE = frozenset(NOT_DECIDABLE)


# --------------------------------------------------------------------------- generation


def _pairs_of(
    cls: str, fn: Variant, same: bool, pool: Pool, rng: random.Random, count: int
) -> Iterator[Pair]:
    made = 0
    attempts = 0
    while made < count and attempts < count * 20:
        attempts += 1
        p = pool.take()
        if p is None:
            return
        out = fn(p, pool, rng)
        if out is None:
            continue
        made += 1
        yield Pair(cls, same, out[0], out[1], p.pid)


# Classes whose property is rare: searched for before the common ones use up the pool.
_RARE = ("diacritics", "greek", "latex_math", "scrape_urls", "mojibake")


def generate(
    papers: list[Paper], per_class: int = 200, seed: int = 7, classes: tuple[str, ...] | None = None
) -> list[Pair]:
    """``per_class`` pairs of every positive and negative class (fewer when the papers run
    out of the property a class needs), in a fixed order for a fixed ``seed``."""
    rng = random.Random(seed)
    pool = Pool(papers, rng)
    wanted = classes or (*POSITIVES, *NEGATIVES)
    order = [c for c in _RARE if c in wanted] + [c for c in wanted if c not in _RARE]
    by_class: dict[str, list[Pair]] = {}
    for cls in order:
        same = cls in POSITIVES
        fn = POSITIVES[cls] if same else NEGATIVES[cls]
        need = NEEDS.get(cls)
        if need is not None:
            by_class[cls] = list(_rare_pairs(cls, fn, need, pool, rng, per_class))
        else:
            by_class[cls] = list(_pairs_of(cls, fn, same, pool, rng, per_class))
    return [pair for cls in wanted for pair in by_class.get(cls, [])]


def _rare_pairs(
    cls: str, fn: Variant, need: Callable[[Paper], bool], pool: Pool, rng: random.Random, count: int
) -> Iterator[Pair]:
    made = 0
    for p in pool.matching(need):
        if made >= count:
            return
        out = fn(p, pool, rng)
        if out is not None:
            made += 1
            yield Pair(cls, True, out[0], out[1], p.pid)
