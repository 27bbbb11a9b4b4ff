"""Paper ids on a page: which card each arXiv id the page shows belongs to.

Two copies that share an arXiv id merge whatever their text (domain.md key A), so a card
given its neighbour's id merges two papers, the worst failure there is; a card given no
id only loses a key. The decision is therefore the page's, not the line's, and it waits
until the page has said enough.

A card shows its paper's id in links: its title's, its abstract's (a link wrapper),
chrome lines around it (an upvote login link, the paper link or thumbnail, an ``N
authors`` link, a comment link, ``arXiv Page``). An id *inside* a card (its title or
abstract, a chrome line between its title and its abstract) is its own. An id *between*
two cards (after one card's text, before the next title) is the tail of the card above
or the head of the card below. Between two cards the ids come in *runs* (one id shown by
several lines in a row), and a gap is settled, in this order, by:

1. an id the card above or below shows inside itself (the id shown twice: an upvote
   link and the title's link);
2. an id shown both before and after one card (its upvote link and its comment link);
3. the card above or below already having another id (a card is one paper), and the
   page's ends: before the first title only the first card, after the last card only
   the last card can own an id;
4. two runs between two cards: the first is the card above's, the second the card
   below's (a card's chrome never comes after the next card's);
5. what is left, one run that could be either card's, waits for the page's *habit*:
   every id settled above by 1-4 is a vote, per kind of chrome line, for where this page
   puts such links (before titles, between title and abstract, after cards). A run goes
   where its kinds' votes all point; where they disagree, or there are none, neither
   card gets it. A kind the page shows between a title and its abstract and also
   between cards, after an abstract, has no fixed place (a page that shuffles each
   card's chrome): it is a vote for no side, and the page has no fixed template.

Rules 3 and 5 and the page's ends assume that every id between two cards is one of
theirs, which a card the decoder lost breaks (its link then sits between two cards it is
not theirs). Where the page contradicts itself in a way only such a card explains, the
runs it concerns go to no card: the page's two ends placing one kind of line both ways
(a lone run before the first title and one after the last card) on a page that never
shows that kind twice between two cards; lone runs of one kind on both sides of a card
that shows its own id inside, on a page that has not put that kind both before titles
and after cards (one of them is a stranger's); and a run before the first title that
comes after text read as no card's (a title without an abstract under the page header,
read as chrome: the run may be its).

A card ends with the id it was given if it was given exactly one; two different ids, or
none, give it none. An id that goes to no card is still accounted for: its line is
counted chrome of its kind, and the cards it sat between keep it in ``meta`` as a parser
note (``arxiv_ids_near``, not written out: it is no field of theirs).

Cards wait here until their page ends (a new page header or the end of the file), at most
``MAX_PENDING`` of them: past that the oldest are settled with the votes so far.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from .id_rules import IdSettling
from .id_slots import CARD_KINDS, EMPTY, MID, NONE, PRE, Gap, Run, Slot

__all__ = ["CARD_KINDS", "MAX_PENDING", "PageIds"]

MAX_PENDING: Final = 256

# A record-making callback: (payload, arXiv id or None, upvotes or None, ids near,
# given).
# ``given``: the id was given from between cards (none shows inside the card).
Emit = Callable[[Any, "str | None", "int | None", list[str], bool], None]


class PageIds(IdSettling):
    """Collects the ids of a page's cards and settles them when the page has shown
    enough (``end_page``), handing each card to ``emit`` in page order."""

    __slots__ = ("emit", "kinds", "last_title", "open", "quiet", "twin")

    def __init__(self, emit: Emit) -> None:
        self.emit = emit
        self.slots: list[Slot] = []  # cards not yet handed on; the last may be open
        # gaps[i] is the gap before slots[i]; the ids since the last card text wait in
        # ``open`` until a title closes the gap (or the text goes on: ids inside)
        self.gaps: list[Gap] = []
        self.open: list[Run] = []
        self.kinds: list[str] = []  # and the kinds of card chrome lines without an id
        # where the page put each kind of id line, as far as it has said for sure:
        # kind -> [before titles, between title and abstract, after cards]
        self.votes: dict[str, list[int]] = {}
        self.loose: set[str] = set()
        # a card of this page has been handed on: the gap before ``slots[0]`` is no
        # page start, and the card above it takes nothing more (``CLOSED``)
        self.started = False
        self.last_title = ""
        # the current card has no slot: nothing waits, nothing sat before its title, no
        # id so far (most cards); ``twin`` is what its slot would say
        self.quiet = False
        self.twin = False
        # text read as no card's before the page's first title: 1 + the runs before it
        self.stray = 0

    # ------------------------------------------------------------------ events

    def chrome(self, paper_id: str, kind: str, upvotes: int | None = None) -> None:
        """An id on a chrome line, in page order."""
        runs = self.open
        if runs and runs[-1].paper_id == paper_id:
            last = runs[-1]
            if kind not in last.kinds:
                last.kinds.append(kind)
            if last.upvotes is None:
                last.upvotes = upvotes
        else:
            runs.append(Run(paper_id, kind, upvotes))

    def line(self, kind: str) -> None:
        """A chrome line without an id, of a kind only cards show (``CARD_KINDS``): where
        the page puts it says where it puts the same kind of line when it shows an id."""
        if kind not in self.kinds:
            self.kinds.append(kind)

    def stray_text(self) -> None:
        """A text line read as no card's (a search echo, a reject) before the page's
        first title: it may be a card the decoder lost (a title without an abstract under
        the page header); a link after it, before the first title read, may then be that
        card's (``_settle``)."""
        if not (self.started or self.slots or self.quiet or self.stray):
            self.stray = len(self.open) + 1

    def header_line(self) -> None:
        """A line only the page's header shows (its heading, the view switcher), before
        the first title: text read as no card's above it is the header's (a search box's
        echo sits above the view switcher), no lost card."""
        if not (self.started or self.slots or self.quiet):
            self.stray = 0

    def title(self, text: str) -> None:
        """A new card's title: the ids since the last card's text are the gap before it."""
        twin = text == self.last_title
        self.last_title = text
        if not (self.slots or self.open or self.kinds):
            self.quiet, self.twin = True, twin  # (hot: no slot until an id comes)
            return
        self.quiet = False
        if self.open or self.kinds:
            self.gaps.append(Gap(self.open, self.kinds))
            self.open, self.kinds = [], []
        else:
            self.gaps.append(EMPTY)  # (most gaps: shared, nothing in it to settle)
        if len(self.slots) >= MAX_PENDING:
            self._settle(final=False)
        self.slots.append(Slot(twin))

    def _current(self) -> Slot:
        """The current card's slot, made for a quiet card when an id comes."""
        if self.quiet:
            self.quiet = False
            self.gaps.append(EMPTY)
            self.slots.append(Slot(self.twin))
        return self.slots[-1]

    def inside(self, paper_id: str) -> None:
        """An id carried by the current card's title or abstract text (its links)."""
        if self.quiet or self.slots:
            self._current().show([paper_id])

    def text(self, first: bool, ids: list[str]) -> None:
        """Abstract text of the current card (``first``: its first), carrying ``ids``
        in its links: the ids on chrome lines since the card's last text were inside it
        (between its title and its abstract, or within its abstract). The card builder
        calls it only when there are some (hot)."""
        if first:
            for kind in self.kinds:
                self._vote_kind(kind, MID)
        self.kinds = []
        if not (self.open or ids) or not (self.quiet or self.slots):
            self.open = []
            return
        slot = self._current()
        for run in self.open:
            slot.show([run.paper_id])
            slot.vote_count(run.paper_id, run.upvotes)
            if first:
                self._vote(run, MID)
        self.open = []
        if ids:
            slot.show(ids)

    def done_quiet(self) -> bool:
        """Is the card just complete quiet, no id after it either? Then it has no id,
        nothing will give it one, and the caller makes its record at once (hot)."""
        if self.quiet and not self.open:
            self.quiet = False
            self.started = True
            return True
        return False

    def finished(self, payload: Any, abstract: bool) -> None:
        """The current card is complete (the gap after it too: the next title or the
        page's end comes next); ``payload`` is what ``emit`` gets back."""
        if not (self.quiet or self.slots):
            return
        slot = self._current()
        slots = self.slots
        slot.payload = payload
        slot.abstract = abstract
        if len(slots) == 1 and not self.open and not self.gaps[0].runs:
            # no id between it and its neighbours: nothing to wait for (most pages show
            # no id, or show each card's inside it), it is handed on now
            if not self.started and self.gaps[0].kinds:
                self._end_votes(0, PRE)
            if slot.sure:
                self._emit(slot)
            else:
                self.emit(payload, None, None, NONE, False)
            self.slots, self.gaps, self.started = [], [], True

    def end_page(self) -> None:
        """The page ended: settle every card and hand them on."""
        self.gaps.append(Gap(self.open, self.kinds))
        self.open, self.kinds = [], []
        self._settle(final=True)
        self.votes = {}
        self.loose = set()
        self.started = False
        self.stray = 0
        self.last_title = ""
        self.quiet = False

    def _emit(self, slot: Slot) -> None:
        ids = set(slot.sure)
        ids.update(slot.given)
        paper_id = next(iter(ids)) if len(ids) == 1 else None
        near = slot.near
        if paper_id is None and ids:
            near = [*dict.fromkeys([*slot.sure, *slot.given, *near])]
        counts = slot.upvotes
        upvotes = counts.get(paper_id) if counts is not None and paper_id is not None else None
        self.emit(slot.payload, paper_id, upvotes, near, not slot.sure)
