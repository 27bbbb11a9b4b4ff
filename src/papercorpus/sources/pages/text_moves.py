"""The decoder's moves for a text token: what each reading of a piece of text (a new
card's title, its abstract, the title's or abstract's wrapped rest, an organisation, a
reject) adds to each live path's score; mixed into ``Decoder``.

``_text_step`` is the parser's hot loop: the moves are spelled out in one function (as
``scores.move`` states them) and the rarer, costlier tests (the continuation evidence,
an organisation's charges) are functions and methods it calls only where a live path can
use them (``lazy_weights.weigh_lazy``: the continuation evidence).
"""

from __future__ import annotations

from typing import Final

from ..shape import SUMMARY_MAX, TITLE_MAX, terminal
from . import echoes, scores
from ._trait import trait
from .card_marks import RANK_FIRST, rank_no
from .cased_open import cased_open, open_title_end
from .casefold import FOLDED_NAME, folded_name
from .charges import (
    ACRONYM_BELOW,
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
    ONE_WIDTH,
    QUESTION_END_COST,
    SENTENCE_UNDER,
    SHORT_ABSTRACT,
    SHORT_ABSTRACT_COST,
    TITLE_SHARED,
    TWO_IDS,
    UNSHARED_TITLE,
)
from .echo_opening import echo_opening
from .evidence import WRAPPED_ABOVE, set_wide
from .lazy_weights import weigh_lazy
from .lineforms import first_len
from .long_unshared import long_unshared
from .name_echo import NAME_UNDER_ECHO, echo_past_name
from .named_rest import named_rest, rest_name
from .named_titles import named_abstract, named_opening
from .nodes import Node
from .open_titles import open_end_charge
from .org_moves import OrgMoves
from .own_name import named_whole
from .page_habits import PageHabits
from .path_reads import (
    card_title,
    title_item,
    title_rank,
    two_links_after,
    unshared_rest,
)
from .scores import (
    ABSTRACT,
    ABSTRACT_REJECT,
    CHROME,
    CONT,
    NEG,
    OPENER_TITLE,
    ORG,
    PAIR,
    SAME_BLOCK,
    SEARCH,
    SURE_TITLE_HABIT,
    TITLE,
    TITLE_HABIT,
)
from .set_in import set_in_abstract
from .states import ABSTRACTED, NONE, TITLED, YOUNG
from .title_links import links_other, title_link
from .title_under import own_title, title_under
from .token_charges import (
    acronym_below,
    capital_under,
    is_dot_rest,
    long_title,
    open_line,
    set_in_habit,
    set_in_title,
    text_col,
    unshared_first,
    unshared_past,
    unshared_title,
    unshared_two,
    unshared_under_name,
    unshared_under_rest,
    whole_line,
)
from .tokens import Token
from .units import next_in_list
from .wide_lines import WIDE_ABSTRACT, wide_paragraph, wraps_abstracts

# Titles a page must have shown right under an abstract that ended its sentence, without their
# blank line (decided so: ``PageHabits.tight_titles``), for ``OPENER_TITLE`` to leave a title right
# under a title alone. One: a page that sets its blocks apart with blank lines shows none so unless
# it runs some cards on without their blank line (``n_tight``: ``SurfaceLogicKV: …`` + ``· Sep 20,
# 2021``, a card without an abstract, then ``Do All Autoregressive Transformers …`` and ``A
# Question Bank …`` with no blank between, read as the first card's abstract and the next title;
# the page had shown one title right under an abstract). Counted under any text, a Librarian Bot
# list's line read as a title (``FirstResearch: …`` under ``… Agentic RL (2026)``, new 17 n_wrap
# p001382) turned the charge off, and a wrapped title ``… VCSEL-Based.`` + ``Light-Emitting …``
# split in two.
TIGHT_TITLES: Final = 1

__all__ = ["TextMoves"]


@trait
class TextMoves(OrgMoves):
    """The moves of a text token (``_text_step``), over the live paths' rows."""

    habits: PageHabits
    title_habit: int
    titles_one: bool
    one_width: int
    no_abstract: float
    gap_title: float
    late_only: dict[str, float]
    glued_line: int

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
        # (a paragraph on one line wider than the page's firm width: ``WRAPPED_ABOVE``)
        wide = lazy is not None and tok.lines == 1 and set_wide(tok.text, lazy[4])
        if not wide and tok.gap and lazy is not None and tok.lines == 1:
            # ... or a paragraph of one line after a blank, wider than the width the page
            # wraps at, by any margin (a paragraph of the abstract above is wrapped as its
            # first was: ``wide_lines.wide_paragraph``)
            wide = wide_paragraph(tok.text, lazy[4])
        if lazy is not None:
            weigh_lazy(tok, lazy, old_scores, old_heads, n, self.title_habit, self.titles_one)
        title, abstract, cont, tcont, side, side_role = scores.text_scores(tok, self.habits)
        if tok.gap and self.gap_title:
            # (after a blank line on a page whose blank lines open cards: ``gap_habit``)
            gap = self.gap_title
            abstract -= gap
            cont -= gap
            tcont -= gap
            if side_role == ORG:
                side -= gap
        habit = self.title_habit
        if habit < 0 and tcont > NEG:
            tcont -= TITLE_HABIT if habit == -1 else SURE_TITLE_HABIT
        late_only = self.late_only
        item = tok.item
        # (a rank opening the line, ``#12 …``, ``[12] …``: the list's next title where the
        # card's title opens with the rank before it, as a list's next number: ``_count_item``)
        text = tok.text
        rank = rank_no(text) if not item and text[:1] in RANK_FIRST else 0
        # (a line in a list item's hanging indent, right under its first line: ``ITEM_REST``)
        hung = tok.col if tok.col > 0 and not (item or tok.gap) and tok.prv == "text" else 0
        # (a line set in arXiv's way under a title's line: ``SET_IN_TITLE``)
        set_in = hung > 1
        # (a name over chrome then text: ``TITLE_SHARED``)
        opening = ""
        if tok.org and title > NEG:
            under = tok.nxt_text if tok.nxt == "text" else tok.nxt2_text
            # (the name itself named in that text, under chrome: its title, ``own_name``;
            # right under text it may be a wrapped title's rest, which its abstract names
            # as often)
            named = tok.prv != "text" and named_whole(tok.text, under)
            opening = "" if named else under[: scores.OPENING]
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
        # (its length first: most tokens are not read so, and the text is built only then)
        more = tok.dd_under_more  # (the line under it cut from the rest of its text)
        opening_len = len(tok.text) + 1 + len(tok.under) + (len(more) + 1 if more else 0)
        opens = (
            title > NEG
            and abstract > NEG
            and tok.nxt == "text"
            and opening_len >= UNSHARED_TITLE[-1][0]
        )
        opening_text = ""
        if opens:
            opening_text = tok.text + " " + tok.under + (" " + more if more else "")
        # right under text, on a page that sets its blocks apart, where the two would
        # share a block: no next card's title without chrome of either between, but the
        # title's rest (pandoc's ``… Methodological Flaws?`` + ``Evidence from Gesture …``,
        # its second line of three). Not on every page that opens its cards with one chrome
        # kind: that cost 3 cards of held-out default 24 (docs/pages-passes.md).
        unopened = tok.prv == "text" and tok.adjacent and self.habits.tight_titles < TIGHT_TITLES
        # (a title-sized line writing in lower case a name the text under it writes in
        # capitals, read as that text's paragraph: ``casefold.FOLDED_NAME``; asked once)
        folded: bool | None = (
            None if title > NEG and tok.lines == 1 and tok.nxt == "text" and tok.under else False
        )
        # (one line wider than the width the page wraps its abstracts at: ``WIDE_ABSTRACT``)
        # (or past a width the page surely wraps its text at, by any margin, where its
        # last abstract was wrapped within it: ``sure_past``)
        sure = tok.sure_width
        wide_one = (
            (wide or sure > 0)
            and title > NEG
            and self.title_habit < 0
            and (
                sure > 0
                and wraps_abstracts(self.last_abstract, sure)
                or wide
                and wraps_abstracts(self.abstract_toks, lazy[4])  # type: ignore[index]
            )
        )
        defined: str | None = None  # (``ACRONYM_BELOW``'s name, once asked)
        # (a coined name then ": " opening the line: ``named_titles``)
        coined = named_opening(tok.text) if abstract > NEG else ""
        # (a coined name opening the line that the text under it names: ``named_rest``)
        rest_named = rest_name(tok.text, below) if tcont > NEG else ""
        # (a line ending in a paper's own link: ``title_links``)
        linked = title_link(tok.text) if abstract > NEG else None
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
            elif rank > 1 and status and title_rank(head, self.title_tok) == rank - 1:
                sibling = LIST_SIBLING
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
                if status >= ABSTRACTED and head.role != CHROME and tok.nxt == "text" and tok.under:
                    # (inside the card's abstract, right under its text, the text under it
                    # echoing the card's title: ``TITLE_UNDER``. Not under a card's closing
                    # chrome, where a title opens the next card, whose abstract may share the
                    # card above's subject: reader 30 p001890's ``… in Civil Engineering``.
                    # Nor right under the chrome of a card holding its title only: there it
                    # lost a held-out card, a structured abstract's ``Objectives:`` line
                    # kept as a title and the card's title read as the card above's abstract)
                    total -= title_under(own_title(head, self.title_tok), tok.text, tok.under)
                if in_item:
                    total -= ITEM_REST
                elif set_in and status == TITLED and head.role in (TITLE, CONT):
                    total -= set_in_title(head.tok, head.role == CONT, tok)
                elif set_in and status == ABSTRACTED and head.role == ABSTRACT:
                    total -= set_in_abstract(head.tok, tok)  # (its line a title: ``set_in``)
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
                        and echoes.shares_uncommon(card_title(head, self.title_tok), opening)
                    )
                if shared:
                    total -= TITLE_SHARED
                if status == ABSTRACTED and head.role == ABSTRACT and echo_past_name(tok, head.tok):
                    total -= NAME_UNDER_ECHO  # (a name: the text under it echoes the line above)
                if status >= ABSTRACTED:  # (... or on a title-sized line ending open)
                    total -= open_end_charge(head)  # (or of such lines only: ``open_titles``)
                if late_only and status >= ABSTRACTED and head.role == CHROME:
                    total -= two_links_after(head, late_only)  # (a name between them)
                if total > new_scores[3]:
                    new_scores[3] = total
                    new_heads[3] = Node(head, TITLE, tok, n)
            if status == TITLED:
                if abstract > NEG:  # the card's abstract (in a block of its own)
                    total = sc + abstract + (PAIR - SAME_BLOCK if tok.adjacent else PAIR) - sibling
                    total -= unlisted + cased_open(tok) + open_title_end(head.tok)  # (cased_open)
                    if coined:
                        total -= named_abstract(coined, card_title(head, self.title_tok))
                    if linked is not None and links_other(
                        card_title(head, self.title_tok), linked[1]
                    ):
                        total -= TWO_IDS  # (a card links one paper: the next card's title)
                    if head.role == CHROME:
                        late, two_ids = self._above_abstract(head, late_only)
                        if late:  # chrome above it that the page puts after abstracts only
                            total -= late
                        if tok.nxt_sentence and title > NEG and open_line(tok.text):
                            total -= SENTENCE_UNDER  # (a title: the sentence opens below)
                            total -= echo_opening(tok)  # (... repeating its words)
                        if two_ids:
                            total -= TWO_IDS
                    if folded is None:
                        folded = folded_name(tok.text, tok.under)
                    if folded:
                        total -= FOLDED_NAME  # (a title in lower case over its abstract)
                    if wide_one:
                        total -= WIDE_ABSTRACT  # (a title the page left whole: ``wide_lines``)
                    if opens:
                        # (its card's title echoes nowhere in it: the next card's title)
                        total -= unshared_title(card_title(head, self.title_tok), opening_text)
                    elif head.role == ORG:
                        # (under a name read as its card's organisation, where the card's
                        # title echoes nowhere in it: the name is the next card's title)
                        total -= unshared_under_name(
                            card_title(head, self.title_tok), head.tok.text, tok
                        )
                    if title > NEG:
                        if defined is None:
                            defined = acronym_below(tok)
                        if defined and defined not in card_title(head, self.title_tok).lower():
                            # (the text under defines its name, not its card's title's:
                            # its title)
                            total -= ACRONYM_BELOW
                    t = 5 if n <= YOUNG else 7
                    if total > new_scores[t]:
                        new_scores[t] = total
                        new_heads[t] = Node(head, ABSTRACT, tok, n)
                if s & 1 and tcont > NEG and head.title_len + n <= TITLE_MAX + 1:
                    total = sc + tcont - sibling  # the title's wrapped rest
                    one = self.one_width
                    if (
                        one
                        and tok.col == 0  # (set in arXiv's way: the author's break, no wrap's)
                        and head.tok.lines == 1
                        and head.role != CHROME
                        and len(head.tok.text) + 1 + first_len(tok.text) <= one
                    ):
                        total -= ONE_WIDTH  # (its first word fitted within: ``ONE_WIDTH``)
                    if in_item and not tok.org:
                        total += ITEM_REST  # (a name there may be the card's organisation)
                    chars = head.title_len + n
                    if chars > LONG_TITLE:  # (arXiv titles are rarely this long)
                        total -= long_title(chars) - long_title(head.title_len)
                    if rest_named:  # (the next card's title, its abstract naming it)
                        total -= named_rest(rest_named, card_title(head, self.title_tok))
                    if tok.nxt == "text":
                        if head.role == TITLE:
                            unshared = unshared_first(head.tok, tok)
                            # (the echo and the two lines' length: ``long_unshared``)
                            unshared += long_unshared(unshared, chars, tok.under, head.tok.text)
                            total -= unshared or unshared_two(head.tok, tok)
                        elif head.role == CONT:
                            total -= unshared_rest(head, tok) or unshared_under_rest(
                                card_title(head, self.title_tok), tok
                            )  # (a rest of two lines; the next title under a title's rest)
                    elif head.role == TITLE and (tok.nxt == "date" or tok.nxt == "dotdate"):
                        unshared = unshared_past(head.tok, tok)  # (past the card's date)
                        total -= unshared + long_unshared(unshared, chars, tok.past, head.tok.text)
                    if total > new_scores[3]:
                        new_scores[3] = total
                        new_heads[3] = Node(head, CONT, tok, head.title_len + n)
            elif status >= ABSTRACTED and s & 1 and cont > NEG:
                total = sc + cont - sibling  # the abstract's wrapped rest or next paragraph
                if head.role == ABSTRACT:
                    total -= capital_under(tok, head.tok)  # (its first line was a title)
                if set_in and head.role != CHROME:
                    # (set in under the line above, as arXiv sets a title's rest; an
                    # abstract's lines are flush: ``SET_IN_TITLE``)
                    charge = set_in_title(head.tok, False, tok)
                    if charge:  # (... more where the page sets in its titles' rests only)
                        charge += set_in_habit(self.habits.set_in_lines)
                    total -= charge
                if wide and self._mo_wrapped_above(head, lazy[4]):  # type: ignore[index]
                    total -= WRAPPED_ABOVE  # (another abstract: it is set otherwise)
                ended = echo_line and head.role in (ABSTRACT, CONT) and terminal(head.tok.text)
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
                if folded is not False and head.role in (ABSTRACT, CONT):
                    if folded is None:
                        folded = folded_name(tok.text, tok.under)
                    if folded and terminal(head.tok.text):
                        total -= FOLDED_NAME  # (... under an abstract's sentence end)
                chars = head.title_len + n
                if chars > LONG_ABSTRACT >= head.title_len:
                    total -= LONG_ABSTRACT_COST  # (two abstracts glued, likelier)
                t = 5 if chars <= YOUNG else 7
                if total > new_scores[t]:
                    new_scores[t] = total
                    new_heads[t] = Node(head, CONT, tok, chars)
            if side > NEG and (
                side_role != SEARCH or (status == NONE and tok.line != self.glued_line)
            ):  # (the line "Subscribe" was glued to is the first title: ``glued_line``)
                if side == ABSTRACT_REJECT and (
                    title > NEG
                    or (status == TITLED and abstract > NEG)
                    or (status >= ABSTRACTED and s & 1 and cont > NEG)
                ):
                    continue  # an abstract is rejected only on a path where nothing fits it
                total = sc + side  # not the card's text: organisation, search echo, reject
                if side_role == ORG:
                    total = self._org_total(total, tok, head, status, opening, shared, dot_rest)
                t = status << 1
                if total > new_scores[t]:
                    new_scores[t] = total
                    new_heads[t] = Node(head, side_role, tok, head.title_len)
        if side_role == ORG and tcont > NEG and tok.org:
            side_now = side - DOT_REST if dot_rest else side
            self._keep_doubt(tok, new_scores, new_heads, tcont, side_now)
