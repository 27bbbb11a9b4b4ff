"""The decoder's paths and the walks back along them: a ``Node`` is one step of a path
(a token and the role it plays there); the tests here read the card a live path is in
(its title, its chrome, its abstract so far) to say what the next token's reading pays
(``charges``).
"""

from __future__ import annotations

from ..chrome_values import arxiv_ids, parse_card_date
from ..shape import prose_marks, sentence_like, terminal
from . import echoes, evidence, lineforms
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
    TWO_IDS,
    UNSHARED_FIRST,
)
from .open_two import open_pair
from .scores import ABSTRACT, CHROME, CONT, OPENING, ORG, TITLE
from .template import CardTemplate, differ
from .token_charges import first_unshared
from .tokens import Token

__all__ = [
    "CardWalks",
    "Node",
    "closed_above",
    "links_across",
    "two_links_after",
    "open_end_above",
    "open_end_chrome",
    "open_last",
    "title_item",
    "card_title",
    "unshared_rest",
]


class Node:
    """One step of a path: a token and the role it plays there."""

    __slots__ = ("prev", "role", "tok", "title_len")

    def __init__(self, prev: Node | None, role: int, tok: Token, title_len: int) -> None:
        self.prev = prev
        self.role = role
        self.tok = tok
        # characters of the current card's title so far; once the card has an abstract,
        # of its abstract so far (the state's status says which)
        self.title_len = title_len


@trait
class CardWalks:
    """Walks back along a live path to its card's title and abstract, where what a reading
    pays rests on the card's chrome and text so far; mixed into ``Decoder``."""

    template: CardTemplate
    mid_only: dict[str, float]
    title_tok: Token | None
    abstract_toks: list[Token]

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
                    and not (date and _org_date(node))
                ):
                    # (a card shows one date: two that differ are two cards' chrome, the
                    # first's under a title without an abstract, the second's over the
                    # next title: "3 authors · Sep 14, 2020" + "· 3 authors · Aug 8";
                    # not on a page whose cards have shown two, "Oct 26" + its
                    # organisation + "· May 24, 2025": ``CardTemplate.two_dates``; nor
                    # an organisation's date over a later one, ``_org_date``)
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
                return any(_wrapped_within(t, width) for t in self.abstract_toks)
            if node.role not in (CONT, ABSTRACT):
                return False
            if _wrapped_within(node.tok, width):
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
            return template.state == 1 and (
                two or any(differ(d, dated[0]) for d in template.dates)
            )
        # (the walk reaches the card's title: a date over it is another card's)
        return two and node.role in (TITLE, CONT)

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


def _wrapped_within(tok: Token, width: int) -> bool:
    """Is ``tok`` a piece of three lines or more, its lines ``width`` wide at most on
    average, a margin's columns aside?"""
    return tok.lines >= 3 and len(tok.text) <= tok.lines * (width + 2)


def _org_date(node: Node) -> bool:
    """Is ``node``, a date line, an organisation block's own: right under a name read as
    an organisation's (or an organisation chrome line), with its ``·`` on the date's line
    or on one between? A card may show its organisation's block, name, ``·`` and date,
    then its own date under it (``Retrieve, Don't Retrain: …`` + `` OCC`` + ``·`` + ``Jul
    15, 2020`` + ``Published on Jul 7, 2022`` + its abstract, mid_org 29 p000814, the
    page's first card with an organisation: read as two cards' dates, ``TWO_IDS``, and the
    title glued to the card above as its abstract). Asked of a date over a later one only:
    an organisation's block under a card's date (``· Jul 25`` + ``University of
    Massachusetts Amherst`` + ``· Aug 27``) may be the next card's, over its title."""
    above = node.prev
    if above is not None and node.tok.tag != "dotdate":
        if above.role != CHROME or above.tok.tag != "dot":
            return False
        above = above.prev
    return above is not None and (
        above.role == ORG or (above.role == CHROME and above.tok.chrome == "org")
    )


def closed_above(head: Node, late_only: dict[str, float]) -> float:
    """What an organisation's line under ``head`` pays for the chrome its card shows
    between its title and it, by the kinds the page puts after abstracts only (the
    comment under ``charges.ONE_COUNT``); nothing where the page puts its organisation
    lines there too."""
    if "org" in late_only:
        return 0.0
    cost = 0.0
    node: Node | None = head
    while node is not None and node.role == CHROME:
        c = late_only.get(node.tok.chrome, 0.0)
        if c > cost:
            cost = c
        node = node.prev
    return cost


def links_across(
    head: Node, ids: list[str], template: CardTemplate, any_chrome: bool = False
) -> bool:
    """Does the card ``head`` is in, read past its abstract, show a paper link between its
    title and abstract that names another paper than ``ids`` (a link under the abstract)?
    Asked on a page that puts its links after abstracts only (``late_only``): there the
    link under the abstract is the card's own, so one over the abstract naming another
    paper is the card above's, its title with no abstract, and the text under it opened
    a card (a card links one paper: ``TWO_IDS``). Where the walk reaches the decided part
    first, the ids decided between the card's title and abstract are the template's.
    With ``any_chrome``, a link on any chrome line counts (``card_links.linked_across``)."""
    node: Node | None = head
    past = False  # the walk has passed the card's abstract
    while node is not None:
        role = node.role
        if role == TITLE:
            return False
        if role == ABSTRACT:
            past = True
        elif (
            past
            and role == CHROME
            and (any_chrome or node.tok.chrome == "url")
            and any(paper_id not in ids for paper_id in arxiv_ids(node.tok.text))
        ):
            return True
        node = node.prev
    # (the card's title is decided; its abstract too where the walk did not pass it)
    if template.state == 2 or past:
        return any(paper_id not in ids for paper_id in template.ids)
    return False


def two_links_after(head: Node, late_only: dict[str, float]) -> float:
    """``TWO_IDS`` where the chrome between a card's abstract and ``head`` links two
    papers in two lines of one kind, with a name read between them, the nearer of a kind
    the page puts after abstracts only; else nothing, and nothing where the page puts its
    organisation lines after abstracts too (a ``listing`` card's name under its abstract)."""
    if "org" in late_only:
        return 0.0
    first = kind = ""
    named = False
    node: Node | None = head
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


def open_end_above(head: Node) -> bool:
    """Does the abstract ``head`` is in end right here, before the next title, on a
    title-sized line of its own ending open (``open_last``)?"""
    return head.role == CONT and head.tok.kind != "A" and open_last(head)


def open_end_chrome(head: Node, closes: bool = False) -> bool:
    """Does the abstract ``head`` is in end here, where a chrome line comes under it, on a
    title-sized line of its own ending open that reads as a whole title (``open_last``)?
    Weighed at the chrome, not at the next title: a reading that makes the line an
    organisation's name (``OCC`` + ``·`` + ``May 24`` + a submitter's block, on a page
    that puts a card's chrome after its abstract) leaves the abstract in the same state,
    and the two readings meet at the chrome line. The chrome under a card without an
    abstract stands between its title and the next title as well: "… brain age
    prediction models." + "OlmoEarth v1.1: A more efficient family of OlmoEarth models"
    + "10 authors" + "LDP: …"."""
    first: Node | None = None
    if not open_end_above(head):
        # (... or on two lines, the card's chrome under them: ``open_two``)
        if not open_pair(head):
            return False
        first = head.prev
    # the line must read as a whole title: a card's chrome under its abstract follows an
    # open last line there as well ("Code for the experiments is available at the
    # following" + "· 2 authors · Dec 9, 2017", a link the capture dropped; a keyword
    # line, ">Vision-language-action, Agentic AI, …" + "4 authors · Apr 20"), and hold
    # no web address ("Project Page: [https://github.com/…](…)": no title does)
    text = head.tok.text if first is None else first.tok.text + " " + head.tok.text
    # (``closes``: the chrome is a kind the page puts after abstracts only, its card's
    # last line: the line over it is the card's last, and a comma in it is no sentence
    # of the abstract going on, ``could_head``'s ``Moreover, …``, but a title's)
    if not lineforms.could_head(text, commas=closes) or "://" in text:
        return False
    # ... nor share two longer words with the abstract above it: an abstract's last line
    # goes on in its words, another paper's title rarely has them ("… gains often
    # reported in cross-fold validation …" + "Leave-one-dataset-out cross-validation
    # yields more stable and interpretable findings" + "- 5 authors")
    parts = []
    above = head.prev if first is None else first.prev
    for _ in range(32):
        if above is None or above.role not in (ABSTRACT, CONT):
            break
        parts.append(above.tok.text)
        if above.role == ABSTRACT:
            break
        above = above.prev
    return not echoes.shares_words(" ".join(parts), text)


def open_last(node: Node) -> bool:
    """Is ``node``, an abstract's continuation of title size, one line ending no sentence
    (nor at a web address) under abstract text that ended one (``OPEN_END_COST``)?"""
    tok = node.tok
    text = tok.text
    if tok.lines != 1 or terminal(text) or lineforms.web_end(text):
        return False
    if evidence.PLAIN_NAME.match(text) is not None or lineforms.open_end(text):
        # ("Methods: The proposed approach …": a structured abstract's part; "Code
        # avaliable on": a sentence cut where no title ends)
        return False
    above = node.prev
    return above is not None and above.role in (ABSTRACT, CONT) and terminal(above.tok.text)


def title_item(head: Node, decided: str) -> str | None:
    """The list mark (``Token.item``, "" for none) of the title of the card ``head`` is
    in: a walk back to that title, through its chrome and text (None past 64 steps).
    ``decided``: the mark of the last title decided, the card's title when the walk
    reaches the decided root without meeting one (a title then its chrome, decided
    before the next item comes: ``• eLawThinker: …`` + ``Published on …`` + ``•
    expstar: …``)."""
    node: Node | None = head
    for _ in range(64):
        if node is None:
            return decided
        if node.role == TITLE:
            return node.tok.item
        node = node.prev
    return None


def card_title(head: Node, decided: Token | None) -> str:
    """The title of the card ``head`` is in, before its abstract: its title's token and
    the wrapped rests read after it (``title_item``'s walk; ``decided``: the last title
    decided, for a walk that reaches the decided root)."""
    rests: list[str] = []
    node: Node | None = head
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


def unshared_rest(head: Node, tok: Token) -> float:
    """What reading ``tok`` as the second line of a one-line title's rest (``head``, read
    as that rest, right under the title) pays where the text under ``tok`` echoes the two
    lines and not the title line (``UNSHARED_FIRST``): a card without an abstract, then
    the next card's title wrapped over two lines (``Action Dubber: … Inflectional Flow``
    at 59 of 60 + ``Occlusion-aware Driver Monitoring System using the Driver`` +
    ``Monitoring Dataset`` + ``This paper presents a robust, occlusion-aware driver …``).
    Not where the rest's first line was weighed so already (the text under it long
    enough to be an abstract)."""
    title = head.prev
    rest = head.tok
    if (
        title is None
        or title.role != TITLE
        or title.tok.lines > 1
        or rest.lines > 1
        or tok.lines > 1
        or len(rest.under) >= UNSHARED_FIRST[-1][0]
        or rest.under2  # (weighed at the rest's first line: ``charges.unshared_two``)
        or not tok.under
    ):
        return 0.0
    return first_unshared(title.tok.text, rest.text + " " + tok.text, tok.under)
