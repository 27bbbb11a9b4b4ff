"""How the ids between two cards are settled (``ids`` says the order of the rules and
why): a mixin of ``ids.PageIds``, which holds the page's cards, gaps and votes."""

from __future__ import annotations

from .id_slots import (
    ABOVE,
    BELOW,
    CLOSED,
    IRREGULAR_VOTES,
    NONE,
    POST,
    PRE,
    Gap,
    Run,
    Slot,
    free,
)

__all__ = ["IdSettling"]


class IdSettling:
    """The settling half of ``PageIds``."""

    __slots__ = ("gaps", "loose", "slots", "started", "stray", "votes")

    slots: list[Slot]
    gaps: list[Gap]
    votes: dict[str, list[int]]
    # kinds of card chrome the page has shown between cards, after a card's abstract
    loose: set[str]
    started: bool
    stray: int

    def _emit(self, slot: Slot) -> None:
        raise NotImplementedError  # ``PageIds`` hands a settled card on

    def _settle(self, final: bool) -> None:
        """Settle the gaps and hand on the cards. Without ``final`` (too many cards
        waiting) the card before the gap just closed stays, open to the gap after it,
        which waits too: its next card is not read yet."""
        slots, gaps = self.slots, self.gaps
        todo = [i for i in range(len(gaps) if final else len(gaps) - 1) if not gaps[i].done]
        # a link after text read as no card's, before the first title
        # (``PageIds.stray_text``), may be a card's the decoder lost there: the page's
        # start places nothing and votes nothing
        head = not self.started and not (self.stray and len(gaps[0].runs) >= self.stray)
        self._outside(todo)
        if slots:
            if todo and todo[0] == 0 and head:
                self._end_votes(0, PRE)
            if final:
                self._end_votes(len(gaps) - 1, POST)
        hold = final and self._ends_disagree()
        rest: list[tuple[int, Run]] = []
        pairs: list[tuple[int, list[Run]]] = []
        for i in todo:  # rules 1 to 4 and the page's ends: sure, they vote
            left = self._sure(i, hold or (i == 0 and not head))
            if len(left) == 1:
                rest.append((i, left[0]))
            elif left:
                pairs.append((i, left))
        for i, pair in pairs:
            self._pair(i, pair)
        waiting: list[tuple[int, Run]] = []
        held = self._around_anchors(rest)
        for i, run in rest:
            if i in held:
                self._unplaced(run, self._above(i), slots[i])
            else:
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

    def _outside(self, todo: list[int]) -> None:
        """Note the kinds of card chrome shown after a card's abstract, before the next
        title or the page's end (``loose``): lines of such a kind sit outside cards there,
        so a kind also shown between a title and its abstract has no fixed place on the
        page (``_places``)."""
        slots, gaps, loose = self.slots, self.gaps, self.loose
        for i in todo:
            if i and slots[i - 1].abstract:
                gap = gaps[i]
                loose.update(gap.kinds)
                for run in gap.runs:
                    loose.update(run.kinds)

    def _places(self, kind: str, votes: list[int]) -> int:
        """In how many places the page has put this kind of line: before titles, between
        title and abstract, after cards by its votes; a kind voted between title and
        abstract that also sits between cards after an abstract (``loose``) is in two. A
        page that shuffles each card's chrome shows that: each card's id line once under
        its title, once after its abstract, once before its title: taken as "between title
        and abstract", a link after a card without an abstract, the next card's, went to
        that card, and one vote from the page's end for "after cards" stood for a habit
        (default 26's 4 false merges, all on such pages)."""
        pre, mid, post = votes
        places = (pre > 0) + (mid > 0) + (post > 0)
        if places == 1 and mid and kind in self.loose:
            return 2
        return places

    def _end_votes(self, i: int, where: int) -> None:
        """Card chrome without an id at the page's ends: before the first title it is
        the first card's, after the last card the last card's."""
        gap = self.gaps[i]
        if gap.kinds:
            shown = {k for run in gap.runs for k in run.kinds}
            for kind in gap.kinds:
                if kind not in shown:
                    self._vote_kind(kind, where)

    def _ends_disagree(self) -> bool:
        """Do the page's two ends place one kind of id line both ways: a lone run of it
        before the first title (the first card's: links before titles) and one after the
        last card (the last card's: links after cards), neither shown inside or around
        one card? One end is then not what it seems: a card the decoder lost there (a
        title-only card read as chrome) leaves its link outside every card it read, and
        that end's rule would give each card the id of its neighbour, all down the page.
        The page does not say which end it is, so neither end places its run. (Unless
        the page puts that kind both ways between two cards too: no fixed place.)"""
        gaps, slots = self.gaps, self.slots
        if self.started or len(slots) < 2 or len(gaps) != len(slots) + 1:
            return False
        head, tail = gaps[0].runs, gaps[-1].runs
        if len(head) != 1 or len(tail) != 1:
            return False
        first, last = head[0], tail[0]
        if first.paper_id in slots[0].sure or first.paper_id in gaps[1].ids:
            return False  # rules 1 and 2: the first card's for sure
        if last.paper_id in slots[-1].sure or last.paper_id in gaps[-2].ids:
            return False
        shared = [kind for kind in first.kinds if kind in last.kinds]
        for gap in gaps[1:-1]:
            # a page that shows such a line after a card and another before the next
            # title (two runs between two cards) has no fixed place for it: its ends
            # placing it both ways say nothing
            if len(gap.runs) > 1 and any(
                sum(kind in run.kinds for run in gap.runs) > 1 for kind in shared
            ):
                return False
        return bool(shared)

    def _around_anchors(self, rest: list[tuple[int, Run]]) -> set[int]:
        """The gaps whose lone run rule 3 must not settle: a card that shows its id
        inside, a lone run of one kind in the gap before it and in the gap after it, on a
        page that has not put that kind between cards on both sides (after cards and
        before titles) and has no habit that places the two runs (the card's own line
        inside it makes the kind's votes mixed, or is the kind's only vote). Were the
        kind's lines after cards, the run after this card would be its, and were they
        before titles, the run before it: it has its own id, so one of the two is the
        id of a card the decoder lost or glued into this one (its title read as this
        card's abstract, or a name under it), and rule 3 would give it to the card on
        its other side, and elimination each card after that its neighbour's id. Which
        of the two it is the page does not say: neither goes. (A page that puts the kind
        both before titles and after cards has no fixed place for it, and there both
        runs may be the neighbours'.)"""
        lone = dict(rest)
        held: set[int] = set()
        for i, run in rest:
            after = lone.get(i + 1)
            if after is None or i >= len(self.slots) - 1:
                continue
            card = self.slots[i]
            if not card.sure:
                continue
            if not any(kind in after.kinds and not self._two_sides(kind) for kind in run.kinds):
                continue
            above = self._above(i)
            assert above is not None
            if self._side(run, above) == 0 and self._side(after, card) == 0:
                held.update((i, i + 1))
        return held

    def _two_sides(self, kind: str) -> bool:
        """Has the page put this kind between cards on both sides (after cards and
        before titles)?"""
        votes = self.votes.get(kind)
        return votes is not None and votes[PRE] > 0 and votes[POST] > 0

    def _above(self, i: int) -> Slot | None:
        """The card above gap ``i``: none at the page's start."""
        if i:
            return self.slots[i - 1]
        return CLOSED if self.started else None

    def _sure(self, i: int, hold_ends: bool = False) -> list[Run]:
        """Rules 1, 2 and 4 and the page's ends on gap ``i``: what they settle votes
        (``hold_ends``: the ends settle nothing, ``_ends_disagree``). Returns the one run
        left that could be either neighbour's, if any."""
        gaps, slots = self.gaps, self.slots
        above = self._above(i)
        below = slots[i] if i < len(slots) else None
        runs = gaps[i].runs
        if below is not None and below.twin and above is not None and above is not CLOSED:
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
                    # (``earlier`` is empty at the page's first gap: never ``CLOSED``)
                    sides.append(ABOVE)
                else:
                    sides.append(0)
        open_ = sides.count(0)
        if len(runs) == 2 and open_ and above is not None and below is not None:
            # rule 4: the first the card above's, the second the card below's; one
            # settled by rule 1 or 2 settles the other, if it is on its own side
            first, second = sides
            free_up = not above.sure and above is not CLOSED
            if not first and not second:
                if free_up and not below.sure:
                    return list(runs)  # neither settled yet: ``_pair``, after the votes
            elif first != BELOW and second != ABOVE:
                if not first and free_up:
                    sides[0] = ABOVE
                if not second and not below.sure:
                    sides[1] = BELOW
        elif len(runs) == 1 and open_ and (above is None) != (below is None) and not hold_ends:
            # before the first title only the first card, after the last card only the
            # last card can own an id
            card = above if above is not None else below
            if not card.sure and card is not CLOSED:  # type: ignore[union-attr]
                sides[0] = ABOVE if above is not None else BELOW
        left: list[Run] = []
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

    def _pair(self, i: int, pair: list[Run]) -> None:
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

    def _rest(self, i: int, run: Run, waiting: list[tuple[int, Run]]) -> None:
        """Rules 3 and 5 on the one run between two cards that rules 1, 2 and 4 left."""
        above, below = self._above(i), self.slots[i]
        assert above is not None
        free_above, free_below = free(above), free(below)
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

    def _eliminate(self, i: int, run: Run) -> bool:
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

    def _side(self, run: Run, above: Slot) -> int:
        """Where the page puts the kinds of lines that show this run: ABOVE (after
        cards), BELOW (before titles), or 0 (it has not said, or said both)."""
        side = 0
        need = 1
        for kind, votes in self.votes.items():
            if self._places(kind, votes) > 1:
                # a page that puts some kind of line in two places has no fixed card
                # template: one vote for another kind is no habit yet
                need = IRREGULAR_VOTES
                break
        for kind in run.kinds:
            kind_votes = self.votes.get(kind)
            if kind_votes is None:
                continue
            pre, mid, post = kind_votes
            if self._places(kind, kind_votes) > 1:
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

    def _give(self, slot: Slot, run: Run, vote: int = -1) -> None:
        if run.paper_id not in slot.given:
            if slot.given is NONE:
                slot.given = []
            slot.given.append(run.paper_id)
        slot.vote_count(run.paper_id, run.upvotes)
        if vote >= 0:
            self._vote(run, vote)

    def _vote(self, run: Run, where: int) -> None:
        for kind in run.kinds:
            self._vote_kind(kind, where)

    def _vote_kind(self, kind: str, where: int) -> None:
        v = self.votes.get(kind)
        if v is None:
            v = self.votes[kind] = [0, 0, 0]
        v[where] += 1

    @staticmethod
    def _unplaced(run: Run, above: Slot | None, below: Slot | None) -> None:
        for slot in (above, below):
            if slot is not None and slot is not CLOSED and run.paper_id not in slot.near:
                if slot.near is NONE:
                    slot.near = []
                slot.near.append(run.paper_id)
