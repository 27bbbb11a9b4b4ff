"""Paper records for the page generator, and the text forms a card can show them in.

Records come from the real data in ``../shared/data`` (arXiv listings JSONL.gz: id, title,
summary, authors; the Hugging Face scrape JSON: title, abstract, authors, stars, paper_url)
or, when that is absent, from the expected records of the test fixtures, so the property
test runs anywhere.

A card shows a paper's title in one *title form* (as written, lower-case, UPPER, Title
Case, ending in ``.``, an ``iVideoGPT``-style lower-case start, a ``?``/``!``/``.`` inside)
and its abstract in one *abstract form* (the full abstract, an AI one-line summary, or
none). How the text is wrapped and escaped is the renderer's business (pagegen_render).
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
FIXTURES = REPO / "tests" / "fixtures"

# Title forms and their weights: mostly as written, every other form often enough that a
# 20k-card run has hundreds of each.
TITLE_FORMS = (
    ("as_is", 0.52),
    ("lower", 0.06),
    ("upper", 0.06),
    ("title_case", 0.06),
    ("period", 0.06),
    ("lower_period", 0.05),
    ("lower_start", 0.06),
    ("punct_inside", 0.07),
    ("marked", 0.06),
)
# A one-line AI summary is one sentence of this many characters (trending pages).
SUMMARY_RANGE = (70, 250)

_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=[A-Z])")
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "via",
        "from",
        "as",
        "is",
        "are",
        "vs",
    ]
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
# Content a markdown capture must escape; spliced into a few titles so every escape occurs.
_MARKS = ("[Citation needed] ", "F_1 ", "[RET] ", "**Bold** ", "x*y ")


@dataclass(frozen=True, slots=True)
class Paper:
    """One real paper: text collapsed to single spaces, ``wrapped`` keeps arXiv's newlines."""

    pid: str
    title: str
    abstract: str
    wrapped: str
    n_authors: int
    stars: str | None = None


@dataclass(frozen=True, slots=True)
class CardText:
    """What one card shows: its title and abstract (before wrapping/escaping)."""

    title: str
    abstract: str  # "" for a card without an abstract
    title_form: str
    abstract_form: str  # "full", "summary" or "none"


def collapse(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------- loading


def load_papers(limit: int | None = None, data: Path = DATA) -> list[Paper]:
    """Distinct real papers (by id and by title), arXiv first then the HF scrape.

    Reads arXiv day files in order until ``limit`` papers are found (all when None).
    Falls back to the fixtures' expected records when the data folder is absent.
    """
    papers: list[Paper] = []
    seen: set[str] = set()
    for paper in _iter_arxiv(data / "arxiv-listings"):
        if _add(paper, papers, seen) and limit is not None and len(papers) >= limit:
            return papers
    for paper in _iter_hf(data / "hf-papers-scrape"):
        _add(paper, papers, seen)
    if not papers:
        # loud: a tree copied out of its checkout (no ``../shared``) would otherwise render
        # every page from the same few dozen papers and look like a working set
        print(f"pagegen: no papers under {data}: using the fixtures' records", file=sys.stderr)
        for paper in _iter_fixtures(FIXTURES):
            _add(paper, papers, seen)
    return papers[:limit] if limit is not None else papers


def fixture_papers() -> list[Paper]:
    """The fixtures' real records (no shared data needed): small pages for tests."""
    papers: list[Paper] = []
    seen: set[str] = set()
    for paper in _iter_fixtures(FIXTURES):
        _add(paper, papers, seen)
    return papers


def _add(paper: Paper, papers: list[Paper], seen: set[str]) -> bool:
    key = re.sub(r"[^a-z0-9]", "", paper.title.lower())
    if not _usable(paper) or paper.pid in seen or key in seen:
        return False
    seen.update((paper.pid, key))
    papers.append(paper)
    return True


def _usable(p: Paper) -> bool:
    """Text a page could show on one line each: no control characters, a real abstract."""
    if not 10 <= len(p.title) <= 300 or len(p.abstract) < 200:
        return False
    if p.abstract.startswith(("http", "webpage")) or p.abstract == p.title:
        return False
    return _CONTROL.search(p.title) is None and _CONTROL.search(p.abstract) is None


def _iter_arxiv(folder: Path) -> Iterator[Paper]:
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                summary = (row.get("summary") or "").strip()
                title = collapse(row.get("title") or "")
                if row.get("id") and title and summary:
                    wrapped = "\n".join(collapse(x) for x in summary.split("\n") if x.strip())
                    yield Paper(
                        row["id"], title, collapse(summary), wrapped, len(row.get("authors") or [])
                    )


def _iter_hf(folder: Path) -> Iterator[Paper]:
    for path in sorted(folder.rglob("*.json")):
        try:
            items = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for item in items if isinstance(items, list) else []:
            details = item.get("details") or {}
            abstract = collapse(details.get("abstract") or "")
            m = re.search(r"(\d{4}\.\d{4,5})", item.get("paper_url") or "")
            title = collapse(item.get("title") or "")
            if m and title and abstract:
                stars = str(item.get("stars") or "") or None
                yield Paper(
                    m.group(1), title, abstract, abstract, len(item.get("authors") or []), stars
                )


def _iter_fixtures(folder: Path) -> Iterator[Paper]:
    for k, path in enumerate(sorted(folder.rglob("*.expected.json"))):
        records = json.loads(path.read_text(encoding="utf-8")).get("records", [])
        for i, rec in enumerate(records):
            abstract = collapse(rec.get("abstract") or "")
            pid = rec.get("arxiv_id") or f"2601.{k:02d}{i:03d}"
            yield Paper(pid, collapse(rec.get("title") or ""), abstract, abstract, 3 + i % 9)


# --------------------------------------------------------------------------- text forms


def pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    names = [n for n, _ in weighted]
    return rng.choices(names, weights=[w for _, w in weighted])[0]


def summary_of(abstract: str) -> str | None:
    """The abstract's first sentence when it is one-line-summary sized, else None."""
    first = _SENTENCE_END.split(abstract, 1)[0]
    lo, hi = SUMMARY_RANGE
    if lo <= len(first) <= hi and first[-1] == "." and ". " not in first:
        return first
    return None


def title_form(title: str, form: str, rng: random.Random) -> str:
    """``title`` shown in ``form`` (see TITLE_FORMS); falls back to as written."""
    t = title.rstrip(" .")
    if form == "lower":
        return t.lower()
    if form == "upper":
        return t.upper()
    if form == "title_case":
        words = t.split(" ")
        return " ".join(
            w if (i and w.lower() in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words)
        )
    if form == "period":
        return t + "."
    if form == "lower_period":
        return t.lower() + "."
    if form == "lower_start":
        first = t.split(" ", 1)[0]
        if first[:1].isupper():
            return rng.choice("iemkd") + t  # iVideoGPT, eMotion, mDPO ...
        return t
    if form == "punct_inside":
        mark = rng.choice(("? ", "! ", ". "))
        if ": " in t:
            return t.replace(": ", mark, 1)
        words = t.split(" ")
        if len(words) >= 5:
            k = rng.randrange(2, len(words) - 2)
            rest = " ".join(words[k:])
            return " ".join(words[:k]) + mark.rstrip() + " " + rest[:1].upper() + rest[1:]
        return t
    if form == "marked":
        return rng.choice(_MARKS) + t
    return title


def card_text(
    paper: Paper,
    rng: random.Random,
    *,
    abstract_weights: tuple[tuple[str, float], ...],
    forms: tuple[tuple[str, float], ...] = TITLE_FORMS,
) -> CardText:
    """One card's text. A title ending in ``.`` or holding ``. `` only over a full
    abstract: next to a one-sentence summary or a missing abstract it could not be told
    from a summary."""
    a_form = pick(rng, abstract_weights)
    abstract = paper.abstract
    if a_form == "summary":
        abstract = summary_of(paper.abstract) or ""
        if not abstract:
            a_form, abstract = "full", paper.abstract
    elif a_form == "none":
        abstract = ""
    t_form = pick(rng, forms)
    if a_form != "full" and t_form in ("period", "lower_period"):
        t_form = "as_is"
    title = title_form(paper.title, t_form, rng)
    if a_form != "full" and ". " in title and ". " not in paper.title:
        title = title_form(paper.title, "as_is", rng)  # "X. Y" could be a summary sentence
        t_form = "as_is"
    return CardText(title, abstract, t_form, a_form)
