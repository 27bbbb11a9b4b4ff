"""The ground truth of generated pages, and scoring parsed records against it.

``truth.jsonl`` holds one ``PageTruth`` per file, in file order. Per card: the expected
title and abstract (as the page shows them once markdown escapes are removed and wrapping
is undone), the line span of the whole card and of its title and abstract, the arXiv id
when the card shows one, its flags (``truncated``, ``no_abstract``, ``summary``) and the
*probes*: the chrome texts around it that must never end up in a title or abstract. Per
page: the number of lines, record lines (title and abstract lines), blank lines, chrome
lines by kind, and the lines that must be rejected (stray prose, a contact footer).

``score_page`` compares what a parser produced for one file with its truth. A record
belongs to a card when its line is one of the card's title lines (or, failing that, its
title is the card's); then:

* lost: a card with no record;
* extra: a record that belongs to no card (chrome or stray text made into a paper);
* title damaged: a matched record whose title differs;
* abstract glued: the abstract holds text of a neighbouring card (its title or the start
  of its abstract), or has text where the card has none;
* abstract damaged: any other abstract difference (cut, missing, extra text);
* chrome leaked: a probe of this card or a neighbour found in a title or abstract;
* id wrong: the record's arXiv id differs from the one shown inside the card; split into
  id other (another card's id) and id none (no id where the card shows one);
* foreign: the record carries another card's id, wherever its own id shows (inside the
  card, between cards, or nowhere): the copy would merge with that paper's copies (key A);
* no id: the card shows its id (anywhere around it) and the record has none;
* truncation missed: a card cut by the capture without the ``truncated`` flag;
* reject missed: a must-reject line not reported as a reject.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

COLUMNS = (
    "cards",
    "lost",
    "extra",
    "title_dmg",
    "abs_glued",
    "abs_dmg",
    "leaked",
    "id_wrong",
    "id_other",
    "id_none",
    "foreign",
    "no_id",
    "trunc_miss",
    "rej_miss",
    "fields",
    "fld_miss",
    "fld_wrong",
)
# Probes shorter than this (a bare count, "·", "-") are only looked for at a field's edges.
_SHORT_PROBE = 6


@dataclass
class CardTruth:
    title: str
    abstract: str
    first: int  # 1-based line span of the card with its chrome
    last: int
    title_lines: tuple[int, int]
    abstract_lines: tuple[int, int] | None
    arxiv_id: str | None
    # The id shows inside the card (title, mid chrome, abstract); else it only shows in
    # chrome between cards, which could be either neighbour's, and is not checked.
    id_sure: bool = True
    flags: list[str] = field(default_factory=list)
    probes: list[str] = field(default_factory=list)
    title_form: str = "as_is"
    abstract_form: str = "full"
    # the values of the card's furniture lines (the opt-in ``furniture`` arrangement);
    # left out of the truth file when empty, so other sets' truth is unchanged
    fields: dict[str, object] = field(default_factory=dict)


@dataclass
class PageTruth:
    file: str
    arrangement: str
    layout: str
    style: str
    wrap: str
    lines: int
    record_lines: int
    blank_lines: int
    chrome_lines: dict[str, int]
    reject_lines: list[int]
    cards: list[CardTruth]

    @property
    def chrome_total(self) -> int:
        return sum(self.chrome_lines.values())

    def to_json(self) -> str:
        d = dict(self.__dict__)
        d["cards"] = [
            {k: v for k, v in c.__dict__.items() if k != "fields" or v} for c in self.cards
        ]
        return json.dumps(d, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> PageTruth:
        d = json.loads(text)
        cards = []
        for c in d.pop("cards"):
            c["title_lines"] = tuple(c["title_lines"])
            if c["abstract_lines"] is not None:
                c["abstract_lines"] = tuple(c["abstract_lines"])
            cards.append(CardTruth(**c))
        return cls(cards=cards, **d)


def read_truth(path: Path) -> Iterator[PageTruth]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield PageTruth.from_json(line)


def write_truth(path: Path, pages: Iterable[PageTruth]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for page in pages:
            fh.write(page.to_json() + "\n")


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Got:
    """One parsed record, whatever produced it (the library or ``clean``'s output)."""

    line: int
    title: str
    abstract: str
    arxiv_id: str | None = None
    flags: tuple[str, ...] | None = ()  # None: not known (``clean``'s output has no flags)
    verified: bool = True  # False: a copy merged by ``clean``, whose own text is not known
    meta: dict | None = None  # the record's ``meta`` (None: not known, as from ``clean``)


@dataclass
class Score:
    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    # Counts per card group (``card_key`` of score_page); page-level notes go to "(page)".
    groups: dict[str, Counter[str]] = field(default_factory=dict)
    key: str = "(page)"
    # (arXiv id, the card it was given to) of every matched record with an id: a page set
    # whose records share an id across distinct cards has false merges (``false_merges``)
    ids: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.counts.update(other.counts)
        self.ids.extend(other.ids)
        for k, v in other.examples.items():
            shown = self.examples.setdefault(k, [])
            shown.extend(v[: max(0, 20 - len(shown))])
        for k, c in other.groups.items():
            self.groups.setdefault(k, Counter()).update(c)

    def note(self, column: str, example: str, keep: int = 5) -> None:
        self.counts[column] += 1
        self.groups.setdefault(self.key, Counter())[column] += 1
        shown = self.examples.setdefault(column, [])
        if len(shown) < keep:
            shown.append(example)

    @property
    def failures(self) -> int:
        return sum(v for k, v in self.counts.items() if k not in ("cards", "fields"))


def ws(s: str) -> str:
    return " ".join(s.split())


def score_page(
    page: PageTruth,
    got: list[Got],
    rejected_lines: Iterable[int] = (),
    card_key: Callable[[CardTruth], str] | None = None,
) -> Score:
    """Failures of one file's records against its truth; with ``card_key``, also counted
    per group of cards (``Score.groups``)."""
    score = Score()
    score.counts["cards"] += len(page.cards)
    by_line: dict[int, list[int]] = {}
    for i, g in enumerate(got):
        by_line.setdefault(g.line, []).append(i)
    used: set[int] = set()
    matched: list[Got | None] = []
    for card in page.cards:
        hit = None
        for line in range(card.title_lines[0], card.title_lines[1] + 1):
            for i in by_line.get(line, ()):
                if i not in used:
                    hit = i
                    break
            if hit is not None:
                break
        if hit is None:  # tolerate a misplaced line number when the title is right
            want = ws(card.title)
            hit = next(
                (i for i, g in enumerate(got) if i not in used and ws(g.title) == want), None
            )
        if hit is not None:
            used.add(hit)
        matched.append(got[hit] if hit is not None else None)
    for i, g in enumerate(got):
        if i not in used:
            score.note("extra", f"{page.file}:{g.line}: {_clip(g.title)}")
    for k, card in enumerate(page.cards):
        if card_key is not None:
            score.key = card_key(card)
            score.groups.setdefault(score.key, Counter())["cards"] += 1
        g = matched[k]
        where = f"{page.file}:{card.title_lines[0]} [{page.arrangement}/{page.style}/{page.layout}]"
        if g is None:
            score.note("lost", f"{where}: {_clip(card.title)}")
            continue
        if g.verified:
            _compare(score, page, k, card, g, where)
    score.key = "(page)"
    rejected = set(rejected_lines)
    for line in page.reject_lines:
        if line not in rejected:
            score.note("rej_miss", f"{page.file}:{line}")
    return score


def _compare(score: Score, page: PageTruth, k: int, card: CardTruth, g: Got, where: str) -> None:
    title, abstract = ws(g.title), ws(g.abstract)
    want_t, want_a = ws(card.title), ws(card.abstract)
    if title != want_t:
        score.note("title_dmg", f"{where}: {_clip(want_t)!r} -> {_clip(title)!r}")
    if abstract != want_a:
        neighbours = [page.cards[j] for j in (k - 1, k + 1) if 0 <= j < len(page.cards)]
        if _glued(abstract, want_a, neighbours):
            score.note("abs_glued", f"{where}: {_clip(want_t)!r} abstract ends {abstract[-70:]!r}")
        else:
            score.note(
                "abs_dmg",
                f"{where}: want {_clip(want_a, 60)!r}... got {_clip(abstract, 60)!r}"
                f"... ({len(want_a)} vs {len(abstract)} chars)",
            )
    probes = set(card.probes)
    for j in (k - 1, k + 1):
        if 0 <= j < len(page.cards):
            probes.update(page.cards[j].probes)
    for field_got, field_want in ((title, want_t), (abstract, want_a)):
        leak = _leak(field_got, field_want, probes)
        if leak is not None:
            score.note("leaked", f"{where}: {leak!r} in {_clip(field_got)!r}")
            break
    _check_id(score, page, card, g, where)
    if "truncated" in card.flags and g.flags is not None and "truncated" not in g.flags:
        score.note("trunc_miss", where)
    if card.fields and g.meta is not None:
        _check_fields(score, card, g.meta, where)


def _check_fields(score: Score, card: CardTruth, meta: dict, where: str) -> None:
    """The card's furniture values (``fields``) in the record's ``meta``: each one missing
    or different is noted; ``fields`` counts the values the truth holds."""
    for key, want in card.fields.items():
        score.counts["fields"] += 1
        score.groups.setdefault(score.key, Counter())["fields"] += 1
        got = meta.get(key)
        if got is None:
            score.note("fld_miss", f"{where}: {key} {want!r}")
        elif got != want:
            score.note("fld_wrong", f"{where}: {key} want {want!r} got {got!r}")


def _check_id(score: Score, page: PageTruth, card: CardTruth, g: Got, where: str) -> None:
    got, want = g.arxiv_id, card.arxiv_id
    # (a card shown twice in a row, one copy without its id, is the same paper)
    twin = next(
        (c.arxiv_id for c in page.cards if c.arxiv_id and ws(c.title) == ws(card.title)), None
    )
    if got is not None:
        # the paper: its id when the card (or its twin) shows it, else this card alone
        # (pages show one paper on several pages, in several title forms)
        score.ids.append((got, want or twin or f"{page.file}:{card.title_lines[0]}"))
    foreign = got is not None and got != want and got != twin
    if card.id_sure and got != want:
        score.note("id_wrong", f"{where}: want {want} got {got}")
        if got is None:
            score.note("id_none", f"{where}: want {want} got none")
        elif foreign:
            score.note("id_other", f"{where}: want {want} got {got}")
    if foreign:
        score.note("foreign", f"{where}: want {want} got {got} (id_sure={card.id_sure})")
    if want is not None and got is None:
        score.note("no_id", f"{where}: want {want} (id_sure={card.id_sure})")


def false_merges(ids: Iterable[tuple[str, str]]) -> int:
    """Records that share an arXiv id with a record of another paper: each paper beyond
    the first under one id is one false merge (domain.md key A merges them)."""
    by_id: dict[str, set[str]] = {}
    for paper_id, title in ids:
        by_id.setdefault(paper_id, set()).add(title)
    return sum(len(titles) - 1 for titles in by_id.values())


def _glued(got: str, want: str, neighbours: list[CardTruth]) -> bool:
    if got and not want:
        return True
    for other in neighbours:
        t = ws(other.title)
        if len(t) >= 12 and t in got and t not in want:
            return True
        head = ws(other.abstract)[:60]
        if len(head) >= 30 and head in got and head not in want:
            return True
    return False


def _leak(got: str, want: str, probes: set[str]) -> str | None:
    for probe in probes:
        if not probe or probe in want:
            continue
        if len(probe) >= _SHORT_PROBE and not probe.isdigit():
            if got.count(probe) > want.count(probe):
                return probe
        elif _at_edge(got, probe) and not _at_edge(want, probe):
            return probe
    return None


def _at_edge(text: str, probe: str) -> bool:
    return text == probe or text.endswith(" " + probe) or text.startswith(probe + " ")


def _clip(s: str, n: int = 70) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
