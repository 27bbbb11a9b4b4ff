"""Hugging Face Papers page dumps -> records.

Handles the seed layouts (A: blank-line separated with a 5-line header and a page date; B: no
blank lines, ``Subscribe`` glued to the first title) and real captures in plain text or
markdown, with site chrome around and between the cards (domain.md §a, §b).

How a page is read:

1. *Intake* (``parser.PageParser.feed``, line by line, once this module has read the page's
   head and learned its habits). Unambiguous chrome (``chrome.classify_chrome``: header
   strings, paper links, counts, dates, ``·``...) is a chrome token of its kind. The other
   lines are grouped into *units* (``units``, ``wraps``): lines joined on hard evidence (a
   markdown ``\\`` hard break, an open ``[...](url)`` wrapper, a word cut at the margin) stay
   one token; where a line was joined on weaker evidence and another reading is plausible (a
   title could start there, a name could end a title) the unit is cut into several tokens,
   each carrying what continuing the text before it is worth (``evidence.cont_evidence``: the
   page's measured wrap width, a sentence going on across the break).
2. *Decoding* (``decode``): every text token is scored for every role it can play - title,
   abstract, continuation, organisation line, search echo, reject - and the card grammar scores
   the sequence; Viterbi picks the best reading of the whole page. Context-dependent chrome (a
   bare name before ``·``, a search echo) is a role inside the decoding, never a guess made
   before the card structure is known.
3. *Cards* (``cards``): the decided tokens, in page order, build the records; chrome values
   (ids, dates, counts, organisation) go to the card they fall in.

Every line ends in one place: a record field, counted chrome, a blank, or a reject with its line
(``ParseLog.record_lines`` ...); a file that never shows page structure gives rejects and a
warning, not records (``gate``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain, islice

from ...normalize import drop_invisible
from ...records import Record
from ..base import Lines, ParseLog
from ..shape import WRAP_MAX, WRAP_WIDTH
from .chrome_openers import chrome_openers
from .citations import uncited
from .furniture_rhythm import prime_titled
from .furniture_values import openers
from .gate import PAGE_SIGNS, PageGate, preamble_signs
from .head_links import late_links
from .html_marks import html_lines, html_page
from .mail import unflowed, unqp, unquoted
from .opener_shapes import NAMES, name_page
from .parser import PageParser
from .preamble import HEAD_LINES, markdown_page, preamble_end
from .repeats import WINDOW, learn, prose_line
from .section_heads import card_level
from .site_chrome import byline_page, chip_words
from .summaries import summary_lines
from .table_rows import table_rows
from .title_links import linked_page
from .typeset import hyphen_page
from .widths import fold_width, folds_all, greedy_fold, head_width, sets_apart

__all__ = ["parse_pages"]


def parse_pages(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
    """Records of one Hugging Face Papers page dump (seed layouts A/B, text/markdown captures)."""
    it = iter(lines)
    head = list(islice(it, HEAD_LINES))
    head, it = unqp(head, it, log)  # (a mail's raw source: ``mail``)
    head, it = unquoted(head, it)  # (a mail's quoted page: ``mail``)
    head, it = unflowed(head, it, log)  # (soft breaks a fold or a mail marked: ``mail``)
    head, it = uncited(head, it)  # (Crawl4AI's citation marks)
    start = preamble_end([text for _, text in head])
    gate = PageGate(file, log)
    parser = PageParser(file, log)
    parser.markdown, parser.linked = markdown_page([text for _, text in head])
    n_head = len(head)
    head += islice(it, max(0, WINDOW - len(head)))  # (the lines read ahead: ``repeats``)
    if html_page([text for _, text in head[start:]]):
        # a capture left HTML on the page: its lines are read as a browser shows them, at
        # the width shown (``html_marks.html_text``)
        parser.html_marks = True
        head = list(html_lines(head))
        it = html_lines(it)
    # the width the head's prose is wrapped at, where one break cannot teach it
    # (``shape.hard_wrapped`` learns widths of WRAP_WIDTH..WRAP_MAX as the page goes)
    body = [text for _, text in head[start:n_head]]
    # (measured without the invisible characters a line is read without: a soft hyphen
    # or a zero-width space takes no column, ``parser.feed``)
    shown = [drop_invisible(text) for text in body]
    width = head_width(shown)
    # where the head puts its cards' links, before any card is decided (``head_links``)
    parser.template.prime("url", late_links(body))
    if not WRAP_WIDTH <= width <= WRAP_MAX:
        parser.wrap_width = width
        parser.measured = width > 0
        parser.folded = folds_all(shown, width)
        if parser.folded and sets_apart(shown):
            # every line folded at a width narrower than the titles: a title line that
            # fills it goes on under it, as a line of prose does, from the page's first
            # card on (the head's width is the title's hint, ``widths.folds_all``)
            parser.head_width = width
        if parser.folded:
            # (a wrap at 80 folded again: its short rests are no paragraph's end,
            # ``widths.fold_width``; layout B too, where no title takes the hint)
            parser.fold_width = fold_width(shown, width)
            # (one fold, greedy: a line it left short ended its paragraph, ``greedy_fold``)
            parser.greedy_fold = not parser.fold_width and greedy_fold(shown, width)
    else:
        parser.head_width = width  # (a hint for a title's rest only: ``evidence``)
    # the page's furniture, learned from the lines read ahead (``repeats``)
    # (prose measured by the page's width: ``repeats.prose_line``)
    window = [text for _, text in head[start:]]
    parser.repeats = learn(window, prose_line(width))
    if parser.fold_width:
        # (a comb, wrapped and folded again narrower: its prose read as the first wrap
        # set it too, and the furniture either reading learns; read as folded only, a
        # title's tail the fold set alone, ``(1 authors)``, was learned, mix 183 p000419)
        parser.repeats |= learn(window, prose_line(parser.fold_width), width)
    parser.learn_marks(window)  # (its lines' marks: ``line_marks``)
    parser.linked_titles = linked_page(window)  # (titles ending in links: ``title_links``)
    parser.chips = chip_words(window)  # (a listing's rows of chips: ``site_chrome``)
    parser.bylines = byline_page(window)  # (Scholar's bylines, a fold may break: ``site_chrome``)
    # (lines of names on the cards the furniture did not learn: a head folded narrow
    # shows no abstract to learn it by, ``opener_shapes.name_page``)
    parser.name_lines = NAMES not in parser.repeats and name_page(window)
    parser.card_level = card_level(window)
    parser.hyphens = hyphen_page(window)  # (a page a typesetter hyphenated: ``typeset``)
    parser.summaries = summary_lines(window)
    if parser.repeats:  # (which of them open their cards: ``furniture_values``)
        parser.furniture_openers = openers(window, parser.repeats)
        prime_titled(window, parser.repeats, parser.decoder.habits)  # (``furniture_rhythm``)
    # the chrome the page prints over its cards' titles, when its end was read too
    parser.chrome_openers = chrome_openers(window, parser.repeats, len(head) < WINDOW)
    parser.signs = preamble_signs(head[:start], file, log)
    parser.evidence = parser.signs >= PAGE_SIGNS
    lineno = head[-1][0] if head else 0
    # the parser reads ahead through the same stream (``links.LinkWrappers.wrapper_closes``):
    # lines it read ahead wait in ``ahead`` and are fed in order
    source = parser.checked(chain(head[start:], it))
    source = parser.source = table_rows(source, window, parser, log)  # (``table_rows``)
    ahead = parser.ahead
    feed = parser.feed
    for lineno, text in source:
        feed(lineno, text)
        while ahead:
            lineno, text = ahead.popleft()
            feed(lineno, text)
        if parser.out:
            yield from gate.admit(parser.drain(), parser.evidence)
    parser.finish()
    yield from gate.admit(parser.drain(), parser.evidence)
    gate.close(lineno)
