"""The merge rules: decide, for one candidate pair, whether two texts are the same paper.

Every decision is made on exact data (folded titles, exact shingle sets), never on MinHash
estimates, so the outcome does not depend on hashing. Rules, in order (domain.md §c.4):

* ``arxiv_id``     both copies carry the same arXiv id (version stripped). Different ids veto.
* guards           differing number/version markers in the titles (``Part I``/``Part II``,
                   ``Llama-2``/``Llama-3``) veto every rule below unless the abstracts are equal.
* ``title_key``    equal normalised titles and abstract evidence (Jaccard or containment).
* ``abstract``     abstract Jaccard alone high enough (the title was revised or a subtitle
                   dropped).
* ``fuzzy_title``  title ratio high and abstract Jaccard at the lower level (v1/v2 edits).
* ``containment``  the shorter abstract is (almost) contained in the longer one, with title
                   agreement (truncated abstracts).
* ``title_only``   one side has no usable abstract (empty, junk, AI summary): equal, specific
                   titles merge when nothing contradicts.

A title contained in the other (``Emergent Abilities of LLMs`` vs ``Are Emergent Abilities of
LLMs a Mirage?``) only merges through the abstract rule. A pair that fails every rule but looks
like a conference paper and its extension is reported as *related*, never merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz.distance import Indel

from ..keys import is_specific_title, is_weak_abstract
from ..normalize import fold, title_markers
from .shingles import shingle_set


@dataclass(frozen=True)
class Thresholds:
    """Verification thresholds; each is a ``clean`` option."""

    jaccard: float = 0.5  # with title agreement
    jaccard_title_key: float = 0.3  # with exactly equal title keys
    jaccard_alone: float = 0.8  # abstract alone
    containment: float = 0.9
    title_ratio: float = 0.9
    min_shingles: int = 15  # smallest abstract (in shingles) that containment may speak for
    related_jaccard: float = 0.15
    related_title_ratio: float = 0.8


@dataclass
class Features:
    title_fold: str
    title_key: str
    markers: tuple[str, ...]
    shingles: np.ndarray
    abstract_key: str
    weak: bool
    arxiv_id: str | None


def features(title: str, abstract: str, arxiv_id: str | None, flags: tuple[str, ...]) -> Features:
    tf = fold(title)
    tk = tf.replace(" ", "")
    af = fold(abstract) if abstract else ""
    weak = is_weak_abstract(abstract, af, tk, flags)
    sh = np.empty(0, np.uint64) if weak else shingle_set(af)
    return Features(tf, tk, title_markers(title), sh, af.replace(" ", ""), weak, arxiv_id)


@dataclass
class Decision:
    rule: str | None  # None: not the same paper
    scores: dict[str, float] = field(default_factory=dict)
    related: bool = False


def _overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact Jaccard and containment (of the smaller set in the larger) of two shingle sets."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - inter
    return inter / union, inter / min(len(a), len(b))


def title_ratio(a: str, b: str) -> float:
    # Plain edit ratio on folded titles: never token_set/partial ratios, which score 1.0 for a
    # title contained in another (domain.md §0).
    return Indel.normalized_similarity(a, b)


def decide(a: Features, b: Features, t: Thresholds) -> Decision:
    if a.arxiv_id and b.arxiv_id:
        if a.arxiv_id == b.arxiv_id:
            return Decision("arxiv_id", {})
        return Decision(None, {"arxiv_conflict": 1.0})

    ratio = round(title_ratio(a.title_fold, b.title_fold), 4)
    same_title = a.title_key == b.title_key and bool(a.title_key)
    if a.weak or b.weak:
        scores = {"title_ratio": ratio}
        if same_title and is_specific_title(a.title_key) and a.markers == b.markers:
            return Decision("title_only", scores)
        return Decision(None, scores)

    jac, cont = _overlap(a.shingles, b.shingles)
    scores = {"jaccard": round(jac, 4), "containment": round(cont, 4), "title_ratio": ratio}
    small = min(len(a.shingles), len(b.shingles))
    contained_ok = cont >= t.containment and small >= t.min_shingles

    if a.markers != b.markers and a.abstract_key != b.abstract_key:
        return Decision(None, scores)
    if same_title and (jac >= t.jaccard_title_key or contained_ok):
        return Decision("title_key", scores)
    if jac >= t.jaccard_alone and small >= t.min_shingles:
        return Decision("abstract", scores)
    nested = not same_title and (a.title_key in b.title_key or b.title_key in a.title_key)
    if not nested and ratio >= t.title_ratio:
        if jac >= t.jaccard:
            return Decision("fuzzy_title", scores)
        if contained_ok:
            return Decision("containment", scores)
    related = jac >= t.related_jaccard and ratio >= t.related_title_ratio
    return Decision(None, scores, related=related)
