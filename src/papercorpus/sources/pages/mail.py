"""What a mail leaves on a page it carried: the reply's or forward's quote marks on every
line, and the raw source's quoted-printable transfer encoding left undecoded.

A listing forwarded or replied to in a plain-text mail has every line quoted (``> ``,
``>> `` or ``> > `` in a forward of a forward, a quoted blank line ``>``), under the
client's attribution or a forward's header block. The quote is the mail's, not the
card's: a reader reads the page inside it. Where the head of a page quotes nearly every
line it shows (``QUOTED_SHARE`` of them from its first quoted line on), the depth every
quoted line shares is taken off every line that has it (a blockquote inside keeps its own
mark), before anything reads the page, so its header, cards and chrome read as unquoted.
A page that only blockquotes its abstracts (``card_marks.quote_page``) quotes far fewer.

A mail's raw source (a saved ``.eml``, "show original") writes its text in
quoted-printable (RFC 2045): ``=XX`` for ``=`` and every byte outside ASCII
(``=C2=B7`` is ``·``, ``=E2=80=99`` is ``’``), lines kept within 76 columns by *soft*
breaks, a ``=`` closing a line that goes on. Where the head declares the encoding
(``Content-Transfer-Encoding: quoted-printable``) or shows it (``QP_LINES`` lines of
73-76 columns closed by a soft break; or one, and ``QP_LINES`` lines with escapes), the
page is decoded as the mail client decodes it: each line with its soft continuations is
one line of text, its escapes its UTF-8 bytes. The lines a soft break
joined onto the line above are counted as chrome of kind ``soft_break`` (every input line
keeps one place: the text they held is the line's they were joined to).

A line broken where it would not fit keeps, in some tools' output, the space it was broken
at: ``fold -s`` leaves it at the end of the line, and a ``format=flowed`` mail marks each
soft break so (RFC 3676: a line ending in a space goes on in the next). Where the head
shows the habit (``flowed_page``: of its lines that are full, the next line's first word
not fitting on them, ``FLOWED_SHARE`` or more end in one space, ``FLOWED_LINES`` at least),
each line ending in one space goes on in the non-blank line under it: the two are one line
of text, the line joined counted as ``soft_break`` chrome. A page's stray trailing spaces
(an editor's, on a line in three) end full and short lines alike, and most full lines end
without one; a markdown hard break is two spaces. A page whose lines another tool broke
before the fold (a wrap at 80 folded again, a typesetter's column) ends its full lines
without a space where that tool broke them: there the fold shows by its soft lines being
full, nearly all of them (``FLOWED_COMB``, ``FLOWED_FULL``).

Text pages only; nothing else reads through here.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from itertools import chain, islice
from typing import Final

from ..base import ParseLog

__all__ = [
    "FLOWED_COMB",
    "FLOWED_FULL",
    "FLOWED_LINES",
    "FLOWED_SHARE",
    "QP_LINES",
    "QP_SPACED",
    "QUOTED_SHARE",
    "SOFT_BREAK",
    "flowed_page",
    "unflowed",
    "unqp",
    "unquoted",
]

Lines = list[tuple[int, str]]

# the share of a head's non-blank lines (from its first quoted line) that must open with
# ``>`` for the page to be read as a mail's quoted body; a page that blockquotes its
# abstracts quotes about half of them, a mail's quote all of them but a stray line
QUOTED_SHARE: Final = 0.9
# quoted lines the head must show at least
_QUOTED_MIN: Final = 5
# soft breaks and lines with escapes the head must show for an undeclared encoding
QP_LINES: Final = 3
SOFT_BREAK: Final = "soft_break"
# the width of a soft-broken line: an encoder breaks at 76 columns, an escape that would
# cross the edge moves to the next line (73-76)
_SOFT_MIN: Final = 73
_SOFT_MAX: Final = 76
# of a head's full lines (``flowed_page``), the share that must end in one space, and the
# number of them at least
FLOWED_SHARE: Final = 0.8
FLOWED_LINES: Final = 10
# ... or, where nearly every line ending in one space is full (``FLOWED_FULL``: a fold
# keeps its space only where it broke a line), this share of the full lines: the rest are
# lines another tool broke before the fold (a wrap at 80 folded again, a comb; a
# typesetter's column), full too and ending without one. Capture 115 and 166's pages
# folded with their spaces kept: the fold's soft lines 98-100% full, 64-95% of the full
# lines; an editor's stray trailing spaces (a line in ten ends in one) end short lines
# as often as full ones.
FLOWED_COMB: Final = 0.5
FLOWED_FULL: Final = 0.95
_ESCAPE: Final = re.compile(r"=[0-9A-F]{2}")
# a character outside ASCII as quoted-printable writes its UTF-8 bytes: a lead byte and a
# continuation byte (``=C2=B7`` is ``·``, ``=E2=80=99`` is ``’``); no text writes so
_UTF8: Final = re.compile(r"=(?:C[2-9A-F]|D[0-9A-F]|E[0-9A-F]|F[0-4])=[89AB][0-9A-F]")
# a line's end space or tab as quoted-printable must write it (RFC 2045, rule 3), and the
# share of a head's non-blank lines that must end so: a page folded with its spaces kept
# ends most broken lines so, a value (``k=20``) ends a line now and then
_SPACES: Final = ("=20", "=09")
QP_SPACED: Final = 0.25
_DECLARED: Final = "content-transfer-encoding: quoted-printable"


def _depth(s: str) -> int:
    """Quote levels opening ``s`` (``>``, each maybe followed by one space)."""
    n = i = 0
    while i < len(s) and s[i] == ">":
        n += 1
        i += 1
        if i < len(s) and s[i] == " ":
            i += 1
    return n


def _unquote(s: str, depth: int) -> str:
    i = 0
    for _ in range(depth):
        if i >= len(s) or s[i] != ">":
            break
        i += 1
        if i < len(s) and s[i] == " ":
            i += 1
    return s[i:]


def quote_depth(texts: list[str]) -> int:
    """The quote depth every quoted line of a mail's quoted page shares, or 0 where the
    page is no quoted mail."""
    quoted = other = 0
    depth = 0
    for text in texts:
        s = text.lstrip()
        if not s:
            continue
        if s[0] == ">":
            d = _depth(s)
            depth = d if not quoted else min(depth, d)
            quoted += 1
        elif quoted:
            other += 1
    if quoted < _QUOTED_MIN or quoted < QUOTED_SHARE * (quoted + other):
        return 0
    return depth


def unquoted(
    head: Lines, rest: Iterator[tuple[int, str]]
) -> tuple[Lines, Iterator[tuple[int, str]]]:
    """A page's head and the rest of its lines without the mail's quote marks, where the
    head is a quoted mail's (``quote_depth``); else as they are."""
    depth = quote_depth([text for _, text in head])
    if not depth:
        return head, rest
    return list(_stripped(iter(head), depth)), _stripped(rest, depth)


def _stripped(lines: Iterator[tuple[int, str]], depth: int) -> Iterator[tuple[int, str]]:
    # (at module level: nested in ``unquoted``, the compiled generator lost its closure,
    # "attribute __mypyc_env__ undefined")
    for lineno, text in lines:
        s = text.lstrip()
        yield (lineno, _unquote(s, depth)) if s[:1] == ">" else (lineno, text)


def qp_page(texts: list[str]) -> bool:
    """Does the head declare or show quoted-printable text? Shown by its soft breaks
    (with escapes besides), by characters outside ASCII written as their UTF-8 bytes
    (``QP_LINES`` lines), or by the line-end spaces it encoded (``=20``: a share of
    the lines, ``QP_SPACED``; a page folded narrower first breaks none at 76 columns)."""
    soft = escaped = utf8 = spaced = lines = 0
    for text in texts:
        if not text:
            continue
        lines += 1
        if "=" not in text:
            if text[:1] in "Cc" and text[:43].lower() == _DECLARED:
                return True
            continue
        # (quoted-printable writes a literal "=" as "=3D": no soft-broken line ends in
        # "==", as a setext title's underline or a rule of "=" as wide does)
        if text[-1:] == "=" and text[-2:] != "==" and _SOFT_MIN <= len(text) <= _SOFT_MAX:
            soft += 1
        elif _ESCAPE.search(text) is not None:
            escaped += 1
            utf8 += _UTF8.search(text) is not None
            spaced += text[-3:] in _SPACES
    return (
        soft >= QP_LINES
        or (soft > 0 and escaped >= QP_LINES)
        or utf8 >= QP_LINES
        or (spaced >= QP_LINES and spaced >= QP_SPACED * lines)
    )


def unqp(
    head: Lines, rest: Iterator[tuple[int, str]], log: ParseLog
) -> tuple[Lines, Iterator[tuple[int, str]]]:
    """A page's head and the rest of its lines decoded from quoted-printable where the
    head declares or shows it (``qp_page``); else as they are."""
    if not qp_page([text for _, text in head]):
        return head, rest
    lines = _decoded(chain(head, rest), log)
    return list(islice(lines, len(head))), lines


def _decoded(lines: Iterator[tuple[int, str]], log: ParseLog) -> Iterator[tuple[int, str]]:
    first = 0
    parts: list[str] = []
    for lineno, text in lines:
        if not parts:
            first = lineno
        parts.append(text)
        if text.endswith("="):
            continue  # (a soft break: the line goes on)
        yield first, _text(parts, log)
        parts = []
    if parts:
        yield first, _text(parts, log)


def _text(parts: list[str], log: ParseLog) -> str:
    if len(parts) > 1:
        log.drop_chrome(SOFT_BREAK, len(parts) - 1)
    raw = "\n".join(parts)
    if "=" not in raw:
        return raw
    data = quopri.decodestring(raw.encode("utf-8", "surrogateescape"))
    return data.decode("utf-8", "replace").rstrip("\n")


def _soft(text: str) -> bool:
    """Ends in one space after a character that is no space (two: markdown's hard break)."""
    return text[-1:] == " " and len(text) > 1 and text[-2] not in " \t"


def flowed_page(texts: list[str]) -> bool:
    """Does the head keep a soft break's space at the end of its broken lines? Of the
    lines that are full (the next line's first word would not have fitted on them within
    the width the head's broken lines show), ``FLOWED_SHARE`` end in one space; or
    ``FLOWED_COMB`` of them where ``FLOWED_FULL`` of the lines ending in one space are full
    (a fold after another tool broke the lines: a comb of a wrap at 80 folded at 45).

    >>> flowed_page(["A line of text that was broken here ", "and goes on."] * 10)
    True
    >>> flowed_page(["A title with a stray space ", "", "Its abstract."] * 10)
    False
    """
    sizes = sorted(len(t) - 1 for t in texts if _soft(t))
    if len(sizes) < FLOWED_LINES:
        return False
    # (the width: the broken lines' 90th percentile; a word longer than the width stays
    # whole on a longer line, ``[![](…)AK](…)``)
    width = sizes[len(sizes) * 9 // 10]
    full = soft = short = 0
    for above, text in zip(texts, texts[1:], strict=False):
        body = above.rstrip()
        nxt = text.strip()
        if not body or not nxt or body[-1] == "\\":
            continue  # (a markdown hard break is the text's own)
        if len(body) + 1 + len(nxt.split(" ", 1)[0]) > width:
            full += 1
            soft += _soft(above)
        else:
            short += _soft(above)
    if soft < FLOWED_LINES:
        return False
    # (a fold after another tool's breaks: its soft lines full, fewer of the full lines)
    return soft >= FLOWED_SHARE * full or (
        soft >= FLOWED_COMB * full and soft >= FLOWED_FULL * (soft + short)
    )


def unflowed(
    head: Lines, rest: Iterator[tuple[int, str]], log: ParseLog
) -> tuple[Lines, Iterator[tuple[int, str]]]:
    """A page's head and the rest of its lines with each soft break joined, where the
    head shows the habit (``flowed_page``); else as they are."""
    if not flowed_page([text for _, text in head]):
        return head, rest
    lines = _joined(chain(head, rest), log)
    return list(islice(lines, len(head))), lines


def _joined(lines: Iterator[tuple[int, str]], log: ParseLog) -> Iterator[tuple[int, str]]:
    held: tuple[int, str] | None = None
    joined = 0
    for lineno, text in lines:
        if held is not None:
            if text.strip():
                held = (held[0], held[1] + text.lstrip())
                joined += 1
                if _soft(text):
                    continue
                yield held
                held = None
                continue
            yield held
            held = None
        if _soft(text):
            held = (lineno, text)
            continue
        yield lineno, text
    if held is not None:
        yield held
    if joined:
        log.drop_chrome(SOFT_BREAK, joined)
