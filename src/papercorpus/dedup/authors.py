"""Authors as evidence: two copies of one paper list (mostly) the same people.

A name is keyed by its surname and first initial, folded (accents, case, punctuation):
``"Ada Lovelace"``, ``"A. Lovelace"``, ``"Lovelace, Ada"`` and ``"Ada LOVELACE"`` all give
``lovelace a``. Single-token names (user handles in the Hugging Face scrape, "haoranhe")
are not keyed: they cannot be matched against a real name, so they prove nothing.

Two copies whose keyed lists are both non-empty and share no one are by different people:
``verify`` never merges them on title evidence alone. Under an equal title with some
abstract evidence (``title_key``) it asks more (``clearly_disjoint``): two named people on
each side, because a one-name list is where copies of one paper disagree (an org name, "et
al.", a list read as one name). Copies sharing most of their authors may merge on agreeing
abstracts under a rewritten title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..normalize import fold

# Rules that merge on title evidence: disjoint author lists veto them.
TITLE_RULES = ("title_only", "fuzzy_title")
# ``abstract_authors``: near-identical abstracts under different titles merge when this
# share of the shorter author list, and at least this many names, are shared.
MIN_AUTHOR_OVERLAP = 0.5
MIN_SHARED_AUTHORS = 2
# ... and the titles still share this much of the smaller title's content words (the
# ``abstract`` rule asks 0.5 without authors). Authors alone are not enough: the listings
# hold distinct papers by one group under unrelated titles with one pasted abstract.
MIN_TITLE_OVERLAP = 0.4

# Surname particles that belong to the surname ("van der Berg", "de la Cruz").
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "la", "le", "da", "di", "del", "dos"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Characters inside one surname ("Holt-Hansen", "O'Malley", "D’Souza"): dropped, so
# that "o'malley m" is one surname and not an initial.
_JOINERS = str.maketrans("", "", "-'’")
# A list cut to its first author ("X. Zeng et al."): the name is the part before.
_ET_AL = re.compile(r"(?:^|\s)(?:et(?:\.\s*|\s+)al\.?|and\s+others)\s*$", re.IGNORECASE)
# ``clearly_disjoint``: each list names at least this many people.
MIN_DISJOINT_NAMES = 2


def author_key(name: str) -> frozenset[str]:
    """The keys of one name, ``"surname initial"``: the last word as the surname with the
    first word's initial ("Ada Lovelace", "A. Lovelace"), and the first word as the surname
    with the second word's initial ("Lovelace A", "Zeng Xianming", Medline's "sugrue m f").
    Hyphenated surnames ("O'Malley" too) stay one word, and so does a Medline surname
    written without its hyphen ("holt hansen k" for "Holt-Hansen, K."); "et al." is no
    name. Empty when the name has fewer than two words."""
    name = _ET_AL.sub("", name)
    if "," in name:  # "Lovelace, Ada"
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    words = [w for w in fold(name.translate(_JOINERS)).split() if w not in _SUFFIXES]
    if len(words) < 2:
        return frozenset()
    surname = [words[-1]]
    for w in reversed(words[:-1]):
        if w not in _PARTICLES:
            break
        surname.insert(0, w)
    keys = set()
    given = words[: len(words) - len(surname)]
    if given and len(surname[-1]) > 1:
        keys.add(f"{''.join(surname)} {given[0][0]}")
    if len(words[0]) > 1:
        keys.add(f"{words[0]} {words[1][0]}")
    # Medline ("agin liebes g", "holt hansen k r"): surname words, then the initials.
    n = len(words)
    while n > 0 and len(words[n - 1]) <= 2:
        n -= 1
    if 1 < n < len(words):
        keys.add(f"{''.join(words[:n])} {words[n][0]}")
    return frozenset(keys)


Authors = tuple[frozenset[str], ...]  # per keyed name, its keys


def author_keys(names: Iterable[object]) -> Authors:
    """The keyed names of an author list (``Features.authors``)."""
    return tuple(k for n in names if isinstance(n, str) and (k := author_key(n)))


def _shared(a: Authors, b: Authors) -> int:
    keys_b = frozenset().union(*b)
    return sum(1 for keys in a if keys & keys_b)


def authors_disjoint(a: Authors, b: Authors) -> bool:
    """Both copies name authors and none is shared: different papers."""
    return bool(a) and bool(b) and _shared(a, b) == 0


def clearly_disjoint(a: Authors, b: Authors) -> bool:
    """``authors_disjoint`` between two lists of at least ``MIN_DISJOINT_NAMES`` people."""
    return min(len(a), len(b)) >= MIN_DISJOINT_NAMES and authors_disjoint(a, b)


def author_overlap(a: Authors, b: Authors) -> tuple[float, int]:
    """Share of the shorter list found in the other, and how many names that is."""
    if not a or not b:
        return 0.0, 0
    short, long_ = sorted((a, b), key=len)
    n = _shared(short, long_)
    return n / len(short), n


def shared_authors_rule(a: Authors, b: Authors, title_overlap: float) -> str | None:
    """``"abstract_authors"`` when the copies share most of their authors (at least two),
    for abstracts that agree under titles that agree less than the ``abstract`` rule asks
    but still share 40 % of their words: a paper retitled between versions."""
    if title_overlap < MIN_TITLE_OVERLAP:
        return None
    overlap, shared = author_overlap(a, b)
    if overlap >= MIN_AUTHOR_OVERLAP and shared >= MIN_SHARED_AUTHORS:
        return "abstract_authors"
    return None
