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
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..chrome_values import arxiv_ids, parse_card_date
from ..shape import TITLE_MAX, sentence_breaks, terminal, title_cased
from . import evidence, scores
from .scores import (
    ABSTRACT,
    ABSTRACT_REJECT,
    CHROME,
    CONT,
    NEG,
    NO_ABSTRACT,
    ORG,
    PAIR,
    REJECT,
    SAME_BLOCK,
    SEARCH,
    SURE_TITLE_HABIT,
    TITLE,
    TITLE_HABIT,
)
from .template import CardTemplate, differ
from .tokens import PageHabits, Token
from .units import CAMEL, next_in_list

__all__ = ["MAX_OPEN", "Decoder", "Token"]

# Undecided tokens kept at most; past this the best path so far decides the oldest half.
MAX_OPEN = 128
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
# What an abstract pays under two paper ids between its title and itself (two cards'
# links: ``Decoder._above_abstract``), or two card dates that differ (a card shows one
# date: two are the chrome of a card without an abstract and of the next card, its
# chrome over its title).
TWO_IDS = 6.0
# The same charge falls on the next title where the chrome after a card's abstract links
# two papers with a name read between the links (``_two_links_after``): a card links one
# paper, so the name opened a card without an abstract, whose link is the second
# (``Don't Gamble, GAMBLe: …`` + its abstract + its link, then ``Equal-Pay Contracts`` +
# ``· Published on Jul 3, 2024`` + its link, then ``ASR-FAIRBENCH. …``: read as the first
# card's organisation, the name won by 4). Only for two links of one kind (a card shows
# one of each: a ``listing`` card's authors link, then the next card's upvote link over
# its title, link two papers with the card's name between), the nearer of a kind the page
# puts after abstracts only (``CardTemplate.late_only``): on a page that puts a card's
# link over its title, the second link may be the next card's own, under its name.
# The cards with two dates between their title and abstract that make a page's two dates
# one card's (``CardTemplate.two_dates``).
TWO_DATES = 1
# What the card's text pays for opening with the next item of the list its title opened
# ("20." under "19.", "•" under "•"): list siblings are cards (more than two cards without
# an abstract in a row cost: a linked title's abstract reading is otherwise cheap).
LIST_SIBLING = 8.0
# What the card's abstract pays for opening a list item under a title that opens none:
# the list's first card is the item, under a line of the page's head read as a title
# (``Long-context ASR`` + ``- Daily`` … + ``1) [DreamDance: …](url)``, a card without an
# abstract); an abstract rarely opens with a list mark.
ITEM_ABSTRACT = 4.0
# A title-sized line right under a title that opened a list item, set at that item's text
# column (its hanging indent: w3m's ``  • Politics of Questions … Interrogative`` +
# ``    Stances as Markers of Voice and Power``): inside the item the title opened, it is
# no next card's title (one item holds one card), rather the title's rest, before the
# page has shown that it lists its cards as items (``scores.ITEM_TITLE``) or its width.
ITEM_REST = 4.0
# An abstract's first line under the card's chrome, one line ending no sentence and not
# Title Cased, over a line in its paragraph that opens a sentence (a capitalised word of
# the language, then a lower-case one: ``Magnetic resonance imaging …``, ``Generative
# artificial intelligence …``): rather a title, under a card without an abstract and its
# chrome (``ForeSci: …`` + ``Oct 28`` + ``Towards contrast- and pathology-agnostic …
# using SynthSeg`` + ``Magnetic resonance imaging (MRI) has …``). Of the first 40,000
# real arXiv abstracts wrapped at 80 and 100 columns whose first line ends no sentence and
# is not Title Cased, 0.44% and 0.40% go on so on their second line (``Transformer
# architecture …``, ``English text …``; 94.5% go on in lower case); 71% of all abstracts
# open so: a log-odds of 5.1, charged at the habits' most (4). Not weighed right under a
# title (no chrome between), nor for a Title Cased line: other evidence weighs those
# there (a title's wrapped rest, two Title Cased lines).
SENTENCE_UNDER = 4.0
# A capitalised word of the language, then a lower-case one: a sentence's opening.
SENTENCE_OPEN = re.compile(r"[A-Z][a-z]+ [a-z]")
# A title longer than this (characters and separators) is rare (``scores._title``).
LONG_TITLE = 151
# ... and rarer the longer it runs: a title's wrapped rest that takes it past
# ``LONG_TITLE`` pays ``LONG_TITLE_COST``, and ``LONG_TITLE_SLOPE`` per character past
# it. Of the page generator's 75,874 real titles, the share of each length falls about
# e-fold every 17 characters past 150 (per character: 0.036% at 150, 0.008% at 170,
# 0.002% at 200): a title of 99 columns at a width of 100, then a whole title of 86, is
# as likely two cards (the first without an abstract) as one title of 186.
LONG_TITLE_COST = 1.5
LONG_TITLE_SLOPE = 0.06
# An abstract longer than this is rare: arXiv caps abstracts at 1,920 characters (of the
# page generator's 186k real abstracts, 1 in 2,000 is longer), and two abstracts glued
# are mostly longer. A reading whose abstract grows past it pays, once.
LONG_ABSTRACT = 2000
LONG_ABSTRACT_COST = 5.0
# An abstract shorter than this (characters and separators) is rare: 7 of the generator's
# 186k real abstracts; a one-line summary is longer. The card that ends with one pays.
SHORT_ABSTRACT = 66
SHORT_ABSTRACT_COST = 3.0
# An abstract ending in a question is rare: 19 of the page generator's 93,867 distinct
# real abstracts (a title ends in one 60 times as often: 2,588 of 201,900 cards). A
# reading whose abstract ends with a title-sized piece ending in "?" right before the
# next title pays: the question was a title ("If pigs could fly... can llms logically
# reason through counterfactuals?", a card without an abstract, under an abstract's
# full last line). Not an abstract-sized piece: one of the 19 ends so ("… the current
# query does not reveal?"), and the reading that glued the next title to it paid. Nor
# an abstract's first piece: a one-line abstract ending in a question is that card's
# abstract, and reading it as a title leaves the card above without one.
QUESTION_END_COST = 5.0
# What a title's wrapped rest pays over text that shares two longer words with it where
# the title's first line, of five longer words or more, shares none or one
# (``evidence.first_line_echo``: the first line is then a card's title without an
# abstract, the second the next card's whole title over its abstract), by the text's
# length, the surer the longer. Log-odds measured on arXiv listings' titles wrapped at
# 60 / 80 / 100 columns after a line filling the width, against a width-filling title
# over a whole title: sharing none, 5.8 / 6.6 / 7.6 over whole abstracts (the last over
# first lines of any length), 1.8 / 2.5 / 3.4 over their first 250 characters; one,
# about 2 less (a line of four longer words or fewer: 0.7 to 4.3, not charged; nor over
# shorter text: the first version split two wrapped titles over text of 163 and 32
# characters there). The first line's own words only (not those its rest holds too,
# "Large Language Models" on both), five or more of them: over abstracts of 1000
# characters or more, sharing none 5.8 / 6.7 / 8.9 (0.15% / 0.07% / 0.01% of wrapped
# titles, 47% / 57% / 51% of two titles), one 3.0 / 4.3 / 5.4.
UNSHARED_FIRST = ((1000, 7.0, 4.5), (600, 4.5, 2.5), (250, 2.5, 0.5))
# What a title-sized line (of two lines or fewer, ending a sentence) pays as the sentence
# of an abstract that ended one right above it, where five or more longer words of it
# echo in the text under it, two or more, and none in that abstract (of ``ECHO_ABOVE``
# characters or more above it): rather the next card's title, over its abstract
# (``Cameo: collection of multilingual emotional speech corpora.`` under an abstract on
# anime sketches, over ``This paper presents CAMEO -- a curated collection of``).
# Measured on the arXiv listings (abstracts' sentences of 130 characters or fewer, 450 or
# more into their abstract, against a title under another paper's abstract, the text
# under either cut at 60 characters): 0.25% of sentences and 22% of titles so (log-odds
# 4.5; 300 into their abstract, 0.35%: at 300 the first version split four sentences of
# short abstracts on new seed 11, three of them lines going on past their sentence).
ECHO_BELOW = 4.0
ECHO_ABOVE = 450
ECHO_LINE_MAX = 130
# A name-like line after a card's title (no abstract yet), right over text or over a
# chrome line then text, that opens with two of that title's words
# (``evidence.shares_words``): the text is the titled card's abstract (54% of the page
# generator's real titles share two words with their abstract's first line, wrapped at
# 80 or 100 columns), so the name opens no card
# (``TraMP-LLaMA: … Facial Expression Quality Assessment`` + ``-   5 authors`` +
# ``ByteDance Seed`` + ``Published on …`` + ``Existing facial expression quality
# assessment …``, shown once on its page). As ``scores.ORG_SHARED`` the other way.
TITLE_SHARED = 3.0
# An abstract's first line that could be a whole title (``evidence.could_head``), Title
# Cased and ending no sentence, then a line opening in capitals or a digit right under it:
# rather a card without an abstract, then the next card's title and its abstract ("[RET]
# Prototype-Based … Segmentation" + "Shape Bias and Robustness … Segmentation" +
# "Previous works studied …"). Of the first 40,000 real arXiv abstracts wrapped at 80 and
# 100 columns, 0.9% and 0.3% open with such a line, 0.19% and 0.07% with such a line then
# a capital (log-odds about -1.6 on top of the Title Case an abstract's opening pays
# already), and the +1 a line under an open sentence is otherwise worth is void. None
# opens with such a line ending in a question, as 1.2% of the titles are.
FIRST_LINE_CAPITAL = 2.5
# ... and a first line in lower case, title-sized, then a line opening in capitals: 3 of
# the 74,728 real arXiv abstracts open in lower case, none of them wrapped at 60, 80 or
# 100 columns with a capital opening its second line, while titles come in lower case
# ("AesFormer: …" (a card without an abstract) + "decoding functional networks for
# visual categories via gnns" + "Understanding how large-scale brain networks …").
LOWER_FIRST_CAPITAL = 3.0
# An abstract ending without a sentence end is rare: 565 of the 74,728 real arXiv
# abstracts (0.8%) that do not end at a web address. A reading whose abstract ends with
# a title-sized line of its own that ends none, under a sentence end, right before the
# next title pays: the line was a title, its card one without an abstract ("… in
# real-world scenarios." + "E-sam: training-free segment every entity model" + "A
# Survey on SAR Ship Classification Using Deep Learning"). Also with the card's chrome
# between, where the line reads as a whole title (``_open_end_above``).
OPEN_END_COST = 3.0
# A one-word name-like line right under a title line that it would have overflowed (the
# line fills the page's width, no wider: ``Token.overflows``), over a "·" line with a
# date, on a page that has not yet shown whether it puts its "·" under titles or under
# organisations' names (``PageHabits.dot_habit`` 0): the "·" is as likely the title's as
# the name's, so it favours neither reading, and the organisation's reading gives back
# what the marks earned it (``scores.text_scores``: 5.5 there, 2.0 on a page that puts
# "·" under titles). "EditID: … for Text-to-Image" (65 of 72) + "Generation" + "· Jan 14,
# 2020" + "We propose EditID, …": the title's rest, not an organisation. One word: a
# wrap spills the words that did not fit, and a name of several shows what it is
# ("[RET] Statistical Hand Shape … Implicit Skinning" + " ETH Zurich" + "·", an
# organisation block under a title 102 wide on a page wrapped at 100).
DOT_REST = 3.5
# A name read as its title's rest, or a title's rest read as a name, by less than this may
# be revised by the page's later cards (``revise``): the most one of them can show is the
# name decided as an organisation's (``scores.KNOWN_ORG`` and ``KNOWN_REST``).
REVISABLE = scores.KNOWN_ORG + scores.KNOWN_REST
# What an abstract pays under an upvote count when an upvote count came right before its
# card's title too: a card shows one count, so the second opens the next card, and the
# text under it is that card's title, the card above one without an abstract
# (``HD-VGGT: …`` + its chrome + ``Upvote`` + ``41`` + ``Cognitive Models … Language
# Agents.`` + ``Google`` + its abstract, a page's first cards, before its template shows
# that the count comes after abstracts). As sure as the page's chrome habits at their surest.
ONE_COUNT = 4.0
# An organisation's line under a card's chrome that the page puts after abstracts only
# (``CardTemplate.late_only``: a paper link on a ``reader`` page) pays what that chrome
# makes an abstract under it pay, when the name is read: the card has closed, so the line
# opens the next card, a title (``F_1 …`` + its date + its link, no abstract, then
# ``Visuospatial Cognitive Assistant`` + ``· Dec 5`` + its abstract). Weighed at the
# abstract only (``_above_abstract``), the charge came too late: both readings reach the
# same state at the ``·`` line under the name, and Viterbi keeps the better before the
# abstract is read. Not where the page puts its organisation lines after abstracts too.
# The charge is the template's own log-odds (``_closed_above``), paid twice where text
# lies under the name's chrome: on the name's reading that text is the card's abstract,
# which pays it again, but only after the readings met (a young template's 1.8, once,
# left ``Triplet-Block Diffusion RWKV`` + ``· Published on Aug 5, 2019`` a name).
# An abstract is young up to this many characters (status ``ABSTRACTED``): a reading that
# glued a first abstract of about this length or more to the next is ``LONG`` at the line
# between them, and pays before the reading that ends the first there grows old.
YOUNG = 1000


class _Node:
    """One step of a path: a token and the role it plays there."""

    __slots__ = ("prev", "role", "tok", "title_len")

    def __init__(self, prev: _Node | None, role: int, tok: Token, title_len: int) -> None:
        self.prev = prev
        self.role = role
        self.tok = tok
        # characters of the current card's title so far; once the card has an abstract,
        # of its abstract so far (the state's status says which)
        self.title_len = title_len


def _state(status: int, open_: int) -> int:
    return status * 2 + open_


class Decoder:
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
        self.heads: list[_Node | None] = [None] * _STATES
        self.scores[_state(NONE, 0)] = 0.0
        self.root = _Node(None, CHROME, Token(0, ""), 0)
        self.heads[_state(NONE, 0)] = self.root
        # the states with a path (score above NEG), ascending: a step walks only these (the
        # prune leaves one to three); every other slot is NEG with no head
        self.live: list[int] = [_state(NONE, 0)]
        # the next step's rows, all NEG / None: the two pairs swap each step (no lists
        # allocated per token)
        self.spare_scores: list[float] = [NEG] * _STATES
        self.spare_heads: list[_Node | None] = [None] * _STATES
        # the list mark (``Token.item``) of the last title decided: the card's title when
        # a walk back from a live path reaches the decided root first (``_list_next``)
        self.title_item = ""
        self.title_tok: Token | None = None  # ... and that title's first token
        # the tokens of the abstract decided last, its first piece first (``_abstract_holds``)
        self.abstract_toks: list[Token] = []
        self.pending: Token | None = None  # the last token pushed
        self.older: Token | None = None  # the one before it (scored next)
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
            prev.nxt = tok.tag
            tok.prv = prev.tag
            if tok.tag == "profile" or (prev.org and tok.tag == "text"):
                prev.nxt_text = tok.text  # (a name's profile link, or text right under it)
            if prev.tag == "text" and tok.tag == "text":
                # (``_unshared_first``: under a title's possible rest, whatever its shape,
                # "… Old-Photo Face Restoration." too; the whole unit under it where the
                # intake offered cuts in it: an abstract whose first line could be a title)
                prev.under = tok.rest or tok.text
            if prev.kind == "T" and not (tok.chrome or tok.gap):
                first = tok.text[:1]
                if first.islower():
                    # (not "iVideoGPT: …", nor a title opening in lower case: "k-fold
                    # Subsampling based Sequential …" under a title; a sentence goes on in
                    # its paragraph, not after a blank line: lower-cased titles on a page
                    # that sets every card apart)
                    prev.nxt_lower = CAMEL.match(tok.text) is None and not title_cased(tok.text)
                elif first.isupper():
                    # a sentence going on across a line that filled the page's width,
                    # whose next word opens capitalised (``… Large Language Models
                    # (LLMs) into Speech`` + ``Language Models (Speech LMs) via …``): as
                    # a lower-case one would, the line above may be an abstract's first
                    # (the intake's cut too: ``… (3DGS) from low-framerate`` + ``RGB
                    # videos is challenging. …``)
                    lazy = tok.lazy
                    full = tok.under_full or (lazy is not None and evidence.goes_on(lazy))
                    if (
                        prev.lines == 1
                        and SENTENCE_OPEN.match(tok.text) is not None
                        and not (full and (tok.in_block or (lazy is not None and lazy[7])))
                    ):
                        # ... unless the next line opens a sentence (``SENTENCE_UNDER``); a
                        # wrap inside a name reads so too (``… considered the Nobel`` +
                        # ``Prize in Computing, …``), and where the page sets its blocks
                        # apart with blank lines, a title has a block of its own, so a
                        # line right under a full one in its block goes on its sentence
                        prev.nxt_sentence = True
                    elif full:
                        prev.nxt_lower = True
        if older is not None:
            older.nxt2 = tok.tag
            # (name, chrome, text; ``older`` set means ``prev`` is)
            if older.org and prev.chrome and not tok.chrome:  # type: ignore[union-attr]
                older.nxt2_text = tok.text
            self._step(older)

    def finish(self) -> None:
        """End of the page: decide everything still open."""
        for tok in (self.older, self.pending):
            if tok is not None:
                self._step(tok)
        self.older = self.pending = None
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
            for s in live:
                sc = old_scores[s]
                status = s >> 1
                if header:  # a new page: the card before ends here
                    sc += self._end(s)
                    status = NONE
                elif mid and status >= ABSTRACTED:
                    sc -= mid
                t = status << 1
                if sc > new_scores[t]:
                    head = old_heads[s]
                    new_scores[t] = sc
                    new_heads[t] = _Node(head, CHROME, tok, head.title_len)  # type: ignore[union-attr]
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
            new_heads[t] = _Node(head, REJECT, tok, head.title_len)
        floor = best - PRUNE
        # prune, and see on the way whether every live path ends in the same node (the
        # common case: ``_converge``'s first test, without a second pass)
        first: _Node | None = None
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
        old_heads: list[_Node | None],
        live: list[int],
        new_scores: list[float],
        new_heads: list[_Node | None],
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
                )
            elif old_scores[5] > NEG or old_scores[7] > NEG:
                tok.cont, tok.tcont = evidence.cont_evidence(*lazy, title_rest=False)
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
        # (a name over chrome then text: ``TITLE_SHARED``)
        opening = ""
        if tok.org and title > NEG:
            opening = (tok.nxt_text if tok.nxt == "text" else tok.nxt2_text)[: scores.OPENING]
        # (a name under a title line it would have overflowed, over a "·": ``DOT_REST``)
        dot_rest = (
            tok.overflows and side_role == ORG and tcont > NEG and _dot_rest(tok, self.habits)
        )
        # (a title-sized line over text, under an abstract: ``ECHO_BELOW``)
        echo_line = (
            title > NEG and tok.lines <= 2 and n <= ECHO_LINE_MAX and tok.nxt == "text"
        ) and bool(tok.under) and terminal(tok.text)
        echo: set[str] | None = None
        for s in live:
            sc = old_scores[s]
            status = s >> 1
            head: _Node = old_heads[s]  # type: ignore[assignment]
            # the next item of the list the card's title opened ("20." under "19.", "•"
            # under "•"): the next card's title, not this card's text
            sibling = unlisted = 0.0
            if item and status:
                above = _title_item(head, self.title_item)
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
                and _text_col(head.tok.item) == hung
            )
            if title > NEG:  # a new card (the card before ends, with or without abstract)
                total = sc + title - (self.no_abstract if status == TITLED else 0.0)
                if in_item:
                    total -= ITEM_REST
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
                        and evidence.shares_words(_card_title(head, self.title_tok), opening)
                    )
                if shared:
                    total -= TITLE_SHARED
                if status >= ABSTRACTED and _open_end_above(head):
                    total -= OPEN_END_COST  # (... or on a title-sized line ending open)
                if late_only and status >= ABSTRACTED and head.role == CHROME:
                    total -= _two_links_after(head, late_only)  # (a name between them)
                if total > new_scores[3]:
                    new_scores[3] = total
                    new_heads[3] = _Node(head, TITLE, tok, n)
            if status == TITLED:
                if abstract > NEG:  # the card's abstract (in a block of its own)
                    total = sc + abstract + (PAIR - SAME_BLOCK if tok.adjacent else PAIR) - sibling
                    total -= unlisted
                    if head.role == CHROME:
                        late, two_ids = self._above_abstract(head, late_only)
                        if late:  # chrome above it that the page puts after abstracts only
                            total -= late
                        if tok.nxt_sentence and title > NEG and _open_line(tok.text):
                            total -= SENTENCE_UNDER  # (a title: the sentence opens below)
                        if two_ids:
                            total -= TWO_IDS
                    t = 5 if n <= YOUNG else 7
                    if total > new_scores[t]:
                        new_scores[t] = total
                        new_heads[t] = _Node(head, ABSTRACT, tok, n)
                if s & 1 and tcont > NEG and head.title_len + n <= TITLE_MAX + 1:
                    total = sc + tcont - sibling  # the title's wrapped rest
                    if in_item and not tok.org:
                        total += ITEM_REST  # (a name there may be the card's organisation)
                    chars = head.title_len + n
                    if chars > LONG_TITLE:  # (arXiv titles are rarely this long)
                        total -= _long_title(chars) - _long_title(head.title_len)
                    if tok.nxt == "text" and head.role == TITLE:
                        total -= _unshared_first(head.tok, tok)
                    if total > new_scores[3]:
                        new_scores[3] = total
                        new_heads[3] = _Node(head, CONT, tok, head.title_len + n)
            elif status >= ABSTRACTED and s & 1 and cont > NEG:
                total = sc + cont - sibling  # the abstract's wrapped rest or next paragraph
                if head.role == ABSTRACT:
                    total -= _capital_under(tok, head.tok)  # (its first line was a title)
                if (
                    echo_line
                    and head.title_len >= ECHO_ABOVE
                    and head.role in (ABSTRACT, CONT)
                    and terminal(head.tok.text)
                ):
                    # (a title's words echo under it, not in the abstract it would end)
                    if echo is None:
                        echo = evidence.echo_words(tok.text, tok.under)
                    if echo and not self._abstract_holds(head, echo):
                        total -= ECHO_BELOW
                chars = head.title_len + n
                if chars > LONG_ABSTRACT >= head.title_len:
                    total -= LONG_ABSTRACT_COST  # (two abstracts glued, likelier)
                t = 5 if chars <= YOUNG else 7
                if total > new_scores[t]:
                    new_scores[t] = total
                    new_heads[t] = _Node(head, CONT, tok, chars)
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
                        shared = evidence.shares_words(_card_title(head, self.title_tok), opening)
                    if shared:
                        total += TITLE_SHARED
                elif dot_rest and status == TITLED and head.role in (TITLE, CONT):
                    total -= DOT_REST  # (the "·" may be the title's: the line its rest)
                if org_mid and status >= ABSTRACTED:
                    total -= org_mid  # (an organisation's line after an abstract)
                elif late_only and side_role == ORG and status == TITLED and head.role == CHROME:
                    # (a closed card's chrome; twice over text under the name's chrome)
                    closed = _closed_above(head, late_only)
                    total -= (2.0 * closed) if tok.nxt2 == "text" else closed
                t = status << 1
                if total > new_scores[t]:
                    new_scores[t] = total
                    new_heads[t] = _Node(head, side_role, tok, head.title_len)
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
        if tcont > NEG and _dot_rest(tok, habits):
            side -= DOT_REST
        return tcont, side

    def _above_abstract(self, head: _Node, late_only: dict[str, float]) -> tuple[float, bool]:
        """What the chrome between the card's title and ``head`` tells of an abstract after
        it, in one walk back to the title: the most of its kinds' ``late_only`` (kinds the
        page puts after abstracts only), and whether it links two papers (a card links
        one paper, as often as it likes: two ids under one title before its abstract are
        two cards' links, and the text after them is the second card's title). Where the
        title is decided already, the chrome and ids decided since are the template's
        (``CardTemplate.since``, ``.ids``)."""
        cost = 0.0
        first = date = ""
        two_ids = False
        count = False  # an upvote count between the title and the abstract
        dated_once = self.template.two_dates < TWO_DATES
        node: _Node | None = head
        while node is not None:
            role = node.role
            if role == TITLE:
                if count and node.tok.prv == "upvotes" and cost < ONE_COUNT:
                    cost = self._one_count()
                return cost, two_ids
            if role == CHROME:
                if node.tok.chrome == "upvotes":
                    count = True
                if late_only:
                    c = late_only.get(node.tok.chrome, 0.0)
                    if c > cost:
                        cost = c
                if node.tok.chrome == "date" and not two_ids and dated_once:
                    # (a card shows one date: two that differ are two cards' chrome, the
                    # first's under a title without an abstract, the second's over the
                    # next title: "3 authors · Sep 14, 2020" + "· 3 authors · Aug 8";
                    # not on a page whose cards have shown two, "Oct 26" + its
                    # organisation + "· May 24, 2025": ``CardTemplate.two_dates``)
                    dated = parse_card_date(node.tok.text)
                    if dated is not None:
                        day = dated[0]
                        if not date:
                            date = day
                        elif differ(date, day):
                            two_ids = True
                if not two_ids:
                    for paper_id in arxiv_ids(node.tok.text):
                        if not first:
                            first = paper_id
                        elif paper_id != first:
                            two_ids = True
                            break
            elif role == ORG and late_only:
                c = late_only.get("org", 0.0)
                if c > cost:
                    cost = c
            node = node.prev
        template = self.template
        title = self.title_tok
        if count and title is not None and title.prv == "upvotes" and cost < ONE_COUNT:
            cost = self._one_count()
        if template.state == 1:
            for tag in template.since if late_only else ():
                c = late_only.get(tag, 0.0)
                if c > cost:
                    cost = c
            for paper_id in () if two_ids else template.ids:
                if not first:
                    first = paper_id
                elif paper_id != first:
                    two_ids = True
                    break
        return cost, two_ids

    def _one_count(self) -> float:
        """``ONE_COUNT``, unless the page has shown its upvote counts between its titles and
        their abstracts (``CardTemplate.mid_only``): a count there belongs to its card."""
        return 0.0 if "upvotes" in self.mid_only else ONE_COUNT

    def _end(self, s: int) -> float:
        """What ending the card of state ``s`` costs (no abstract, or a short one)."""
        status = s >> 1
        if status == ABSTRACTED and self.heads[s].title_len < SHORT_ABSTRACT:  # type: ignore[union-attr]
            return -SHORT_ABSTRACT_COST
        return scores.final(status, self.no_abstract)

    def _best_head(self) -> _Node:
        best = max(range(_STATES), key=lambda s: self.scores[s])
        return self.heads[best] or self.root

    def _converge(self) -> None:
        """Hand over the tokens every live path agrees on."""
        # the common case first, without building a list: one live path (or all alike)
        first: _Node | None = None
        for h in self.heads:
            if h is not None and h is not first:
                if first is not None:
                    break
                first = h
        else:
            self._commit(first)  # type: ignore[arg-type]
            return
        live = [h for h in self.heads if h is not None]
        n = self.open_tokens
        if n < 8 or (n & 7 and n < MAX_OPEN):
            return  # look for the meeting point every 8 tokens only: the walk is linear
        nodes = live
        while True:
            if any(n is None or n is self.root for n in nodes):
                break
            base = nodes[0]
            if all(n is base for n in nodes):
                self._commit(base)
                return
            nodes = [n.prev for n in nodes]  # type: ignore[union-attr,misc]
        if self.open_tokens > MAX_OPEN:
            # no agreement in a long stretch: the best path decides its older half
            head = self._best_head()
            node = head
            for _ in range(MAX_OPEN // 2):
                node = node.prev  # type: ignore[assignment]
            for s in range(_STATES):
                if self.heads[s] is not None and not _through(self.heads[s], node):
                    self.heads[s] = None
                    self.scores[s] = NEG
            self.live = [s for s in self.live if self.heads[s] is not None]
            self._commit(node)

    def _commit(self, node: _Node) -> None:
        """Emit the path from the last decided token up to ``node``, in page order."""
        root = self.root
        if node.prev is root and node is not root:  # one token decided (the common case)
            node.prev = None
            self.root = node
            self.open_tokens = 0
            if node.role == TITLE:
                self.title_item = node.tok.item
                self.title_tok = node.tok
            self._decided(node.role, node.tok)
            self.emit(node.role, node.tok)
            return
        path: list[_Node] = []
        n: _Node | None = node
        while n is not None and n is not root:
            path.append(n)
            n = n.prev
        if not path:
            return
        node.prev = None  # decided: the path above it is no longer needed
        self.root = node
        self.open_tokens = 0
        emit = self.emit
        for n in reversed(path):
            if n.role == TITLE:
                self.title_item = n.tok.item
                self.title_tok = n.tok
            self._decided(n.role, n.tok)
            emit(n.role, n.tok)
        # ``node`` itself is the new root: it was emitted, and is never emitted again

    def _decided(self, role: int, tok: Token) -> None:
        """Keep the decided abstract's tokens (``abstract_toks``)."""
        if role == ABSTRACT:
            self.abstract_toks = [tok]
        elif role == TITLE:
            self.abstract_toks = []
        elif role == CONT and self.abstract_toks:
            self.abstract_toks.append(tok)

    def _abstract_holds(self, head: _Node, words: set[str]) -> bool:
        """Does the abstract ``head`` is in hold one of ``words``: its text on the path,
        then the part decided (``abstract_toks``)? True where the walk finds no start."""
        node: _Node | None = head
        for _ in range(64):
            if node is None:
                return any(evidence.holds_any(t.text, words) for t in self.abstract_toks)
            role = node.role
            if role in (CONT, ABSTRACT):
                if evidence.holds_any(node.tok.text, words):
                    return True
                if role == ABSTRACT:
                    return False
            elif role == TITLE:
                return True
            node = node.prev
        return True


def _closed_above(head: _Node, late_only: dict[str, float]) -> float:
    """What an organisation's line under ``head`` pays for the chrome its card shows
    between its title and it, by the kinds the page puts after abstracts only (the
    comment above ``YOUNG``); nothing where the page puts its organisation lines there
    too."""
    if "org" in late_only:
        return 0.0
    cost = 0.0
    node: _Node | None = head
    while node is not None and node.role == CHROME:
        c = late_only.get(node.tok.chrome, 0.0)
        if c > cost:
            cost = c
        node = node.prev
    return cost


def _two_links_after(head: _Node, late_only: dict[str, float]) -> float:
    """``TWO_IDS`` where the chrome between a card's abstract and ``head`` links two
    papers in two lines of one kind, with a name read between them, the nearer of a kind
    the page puts after abstracts only; else nothing, and nothing where the page puts its
    organisation lines after abstracts too (a ``listing`` card's name under its abstract)."""
    if "org" in late_only:
        return 0.0
    first = kind = ""
    named = False
    node: _Node | None = head
    while node is not None:
        role = node.role
        if role == ORG:
            named = named or bool(first)
        elif role != CHROME:
            return 0.0  # (the card's text: the walk ends at its abstract)
        else:
            for paper_id in arxiv_ids(node.tok.text):
                if not first:
                    kind = node.tok.chrome
                    if late_only.get(kind, 0.0) <= 0.0:
                        return 0.0  # (it may be the next card's link, over its title)
                    first = paper_id
                elif named and paper_id != first and node.tok.chrome == kind:
                    return TWO_IDS
        node = node.prev
    return 0.0


def _capital_under(tok: Token, first: Token) -> float:
    """What ``tok`` costs, opening in capitals or a digit in the paragraph of ``first``, an
    abstract's first piece of one line that could be a whole title: Title Cased, ending no
    sentence or in a question (``FIRST_LINE_CAPITAL``), or title-sized in lower case
    (``LOWER_FIRST_CAPITAL``)."""
    c = tok.text[:1]
    if tok.gap or not (c.isupper() or c.isdigit()) or first.lines != 1:
        return 0.0
    text = first.text
    if len(text) > TITLE_MAX + 1:
        # (both readings below need a title-sized line, one "?" aside: checked first, as
        # an unwrapped abstract is a line of a thousand characters and Title Case scans it)
        return 0.0
    if text[:1].islower():
        # (no sentence ends inside it, nor does it end in a joiner: "remain largely
        # limited to … adaptation. We introduce \textbf{Free" + "Sinewich}, …" and
        # "outperforms … under various memory budgets on" + "LongBench and …" are
        # sentences going on)
        if (
            len(text) <= TITLE_MAX
            and CAMEL.match(text) is None
            and not sentence_breaks(text)
            and not evidence.open_end(text)
        ):
            return LOWER_FIRST_CAPITAL
        return 0.0
    if not title_cased(text):
        return 0.0
    if text[-1] == "?":
        text = text[:-1]  # ("Fundamental Tradeoff in …: How Long to Move Before Transmission?")
    if not terminal(text) and evidence.could_head(text):
        return FIRST_LINE_CAPITAL
    return 0.0


def _open_end_above(head: _Node) -> bool:
    """Does the abstract ``head`` is in end (under the card's chrome, if any) on a
    title-sized line of its own ending open (``_open_last``)? The chrome under a card
    without an abstract stands between its title and the next title as well: "… brain age
    prediction models." + "OlmoEarth v1.1: A more efficient family of OlmoEarth models" +
    "10 authors" + "LDP: …"."""
    node: _Node | None = head
    for _ in range(4):  # (a card's chrome runs a few lines: upvotes, authors, a date)
        if node is None or node.role != CHROME:
            break
        node = node.prev
    if node is None or node.role != CONT or node.tok.kind == "A" or not _open_last(node):
        return False
    # over chrome, the line must read as a whole title: a card's chrome under its abstract
    # follows an open last line there as well ("Code for the experiments is available at
    # the following" + "· 2 authors · Dec 9, 2017", a link the capture dropped; a
    # keyword line, ">Vision-language-action, Agentic AI, …" + "4 authors · Apr 20"), and
    # hold no web address ("Project Page: [https://github.com/…](…)": no title does)
    text = node.tok.text
    if node is head:
        return True
    if not evidence.could_head(text) or "://" in text:
        return False
    # ... nor share two longer words with the abstract above it: an abstract's last line
    # goes on in its words, another paper's title rarely has them ("… gains often
    # reported in cross-fold validation …" + "Leave-one-dataset-out cross-validation
    # yields more stable and interpretable findings" + "- 5 authors")
    parts = []
    above = node.prev
    for _ in range(32):
        if above is None or above.role not in (ABSTRACT, CONT):
            break
        parts.append(above.tok.text)
        if above.role == ABSTRACT:
            break
        above = above.prev
    return not evidence.shares_words(" ".join(parts), text)


def _open_last(node: _Node) -> bool:
    """Is ``node``, an abstract's continuation of title size, one line ending no sentence
    (nor at a web address) under abstract text that ended one (``OPEN_END_COST``)?"""
    tok = node.tok
    text = tok.text
    if tok.lines != 1 or terminal(text) or evidence.web_end(text):
        return False
    if evidence.PLAIN_NAME.match(text) is not None or evidence.open_end(text):
        # ("Methods: The proposed approach …": a structured abstract's part; "Code
        # avaliable on": a sentence cut where no title ends)
        return False
    above = node.prev
    return above is not None and above.role in (ABSTRACT, CONT) and terminal(above.tok.text)


def _dot_rest(tok: Token, habits: PageHabits) -> bool:
    """Is ``tok``, a name that could be its title's rest, one word under a title line it
    would have overflowed, over a "·", on a page whose "·" habit is unknown
    (``DOT_REST``)?"""
    return (
        tok.overflows and habits.dot_habit == 0 and " " not in tok.text and scores.dot_marked(tok)
    )


def _long_title(chars: int) -> float:
    """What a title of ``chars`` characters (and separators) pays for its length."""
    if chars <= LONG_TITLE:
        return 0.0
    return LONG_TITLE_COST + LONG_TITLE_SLOPE * (chars - LONG_TITLE)


def _title_item(head: _Node, decided: str) -> str | None:
    """The list mark (``Token.item``, "" for none) of the title of the card ``head`` is
    in: a walk back to that title, through its chrome and text (None past 64 steps).
    ``decided``: the mark of the last title decided, the card's title when the walk
    reaches the decided root without meeting one (a title then its chrome, decided
    before the next item comes: ``• eLawThinker: …`` + ``Published on …`` + ``•
    expstar: …``)."""
    node: _Node | None = head
    for _ in range(64):
        if node is None:
            return decided
        if node.role == TITLE:
            return node.tok.item
        node = node.prev
    return None


def _text_col(item: str) -> int:
    """The column an item's text starts at, from its ``Token.item`` key (``"2 •"``: the
    mark set 2 in, then a space)."""
    margin, _, mark = item.partition(" ")
    return int(margin) + len(mark) + 1 if margin.isdigit() else -1


def _open_line(text: str) -> bool:
    """Is ``text``, one line, title-sized, ending no sentence and not Title Cased
    (``SENTENCE_UNDER``)?"""
    return len(text) <= TITLE_MAX and not terminal(text) and not title_cased(text)


def _unshared_first(title: Token, tok: Token) -> float:
    """What reading ``tok`` as the rest of the one-line title ``title`` pays where the
    text under it echoes it and not ``title`` (``UNSHARED_FIRST``)."""
    if title.lines > 1 or tok.lines > 1 or not tok.under:
        return 0.0
    text = tok.under
    shared = evidence.first_line_echo(title.text, tok.text, text)
    if shared > 1:
        return 0.0
    for least, none, one in UNSHARED_FIRST:
        if len(text) >= least:
            return one if shared else none
    return 0.0


def _card_title(head: _Node, decided: Token | None) -> str:
    """The title of the card ``head`` is in, before its abstract: its title's token and
    the wrapped rests read after it (``_title_item``'s walk; ``decided``: the last title
    decided, for a walk that reaches the decided root)."""
    rests: list[str] = []
    node: _Node | None = head
    for _ in range(64):
        if node is None:
            break
        if node.role == TITLE:
            return " ".join([node.tok.text, *reversed(rests)])
        if node.role == CONT:
            rests.append(node.tok.text)
        node = node.prev
    else:
        return ""
    return " ".join([decided.text, *reversed(rests)]) if decided is not None else ""


def _through(head: _Node | None, node: _Node) -> bool:
    n = head
    while n is not None:
        if n is node:
            return True
        n = n.prev
    return False
