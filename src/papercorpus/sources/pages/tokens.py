"""What the page decoder reads: a token is a piece of page text or one chrome line.

What the page has shown so far of its habits is ``page_habits``'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

__all__ = ["NEG", "Lazy", "Token"]

NEG: Final = -1e9  # an impossible score
# ``evidence.cont_evidence``'s positional arguments, kept until the decoder needs them
Lazy = tuple[str, str, bool, bool, int, bool, bool, bool, bool, bool, bool, bool, int]


@dataclass(slots=True, init=False)
class Token:
    """A piece of page text (``chrome`` empty) or one chrome line (``chrome``: its kind).

    ``closing.UnitCloser._close_unit`` builds the common one by position: keep the
    fields' order."""

    line: int
    text: str
    lines: int = 1
    chrome: str = ""
    gap: bool = False  # a blank line (or more) before it
    # text right after text (no blank, no chrome line between) on a page that sets its
    # blocks apart with blank lines: the same block as the text above
    adjacent: bool = False
    cont: float = NEG  # score for continuing the text token before it as prose (``scores``)
    tcont: float = NEG  # ... as a title's wrapped rest
    # ``evidence.cont_evidence``'s arguments, until the decoder needs ``cont``/``tcont``
    lazy: Lazy | None = None
    cut: bool = False  # continues a word the line width cut: joined without a space
    wrap: bool = False  # the intake joined it to the line above as a wrap (a unit's piece)
    heading: bool = False
    indented: bool = False  # a line after its first is indented (arXiv wraps titles so)
    linked: bool = False
    kind: str = ""  # ``shape.unit_kind``
    # the text from this token to the end of its unit, when longer (its first line alone
    # may read as a title), and its kind
    rest: str = ""
    rest_kind: str = ""
    ids: list[str] = field(default_factory=list)
    org: bool = False  # could be an organisation's name (``units.name_like``)
    tag: str = ""  # what it tells the token before it: a chrome kind, "dot", "profile", "text"
    nxt: str = ""  # the ``tag`` of the token after it ("" at the end of the page)
    nxt2: str = ""  # and of the one after that
    # the text of the token after it, when a profile link, or text under a possible name
    nxt_text: str = ""
    # the token after it is text in its paragraph that opens a sentence (a capitalised
    # word of the language, then a lower-case one: ``neighbours.mark_next``, asked of title-like
    # tokens of one line only): no sentence of this one goes on there
    nxt_sentence: bool = False
    prv: str = ""  # the ``tag`` of the token before it
    # what judging an abstract's first piece alone rather than with the rest of its unit
    # costs (<= 0): due when the reading ends the abstract right after it (``decode``)
    alone: float = 0.0
    # the list mark its line opened with, where it starts a unit (``reader.list_item``):
    # a title's next sibling in its list is the next card's title (``decode``)
    item: str = ""
    # how far its first line is set in on the page, list marks and all (``Unit.set_in_of``)
    col: int = 0
    # the text of the token two after it, when this one could be an organisation's name
    # and that one is text (``neighbours.mark_past``: a title's words recur under its chrome)
    nxt2_text: str = ""
    # the token after it is text opening in lower case, or opening capitalised under a
    # line of this one that filled the page's width and ended no sentence
    # (``neighbours.mark_next``, asked of title-shaped tokens only): a sentence may go on there
    nxt_lower: bool = False
    # a possible name whose first word would have overflowed the text line right above it,
    # a line that filled the page's width (``lineforms.fills``): a wrap there may end at it
    overflows: bool = False
    # a name read as its title's rest before the page showed its habits (``DOT_REST``):
    # (what the rest reading won by, its score, the name's score), for the reader to
    # weigh again once the page has shown them (``revise``); None for every other token
    doubt: tuple[float, float, float] | None = None
    # the text right under it, when this one is a title-shaped line (``neighbours``: an
    # abstract echoes its title's lines, ``charges.unshared_first``)
    under: str = ""
    # a piece cut from its unit, opening capitalised under a line that filled the page's
    # width and ended no sentence (``closing``; ``neighbours.mark_next`` sets ``nxt_lower``)
    under_full: bool = False
    # ... cut from a unit on a page that sets its units apart with blank lines
    # (``closing``: ``UnitCloser._set_apart``): a line right under text is in its block
    in_block: bool = False
    # its line opened with a text browser's link number, dropped (lynx's ``[102]Title``:
    # ``browser_marks.unmark_lead``): text set as a link, as a markdown capture's
    # ``[Title](…)`` is (``PageHabits.learn_heading``)
    marked: bool = False
    # the reference label its link names (``[Title][12]``: "12"; lynx's ``[12]Title``: "12"),
    # resolved against the page's definitions for a title (``references``)
    label: str = ""
    # the text under the one line of text right under it, past one line of its card's
    # chrome at most (``Decoder.push``): a title's rest of two lines over its abstract
    # is weighed at its first line (``charges.unshared_two``)
    under2: str = ""
    # the text past one line of card chrome under it, where that is text (``under2``,
    # ``neighbours.mark_past``)
    past: str = ""
    # it closes a quotation the text right above it left open (``neighbours``): it goes
    # on that text (``scores.QUOTE_CLOSE``)
    closes_quote: bool = False
    # a chrome line: a blank line lies above it (the parser); a text line: the chrome line
    # right under it has one (``neighbours``): the page sets that chrome apart from the
    # text over it, so text right over the text it sits under shares its block
    # (``charges.unshared_past``)
    rd_blank_above: bool = False
    # a text line right under a one-line unit that sits right under chrome (``neighbours``):
    # that line opens the text under the chrome, a card's title as likely as an
    # abstract's first line (``evidence.cont_evidence``'s ``under_chrome``)
    rd_first_under_chrome: bool = False
    # ... right under a one-line unit right under a card's date (``neighbours._DATES``)
    rd_first_under_date: bool = False
    # a name over a one-line "·" date whose next text is a name too, with an organisation's
    # marks under it (its profile link, a "·"), and more a name than this one by their
    # shapes (``Decoder.push``): a card names one organisation, so this one is the title
    # of a card whose date sits under it, not the card above's name (``charges.TWO_ORGS``)
    mo_name_under: bool = False
    # the text under the one line of text right under it, where that line goes on there
    # (the next token is its unit's next piece, or goes on its sentence: ``nxt_lower``;
    # ``Decoder.push``): with ``under``, the opening of the text under a title-sized line
    # that ``charges.UNSHARED_TITLE`` weighs (``under`` alone is then one line; on a page
    # of one-line paragraphs the line under may be the next card's title, and the text
    # past it that card's abstract: not read)
    dd_under_more: str = ""
    # a unit's first piece, short and ending no sentence (``cased_open``: ``scores``)
    short_open: bool = False
    # a one-line unit wider than the width the page has surely wrapped its text at, a
    # space inside it: that width (``wide_lines.sure_past``), else 0
    sure_width: int = 0
    # a token of several lines: its first line's length (``second_card``: a title of two
    # lines whose first is another card's)
    head: int = 0
    # the upvote count a plain title line carried (``Title (214 upvotes)``, ``▲ 40 Title``:
    # ``reader.link_marks``), -1 for none: the card's value, where its id brings none; and
    # a heading to the decoder, but one whose length shows how the page sets its titles
    votes: int = -1
    # its line opened with the label the page sets over its abstracts (``Abstract: …``,
    # read off: ``card_marks.label_page``): an abstract's first line (``scores.LABEL_OPENS``)
    labelled: bool = False
    # its last line closed with a site's fold (``… See more``, read off: ``card_marks.
    # fold_page``): an abstract's clipped last line (``scores.FOLD_CLOSES``)
    folded: bool = False
    # its last line closed with the link's mark a page sets after its titles (``[PDF]``,
    # ``(v2)``, read off: ``card_marks.tail_page``): a title's last line (``scores.TAIL_CLOSES``)
    tailed: bool = False

    # Spelled out, in the fields' order: mypyc runs a dataclass's generated ``__init__`` as
    # interpreted code (~13k instructions for these fields, for every token: 10% of
    # parsing a listing page); this one compiles (``test_pages_init`` holds it to them).
    def __init__(
        self,
        line: int,
        text: str,
        lines: int = 1,
        chrome: str = "",
        gap: bool = False,
        adjacent: bool = False,
        cont: float = NEG,
        tcont: float = NEG,
        lazy: Lazy | None = None,
        cut: bool = False,
        wrap: bool = False,
        heading: bool = False,
        indented: bool = False,
        linked: bool = False,
        kind: str = "",
        rest: str = "",
        rest_kind: str = "",
        ids: list[str] | None = None,
        org: bool = False,
        tag: str = "",
        nxt: str = "",
        nxt2: str = "",
        nxt_text: str = "",
        nxt_sentence: bool = False,
        prv: str = "",
        alone: float = 0.0,
        item: str = "",
        col: int = 0,
        nxt2_text: str = "",
        nxt_lower: bool = False,
        overflows: bool = False,
        doubt: tuple[float, float, float] | None = None,
        under: str = "",
        under_full: bool = False,
        in_block: bool = False,
        marked: bool = False,
        label: str = "",
        under2: str = "",
        past: str = "",
        closes_quote: bool = False,
        rd_blank_above: bool = False,
        rd_first_under_chrome: bool = False,
        rd_first_under_date: bool = False,
        mo_name_under: bool = False,
        dd_under_more: str = "",
        short_open: bool = False,
        sure_width: int = 0,
        head: int = 0,
        votes: int = -1,
        labelled: bool = False,
        folded: bool = False,
        tailed: bool = False,
    ) -> None:
        self.line = line
        self.text = text
        self.lines = lines
        self.chrome = chrome
        self.gap = gap
        self.adjacent = adjacent
        self.cont = cont
        self.tcont = tcont
        self.lazy = lazy
        self.cut = cut
        self.wrap = wrap
        self.heading = heading
        self.indented = indented
        self.linked = linked
        self.kind = kind
        self.rest = rest
        self.rest_kind = rest_kind
        self.ids = [] if ids is None else ids
        self.org = org
        self.tag = tag
        self.nxt = nxt
        self.nxt2 = nxt2
        self.nxt_text = nxt_text
        self.nxt_sentence = nxt_sentence
        self.prv = prv
        self.alone = alone
        self.item = item
        self.col = col
        self.nxt2_text = nxt2_text
        self.nxt_lower = nxt_lower
        self.overflows = overflows
        self.doubt = doubt
        self.under = under
        self.under_full = under_full
        self.in_block = in_block
        self.marked = marked
        self.label = label
        self.under2 = under2
        self.past = past
        self.closes_quote = closes_quote
        self.rd_blank_above = rd_blank_above
        self.rd_first_under_chrome = rd_first_under_chrome
        self.rd_first_under_date = rd_first_under_date
        self.mo_name_under = mo_name_under
        self.dd_under_more = dd_under_more
        self.short_open = short_open
        self.sure_width = sure_width
        self.head = head
        self.votes = votes
        self.labelled = labelled
        self.folded = folded
        self.tailed = tailed
