"""Closing a unit: the lines the intake grouped (``units.Unit``) become decoder tokens.

Most units are one token. A unit the intake joined on weak evidence carries its possible
cuts (``Unit.breaks``, from ``breaks.break_candidate``); closing it cuts it there into
several tokens, each with what continuing the text before it is worth, so the decoder
weighs a wrap against a title or an organisation starting at the cut. The page's line
rhythm (paragraphs on one line or wrapped, blocks set apart with blank lines) is counted
here as units close.
"""

from __future__ import annotations

import re
from typing import Final

from ..browser_marks import unmark_lead
from ..shape import TITLE_MAX, joiner, sentence_like, terminal, title_shaped, unit_kind
from ._trait import trait
from .bold import bold_spans
from .bot_comment import drop_bot_breaks
from .breaks import TITLE_LINES
from .decode import Decoder
from .evidence import SURE_WRAPS, cont_evidence
from .last_breaks import break_at_echoed_titles
from .lineforms import fills, goes_on, open_end
from .named_titles import named_under
from .reader import MARK_FIRST
from .tokens import NEG, Token
from .units import (
    CAMEL,
    NO_CUTS,
    PLAIN_MARK,
    Unit,
    collapse,
    joined,
    list_item,
    name_like,
    titleish,
)
from .wide_lines import sure_past

__all__ = ["UnitCloser"]

# a markdown image alone (``![alt](src)``, the alt text a fold may have broken)
_IMAGE: Final = re.compile(r"!\[[^\[\]]*\]\([^()\s]*\)")

# A line at a unit's margin right over an indented line, read as the rest of the title
# above it: arXiv indents every line of a title's rest, so one title would hold a rest at
# the margin and then one set in, which no wrap does (a title's rest filling the width
# above it weighs for the rest up to about +6: ``evidence.cont_evidence``). The line
# starts the title the indented line ends ("ETA: … for Depth Completion", a card without
# an abstract, + "Unfolding 3D Gaussian Splatting via Iterative Gaussian" + "  Synopsis.").
MARGIN_REST: Final = 8.0


@trait
class UnitCloser:
    """Units -> decoder tokens; mixed into the page parser."""

    unit: Unit | None
    adjacent: bool
    last_one: bool
    last_unit: Unit | None
    wrap_width: int
    rhythm: list[int]
    blocks: list[int]
    flat: list[int]
    decoder: Decoder
    hard_lines: int  # (``parser``: lines ending in a markdown "\" hard break)
    wraps: int  # (``joins``: lines wrapped within ``wrap_width``)
    fit_joins: int  # (... and of those, lines the next word would have fitted on)

    # (a method, not a ``Callable`` attribute: mypyc reads a trait's attributes from the
    # compiled class's slots, and the parser's is a method)
    def width_at(self, col: int) -> int:
        """(``parser``: the width text at a column wraps at)"""
        raise NotImplementedError

    def _last_break(self, u: Unit) -> None:
        """A unit's last line may be a title of its own when it reads as one (title
        shaped, no final period) after a line that does not run on into it: the text
        that follows (chrome, then an abstract) tells, so the decoder may cut there."""
        n = len(u.parts) - 1
        last, prev = u.parts[n], u.parts[n - 1]
        if (
            not title_shaped(last)
            or not (last[:1].isupper() or CAMEL.match(last) is not None)
            or (u.breaks and u.breaks[-1][0] == n)
            or n in u.cuts
            or joiner(prev)
        ):
            return
        indents = u.indents
        evidence = cont_evidence(
            prev,
            last,
            True,
            False,
            self.width_at(u.col),
            n in indents,
            prev_indented=n - 1 in indents,
            wraps_titles=self.decoder.wraps_titles,
        )
        u.breaks.append((n, evidence, terminal(prev)))

    def _indent_breaks(self, u: Unit) -> None:
        """A line at the unit's margin right over an indented one, as arXiv indents every
        line of a title's rest, starts that title: no wrapped title takes a rest at the
        margin and then one set in (``VideoMathQA: … via`` + ``Multimodal Understanding
        in Videos`` + ``orientability of causal relations … using`` + ``  summary causal
        graphs …``, a card without an abstract, then the next title). The decoder may cut
        there (``_close_unit`` weighs the line as no rest of the line above)."""
        indents = u.indents
        parts = u.parts
        at = {b[0] for b in u.breaks}
        new = []
        for i in indents:
            j = i - 1
            if j < 1 or j in indents or j in at or len(parts[j]) > TITLE_MAX:
                continue
            if j in u.cuts:
                # a title's first line continues no word the margin cut: the line above
                # was one word filling the width by itself (an abstract's last, a bare
                # address: ``… can be found here:`` + ``https://robotics.sydney.edu.au/…/``
                # at 80 of 80 + ``[Citation needed] ThinknCheck: … with Compact,`` +
                # ``  Reasoning-Driven, and Interpretable Models``)
                u.cuts = [c for c in u.cuts if c != j]
            prev = parts[j - 1]
            ev = cont_evidence(
                prev,
                parts[j],
                True,
                False,
                self.width_at(u.col),
                prev_indented=j - 1 in indents,
                wraps_titles=self.decoder.wraps_titles,
            )
            new.append((j, ev, terminal(prev)))
        if new:
            u.breaks = sorted(u.breaks + new, key=lambda b: b[0])

    def _title_breaks(self, u: Unit, late: bool = False) -> None:
        """A unit right under a chrome line that runs past a title's length, where the
        text above the chrome was longer than a title (an abstract, not the card's
        title: the unit is then no abstract), opens a card with its title in its first
        lines: nothing else takes it, and uncut it is rejected whole (``Proactive for
        Uncertainty: … and`` / ``Interactive Clarification for Spoken Dialogue
        Systems`` / ``Cascaded Automatic Speech Recognition -- …``, a title wrapped at
        the page's width joined to its abstract). The decoder may cut it after each of
        its first lines that together read as a whole title.

        ``late``: the chrome line right above the unit is of a kind the page's template
        shows after its abstracts only (a ``reader`` card's link): no abstract goes on
        under it, so the unit opens a card whatever the text above the chrome (the card's
        abstract there may be shorter than a title: ``FLUKE: …`` + its date + three lines +
        its link + ``egovis@cvpr: what changed and what could have changed? state-change``
        + ``counterfactuals for …`` + ``Understanding a procedural activity …``, reader 30
        p001264), and its first lines are its title whatever their shape: a title may read
        as a sentence (``one step is enough: …``, p002537; ``what changed``). Both pages
        rejected the unit whole (no cut offered), the card lost."""
        parts = u.parts
        if not _longer_than_title(parts):
            return
        size = 0
        new = []
        for k in range(1, min(len(parts), TITLE_LINES + 1)):
            last = parts[k - 1]
            size += len(last) + 1
            if size > TITLE_MAX + 1:
                break
            if k in u.cuts or open_end(last):
                continue
            title = " ".join(parts[:k])
            if titleish(title) and (late or not sentence_like(title)):
                ev = cont_evidence(last, parts[k], True, False, self.wrap_width)
                new.append((k, ev, terminal(last)))
        if new:
            u.breaks[:0] = new

    def _under_late_chrome(self) -> bool:
        """Is the line right above the unit chrome of a kind the page shows after its
        abstracts only (``template``'s ``late_only``)?"""
        prev = self.decoder.pending  # (the token pushed last: the unit is not pushed yet)
        late = self.decoder.late_only
        return prev is not None and bool(prev.chrome) and bool(late) and prev.chrome in late

    def _blocky(self) -> bool:
        """Does the page set its blocks apart with blank lines (layout A)?"""
        gapped, adjacent = self.rhythm
        return gapped >= 4 and adjacent * 5 < gapped

    def _set_apart(self) -> bool:
        """Has the page set its units apart with blank lines, under chrome too (layout A
        before ``_blocky`` can tell: a card's title, authors, abstract, chrome between)?"""
        gapped, adjacent = self.blocks
        return gapped >= 3 and adjacent * 5 < gapped

    def _flat(self) -> bool:
        """Has the page shown its paragraphs on one line each, and none wrapped?"""
        one, many = self.flat
        return one >= 2 and one > 3 * many and not self.wrap_width

    def _close_unit(self) -> None:
        self.adjacent = False
        u = self.unit
        if u is None:
            return
        self.unit = None
        parts = u.parts
        n = len(parts)
        self.last_one = n == 1
        above, self.last_unit = self.last_unit, u
        if n > 1 and u.in_link and parts[0][:2] == "![":
            text = collapse(joined(parts, 0, n, NO_CUTS))
            if _IMAGE.fullmatch(text) is not None:
                # an image alone over lines (a card's thumbnail in its link, ``[![Title
                # …`` + ``… Networks](…/ID.png)](…/ID)``, its alt text broken by a fold):
                # the card's picture, as on one line (``chrome``), no text of it; the
                # paper its link named goes with it, as the line's would
                text += "".join(f" (arxiv.org/abs/{paper_id})" for paper_id in u.ids)
                self.decoder.push(Token(u.first, text, n, "image", tag="image"))
                return
        if n > 1 and not (u.heading or u.hard_break or u.in_link):
            if self.hard_lines < 3:
                # (on a page that marks its wrapped lines with markdown "\" hard breaks,
                # a unit's last line went on a line that broke so: the paragraph's last,
                # "… methods fail.\\" + "Validation demonstrates 90.38% accuracy (26.4"
                # + "[Content truncated]", not a title of its own)
                self._last_break(u)
            if u.indents:
                self._indent_breaks(u)
            if n > 2:
                break_at_echoed_titles(u, self.width_at(u.col))
            # (right under chrome the page shows after its abstracts only, the unit opens
            # a card too, whatever the text above the chrome: ``_title_breaks``' ``late``)
            late = u.lazy is None and not u.gap and self._under_late_chrome()
            if (
                u.lazy is None
                and not u.gap
                and (not u.breaks or u.breaks[0][0] > TITLE_LINES)
                and above is not None
                and (late or _longer_than_title(above.parts))
            ):
                self._title_breaks(u, late)
        elif n > 2 and u.atx and not (u.breaks or u.in_link) and _longer_than_title(parts):
            # a "## " heading longer than any title took a paragraph under it (a text
            # browser wraps a heading, html2text its link over three lines, but no title
            # runs this long), so the decoder may cut after the heading's first line
            # ("## Fourier Transform … for Whole Slide Image Classification" at 81 of 80
            # + "Whole Slide Image (WSI) classification relies on …" + "(MIL) with …")
            ev = cont_evidence(parts[0], parts[1], True, False, self.width_at(u.col))
            u.breaks.append((1, ev, terminal(parts[0])))
        if u.breaks and n > 2:
            drop_bot_breaks(u)  # (no title inside a Librarian Bot comment: ``bot_comment``)
        if u.breaks and any(p[:2] == "**" for p in parts):
            # (no cut inside a bold span over lines: ``bold.bold_spans``)
            spans = bold_spans(parts)
            if spans:
                u.breaks = [b for b in u.breaks if not any(lo < b[0] <= hi for lo, hi in spans)]
        if not u.breaks:  # one token (the common case)
            if n == 1:  # (``joined`` of one line is the line)
                text = parts[0]
                if text is not PLAIN_MARK[0]:  # (``collapse``'s first test, spelled out)
                    text = collapse(text)
            else:
                text = collapse(joined(parts, 0, n, set(u.cuts) if u.cuts else NO_CUTS))
            mark = ""
            if text[:1] == "[":  # "[12]Title": a text browser's link number
                text, mark = _unmarked(text)
            heading = u.heading
            if len(text) > TITLE_MAX and not heading:
                self.flat[n > 1] += 1
            if not text:
                self.decoder.push(Token(u.first, "", n, "markup", tag="markup"))
                return
            linked = u.linked
            org = (
                n == 1
                and len(text) <= 60
                and not heading
                and (u.ref or not linked)  # ("[Qwen][18]": a name's link, its target unknown)
                and name_like(text)
            )
            # (positional, in ``Token``'s field order: a call by keyword costs ~0.4 us
            # more, twice per record)
            tok = Token(
                u.first,  # line
                text,
                n,  # lines
                "",  # chrome
                u.gap,
                u.blocky,  # adjacent
                NEG,  # cont
                NEG,  # tcont
                u.lazy,
                False,  # cut
                False,  # wrap
                heading,
                bool(u.indents),  # indented
                linked,
                unit_kind(text, heading),  # kind
                "",  # rest
                "",  # rest_kind
                u.ids,
                org,
                "text",  # tag
            )
            if n > 1:
                tok.head = len(parts[0])  # (``cards``: where a title's first line ends)
            if u.item:
                tok.item = u.item  # (a list item's first line: ``decode``)
            if mark or u.label:
                tok.label = mark or u.label  # (``references``)
            if u.votes >= 0:
                tok.votes = u.votes
            if u.labelled:
                tok.labelled = True
                tok.org = False  # (no organisation's name under a label)
            if u.folded:
                tok.folded = True
                tok.org = False
            if u.tailed:
                tok.tailed = True
            if mark:
                tok.marked = True
            if u.set_in:
                tok.col = u.set_in
            lazy = u.lazy
            if org and lazy is not None and fills(lazy[0], lazy[1], lazy[4]):
                tok.overflows = True  # (``charges.DOT_REST``)
            if (
                n == 1
                and self.wraps >= SURE_WRAPS
                and not self.fit_joins
                and len(text) > self.wrap_width
            ):
                # (one line past a width the page surely wraps at: ``wide_lines.sure_past``)
                tok.sure_width = sure_past(text, self.width_at(u.col))
            self.decoder.push(tok)
            return
        # (a unit cut into pieces is lines joined: ``evidence.UNWRAPPED_ABOVE``)
        first = (
            cont_evidence(*u.lazy, wrapped=True, wraps_titles=self.decoder.wraps_titles)
            if u.lazy is not None
            else (NEG, NEG)
        )
        bounds = [(0, first)] + [(i, ev) for i, ev, _ in u.breaks]
        bounds.append((len(u.parts), (0.0, 0.0)))
        if len(bounds) > 2 and not terminal(u.parts[-1]):
            j = len(bounds) - 2
            lo = bounds[j][0]
            if not terminal(u.parts[lo - 1]) and j > 1 and bounds[j - 1][0] == lo - 1:
                # ... or the last two lines, a title wrapped at the page's width
                # (``Perception Activator: An intuitive and portable framework`` / ``for
                # brain cognitive exploration``): a card without an abstract
                title = f"{u.parts[lo - 1]} {u.parts[lo]}"
                if lo == len(u.parts) - 1 and _wrapped_title(title):
                    j -= 1
                    lo -= 1
            if terminal(u.parts[lo - 1]) and not (u.gap and self._set_apart()):
                # a last sentence without its end, after one that ended: a title's line
                # (not inside a block a blank line set apart, on a page that sets every
                # part of its cards apart so: a title there has a block of its own, and
                # the lines are a truncated abstract's last, ``… in-distribution.`` +
                # ``Sweeping … tradeoffs,`` + ``reducing error rates f``)
                cont, tcont = bounds[j][1]
                bounds[j] = (lo, (cont - 2.5, tcont))
        indents = u.indents
        if indents:
            for k in range(1, len(bounds) - 1):
                lo, (cont, tcont) = bounds[k]
                if lo + 1 in indents and lo not in indents:
                    # a line whose next line is indented, as arXiv indents a title's
                    # rest: it starts a title, it is no rest of the line above
                    bounds[k] = (lo, (cont, tcont - MARGIN_REST))
        cuts = set(u.cuts)
        for k in range(len(bounds) - 1):
            lo, (cont, tcont) = bounds[k]
            hi = bounds[k + 1][0]
            if k:
                cont -= named_under(u.parts[lo - 1], u.parts[lo])  # (``named_titles``)
            text = collapse(joined(u.parts, lo, hi, cuts))
            mark = ""
            if text[:1] == "[":  # "[12]Title": a text browser's link number
                text, mark = _unmarked(text)
            if not text:
                self.decoder.push(Token(u.first + lo, "", hi - lo, "markup", tag="markup"))
                continue
            kind = unit_kind(text, u.heading and k == 0)
            rest = rest_kind = ""
            if k + 2 < len(bounds) and not u.flat:  # (lines on a flat page are no paragraph)
                rest = unmark_lead(collapse(joined(u.parts, lo, len(u.parts), cuts)))
                rest_kind = unit_kind(rest, False)
            tok = Token(
                u.first + lo,
                text,
                hi - lo,
                gap=u.gap if k == 0 else False,
                cont=cont,
                tcont=tcont,
                cut=lo in cuts,
                wrap=k > 0,
                heading=u.heading and k == 0,
                linked=u.linked,
                kind=kind,
                rest=rest,
                rest_kind=rest_kind,
                ids=u.ids if k == 0 else [],
                adjacent=u.blocky if k == 0 else self._blocky(),
                indented=any(lo < i < hi for i in u.indents),
                org=hi - lo == 1 and not u.heading and not u.linked and name_like(text),
                tag="text",
                item=u.item if k == 0 else _item(u, lo),
                col=u.set_in_of(lo),  # (w3m's "  • Title" joined to an item's text)
            )
            if hi - lo > 1:
                tok.head = len(u.parts[lo])
            if mark:
                tok.marked = True
                tok.label = mark  # (its link's number: ``references``)
            elif k == 0 and u.label:
                tok.label = u.label
            if k == 0 and u.labelled:
                tok.labelled = True
                tok.org = False
            if hi == len(u.parts):
                if u.folded:
                    tok.folded = True
                    tok.org = False
                if u.tailed:
                    tok.tailed = True
            if k > 0 and (tok.org or text[:1].isupper()):
                over = u.parts[lo - 1]
                if fills(over, text, self.width_at(u.col)):
                    if tok.org:
                        tok.overflows = True  # (``charges.DOT_REST``)
                    tok.under_full = not terminal(over)  # (``lineforms.goes_on``)
                    tok.in_block = self._set_apart()
            elif k == 0 and u.lazy is not None and text[:1].isupper():
                tok.under_full = goes_on(u.lazy)  # (its lazy evidence was weighed here)
                tok.in_block = u.lazy[7]
            self.decoder.push(tok)


def _unmarked(text: str) -> tuple[str, str]:
    """``text`` without the link number a text browser opens it with (lynx's
    ``[12]Title``), and that number ("" without one: ``Token.marked``, ``Token.label``)."""
    unmarked = unmark_lead(text)
    if len(unmarked) == len(text):
        return text, ""
    return unmarked, str(int(text[1 : text.index("]")]))


def _wrapped_title(text: str) -> bool:
    """Do a unit's last two lines read as one title? Not a sentence (also one closed
    inside LaTeX braces: ``\\textcolor{red}{This paper includes … material.}``), nor a
    list (``Keywords: thematic analysis, large language models, …``: titles hold two
    commas at most, all but a few)."""
    return (
        title_shaped(text)
        and not sentence_like(text)
        and not text.rstrip(")]}\"'”’").endswith(".")
        and text.count(",") < 3
    )


def _longer_than_title(parts: list[str]) -> bool:
    """Do a unit's lines run past a title's length?"""
    return sum(map(len, parts)) + len(parts) - 1 > TITLE_MAX


def _item(u: Unit, lo: int) -> str:
    """The list mark a unit's line opens with (a cut before it: ``Unit.item``'s key)."""
    if u.items is not None and lo in u.items:
        return u.items[lo]  # (the intake stripped it from the line: ``link_marks``)
    line = u.parts[lo]
    mark = list_item(line) if line[:1] in MARK_FIRST else ""
    return f"{u.margin} {mark}" if mark else ""
