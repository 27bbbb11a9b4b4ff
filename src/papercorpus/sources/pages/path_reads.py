"""What a walk back along a live path reads of the card its head is in: the card's title
and its wrapped rests, its list mark, the chrome and links between its title and abstract,
an abstract ending open right above; each a test the decoder's moves ask of one path
(``text_moves``, ``decode``, ``walks.CardWalks``).
"""

from __future__ import annotations

from ..chrome_values import arxiv_ids
from ..shape import terminal
from . import echoes, lineforms, title_rest
from .card_marks import RANK_FIRST, rank_no
from .charges import TWO_IDS, UNSHARED_FIRST
from .nodes import Node
from .open_two import open_pair
from .scores import ABSTRACT, CHROME, CONT, ORG, TITLE
from .template import CardTemplate
from .token_charges import first_unshared
from .tokens import Token

__all__ = [
    "wrapped_within",
    "org_date",
    "closed_above",
    "links_across",
    "two_links_after",
    "open_end_above",
    "open_end_chrome",
    "open_last",
    "title_item",
    "title_rank",
    "card_title",
    "unshared_rest",
]


def wrapped_within(tok: Token, width: int) -> bool:
    """Is ``tok`` a piece of three lines or more, its lines ``width`` wide at most on
    average, a margin's columns aside?"""
    return tok.lines >= 3 and len(tok.text) <= tok.lines * (width + 2)


def org_date(node: Node) -> bool:
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
    if title_rest.PLAIN_NAME.match(text) is not None or lineforms.open_end(text):
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


def title_rank(head: Node, decided: Token | None) -> int:
    """The rank the title of the card ``head`` is in opens with (``#12 …``, ``[12] …``:
    ``card_marks.rank_no``; 0 for none), by ``title_item``'s walk (``decided``: the last
    title decided, for a walk that reaches the decided root)."""
    node: Node | None = head
    for _ in range(64):
        if node is None:
            break
        if node.role == TITLE:
            text = node.tok.text
            return rank_no(text) if text[:1] in RANK_FIRST else 0
        node = node.prev
    else:
        return 0
    if decided is None:
        return 0
    text = decided.text
    return rank_no(text) if text[:1] in RANK_FIRST else 0


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
