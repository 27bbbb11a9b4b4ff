"""Where a content line opens a unit or may be cut from the one it joins: the intake's
two places for what the decoder weighs later (``Token.lazy``, ``Unit.breaks``); mixed into
the page parser.

A line that opens a unit carries, unweighed, what continuing the text above would be
worth (the decoder asks only where a live path could take it); a line joined to a unit
on weak evidence is offered as a cut (``breaks.break_candidate``) with that worth
weighed now.
"""

from __future__ import annotations

from typing import Final

from ..shape import TITLE_MAX, WRAP_MAX, terminal
from ._trait import trait
from .breaks import break_candidate
from .decode import Decoder
from .evidence import ADJACENT, CAPITAL_SHARING, SURE_WRAPS, cont_evidence
from .flat_titles import past_breaks, two_titles
from .last_breaks import (
    break_before_echoed_title,
    break_before_folded_title,
    break_before_name,
    break_before_wide,
)
from .lineforms import first_len, opens_block, web_end
from .piece_echo import piece_echoed
from .template import CardTemplate
from .units import Unit, even, indent, name_like
from .widths import prose_fold

__all__ = ["FIRM_WRAPS", "FLAT", "SEEN_WRAPS", "UnitIntake", "arxiv_indented"]

# What joining two lines costs on a page that shows its paragraphs on one line each.
FLAT: Final = 3.0
# Wraps seen within the page's wrap width after which that width is firm: a wider line
# is then no wrapped line (it does not widen the page).
FIRM_WRAPS: Final = 8
# How far short of a fold's width (``widths.folds_all``) a line must end, the next line's
# first word counted, to be read as its paragraph's end (``UnitIntake._greedy_fold``): a
# typesetter's column set a few columns inside the fold leaves its lines up to four short
FOLD_SHORT: Final = 6
# ... after which a line wider than it is likely no wrapped line (``breaks.break_candidate``
# offers a cut under one that could be a title)
SEEN_WRAPS: Final = 3


def arxiv_indented(raw: str) -> bool:
    """Indented as arXiv indents a title's wrapped rest: by two spaces or a tab (one
    space before a name is how web exports set an inline element on its own line)."""
    return raw[:2] == "  " or raw[:1] == "\t"


def opens_under_end(u: Unit) -> bool:
    """Is ``u`` one line so far, a unit of its own under a line that ended a sentence (no
    blank between)? A line cut there may be a whole title, as one cut inside a unit under
    a sentence end may (``cont_evidence``'s ``after_end``): layout B's ``… comprehending
    multimodal scientific literature.`` + ``BRIDGE: Benchmark for multi-hop Reasoning In
    long multimodal Documents with Grounded Evidence`` + ``Multi-hop question answering
    (QA) is widely used …``, the title opening a unit of its own, its abstract's first
    line offered as a cut from it (``CAPITAL_SHARING``: the next line opens in capitals
    repeating its words)."""
    lazy = u.lazy
    return (
        not u.breaks
        and len(u.parts) == 1
        and lazy is not None
        and not lazy[3]
        and terminal(lazy[0])
    )


def opens_under_title(u: Unit, above: Unit | None) -> bool:
    """Is ``u`` one line so far, a unit of its own right under a unit of one line that
    opened the text under chrome (or the page) and ends no sentence: a card's title, over
    its abstract's first line or the next card's title (``cont_evidence``'s
    ``under_chrome``: a line under it opening in capitals and repeating its words is
    that title's abstract)? ``Community-aware evaluation … for open-set plankton image
    recognition`` + ``Automated plankton image recognition is increasingly used …`` under
    ``TeXpert: A Multi-Level Benchmark …`` and its chrome (a card without an abstract):
    read as TeXpert's abstract, its card lost (default 155 p001987). Of the 74,728 real
    arXiv abstracts wrapped at 60 / 80 / 100 columns, 25,810 / 20,897 / 18,264 open with a
    line that could be a whole title (``could_head``, commas allowed) and 28 / 36 / 58 of
    them have a second line opening in capitals that shares two longer words with it;
    34% / 46% / 55% of the titles on one line over their abstract's first line do."""
    lazy = u.lazy
    return (
        above is not None
        and above.lazy is None
        and not above.heading
        and len(above.parts) == 1
        and not u.breaks
        and len(u.parts) == 1
        and lazy is not None
        and lazy[6]
        and not terminal(lazy[0])
    )


def piece_under_end(u: Unit) -> bool:
    """Are ``u``'s last two lines a piece right under a line that ended a sentence: the
    line above them cut off it (a break after a sentence end), or the unit's first two
    lines under such a line of the text above (no blank between), or under one that
    ended its text with a web address (``… are available on GitHub:`` +
    ``https://github.com/susantiyuni/path-to-causality`` + ``Robustness of breast lesion
    segmentation under MRI`` + ``undersampling improves with k-space-aware deep
    learning`` + ``Purpose: To assess whether breast lesion segmentation can be``, new 62
    ``n_wrap`` p000094: of the 74,728 real abstracts wrapped at 60 / 80 / 100, 77 / 24 /
    12 lines ending in an address have three lines or more under them, 3 / 0 / 1 of
    those a piece shaped as a title, none echoed as ``piece_echoed`` asks)?"""
    if u.breaks:
        return u.breaks[-1][2]
    lazy = u.lazy
    return (
        len(u.parts) == 2
        and lazy is not None
        and not lazy[3]
        and (terminal(lazy[0]) or web_end(lazy[0]))
    )


@trait
class UnitIntake:
    """Opens units and offers cuts inside them (``parser.PageParser._text``)."""

    unit: Unit | None
    last_unit: Unit | None
    adjacent: bool
    gap: bool
    mark_closed: bool
    last_text: str
    last_one: bool
    last_col: int
    line_col: int
    link_open: bool
    wrap_width: int
    width_col: int
    head_width: int
    fold_width: int
    folded: bool
    greedy_fold: bool
    hyphens: bool
    measured: bool
    wraps: int
    fit_joins: int
    join_fitted: int
    rhythm: list[int]
    blocks: list[int]
    flat: list[int]
    template: CardTemplate
    decoder: Decoder

    # (methods, not ``Callable`` attributes: mypyc reads a trait's attributes from the
    # compiled class's slots)
    def _flat(self) -> bool:
        raise NotImplementedError  # (``closing.UnitCloser``)

    def _close_unit(self) -> None:
        raise NotImplementedError  # (``closing.UnitCloser``)

    def width_at(self, col: int) -> int:
        raise NotImplementedError  # (``parser``)

    def _open_unit(
        self, lineno: int, raw: str, text: str, heading: bool, opens: bool, col: int
    ) -> Unit:
        """Close the unit being read (``unit``) and open one at ``text``'s line."""
        u = self.unit
        prev, gap = self.last_text, self.gap
        adjacent = u is not None and self.adjacent
        # the text above is a title's rest set in (arXiv indents every line of it)
        prev_indented = u is not None and bool(u.indents) and u.indents[-1] == len(u.parts) - 1
        # ... a block a blank line set apart above: a line right under it is in it
        set_apart = u is not None and u.gap and not u.parts[1:]
        # the width the text above wrapped at (the last unit's: ``width_at`` inlined)
        prev_width = self.wrap_width
        if prev_width and self.last_col != self.width_col:
            prev_width += self.width_col - self.last_col
        head = self.head_width  # (shifted as ``prev_width`` is, where that is known)
        if u is None:
            self.adjacent = False  # (``_close_unit`` with no unit: hot)
        else:
            if self.wrap_width and "org" in self.template.mid_only and name_like(text):
                break_before_name(u, self.width_at(u.col))  # (``break_before_name``)
            if not (gap or u.heading or u.hard_break or u.in_link) and u.parts[1:]:
                width = self.width_at(u.col)
                break_before_echoed_title(u, text, width)
                break_before_wide(u, text, width)  # (its title?)
                if self.folded:  # (a folded title's lines: ``break_before_folded_title``)
                    break_before_folded_title(u, text, width)
            self._close_unit()
        u = self.unit = Unit(lineno, [], heading, self.link_open or opens)
        u.col = self.last_col = col
        u.set_in = self.line_col
        self.blocks[not gap] += 1
        if raw[:1] in " \t":
            u.margin = indent(raw)
        if self.mark_closed:
            # a site's fold clipped the text above (``… See more``): the abstract ends there;
            # or the link's mark the page sets after its titles closed it (``[PDF]``): the
            # title ends there. No text under it goes on it (``card_marks``)
            self.mark_closed = False
        elif not (heading or not prev):
            # weighed when the decoder needs it (``Token.lazy``): most tokens are
            # read where no open text could take them as its rest
            indented = raw[:1] in " \t" and arxiv_indented(raw)
            gap = gap and not adjacent
            rhythm = self.rhythm
            rhythm[not gap] += 1
            # a page that sets its blocks apart with blank lines (layout A): lines
            # right under text belong to its block (``_blocky``, spelled out: hot)
            blocky = rhythm[0] >= 4 and rhythm[1] * 5 < rhythm[0]
            blocks = self.blocks
            flat_one, flat_many = self.flat  # (``_flat``, spelled out)
            u.lazy = (
                prev,
                text,
                False,
                gap,
                prev_width,
                indented,
                self.last_one,
                # (... or every unit, under chrome too: ``_set_apart``, spelled out)
                blocky or (blocks[0] >= 3 and blocks[1] * 5 < blocks[0]),
                prev_indented,
                # firm: measured on the head; or, for a line under half the width
                # the page has wrapped many lines at, ending no sentence, over a
                # capitalised one, learned (``evidence.SHORT_FILL``: "Qwen" +
                # "ROCKET isn't just …", a name over its abstract, where the next
                # word would have fitted; a paragraph ends its sentence: "… chart" +
                # "reviews." + "Conclusion: This pipeline …" goes on); or over one
                # opening with a pictograph, which opens a block of its own as a
                # capital does ("Qwen" + "🪐 Project Page: https://…": a name over
                # an abstract opening with its links, ``lineforms.opens_block``)
                self.measured
                or (
                    self.wraps >= FIRM_WRAPS
                    and 2 * len(prev) < prev_width
                    and opens_block(text)
                    and not terminal(prev)
                )
                # ... or for a line wider than a width the page surely wraps at
                # (``evidence.SURE_WRAPS``, every wrap full), which no wrap of its set
                # (``… assessment of RAG components`` + ``Detecting Unauthorized Vehicles
                # … A Case Study on Bangladesh`` at 96 on a page wrapping at 72: a title
                # of a card without an abstract, capture 182 p000218)
                or (
                    len(text) > prev_width + 2
                    and self.wraps >= SURE_WRAPS
                    and self.fit_joins == self.join_fitted
                ),
                flat_one >= 2 and flat_one > 3 * flat_many and not self.wrap_width,
                set_apart,
                head + prev_width - self.wrap_width if head >= self.wrap_width else 0,
            )
            u.blocky = blocky and not gap
        u.gap = gap and not adjacent
        return u

    def _cut_evidence(
        self,
        u: Unit,
        shown: str,
        text: str,
        raw: str,
        at: int,
        firm: bool,
        flat: bool,
        after_end: bool,
    ) -> tuple[float, float]:
        """What continuing the unit's last line (``shown``: as the page shows it, or as a
        first wrap set it before a fold, measured ``at`` its width) with ``text`` is
        worth (``evidence.cont_evidence``), for a cut ``_offer_cut`` offers."""
        return cont_evidence(
            shown,
            text,
            True,
            False,
            at,
            arxiv_indented(raw),
            # (the unit's first line, right under text, no blank or chrome between:
            # the next card's title as likely as an abstract's first line)
            first_under_text=len(u.parts) == 1 and u.lazy is not None and not u.lazy[3],
            prev_indented=len(u.parts) - 1 in u.indents,
            firm=firm,
            flat=flat,
            wraps_titles=self.decoder.wraps_titles,
            after_end=after_end,
            # (many wraps, every one full: a tool's greedy wrap, not an author's)
            sure=self.wraps >= SURE_WRAPS and self.fit_joins == self.join_fitted,
            under_chrome=opens_under_title(u, self.last_unit),
            folded=self.folded,
        )

    def _fold_short(self, u: Unit, text: str, width: int) -> bool:
        """Did the page's one greedy fold (``widths.greedy_fold``) end the unit's last line
        short of its width by more than a column's slack (``FOLD_SHORT``), under ``text``
        opening with a word that would have fitted there? A fold breaks at the last space
        that fits, so that line ended its paragraph (``… balance between improved image
        quality and`` + ``efficient object detection`` at 26 of 49 + ``experimenting active
        and sequential learning in a`` + ``medieval music manuscript``, a title in lower
        case under an abstract ending open, capture 180 p000707). Not on a page a typesetter
        hyphenated (``typeset``): its column's own width set the lines, inside the fold's."""
        if self.hyphens or not width:
            return False
        return len(u.parts[-1]) + 1 + first_len(text) + FOLD_SHORT <= width

    def _offer_cut(self, u: Unit, text: str, raw: str, item: str) -> None:
        """``text`` joins ``u`` on weak evidence: where another reading is plausible (a
        title could start there), offer the decoder a cut before it."""
        piece_lines = len(u.parts) - (u.breaks[-1][0] if u.breaks else 0)
        started = bool(u.breaks) and u.breaks[-1][2]
        flat = (
            self._flat()
            and (len(u.parts[-1]) <= TITLE_MAX or len(text) <= TITLE_MAX)
            and (
                not even(u.parts, text)
                # (two title-like lines of one width on such a page: two titles as
                # likely as a wrapped paragraph)
                or (
                    len(u.parts) == 1
                    # (surely flat: no wrapped paragraph so far; or flat, and the two
                    # lines wider than arXiv's own breaks: ``flat_titles.past_breaks``)
                    and (self.flat[0] >= 8 and not self.flat[1] or past_breaks(u.parts[0], text))
                    and two_titles(u.parts[0], text)
                )
            )
        )
        firm = self.wraps >= FIRM_WRAPS
        width = self.width_at(u.col)  # (a list item may open the next card: ``decode``)
        # (a title of two lines under a sentence end, then its abstract's first line
        # repeating its words: ``piece_echo``)
        echoed = piece_lines == 2 and piece_under_end(u) and piece_echoed(u.parts[-2:], text)
        if (
            flat
            or item
            or echoed
            or break_candidate(
                u.parts,
                piece_lines,
                started,
                text,
                width,
                firm,
                self.decoder.title_habit < 0,
                self.wraps >= SEEN_WRAPS,
                # (the text line right above the unit ended a sentence)
                u.lazy is not None and not u.lazy[3] and terminal(u.lazy[0]),
                # the page has filled every line it wrapped so far to its width; or its
                # head showed it filling its lines to a width past any a wrap is counted at
                # (``shape.hard_wrapped`` stops at ``WRAP_MAX``: ``wraps`` stays 0 there
                # however many lines it wraps, so it was never greedy), and a title line
                # the next word would have fitted on, over the next title, was joined with
                # no cut offered (n_wrap 45 p000467 at 120: ``physflow: …
                # photoplethysmography`` at 91 + ``task-conditioned ensemble …``). A greedy
                # wrap never leaves such a line; a one-line title then the next title does
                # 92% of the time at 120 (docs/pages-passes.md, wd19)
                firm and self.fit_joins == self.join_fitted or self.measured and width > WRAP_MAX,
            )
            or self.greedy_fold
            and self._fold_short(u, text, width)
        ):
            if self.wrap_width and "org" in self.template.mid_only and name_like(text):
                break_before_name(u, width)  # (the line above a name: its title?)
            prev = u.parts[-1]
            shown, at = prev, width
            if self.fold_width and u.parts[1:]:
                # a page wrapped once and folded since: the line above as that wrap set
                # it, at its width, where the fold broke it (prose: ``joins``)
                line = prose_fold(u.parts, width, self.fold_width, text)
                if line is not None:
                    shown, at = line, self.fold_width
            after_end = started and piece_lines == 1 or opens_under_end(u)
            evidence = self._cut_evidence(u, shown, text, raw, at, firm, flat, after_end)
            if at != width:
                # (a title is no line of the first wrap: the fold broke it whole, so its
                # rest is weighed on the line as shown, at the fold's width: ``… general
                # and explainable`` + ``spatial`` joined as a line of 68 that filled 80
                # read ``intelligence.`` as a title's rest, capture 116 p000296)
                title = self._cut_evidence(u, prev, text, raw, width, firm, flat, after_end)
                evidence = (evidence[0], title[1])
            if echoed:
                evidence = (evidence[0] + CAPITAL_SHARING, evidence[1])
            if flat:  # a page that shows its paragraphs on one line wraps nothing
                prose = evidence[0] - FLAT
                if len(prev) > TITLE_MAX:
                    # a whole paragraph on its line ended there: no sentence goes on
                    # under it (a lower-cased title under an abstract with no period)
                    prose = min(prose, ADJACENT)
                evidence = (prose, evidence[1] - FLAT)
                u.flat = True
            u.breaks.append((len(u.parts), evidence, terminal(prev)))
            if item:  # (its mark is stripped from the text: kept for the cut's token)
                u.item_at(len(u.parts), raw, item)
