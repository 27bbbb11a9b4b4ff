"""How the page parser assembles a card (``card.Card``) from a title, its abstract and the
chrome around them, and how a finished card becomes a ``Record``.

``CardBuilder`` is the half of ``parser.PageParser`` that owns the current card: chrome
values (upvotes, dates, author counts, stars, organisation, submitter) go into
``Record.meta`` under the names issue 13's output reads (``upvotes``, ``n_authors``,
``org``, ``published``, ``comments``, ``stars``, ``paper_url``, ``submitted_by``). Paper
ids are the page's decision (``ids.PageIds``): a finished card waits there until its
page has shown which ids are its own, then becomes a record.
"""

from __future__ import annotations

from collections import deque
from typing import Final

from ...records import Record, Source
from ..base import ParseLog
from ..chrome import bare
from ..chrome_values import arxiv_ids, count_value, github_stars, parse_card_date
from ..shape import clip, is_summary, join_doubt, terminal
from .bold import whole_bold
from .card import Card
from .card_marks import abstract_marks, ascii_tail, title_marks
from .card_notes import NOTE_KINDS, SUMMARY, keep_note
from .chrome_openers import opening_values
from .decode import Decoder
from .furniture_parts import BUTTONS, part_values
from .furniture_values import add_values, label_values
from .gate import LISTING_VALUES, PAGE_SIGNS, chrome_signs, titled_card
from .hashtags import KIND as TAGS
from .hashtags import keep_tags
from .html_marks import unbreak_html
from .ids import CARD_KINDS, PageIds
from .references import PageReferences, definition
from .repeats import KIND as REPEATED
from .repeats import shape
from .scores import NO_ABSTRACT, NO_ABSTRACT_HABIT
from .second_card import second_card
from .summaries import SUMMARY_FOLDS
from .title_links import alone_link, title_link
from .tokens import Token
from .typeset import HELD, held, settle_hyphens, words, wrap_hyphen

__all__ = ["CardBuilder"]

# Cards a page shows before its lack of organisation lines is a habit, and what that
# habit takes off an organisation reading.
ORG_PRIOR_CARDS: Final = 5
ORG_PRIOR: Final = 1.5
# A card with no id near it (most): one empty list, never changed (``_emit`` keeps only a
# non-empty one)
_NO_NEAR: Final[list[str]] = []


# Known chrome kinds whose line may carry other fields beside its own, parted by ``·``.
_PARTED: Final = frozenset(("org", "date", "authors"))


class CardBuilder:
    """Card state and chrome values of a page; mixed into the page parser."""

    file: str
    log: ParseLog
    card: Card | None
    page_date: str | None
    out: list[tuple[Record, int, int]]
    evidence: bool
    signs: int  # weak chrome lines and cards seen that show a page (``gate.PAGE_SIGNS``)
    page_ids: PageIds
    page_refs: PageReferences
    pre_user: str | None
    pre_values: dict[str, object]
    furniture_openers: frozenset[str]
    chrome_openers: frozenset[str]
    pre_chrome: dict[str, object]
    vote_half: tuple[int, str] | None  # a bare count or a vote button's arrow over a title
    last_number: int | None
    recent: deque[str]
    vocab: set[str] | None
    hyphens: bool
    wrap_width: int
    decoder: Decoder
    cards_seen: int
    cards_bare: int
    org_lines: int
    html_marks: bool
    abstract_labels: bool
    ascii_tails: bool
    summaries: int  # AI summary lines in the page's first lines (``parse_pages``)
    summaries_seen: int  # ... and those read so far

    def _apply_chrome(self, lineno: int, kind: str, s: str, lines: int = 1) -> None:
        self.log.drop_chrome(kind, lines)
        if kind == SUMMARY:
            self.summaries_seen += 1
        if not self.evidence:
            self.signs += chrome_signs(kind, lines)
            self.evidence = self.signs >= PAGE_SIGNS
        card = self.card
        if kind == REPEATED:
            self._furniture(s)
        if kind == "submitted_by":
            # "Submitted by" + the user's name, above the title of the card it belongs to
            name = s[12:].strip() if s.startswith("Submitted by") else s
            if name:
                self.pre_user = name
            return
        if kind == "header":
            if card is not None:
                # a second page (concatenated dumps): its cards get their own page date,
                # and their ids are read by that page's habits
                self._finish_page()
                self.page_date = None
            self.pre_values = {}
            self.pre_chrome = {}
            return
        if kind in ("markup", "truncation"):
            if kind == "markup" and (s[:1].isdigit() or s == "References"):
                self.page_refs.markup(s)  # (lynx's list of its links' targets)
            return
        ids = self.page_ids
        found: list[str] | tuple[()]
        if kind == "url" and s[0] == "[" and (ref := definition(s)) is not None:
            # a reference's target: the card whose title names the label takes its id
            # (``references``); it is no id line between cards
            self.page_refs.define(*ref)
            found = ()
        else:
            found = arxiv_ids(s) if "papers" in s or "arxiv.org" in s or "arXiv:" in s else ()
        for paper_id in found:
            ids.chrome(paper_id, kind, (count_value(s) or 0) if kind == "upvotes" else None)
        if kind == "upvotes" and not found:
            self.page_refs.count(s, count_value(s))  # (``[100][18]``: ``references``)
        if found and self.decoder.template.state == 1:
            self.decoder.template.ids += found  # (under a title: ``Decoder._above_abstract``)
        if not found and kind in CARD_KINDS and (kind != "upvotes" or "pvote" in s or card is None):
            # (a bare count after a card may be its comment count: only the word, or
            # the place before the page's first title, says it is an upvote count)
            ids.line(kind)
        card = self.card
        if kind in self.chrome_openers:
            # the page prints this kind over its cards' titles (``chrome_openers``): the
            # value is the next title's card's
            opening_values(self.pre_chrome, kind, s)
            if kind == "upvotes" and (s in BUTTONS or s.isdigit()):
                self._vote_pair(lineno, s)
            if kind == "org":
                self.org_lines += 1
            if kind != "upvotes":  # (a bare count may yet be a comment count: read on)
                if card is not None:
                    card.tail = True
                    self.last_number = None
                return
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
        elif kind == TAGS:
            keep_tags(card.meta, s)
        elif kind in NOTE_KINDS:
            if (
                kind == SUMMARY
                and card.summary
                and 0 < lineno - card.summary_line < SUMMARY_FOLDS
                and not terminal(card.summary)
            ):
                # the rest of the summary a narrow fold broke (``parser.summary_folds``): its
                # value is read once its sentence ends
                card.summary += " " + s
                keep_note(card.meta, kind, card.summary)
                return
            keep_note(card.meta, kind, s)
            if kind == SUMMARY and not card.summary:
                card.summary, card.summary_line = s, lineno
        if "·" in s and kind in _PARTED:
            # (``Meta · 4 authors``, ``12 comments · Jun 4``: the line's kind read one part;
            # the others are the card's too, as an unlabelled furniture line's parts are)
            for key, value in part_values(bare(s)[0]).items():
                card.meta.setdefault(key, value)

    def _furniture(self, s: str) -> None:
        """A learned furniture line's values (its labels' or, with none, its parts':
        ``furniture_values``), kept for the card it belongs to: the next title's when its
        shape opens the page's cards, else the card it follows (none before the first)."""
        values = label_values(s)
        if not values:
            return  # (nothing read, ``Abstract:`` alone: counted chrome)
        if shape(s) in self.furniture_openers:
            add_values(self.pre_values, values)
        elif (card := self.card) is not None:
            if card.furniture is None:
                card.furniture = {}
            add_values(card.furniture, values)

    def _vote_pair(self, lineno: int, s: str) -> None:
        """``88`` / ``▲`` (or ``▲`` / ``88``) over a title, on a page that prints its upvote
        counts there: the bare count beside the button's arrow (a blank line between at
        most, no title) is the next card's upvotes (``furniture_parts.BUTTONS``)."""
        half, self.vote_half = self.vote_half, (lineno, s)
        if half is None or lineno - half[0] > 2 or (s in BUTTONS) == (half[1] in BUTTONS):
            return
        self.pre_chrome["upvotes"] = int(half[1] if s in BUTTONS else s)
        self.vote_half = None

    def _set_org(self, name: str) -> None:
        """An organisation line belongs to the card it follows (title or abstract), or the
        next title's where the page's organisations open its cards."""
        name = name.split("·", 1)[0].strip()
        if "org" in self.chrome_openers:
            # (a page that prints its organisations over its titles: ``chrome_openers``)
            opening_values(self.pre_chrome, "org", name)
            return
        if self.card is not None and name:
            self.card.meta.setdefault("org", name)

    def _start_card(self, u: Token) -> None:
        card = self.card
        if card is not None and not card.abstract and (alone := alone_link(u.text)) is not None:
            # a paper's link alone is no title: the link the title over it closes with,
            # a fold set on a line of its own (``title_links.alone_link``)
            self.log.record_lines += u.lines
            card.lines += u.lines
            self.page_ids.inside(alone)
            return
        self._finish_card()
        self.vote_half = None
        self.log.record_lines += u.lines
        ids = self.page_ids
        title, linked = u.text, title_link(u.text)
        if linked is not None:  # ("Title https://…/2406.12345": the link is the card's)
            title = linked[0]
        ids.title(title)
        if linked is not None:
            ids.inside(linked[1])
        if u.ids:
            for paper_id in u.ids:
                ids.inside(paper_id)
        meta: dict[str, object] = {}
        if u.votes >= 0:
            meta["upvotes"] = u.votes  # (its line's count: ``Title (214 upvotes)``)
        if self.pre_user is not None:
            meta["submitted_by"], self.pre_user = self.pre_user, None
        # (positional, in ``Card``'s field order: by keyword it costs ~0.15 us more)
        self.card = card = Card(title, u.line, self.page_date, [], meta, u.heading, u.lines)
        if self.pre_values:
            card.furniture, self.pre_values = self.pre_values, {}
        if u.head:
            card.first = u.head  # (a title of lines: ``second_card``)
        if self.pre_chrome:
            meta.update(self.pre_chrome)
            self.pre_chrome = {}
        refs = self.page_refs
        if u.label or refs.seen:
            card.scope = refs.title()  # (a title after definitions: a new scope)
            card.label = u.label
            if refs.held and refs.scope > refs.held[0][2]:
                self.out.extend(refs.release(every=False))

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
        first = not card.abstract
        card.abstract.append(u.text)
        card.tail = False
        ids = self.page_ids
        if ids.open or ids.kinds or u.ids:
            ids.text(first, u.ids)

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
        if self.hyphens:  # (a word the wrap broke goes on: ``typeset``)
            last = card.abstract
            above = last[-1] if last else card.title
            if above[-1:] == "-" and wrap_hyphen(above, u.text, True):
                sep = ""
                if last:
                    last[-1] = held(above)
                else:
                    card.title = held(above)
        if card.abstract and not self.wrap_width and u.lines == 1:
            # joined as a wrap on sentence evidence alone (the page shows no wrap width)
            doubt = join_doubt(card.abstract[-1], u.text)
            if doubt is not None:
                self.log.warn("W_ABSTRACT_JOINED", self.file, u.line, doubt)
        if card.abstract:
            card.abstract[-1] += sep + u.text
            card.tail = False
            ids = self.page_ids
            if ids.open or ids.kinds or u.ids:
                ids.text(False, u.ids)
        else:
            text = u.text
            if (linked := title_link(text)) is not None:  # (a wrapped title's link)
                text, paper_id = linked
                self.page_ids.inside(paper_id)
            elif (alone := alone_link(text)) is not None:  # (... on a line of its own)
                self.page_ids.inside(alone)
                for paper_id in u.ids:
                    self.page_ids.inside(paper_id)
                return
            if not card.first:
                card.first = len(card.title)
            card.title += sep + text
            for paper_id in u.ids:
                self.page_ids.inside(paper_id)

    def _finish_page(self) -> None:
        """The page ends (a new page header, the end of the file): its cards' ids are
        settled and the cards become records."""
        self._finish_card()
        self.page_ids.end_page()
        self.out.extend(self.page_refs.end_page())

    def _finish_card(self) -> None:
        card = self.card
        if card is None:
            return
        self.card = None
        if card.summary and not card.abstract and max(self.summaries, self.summaries_seen) <= 1:
            self._summary_text(card)
        abstract = " ".join(card.abstract)
        if self.hyphens and (HELD in abstract or HELD in card.title):  # (``typeset``)
            if self.vocab is None:  # (the page's words, from its first broken word on)
                self.vocab = words(" ".join(self.recent))
            vocab = self.vocab
            vocab.update(words(f"{card.title} {abstract}"))
            abstract = settle_hyphens(abstract, vocab)
            card.title = settle_hyphens(card.title, vocab)
        elif self.vocab is not None:
            self.vocab.update(words(f"{card.title} {abstract}"))
        if self.html_marks:  # (a capture left HTML on the page: its lines read as a browser
            # shows them at the intake, ``html_marks.html_text``; the breaks closing them here)
            abstract, card.title = unbreak_html(abstract), unbreak_html(card.title)
        if self.abstract_labels:
            abstract = abstract_marks(abstract)
        card.title = title_marks(card.title, card.meta)
        if card.title[:2] == "**" and whole_bold(card.title):
            # (a bold title wrapped over lines: its first line opened the bold, its last
            # closed it; each line was read alone, ``reader.unmark_title``)
            card.title = card.title[2:-2].strip()
        if self.ascii_tails:  # (`` ↗`` as an ASCII capture printed it: ``card_marks``)
            card.title = ascii_tail(card.title)
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
        flags: tuple[str, ...] = ()  # (built as a tuple: most cards have no flag)
        if not abstract:
            flags = ("no_abstract",)
            self.log.warn(
                "W_NO_ABSTRACT",
                self.file,
                card.line,
                f"title without an abstract: {clip(card.title)}",
            )
        elif is_summary(abstract):
            flags = ("summary",)
        if card.cut:
            flags += ("truncated",)
        self.recent.append(abstract or card.title)
        if not self.evidence and not LISTING_VALUES.isdisjoint(card.meta):
            self.evidence = True  # a count a listing prints on the card's own lines
        if not self.evidence and abstract and (signs := titled_card(card.title, abstract)):
            # (notes in sentences under a sentence, or a heading, are none; one alone may
            # be a licence or a readme's paragraph)
            self.signs += signs
            self.evidence = self.signs >= PAGE_SIGNS
        ids = self.page_ids
        if ids.done_quiet():  # (most cards: no id on or around them)
            self._emit((card, abstract, flags), None, None, _NO_NEAR)
        else:
            ids.finished((card, abstract, flags), bool(abstract))

    def _summary_text(self, card: Card) -> None:
        """A card of a title and one ``TL;DR: …`` line, on a page that prints no AI summary
        on its other cards: the line is the card's abstract, not its summary (a paper whose
        abstract is itself one such sentence, ``Neural Additive Experts: …`` + ``TL;DR: We
        introduce Neural Additive Experts (NAEs), …``, held-out ``new`` 50 p000155, default
        24 p000233, was read as a card without an abstract). A page that prints summaries
        beside its abstracts prints them on many cards: there a card with the line alone
        is one without an abstract, its summary kept."""
        card.abstract.append(card.summary)
        card.abstract_line = card.summary_line
        card.lines += 1
        card.meta.pop("ai_summary", None)
        log = self.log
        log.record_lines += 1
        log.chrome[SUMMARY] -= 1
        if not log.chrome[SUMMARY]:
            del log.chrome[SUMMARY]

    def _emit(
        self,
        payload: tuple[Card, str, tuple[str, ...]],
        paper_id: str | None,
        upvotes: int | None,
        near: list[str],
        given: bool = False,
    ) -> None:
        """A card whose id the page has settled (``PageIds``): its record. An id
        ``given`` from between cards goes to no record whose text holds a second card."""
        card, abstract, flags = payload
        meta = card.meta
        if given and paper_id is not None:
            doubt = second_card(card.title, card.first, abstract)
            if doubt:
                self.log.warn(
                    "W_ID_WITHHELD",
                    self.file,
                    card.line,
                    f"the id {paper_id} after it was given to no card: {doubt}",
                )
                near = [paper_id, *near]
                paper_id = upvotes = None
        if paper_id is not None:
            if upvotes is not None:
                meta.setdefault("upvotes", upvotes)
            # every card of a Papers page links to its paper page, by its arXiv id
            meta.setdefault("paper_url", f"https://huggingface.co/papers/{paper_id}")
        if card.furniture:
            # the values of its furniture lines, where the parser's rules set none
            for key, value in card.furniture.items():
                meta.setdefault(key, value)
        if near:
            # ids next to the card that the page does not say are its own (a parser
            # note: no field of the record, and never a key)
            meta["arxiv_ids_near"] = near
        source = Source(self.file, card.line, card.date)
        item = (
            Record(card.title, abstract, source, paper_id, flags, meta),
            card.lines,
            card.abstract_line,
        )
        refs = self.page_refs
        if card.label or refs.held:
            # its id, or a card's above it, waits for the page's definitions
            self.out.extend(refs.hold(item, card.label, card.scope))
        else:
            self.out.append(item)
