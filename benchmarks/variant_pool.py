"""The variants' building blocks: papers, copies and pairs, the real papers loaded, text
helpers, and the pool every pair draws its papers (and donors) from."""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Paper:
    pid: str
    title: str
    abstract: str


@dataclass(frozen=True)
class Copy:
    """One record as a parser would yield it (``arxiv_id`` already version-stripped)."""

    title: str
    abstract: str
    arxiv_id: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pair:
    cls: str
    same: bool  # True: two copies of one paper; False: a hard negative
    a: Copy
    b: Copy
    source: str  # arXiv id of the paper the pair was built from


# --------------------------------------------------------------------------- loading


def load_papers(folder: str | Path, max_files: int | None = None) -> list[Paper]:
    """First listing of every distinct arXiv id, files in name order (deterministic)."""
    files = sorted(Path(folder).glob("*.jsonl.gz"))
    if max_files is not None:
        files = files[:max_files]
    seen: set[str] = set()
    papers: list[Paper] = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                pid, title, abstract = row.get("id"), row.get("title"), row.get("summary")
                if not pid or not title or not abstract or pid in seen:
                    continue
                seen.add(pid)
                papers.append(Paper(pid, title, abstract))
    return papers


# --------------------------------------------------------------------------- text helpers

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
STOP_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "for",
        "in",
        "on",
        "to",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "via",
        "using",
        "based",
        "towards",
        "toward",
        "into",
        "over",
        "under",
        "its",
        "their",
        "our",
    }
)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]


def one_line(text: str) -> str:
    return " ".join(text.split())


def content_words(title: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", title) if w.lower() not in STOP_WORDS]


def rewrap(text: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    for word in one_line(text).split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def title_name(title: str) -> str | None:
    """The system name before a colon ("BePo: ..."), if the title has one."""
    head, sep, _ = title.partition(":")
    if sep and 1 <= len(head.split()) <= 2 and len(head) <= 24:
        return head.strip()
    return None


_NAME_SYLLABLES = ("ka", "ro", "vi", "te", "lu", "mo", "xa", "ne", "pi", "zo", "qu", "dra", "fen")


def new_name(rng: random.Random) -> str:
    core = "".join(rng.choice(_NAME_SYLLABLES) for _ in range(rng.randint(2, 3)))
    styles = (core.capitalize(), core.upper()[:5], core.capitalize() + rng.choice("XMNGR"))
    return rng.choice(styles)


# --------------------------------------------------------------------------- the pool


def vocabulary(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOP_WORDS}


class Pool:
    """Papers in a seeded order; each pair takes its own, so no text is shared by accident."""

    def __init__(self, papers: list[Paper], rng: random.Random) -> None:
        self.papers = list(papers)
        rng.shuffle(self.papers)
        self.used = bytearray(len(self.papers))
        self.pos = 0
        self.rng = rng
        self.used_names: set[str] = set()  # template task names already given to a pair

    def take(self) -> Paper | None:
        """The next unused paper."""
        while self.pos < len(self.papers) and self.used[self.pos]:
            self.pos += 1
        if self.pos >= len(self.papers):
            return None
        self.used[self.pos] = 1
        return self.papers[self.pos]

    def matching(self, accept: Callable[[Paper], bool]) -> Iterator[Paper]:
        """Unused papers that ``accept`` likes, in pool order, each marked used when yielded."""
        for k, p in enumerate(self.papers):
            if not self.used[k] and accept(p):
                self.used[k] = 1
                yield p

    def nearest(self, p: Paper, scan: int = 300) -> Paper | None:
        """Of the next ``scan`` unused papers, the one whose abstract shares the most
        vocabulary with ``p``'s (a same-topic paper, for the hardest negatives)."""
        mine = vocabulary(p.abstract)
        best, best_k, best_score = None, -1, -1.0
        seen = 0
        for k in range(self.pos, len(self.papers)):
            if self.used[k]:
                continue
            seen += 1
            other = vocabulary(self.papers[k].abstract)
            score = len(mine & other) / (len(mine | other) or 1)
            if score > best_score:
                best, best_k, best_score = self.papers[k], k, score
            if seen >= scan:
                break
        if best is not None:
            self.used[best_k] = 1
        return best

    def sentence(self) -> str:
        donor = self.take()
        if donor is None:
            return "We further report extensive ablations on three additional benchmarks."
        return self.rng.choice(sentences(donor.abstract) or [donor.abstract])


Variant = Callable[[Paper, Pool, random.Random], tuple[Copy, Copy] | None]


def base_copy(p: Paper) -> Copy:
    return Copy(p.title, p.abstract)
