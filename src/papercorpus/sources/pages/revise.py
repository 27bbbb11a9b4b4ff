"""A card's first reading, revised once its page has shown the habits it was read without.

The decoder reads a page as it goes: a card is decided before the cards under it show
the page's habits. Where a card's reading turned on a habit not yet shown, the page's
later cards may tell it. The case: a name right under a title, read as the title's
wrapped rest, not as the card's organisation (``Handling Weak … Emotion Recognition``,
79 of 80 columns, + ``Salesforce`` + ``· Published on Apr 8``; w3m's ``… Patterns and
Biases`` + ``Tsinghua University``): the page's first cards show neither the name nor
where the page puts its ``·`` lines (``charges.DOT_REST``) nor whether it wraps its
titles. The cards under it do: the same name decided as an organisation's
(``scores.KNOWN_ORG``, ``KNOWN_REST``), the page's ``·`` habit, its title habit.

The other way round too: ``Handling Weak … Audio-Visual Emotion`` + ``  Recognition`` +
``· Published on Aug 9, 2023``, read as a title and its organisation on a page that had
shown no ``·`` yet, is one title once the page puts its ``·`` lines under titles.

So the decoder keeps what one reading won by (``Token.doubt``, where that is less than a
later card may show against it), and the reader keeps the card open: its record and every
record after it wait, in page order, while the page's habits learn from the card as read.
Each time the page shows more (an organisation line with that name, a "·" line, a change
of its title habit), a rest read as such is weighed again by the decoder's own scores
(``Decoder.rest_and_name``), with the page's ``·`` habit as the cards not in doubt show
it; a name read as such is weighed so once, on all the page shows (its ``·`` lines under
titles may come before others under names). Where the other reading is better, the card
is revised (the title gives the name up
as the card's organisation, or takes it back as its rest; the line is counted as the
role it now plays), and what the page's habits learned from the card is learned again.
The page's end, or ``OPEN_CARDS`` cards later, settles a card as read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .card import Card
from .cards import CardBuilder
from .own_votes import habit_without
from .proper import institution_rest, proper_rest
from .reader import TokenReader, dot_habit
from .scores import CONT, ORG, TITLE
from .tokens import Token

# A title's rest read as a name by less than this may be revised: what the page's "·"
# habit shown under titles takes off a name's marks over a "·" (``scores.text_scores``:
# 5.5 where the habit is unknown, 2.0 on a page that puts its "·" under titles).
NAME_REVISABLE: Final = 3.5

__all__ = ["OPEN_CARDS", "RestRevisions"]

# Cards a revision stays open for: a page that has not shown, this many cards on, what
# it does with the name, its "·" lines and its titles, will not show it.
OPEN_CARDS: Final = 64


@dataclass(slots=True)
class _Open:
    """A card whose reading, the name under its title as the title's rest or as the
    card's organisation, turned on habits the page had not shown yet."""

    card: Card
    tok: Token  # the name
    rest: bool  # read as the title's rest (else as the card's organisation)
    title: Token | None  # the title's token, where its wrap was judged on the name
    cards: int  # the page's cards when it was read
    known: bool  # the page had decided the name as an organisation's before
    dot: int  # the "·" under it, counted under a title (0) or a name (1); -1: none


class RestRevisions(TokenReader):
    """The reader, with revisions of cards read before the page showed its habits."""

    open_rests: list[_Open]
    held: list[tuple]

    def _decided(self, role: int, tok: Token) -> None:
        if self.open_rests or tok.doubt is not None:
            self._decided_open(role, tok)
        else:
            TokenReader._decided(self, role, tok)

    def _decided_open(self, role: int, tok: Token) -> None:
        card = self.card
        doubt = tok.doubt
        if (
            doubt is not None
            and card is not None
            and not card.abstract
            and ((role == CONT and doubt[0] > 0) or (role == ORG and doubt[0] > -NAME_REVISABLE))
        ):
            # a reading by a margin the page's later cards may undo
            title = self.title_tok
            known = tok.text in self.decoder.habits.orgs
            TokenReader._decided(self, role, tok)
            dot = (role == ORG) if tok.nxt in ("dot", "dotdate") else -1
            self.open_rests.append(
                _Open(card, tok, role == CONT, title, self.decoder.habits.cards, known, dot)
            )
            return
        TokenReader._decided(self, role, tok)
        opens = self.open_rests
        if not opens:
            return
        if role == ORG and any(o.tok.text == tok.text for o in opens):
            for o in opens:
                if o.tok.text == tok.text:
                    o.known = True  # (decided as an organisation's on another card)
            self._weigh()
        elif role == TITLE and self.decoder.habits.cards - opens[0].cards >= OPEN_CARDS:
            self._weigh(opens[0])

    def _dot_under(self, what: int) -> None:
        TokenReader._dot_under(self, what)
        if self.open_rests:
            self._weigh()

    def _title_wrap(self, wrapped: bool) -> None:
        habit = self.decoder.title_habit
        TokenReader._title_wrap(self, wrapped)
        if self.open_rests and self.decoder.title_habit != habit:
            self._weigh()

    def _weigh(self, closing: _Open | None = None) -> None:
        """Weigh open cards' two readings again by what the page has shown, its "·"
        habit as the cards not in doubt show it: each rest read as such (a name found
        one is an organisation's as soon as the page shows it), or ``closing`` alone, as
        the page ends or its card grows old (a name taken back as a title's rest waits
        for all the page shows: "·" lines under titles may be followed by more under
        names), which is settled either way."""
        opens = self.open_rests
        habits = self.decoder.habits
        a, b, c = self.dots
        for o in opens:
            if o.dot == 0:
                a -= 1
            elif o.dot == 1:
                b -= 1
        # (the page's habit, of those cards; a title's rest taken for a name is weighed
        # against "·" lines under titles only: one under an abstract says nothing of what
        # a name's "·" is)
        shown = dot_habit(a, b, c)
        under_titles = -(a >= 2 and not b)
        kept = habits.dot_habit
        # (a name the page knows only from a card in doubt, as that card's, is no known
        # organisation's: ``scores.KNOWN_ORG``)
        orgs = habits.orgs
        hidden = [o.tok.text for o in opens if not (o.rest or o.known)]
        for text in hidden:
            orgs.discard(text)
        rest_and_name = self.decoder.rest_and_name
        # (the page's title habit without the open cards' titles as read: ``own_votes``)
        kept_titles = self.decoder.title_habit
        self.decoder.title_habit = habit_without(self.title_wraps, opens, self._title_limit())
        flips = []
        for o in opens if closing is None else (closing,):
            if not o.rest and closing is None:
                continue
            margin, rest, name = o.tok.doubt  # type: ignore[misc]
            habits.dot_habit = shown if o.rest else under_titles
            rest_now, name_now = rest_and_name(o.tok)
            margin += (rest_now - rest) - (name_now - name)
            if closing is not None and o.rest:
                # settled on all the page's prose, the card's own abstract too: a rest
                # none of whose words it writes in lower case is a name (``proper``); so
                # is a line naming an institution, prose or not (``institution_rest``)
                margin -= proper_rest(o.tok.text, habits) + institution_rest(o.tok.text)
            if (margin < 0) if o.rest else (margin > 0):
                flips.append(o)
        habits.dot_habit = kept
        self.decoder.title_habit = kept_titles
        orgs.update(hidden)
        if closing is not None:
            self._settle(closing, bool(flips))
            return
        for o in flips:
            if o in opens:
                self._settle(o, True)

    def _settle(self, o: _Open, flip: bool) -> None:
        """Close ``o``: as read, or (``flip``) read the other way. The records held go
        out up to the next card still open."""
        self.open_rests.remove(o)
        if flip:
            if o.rest:
                self._to_name(o)
            else:
                self._to_rest(o)
        held = self.held
        if held:
            still = [o.card for o in self.open_rests]
            n = len(held)
            for i, args in enumerate(held):
                if args[0][0] in still:
                    n = i
                    break
                CardBuilder._emit(self, *args)
            del held[:n]

    def _to_name(self, o: _Open) -> None:
        """The name under ``o``'s title is the card's organisation, not the title's rest."""
        tok, card = o.tok, o.card
        tail = tok.text if tok.cut else " " + tok.text
        if card.title.endswith(tail):
            card.title = card.title[: -len(tail)]
        card.lines -= tok.lines
        log = self.log
        log.record_lines -= tok.lines
        log.drop_chrome("org", tok.lines)
        card.meta.setdefault("org", tok.text)
        self.decoder.habits.orgs.add(tok.text)
        self.org_lines += 1
        self._relearn(o, False)

    def _to_rest(self, o: _Open) -> None:
        """The name under ``o``'s title is the title's wrapped rest, not an organisation."""
        tok, card = o.tok, o.card
        if not card.first:
            card.first = len(card.title)
        card.title += tok.text if tok.cut else " " + tok.text
        card.lines += tok.lines
        log = self.log
        log.record_lines += tok.lines
        log.chrome["org"] -= tok.lines
        if log.chrome["org"] <= 0:
            del log.chrome["org"]
        if card.meta.get("org") == tok.text:
            del card.meta["org"]
        if self.pre_chrome.get("org") == tok.text:
            del self.pre_chrome["org"]  # (kept for the next title: ``chrome_openers``)
        if not o.known:
            self.decoder.habits.orgs.discard(tok.text)
        self.org_lines -= 1
        self._relearn(o, True)

    def _relearn(self, o: _Open, rest: bool) -> None:
        """What the page learned from ``o``'s card as read, learned again as revised (each
        count taken back, then counted anew: ``TokenReader._decided``'s judgements)."""
        t = o.title
        if t is not None:
            wraps = self.title_wraps
            judged = t.lines > 1 or len(t.text) > self._title_limit()
            if not rest:
                wraps[1] -= 1  # (judged wrapped on its rest)
            elif judged:
                wraps[t.lines > 1] -= 1
            if rest or judged:
                TokenReader._title_wrap(self, rest or t.lines > 1)
            else:
                wraps[1] -= 1  # (nothing to count: the habit redone on the counts left)
                TokenReader._title_wrap(self, True)
        habits = self.decoder.habits
        nxt = o.tok.nxt
        if o.dot >= 0:
            self.dots[o.dot] -= 1
            TokenReader._dot_under(self, 0 if rest else 1)
        if nxt and nxt != "text":  # the chrome right under it, right under text
            seen = habits.seen_before.get(nxt)
            if seen is not None and seen[rest]:
                seen[rest] -= 1  # (counted as under a name: ``seen[1]``, or a title's)
                habits.learn_before(nxt, rest)

    def _emit(self, payload, paper_id, upvotes, near, given=False) -> None:  # type: ignore[no-untyped-def]
        if self.open_rests:
            self.held.append((payload, paper_id, upvotes, near, given))
        else:
            CardBuilder._emit(self, payload, paper_id, upvotes, near, given)

    def _finish_page(self) -> None:
        self._finish_card()
        while self.open_rests:
            self._weigh(self.open_rests[0])
        TokenReader._finish_page(self)
