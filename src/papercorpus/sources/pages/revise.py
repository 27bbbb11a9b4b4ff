"""A card's first reading, revised once its page has shown the habits it was read without.

The decoder reads a page as it goes: a card is decided before the cards under it show
the page's habits. Where a card's reading turned on a habit not yet shown, the page's
later cards may tell it. The case: a name right under a title, read as the title's
wrapped rest, not as the card's organisation (``Handling Weak … Emotion Recognition``,
79 of 80 columns, + ``Salesforce`` + ``· Published on Apr 8``; w3m's ``… Patterns and
Biases`` + ``Tsinghua University``): the page's first cards show neither the name nor
where the page puts its ``·`` lines (``decode.DOT_REST``) nor whether it wraps its
titles. The cards under it do: the same name decided as an organisation's
(``scores.KNOWN_ORG``, ``KNOWN_REST``), the page's ``·`` habit, its title habit.

So the decoder keeps what the rest reading won by (``Token.doubt``, where that is less
than a later card may show against it), and the reader keeps the card open: its record
and every record after it wait, in page order, while the page's habits learn from the
card as read. Each time the page shows more (an organisation line with that name, a
change of its ``·`` or title habit), the two readings are weighed again by the decoder's
own scores (``Decoder.rest_and_name``). Once the name reads better, the card is revised:
the title loses its rest, the name is the card's organisation, its line counted as one,
and what the page's habits learned from the card is learned again from the card as
revised. The page's end, or ``OPEN_CARDS`` cards later, settles a card as read.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cards import Card, CardBuilder
from .reader import _FLAT_TITLE as FLAT_TITLE
from .reader import TokenReader
from .scores import CONT, ORG, TITLE
from .tokens import Token

__all__ = ["OPEN_CARDS", "RestRevisions"]

# Cards a revision stays open for: a page that has not shown, this many cards on, what
# it does with the name, its "·" lines and its titles, will not show it.
OPEN_CARDS = 64


@dataclass(slots=True)
class _Open:
    """A card whose title took a name as its rest before the page showed its habits."""

    card: Card
    tok: Token  # the name
    title: Token | None  # the title's token, where its wrap was judged on the name
    cards: int  # the page's cards when it was read


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
        if role == CONT and tok.doubt is not None and card is not None and not card.abstract:
            # the title's rest by a margin the page's later cards may undo
            title = self.title_tok
            TokenReader._decided(self, role, tok)
            self.open_rests.append(_Open(card, tok, title, self.decoder.habits.cards))
            return
        TokenReader._decided(self, role, tok)
        opens = self.open_rests
        if not opens:
            return
        if role == ORG and any(o.tok.text == tok.text for o in opens):
            self._weigh()
        elif role == TITLE and self.decoder.habits.cards - opens[0].cards >= OPEN_CARDS:
            self._settle(opens[0], True)

    def _dot_under(self, what: int) -> None:
        habit = self.decoder.habits.dot_habit
        TokenReader._dot_under(self, what)
        if self.open_rests and self.decoder.habits.dot_habit != habit:
            self._weigh()

    def _title_wrap(self, wrapped: bool) -> None:
        habit = self.decoder.title_habit
        TokenReader._title_wrap(self, wrapped)
        if self.open_rests and self.decoder.title_habit != habit:
            self._weigh()

    def _weigh(self) -> None:
        """Weigh each open card's two readings again by what the page has shown."""
        rest_and_name = self.decoder.rest_and_name
        for o in list(self.open_rests):
            margin, rest, name = o.tok.doubt  # type: ignore[misc]
            rest_now, name_now = rest_and_name(o.tok)
            if margin + (rest_now - rest) - (name_now - name) < 0 and o in self.open_rests:
                self._settle(o, False)

    def _settle(self, o: _Open, rest: bool) -> None:
        """Close ``o``: the title's rest as read, or (``rest`` False) the card's
        organisation, and the page's habits learn again from the card as revised. The
        records held go out up to the next card still open."""
        self.open_rests.remove(o)
        if not rest:
            self._revise(o)
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

    def _revise(self, o: _Open) -> None:
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
        habits = self.decoder.habits
        habits.orgs.add(tok.text)
        self.org_lines += 1
        # what the page learned from the card as read, learned again (each count taken
        # back, then counted as revised: ``TokenReader._decided``'s judgements)
        t = o.title
        if t is not None:
            wraps = self.title_wraps
            limit = self.wrap_width + 2 if self.wrap_width else FLAT_TITLE
            if t.lines > 1 or len(t.text) > limit:
                wraps[1] -= 1
                TokenReader._title_wrap(self, t.lines > 1)
            else:
                wraps[1] -= 2  # (not judged at all: the count taken back, the habit redone)
                TokenReader._title_wrap(self, True)
        nxt = tok.nxt
        if nxt and nxt != "text":  # the chrome right under it, right under text
            if nxt in ("dot", "dotdate"):
                self.dots[0] -= 1
                TokenReader._dot_under(self, 1)
            seen = habits.seen_before.get(nxt)
            if seen is not None and seen[0]:
                seen[0] -= 1
                habits.learn_before(nxt, False)

    def _emit(self, payload, paper_id, upvotes, near) -> None:  # type: ignore[no-untyped-def]
        if self.open_rests:
            self.held.append((payload, paper_id, upvotes, near))
        else:
            CardBuilder._emit(self, payload, paper_id, upvotes, near)

    def _finish_page(self) -> None:
        self._finish_card()
        while self.open_rests:
            self._settle(self.open_rests[0], True)
        TokenReader._finish_page(self)
