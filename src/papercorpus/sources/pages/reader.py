"""The reader's half of the page parser: what it does with each token once the decoder
has settled its role (``decode.Decoder`` hands them over in page order).

A title starts a card, an abstract or a continuation fills it, an organisation line or a
search echo is counted chrome, a reject is logged with its line. On the way the reader
learns the page's habits the decoder weighs the next tokens by (``page_habits.PageHabits``):
where its ``·`` lines sit, what follows each kind of chrome, the organisation names it
showed, whether it wraps its titles.
"""

from __future__ import annotations

import re
from typing import Final

from ..chrome import MONTH_NAME
from ..chrome_values import count_value
from ..shape import clip, terminal
from .bold import whole_bold
from .cards import CardBuilder
from .gap_habit import gap_title
from .page_habits import PageHabits
from .scores import (
    ABSTRACT,
    CHROME,
    CONT,
    ORG,
    REJECT,
    SEARCH,
    SURE_TITLES,
    TITLE,
    org_marked,
)
from .template import CARD_TAGS, CardTemplate
from .tokens import Token
from .units import EMAIL, ITEM_MARK

__all__ = ["TokenReader", "date_tail", "dot_habit", "dot_mark", "line_votes"]

# Without a wrap width, a title this long on one line shows the page does not wrap titles.
_FLAT_TITLE: Final = 100
# what a "·" line is under, by the role of the text right above it (a title's rest is
# counted as its title by the caller)
_DOT_ABOVE: Final = {TITLE: 0, ORG: 1, ABSTRACT: 2, CONT: 2}
# the card's text other than a title, counted after a blank line (``gap_habit``)
_GAP_ROLES: Final = (ABSTRACT, CONT, ORG)

# What a listing puts on a title's line that is not the title: a list's number or bullet
# ("1. Title", "12) Title", "- Title"), bold ("**Title**"), the card's upvote count
# ("▲ 101 Title", "Title (101 upvotes)", "Title · ▲ 101"). A count needs its sign or its
# word: a bare number at either end may be the title's ("2D ...", "... Llama 3").
_COUNT: Final = r"\d[\d,]*(?:\.\d+)?[kKmM]?"
_VOTE: Final = r"[▲△⬆↑👍]\ufe0f?"
# ... a numbered listing's number alone ("12. Title", "12) Title"), or its rank ("#12 Title",
# "[12] Title": ``card_marks.title_marks`` takes it off the record's title)
_ITEM_NO: Final = re.compile(r"(\d{1,3})([.)])\s|#(\d{1,3})\s|\[(\d{1,3})\]\s")
_MARK_HEAD: Final = re.compile(rf"(?:\d{{1,3}}[.)]|[-*•+]|{_VOTE}\s*{_COUNT})\s+(?=\S)")
# ... and the card's date, as reader-mode text glues it on ("Title Dec 8, 2022",
# "Title · Aug 9", "…ModelsAug 9": inline elements run together, whatever the title's
# last character: "… characteristic $2$Jan 23, 2020", "… Models -Jan 27").
_MONTH: Final = MONTH_NAME + r"\.?"
_CARD_DATE: Final = rf"(?:Published on\s+)?{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
_MARK_TAIL: Final = re.compile(
    rf"\s+(?:\(\s*{_COUNT}\s+(?:up)?votes?\s*\)|·\s*{_VOTE}\s*{_COUNT}|·\s*{_COUNT}\s+upvotes?)$"
    rf"|(?:\s+·\s*|\s+|(?<=\S)){_CARD_DATE}$"
)


# ... the card's date after a "·" at the end of a text line ("Physics-IQ Verified · Feb
# 21", "Google · Published on May 9")
_DOT_DATE_TAIL: Final = re.compile(rf"\s*·\s*{_CARD_DATE}$")


def date_tail(s: str) -> int:
    """Where ``s`` (a line, stripped) ends in a ``·`` and a card's date after some text,
    the date's start (its ``·``), else 0. Reader mode runs a card's inline elements
    together: ``Physics-IQ Verified · Feb 21`` is a title then its ``· Feb 21``, and
    ``Meta AI · Sep 10, 2018`` a name then its: the text is read as any text line, the
    date as the chrome line it would be on a line of its own, so the decoder tells a
    title from an organisation's name by the card grammar and the page's habits (where
    its dates sit), not by the name's shape alone."""
    m = _DOT_DATE_TAIL.search(s)
    return m.start() if m is not None and m.start() > 0 else 0


def dot_habit(under_titles: int, under_names: int, under_prose: int) -> int:
    """The page's "·" habit from its "·" lines seen right under titles, organisations'
    names and prose: 1, under names (two or more, none elsewhere); -1, under titles or
    prose (two or more, none under a name); 0, not shown."""
    a, b, c = under_titles, under_names, under_prose
    return (b >= 2 and not (a or c)) - (a + c >= 2 and not b)


class TokenReader(CardBuilder):
    """Decided tokens -> cards and page habits; mixed into the page parser."""

    title_tok: Token | None
    last_role: int
    after_tag: str
    dots: list[int]
    title_wraps: list[int]
    template: CardTemplate
    item_indent: int  # a list item's hanging indent ("- Title" + "  its abstract")
    head_width: int  # the width measured on the page's head (``parser``; 0: none)

    def _title_limit(self) -> int:
        """A title on one line longer than this tells the page's title habit (it does not
        wrap its titles at its wrap width, or at all: ``_FLAT_TITLE``)."""
        return self.wrap_width + 2 if self.wrap_width else _FLAT_TITLE

    def item_line(self, raw: str, s: str) -> str:
        """A text line as read under a list item: the lines under ``- Title`` indented by
        the mark's width are the item's, so that indent is no arXiv indented title rest."""
        set_in = raw[:1] in " \t"
        mark = item_indent(s)
        if mark and set_in:
            # an item opening in from the margin ("  * Title", w3m): its lines hang at
            # the column its text starts at, the item's margin and mark together
            self.item_indent = len(raw) - len(raw.lstrip()) + mark
            return raw
        if set_in:
            n = self.item_indent
            return raw[n:] if n and raw[:n].isspace() else raw
        self.item_indent = mark
        return raw

    def _decided(self, role: int, tok: Token) -> None:
        """A token whose role the decoder has settled, in page order."""
        t = self.title_tok
        if t is not None:  # the title decided before this token: was it wrapped?
            self.title_tok = None
            if role == CONT or t.lines > 1 or len(t.text) > self._title_limit():
                wrapped = role == CONT or t.lines > 1
                self._title_wrap(wrapped)
                if not wrapped and len(t.text) > self.head_width + 5:
                    # wider than the width measured on the page's head too, a margin's
                    # columns aside (a width learned from one break may be narrower)
                    self.decoder.titles_one = True
                    self.decoder.one_width = max(self.decoder.one_width, len(t.text))
            elif self.head_width and not self.wrap_width and len(t.text) > self.head_width + 5:
                # ... and before the page's breaks have taught it a width, one wider than the
                # head's (a margin's columns aside): the tool that wrapped the head's prose
                # there left the title whole, so a title line that fills that width spilled
                # nothing (``evidence.cont_evidence``'s ``one_line``; mid_org 30 p000812, a
                # markdown page whose abstracts end their lines in hard breaks: a first
                # title of 93 on one line, the head wrapped at 80, then ``Procedure
                # Learning … Optimal Transport`` at 72 + ``Rethinking LayerNorm in Image
                # Restoration Transformers.``, two titles read as one)
                self.decoder.titles_one = True
        if role == CHROME:
            if tok.line:  # (the decoder's start node has line 0)
                self._apply_chrome(tok.line, tok.chrome, tok.text, tok.lines)
                if tok.chrome in CARD_TAGS:  # the page's card template (``template``)
                    if tok.chrome == "date":
                        self.template.date(tok.text)
                    self.template.chrome(tok.chrome)
                    if tok.chrome == "org" and self.after_tag != "org":
                        # (an organisation's block names one: its avatar's link, then its
                        # name's, ``[![Slug](avatar)](profile)`` + ``[Name](profile)``,
                        # are two lines of one name, not two organisations: ``TWO_ORGS``)
                        self.template.named()
                        self.decoder.habits.mo_linked_orgs[0] += 1
                elif tok.chrome == "header":
                    self.template.header()
                if self.card is None and tok.chrome in ("header", "view"):
                    self.page_ids.header_line()
                last = self.last_role
                if last == CONT and self.card is not None and not self.card.abstract:
                    last = TITLE  # a wrapped title's rest
                if tok.tag in ("dot", "dotdate") and last in _DOT_ABOVE:
                    self._dot_under(_DOT_ABOVE[last])
                if last >= 0:  # the chrome right under text
                    self.decoder.habits.learn_before(tok.tag, last == TITLE)
            self.last_role = -1
            self.after_tag = tok.tag
            return
        self.last_role = role
        if tok.gap and (role == TITLE or self.card is not None and role in _GAP_ROLES):
            # text after a blank line: a title, or the card's text (``gap_habit``)
            seen = self.decoder.gap_seen
            seen[role != TITLE] += 1
            self.decoder.gap_title = gap_title(seen)
        if role in (SEARCH, REJECT) and self.card is None:
            # text read as no card's before the page's first title: a card lost there
            # leaves its link before the first title read (``PageIds.stray_text``). (Not
            # a name: a page that sets its cards' names above their titles shows one
            # there, before the first card's link.)
            self.page_ids.stray_text()
        if self.after_tag:
            self.decoder.habits.learn_after(self.after_tag, role == TITLE)
            self.after_tag = ""
        if role == TITLE:
            text = tok.text
            habits = self.decoder.habits
            if habits.item_no or text[0].isdigit() or text[0] == "#" or text[0] == "[":
                _count_item(habits, text)
            if not text[0].isalpha() or text[-1] in "*)0123456789":
                tok.text = unmark_title(text)
            self.template.title()
            habits.cards += 1
            habits.learn_item(bool(tok.item))
            habits.learn_heading(tok.heading or tok.linked or tok.marked, tok.heading)
            habits.learn_col(tok.col, True)
            habits.learn_opener(tok.prv)
            card = self.card
            if tok.adjacent and tok.prv == "text" and card and card.abstract:
                # (right under an abstract that ended its sentence: ``TIGHT_TITLES``)
                habits.tight_titles += terminal(card.abstract[-1])
            if tok.org:
                habits.names[tok.text] = habits.cards
            self._start_card(tok)
            if tok.votes >= 0 or not (tok.heading or tok.linked):
                self.title_tok = tok
        elif role == ABSTRACT:
            if self.abstract_labels:
                labels = self.decoder.habits.labels
                labels[not tok.labelled] += 1
                self.decoder.habits.label_habit = labels[0] >= 3 and labels[1] * 4 <= labels[0]
            self.template.abstract()
            self.decoder.habits.learn_col(tok.col, False)
            self.decoder.habits.learn_prose(tok.text)
            self._add_abstract(tok)
        elif role == CONT:
            if self.card is not None and self.card.abstract:
                self.decoder.habits.learn_prose(tok.text)  # (an abstract's rest)
            if tok.col > 1 and tok.prv == "text" and not (tok.item or tok.gap) and self.card:
                # (a line set in under text: a title's rest or an abstract's line)
                self.decoder.habits.set_in_lines[bool(self.card.abstract)] += 1
            self._continue(tok)
        elif role == ORG:
            self.log.drop_chrome("org", tok.lines)
            self._set_org(tok.text)
            self.decoder.habits.orgs.add(tok.text)
            self.template.chrome("org")
            if org_marked(tok):
                self.template.named()
                self.decoder.habits.mo_linked_orgs[1] += 1
            else:
                self.decoder.habits.bare_orgs += 1  # (``bare_names``)
            self.org_lines += 1
        elif role == SEARCH:
            self.log.drop_chrome("search", tok.lines)
        elif role == REJECT:
            if "@" in tok.text and EMAIL.search(tok.text) is not None:
                why = f"not a paper title (an e-mail address): {clip(tok.text)}"
                self.log.reject("R_STRAY_TEXT", self.file, tok.line, why, tok.lines)
            else:
                why = f"text without a title: {clip(tok.text)}"
                self.log.reject("R_ORPHAN_TEXT", self.file, tok.line, why, tok.lines)

    def _dot_under(self, what: int) -> None:
        """A "·" line right under a title (0), an organisation's name (1) or prose (2):
        the page's habit says what the next "·" is likely under."""
        dots = self.dots
        dots[what] += 1
        a, b, c = dots
        habits = self.decoder.habits
        habits.dot_habit = dot_habit(a, b, c)
        habits.dot_prose = c * 3 >= a + b + c  # (a third of them: a habit, not a slip)

    def _title_wrap(self, wrapped: bool) -> None:
        """Does this page wrap its titles? Judged on each title by the token after it: a
        title's wrapped rest, or a title longer than the page's wrap width on one line."""
        self.title_wraps[wrapped] += 1
        one, wrapped_n = self.title_wraps
        # -2: surely (many long titles, none wrapped), -1: a habit, 0: none shown, 1: the
        # page wraps its titles
        self.decoder.title_habit = (
            -(one >= 3 and wrapped_n * 5 < one)
            - (one >= SURE_TITLES and not wrapped_n)
            + (wrapped_n >= 3 and one * 5 < wrapped_n)
        )


def _count_item(habits: PageHabits, text: str) -> None:
    """The list number on a title's line: once two titles in a row count up (``20)``,
    ``21)``), a line opening with the next number is the next card's title (``scores``).
    An abstract's own enumeration starts again at one, so it rarely matches. A rank counts
    so too (``#20``, ``[20]``): a title under a card's one-sentence abstract opening with
    the next rank was read as that abstract's going on (``[20] Relic: …`` + ``Reward models
    are essential … preferences.`` + ``[21] on the robustness of medical vision-language
    models: …``, novel 115 ``number`` p000267), or as the abstract of a card without one
    (``#25 VFMF: …`` + ``#26 zing-3d: …``, p000633)."""
    m = _ITEM_NO.match(text)
    if m is None:
        habits.item_no, habits.next_item = 0, ""
        return
    if m.group(1) is not None:
        n = int(m.group(1))
        nxt = f"{n + 1}{m.group(2)} "
    elif m.group(3) is not None:
        n = int(m.group(3))
        nxt = f"#{n + 1} "
    else:
        n = int(m.group(4))
        nxt = f"[{n + 1}] "
    habits.next_item = nxt if n > 1 and n == habits.item_no + 1 else ""
    habits.item_no = n


# A list's number or bullet, bold or an upvote count before a markdown link on a line
# ("1. [Title](url)", "**[Title](url)**", "▲ 101 [Title](url)").
_LINK_HEAD: Final = re.compile(rf"(?:(?:\d{{1,3}}[.)]|[-*•+]|{_VOTE}\s*{_COUNT})\s+)?(\*\*)?(?=\[)")
MARK_FIRST: Final = frozenset("0123456789-*•+▲△⬆↑👍")
_VOTES: Final = frozenset("▲△⬆↑👍")
MARKED_LAST: Final = frozenset("*)0123456789kKmM")  # a line that may end in marks or a count


def marked_end(s: str) -> bool:
    """May a line ending in ``MARKED_LAST`` carry a listing's marks at its end: a link's
    (``[Title](url) (101 upvotes)``, ``**[Title](url)**``) or the card's count on a plain
    title line (``Title (214 upvotes)``, ``Title · ▲ 96``)? ``link_marks`` says."""
    return s[0] == "[" or s.endswith(")**") or s.endswith("votes)") or "▲" in s[-12:]


def link_marks(s: str) -> tuple[str, int]:
    """A line without the marks a listing put around a title or its markdown link, so
    the intake sees the link (``units.unwrap``), and whether the line was set in bold:
    1 (a bold line is a heading: abstracts are not set in bold), 2 when the bold closes
    on the line ("**Title**": a heading that is complete, no wrapped rest follows), 3 for
    a plain title line marked by the card's upvote count (complete too, and, unlike a
    heading, it shows how the page sets its titles: ``Token.votes``)."""
    bold = 0
    if s[0] in MARK_FIRST:
        if s[0] == "*" and whole_bold(s) and "](" not in s:
            # "**Title**", also when the title opens with a bracket or holds bold of its
            # own ("**[RET] Individual Gain, …**", "****Bold** Investigating …**"): no
            # link's head, however it starts
            return s[2:-2].strip(), 2
        m = _LINK_HEAD.match(s)
        if m is not None and m.end():
            # an upvote count on the link's line marks a title's line, complete on it
            # (abstracts carry no votes), as a bold one does
            bold = 2 if s[0] in _VOTES else int(m.group(1) is not None)
            s = s[m.end() :]
        elif s[0] in _VOTES:
            m = _MARK_HEAD.match(s)
            if m is not None:
                # "▲ 40 MMDT: Decoding …": the card's count on a plain line marks it a
                # title's, complete on it (abstracts carry no votes), as on a link's
                return s[m.end() :], 3
    if s.endswith(")**"):
        s = s[:-2]  # "**[Title](url)**", or the closing line of a bold link's wrapper
    if s[0] == "[" and (s.endswith("votes)") or "·" in s[-16:]):
        m = _MARK_TAIL.search(s)
        if m is not None and s[m.start() - 1] == ")":  # "[Title](url) (101 upvotes)"
            if "vote" in s[m.start() :] or "▲" in s[m.start() :]:
                bold = 2
            s = s[: m.start()]
    if bold != 2 and s[-1] in MARKED_LAST and (s.endswith("votes)") or "▲" in s[-12:]):
        m = _MARK_TAIL.search(s)
        if m is not None and m.start() and ("vote" in s[m.start() :] or "▲" in s[m.start() :]):
            return s[: m.start()], 3  # "Title (214 upvotes)", "Title · ▲ 96": the same
    return s, bold


def item_indent(s: str) -> int:
    """The width of the list mark a line starts with ("- ", "12. "), else 0: the lines
    of the item under it are indented by that much."""
    if s[0] not in MARK_FIRST:
        return 0
    m = ITEM_MARK.match(s)
    return m.end() if m is not None else 0


def unmark_title(text: str) -> str:
    """``text`` without the list mark, bold or upvote count the listing put on the
    title's line (``_MARK_HEAD``, ``_MARK_TAIL``); the title itself when none."""
    m = _MARK_HEAD.match(text)
    if m is not None:
        text = text[m.end() :]
        m = _MARK_HEAD.match(text)  # "1. ▲ 101 Title"
        if m is not None and not text[0].isalnum():
            text = text[m.end() :]
    m = _MARK_TAIL.search(text)
    if m is not None:
        text = text[: m.start()]
    if whole_bold(text):
        text = text[2:-2].strip()
    return text


def dot_mark(kind: str, s: str) -> bool:
    """``·``, ``· Sep 4``, ``· Published on …``: the mark after an organisation's name (or a
    title); not ``· 5 authors``, an author line. The dot also as a capture that could not
    print it shows it (``Â· Published on …``, ``? Published on …``: ``printed_chrome``)."""
    return kind == "dot" or kind == "date" and (s[0] in "·•" or s.startswith(_PRINTED_DOTS))


# the dot opening a line as a capture that could not print it shows it
_PRINTED_DOTS: Final = ("Â·", "â€¢", "? ")


def line_votes(marked: str, title: str) -> int:
    """The upvote count ``link_marks`` took off a title's line (``marked`` before, ``title``
    after: ``Title (214 upvotes)``, ``▲ 40 Title``, ``Title · ▲ 96``), else -1."""
    cut = marked[len(title) :] if marked.startswith(title) else marked[: len(marked) - len(title)]
    value = count_value(cut) if any(c.isdigit() for c in cut) else None
    return -1 if value is None else value
