"""Where the intake may cut a unit before its last lines: a line that may be a title under
text it was joined to, where what closes the unit says a title stands there (a chrome
line the page puts between titles and abstracts only, a name, a wide line, a label, a
title pair, a title its abstract echoes, a title a fold broke). The decoder weighs each
cut (``template``, ``scores``); cuts inside a unit are ``breaks``'.
"""

from __future__ import annotations

from ..shape import TITLE_MAX, joiner, terminal, title_cased
from .breaks import TITLE_LINES, title_piece
from .evidence import TITLE_CASE_ECHO, cont_evidence, set_wide
from .lineforms import echoed_title_line, first_len, open_end
from .units import Unit, titleish

__all__ = [
    "break_at_echoed_titles",
    "break_before_chrome",
    "break_before_echoed_title",
    "break_before_folded_title",
    "break_before_label",
    "break_before_name",
    "break_before_title_pair",
    "break_before_wide",
]


def break_before_chrome(u: Unit, width: int) -> None:
    """A unit closed by a chrome line of a kind the page puts between titles and abstracts
    only (``template``) may end with a title: a last line that reads as a title and
    ends its sentence (``… in special education classrooms`` + ``multi-view
    autoencoders for fake news detection.`` + ``· Published on …``) or, under text
    longer than a title, ends no sentence and runs on into nothing (``… publicly
    available on GitHub`` + ``x*y Scalable and consistent … using text embeddings`` +
    ``8 authors``), under a line that left room
    for its first word at the page's wrap ``width``; one ending a sentence also under a
    line that filled it (``… Our code and dataset are publicly available`` at 79 of 80 +
    ``Line segment clipping using quadrilateral concavity and convexity.`` + ``·``: a
    wrap there ends the abstract with a line the chrome under it says no abstract ends
    with, and the reading that keeps it left the next card's abstract without a title).
    The intake may cut there, and the decoder weighs the cut by the template. (Not
    offered before other chrome, nor inside a paragraph: a lower-cased line ending in a
    full stop under a line with room is as often a paragraph's last line.)"""
    _break_before_last(u, width, room=True)


def break_before_name(u: Unit, width: int) -> None:
    """A unit closed by a line that could be an organisation's name, on a page that names
    its organisations between titles and abstracts only (``template``), may end with a
    title, also under a line that filled the page's width: an abstract's last line ending
    no sentence, then the next card's title whose first word would not have fitted on it
    (``… Computational qualitative analysis`` at 79 of 80 + ``Generative model-based
    feature attention module for video action analysis`` + `` OCC`` + its profile link +
    ``·`` + ``Sep 14``). The name's block says where the title is: the page shows no name
    after an abstract. The intake offers the cut; the decoder weighs it by the template,
    with the name's marks (as ``break_before_chrome``, whose shape tests it keeps)."""
    _break_before_last(u, width, room=False)


def break_before_wide(u: Unit, text: str, width: int) -> None:
    """A unit of lines wrapped at the page's ``width`` (two or more above its last),
    closed by a line set on one line wider than that width (a space inside the width: a
    tool wrapping there would have broken it), may end with a title: an abstract is
    wrapped throughout or not at all (``charges.WRAPPED_ABOVE``), so the wide line opens
    another card's abstract, and a last line that reads as a whole title is its title
    (``… extended with pairs, booleans, pattern matching and fixed points`` + ``Conformal
    Prediction Sets for Instance Segmentation.`` over ``Current instance segmentation
    models …`` on one line of 1,125, mid_org 26 plain B p000372: joined as the first
    abstract's last line, the card lost). The decoder weighs the cut."""
    n = len(u.parts) - 1
    if n >= 2 and set_wide(text, width) and all(len(part) <= width + 2 for part in u.parts[:n]):
        _break_before_last(u, width, room=False)


def break_before_title_pair(u: Unit, width: int) -> None:
    """A unit closed by chrome the page puts right under its titles (``furniture_rhythm.
    titled_kind``) may end with a title wrapped over two lines: its first line filled the
    page's ``width`` (the rest's first word would not have fitted on it), the two read as
    one whole title, and the text above them is longer than a title (``… enabling
    independent verification of the results reported in this work`` at 70 of 80 +
    ``LiveBrowseComp: Are Search Agents Searching, or Just Verifying What They Already``
    + ``Know?`` + ``Feb 26``, ``reader`` 34 p000450: the cut before the last line alone
    made ``Know?`` the title, and the joined reading won). The decoder weighs the cut
    (``before``, the template) as the one before the last line."""
    n = len(u.parts) - 2
    if n < 1 or u.heading or u.hard_break or u.in_link or n in u.cuts or not width:
        return
    if any(b[0] == n for b in u.breaks):
        return
    first, rest = u.parts[n], u.parts[n + 1]
    if not (width - 2 <= len(first) <= width + 2 and len(first) + 1 + first_len(rest) > width):
        return
    title = first + " " + rest.lstrip()
    if (
        len(title) <= TITLE_MAX
        and not open_end(first)
        and titleish(title)
        and (terminal(title) or not open_end(title))
        and above_title(u.parts, n)
    ):
        prev = u.parts[n - 1]
        u.breaks.append((n, cont_evidence(prev, first, True, False, width), terminal(prev)))
        u.breaks.sort(key=lambda b: b[0])


def break_before_label(u: Unit, width: int) -> None:
    """A unit closed by a line opening with the label the page sets over its abstracts
    (``Abstract: …``, ``card_marks.label_page``) may end with that abstract's title: its
    last line, or its last two (a title wrapped at the page's ``width``), whatever the
    width the line above filled (``… get this pipeline into production`` + ``When can
    isotropy help adapt LLMs' next word prediction to numerical domains?`` + ``Abstract—
    Recent studies …``, ``parts`` 112 p000089: the title read as the abstract's last
    line). The label says an abstract opens under it, and a card's abstract sits under
    its title; the decoder weighs the cuts."""
    _break_before_last(u, width, room=False)
    if width:
        break_before_title_pair(u, width)
        u.breaks.sort(key=lambda b: b[0])


def _break_before_last(u: Unit, width: int, room: bool) -> None:
    """Offer a cut before the unit's last line where it reads as a whole title (a sentence
    end, or no open end under text longer than a title); ``room``: only under a line that
    left room for its first word at ``width``, or where it ends a sentence."""
    n = len(u.parts) - 1
    if n < 1 or u.heading or u.hard_break or u.in_link or n in u.cuts:
        return
    prev, last = u.parts[n - 1], u.parts[n]
    if (
        (not u.breaks or u.breaks[-1][0] != n)
        and (not room or len(prev) + 1 + first_len(last) <= width or terminal(last))
        and len(last) <= TITLE_MAX
        and titleish(last)
        and (terminal(last) or not open_end(last) and above_title(u.parts, n))
    ):
        u.breaks.append((n, cont_evidence(prev, last, True, False, width), terminal(prev)))


def above_title(parts: list[str], n: int) -> bool:
    """Is the text above line ``n`` longer than a title? A title's wrapped rest (``…
    LLM-based argument`` + ``classification: from Llama … GPT-5.2`` + ``5 authors``) sits
    under title-sized text; under a paragraph, a last line that ends no sentence and
    reads as a title is the next card's."""
    size = 0
    for part in parts[:n]:
        size += len(part) + 1
        if size > TITLE_MAX:
            return True
    return False


def break_at_echoed_titles(u: Unit, width: int) -> None:
    """A Title Cased line inside a unit, under prose ending open, over a line opening a
    sentence that echoes it (``lineforms.echoed_title_line``), is a card's title under
    an abstract whose end was cut, over its own abstract, however full the line above
    (``… in this particular domain`` at 99 of 100 + ``Advancing Tool-Augmented Large
    Language Models via …`` + ``Empowering large language models (LLMs) with …``): the
    intake, reading line by line, cut neither side of it. The unit is cut before it
    (prose going on there charged ``TITLE_CASE_ECHO``) and after it; the decoder weighs
    the cuts. Asked as the unit closes, when the lines under it are known."""
    parts = u.parts
    cuts = u.cuts
    at = {b[0]: k for k, b in enumerate(u.breaks)}
    new = []
    for j in range(1, len(parts) - 1):
        text = parts[j]
        if j in cuts or j + 1 in cuts:
            continue
        prev, under = parts[j - 1], parts[j + 1]
        if not echoed_title_line(prev, text, under):
            continue
        k = at.get(j)
        if k is None:
            cont, tcont = cont_evidence(prev, text, True, False, width)
            new.append((j, (cont - TITLE_CASE_ECHO, tcont), terminal(prev)))
        else:
            _, (cont, tcont), end = u.breaks[k]
            u.breaks[k] = (j, (cont - TITLE_CASE_ECHO, tcont), end)
        # (... and prose going on out of it, as much: the line is a whole title, so
        # the text under it opens its abstract however the page's width would have
        # wrapped the line; charged on one side only, the wrap's evidence for the line
        # under outweighed it, ``between`` 40 p000023)
        k = at.get(j + 1)
        if k is None:
            cont, tcont = cont_evidence(text, under, True, False, width)
            new.append((j + 1, (cont - TITLE_CASE_ECHO, tcont), terminal(text)))
        else:
            _, (cont, tcont), end = u.breaks[k]
            u.breaks[k] = (j + 1, (cont - TITLE_CASE_ECHO, tcont), end)
    if new:
        u.breaks = sorted(u.breaks + new, key=lambda b: b[0])


def break_before_echoed_title(u: Unit, text: str, width: int) -> None:
    """... and a unit's last line so, where the intake read the line right under it,
    ``text``, as a new unit's first (a title, then its abstract: ``… Code for the
    experiments is available at the following`` + ``x*y Unified Multimodal Understanding
    via Byte-Pair Visual Encoding`` + ``Multimodal large language models …``): the cut
    before it (``break_at_echoed_titles``'s first)."""
    parts = u.parts
    n = len(parts) - 1
    if n < 1 or n in u.cuts or not echoed_title_line(parts[n - 1], parts[n], text):
        return
    if u.breaks and u.breaks[-1][0] == n:
        cont, tcont = u.breaks.pop()[1]  # (the cut offered there already: its evidence)
    else:
        cont, tcont = cont_evidence(parts[n - 1], parts[n], True, False, width)
    u.breaks.append((n, (cont - TITLE_CASE_ECHO, tcont), terminal(parts[n - 1])))


def break_before_folded_title(u: Unit, text: str, width: int) -> None:
    """On a page folded narrower than its titles (``widths.folds_all``: a mail client's
    wrap at 40-60 columns), the unit's last lines (up to ``TITLE_LINES``) that read as a
    whole title (``title_piece``) over ``text``, the line opening the next unit: the cuts
    before them, where none is offered (the decoder weighs each). A fold breaks every line
    at the width, the last line of an abstract or of a title too, which fills it as often
    as the next line's first word is long; where it did, nothing tells the width's reader
    that the abstract (or a card's title without an abstract) ended there, and the next
    card's title, folded over one to three lines, ran on in it until a line ended short
    (``… improved version of the previous study at arXiv:2402.02526`` at 58 of 58 +
    ``Hybrid Vision Transformer_GAN Attribute Neutralizer for`` + ``Mitigating Bias in
    Chest X_Ray Diagnosis`` + ``Bias in chest X-ray classifiers frequently stems from …``,
    capture 115 p000701: the title read as the abstract's last sentence, the next
    abstract as its next paragraph). Only under prose longer than a title (an abstract's
    end: ``above_title``), the line right above the piece ending no title's line (open,
    ``… Detection using``, or Title Cased, ``Difficulty-Based Preference Data Selection``
    over ``by DPO Implicit Reward Gap``: a title's own lines), a piece in lower case only
    under a sentence's end (``… co-occurs with it; we find adversarial cases where`` +
    ``low-rank models do not exhibit saturation.``: a comb's rest, the sentence's end),
    the longest such piece."""
    parts = u.parts
    n = len(parts)
    for k in range(min(TITLE_LINES, n - 1), 0, -1):
        j = n - k
        if j in u.cuts:
            continue  # (a word cut at the margin there: no title opens inside it)
        prev = parts[j - 1]
        if open_end(prev) or joiner(prev) or (title_cased(prev) and not terminal(prev)):
            continue
        end = terminal(prev)
        if not above_title(parts, j) or not title_piece(parts[j:], text, end):
            continue
        if not end and not title_cased(" ".join(parts[j:])):
            continue  # (a piece in lower case under a sentence going on: its end)
        for b in u.breaks:
            if b[0] == j:
                return  # (offered already: weighed)
        cont, tcont = cont_evidence(prev, parts[j], True, False, width)
        u.breaks = sorted([*u.breaks, (j, (cont, tcont), end)], key=_at)
        return


def _at(b: tuple[int, tuple[float, float], bool]) -> int:
    return b[0]
