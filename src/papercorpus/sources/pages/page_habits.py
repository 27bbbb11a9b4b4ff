"""What a page has shown so far of its habits: where it puts its chrome, the columns it
wraps at, its openers, its organisation blocks (``PageHabits``, learned by the reader from
the tokens decided, read by the role scores)."""

from __future__ import annotations

from collections import deque
from math import log
from typing import Any, Final

__all__ = ["LINKED_ORGS", "PROSE_KEEP", "PageHabits", "Tally"]

# Organisation blocks set as links a page shows before a plain name with an organisation's
# marks pays as one (``PageHabits.plain_org_cost``), and the most it pays.
LINKED_ORGS: Final = 3
LINKED_ORGS_MAX: Final = 4.0
# The page's prose kept for ``proper.proper_rest``, in characters: some 300 abstracts, the
# last ones (a card's own abstract among them), more than any rendered page holds; a
# listing file of 3,000 cards would otherwise keep all its text (and join it at each test).
PROSE_KEEP: Final = 400_000


class PageHabits:
    """What the page has shown so far of where it puts its chrome, learned from the
    tokens decided (the reader sets these; ``scores.text_scores`` reads them)."""

    __slots__ = (
        "after",
        "bare_orgs",
        "before",
        "cards",
        "cols",
        "dot_habit",
        "dot_prose",
        "item_no",
        "head_titles",
        "heading_titles",
        "headings_only",
        "heads_only",
        "item_titles",
        "items_only",
        "mo_linked_orgs",
        "next_item",
        "org_prior",
        "names",
        "opener",
        "openers",
        "orgs",
        "prose_chars",
        "prose_joined",
        "prose_texts",
        "rest_indent",
        "set_in_lines",
        "seen_after",
        "seen_before",
        "tight_titles",
        "title_col",
        "abstract_col",
        "labels",
        "label_habit",
    )

    def __init__(self) -> None:
        # > 0: "·" only under organisation names so far; < 0: under titles or prose only
        self.dot_habit = 0
        self.dot_prose = False  # "·" seen right under an abstract
        # what an organisation line costs besides its marks: less on a page that has
        # shown many cards and no organisation line
        self.org_prior = 0.0
        self.orgs: set[str] = set()  # lines decided as organisation names
        # organisation blocks decided as links (organisation chrome lines: a markdown
        # capture's ``[Tencent ARC Lab](https://huggingface.co/TencentARCLab)``), and
        # plain names decided as organisations with their marks (``scores.LINKED_ORGS``)
        self.mo_linked_orgs = [0, 0]
        # names decided as organisations without those marks (``bare_names``)
        self.bare_orgs = 0
        # titles that could be names, by the card they titled (of ``cards`` so far):
        # titles do not repeat on a page, names do
        self.names: dict[str, int] = {}
        self.cards = 0
        # the list number on the last title's line (0: none), and the mark the next
        # card's title opens with once two titles in a row have counted up ("22) ")
        self.item_no = 0
        self.next_item = ""
        # text right after a chrome line of each kind: [titles, other roles] so far, and
        # titles that opened a list item, titles that did not; and whether the page lists
        # its cards as items (``learn_item``)
        self.item_titles = [0, 0]
        self.items_only = False
        # titles set as headings or links, titles not; and whether the page sets every
        # title so (``learn_heading``)
        self.head_titles = [0, 0]
        self.heads_only = False
        # ... titles set as headings, titles not, and whether the page sets every title so
        # (a link then marks no title: ``learn_heading``)
        self.heading_titles = [0, 0]
        self.headings_only = False
        # the columns titles and abstracts started at so far ({column: count} each), and
        # the one column the page sets its titles at, apart from its abstracts (-1: none
        # shown; ``learn_col``)
        self.cols = (Tally(), Tally())
        self.title_col = -1
        # ... and the one it sets its abstracts at, apart from its titles (-1: none)
        self.abstract_col = -1
        # what the page put right before each title ({tag: count}: a chrome kind, "text"),
        # and the chrome kind it opens every card with ("": none; ``learn_opener``)
        self.openers = Tally()
        self.opener = ""
        # titles decided right under text, no blank line between, on a page that sets its
        # blocks apart (``Token.adjacent``): cards run on without their blank line there
        # (``text_moves.TIGHT_TITLES``)
        self.tight_titles = 0
        # lines set in under text decided as a title's rest, as an abstract's line
        # (``token_charges.set_in_habit``)
        self.set_in_lines = [0, 0]
        # abstracts decided opening with the page's label, without it (a page that labels
        # its abstracts: ``card_marks.label_page``), and whether it labels every one
        # (``scores.LABEL_HABIT``)
        self.labels = [0, 0]
        self.label_habit = False
        # what that makes a title there worth (``learn_after``)
        self.seen_after: dict[str, list[int]] = {}
        self.after: dict[str, float] = {}
        # the same for text right before a chrome line of each kind
        self.seen_before: dict[str, list[int]] = {}
        self.before: dict[str, float] = {}
        # the page's prose: its decided abstracts' text, in page order, the last
        # ``PROSE_KEEP`` characters of it, and their length (``proper.proper_rest``: a word
        # written in lower case there is no proper name); ``prose_joined`` the texts
        # joined, kept until more come
        self.prose_texts: deque[str] = deque()
        self.prose_chars = 0
        self.prose_joined = ""

    def learn_prose(self, text: str) -> None:
        """A token decided as an abstract's text (its first piece or its rest)."""
        texts = self.prose_texts
        texts.append(text)
        self.prose_chars += len(text)
        while self.prose_chars > PROSE_KEEP and len(texts) > 1:
            self.prose_chars -= len(texts.popleft())  # (memory by the page's cards, not text)
        self.prose_joined = ""

    def plain_org_cost(self) -> float:
        """What a plain name with an organisation's marks (its ``·`` and date, its profile
        link) pays as an organisation's line on a page that has set three or more of its
        organisation blocks as links and (almost) none as a plain name: a page renders
        every organisation's name one way (a markdown capture links each to its profile),
        so a plain line over a ``·`` and a date there is a title over its card's date
        (``Monotone Erasure Codes`` + ``· Published on May 16`` + its count, under an
        abstract, on a page whose eight organisations were links: read as the card
        above's organisation). Log-odds of the counts, as ``template.CardTemplate``."""
        linked, plain = self.mo_linked_orgs
        if linked < LINKED_ORGS or linked < 9 * plain:
            return 0.0
        return min(LINKED_ORGS_MAX, log((linked + 1) / (plain + 1)))

    def learn_after(self, tag: str, title: bool) -> None:
        """The page put a title (or not) right after a chrome line of kind ``tag``: a
        kind of chrome seen three times or more before titles only (``Submitted by``,
        a paper link) makes the next text after it a title."""
        # (the other way round says little: a card without an abstract puts its title
        # where the abstract would be)
        _learn(self.seen_after, self.after, tag, title)

    def learn_item(self, opened: bool) -> None:
        """A title opened a list item (``Token.item``) or not: a page that has shown three
        or more titles, nine in ten of them opening an item, lists its cards as items
        (w3m's ``  * Title``), so text inside an item is no new card's title."""
        seen = self.item_titles
        seen[not opened] += 1
        self.items_only = _nine_in_ten(seen)

    def learn_heading(self, marked: bool, heading: bool) -> None:
        """A title was set as a heading or a link (``Token.heading``, ``Token.linked``,
        ``Token.marked``) or as plain text: a page that has shown three or more titles,
        nine in ten of them so marked, marks every card's title (a markdown capture's
        ``### [Title](…)``, a text browser's ``[102]Title``), so plain text is no new
        card's title (a sentence of an abstract at a line's start: ``Experimental
        results using … (QWK) and Confidence`` + ``Intervals show …``)."""
        seen = self.head_titles
        seen[not marked] += 1
        self.heads_only = _nine_in_ten(seen)
        # A page whose every title is a heading (``### [Title][41]``) links other text
        # too: a name's link (``[ByteDance Seed][42]``, shown once between a card's chrome
        # and its abstract) is then no title either.
        seen = self.heading_titles
        seen[not heading] += 1
        self.headings_only = _nine_in_ten(seen)

    def learn_col(self, col: int, title: bool) -> None:
        """A title (or an abstract) started at column ``col``: a page that has set three
        titles or more, nine in ten, at one column and its abstracts, as surely, at
        another (lynx: titles at the margin, a card's other text 3 columns in) sets
        every title there, so text at another column is no title."""
        title_cols, abstract_cols = self.cols
        (title_cols if title else abstract_cols).add(col)
        self.title_col = self.abstract_col = -1
        if title_cols.top == abstract_cols.top:
            # one column leads both (or neither has one): no column of titles apart,
            # whatever ``usual`` says (most pages: everything at the margin)
            return
        tcol, titles = title_cols.usual()
        acol, abstracts = abstract_cols.usual()
        if titles >= 3 and abstracts >= 3 and tcol != acol:
            self.title_col = tcol
            # (and its abstracts at theirs: a paragraph at another column, after a blank
            # line, is none of theirs: ``scores.COL_PARAGRAPH``)
            self.abstract_col = acol

    def learn_opener(self, prv: str) -> None:
        """A title came right after a token of tag ``prv``: a page that has put five
        titles or more, nine in ten, right after one kind of chrome (an upvote count,
        a thumbnail) opens every card with it, also a card without an abstract, so text
        after anything else is no new card's title (a name between a card's chrome and
        its abstract, shown for the first time on the page)."""
        self.openers.add(prv)
        tag, n = self.openers.usual()
        self.opener = tag if n >= 5 and tag not in _NO_OPENER else ""

    def learn_before(self, tag: str, title: bool) -> None:
        """The page put a title (or not) right before a chrome line of kind ``tag``: a
        kind seen three times or more after titles only (``N authors``, ``· Published
        on …`` under a title) makes the text before the next one a title, also on a card
        without an abstract, which keeps its chrome under its title."""
        # (the other way round says little: a card without an abstract puts its title
        # where the abstract would be, right before the chrome that follows abstracts)
        _learn(self.seen_before, self.before, tag, title)


# Tags no card opens with: text (a title right after an abstract), a page's head or its
# start, a "·" (under a title or a name).
_NO_OPENER: Final = frozenset(["text", "", "header", "view", "nav", "dot", "dotdate", "markup"])


class Tally:
    """Counts of what a page has shown (columns, tags), and the one value that holds nine
    in ten of them. Kept as it grows: the habits ask after every decided token."""

    __slots__ = ("counts", "top", "top_n", "total")

    def __init__(self) -> None:
        self.counts: dict[Any, int] = {}
        self.total = 0
        self.top: Any = None  # a value seen most often so far (counts only grow by one)
        self.top_n = 0

    def add(self, value: object) -> None:
        n = self.counts[value] = self.counts.get(value, 0) + 1
        self.total += 1
        if n > self.top_n:
            self.top, self.top_n = value, n

    def usual(self) -> tuple[Any, int]:
        """The value that holds nine in ten of the counts, and its count ((None, 0): none
        does; a tie for the most never does, so which of the tied ``top`` is does not
        matter)."""
        if self.top_n * 10 >= 9 * self.total and self.total:
            return self.top, self.top_n
        return None, 0


def _learn(seen_by: dict[str, list[int]], habit: dict[str, float], tag: str, title: bool) -> None:
    seen = seen_by.get(tag)
    if seen is None:
        seen = seen_by[tag] = [0, 0]
    seen[not title] += 1
    if _nine_in_ten(seen):
        titles, others = seen
        # surer the more often the page has shown it: log-odds, at most 4
        habit[tag] = min(4.0, log((titles + 1) / (others + 1)))
    else:
        habit.pop(tag, None)


def _nine_in_ten(seen: list[int]) -> bool:
    """Has the page shown a habit surely: three times or more, nine in ten of the times it
    could (``seen``: [shown, not shown])?"""
    return seen[0] >= 3 and seen[0] >= 9 * seen[1]
