"""Cards: what the page parser assembles from a title, its abstract and the chrome
around them, and how a finished card becomes a ``Record``.

``CardBuilder`` is the half of ``parser._PageParser`` that owns the current card: chrome
values (paper ids, upvotes, dates, author counts, stars, organisation, submitter) go into
``Record.meta`` under the names issue 13's output reads (``upvotes``, ``n_authors``,
``org``, ``published``, ``comments``, ``stars``, ``paper_url``, ``submitted_by``).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from ...records import Record, Source
from ..base import ParseLog
from ..chrome import arxiv_ids, bare, count_value, github_stars, parse_card_date
from ..shape import TITLE_MAX, clip, is_summary, join_doubt, sentence_like
from .decode import Decoder
from .scores import NO_ABSTRACT, NO_ABSTRACT_HABIT
from .tokens import Token

__all__ = ["Card", "CardBuilder"]

# Cards a page shows before its lack of organisation lines is a habit, and what that
# habit takes off an organisation reading.
ORG_PRIOR_CARDS = 5
ORG_PRIOR = 1.5


@dataclass(slots=True)
class Card:
    title: str
    line: int
    date: str | None
    arxiv_id: str | None = None
    abstract: list[str] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)
    heading: bool = False  # its title was a markdown heading
    lines: int = 0  # input lines of its title and abstract
    abstract_line: int = 0
    tail: bool = False  # chrome after its last text: the card was not cut at EOF
    cut: bool = False


class CardBuilder:
    """Card state and chrome values of a page; mixed into the page parser."""

    file: str
    log: ParseLog
    card: Card | None
    page_date: str | None
    out: list[tuple[Record, int, int]]
    evidence: bool
    pre_ids: list[str]
    tail_ids: list[str]
    tail_base: str | None
    pre_user: str | None
    upvotes: tuple[str, int] | None
    last_number: int | None
    recent: deque[str]
    wrap_width: int
    decoder: Decoder
    cards_seen: int
    cards_bare: int
    org_lines: int

    def _apply_chrome(self, lineno: int, kind: str, s: str) -> None:
        self.log.drop_chrome(kind)
        if kind not in ("markup", "frontmatter", "image"):
            self.evidence = True
        card = self.card
        if kind == "submitted_by":
            # "Submitted by" + the user's name, above the title of the card it belongs to
            name = s[12:].strip() if s.startswith("Submitted by") else s
            if name:
                self.pre_user = name
            return
        if kind == "header":
            if card is not None:
                # a second page (concatenated dumps): its cards get their own page date
                self._finish_card()
                self.page_date = None
            return
        if kind in ("markup", "truncation"):
            return
        for paper_id in arxiv_ids(s):
            self._observe_id(paper_id, kind, s)
        card = self.card
        if card is None:
            if kind == "date" and self.page_date is None:
                parsed = parse_card_date(s)
                self.page_date = parsed[0] if parsed else None
            return
        card.tail = True
        number, self.last_number = self.last_number, None
        if kind == "upvotes" and s.isdigit():
            self.last_number = int(s)  # "Sep 3, 2024" / "2" / "…#community": comments
        elif kind == "url" and s.endswith("#community") and number is not None:
            card.meta.setdefault("comments", number)
        if kind == "date":
            parsed = parse_card_date(s)
            if parsed is not None:
                card.meta.setdefault("published", parsed[0])
                if parsed[1] is not None:
                    card.meta.setdefault("comments", parsed[1])
        elif kind == "authors":
            card.meta.setdefault("n_authors", count_value(s))
        elif kind == "github":
            stars = github_stars(s)
            if stars is not None:
                card.meta.setdefault("stars", count_value(stars))
        elif kind == "org":
            self._set_org(bare(s)[0])
            self.org_lines += 1

    def _set_org(self, name: str) -> None:
        """An organisation line belongs to the card it follows (title or abstract)."""
        name = name.split("·", 1)[0].strip()
        if self.card is not None and name:
            self.card.meta.setdefault("org", name)

    def _observe_id(self, paper_id: str, kind: str, s: str) -> None:
        """Attach a paper id to its card: the current one, or the next title's.

        The upvote button (a ``login?next=%2Fpapers%2F<id>`` link) comes before its title
        in list layouts, so after a card's abstract it is taken for the next card.
        """
        card = self.card
        if card is not None and card.abstract and kind != "abstract":
            # ids after the card's abstract: its own and the next card's, in that order
            tail = self.tail_ids
            if not tail:
                self.tail_base = card.arxiv_id
            if not tail or tail[-1] != paper_id:
                tail.append(paper_id)
        if kind == "upvotes":
            self.upvotes = (paper_id, count_value(s) or 0)
        upvote_link = "login?next=" in s
        if card is not None and card.arxiv_id is None and not (upvote_link and card.abstract):
            card.arxiv_id = paper_id
        elif card is None or paper_id != card.arxiv_id:
            self.pre_ids.append(paper_id)
        self._take_upvotes()

    def _take_upvotes(self) -> None:
        card, up = self.card, self.upvotes
        if card is not None and up is not None and up[0] == card.arxiv_id:
            card.meta.setdefault("upvotes", up[1])
            self.upvotes = None

    def _start_card(self, u: Token) -> None:
        tail = self.tail_ids
        if tail:
            self.tail_ids = []
            card = self.card
            if card is not None and self.tail_base is None and len(set(tail)) > 1:
                # two papers' ids between two cards, the card above without one before
                # them: the first is its own (its chrome comes before the next card's),
                # whatever kind of link carries it
                card.arxiv_id = tail[0]
                self.pre_ids = [i for i in tail if i != tail[0]]
        self._finish_card()
        self.log.record_lines += u.lines
        paper_id = u.ids[0] if u.ids else (self.pre_ids[-1] if self.pre_ids else None)
        self.pre_ids = []
        meta: dict[str, object] = {}
        if self.pre_user is not None:
            meta["submitted_by"], self.pre_user = self.pre_user, None
        self.card = Card(
            u.text,
            u.line,
            self.page_date,
            paper_id,
            meta=meta,
            heading=u.heading,
            lines=u.lines,
        )
        self._take_upvotes()

    def _add_abstract(self, u: Token) -> None:
        card = self.card
        if card is None:
            self.log.reject(
                "R_ORPHAN_TEXT",
                self.file,
                u.line,
                f"text without a title: {clip(u.text)}",
                u.lines,
            )
            return
        self.log.record_lines += u.lines
        card.lines += u.lines
        if not card.abstract_line:
            card.abstract_line = u.line
        if card.abstract:
            doubt = join_doubt(card.abstract[-1], u.text)
            if doubt is not None:
                self.log.warn("W_ABSTRACT_JOINED", self.file, u.line, doubt)
        card.abstract.append(u.text)
        card.tail = False
        for paper_id in u.ids:
            self._observe_id(paper_id, "abstract", "")

    def _continue(self, u: Token) -> None:
        """The wrapped rest of the card's title or abstract (a new paragraph of the
        abstract after a blank line)."""
        card = self.card
        if card is None:  # the grammar never continues before a card; be total anyway
            self._add_abstract(u)
            return
        if card.abstract and not u.wrap:
            self._add_abstract(u)  # a paragraph: says so when a title may be missing
            return
        self.log.record_lines += u.lines
        card.lines += u.lines
        sep = "" if u.cut else " "
        if card.abstract and not self.wrap_width and u.lines == 1:
            # joined as a wrap on sentence evidence alone (the page shows no wrap width)
            doubt = join_doubt(card.abstract[-1], u.text)
            if doubt is not None:
                self.log.warn("W_ABSTRACT_JOINED", self.file, u.line, doubt)
        if card.abstract:
            card.abstract[-1] += sep + u.text
            card.tail = False
        else:
            card.title += sep + u.text
        for paper_id in u.ids:
            self._observe_id(paper_id, "abstract", "")

    def _finish_card(self) -> None:
        card = self.card
        if card is None:
            return
        self.card = None
        abstract = " ".join(card.abstract)
        flags: list[str] = []
        self.cards_seen += 1
        self.cards_bare += not abstract
        if self.cards_seen == ORG_PRIOR_CARDS and not self.org_lines:
            # a page that has shown this many cards and no organisation line puts none
            # under its cards: a name there is more likely a title without an abstract
            self.decoder.habits.org_prior = -ORG_PRIOR
        elif self.org_lines:
            self.decoder.habits.org_prior = 0.0
        if self.cards_bare >= 2:
            # a page with many cards without an abstract (a fifth, two at least) makes
            # the next one cheaper for the decoder
            common = self.cards_bare * 5 >= self.cards_seen
            self.decoder.no_abstract = NO_ABSTRACT_HABIT if common else NO_ABSTRACT
        if not abstract:
            flags.append("no_abstract")
            self.log.warn(
                "W_NO_ABSTRACT",
                self.file,
                card.line,
                f"title without an abstract: {clip(card.title)}",
            )
        elif is_summary(abstract):
            flags.append("summary")
        if card.cut:
            flags.append("truncated")
        if card.arxiv_id is not None:
            # every card of a Papers page links to its paper page, by its arXiv id
            card.meta.setdefault("paper_url", f"https://huggingface.co/papers/{card.arxiv_id}")
        self.recent.append(abstract or card.title)
        source = Source(self.file, card.line, card.date)
        if (
            not self.evidence
            and abstract
            and (len(abstract) > TITLE_MAX or not sentence_like(card.title))
        ):
            # a titled paragraph: a card (notes in sentences under a sentence are not)
            self.evidence = True
        self.out.append(
            (
                Record(card.title, abstract, source, card.arxiv_id, tuple(flags), card.meta),
                card.lines,
                card.abstract_line,
            )
        )
