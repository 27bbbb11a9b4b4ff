"""Scores for the page decoder (``decode``): what each role costs a token, and each move
of the card grammar.

Scores are log-odds-like numbers: higher is likelier, ``NEG`` is impossible. A text token
is scored once per role from its own shape (``text_roles``); a move between grammar
states is scored from the state and the token (``move``). What a continuation is worth
is measured on the page by the intake (``cont_evidence``): a line is the wrapped rest of
the one above only on evidence - the page's wrap width (the line above was full), a
markdown hard break, a sentence going on across the break - never by default, so abstract
after abstract stays the exception and a line between two abstracts that could be a title
is one.

The numbers were set by hand on the seeds, the test fixtures and the generator benchmark
(benchmarks/pages_bench.py); the grammar does most of the work, the scores only rank
readings the grammar allows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..shape import (
    SUMMARY_MAX,
    TITLE_MAX,
    joiner,
    prose_marks,
    sentence_like,
    terminal,
    title_cased,
    title_shaped,
    title_sized,
)
from .tokens import NEG, PageHabits, Token
from .units import CAMEL, EMAIL, TITLE_SEP, name_like, org_named, titleish
from .wraps import OPENERS

__all__ = [
    "ABSTRACT",
    "CHROME",
    "CONT",
    "NEG",
    "ORG",
    "REJECT",
    "SEARCH",
    "TITLE",
    "TITLE_HABIT",
    "break_candidate",
    "case_break",
    "cont_evidence",
    "final",
    "text_scores",
]

TITLE, ABSTRACT, CONT, ORG, SEARCH, REJECT, CHROME = range(7)

# What a card without an abstract costs (a title then a title): real pages have them,
# but far fewer than cards with one.
NO_ABSTRACT = 2.0
# ... on a page that has shown many (a fifth of its cards or more, two at least)
NO_ABSTRACT_HABIT = 1.0
# A title then its abstract: the grammar's usual step.
PAIR = 1.0
# ... less, when the abstract starts right under the title on a page that sets its
# blocks apart with blank lines (layout A: a title and its abstract are two blocks)
SAME_BLOCK = 2.0
# Continuations: joined by the intake on its wrap evidence; a new unit right under text;
# a new paragraph after a blank line.
JOINED, ADJACENT, PARAGRAPH = 1.0, -3.0, -6.0
# ... right under text, on a page that sets its blocks apart with blank lines
BLOCK = 0.0
# A title's wrapped rest on a page that leaves its long titles on one line.
TITLE_HABIT = 4.0
# Rejecting text of abstract size: only where no reading of the page gives it a title.
ABSTRACT_REJECT = -12.0
# An abstract opening in lower case (not a name: "iVideoGPT"): rather a sentence going on.
_LOWER_START = 3.0
# Prose right above a "·" line (pages put it under a title or an organisation's name).
_PROSE_DOT = 2.0
# A line the page has already shown as an organisation's name.
KNOWN_ORG = 3.0
_SENTENCE_START = ("We ", "This ", "In this ", "Our ", "Here ")
# Text up to this long is summary-sized (shape.SUMMARY_MAX): an abstract shorter than
# this that does not end its sentence is not one.
_SHORT = 250
_USUAL_WIDTHS = (72, 76, 80, 100, 120)  # widths capture tools wrap text at
# the smallest usual width a line of n characters fits in (0: none), by n
_NEXT_WIDTH = tuple(min((w for w in _USUAL_WIDTHS if w >= n), default=0) for n in range(121))
_CUT = ("truncation", "")  # what follows text the capture cut: its marker, the page's end
# "displib: …", "GiVA: …": a name then a colon, as titles open
_NAMED = re.compile(r"[^\s:]{2,30}: ")
# Lines longer than this are not judged by their case form (``case_break``): prose.
_CASE_MAX = 160
# Words a title's wrapped rest may open with in lower case, whatever its case form.
_SMALL_FIRST = frozenset(
    ["for", "with", "of", "via", "and", "or", "from", "into", "than", "without", "between"]
    + ["in", "on", "to", "by", "at", "as", "under"]
)


_NO_HABITS = PageHabits()


def text_scores(
    tok: Token, habits: PageHabits = _NO_HABITS
) -> tuple[float, float, float, float, float, int]:
    """Scores of the roles a text token can play, from its shape and what the page has
    shown so far (``habits``): title, abstract, prose continuation, title continuation,
    and the best role that is not the card's text (organisation line, search echo or
    reject) with its score."""
    text, kind = tok.text, tok.kind
    nxt = tok.nxt
    if len(text) > TITLE_MAX and not tok.rest_kind:  # abstract-length: nothing else fits
        # (rejected only where no reading fits: a reading of the page that leaves an
        # abstract without its title is worse than one that finds the title)
        cont = tok.cont
        if (nxt == "dot" or nxt == "dotdate") and not habits.dot_prose:
            cont -= _PROSE_DOT
        abstract = _abstract(tok)
        if text[0].islower() and CAMEL.match(text) is None:
            abstract -= _LOWER_START
        return NEG, abstract, cont, NEG, ABSTRACT_REJECT, REJECT
    email = "@" in text and EMAIL.search(text) is not None
    if email:  # "Contact us at foo@example.com": a footer, no title holds an address
        return NEG, _abstract(tok) - 3.0, tok.cont - 4.0, NEG, 4.0, REJECT
    # asked once here for both readings (pure; each was asked by the title and again
    # by the abstract reading)
    prose, sentence = prose_marks(text), sentence_like(text)
    title = _title(tok, prose, sentence)
    if tok.rest_kind and tok.rest_kind != "A" and joiner(text):
        # a title's first line running on ("… Transfer Learning! For"): judged with
        # the rest of its unit, which may be the title's wrapped rest
        rest = replace(tok, text=tok.rest, kind=tok.rest_kind, rest="", rest_kind="")
        title = max(title, _title(rest, prose_marks(rest.text), sentence_like(rest.text)))
    if kind == "H":
        abstract = NEG
    elif tok.rest_kind:
        abstract = _abstract(tok, prose, sentence)
    else:
        abstract = _abstract_of(tok, text, kind, prose, sentence)
    if text[0].islower() and CAMEL.match(text) is None:
        abstract -= _LOWER_START
    tcont = tok.tcont if kind != "A" else NEG  # a title's rest is not several sentences
    cont = tok.cont
    after = habits.after.get(tok.prv) if habits.after else None
    if after is not None:  # what this page puts right after this kind of chrome
        title += after
        abstract -= after
    dot_habit = habits.dot_habit
    if (nxt == "dot" or nxt == "dotdate") and not habits.dot_prose:
        # "·" sits under a title or an organisation's name, not under prose (on pages
        # that have not shown one under an abstract)
        cont -= _PROSE_DOT
        abstract -= _PROSE_DOT
        if dot_habit > 0:
            tcont -= 3.0  # ... and on this page under organisation lines only
    side, side_role = (ABSTRACT_REJECT, REJECT) if kind == "A" else (NEG, REJECT)
    if tok.org:
        org = -2.5 + habits.org_prior
        if (
            nxt == "profile"
            or nxt == "dotdate"
            or (nxt == "dot" and tok.nxt2 in ("date", "profile", "url", "dotdate"))
        ):
            # "Google" + "·" + "Published on …", or its profile link: an organisation's
            # marks (a title may carry a "·" too, on pages that put one under titles)
            org += 5.5 if dot_habit == 0 else (6.5 if dot_habit > 0 else 2.0)
        elif nxt == "dot":
            org += 1.0 if dot_habit >= 0 else 0.0
        else:
            org -= 1.5  # a name without an organisation's marks ("MotionSwap"): a title
        if org_named(text):
            org += 1.5
            tcont -= 2.0  # a title's wrapped rest is rarely named as an organisation
        link = tok.nxt_text
        if nxt == "profile" and _slug(text) == _slug(link[link.rfind("/") + 1 :]):
            org += 4.0  # "Carnegie Mellon University" + ".../CarnegieMellonUniversity"
        if text in habits.orgs:
            # the page has shown this line as an organisation's already: names repeat
            # on a page, titles do not
            org += KNOWN_ORG
            title -= KNOWN_ORG
            tcont -= KNOWN_ORG
        side, side_role = org, ORG
    search = tok.nxt in ("view", "nav", "header") and len(text) <= 80 and kind in ("T", "WA")
    if search and side < 2.5:
        side, side_role = 2.5, SEARCH
    return title, abstract, cont, tcont, side, side_role


def _title(tok: Token, prose: bool, sentence: bool) -> float:
    text, kind = tok.text, tok.kind
    if kind == "H":
        return 3.0
    if len(text) > TITLE_MAX:
        return NEG
    score = 0.0
    if kind == "A":
        if not title_shaped(text) or prose:
            return -8.0
        score -= 1.0
    elif kind == "T":
        score += 1.5 if title_shaped(text) else 0.0
    elif not terminal(text) and title_shaped(text) and not prose:
        score += 1.0  # "SaRO! Enhancing LLM Safety …": a break inside, no sentence end
    else:  # "WA": one sentence ending in "."
        if title_sized(text) or (text[0].islower() and title_sized(text[0].upper() + text[1:])):
            score -= 1.0
        elif titleish(text):
            score -= 1.5
        else:
            score -= 2.5
    if tok.org and org_named(text):
        score -= 3.0  # "University of Massachusetts Amherst"
    elif tok.org and text.count(" ") < 3:
        score -= 0.5  # "Natural Language Generation" or "Google DeepMind"
    question = text[-1] == "?"
    if sentence:
        # a sentence ending in "." that reads as one (unless Title Cased: "LLMs are!
        # Frequency Pattern Learners in …", or a question: "… How far are we from …?")
        score -= 1.0 if kind == "T" or question or text[-1] != "." and title_cased(text) else 3.5
        if text.startswith(_SENTENCE_START) and not (kind != "A" and _cased_opening(text)):
            score -= 6.0  # "We also propose …": prose, whatever its length (not "This
            # Looks Distinctly Like That: …", "We Argue to Agree: … for Tourism.")
    if prose:
        if text.startswith(_SENTENCE_START):
            return NEG  # "We make two contributions. First, a benchmark:"
        if not (title_cased(text) or question):
            score -= 1.5  # (a Title Cased title may end in "From" or "With")
    if " " not in text:
        score -= 1.5  # one word ("Apple", "NVIDIA"): a name, rarely a paper's whole title
    elif len(text) < 8:
        score -= 1.0
    elif len(text) > 150:
        score -= 1.5 if len(text) <= 200 else 3.0  # arXiv titles are rarely this long
    if tok.linked and tok.heading:
        score += 1.0
    if tok.indented:
        score += 2.0  # "… Object" + "  Recognition in …": arXiv indents a title's rest
    if tok.rest_kind == "A" and _open_end(text):
        # the first line of a paragraph, its sentence going on ("… imagination process
        # by"): a whole title would have to end there
        score -= 3.0
    return score


def _abstract(tok: Token, prose: bool | None = None, sentence: bool | None = None) -> float:
    """``prose``, ``sentence``: ``prose_marks``/``sentence_like`` of ``tok.text`` if known."""
    if tok.rest_kind:
        # a paragraph's first line is judged with the lines joined to it, or alone (the
        # lines joined may hold the next title: "Glioblastoma … prognosis." + "procedure
        # learning via …")
        rest = _abstract_of(tok, tok.rest, tok.rest_kind, None, None)
        if sentence is None:
            sentence = sentence_like(tok.text)
        alone = _abstract_of(tok, tok.text, tok.kind, prose, sentence)
        if not sentence or title_cased(tok.text):
            # an abstract rarely opens with a Title Cased line that is no sentence: a
            # title then its abstract ("Spoken Language Understanding on Unseen Tasks
            # With In-Context Learning" + "Spoken language understanding (SLU) …")
            score = rest - 4.0 if not sentence and title_cased(tok.text) else rest
        else:
            score = max(rest, alone)
        # judged with its rest, the piece is scored as if the rest followed it: a reading
        # that ends the abstract here pays for the piece alone ("A Hierarchical … in
        # Classroom Settings" as a whole abstract, a title then the next title)
        tok.alone = min(0.0, alone - score)
        return score
    if tok.kind == "A":
        return 2.0  # (the common case, without a call)
    return _abstract_of(tok, tok.text, tok.kind, prose, sentence)


def _abstract_of(
    tok: Token, text: str, kind: str, prose: bool | None, sentence: bool | None
) -> float:
    if kind == "A":
        return 2.0
    if tok.indented:
        return -4.0  # a short unit wrapped with an indent: a title (abstracts are not)
    if prose is None or sentence is None:
        prose, sentence = prose_marks(text), sentence_like(text)
    if kind == "WA":
        if not terminal(text) and not prose:
            return -7.0  # a summary ends its sentence; "SaRO! Enhancing …" is a title
        if text.count(" ") < 4:
            return -3.0  # a summary is a sentence of some words; "active data." names
        if text[-1] == "?":
            return -3.0  # a summary says what a paper does; a title may ask
        if sentence or prose:
            # "agentgroupchat-v2: divide-and-conquer is what …": a name then a colon
            named = _NAMED.match(text) is not None
            return (1.5 if sentence else 1.0) - (1.5 if named else 0.0)
        # a one-sentence summary says what a paper does; a title ending in "." names it:
        # Title Cased ("GiVA: Gradient-Informed Bases for Vector-Based Adaptation.") or a
        # name then a colon ("displib: a library of train dispatching problems.")
        score = 1.0
        if title_cased(text):
            score -= 2.0
        if _NAMED.match(text) is not None:
            score -= 1.5
        return score
    # "T": title-shaped
    if tok.linked:
        return 1.5  # markdown captures link a card's text to its paper
    if text[-1] == "?" and len(text) <= _SHORT:
        return -5.0  # a question alone is a title ("can we automatize … sciences?")
    if len(text) <= _SHORT and tok.nxt not in _CUT and not terminal(text):
        # short text that does not end its sentence: an abstract or summary is complete
        # sentences ("when can we trust llms …? large-scale benchmarks for …" is a title),
        # unless the capture was cut there
        return -6.0
    if sentence or (prose and not title_cased(text)) or tok.nxt == "truncation":
        return 0.0  # (text the capture cut is judged by what it could have been)
    return -7.0


def final(status: int, no_abstract: float = NO_ABSTRACT) -> float:
    """Score of ending the page in ``status`` (a last card without an abstract is rare)."""
    return -no_abstract if status == 1 else 0.0


# --------------------------------------------------------------------------- intake


def cont_evidence(
    prev: str,
    text: str,
    joined: bool,
    gap: bool,
    width: int,
    indented: bool = False,
    prev_one: bool = False,
    blocky: bool = False,
    prev_indented: bool = False,
) -> tuple[float, float]:
    """What continuing the text line ``prev`` with ``text`` is worth, as prose (an
    abstract's wrapped rest or next paragraph) and as a title's wrapped rest.

    ``joined``: the intake read the break as a wrap (``wraps.continues``); ``gap``: a
    blank line lies between; ``width``: the width the page is seen to wrap at (0: none);
    ``indented``: ``text`` starts with white space (arXiv indents a title's rest);
    ``prev_one``: ``prev`` is a whole unit of one line; ``blocky``:
    the page sets its blocks apart with blank lines, so a line right under text is in
    its block; ``prev_indented``: ``prev`` is an indented line of its unit."""
    # a line ending in a URL ends its text ("… available at https://github.com/x/y")
    ends = terminal(prev) or ("://" in prev and "://" in prev[prev.rfind(" ") + 1 :])
    lower = text[:1].islower() and CAMEL.match(text) is None
    glue = _open_end(prev)
    fill = 0.0
    if width and joined:
        n = len(prev)
        first = _first_len(text)
        if width * 3 <= n * 5 and n <= width + 2 and n + 1 + first > width:
            # the line above is full: the page wrapped it here (less sure of a line
            # wider than any the page wrapped)
            fill = 3.0 if n <= width else 1.5
        elif n + 1 + first <= width:
            fill = -2.0  # the next word would have fitted: not a wrap at this width
    # prose
    cont = JOINED if joined else (PARAGRAPH if gap else (BLOCK if blocky else ADJACENT))
    if glue:
        cont += 3.0
    elif not ends:
        if lower:
            cont += 2.5
        elif not gap and text[: _first_len(text)] in OPENERS:
            # "… supervised learning" + "As real-world datasets …": a sentence opens
            # after a line that ended none; the line above was a title
            cont -= 3.0
        else:
            cont += 1.0
    elif lower:
        cont -= 1.5  # a sentence does not start in lower case: a title may
    if ends and titleish(text):
        cont -= 1.0
    elif (
        not (glue or lower)
        and len(text) <= TITLE_MAX
        and len(prev) <= TITLE_MAX
        and title_cased(prev)
        and title_cased(text)
    ):
        # prose does not go on line after line in Title Case: two titles ("… Knowledge
        # Tracing" + "Hybrid E-Assessment in Higher Education: …")
        cont -= 4.0
    cont += fill
    if (
        not joined
        and prev_one
        and ends
        and len(prev) <= SUMMARY_MAX
        and text[:1].isupper()
        and not text.startswith(_SENTENCE_START)  # "We also show …" goes on
    ):
        # a second paragraph under one short line ending a sentence: a title ending in
        # "." above its abstract, not a one-sentence summary going on
        cont -= 3.0
    # a title's rest
    if gap:
        return cont, NEG
    tcont = JOINED if joined else ADJACENT
    if glue:
        tcont += 3.0
    elif lower:
        tcont += 2.0
    if ends:
        tcont -= 4.0
    if TITLE_SEP.search(text, 0, 40) is not None:
        tcont -= 3.0  # "Paper 4: …" starts a title of its own
    if indented:
        tcont += 2.5
    elif prev_indented:
        tcont -= 4.0  # a title wrapped arXiv's way indents every line of its rest
    elif tcont > -4.0 and (no_greedy_wrap(prev, text) or case_break(prev, text)):
        # no width wraps the two lines so, or they differ in case form: two titles (a
        # lower-case start then says nothing of a wrap)
        tcont -= 8.0 if lower and not glue else 6.0
    if width:
        # a title line that fills the width is weak evidence: titles are rarely wrapped
        tcont += 1.5 if fill > 0 else -3.0
    elif not glue:
        # no page width, no sentence going on: two titles, unless the line above filled
        # a usual capture width ("… for Vision-Language" + "Understanding" at 80); a
        # lower-case rest says less of it (titles come in lower case too)
        n = len(prev)
        usual = _NEXT_WIDTH[n] if 60 <= n <= 120 else 0
        filled = usual and usual < n + 1 + _first_len(text)
        if not lower:
            tcont -= 1.0 if filled else 4.0
        elif not filled:
            tcont -= 2.5
    return cont, tcont


def break_candidate(
    parts: list[str], piece_lines: int, piece_started: bool, text: str, width: int = 0
) -> bool:
    """May a joined line start a token of its own (the decoder then weighs joining it
    against a title or an organisation starting there)? Only where a reading other than a
    wrap is plausible: after a unit's first line that could be a title, before a line
    that could be a title after a sentence end (and after that line), where the page's
    wrap width says the line above was not full, before a name."""
    prev = parts[-1]
    lower = text[:1].islower() and CAMEL.match(text) is None
    if piece_started and piece_lines == 1:
        return True
    if piece_lines == 1:  # the first line of the unit, or of a piece cut off it
        if len(prev) + 1 + _first_len(text) <= (width or len(text)) and joiner(prev):
            # a line running on into the next, whose next word would have fitted on it
            # (at the page's width, or the next line's): a title ending in "," or "+"
            # ("Action Language BC+"), then its abstract
            return len(prev) <= TITLE_MAX
        if len(prev) <= TITLE_MAX:
            # a title then its abstract's first line (not a sentence going on)
            # (or a line ending its sentence: a title in lower case ending in "."), or a
            # title then an organisation's name ("… AND UNET++" + "ETH Zurich")
            if ((titleish(prev) and not lower or terminal(prev)) and not _open_end(prev)) or (
                name_like(text) and _named_org(text)
            ):
                return True
            if len(parts) == 1:
                # a title, then a line that cannot be its wrapped rest: two titles (an
                # author-wrapped abstract breaks its lines wherever: not by width)
                if len(text) > _CASE_MAX:
                    return False
                if not width and no_greedy_wrap(prev, text):
                    # (where the page's width is known, the tests below judge by it)
                    return not (sentence_like(prev) or sentence_like(text))
                return case_break(prev, text)
            # (a piece's first line: the tests below too)
        else:
            # one whole abstract line (layout B), then a line that could be the next
            # title (whatever its case: the decoder weighs it)
            return len(text) <= TITLE_MAX
    if width and (len(prev) + 1 + _first_len(text)) * 5 < width * 4 and len(text) <= TITLE_MAX:
        # the page's width says the line above ended here, not a wrap (by a margin: an
        # author-wrapped arXiv abstract varies its width by several columns)
        return True
    if terminal(prev) and len(text) <= TITLE_MAX and titleish(text):
        return True
    return name_like(text)


_WORD = re.compile(r"[^\W\d_]{4,}")  # the longer words, whose case tells a case form
# Case forms: a title keeps its own on its wrapped rest.
_UPPER, _TITLE, _LOWER = 1, 2, 3


def _case_form(s: str) -> int:
    """``_UPPER`` (every longer word in capitals), ``_TITLE`` (four in five capitalised),
    ``_LOWER`` (none capitalised, three at least), or 0 (mixed, or too few words)."""
    words = _WORD.findall(s)
    if len(words) < 2:
        return 0
    upper = cap = 0
    for w in words:
        if w[0].isupper():
            if w.isupper():
                upper += 1
            else:
                cap += 1
    n = len(words)
    if upper == n:
        return _UPPER
    if cap == 0 and upper == 0:
        return _LOWER if n >= 3 else 0
    return _TITLE if (cap + upper) * 5 >= n * 4 and cap >= 2 else 0


def case_break(prev: str, text: str) -> bool:
    """Do two title-sized lines differ in case form (``PAGE-4D: … 4D Perception`` +
    ``self-supervised spatial correspondence …``; ``INFGEN: A RESOLUTION-AGNOSTIC …`` +
    ``A Hierarchical Probabilistic …``)? A title keeps its case form on its wrapped rest,
    so they are two titles (or a title and prose). A rest opening with a small word
    (``with Zero-init Attention``) is not judged: titles keep those lower-case."""
    if len(prev) > _CASE_MAX or len(text) > _CASE_MAX or text[: text.find(" ")] in _SMALL_FIRST:
        return False
    a = _case_form(prev)
    if not a:
        return False
    b = _case_form(text)
    return b != 0 and a != b


def no_greedy_wrap(prev: str, text: str) -> bool:
    """Is ``text`` too wide to be the rest of ``prev`` wrapped at any width? A wrap at
    width w leaves the line above too full for the next word (``len(prev) + 1 +
    first > w``) and the next line within it (``len(text) <= w``)."""
    return len(text) >= len(prev) + 1 + _first_len(text)


def _named_org(s: str) -> bool:
    """A short name a title's wrapped rest rarely is: named as an organisation, or an
    acronym then a name ("ETH Zurich")."""
    words = s.split()
    return org_named(s) or (len(words) == 2 and words[0].isupper() and len(words[0]) <= 5)


def _cased_opening(s: str) -> bool:
    """Title Case from the first words on ("This Looks Distinctly Like That: …", not "We
    introduce Multi-scale Adaptive …")."""
    words = s.split(" ", 2)
    return len(words) > 1 and words[1][:1].isupper() and title_cased(s)


def _slug(s: str) -> str:
    """Letters and digits, lower-cased: a name as its profile link spells it."""
    return "".join(c for c in s.lower() if c.isalnum())


def _open_end(s: str) -> bool:
    """Ends where a sentence cannot (``joiner``), unless the word is capitalised in a
    Title Cased line: "Not All Synthetic Data Is Yours to Learn From" ends its title."""
    if not joiner(s):
        return False
    return _cased_open(s)


def _cased_open(s: str) -> bool:
    """``_open_end`` of a line that ends in a joiner."""
    if not s[-1].isalpha() or s.isupper():
        return True  # "Applications," / "… TASKS WITH": no case to tell by
    space = s.rfind(" ")
    return not (s[space + 1 : space + 2].isupper() and title_cased(s))


def _first_len(text: str) -> int:
    """Length of the first word (``str.split`` would copy the whole rest of the line)."""
    space = text.find(" ")
    return len(text) if space < 0 else space
