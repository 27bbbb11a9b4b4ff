"""The opt-in ``capture`` arrangement (``pages_bench.py --arrangement capture``): what the
tool that captured a page did to its *text*, as PDF-to-text, e-mail clients, raw mail
sources, mis-decoding editors and screen captures leave it (a seventh draw after
``novel``, ``unseen``, ``fresh``, the ``furniture`` pair, ``parts`` and ``sites``; the
card chrome is the default mix's, the damage is the capture's).

A page draws two or three traits from ``TRAITS`` and applies them to the whole page (a
tool damages every line alike), each in one form a page:

- ``hyphen``: wrapped titles and abstracts set again in their column with the word
  crossing the edge broken, as ``pdftotext`` and ``nroff`` print a hyphenated column
  (``… a new bench-`` / ``mark for …``), and real hyphens falling at the edge
  (``large-`` / ``scale``); pages that wrap nothing are wrapped at 72 or 80 first.
  Truth: the paper's text (``benchmark``, ``large-scale``);
- ``justify``: wrapped titles and abstracts justified to their column with doubled
  spaces between words (``nroff``'s adjusted text, ``pdftotext -layout``), the last line
  of each left ragged; pages that wrap nothing are wrapped at 72 or 80 first. Truth: the
  text (white space is collapsed);
- ``glyphs``: ``pdftotext``'s ligature glyphs (``ﬁ ﬂ ﬀ ﬃ ﬄ``), a browser copy of a page
  hyphenated with ``&shy;`` (U+00AD inside long words), zero-width spaces a site sets in
  long words and links (U+200B), in titles and abstracts. Truth: the text as printed
  with its ligatures (the parser keeps every character but whitespace, domain.md §b
  requirement 2; ``normalize.fold`` reads a ligature as its letters for the keys), the
  invisible characters gone (``normalize.collapse_ws``);
- ``charset``: the page's UTF-8 read as Windows-1252 and saved again (``Â·``, ``â€™``,
  ``ðŸ”¥``: an editor or mail client that guessed the charset wrong), chrome and text
  alike. Truth: the text as printed, mojibake and all (kept as read, as the fixture
  ``row23_encoding.txt`` has it; ``normalize.fix_mojibake`` undoes it for the keys);
- ``ascii``: every character outside ASCII printed ``?`` (an ASCII-only terminal, a
  ``encode('ascii', 'replace')``), chrome and text alike. Truth: the text as printed,
  with its ``?`` (nothing on the page says what they were);
- ``quoted``: the page forwarded or replied to in a plain-text mail: every line quoted
  ``> `` (``>> `` or ``> > `` in a forward of a forward; a blank line ``>``), under the
  client's attribution line (``On Mon, Dec 7, 2026 at 9:12 AM Ann Lee <…> wrote:``) or a
  forward's header block (``---------- Forwarded message ---------`` / ``From:`` …).
  Truth: the text unquoted; the attribution and headers chrome;
- ``narrow``: every line longer than 40-60 columns folded at a space, titles, abstracts
  and chrome alike: by ``fold -s -w N``, which keeps the space it broke at at the end of
  the line (as a ``format=flowed`` mail marks its soft breaks, RFC 3676), or by a mail
  client wrapping its text at a narrow width, which drops it. Truth: the lines' text
  joined;
- ``qp``: the page's raw mail source, quoted-printable left undecoded (``=`` soft breaks
  at 76 columns, ``=3D``, ``=C2=B7``, ``=E2=80=99``), under the part's MIME headers on
  half of the pages. Truth: the decoded text; the headers chrome;
- ``cut``: a capture cut mid-card at its start (a screen selection or a scrolled
  screenshot: no page header, the first card's title gone, its abstract from a line in
  its middle, or from mid-line) and at its end (the last abstract cut mid-word, no
  ``[Content truncated]`` marker). Truth: the start's fragment is no card (its lines are
  rejects: no title shows), the last card's abstract as shown, flagged ``truncated``;
- ``cr``: every line ended by a lone carriage return (a classic Mac OS text file, some
  Mac exports). Truth: the lines as read.

The truth keeps each card's title and abstract as the paper has them but for the
characters the capture printed otherwise (``glyphs``' ligatures, ``charset``'s mojibake,
``ascii``'s ``?``), the lines a trait adds as chrome of kind ``capture``; the
truth's arrangement names the page's traits (``capture:hyphen+qp``). No family draws the
arrangement, so every other set is unchanged.
"""

from __future__ import annotations

import quopri
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pagegen_chrome import ABSTRACT, BLANK, CHROME, REJECT, TITLE, Ln
from pagegen_truth import CardTruth
from pagegen_variants import Variant

CAPTURE = "capture"
KIND = "capture"
TRAITS = (
    "hyphen", "justify", "glyphs", "charset", "ascii", "quoted", "narrow", "qp", "cut", "cr",
)  # fmt: skip
# traits one page never draws together (one decoding of the page's bytes; a mail's
# quoted body is decoded already; an invisible character mis-decoded shows, which the
# truth of ``glyphs`` does not follow)
_APART = (
    {"charset", "ascii"}, {"qp", "quoted"}, {"qp", "ascii"}, {"glyphs", "charset"},
    {"glyphs", "ascii"},
)  # fmt: skip


@dataclass(frozen=True)
class Capture(Variant):
    """The arrangement with the page's drawn traits and their per-page form."""

    traits: tuple[str, ...] = ()
    choice: int = 0


ARRANGEMENT = Capture(CAPTURE, styles=("plain", "md", "web"))


def draw_traits(rng: random.Random, arr: Capture) -> Capture:
    """The page's traits (two or three, none of ``_APART`` together)."""
    while True:
        traits = rng.sample(TRAITS, rng.choice((2, 3)))
        if not any(pair <= set(traits) for pair in _APART):
            break
    return with_traits(rng, arr, traits)


def with_traits(rng: random.Random, arr: Capture, traits: list[str]) -> Capture:
    """``arr`` with these traits (its per-page form drawn; ``pagegen_mix`` too)."""
    name = f"{CAPTURE}:{'+'.join(sorted(traits))}"
    return replace(arr, name=name, traits=tuple(traits), choice=rng.randrange(840))


# --------------------------------------------------------------------------- lines


def _chrome(text: str) -> Ln:
    return Ln(text, CHROME, KIND, "")


def _remap(lines: list[Ln], new: list[list[Ln]], cards: list[CardTruth]) -> list[Ln]:
    """The page once each old line ``i`` became the lines ``new[i]`` (none: dropped);
    the cards' spans renumbered (a span's first line from its first kept line's first
    piece, its last from its last kept line's last piece)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    out: list[Ln] = []
    for i, pieces in enumerate(new, 1):
        if pieces:
            first[i] = len(out) + 1
            out.extend(pieces)
            last[i] = len(out)

    def lo(n: int, end: int) -> int:
        while n not in first and n < end:
            n += 1
        return first[n]

    def hi(n: int, start: int) -> int:
        while n not in last and n > start:
            n -= 1
        return last[n]

    for c in cards:
        c.first, c.last = lo(c.first, c.last), hi(c.last, c.first)
        t0, t1 = c.title_lines
        c.title_lines = (lo(t0, t1), hi(t1, t0))
        if c.abstract_lines is not None:
            a0, a1 = c.abstract_lines
            c.abstract_lines = (lo(a0, a1), hi(a1, a0))
    return out


def _copy(ln: Ln, text: str) -> Ln:
    return Ln(text, ln.role, ln.kind, ln.probe)


# --------------------------------------------------------------------------- traits


def _cut_start(rng: random.Random, lines: list[Ln], cards: list[CardTruth]) -> list[list[Ln]]:
    """The capture opens inside the first card's abstract: the lines above gone, the
    fragment's lines rejects (no title shows); the card leaves the truth."""
    new = [[ln] for ln in lines]
    card = next((c for c in cards[:3] if c.abstract_lines is not None), None)
    if card is None or len(cards) < 3:
        return new
    a0, a1 = card.abstract_lines
    body = [i for i in range(a0, a1 + 1) if lines[i - 1].role == ABSTRACT]
    if len(body) >= 3:
        start = rng.choice(body[1:-1])
        cut_text = None
    else:
        start = body[0]
        words = lines[start - 1].text.split(" ")
        if len(words) < 12:
            return new
        cut_text = " ".join(words[rng.randrange(4, len(words) - 4) :])
    for i in range(start - 1):
        new[i] = []
    for i in range(start, card.last + 1):
        ln = lines[i - 1]
        if ln.role == ABSTRACT:
            text = cut_text if i == start and cut_text is not None else ln.text
            new[i - 1] = [Ln(text, REJECT)]
    k = cards.index(card)
    del cards[: k + 1]
    return new


def _fold(text: str, width: int, keep_space: bool) -> list[str]:
    """``fold -s -w width``: a line longer than ``width`` broken after its last space
    within the width (a word longer than the width stays whole), the space kept at the
    end of the broken line as ``fold`` keeps it (``keep_space``; a mail client wrapping
    its text at the width drops it)."""
    out = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = text.find(" ", width)
            if cut < 0:
                break
        piece, text = text[:cut], text[cut + 1 :]
        if not piece.strip() or not text.strip():  # (runs of spaces: keep the line)
            return [piece + " " + text] if out == [] else [*out, piece + " " + text]
        out.append(piece + " " if keep_space else piece)
    out.append(text)
    return out


_WORD = re.compile(r"[A-Za-z]{7,}")
_COMPOUND = re.compile(r"[A-Za-z0-9]+-(?=[A-Za-z0-9])")
_OPENS_MARKUP = ("[", ">", "<", "#", "|", "*", "-", "!", "`", "_")


def _plain_span(texts: list[str]) -> bool:
    """Lines of plain prose a typesetter would set (no markup, link or hard break)."""
    for t in texts:
        if not t or t != t.strip() or t.startswith(_OPENS_MARKUP) or "](" in t:
            return False
        if t.endswith(("\\", ")", "*", "]", "  ")):
            return False
    return True


def _set_column(rng: random.Random, words: list[str], width: int, rate: float) -> list[str]:
    """The words set greedily in lines of ``width``, the word crossing the edge broken
    where it fits: at a hyphen of its own (``large-`` / ``scale``), or, a word of seven
    letters or more, with a hyphen added (``bench-`` / ``mark``), as a typesetter does."""
    lines: list[str] = []
    line = ""
    for word in words:
        while True:
            room = width - len(line) - (1 if line else 0)
            if len(word) <= room or not line:
                line = f"{line} {word}" if line else word
                break
            head = tail = ""
            m = _COMPOUND.match(word)
            if m is not None and m.end() <= room:
                head, tail = word[: m.end()], word[m.end() :]
            else:
                w = _WORD.match(word)
                if w is not None and rng.random() < rate:
                    k = min(room - 1, w.end() - 3)
                    if k >= 3:
                        head, tail = word[:k] + "-", word[k:]
            if head:
                lines.append(f"{line} {head}")
                line, word = "", tail
                continue
            lines.append(line)
            line = ""
    if line:
        lines.append(line)
    return lines


def _hyphenate(
    rng: random.Random, lines: list[Ln], cards: list[CardTruth], rate: float
) -> list[list[Ln]]:
    """Each wrapped title and abstract of plain lines set again in its column, words
    broken at the edge (the column: the span's widest line)."""
    new = [[ln] for ln in lines]
    for idx in _plain_spans(lines, cards):
        if idx != list(range(idx[0], idx[-1] + 1)):
            continue
        texts = [lines[i].text for i in idx]
        width = max(map(len, texts))
        words = " ".join(texts).split()
        set_ = _set_column(rng, words, width, rate)
        first = lines[idx[0]]
        new[idx[0]] = [_copy(first, t) for t in set_]
        for i in idx[1:]:
            new[i] = []
    return new


def _plain_spans(lines: list[Ln], cards: list[CardTruth]) -> Iterator[list[int]]:
    """The indexes of each card's wrapped title and abstract (two lines at least) whose
    lines are plain text."""
    for c in cards:
        spans = [c.title_lines]
        if c.abstract_lines is not None:
            spans.append(c.abstract_lines)
        for s, e in spans:
            idx = [i for i in range(s - 1, e) if lines[i].role in (TITLE, ABSTRACT)]
            if len(idx) >= 2 and _plain_span([lines[i].text for i in idx]):
                yield idx


def _justify(lines: list[Ln], cards: list[CardTruth]) -> None:
    """Each wrapped title and abstract of plain lines but its last padded to its column
    (the span's widest line), the spaces between words doubled from the left."""
    for idx in _plain_spans(lines, cards):
        width = max(len(lines[i].text) for i in idx)
        for i in idx[:-1]:
            words = lines[i].text.split(" ")
            gaps = len(words) - 1
            extra = width - len(lines[i].text)
            if gaps <= 0 or extra <= 0:
                continue
            pads = [1 + extra // gaps + (1 if g < extra % gaps else 0) for g in range(gaps)]
            lines[i].text = "".join(w + " " * p for w, p in zip(words, [*pads, 0], strict=True))


_LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ"))
_LONG = re.compile(r"[a-z]{10,}")


def _ligatures(text: str) -> str:
    for a, b in _LIGATURES:
        text = text.replace(a, b)
    return text


def _glyphs(rng: random.Random, text: str, form: int) -> str:
    if form in (0, 3):
        text = _ligatures(text)
    if "](" in text:
        return text
    if form in (1, 3):  # soft hyphens inside long words (a page hyphenated by its author)
        text = _LONG.sub(
            lambda m: m[0] if rng.random() < 0.5 else m[0][:4] + "\u00ad" + m[0][4:], text
        )
    if form in (2, 3):  # zero-width spaces in some long words and after a link's slashes
        text = _LONG.sub(
            lambda m: m[0] if rng.random() < 0.8 else m[0][:5] + "\u200b" + m[0][5:], text
        )
        text = text.replace("/", "/\u200b") if "://" in text and "](" not in text else text
    return text


def _mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (its five unassigned bytes kept as C1 controls,
    as Windows' decoder and most editors keep them)."""
    if text.isascii():
        return text
    return "".join(
        ch
        if ord(ch) < 128
        else ch.encode("utf-8").decode("cp1252", errors="ignore")
        if all(b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) for b in ch.encode("utf-8"))
        else "".join(
            bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
            for b in ch.encode("utf-8")
        )
        for ch in text
    )


def _ascii(text: str) -> str:
    return text.encode("ascii", "replace").decode("ascii")


_ATTRIBUTIONS = (
    "On Mon, Dec 7, 2026 at 9:12 AM Ann Lee <ann.lee@example.org> wrote:",
    "On 07/12/2026 09:12, Bo Chen wrote:",
    "Kai Park <kai@example.com> writes:",
    "-----Original Message-----",
)
_FORWARD = (
    "---------- Forwarded message ---------",
    "From: Daily Papers <digest@example.org>",
    "Date: Mon, Dec 7, 2026 at 6:00 AM",
    "Subject: Fwd: Daily Papers",
    "To: <reading-group@example.org>",
)
_QUOTES = ("> ", ">> ", "> > ")


def _quote(lines: list[Ln], form: int) -> list[list[Ln]]:
    mark = _QUOTES[form % 3]
    new = [[_copy(ln, (mark + ln.text) if ln.text.strip() else mark.rstrip())] for ln in lines]
    if form % 2:
        head = [_chrome(_ATTRIBUTIONS[form % 4])]
    else:
        head = [_chrome(t) for t in _FORWARD] + [Ln("", BLANK)]
    new[0] = head + new[0]
    return new


_MIME = (
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: quoted-printable",
)


def _qp(lines: list[Ln], form: int) -> list[list[Ln]]:
    """Each line as quoted-printable writes it (RFC 2045: ``=XX`` for ``=`` and bytes
    outside ASCII, soft breaks ``=`` keeping lines within 76 columns)."""
    new = []
    for ln in lines:
        raw = quopri.encodestring(ln.text.encode("utf-8")).decode("ascii")
        pieces = raw.split("\n") if raw else [""]
        if len(pieces) > 1 and pieces[-1] == "":
            pieces.pop()
        new.append([_copy(ln, p) for p in pieces])
    if form % 2:
        new[0] = [_chrome(t) for t in _MIME] + [Ln("", BLANK)] + new[0]
    return new


def edit_page(
    rng: random.Random, arr: Capture, lines: list[Ln], cards: list[CardTruth]
) -> list[Ln]:
    """The page's traits, in the order a page goes through its tools: cut by the screen,
    folded by the pager, hyphenated by the typesetter, glyphs of the PDF, the charset's
    bytes, then the mail's quoting or transfer encoding."""
    k, traits = arr.choice, arr.traits
    if "cut" in traits:
        # (the end: render_page cut the last abstract mid-word; the marker goes)
        if lines and lines[-1].kind == "truncation":
            lines = lines[:-1]
            while lines and lines[-1].role == BLANK:
                lines = lines[:-1]
        lines = _remap(lines, _cut_start(rng, lines, cards), cards)
    if "narrow" in traits:
        width, keep = 40 + k % 21, k % 2 == 0
        new = [[_copy(ln, p) for p in _fold(ln.text, width, keep)] for ln in lines]
        lines = _remap(lines, new, cards)
    if "hyphen" in traits:
        lines = _remap(lines, _hyphenate(rng, lines, cards, (0.5, 0.8, 1.0)[k % 3]), cards)
    if "justify" in traits:
        _justify(lines, cards)
    if "glyphs" in traits:
        form = k % 4
        for ln in lines:
            if ln.role in (TITLE, ABSTRACT):
                ln.text = _glyphs(rng, ln.text, form)
        if form in (0, 3):  # (the glyphs are kept as read: the truth holds them)
            for c in cards:
                c.title, c.abstract = _ligatures(c.title), _ligatures(c.abstract)
    if "charset" in traits or "ascii" in traits:
        damage = _mojibake if "charset" in traits else _ascii
        for ln in lines:
            ln.text = damage(ln.text)
        for c in cards:  # (a leak shows as the page prints it)
            c.probes = sorted({*c.probes, *(damage(p) for p in c.probes)})
        for c in cards:  # (the truth is the text as printed)
            c.title, c.abstract = damage(c.title), damage(c.abstract)
    if "quoted" in traits:
        lines = _remap(lines, _quote(lines, k), cards)
    if "qp" in traits:
        lines = _remap(lines, _qp(lines, k), cards)
    return lines
