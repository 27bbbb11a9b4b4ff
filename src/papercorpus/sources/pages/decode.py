"""The whole-page decoder: the best reading of a page's tokens under the card grammar.

A page reaches the decoder as a stream of *tokens*: a piece of text (a line, or lines the
intake joined as one wrapped unit, ``Token.text``) or one chrome line. Every text token
can play several roles (``scores.TITLE``, ``ABSTRACT``, ``CONT``, ``ORG``, ``SEARCH``,
``REJECT``); a chrome token plays its own. The card grammar

    page := chrome* (card chrome*)*        card := title chrome* [abstract] (chrome | cont)*

is a small automaton over the state ``(status, open)``: ``status`` is no card yet / a card
with a title only / a card with an abstract, ``open`` says the last token was text that a
continuation may extend. ``scores`` gives each token a score per role (its shape, the
evidence measured on the page for a continuation) and each move one per transition
(alternation: a title then its abstract; a card without an abstract is the exception;
abstract after abstract needs evidence). Viterbi keeps, per state, the best-scoring path
into it, so the reading chosen is the best of the whole page, not a sequence of local
guesses: a line after ``·`` is a title or an organisation depending on what the rest of
the page makes of it.

Streaming: the paths of all states share their past; once every live state's path goes
through the same token (they *converge*), the tokens up to it are decided for good and
handed to ``emit`` in order. Paths converge within a few tokens on real pages; a stretch
that does not converge within ``MAX_OPEN`` tokens is decided on the best path so far, so
memory stays bounded on any input.

What a move pays at a card's boundary beyond the role scores (and the measurements behind
each number) is in ``charges``; the tests that walk back along a path to the card it is
in, and the path's ``Node``, in ``walks``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ..chrome_values import arxiv_ids
from . import scores
from .card_links import late_ids, linked_across
from .charges import (
    OPEN_END_COST,
    SHORT_ABSTRACT,
    SHORT_ABSTRACT_COST,
    TWO_IDS,
)
from .neighbours import PAGE_CHROME, mark_next, mark_past
from .nodes import Node
from .page_habits import PageHabits
from .path_reads import links_across, open_end_chrome
from .paths import MAX_OPEN
from .scores import CHROME, NEG, NO_ABSTRACT, REJECT
from .states import ABSTRACTED, NONE, STATES, TITLED, state
from .template import CardTemplate
from .text_moves import TextMoves
from .token_charges import name_under
from .tokens import Token

__all__ = ["MAX_OPEN", "Decoder", "Token"]

# States whose score trails the best by more than this are dropped (they never win back
# that much on the pages measured; it keeps the common case to one or two live states).
# At 10 a title after a card without an abstract was pruned before the abstract under it
# made it win (seed 3 p001069: it trailed by 10.5); 16 costs nothing measurable.
PRUNE: Final = 16.0


class Decoder(TextMoves):
    """Online Viterbi over a page's tokens; decided tokens go to ``emit(role, token)``."""

    def __init__(self, emit: Callable[[int, Token], None]) -> None:
        self.emit = emit
        self.habits = PageHabits()  # set by the reader: where this page puts its chrome
        # set by the reader (``TokenReader``): -1 when the page leaves its long titles on
        # one line (a line under a title is then no wrapped rest of it), -2 when it surely
        # does, 1 when it wraps them, 0 before it has shown either
        self.title_habit = 0
        # the page has left a title longer than its wrap width on one line (the reader):
        # the width measured on its head then says nothing of its titles (``evidence``)
        self.titles_one = False
        # ... and the widest such title (``evidence.ONE_WIDTH``; 0: none)
        self.one_width = 0
        # what a card without an abstract costs; set by the reader from the page's cards
        self.no_abstract = NO_ABSTRACT
        # text after a blank line so far: [titles, other roles] (the reader), and what such
        # text pays as anything but a title (``gap_habit``)
        self.gap_seen = [0, 0]
        self.gap_title = 0.0
        # which side of its abstract a card puts each kind of chrome on: the reader
        # teaches it the tokens decided
        self.template = CardTemplate()
        # (its two habits, read per token: the dicts themselves, updated in place)
        self.mid_only = self.template.mid_only
        self.late_only = self.template.late_only
        self.scores: list[float] = [NEG] * STATES
        self.heads: list[Node | None] = [None] * STATES
        self.scores[state(NONE, 0)] = 0.0
        self.root = Node(None, CHROME, Token(0, ""), 0)
        self.heads[state(NONE, 0)] = self.root
        # the states with a path (score above NEG), ascending: a step walks only these (the
        # prune leaves one to three); every other slot is NEG with no head
        self.live: list[int] = [state(NONE, 0)]
        # the next step's rows, all NEG / None: the two pairs swap each step (no lists
        # allocated per token)
        self.spare_scores: list[float] = [NEG] * STATES
        self.spare_heads: list[Node | None] = [None] * STATES
        # the list mark (``Token.item``) of the last title decided: the card's title when
        # a walk back from a live path reaches the decided root first (``_list_next``)
        self.title_item = ""
        self.title_tok: Token | None = None  # ... and that title's first token
        # the tokens of the abstract decided last, its first piece first (``_abstract_holds``)
        self.abstract_toks: list[Token] = []
        # ... and the last abstract's, kept past a title (``wide_lines.sure_past``)
        self.last_abstract: list[Token] = []
        self.pending: Token | None = None  # the last token pushed
        self.older: Token | None = None  # the one before it (scored next)
        # a token whose scoring waits for the text past the chrome under its next line
        # (``Token.under2``), scored before ``older``
        self.held: Token | None = None
        # a name over a one-line "·" date, held until the name past that line shows
        # what is under it (``Token.mo_name_under``), scored before ``older``
        self.mo_held: Token | None = None
        self.open_tokens = 0
        # the line the parser took a glued "Subscribe" off (layout B: the header's button
        # run into the page's first title): that title, no search echo (``text_moves``)
        self.glued_line = 0

    @property
    def wraps_titles(self) -> bool:
        """The page has shown that it wraps its titles (``evidence.cont_evidence``)."""
        return self.title_habit > 0

    # ----------------------------------------------------------------- intake

    def push(self, tok: Token) -> None:
        """Add the next token; the one two before it is scored now that the two tokens
        after it are known (a name then ``·`` then a date: an organisation line)."""
        prev, older = self.pending, self.older
        self.pending, self.older = tok, prev
        if prev is not None:
            mark_next(prev, tok)
        if older is not None:
            mo = self.mo_held
            if mo is not None:
                # (``prev`` is the name past the held one's date line: its next is known)
                self.mo_held = None
                mo.mo_name_under = name_under(mo, prev, self.habits)  # type: ignore[arg-type]
                self._step(mo)
            mark_past(older, prev, tok)  # type: ignore[arg-type]
            if (
                (tok.wrap or prev.nxt_lower)  # type: ignore[union-attr]
                and not (older.chrome or prev.chrome)  # type: ignore[union-attr]
                and prev.lines == 1  # type: ignore[union-attr]
                and not prev.rest  # type: ignore[union-attr]
            ):
                # (the rest of the paragraph past the one line under it: the unit's next
                # piece, or a sentence going on there: ``Token.dd_under_more``)
                older.dd_under_more = prev.under  # type: ignore[union-attr]
            held = self.held
            if held is not None:
                # (held back until the text under the line under it was known)
                self.held = None
                held.under2 = older.under or older.past  # type: ignore[union-attr]
                self._step(held)
            if (
                not (older.chrome or prev.chrome)  # type: ignore[union-attr]
                and older.lines == 1
                and prev.lines == 1  # type: ignore[union-attr]
                and not prev.gap  # type: ignore[union-attr]
            ):
                if tok.chrome in PAGE_CHROME:
                    older.under2 = prev.under  # type: ignore[union-attr]
                else:
                    # the text under ``prev`` is past this chrome line: wait for it
                    self.held = older
                    return
            if older.org and prev.tag == "dotdate" and tok.org:  # type: ignore[union-attr]
                # a name, a "· date" line, a name: what is under the second says which
                # is the card's organisation (``Token.mo_name_under``)
                self.mo_held = older
                return
            self._step(older)

    def finish(self) -> None:
        """End of the page: decide everything still open."""
        for tok in (self.mo_held, self.held, self.older, self.pending):
            if tok is not None:
                self._step(tok)
        self.mo_held = self.held = self.older = self.pending = None
        best, best_score = -1, NEG
        for s in range(STATES):
            sc = self.scores[s]
            if sc <= NEG:
                continue
            sc += self._end(s)
            if sc > best_score:
                best, best_score = s, sc
        if best >= 0:
            self._commit(self.heads[best])  # type: ignore[arg-type]
        self.scores = [NEG] * STATES
        self.scores[state(NONE, 0)] = 0.0
        self.heads = [None] * STATES
        self.heads[state(NONE, 0)] = self.root
        self.live = [state(NONE, 0)]

    # ----------------------------------------------------------------- one step

    def _step(self, tok: Token) -> None:
        new_scores, new_heads = self.spare_scores, self.spare_heads
        old_scores, old_heads, live = self.scores, self.heads, self.live
        if tok.chrome:
            # a new page, or the page's view menu (``Daily``/``Weekly``/``Monthly``): page
            # chrome over the first card, inside none, so the card before ends there
            header = tok.chrome == "header" or tok.chrome == "view"
            # a kind of chrome the page puts between titles and abstracts only, after an
            # abstract (``template``)
            mid_only = self.mid_only
            mid = mid_only.get(tok.chrome, 0.0) if mid_only else 0.0
            dated = tok.chrome == "date"
            submitted = tok.chrome == "submitted_by"
            # a paper link on a page that puts its links after abstracts only: the card's
            # own, so a link over the card's abstract naming another paper is two cards'
            ids = arxiv_ids(tok.text) if tok.chrome == "url" and "url" in self.late_only else ()
            # (... any other kind the page puts after abstracts only: ``card_links``)
            other_ids = late_ids(tok.text, tok.chrome, self.late_only) if not ids else ()
            closes = tok.chrome in self.late_only  # (its card's last line: ``open_end_chrome``)
            for s in live:
                sc = old_scores[s]
                status = s >> 1
                if s & 1 and status >= ABSTRACTED and open_end_chrome(old_heads[s], closes):  # type: ignore[arg-type]
                    sc -= OPEN_END_COST  # (the abstract ends open here: ``OPEN_END_COST``)
                if header:  # a new page (or its view menu): the card before ends here
                    sc += self._end(s)
                    status = NONE
                elif mid and status >= ABSTRACTED:
                    sc -= mid
                elif (
                    dated and status == TITLED and self._named_second_date(old_heads[s], tok)  # type: ignore[arg-type]
                ):
                    sc -= TWO_IDS  # (a name over its card's second date: the next title)
                elif submitted and self._second_submitter(old_heads[s], tok):  # type: ignore[arg-type]
                    sc -= TWO_IDS  # (... over its card's second submitter: the same)
                elif (
                    ids and status >= ABSTRACTED and links_across(old_heads[s], ids, self.template)  # type: ignore[arg-type]
                ):
                    sc -= TWO_IDS  # (two papers' links across the card's abstract)
                elif (
                    other_ids
                    and status >= ABSTRACTED
                    and linked_across(old_heads[s], other_ids, self.template)  # type: ignore[arg-type]
                ):
                    sc -= TWO_IDS  # (... on another line of the card's chrome)
                t = status << 1
                if sc > new_scores[t]:
                    head = old_heads[s]
                    new_scores[t] = sc
                    new_heads[t] = Node(head, CHROME, tok, head.title_len)  # type: ignore[union-attr]
        else:
            self._text_step(tok, old_scores, old_heads, live, new_scores, new_heads)
        best = max(new_scores)
        if best <= NEG:
            # nothing the grammar allows fits (text before any card that cannot be a
            # title): the token is rejected on the best path so far
            head = self._best_head()
            status = 0
            best = 0.0
            for s in live:
                if old_heads[s] is head:
                    status = s >> 1
            t = status << 1
            new_scores[t] = 0.0
            new_heads[t] = Node(head, REJECT, tok, head.title_len)
        floor = best - PRUNE
        # prune, and see on the way whether every live path ends in the same node (the
        # common case: ``_converge``'s first test, without a second pass)
        first: Node | None = None
        same = True
        new_live: list[int] = []
        for s in range(STATES):
            sc = new_scores[s]
            if sc <= NEG:
                continue  # no path: already NEG with no head
            if sc < floor:
                new_scores[s] = NEG
                new_heads[s] = None
            else:
                new_scores[s] = sc - best  # keep scores small (no drift on long pages)
                new_live.append(s)
                h = new_heads[s]
                if first is None:
                    first = h
                elif h is not first:
                    same = False
        for s in live:  # the old rows become the next step's spare ones
            old_scores[s] = NEG
            old_heads[s] = None
        self.spare_scores, self.spare_heads = old_scores, old_heads
        self.scores, self.heads, self.live = new_scores, new_heads, new_live
        n = self.open_tokens = self.open_tokens + 1
        if same and first is not None:
            self._commit(first)
        elif n >= 8 and not (n & 7 and n < MAX_OPEN):
            # (two live paths differ: ``_converge``'s first test fails, and it looks for
            # the meeting point every 8 tokens only)
            self._converge()

    def _end(self, s: int) -> float:
        """What ending the card of state ``s`` costs (no abstract, or a short one)."""
        status = s >> 1
        if status == ABSTRACTED and self.heads[s].title_len < SHORT_ABSTRACT:  # type: ignore[union-attr]
            return -SHORT_ABSTRACT_COST
        return scores.final(status, self.no_abstract)
