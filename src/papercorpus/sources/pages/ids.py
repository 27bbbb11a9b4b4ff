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
   card gets it.

A card ends with the id it was given if it was given exactly one; two different ids, or
none, give it none. An id that goes to no card is still accounted for: its line is
counted chrome of its kind, and the cards it sat between keep it in ``meta`` as a parser
note (``arxiv_ids_near``, not written out: it is no field of theirs).

Cards wait here until their page ends (a new page header or the end of the file), at most
``MAX_PENDING`` of them: past that the oldest are settled with the votes so far.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["CARD_KINDS", "MAX_PENDING", "PageIds"]

MAX_PENDING = 256
# Kinds of chrome line that only cards show (never the page's header or footer): where
# the page puts them, with an id or not, says where it puts their ids. (Upvotes: the
# ``Upvote`` button's word; a bare count may be a comment count.)
CARD_KINDS = frozenset(("authors", "github", "upvotes"))


# Votes a kind needs on a page that puts some kind of line in two places (no fixed card
# template): one is no habit there (2 and 3 gave the same on seed 8).
IRREGULAR_VOTES = 3

_NO_IDS: frozenset[str] = frozenset()
_NONE: list[str] = []  # an empty list never written to (``_Slot``)

PRE, MID, POST = 0, 1, 2  # where a vote puts a kind of id line
ABOVE, BELOW = 1, -1  # which neighbour a run between two cards goes to


class _Run:
    """One id shown by one or more chrome lines in a row between two cards."""

    __slots__ = ("kinds", "paper_id", "upvotes")

    def __init__(self, paper_id: str, kind: str, upvotes: int | None) -> None:
        self.paper_id = paper_id
        self.kinds = [kind]
        self.upvotes = upvotes


class _Slot:
    """A card as the ids see it: what it shows inside, what it was given from between
    cards, and what the card builder needs to make its record (``payload``). Most
    cards show no id: their lists are made when a first id comes."""

    __slots__ = ("abstract", "given", "near", "payload", "sure", "twin", "upvotes")

    def __init__(self, twin: bool = False) -> None:
        self.sure: list[str] = _NONE  # ids inside the card, in order
        self.given: list[str] = _NONE  # ids given from the gaps around it
        self.near: list[str] = _NONE  # ids next to it that went to no card
        self.upvotes: dict[str, int] | None = None  # upvote counts by their link's id
        self.abstract = False  # it has text after its title
        self.payload: Any = None
        # the card above has its title: one card rendered twice in a row (responsive
        # copies): one paper, and whatever sits between the two is its
        self.twin = twin

    def show(self, ids: list[str]) -> None:
        """Ids inside the card."""
        if self.sure is _NONE:
            self.sure = []
        self.sure.extend(ids)

    def vote_count(self, paper_id: str, upvotes: int | None) -> None:
        if upvotes is not None:
            if self.upvotes is None:
                self.upvotes = {}
            self.upvotes.setdefault(paper_id, upvotes)


class _Gap:
    __slots__ = ("done", "ids", "kinds", "runs")

    def __init__(self, runs: list[_Run], kinds: list[str]) -> None:
        self.runs = runs
        self.ids = {r.paper_id for r in runs} if runs else _NO_IDS
        self.kinds = kinds  # card chrome lines without an id, by kind
        self.done = False


# A record-making callback: (payload, arXiv id or None, upvotes or None, ids near).
Emit = Callable[[Any, "str | None", "int | None", list[str]], None]


class PageIds:
    """Collects the ids of a page's cards and settles them when the page has shown
    enough (``end_page``), handing each card to ``emit`` in page order."""

    __slots__ = ("emit", "gaps", "kinds", "last_title", "open", "slots", "started", "votes")

    def __init__(self, emit: Emit) -> None:
        self.emit = emit
        self.slots: list[_Slot] = []  # cards not yet handed on; the last may be open
        # gaps[i] is the gap before slots[i]; the ids since the last card text wait in
        # ``open`` until a title closes the gap (or the text goes on: ids inside)
        self.gaps: list[_Gap] = []
        self.open: list[_Run] = []
        self.kinds: list[str] = []  # and the kinds of card chrome lines without an id
        # where the page put each kind of id line, as far as it has said for sure:
        # kind -> [before titles, between title and abstract, after cards]
        self.votes: dict[str, list[int]] = {}
        # a card of this page has been handed on: the gap before ``slots[0]`` is no
        # page start, and the card above it takes nothing more (``_CLOSED``)
        self.started = False
        self.last_title = ""

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
            runs.append(_Run(paper_id, kind, upvotes))

    def line(self, kind: str) -> None:
        """A chrome line without an id, of a kind only cards show (``CARD_KINDS``): where
        the page puts it says where it puts the same kind of line when it shows an id."""
        if kind not in self.kinds:
            self.kinds.append(kind)

    def title(self, text: str) -> None:
        """A new card's title: the ids since the last card's text are the gap before it."""
        if self.open or self.kinds:
            self.gaps.append(_Gap(self.open, self.kinds))
            self.open, self.kinds = [], []
        else:
            self.gaps.append(_EMPTY)  # (most gaps: shared, nothing in it to settle)
        if len(self.slots) >= MAX_PENDING:
            self._settle(final=False)
        self.slots.append(_Slot(text == self.last_title))
        self.last_title = text

    def inside(self, paper_id: str) -> None:
        """An id carried by the current card's title or abstract text (its links)."""
        if self.slots:
            self.slots[-1].show([paper_id])

    def text(self, first: bool, ids: list[str]) -> None:
        """Abstract text of the current card (``first``: its first), carrying ``ids``
        in its links: the ids on chrome lines since the card's last text were inside it
        (between its title and its abstract, or within its abstract). The card builder
        calls it only when there are some (hot)."""
        if not self.slots:
            return
        slot = self.slots[-1]
        for run in self.open:
            slot.show([run.paper_id])
            slot.vote_count(run.paper_id, run.upvotes)
            if first:
                self._vote(run, MID)
        if first:
            for kind in self.kinds:
                self._vote_kind(kind, MID)
        self.open, self.kinds = [], []
        if ids:
            slot.show(ids)

    def finished(self, payload: Any, abstract: bool) -> None:
        """The current card is complete (the gap after it too: the next title or the
        page's end comes next); ``payload`` is what ``emit`` gets back."""
        slots = self.slots
        if not slots:
            return
        slot = slots[-1]
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
                self.emit(payload, None, None, _NONE)
            self.slots, self.gaps, self.started = [], [], True

    def end_page(self) -> None:
        """The page ended: settle every card and hand them on."""
        self.gaps.append(_Gap(self.open, self.kinds))
        self.open, self.kinds = [], []
        self._settle(final=True)
        self.votes = {}
        self.started = False
        self.last_title = ""

    # ------------------------------------------------------------------ settling

    def _settle(self, final: bool) -> None:
        """Settle the gaps and hand on the cards. Without ``final`` (too many cards
        waiting) the card before the gap just closed stays, open to the gap after it,
        which waits too: its next card is not read yet."""
        slots, gaps = self.slots, self.gaps
        todo = [i for i in range(len(gaps) if final else len(gaps) - 1) if not gaps[i].done]
        if slots:
            if todo and todo[0] == 0 and not self.started:
                self._end_votes(0, PRE)
            if final:
                self._end_votes(len(gaps) - 1, POST)
        rest: list[tuple[int, _Run]] = []
        pairs: list[tuple[int, list[_Run]]] = []
        for i in todo:  # rules 1 to 4 and the page's ends: sure, they vote
            left = self._sure(i)
            if len(left) == 1:
                rest.append((i, left[0]))
            elif left:
                pairs.append((i, left))
        for i, pair in pairs:
            self._pair(i, pair)
        waiting: list[tuple[int, _Run]] = []
        for i, run in rest:
            self._rest(i, run, waiting)
        # a card given an id since a run began waiting is not its owner: the other
        # neighbour is (again and again, as one settled run settles the next)
        while waiting:
            still = [w for w in waiting if not self._eliminate(*w)]
            if len(still) == len(waiting):
                break
            waiting = still
        for i, run in waiting:
            self._unplaced(run, self._above(i), slots[i])
        for i in todo:
            gaps[i].done = True
        keep = len(slots) if final else len(slots) - 1
        for slot in slots[:keep]:
            self._emit(slot)
        self.started = True
        if final:
            self.slots, self.gaps = [], []
        else:
            # the gap before the kept card is kept, settled, for rule 2 (an id shown
            # before and after that card)
            self.slots, self.gaps = slots[keep:], gaps[keep:]

    def _end_votes(self, i: int, where: int) -> None:
        """Card chrome without an id at the page's ends: before the first title it is
        the first card's, after the last card the last card's."""
        gap = self.gaps[i]
        if gap.kinds:
            shown = {k for run in gap.runs for k in run.kinds}
            for kind in gap.kinds:
                if kind not in shown:
                    self._vote_kind(kind, where)

    def _above(self, i: int) -> _Slot | None:
        """The card above gap ``i``: none at the page's start."""
        if i:
            return self.slots[i - 1]
        return _CLOSED if self.started else None

    def _sure(self, i: int) -> list[_Run]:
        """Rules 1, 2 and 4 and the page's ends on gap ``i``: what they settle votes.
        Returns the one run left that could be either neighbour's, if any."""
        gaps, slots = self.gaps, self.slots
        above = self._above(i)
        below = slots[i] if i < len(slots) else None
        runs = gaps[i].runs
        if below is not None and below.twin and above is not None and above is not _CLOSED:
            for run in runs:  # between two copies of one card: its (no vote: either side)
                self._give(above, run)
                self._give(below, run)
            return []
        later = gaps[i + 1].ids if i + 1 < len(gaps) else ()
        earlier = gaps[i - 1].ids if i > 0 else ()
        sides: list[int] = []
        for run in runs:
            pid = run.paper_id
            up = above is not None and pid in above.sure
            down = below is not None and pid in below.sure
            if up and down:  # a card shown twice in a row
                self._give(above, run)  # type: ignore[arg-type]
                self._give(below, run)  # type: ignore[arg-type]
                sides.append(ABOVE + BELOW)
            elif up or down:
                sides.append(ABOVE if up else BELOW)
            else:
                # rule 2: shown before and after one card, none inside
                before, after = pid in earlier, pid in later
                if after and not before and below is not None and not below.sure:
                    sides.append(BELOW)
                elif before and not after and above is not None and not above.sure:
                    # (``earlier`` is empty at the page's first gap: never ``_CLOSED``)
                    sides.append(ABOVE)
                else:
                    sides.append(0)
        open_ = sides.count(0)
        if len(runs) == 2 and open_ and above is not None and below is not None:
            # rule 4: the first the card above's, the second the card below's; one
            # settled by rule 1 or 2 settles the other, if it is on its own side
            first, second = sides
            free_up = not above.sure and above is not _CLOSED
            if not first and not second:
                if free_up and not below.sure:
                    return list(runs)  # neither settled yet: ``_pair``, after the votes
            elif first != BELOW and second != ABOVE:
                if not first and free_up:
                    sides[0] = ABOVE
                if not second and not below.sure:
                    sides[1] = BELOW
        elif len(runs) == 1 and open_ and (above is None) != (below is None):
            # before the first title only the first card, after the last card only the
            # last card can own an id
            card = above if above is not None else below
            if not card.sure and card is not _CLOSED:  # type: ignore[union-attr]
                sides[0] = ABOVE if above is not None else BELOW
        left: list[_Run] = []
        for run, side in zip(runs, sides, strict=True):
            if side == ABOVE:
                self._give(above, run, POST)  # type: ignore[arg-type]
            elif side == BELOW:
                self._give(below, run, PRE)  # type: ignore[arg-type]
            elif side == 0:
                left.append(run)
        if len(left) == 1 and len(runs) == 1 and above is not None and below is not None:
            return left
        for run in left:
            self._unplaced(run, above, below)
        return []

    def _pair(self, i: int, pair: list[_Run]) -> None:
        """Rule 4 on two runs between two cards, neither settled by rules 1 to 3: the
        first the card above's, the second the card below's, unless the page has said
        for sure that it puts such a line the other way (a card the decoder lost in
        between: its id is neither neighbour's)."""
        above, below = self._above(i), self.slots[i]
        assert above is not None
        first, second = pair
        up, down = self._side(first, above) != BELOW, self._side(second, above) != ABOVE
        if up:
            self._give(above, first, POST)
        else:
            self._unplaced(first, above, below)
        if down:
            self._give(below, second, PRE)
        else:
            self._unplaced(second, above, below)

    def _rest(self, i: int, run: _Run, waiting: list[tuple[int, _Run]]) -> None:
        """Rules 3 and 5 on the one run between two cards that rules 1, 2 and 4 left."""
        above, below = self._above(i), self.slots[i]
        assert above is not None
        free_above, free_below = _free(above), _free(below)
        side = self._side(run, above)
        if free_above and free_below:
            if side in (ABOVE, BELOW):
                self._give(above if side == ABOVE else below, run)
            else:
                waiting.append((i, run))
        elif free_above and side != BELOW:
            self._give(above, run)
        elif free_below and side != ABOVE:
            self._give(below, run)
        else:
            self._unplaced(run, above, below)

    def _eliminate(self, i: int, run: _Run) -> bool:
        """Settle a waiting run when one of its neighbours has been given another id."""
        above, below = self._above(i), self.slots[i]
        assert above is not None
        pid = run.paper_id
        can_above = not above.given or pid in above.given
        can_below = not below.given or pid in below.given
        if can_above == can_below:
            return False
        self._give(above if can_above else below, run)
        return True

    def _side(self, run: _Run, above: _Slot) -> int:
        """Where the page puts the kinds of lines that show this run: ABOVE (after
        cards), BELOW (before titles), or 0 (it has not said, or said both)."""
        side = 0
        need = 1
        for votes in self.votes.values():
            if (votes[PRE] > 0) + (votes[MID] > 0) + (votes[POST] > 0) > 1:
                # a page that puts some kind of line in two places has no fixed card
                # template: one vote for another kind is no habit yet
                need = IRREGULAR_VOTES
                break
        for kind in run.kinds:
            votes = self.votes.get(kind)
            if votes is None:
                continue
            pre, mid, post = votes
            if (pre > 0) + (mid > 0) + (post > 0) > 1:
                return 0  # the page puts it in more than one place: no habit
            # a kind the page puts between title and abstract sits right under a title:
            # after a card without an abstract it is that card's
            to_above = post or (0 if above.abstract else mid)
            this = ABOVE if to_above >= need else BELOW if pre >= need else 0
            if this:
                if side and this != side:
                    return 0
                side = this
        return side

    def _give(self, slot: _Slot, run: _Run, vote: int = -1) -> None:
        if run.paper_id not in slot.given:
            if slot.given is _NONE:
                slot.given = []
            slot.given.append(run.paper_id)
        slot.vote_count(run.paper_id, run.upvotes)
        if vote >= 0:
            self._vote(run, vote)

    def _vote(self, run: _Run, where: int) -> None:
        for kind in run.kinds:
            self._vote_kind(kind, where)

    def _vote_kind(self, kind: str, where: int) -> None:
        v = self.votes.get(kind)
        if v is None:
            v = self.votes[kind] = [0, 0, 0]
        v[where] += 1

    @staticmethod
    def _unplaced(run: _Run, above: _Slot | None, below: _Slot | None) -> None:
        for slot in (above, below):
            if slot is not None and slot is not _CLOSED and run.paper_id not in slot.near:
                if slot.near is _NONE:
                    slot.near = []
                slot.near.append(run.paper_id)

    def _emit(self, slot: _Slot) -> None:
        ids = set(slot.sure)
        ids.update(slot.given)
        paper_id = next(iter(ids)) if len(ids) == 1 else None
        near = slot.near
        if paper_id is None and ids:
            near = [*dict.fromkeys([*slot.sure, *slot.given, *near])]
        counts = slot.upvotes
        upvotes = counts.get(paper_id) if counts is not None and paper_id is not None else None
        self.emit(slot.payload, paper_id, upvotes, near)


# The card above the first gap once it has been handed on: it takes nothing more.
_CLOSED = _Slot()
_CLOSED.given = [""]
_CLOSED.abstract = True
# A gap with nothing in it (most gaps), shared.
_EMPTY = _Gap([], [])


def _free(slot: _Slot) -> bool:
    """Could this card still take an id from between cards? Not when it shows one
    inside or was given one already."""
    return not slot.sure and not slot.given
