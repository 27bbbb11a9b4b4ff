"""The page's card template: on which side of a card's abstract the page puts each kind
of card chrome, learned from the cards decided so far (``decode.Decoder`` weighs the next
readings by it).

A page lays its cards out from one template: a kind of chrome line (an author count, an
organisation block, a date, an upvote count...) sits between the title and the abstract
on every card, or after the abstract on every card (where it is the card's last line or
the next card's first: the two cannot be told apart, and need not be). So a reading that
puts a kind on the side of an abstract where the page has never shown it is unlikely:

- a kind the page shows between titles and abstracts only, right after an abstract (an
  abstract's "last line" that is the next card's title, before its organisation block);
- a kind the page shows after abstracts only, between a title and its abstract (a card
  without an abstract, its upvote count, then the next card's title read as the
  abstract).

The fact is the page's, not a line's: it is measured on the cards as decided (a card
without an abstract says nothing: its chrome may be on either side), and a reading pays
for it only where the page has shown the kind three times or more on one side and
(almost) never on the other, as the other page habits (``page_habits.PageHabits``).
"""

from __future__ import annotations

from math import log
from typing import Final

from ..chrome_values import parse_card_date

__all__ = ["CARD_TAGS", "CardTemplate", "differ"]

# Chrome kinds (``Token.chrome``: a date with or without its "·", a paper or a profile
# link are one kind each, so a page that varies a line's form shows one habit or none)
# that belong to a card; page chrome (header, menus, views, pagination, markup, images)
# is placed by no card template. An organisation's line the decoder reads as one counts
# as "org".
CARD_TAGS: Final = frozenset(
    ("upvotes", "url", "authors", "org", "dot", "date", "github", "submitted_by", "comments")
)
# Cards showing a kind on one side before the other side costs a reading, and the most it
# costs (log-odds of the counts, as ``page_habits.PageHabits``).
_SURE: Final = 3
_MAX: Final = 4.0
# Cards showing a kind on each side that make a page's chrome shuffled, not templated.
_MIXED: Final = 2


class CardTemplate:
    """Counts, per chrome kind, of the cards that showed it between their title and
    abstract (``mid``) or after their abstract (``late``), and what a reading pays for
    the other side (``mid_only``: the kind after an abstract; ``late_only``: between a
    title and its abstract)."""

    __slots__ = (
        "counts",
        "dates",
        "ids",
        "late_only",
        "late_seen",
        "mid_only",
        "mixed",
        "mo_named",
        "one_org",
        "orgs",
        "primed",
        "since",
        "state",
        "two_dates",
        "two_orgs",
    )

    def __init__(self) -> None:
        self.state = 0  # 0: no card yet, 1: a title without abstract so far, 2: an abstract
        self.since: list[str] = []  # kinds after the current card's title, no abstract yet
        self.late_seen: list[str] = []  # kinds after the current card's abstract
        self.ids: list[str] = []  # paper ids of chrome after the title, no abstract yet
        # card dates after the title, no abstract yet, and the cards that showed two that
        # differ between their title and abstract ("Oct 26" + org + "· May 24, 2025"):
        # on such a page two dates under a title are one card's (``Decoder._above_abstract``)
        self.dates: list[str] = []
        self.two_dates = 0
        # organisation lines since the card's title or abstract, and the cards that
        # showed one, and two or more, between their title and abstract
        # (``charges.TWO_ORGS``)
        self.orgs = 0
        self.one_org = 0
        self.two_orgs = 0
        # the card whose abstract was decided last named one between its title and it
        # (``org_walks.OrgWalks._card_named``)
        self.mo_named = False
        self.counts: dict[str, list[int]] = {}
        self.mid_only: dict[str, float] = {}
        self.late_only: dict[str, float] = {}
        self.mixed = False  # some kind shown on both sides: no template
        # per kind, the cards the page's head showed on the late side before any was
        # decided (``prime``): decided cards use them up before they count again
        self.primed: dict[str, int] = {}

    def prime(self, tag: str, late: int) -> None:
        """The page's head shows ``late`` cards putting ``tag`` after their abstract and
        none before it (``head_links.late_links``): start the template as those cards,
        decided, would have left it. They are the page's first cards, so the first
        ``late`` cards decided later count as them, not again."""
        if late > 0 and tag not in self.counts:
            self.counts[tag] = [0, late]
            self.primed[tag] = late
            _habit(self.late_only, tag, late, 0)

    def header(self) -> None:
        """A new page starts: its first cards follow no card."""
        self.state = 0

    def title(self) -> None:
        self.state = 1
        self.mo_named = False
        if self.ids:
            self.ids = []
        if self.since:
            self.since = []
        if self.late_seen:
            self.late_seen = []
        if self.dates:
            self.dates = []
        self.orgs = 0

    def abstract(self) -> None:
        if self.state == 1 and self.since:
            for tag in self.since:
                self._learn(tag, 0)
            self.since = []
            dates = self.dates
            if len(dates) > 1 and any(differ(dates[0], d) for d in dates[1:]):
                self.two_dates += 1
            if self.orgs == 1:
                self.one_org += 1
            elif self.orgs > 1:
                self.two_orgs += 1
        if self.dates:
            self.dates = []
        if self.state == 1:
            self.mo_named = self.orgs > 0
        self.orgs = 0
        self.state = 2

    def date(self, text: str) -> None:
        """A card date line decided after the card's title (before ``chrome``)."""
        if self.state == 1:
            dated = parse_card_date(text)
            if dated is not None:
                self.dates.append(dated[0])

    def chrome(self, tag: str) -> None:
        """A card chrome line of kind ``tag`` (``CARD_TAGS``) decided where it is."""
        state = self.state
        if state == 2:
            late_seen = self.late_seen
            if tag not in late_seen:
                late_seen.append(tag)  # (once a card: "Upvote" + "121" are one count)
                self._learn(tag, 1)
        elif state == 1 and tag not in self.since:
            self.since.append(tag)

    def named(self) -> None:
        """An organisation's line decided in the current card, with its marks (an
        organisation chrome line, or a name over its "·" and date or its profile link)."""
        if self.state:
            self.orgs += 1

    def _learn(self, tag: str, side: int) -> None:
        if side and self.primed.get(tag):
            self.primed[tag] -= 1  # (one of the cards the head showed: counted)
            return
        seen = self.counts.get(tag)
        if seen is None:
            seen = self.counts[tag] = [0, 0]
        seen[side] += 1
        if self.mixed:
            return
        mid, late = seen
        if mid >= _MIXED and late >= _MIXED:
            # a kind on both sides: the page keeps no template (its chrome is shuffled
            # card by card), and a run of one side is chance, no habit
            self.mixed = True
            self.mid_only.clear()  # (in place: the decoder reads these dicts)
            self.late_only.clear()
            return
        _habit(self.mid_only, tag, mid, late)
        _habit(self.late_only, tag, late, mid)


def _habit(habit: dict[str, float], tag: str, one: int, other: int) -> None:
    if one >= _SURE and one >= 9 * other:
        habit[tag] = min(_MAX, log((one + 1) / (other + 1)))
    elif tag in habit:
        del habit[tag]


def differ(one: str, other: str) -> bool:
    """Two card dates as written are two days: neither is a prefix of the other ("Sep 14"
    and "Sep 14, 2020" are one)."""
    return not (one.startswith(other) or other.startswith(one))
