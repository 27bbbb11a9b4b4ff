"""The merge rules: decide, for one candidate pair, whether two texts are the same paper.

Every decision is made on exact data (folded titles, exact shingle and word sets, both as sets
of 64-bit word hashes), never on MinHash estimates, so the outcome does not depend on the
signatures. Precision comes first: a false merge destroys a paper, a missed one leaves a
duplicate row. Rules, in order (domain.md §c.4, measured in docs/dedup.md):

* ``arxiv_id``     both copies carry the same arXiv id (version stripped). Different ids veto.
                   Two full titles and abstracts that share no more than unrelated papers do
                   are not merged by one id (a parse slip: a neighbouring card's id), nor is
                   a copy without a real abstract whose title the other copy speaks of
                   nowhere (in its title or abstract); they are reported as related with
                   ``arxiv_contradicted``.
* ``title_only``   one side has no usable abstract (empty, junk, bot comment): equal titles
                   that are specific (long, several content words) merge, nothing else does.
* guards           veto everything below: differing number/version markers in the titles
                   (``Part I``/``Part II``, ``Llama-2``/``Llama-3``, ``X``/``X++``), and two
                   different system names before a colon (``BePo: ...``/``ODG: ...``).
* ``title_key``    equal, specific titles and abstract evidence: 3-gram Jaccard, containment,
                   a rewritten abstract that keeps most of the vocabulary, or one side a short
                   AI-style summary.
* ``abstract``     near-identical abstracts (title revised or subtitle dropped), provided the
                   titles still share half of their content words: an unrelated title on the
                   same abstract is what two distinct papers with a pasted abstract look like.
* ``fuzzy_title``  title ratio high and abstract Jaccard at the lower level (v1/v2 edits).
* ``containment``  the shorter abstract is (almost) contained in the longer one (truncated
                   copies) with a similar title; a title contained in the other only counts
                   when the shorter abstract visibly stops short (``…``, mid-sentence).
* authors          (``authors.authors_rule``) disjoint author lists veto ``title_only`` and
                   ``fuzzy_title``, and ``title_key`` when each list names two people and the
                   abstracts are not the same text (3-gram J < 0.8, not contained);
                   ``abstract_authors`` merges near-identical abstracts under a rewritten
                   title when most authors are shared.

A title contained in the other (``Emergent Abilities of LLMs`` vs ``Are Emergent Abilities of
LLMs a Mirage?``) never merges on title evidence. A pair that fails every rule but shares a lot
(a conference paper and its journal extension, a reused abstract) is reported as *related*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

import numpy as np
from rapidfuzz.distance import Indel

from .._mypyc import mypyc_attr
from ..keys import is_specific_title
from .authors import TITLE_RULES, authors_disjoint, clearly_disjoint, shared_authors_rule
from .features import Features, title_features, word_set


@mypyc_attr(native_class=False)  # (public, pickled to workers, ``dataclasses.replace``)
@dataclass(frozen=True)
class Thresholds:
    """Verification thresholds; the first four are ``clean`` options."""

    jaccard: float = 0.5  # 3-gram Jaccard with a similar title (fuzzy_title)
    jaccard_alone: float = 0.8  # 3-gram Jaccard with only shared title words (abstract)
    containment: float = 0.9
    title_ratio: float = 0.9
    jaccard_title_key: float = 0.3  # 3-gram Jaccard with exactly equal titles
    word_jaccard_title_key: float = 0.3  # content-word Jaccard with equal, long titles
    title_overlap: float = 0.5  # shared title content words the abstract rule needs
    min_shingles: int = 15  # smallest abstract (in shingles) that containment may speak for
    min_title_words: int = 4  # content words of a title specific enough to merge on
    min_rewrite_title_words: int = 5  # ... and to accept a rewritten abstract under it
    related_jaccard: float = 0.15  # reported as related: shared abstract, different titles
    related_containment: float = 0.1  # ... or a shared part of the abstract, similar titles
    related_title_ratio: float = 0.8


def generic_twins(title_a: str, title_b: str, t: Thresholds) -> bool:
    """The two titles are one title (equal keys) too generic to merge on ("Introduction",
    "Editorial"): ``decide`` then merges only on the abstracts (Jaccard, containment), never
    on the titles, and a guard or an author veto can only reject."""
    a, b = title_features(title_a), title_features(title_b)
    if a.key != b.key or not a.key:
        return False
    return not (is_specific_title(a.key) and len(a.words) >= t.min_title_words)


@mypyc_attr(native_class=False)  # (workers send decisions back)
@dataclass
class Decision:
    rule: str | None  # None: not the same paper
    scores: dict[str, float] = field(default_factory=dict)
    related: bool = False


def substantive(f: Features) -> bool:
    """The copy has an abstract that can speak for or against a merge (not junk, not a
    summary). A ``title_only`` pair always has one copy that is not substantive."""
    return not f.weak and not f.short


def _overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact Jaccard and containment (of the smaller set in the larger) of two shingle sets."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0
    inter = _intersection_size(a, b)
    union = len(a) + len(b) - inter
    return inter / union, inter / min(len(a), len(b))


def _word_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = _intersection_size(a, b)
    return inter / (len(a) + len(b) - inter)


def _intersection_size(a: np.ndarray, b: np.ndarray) -> int:
    """Common elements of two sorted distinct arrays: the smaller searched in the larger
    (``np.intersect1d`` concatenates and sorts both: ~3x the cost)."""
    if len(a) > len(b):
        a, b = b, a
    # Past the end, searchsorted points one beyond b: clipped, b's last element is smaller.
    return int(np.count_nonzero(b.take(b.searchsorted(a), mode="clip") == a))


def title_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller title's content words found in the other title."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def title_ratio(a: str, b: str) -> float:
    # Plain edit ratio on folded titles: never token_set/partial ratios, which score 1.0 for a
    # title contained in another (domain.md §0).
    return Indel.normalized_similarity(a, b)


def _specific(f: Features, words: int) -> bool:
    return is_specific_title(f.title_key) and len(f.title_words) >= words


def decide(a: Features, b: Features, t: Thresholds) -> Decision:
    if a.arxiv_id and b.arxiv_id:
        if a.arxiv_id != b.arxiv_id:
            return Decision(None, {"arxiv_conflict": 1.0})
        # Two full abstracts and titles that share nothing under one id: a parse slip (the
        # neighbouring card's id, a shifted column), not a revision. Merging would destroy a
        # paper, so they stay apart and are reported as related. A summary or a junk
        # abstract says too little to contradict the id.
        plain = not (a.weak or b.weak or a.short or b.short)
        if plain and a.abstract_key != b.abstract_key:
            e = _evidence(a, b, round(title_ratio(a.title_fold, b.title_fold), 4), False)
            if _unrelated(e):
                return Decision(None, {"arxiv_contradicted": 1.0, **e.scores()}, related=True)
        elif not plain and a.title_key != b.title_key:
            # A copy without a real abstract has only its title to agree with the id: a
            # title the other copy speaks of nowhere is another paper's, under the id of
            # the card beside it (a page's link between a card without an abstract and
            # the next card). A fragment of the paper's own card (a sentence of its
            # abstract read as a title) is spoken of, and keeps the id.
            ratio = round(title_ratio(a.title_fold, b.title_fold), 4)
            if ratio < UNRELATED_TITLE_RATIO and (_unspoken(a, b) or _unspoken(b, a)):
                scores = {"arxiv_contradicted": 1.0, "title_ratio": ratio}
                return Decision(None, scores, related=True)
        return Decision("arxiv_id", {})

    ratio = round(title_ratio(a.title_fold, b.title_fold), 4)
    same_title = a.title_key == b.title_key and bool(a.title_key)
    guarded = _markers_differ(a, b) or names_differ(a.name, b.name)
    if a.weak or b.weak:
        # Junk never speaks for a merge: only an equal, specific title can.
        scores = {"title_ratio": ratio}
        if same_title and not guarded and _specific(a, t.min_title_words):
            return _authors_veto(Decision("title_only", scores), a, b)
        return Decision(None, scores)
    return _authors_veto(_decide_texts(a, b, t, ratio, same_title, guarded), a, b)


# Two real abstracts under one arXiv id that share less than this are two papers. Measured
# on the arXiv listings: the 47 revisions of one id with another abstract keep containment
# >= 0.175, word Jaccard >= 0.181 and title overlap >= 0.286; of 20,000 random pairs of
# papers of one primary category (the neighbours a slip would bring together), all stay under
# containment 0.073, 99.9% under word Jaccard 0.162 (all under 0.188) and title overlap 0.5.
# Word 3-grams tell two papers on one topic apart, where their words do not: with word
# Jaccard under 0.1 the rule refused 90.5% of those pairs, under 0.2 it refuses 99.5%.
# Constants, not ``Thresholds``: they only ever keep a pair apart, and an index's stored
# thresholds stay valid.
UNRELATED_WORD_JACCARD: Final = 0.2
UNRELATED_CONTAINMENT: Final = 0.1
UNRELATED_TITLE_OVERLAP: Final = 0.5


# A copy without a real abstract contradicts the id when its title has at least this many
# content words (fewer say too little), an edit ratio under this to the other title, and
# under half of its content words in the other copy's title and abstract.
UNSPOKEN_MIN_WORDS: Final = 3
UNRELATED_TITLE_RATIO: Final = 0.5


def _unspoken(x: Features, y: Features) -> bool:
    """``x`` has no real abstract, and ``y`` speaks of its title nowhere: under half of its
    words are in ``y``'s title or abstract. (A sentence of the card read as a title of its
    own is a passage of the abstract, and a revision's new title is mostly the abstract's
    words: both keep the id.)"""
    if substantive(x) or len(x.title_words) < UNSPOKEN_MIN_WORDS:
        return False
    found = sum(1 for w in x.title_words if w in y.title_words or _contains(y.words, _word_hash(w)))
    return found * 2 < len(x.title_words)


def _unrelated(e: _Evidence) -> bool:
    """Two real abstracts and their titles share no more than unrelated papers do."""
    return (
        e.word_jaccard < UNRELATED_WORD_JACCARD
        and e.containment < UNRELATED_CONTAINMENT
        and e.title_overlap < UNRELATED_TITLE_OVERLAP
    )


def _authors_veto(d: Decision, a: Features, b: Features) -> Decision:
    """Title evidence never merges copies by different people."""
    if d.rule in TITLE_RULES and authors_disjoint(a.authors, b.authors):
        return Decision(None, {**d.scores, "authors_disjoint": 1.0}, related=True)
    return d


def names_differ(a: str, b: str) -> bool:
    """Two different system names (``bepo``/``odg``, ``tomcat``/``warmcat``). A name inside
    the other is the same one with scraping residue around it (``abstractgenic``/``genic``)."""
    return bool(a and b) and a not in b and b not in a


def _markers_differ(a: Features, b: Features) -> bool:
    """Differing number/version markers. When one title is the other without its subtitle,
    only the shared part counts: numbers in a dropped subtitle ("... Across 15 Cities",
    "... at 150 fps") describe the paper, they do not version it."""
    if a.title_key == b.main_key and a.title_key != b.title_key:
        return a.markers != b.main_markers
    if b.title_key == a.main_key and a.title_key != b.title_key:
        return b.markers != a.main_markers
    return a.markers != b.markers


def title_nested(a: Features, b: Features) -> bool:
    """One title is the other with topic words added around it ("Emergent Abilities of
    LLMs" / "Are Emergent Abilities of LLMs a Mirage?"): word-level, so "Model"/"Models"
    is an edit, not a nesting."""
    short, long_ = sorted((a, b), key=lambda x: len(x.title_fold))
    if not short.title_fold or short.title_fold == long_.title_fold:
        return False
    if f" {short.title_fold} " not in f" {long_.title_fold} ":
        return False
    return bool(long_.title_words - short.title_words)


def topic_conflict(a: Features, b: Features) -> bool:
    """The titles swap a word (each has one the other lacks) and a swapped word is backed by
    its own abstract alone: two papers written from one template ("Challenge on Image
    Denoising" / "Challenge on Face Denoising"), not one paper with a retouched title. An
    added word ("Ice Hockey Puck Localization") is an edit, not a conflict."""
    only_a, only_b = a.title_words - b.title_words, b.title_words - a.title_words
    if not only_a or not only_b:
        return False
    return _owned(only_a, a, b) or _owned(only_b, b, a)


def _owned(words: frozenset[str], own: Features, other: Features) -> bool:
    # A few title words against two sorted hash sets: a binary search each, not ``np.isin``
    # (which sorts both sides: ~50 us a call, and this runs for most template pairs).
    return any(
        _contains(own.words, h) and not _contains(other.words, h) for h in map(_word_hash, words)
    )


@lru_cache(maxsize=1 << 16)
def _word_hash(word: str) -> np.uint64:
    """The ``word_set`` hash of one folded word (a word's hash does not depend on its
    neighbours), cached: title words repeat across the pairs of a run."""
    return word_set((word,))[0]


def _contains(sorted_set: np.ndarray, value: np.uint64) -> bool:
    i = int(sorted_set.searchsorted(value))
    # (bool(): compiled, a numpy bool where a bool is declared is a TypeError)
    return i < len(sorted_set) and bool(sorted_set[i] == value)


@dataclass(frozen=True)
class _Evidence:
    """What two usable abstracts and their titles share (exact, not estimated)."""

    jaccard: float  # word 3-gram shingles
    containment: float  # of the smaller shingle set in the larger
    word_jaccard: float  # content words of the abstracts
    title_overlap: float  # content words of the titles, over the smaller title
    ratio: float  # edit ratio of the folded titles
    small: int  # shingles of the smaller abstract
    nested: bool  # one title is the other plus topic words (title_nested)

    def scores(self) -> dict[str, float]:
        return {
            "jaccard": round(self.jaccard, 4),
            "containment": round(self.containment, 4),
            "title_ratio": self.ratio,
            "word_jaccard": round(self.word_jaccard, 4),
            "title_overlap": round(self.title_overlap, 4),
        }


def _evidence(a: Features, b: Features, ratio: float, same_title: bool) -> _Evidence:
    jac, cont = _overlap(a.shingles, b.shingles)
    shared = title_overlap(a.title_words, b.title_words)
    if a.title_key in (b.main_key, "") or b.title_key in (a.main_key, ""):
        shared = 1.0  # one title is the other without its subtitle ("$V_0$" / "$V_0$: ...")
    nested = not same_title and title_nested(a, b)
    small = min(len(a.shingles), len(b.shingles))
    return _Evidence(jac, cont, _word_jaccard(a.words, b.words), shared, ratio, small, nested)


def _decide_texts(
    a: Features, b: Features, t: Thresholds, ratio: float, same_title: bool, guarded: bool
) -> Decision:
    e = _evidence(a, b, ratio, same_title)
    scores = e.scores()
    similar_titles = ratio >= t.related_title_ratio or e.title_overlap >= t.title_overlap
    # Not merged but worth a look: a conference paper and its extension, a reused abstract.
    related = e.jaccard >= t.jaccard or (
        similar_titles
        and (e.jaccard >= t.related_jaccard or e.containment >= t.related_containment)
    )
    if guarded:
        return Decision(None, scores, related=related)
    rule = _same_title_rule(a, b, t, e) if same_title else None
    if rule == "title_key" and _other_people(a, b, t, e):
        return Decision(None, {**scores, "authors_disjoint": 1.0}, related=True)
    if rule is None and not topic_conflict(a, b):
        rule = _abstract_rule(a, b, t, e)
        if rule is None and e.jaccard >= t.jaccard_alone and e.small >= t.min_shingles:
            # a title rewritten between versions, by the same people
            rule = shared_authors_rule(a.authors, b.authors, e.title_overlap)
    return Decision(rule, scores, related=related and rule is None)


def _same_title_rule(a: Features, b: Features, t: Thresholds, e: _Evidence) -> str | None:
    """Equal titles: specific ones need only a little abstract evidence."""
    if not _specific(a, t.min_title_words):
        return None  # a generic title ("Introduction", "Mushrooms") is no evidence at all
    contained = e.containment >= t.containment and e.small >= t.min_shingles
    # A rewritten abstract (v2, or a new id for the same work) keeps the vocabulary while
    # its 3-grams change; only trusted under a long, specific title.
    rewritten = e.word_jaccard >= t.word_jaccard_title_key and _specific(
        a, t.min_rewrite_title_words
    )
    if e.jaccard >= t.jaccard_title_key or contained or rewritten:
        return "title_key"
    if a.short or b.short:
        return "title_only"  # a summary-length abstract neither confirms nor contradicts
    return None


def _other_people(a: Features, b: Features, t: Thresholds, e: _Evidence) -> bool:
    """One title over two abstracts that only partly agree, by two groups of people none of
    whom is shared: two papers of one field (the rewritten-abstract route takes their shared
    vocabulary for a rewrite). The same abstract (3-gram J >= ``jaccard_alone``, or one
    contained in the other) is one paper whatever its lists say: copies of one paper
    disagree about authors (an org name, a list cut to one name) far more often than two
    papers agree on a title and an abstract."""
    contained = e.containment >= t.containment and e.small >= t.min_shingles
    return not (e.jaccard >= t.jaccard_alone or contained) and clearly_disjoint(
        a.authors, b.authors
    )


def _abstract_rule(a: Features, b: Features, t: Thresholds, e: _Evidence) -> str | None:
    """Different titles: the abstracts must carry the decision."""
    contained = e.containment >= t.containment and e.small >= t.min_shingles
    if (
        e.jaccard >= t.jaccard_alone
        and e.small >= t.min_shingles
        and (e.title_overlap >= t.title_overlap)
    ):
        return "abstract"
    if not e.nested and e.ratio >= t.title_ratio:
        if e.jaccard >= t.jaccard:
            return "fuzzy_title"
        if contained:
            return "containment"
    # A title inside the other is no title evidence; only a visibly cut copy may lean on it,
    # and only as the start of the other abstract: a cut copy of one paper whose first
    # sentence another paper shares is contained in both at the 0.9 bound.
    if e.nested and contained and _cut_from(_shorter(a, b), a, b):
        return "containment"
    return None


def _shorter(a: Features, b: Features) -> Features:
    return a if len(a.shingles) <= len(b.shingles) else b


def _cut_from(short: Features, a: Features, b: Features) -> bool:
    """Is ``short`` visibly cut and its abstract the start of the other one's?"""
    other = b if short is a else a
    return short.cut and other.abstract_key.startswith(short.abstract_key.rstrip(".\u2026"))
