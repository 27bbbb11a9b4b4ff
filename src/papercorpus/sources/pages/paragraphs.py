"""Where a run of wide lines parts into paragraphs, by the width the page wraps at.

``repeats`` takes a run of wide lines as an abstract. On a page with no blank lines
(layout B) a title of 60+ characters sits right against its abstract, over it or under the
card above's, and joined the run: the title was lost in the prose, no card showed a title
of its own beside its furniture, and nothing was learned. A reader parts them by the
page's own wrap:

- a paragraph hard-wrapped at a width (a converter's, a mail client's, its author's) fills
  each line as far as the next word lets it: a line that ends with room left for the next
  line's first word ends its paragraph (``OnRL-RAG: Real-Time Personalized Mental Health
  Dialogue System`` (62) over its abstract wrapped at 79; ``IM-BERT: … Euler Method.``
  (72) over ``Pre-trained …`` does not part: the word had no room);
- a line wider than the lines the paragraph wraps is none of its lines (a title of 89
  under an abstract wrapped at 79);
- an abstract set on one line (a whole paragraph, ``whole``+ characters) wraps at no
  width: the line over it is not its, and neither is the line under it when the abstract
  ends a sentence or that line opens as one.

The page's markup tells too: a paragraph whose lines end in markdown's hard break
(``\\``) has it on every line but its last, so a line without one over a line with one is
not its; and a paragraph set in a link (``[text …`` / ``… text](https://…)``) opens at its
bracket and ends with its target.

The width is the paragraph's own (its lines but the first and last, which may be a title
set against it), else the page's (``wrap_width``): an arXiv listing keeps each abstract
wrapped where its author wrapped it. A markdown link's target (``](https://…)``) and a
hard break's backslashes are not counted in a line's width: the page wraps the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from .fold_marks import FOLD_ENDS, fold_closes
from .keywords import keywords_line

__all__ = ["paragraphs", "wrap_width"]

# A run of wide lines (none a whole paragraph) with at least this many inner lines is a
# paragraph whose width can be read; the page's width needs ``WRAP_RUNS`` of them.
WRAP_LINES: Final = 3
WRAP_RUNS: Final = 2
# The width read is the paragraph's widest inner line, or among ``SPAN`` or more inner
# lines the second widest, among twice as many the third (at most): a title caught inside
# a run (between two abstracts, or two lines of one) does not widen it.
SPAN: Final = 5
TOP: Final = 3
# A line this much wider than the width read is no line of the paragraph ...
WIDE_SLACK: Final = 3
# ... and a line ends its paragraph when the next word had this much room to spare (a
# hand-wrapped paragraph is ragged by a character or two).
ROOM_SLACK: Final = 2
# A line of a keywords label and its terms (``Keywords: vision transformers, in-context
# learning, efficient inference``) over a line opening in capitals ends its paragraph
# however full it is: no abstract opens with its keywords (``keywords.KEYWORDS_TITLE``; an
# abstract ends with them, 63 of the page generator's), so it is a card's furniture over
# its abstract (OpenReview's, under a title and a decision) or the abstract's last line,
# and the line under it opens the next block. Read as the abstract's first line, the
# furniture went unlearned on every card whose list was as wide as prose, and each went
# into its abstract (sites 178 p000682: 6 leaked, the first card's list read as a title;
# ``_ends``).

_TARGET: Final = re.compile(r"\]\([^)\s]*\)")
_CLOSES: Final = re.compile(r"\]\([^)\s]*\)$")
_SENTENCE_END: Final = (".", "!", "?", '."', ".)", ".'")


def _width(s: str) -> int:
    """The line's width as wrapped: a markdown link's target and a hard break left out."""
    if "](" in s:
        s = _TARGET.sub("]", s)
    return len(s.rstrip("\\ "))


def _measure(widths: Sequence[int]) -> int:
    """The width a run's inner lines show (0: too few to tell)."""
    inner = sorted(widths[1:-1])
    if len(inner) < WRAP_LINES:
        return 0
    return inner[-min(TOP, 1 + len(inner) // SPAN)]


def _runs(lines: Sequence[str], wide: int) -> list[tuple[int, int]]:
    """The maximal runs of lines of ``wide``+ characters, as (first, end)."""
    runs = []
    i, n = 0, len(lines)
    while i < n:
        if len(lines[i]) < wide:
            i += 1
            continue
        j = i
        while j < n and len(lines[j]) >= wide:
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _page_width(
    lines: Sequence[str], runs: Sequence[tuple[int, int]], widths: Sequence[int], whole: int
) -> int:
    """The median of the widths ``runs`` of lines under ``whole`` characters show (0: fewer
    than ``WRAP_RUNS`` show one); ``widths`` are the lines' (``_width``)."""
    tops = sorted(
        w
        for i, j in runs
        if j - i >= WRAP_LINES + 2
        and all(len(s) < whole for s in lines[i:j])
        and (w := _measure(widths[i:j]))
    )
    return tops[(len(tops) - 1) // 2] if len(tops) >= WRAP_RUNS else 0


def wrap_width(lines: Sequence[str], wide: int, whole: int) -> int:
    """The width the page's paragraphs are wrapped at (0: none measured): the median of
    the widths of its runs of lines of ``wide``..``whole`` characters."""
    return _page_width(lines, _runs(lines, wide), [_width(s) for s in lines], whole)


def paragraphs(lines: Sequence[str], wide: int, whole: int) -> Iterator[tuple[int, int]]:
    """The paragraphs of the page's runs of ``wide``+ lines, as (first, end): each run
    parted where a reader sees one paragraph end and another open. A run too short to be
    one paragraph of ``whole`` characters is left as it is (nothing in it is prose)."""
    # (the runs that could be prose, each line's width read once: the page's parse pays)
    runs = _runs(lines, wide)
    long = [(i, j) for i, j in runs if sum(len(s) for s in lines[i:j]) >= whole]
    widths = [0] * len(lines)
    for i, j in long:
        widths[i:j] = [_width(s) for s in lines[i:j]]
    page = -1  # (read when a run cannot show its own width)
    for i, j in runs:
        if j - i < 2 or not widths[i]:
            yield i, j
            continue
        width = _measure(widths[i:j])
        if not width:
            if page < 0:
                page = _page_width(lines, long, widths, whole)
            width = page
        start = i
        for k in range(i, j - 1):
            if _ends(lines[k], lines[k + 1], widths[k], widths[k + 1], width, whole):
                yield start, k + 1
                start = k + 1
        yield start, j


def _ends(a: str, b: str, wa: int, wb: int, width: int, whole: int) -> bool:
    """Does line ``a`` end its paragraph, ``b`` under it opening another?"""
    if width and whole > len(a) and whole > len(b):  # (most lines: a wrapped paragraph's)
        if wa > width + WIDE_SLACK or wb > width + WIDE_SLACK:
            return True  # (wider than the paragraph wraps: none of its lines)
        if wa + 2 + ROOM_SLACK <= width and wa + 1 + len(b.split(None, 1)[0]) + ROOM_SLACK <= width:
            return True  # (the next word had room)
    if keywords_line(a) and b[:1].isupper() and a[-1] != ",":
        return True  # (a label's list of terms over a sentence's opening: see above)
    if a[-1] in FOLD_ENDS and fold_closes(a):
        return True  # (``a`` closes a clipped abstract with the site's fold: ``… Show more``)
    if b[-1] == "\\" and a[-1] != "\\":
        return True  # (``b`` breaks its lines by markdown's ``\``: a line of its had one)
    if b[0] == "[" and "](" not in b or a[-1] == ")" and _CLOSES.search(a):
        return True  # (a paragraph wrapped in a link opens at ``b``, or closes with ``a``)
    if len(b) >= whole:
        return True  # (a whole paragraph on one line: the line over it is not its)
    if len(a) >= whole:  # (nor the line under it, but the rest of its sentence)
        return a.endswith(_SENTENCE_END) or not b[:1].islower()
    return False
