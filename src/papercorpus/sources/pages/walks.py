"""The walks back along a live path that read its card through the decoder's own state
(``CardWalks``, mixed into ``Decoder``: the card's template, its abstract's tokens, the
page's habits): its dates and links, echoes of its abstract, a name over its text. The
step they walk is ``nodes.Node``; the tests a path answers alone are ``path_reads``.
"""

from __future__ import annotations

from ..chrome_values import arxiv_ids, parse_card_date
from ..shape import prose_marks, sentence_like, terminal
from . import echoes
from ._trait import trait
from .charges import (
    ECHO_ABOVE,
    ECHO_BELOW,
    ECHO_BELOW_ONE,
    ECHO_BELOW_RARE,
    ECHO_LINE_MAX,
    ECHO_UNDER_MANY,
    ONE_COUNT,
    TWO_DATES,
)
from .nodes import Node
from .path_reads import org_date, wrapped_within
from .scores import ABSTRACT, CHROME, CONT, OPENING, ORG, TITLE
from .template import CardTemplate, differ
from .tokens import Token

__all__ = ["CardWalks", "Node", "submitter"]


@trait
class CardWalks:
    """Walks back along a live path to its card's title and abstract, where what a reading
    pays rests on the card's chrome and text so far; mixed into ``Decoder``."""

    template: CardTemplate
    mid_only: dict[str, float]
    title_tok: Token | None
    abstract_toks: list[Token]
    last_abstract: list[Token]

    def _above_abstract(self, head: Node, late_only: dict[str, float]) -> tuple[float, bool]:
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
        node: Node | None = head
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
                if (
                    node.tok.chrome == "date"
                    and not two_ids
                    and dated_once
                    and not (date and org_date(node))
                ):
                    # (a card shows one date: two that differ are two cards' chrome, the
                    # first's under a title without an abstract, the second's over the
                    # next title: "3 authors · Sep 14, 2020" + "· 3 authors · Aug 8";
                    # not on a page whose cards have shown two, "Oct 26" + its
                    # organisation + "· May 24, 2025": ``CardTemplate.two_dates``; nor
                    # an organisation's date over a later one, ``org_date``)
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

    def _abstract_holds(self, head: Node, words: set[str]) -> bool:
        """Does the abstract ``head`` is in hold one of ``words``: its text on the path,
        then the part decided (``abstract_toks``)? True where the walk finds no start."""
        node: Node | None = head
        for _ in range(64):
            if node is None:
                return any(echoes.holds_any(t.text, words) for t in self.abstract_toks)
            role = node.role
            if role in (CONT, ABSTRACT):
                if echoes.holds_any(node.tok.text, words):
                    return True
                if role == ABSTRACT:
                    return False
            elif role == TITLE:
                return True
            node = node.prev
        return True

    def _mo_wrapped_above(self, head: Node, width: int) -> bool:
        """Has the abstract ``head`` is in a piece of three lines or more that the page
        wrapped within ``width`` (``charges.WRAPPED_ABOVE``): its text on the path back to
        its first piece, then the part decided (``abstract_toks``)?"""
        node: Node | None = head
        for _ in range(64):
            if node is None:
                return any(wrapped_within(t, width) for t in self.abstract_toks)
            if node.role not in (CONT, ABSTRACT):
                return False
            if wrapped_within(node.tok, width):
                return True
            if node.role == ABSTRACT:
                return False
            node = node.prev
        return False

    def _named_second_date(self, head: Node, tok: Token) -> bool:
        """Is ``tok``, a card date right under a name read as the card's organisation
        (``head``), a second date of that card, one that differs from a date between its
        title and the name? A card shows one date (``TWO_IDS``), so the name opened the
        next card: it is that card's title, the card above one without an abstract
        (``x*y AISPA: … Auditing for Large Language Model`` + ``Applications`` + ``Nov
        8`` + its link, then ``Variational Kolmogorov-Arnold Network`` + ``· Published
        on Oct 19, 2021`` + its abstract, reader 30 p001502: read as the first card's
        organisation, the name won by 1, and the abstract's ``TWO_IDS`` came after the
        two readings had met at this date). Not on a page whose cards have shown two
        dates (``CardTemplate.two_dates``)."""
        if head.role != ORG or self.template.two_dates >= TWO_DATES:
            return False
        name = head.tok
        # (or where the date's card closes right under it, its next line a kind of chrome
        # the page puts after abstracts only, a ``reader`` card's link: the name and its
        # date then make a card with no text of its own, a card without an abstract;
        # ``iQuantum-Enhanced …`` + ``· Published on Oct 12``, then ``REFERRING LAYER
        # DECOMPOSITION`` + ``· Jul 22, 2021`` + its link, reader 30 p000682)
        late_only = self.template.late_only
        closes = bool(late_only) and late_only.get(tok.nxt, 0.0) > 0.0
        if not closes and not (
            name.nxt2_text and echoes.shares_words(name.text, name.nxt2_text[:OPENING])
        ):
            # ... where the name's words open the text under this date, as a title's open
            # its abstract (``scores.ORG_SHARED``): a name over two dates may be the next
            # card's organisation over its title, a page that shuffles its chrome (``dense``:
            # ``University of Massachusetts Amherst`` + ``· Aug 27`` + ``AI-DRIVEN …``,
            # under a card without an abstract that showed its date; charged, the card's
            # readings as one without an abstract lost to one taking the next title as its
            # abstract)
            return False
        dated = parse_card_date(tok.text)
        if dated is None:
            return False
        two = False
        node = head.prev
        while node is not None and node.role == CHROME:
            if node.tok.chrome == "date" and not two:
                other = parse_card_date(node.tok.text)
                two = other is not None and differ(other[0], dated[0])
            node = node.prev
        if node is None:
            # past the decided root: the decided card's dates since its title, where it
            # has no abstract yet (``CardTemplate.dates``)
            template = self.template
            return template.state == 1 and (two or any(differ(d, dated[0]) for d in template.dates))
        # (the walk reaches the card's title: a date over it is another card's)
        return two and node.role in (TITLE, CONT)

    def _second_submitter(self, head: Node, tok: Token) -> bool:
        """Is ``tok``, a ``Submitted by`` line right under a name read as an organisation
        (``head``), the card's second submitter, another user than a ``Submitted by`` line
        over the name names? A paper is submitted once (``TWO_IDS``, as a card's second
        date), so the name opened the next card: it is that card's title, a card without an
        abstract (``Zero-shot Skeleton-based …`` + its abstract + ``Submitted by nielsr · 2
        hours ago`` + ``Active Data`` + ``Submitted by alexz`` + its link, new 115
        ``n_submitted`` p001727: the two-word title read as an organisation, the card lost).
        The walk goes through the card's chrome over the name, back to the decided root."""
        if head.role != ORG:
            return False
        user = submitter(tok.text)
        if not user:
            return False
        node = head.prev
        while node is not None and node.role == CHROME:
            if node.tok.chrome == "submitted_by":
                other = submitter(node.tok.text)
                return bool(other) and other != user
            node = node.prev
        return False

    def _echo_below(self, head: Node, line: str, echo: set[str], below: str) -> float:
        """What a title-sized ``line`` ending a sentence, under ``head``, an abstract's
        line ending one, pays as that abstract's next sentence where its longer words
        ``echo`` in the text ``below`` it: ``ECHO_BELOW`` where that abstract holds none of
        them, ``ECHO_BELOW_ONE`` where it holds one and the text below three or more; where
        they do not echo, ``ECHO_BELOW_RARE`` where that text holds one rare word of the
        line (``echoes.rare_echo``) and the abstract none of its words but common ones
        (``echoes.uncommon``)."""
        if not echo:
            rare = echoes.rare_echo(line, below)
            if rare and not self._abstract_holds(head, echoes.uncommon(rare)):
                return ECHO_BELOW_RARE
            return 0.0
        if not self._abstract_holds(head, echo):
            return ECHO_BELOW
        if echoes.echoed_in(echo, below) < ECHO_UNDER_MANY:
            return 0.0
        held = [w for w in echo if self._abstract_holds(head, {w})]
        return ECHO_BELOW_ONE if len(held) == 1 else 0.0

    def _echo_below_two(self, head: Node, tok: Token) -> float:
        """What ``tok`` pays as an abstract's rest where it and the line above it, read so
        too, are one title-shaped sentence's opening of two lines right under a line that
        ended a sentence (``ECHO_BELOW``'s, measured for two lines: of the 74,728 arXiv
        abstracts wrapped at 60 columns, 41 of 33,766 such pairs 450 characters or more
        into their abstract, with no comma, no prose marks and not reading as a sentence,
        share two words with the text under them and none with the abstract above: 0.12%;
        48% of two-line titles under another paper's abstract: ``Leveraging AI multimodal
        geospatial foundation models for`` + ``improved near-real-time flood mapping at a
        global scale`` under ``… anytime-valid QST.``, over ``Floods are among …``). A
        pair whose second line ends a sentence is the sentence ``ECHO_BELOW`` was measured
        on, cut by the intake in two."""
        first = head.tok
        above = head.prev
        if (
            above is None
            or above.role not in (ABSTRACT, CONT)
            or above.title_len < ECHO_ABOVE
            or first.lines + tok.lines > 2
            or len(first.text) + len(tok.text) + 2 > ECHO_LINE_MAX
            or terminal(first.text)
            or not terminal(above.tok.text)
        ):
            return 0.0
        piece = first.text + " " + tok.text
        if ", " in piece or sentence_like(piece) or prose_marks(piece):
            return 0.0
        echo = echoes.echo_words(piece, tok.under)
        if echo and not self._abstract_holds(above, echo):
            return ECHO_BELOW
        return 0.0


def submitter(text: str) -> str:
    """The user a ``Submitted by`` line names (``Submitted by nielsr · 2 hours ago``:
    ``nielsr``), else "" (the line alone, its user on a line of its own)."""
    if not text.startswith("Submitted by "):
        return ""
    rest = text[13:].split()
    return rest[0] if rest else ""
