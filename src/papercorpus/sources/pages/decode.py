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

from ..shape import SUMMARY_MAX, TITLE_MAX, terminal
from . import echoes, evidence, scores
from .charges import (
    DOT_REST,
    ECHO_ABOVE,
    ECHO_LINE_MAX,
    ECHO_SHORT,
    ECHO_UNDER,
    ITEM_ABSTRACT,
    ITEM_REST,
    LIST_SIBLING,
    LONG_ABSTRACT,
    LONG_ABSTRACT_COST,
    LONG_TITLE,
    OPEN_END_COST,
    QUESTION_END_COST,
    REVISABLE,
    SENTENCE_UNDER,
    SHORT_ABSTRACT,
    SHORT_ABSTRACT_COST,
    TITLE_SHARED,
    TWO_IDS,
    TWO_ORGS,
    UNSHARED_TITLE,
    capital_under,
    is_dot_rest,
    long_title,
    name_under,
    open_line,
    set_in_title,
    text_col,
    unshared_first,
    unshared_past,
    unshared_title,
    unshared_two,
    whole_line,
)
from .neighbours import PAGE_CHROME, mark_next, mark_past
from .paths import MAX_OPEN, DecidedPaths
from .scores import (
    ABSTRACT,
    ABSTRACT_REJECT,
    CHROME,
    CONT,
    NEG,
    NO_ABSTRACT,
    OPENER_TITLE,
    ORG,
    PAIR,
    REJECT,
    SAME_BLOCK,
    SEARCH,
    SURE_TITLE_HABIT,
    TITLE,
    TITLE_HABIT,
)
from .template import CardTemplate
from .tokens import PageHabits, Token
from .units import next_in_list
from .walks import (
    Node,
    card_title,
    closed_above,
    open_end_above,
    open_end_chrome,
    title_item,
    two_links_after,
    unshared_rest,
)

__all__ = ["MAX_OPEN", "Decoder", "Token"]

# States whose score trails the best by more than this are dropped (they never win back
# that much on the pages measured; it keeps the common case to one or two live states).
# At 10 a title after a card without an abstract was pruned before the abstract under it
# made it win (seed 3 p001069: it trailed by 10.5); 16 costs nothing measurable.
PRUNE = 16.0

# status: no card yet / a card with a title only / a card with an abstract, of up to
# ``YOUNG`` characters so far or longer (``LONG``). Two abstracts glued are told by their
# length only well after the line between them, and a reading that ends the first abstract
# there trails by then: it lives on in the other state until the glued reading pays.
NONE, TITLED, ABSTRACTED, LONG = 0, 1, 2, 3
_STATES = 8  # (status, open)
# An abstract is young up to this many characters (status ``ABSTRACTED``): a reading that
# glued a first abstract of about this length or more to the next is ``LONG`` at the line
# between them, and pays before the reading that ends the first there grows old.
YOUNG = 1000


def _state(status: int, open_: int) -> int:
    return status * 2 + open_


class Decoder(DecidedPaths):
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
        # what a card without an abstract costs; set by the reader from the page's cards
        self.no_abstract = NO_ABSTRACT
        # which side of its abstract a card puts each kind of chrome on: the reader
        # teaches it the tokens decided
        self.template = CardTemplate()
        # (its two habits, read per token: the dicts themselves, updated in place)
        self.mid_only = self.template.mid_only
        self.late_only = self.template.late_only
        self.scores: list[float] = [NEG] * _STATES
        self.heads: list[Node | None] = [None] * _STATES
        self.scores[_state(NONE, 0)] = 0.0
        self.root = Node(None, CHROME, Token(0, ""), 0)
        self.heads[_state(NONE, 0)] = self.root
        # the states with a path (score above NEG), ascending: a step walks only these (the
        # prune leaves one to three); every other slot is NEG with no head
        self.live: list[int] = [_state(NONE, 0)]
        # the next step's rows, all NEG / None: the two pairs swap each step (no lists
        # allocated per token)
        self.spare_scores: list[float] = [NEG] * _STATES
        self.spare_heads: list[Node | None] = [None] * _STATES
        # the list mark (``Token.item``) of the last title decided: the card's title when
        # a walk back from a live path reaches the decided root first (``_list_next``)
        self.title_item = ""
        self.title_tok: Token | None = None  # ... and that title's first token
        # the tokens of the abstract decided last, its first piece first (``_abstract_holds``)
        self.abstract_toks: list[Token] = []
        self.pending: Token | None = None  # the last token pushed
        self.older: Token | None = None  # the one before it (scored next)
        # a token whose scoring waits for the text past the chrome under its next line
        # (``Token.under2``), scored before ``older``
        self.held: Token | None = None
        # a name over a one-line "·" date, held until the name past that line shows
        # what is under it (``Token.mo_name_under``), scored before ``older``
        self.mo_held: Token | None = None
        self.open_tokens = 0

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
        for s in range(_STATES):
            sc = self.scores[s]
            if sc <= NEG:
                continue
            sc += self._end(s)
            if sc > best_score:
                best, best_score = s, sc
        if best >= 0:
            self._commit(self.heads[best])  # type: ignore[arg-type]
        self.scores = [NEG] * _STATES
        self.scores[_state(NONE, 0)] = 0.0
        self.heads = [None] * _STATES
        self.heads[_state(NONE, 0)] = self.root
        self.live = [_state(NONE, 0)]

    # ----------------------------------------------------------------- one step

    def _step(self, tok: Token) -> None:
        new_scores, new_heads = self.spare_scores, self.spare_heads
        old_scores, old_heads, live = self.scores, self.heads, self.live
        if tok.chrome:
            header = tok.chrome == "header"
            # a kind of chrome the page puts between titles and abstracts only, after an
            # abstract (``template``)
            mid_only = self.mid_only
            mid = mid_only.get(tok.chrome, 0.0) if mid_only else 0.0
            dated = tok.chrome == "date"
            for s in live:
                sc = old_scores[s]
                status = s >> 1
                if s & 1 and status >= ABSTRACTED and open_end_chrome(old_heads[s]):  # type: ignore[arg-type]
                    sc -= OPEN_END_COST  # (the abstract ends open here: ``OPEN_END_COST``)
                if header:  # a new page: the card before ends here
                    sc += self._end(s)
                    status = NONE
                elif mid and status >= ABSTRACTED:
                    sc -= mid
                elif (
                    dated
                    and status == TITLED
                    and self._named_second_date(old_heads[s], tok)  # type: ignore[arg-type]
                ):
                    sc -= TWO_IDS  # (a name over its card's second date: the next title)
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
        for s in range(_STATES):
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

    def _text_step(
        self,
        tok: Token,
        old_scores: list[float],
        old_heads: list[Node | None],
        live: list[int],
        new_scores: list[float],
        new_heads: list[Node | None],
    ) -> None:
        """The grammar's moves for a text token (``scores.move`` spelled out: this is the
        parser's hot loop)."""
        n = len(tok.text) + 1
        lazy = tok.lazy
        if lazy is not None:
            # the continuation evidence only when a live path could continue its text, and
            # a title's rest only where a live title could take it (``cont`` and ``tcont``
            # are read in the moves below only under these very states: a score not
            # weighed stays ``NEG``)
            tok.lazy = None
            title_rest = old_scores[3] > NEG and old_heads[3].title_len + n <= TITLE_MAX + 1  # type: ignore[union-attr]
            if title_rest:
                tok.cont, tok.tcont = evidence.cont_evidence(
                    *lazy,
                    wraps_titles=self.wraps_titles,
                    goes_on=tok.lines > 1,
                    one_line=self.titles_one,
                    wrapped=tok.lines > 1,
                    under_chrome=tok.rd_first_under_chrome,
                )
            elif old_scores[5] > NEG or old_scores[7] > NEG:
                tok.cont, tok.tcont = evidence.cont_evidence(
                    *lazy,
                    title_rest=False,
                    wrapped=tok.lines > 1,
                    under_chrome=tok.rd_first_under_chrome,
                )
        title, abstract, cont, tcont, side, side_role = scores.text_scores(tok, self.habits)
        habit = self.title_habit
        if habit < 0 and tcont > NEG:
            tcont -= TITLE_HABIT if habit == -1 else SURE_TITLE_HABIT
        late_only = self.late_only
        org_mid = 0.0
        if side_role == ORG and self.mid_only:
            org_mid = self.mid_only.get("org", 0.0)
        item = tok.item
        # (a line in a list item's hanging indent, right under its first line: ``ITEM_REST``)
        hung = tok.col if tok.col > 0 and not (item or tok.gap) and tok.prv == "text" else 0
        # (a line set in arXiv's way under a title's line: ``SET_IN_TITLE``)
        set_in = hung > 1
        # (a name over chrome then text: ``TITLE_SHARED``)
        opening = ""
        if tok.org and title > NEG:
            opening = (tok.nxt_text if tok.nxt == "text" else tok.nxt2_text)[: scores.OPENING]
        # (a name under a title line it would have overflowed, over a "·": ``DOT_REST``)
        dot_rest = (
            tok.overflows
            and side_role == ORG
            and tcont > NEG
            and not self.titles_one
            and is_dot_rest(tok, self.habits)
        )
        # (a title-sized line over text, under an abstract: ``ECHO_BELOW``; or over one
        # line of its card's chrome, then text: ``Token.past``)
        below = tok.under if tok.nxt == "text" else tok.past
        echo_line = (
            title > NEG and tok.lines <= 2 and n <= ECHO_LINE_MAX and bool(below)
        ) and terminal(tok.text)
        echo: set[str] | None = None
        # (a title-sized line over text, as its card's abstract: ``UNSHARED_TITLE``)
        opens = (
            title > NEG
            and abstract > NEG
            and tok.nxt == "text"
            and len(tok.text) + 1 + len(tok.under) >= UNSHARED_TITLE[-1][0]
        )
        # right under text, on a page that sets its blocks apart, where the two would
        # share a block: no next card's title without chrome of either between, but the
        # title's rest (pandoc's ``… Methodological Flaws?`` + ``Evidence from Gesture …``,
        # its second line of three). Not on every page that opens its cards with one chrome
        # kind: that cost 3 cards of held-out default 24 (docs/pages.md).
        unopened = tok.prv == "text" and tok.adjacent
        for s in live:
            sc = old_scores[s]
            status = s >> 1
            head: Node = old_heads[s]  # type: ignore[assignment]
            # the next item of the list the card's title opened ("20." under "19.", "•"
            # under "•"): the next card's title, not this card's text
            sibling = unlisted = 0.0
            if item and status:
                above = title_item(head, self.title_item)
                if above is None:
                    pass
                elif next_in_list(above, item):
                    sibling = LIST_SIBLING
                elif not above:
                    unlisted = ITEM_ABSTRACT
            shared: bool | None = None  # (``TITLE_SHARED`` on this path, once asked)
            in_item = (
                hung
                and status == TITLED
                and head.role == TITLE
                and head.tok.item
                and head.tok.line + head.tok.lines == tok.line
                and text_col(head.tok.item) == hung
            )
            if title > NEG:  # a new card (the card before ends, with or without abstract)
                total = sc + title - (self.no_abstract if status == TITLED else 0.0)
                if status == TITLED and unopened:
                    total -= OPENER_TITLE  # (two cards, no chrome of either between)
                if in_item:
                    total -= ITEM_REST
                elif set_in and status == TITLED and head.role in (TITLE, CONT):
                    total -= set_in_title(head.tok, head.role == CONT, tok)
                if status == ABSTRACTED and head.title_len < SHORT_ABSTRACT:
                    total -= SHORT_ABSTRACT_COST  # (the card before ends its abstract short)
                if head.role == ABSTRACT:  # (the abstract ends with its first piece)
                    total += head.tok.alone
                if (
                    status >= ABSTRACTED
                    and head.role not in (CHROME, ABSTRACT)
                    and head.tok.kind != "A"
                    and head.tok.text[-1] == "?"
                ):
                    total -= QUESTION_END_COST  # (the card before ends its abstract so)
                if shared is None:
                    shared = (
                        bool(opening)
                        and status == TITLED
                        and echoes.shares_words(card_title(head, self.title_tok), opening)
                    )
                if shared:
                    total -= TITLE_SHARED
                if status >= ABSTRACTED and open_end_above(head):
                    total -= OPEN_END_COST  # (... or on a title-sized line ending open)
                if late_only and status >= ABSTRACTED and head.role == CHROME:
                    total -= two_links_after(head, late_only)  # (a name between them)
                if total > new_scores[3]:
                    new_scores[3] = total
                    new_heads[3] = Node(head, TITLE, tok, n)
            if status == TITLED:
                if abstract > NEG:  # the card's abstract (in a block of its own)
                    total = sc + abstract + (PAIR - SAME_BLOCK if tok.adjacent else PAIR) - sibling
                    total -= unlisted
                    if head.role == CHROME:
                        late, two_ids = self._above_abstract(head, late_only)
                        if late:  # chrome above it that the page puts after abstracts only
                            total -= late
                        if tok.nxt_sentence and title > NEG and open_line(tok.text):
                            total -= SENTENCE_UNDER  # (a title: the sentence opens below)
                        if two_ids:
                            total -= TWO_IDS
                    if opens:
                        # (its card's title echoes nowhere in it: the next card's title)
                        total -= unshared_title(
                            card_title(head, self.title_tok), tok.text + " " + tok.under
                        )
                    t = 5 if n <= YOUNG else 7
                    if total > new_scores[t]:
                        new_scores[t] = total
                        new_heads[t] = Node(head, ABSTRACT, tok, n)
                if s & 1 and tcont > NEG and head.title_len + n <= TITLE_MAX + 1:
                    total = sc + tcont - sibling  # the title's wrapped rest
                    if in_item and not tok.org:
                        total += ITEM_REST  # (a name there may be the card's organisation)
                    chars = head.title_len + n
                    if chars > LONG_TITLE:  # (arXiv titles are rarely this long)
                        total -= long_title(chars) - long_title(head.title_len)
                    if tok.nxt == "text":
                        if head.role == TITLE:
                            total -= unshared_first(head.tok, tok) or unshared_two(head.tok, tok)
                        elif head.role == CONT:
                            total -= unshared_rest(head, tok)  # (a rest of two lines)
                    elif head.role == TITLE and (tok.nxt == "date" or tok.nxt == "dotdate"):
                        total -= unshared_past(head.tok, tok)  # (past the card's date)
                    if total > new_scores[3]:
                        new_scores[3] = total
                        new_heads[3] = Node(head, CONT, tok, head.title_len + n)
            elif status >= ABSTRACTED and s & 1 and cont > NEG:
                total = sc + cont - sibling  # the abstract's wrapped rest or next paragraph
                if head.role == ABSTRACT:
                    total -= capital_under(tok, head.tok)  # (its first line was a title)
                ended = (
                    echo_line and head.role in (ABSTRACT, CONT) and terminal(head.tok.text)
                )
                if ended and head.title_len >= ECHO_ABOVE:
                    # (a title's words echo under it, not in the abstract it would end)
                    if echo is None:
                        echo = echoes.echo_words(tok.text, below)
                    total -= self._echo_below(head, tok.text, echo, below)
                elif (
                    ended
                    and head.title_len <= SUMMARY_MAX + 1
                    and head.tok.lines > 1
                    and tok.nxt == "text"
                    and whole_line(tok)
                ):
                    # (... a whole line's, under a summary wrapped at the page's width,
                    # not a page that sets a sentence a line: ``ECHO_SHORT``)
                    short = echoes.echo_words(tok.text, tok.under[:ECHO_UNDER])
                    if short and not self._abstract_holds(head, short):
                        total -= ECHO_SHORT
                elif head.role == CONT and tok.nxt == "text" and tok.under:
                    # (a title of two lines under an abstract's sentence end: ``ECHO_BELOW``)
                    total -= self._echo_below_two(head, tok)
                chars = head.title_len + n
                if chars > LONG_ABSTRACT >= head.title_len:
                    total -= LONG_ABSTRACT_COST  # (two abstracts glued, likelier)
                t = 5 if chars <= YOUNG else 7
                if total > new_scores[t]:
                    new_scores[t] = total
                    new_heads[t] = Node(head, CONT, tok, chars)
            if side > NEG and (side_role != SEARCH or status == NONE):
                if side == ABSTRACT_REJECT and (
                    title > NEG
                    or (status == TITLED and abstract > NEG)
                    or (status >= ABSTRACTED and s & 1 and cont > NEG)
                ):
                    continue  # an abstract is rejected only on a path where nothing fits it
                total = sc + side  # not the card's text: organisation, search echo, reject
                if side_role == ORG and opening and status == TITLED and head.role == CHROME:
                    # the card's organisation, over its abstract (under the card's chrome:
                    # right under the title it may be the title's rest, "… for
                    # Text-to-Image" + "Generation" + "· Jan 14, 2020" + "We propose …")
                    if shared is None:
                        shared = echoes.shares_words(card_title(head, self.title_tok), opening)
                    if shared:
                        total += TITLE_SHARED
                elif dot_rest and status == TITLED and head.role in (TITLE, CONT):
                    total -= DOT_REST  # (the "·" may be the title's: the line its rest)
                if side_role == ORG and status and self._named_above(head):
                    total -= TWO_ORGS  # (a card names one organisation)
                if (
                    side_role == ORG
                    and status == TITLED
                    and tok.mo_name_under
                    and self._one_org_page()
                ):
                    total -= TWO_ORGS  # (... the one under this one's date: this is a title)
                if org_mid and status >= ABSTRACTED:
                    total -= org_mid  # (an organisation's line after an abstract)
                    if self._card_named(head):
                        total -= TWO_ORGS  # (... of a card that named one: the next card's)
                elif late_only and side_role == ORG and status == TITLED:
                    if head.role == CHROME:
                        # (a closed card's chrome; twice over text under the name's chrome)
                        closed = closed_above(head, late_only)
                        total -= (2.0 * closed) if tok.nxt2 == "text" else closed
                    elif tok.nxt == "text":
                        # (right under the title, over text, on a page that names
                        # organisations after abstracts only: a card without an abstract
                        # shows its name there too, but over the name's chrome)
                        total -= late_only.get("org", 0.0)
                t = status << 1
                if total > new_scores[t]:
                    new_scores[t] = total
                    new_heads[t] = Node(head, side_role, tok, head.title_len)
        if side_role == ORG and tcont > NEG and tok.org:
            # a name that could be the title's rest: both readings meet at the token
            # under it, and the better one goes on alone. Where the rest won by less than
            # the page's later cards may show against it (the name shown as an
            # organisation's: ``scores.KNOWN_ORG`` and ``KNOWN_REST``), what it won by is
            # kept for the reader, who weighs the two again then (``revise``)
            rest, name = new_heads[3], new_heads[2]
            if (
                rest is not None
                and name is not None
                and rest.tok is tok
                and name.tok is tok
                and rest.role == CONT
                and -REVISABLE < new_scores[3] - new_scores[2] < REVISABLE
            ):
                side_now = side - DOT_REST if dot_rest else side
                tok.doubt = (new_scores[3] - new_scores[2], tcont, side_now)

    def rest_and_name(self, tok: Token) -> tuple[float, float]:
        """What ``tok``, a name once read as its title's rest (``Token.doubt``), scores as
        that rest and as an organisation's name by the habits the page has shown by now
        (as ``_text_step`` weighs them: the page's title habit, ``DOT_REST``)."""
        habits = self.habits
        _title, _abstract, _cont, tcont, side, _role = scores.text_scores(tok, habits)
        habit = self.title_habit
        if habit < 0 and tcont > NEG:
            tcont -= TITLE_HABIT if habit == -1 else SURE_TITLE_HABIT
        if tcont > NEG and not self.titles_one and is_dot_rest(tok, habits):
            side -= DOT_REST
        return tcont, side

    def _end(self, s: int) -> float:
        """What ending the card of state ``s`` costs (no abstract, or a short one)."""
        status = s >> 1
        if status == ABSTRACTED and self.heads[s].title_len < SHORT_ABSTRACT:  # type: ignore[union-attr]
            return -SHORT_ABSTRACT_COST
        return scores.final(status, self.no_abstract)
