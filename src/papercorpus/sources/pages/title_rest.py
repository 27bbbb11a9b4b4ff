"""What a line is worth as the wrapped rest of the title line above it, measured on the
page (``evidence.cont_evidence`` asks it beside the line's worth as prose).

A title is rarely wrapped, and a line under a title-sized line is its rest only on
evidence: the line above filled the page's width (learned from its breaks, or from the
width its head shows a tool filling every block to), the page has shown that it wraps its
titles, the two lines are in one case form, no greedy wrap would have set them so, the
rest opens as a rest does (``lineforms.rest_shaped``), arXiv's indent. A subtitle on each
line, a sentence's end above, or a width the line above did not fill are two titles.

The numbers were set by hand with the role scores (``scores``).
"""

from __future__ import annotations

import re
from typing import Final

from .lineforms import (
    TITLE_FORM,
    case_break,
    case_form,
    first_len,
    no_greedy_wrap,
    rest_shaped,
    sentence_case_under,
)
from .subtitles import name_colon
from .units import TITLE_SEP
from .wraps import USUAL_WIDTHS

__all__ = ["PLAIN_NAME", "TITLE_WRAPS", "TWO_SUBTITLES", "title_rest_evidence"]

# A title's wrapped rest under a line that filled the page's width, on a page that wraps
# its titles there.
TITLE_WRAPS: Final = 4.5
# ... less where the rest's first word is long (``LONG_WORD_FILL``): a long word
# overflows a short line too, so the fill says less of a wrap. Measured on the 74,728
# arXiv titles: a whole one-line title "fills" the width for the next title's first word
# of ``w`` characters (its length + 1 + ``w`` past the width) as often as P(w), rising
# with ``w`` (at 100 columns 17% for 8 characters, 33% for 15); a wrap fills it always.
# Charged: ln(P(w) / P(8)), by the width (60 / 80 / 100 columns, the nearest; wider:
# 100's) for ``w`` of 9 to 18 characters (longer: 18's); a word of 8 or fewer (about
# half of a wrapped rest's first words, marks included) keeps ``TITLE_WRAPS`` as set.
LONG_WORD_FILL: Final = {
    60: (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.4, 0.45, 0.45),
    80: (0.1, 0.2, 0.25, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65),
    100: (0.1, 0.25, 0.35, 0.45, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9),
}
# A title's wrapped rest holding a subtitle's colon under a line holding one: of the
# 74,728 real arXiv titles (``arxiv-listings``), 61% hold ": " and 0.06% two; wrapped at
# 80 or 100 columns, 0.025% and 0.013% hold one on each line with the rest opening in
# capitals or a digit, where two titles in a row hold one each about 37% of the time.
# Not " -- ": converters write a title's dash so ("Sarcasm" + "Recognition -- Multimodal
# Fusion, …", pandoc), and a title holds one beside its colon far more often.
TWO_SUBTITLES = 4.5
# One Capitalised word of the language then a colon: the end of a title's first part,
# rarely a name a title opens with (0.9% of the page generator's 202k titles; names are
# coined: "GiVA:", "MExD:", "Chronos:")
PLAIN_NAME: Final = re.compile(r"[A-Z][a-z]{2,}: ")
# the smallest usual width a line of n characters fits in (0: none), by n
_NEXT_WIDTH: Final = tuple(min((w for w in USUAL_WIDTHS if w >= n), default=0) for n in range(121))
# Columns a page's prose may be set in by more than its titles (lynx: 3), so a title line
# there may run that much past the width measured on its prose.
_MARGIN: Final = 3


def title_rest_evidence(
    prev: str,
    text: str,
    start: float,
    joined: bool,
    width: int,
    fill: float,
    ends: bool,
    lower: bool,
    glue: bool,
    indented: bool,
    prev_one: bool,
    prev_indented: bool,
    set_apart: bool,
    head: int,
    wraps_titles: bool,
    goes_on: bool,
    one_line: bool,
    flat: bool,
) -> float:
    """What continuing the title line ``prev`` with ``text`` is worth, from ``start`` (the
    break as the intake read it: a wrap, or a new unit right under text).

    ``fill``: what the page's width said of the line above (``evidence.cont_evidence``:
    positive where it was full); ``ends``: ``prev`` ends a sentence; ``lower``: ``text``
    opens in lower case; ``glue``: ``prev`` ends open (a joiner, a hyphen); the rest as
    ``cont_evidence`` documents them."""
    tcont = start
    n = len(prev)
    if one_line:
        head = 0
    # the line above filled the width the page's head shows its tool filling every block
    # to (``head``: a hint, where the breaks seen teach no wider width)
    head_filled = head and head < n + 1 + first_len(text) and n <= head + _MARGIN
    if glue:
        tcont += 3.0
    elif lower:
        tcont += 2.0
    if ends:
        tcont -= 4.0
    if (
        ": " in text
        and ": " in prev
        and (text[:1].isupper() or text[:1].isdigit() or name_colon(text))
    ):
        # a subtitle on each line: two titles ("DiffAttn: … Semantic Reasoning" at 99 of
        # 100 + "Fundamental Tradeoff … Systems: How Long to Move Before Transmission?");
        # a rest opening with a small word or a mark goes on ("Focus Session: … in the
        # era" + "of AI: Design Challenges …", "… Compliant …" + "/ Zeitreihenprognose …")
        tcont -= TWO_SUBTITLES
    elif (
        TITLE_SEP.search(text, 0, 40) is not None
        and PLAIN_NAME.match(text) is None
        and not (set_apart and (wraps_titles and fill > 0 or head_filled))
    ):
        tcont -= 3.0  # "Paper 4: …" starts a title of its own (a word of the language
        # then a colon rarely does: "… Walker Satellite" + "Networks: An Orbit-Aware …");
        # not right under a line a blank set apart above that filled the width, on a
        # page that wraps its titles there: the two lines are one block, and a subtitle
        # is as likely on a title's rest as on its first line (lynx's "[107]… Data for
        # LLM" at 67 + "Fine-Tuning: A Comparative Analysis", wrapped at 78), nor under
        # one that filled the width measured on the page's head (lynx's "[13]Evaluating
        # … in Semiconductor" + "Manufacturing: A Comparative Study", before the page has
        # shown three wrapped titles)
    cased = False  # the two lines differ in case form: no filled width makes them one
    if indented:
        tcont += 2.5
    elif prev_indented:
        tcont -= 4.0  # a title wrapped arXiv's way indents every line of its rest
    elif tcont > -4.0 and (
        no_greedy_wrap(prev, text)
        or (cased := case_break(prev, text) or prev_one and sentence_case_under(prev, text))
    ):
        # no width wraps the two lines so, or they differ in case form: two titles (a
        # lower-case start then says nothing of a wrap)
        tcont -= 8.0 if lower and not glue else 6.0
        # (a Title Cased title may take its subtitle's rest in lower case: "… Models:
        # Revisiting the" + "bouba-kiki effect", lynx at 78; only a title in one case
        # throughout keeps it on its rest whatever the width)
        cased = cased and (case_form(prev) != TITLE_FORM or lower_rest_cased(prev, glue))
    # no width wraps the two lines so (the line is wider than the line above and its
    # first word: a greedy wrap would have put the word above), whatever the charges
    # above left: no width the line above filled makes it a rest (reader 30 p001000,
    # ``Interpreting Transformers Through Attention Head Intervention`` at 61 +
    # ``dualprompt-medcap: a dual-prompt … captioning.`` at 80, the head's width 79: a
    # card without an abstract over the next title, read as one title)
    nowrap = no_greedy_wrap(prev, text)
    if width and not head:
        # a title line that fills the width is weak evidence: titles are rarely wrapped
        # (unless the page has shown that it wraps them), and a line the intake did not
        # join to it is no title's rest otherwise: "Privacy", a menu word under a heading
        if (
            fill > 0
            and wraps_titles
            and not (prev_indented or cased or nowrap)
            and rest_shaped(prev, text, goes_on)
        ):
            # (not under an indented line: a title wrapped arXiv's way indents every
            # line of its rest, and one back at the margin is the next title; nor in
            # another case form: a title keeps its own on its rest, and a name under a
            # title in lower case or capitals fills the line above as well, w3m's
            # ``emoinstruct-tts: … speech synthesis`` at 76 + ``Tsinghua University``)
            tcont += TITLE_WRAPS - long_word_fill(width, first_len(text))
        elif fill > 0 and joined:
            tcont += 0.0 if cased or nowrap else 1.5
        else:
            tcont -= 3.0
    elif not glue:
        # no page width, no sentence going on: two titles, unless the line above filled
        # a usual capture width ("… for Vision-Language" + "Understanding" at 80); a
        # lower-case rest says less of it (titles come in lower case too); on a page
        # that wraps nothing no width was filled ("Break the Brake, … Entropy
        # Maximization" at 78 + "Apple": a browser's copy, every block on one line),
        # unless it has shown that it wraps its titles or this line is indented as
        # arXiv indents a title's rest ("… via Counter-Evidence" + "  Verification")
        if head:
            # the page's head shows a tool that fills every block to one width: a title line
            # that filled it was wrapped there as its prose was, also before the page has
            # shown three wrapped titles (``wraps_titles``), and before its breaks taught
            # the intake that width (pandoc's ``Do Pathology … A Pseudotime`` at 71 of 72
            # + ``Analysis of Visual Representations``, a page's first card) or when they
            # taught it a narrower one (64, from a title in lower case wrapped there); a
            # margin's columns aside (lynx sets its prose in, not its titles). A page that
            # leaves its long titles on one line pays its title habit on top (``decode``).
            filled = head_filled
        else:
            usual = (
                _NEXT_WIDTH[n] if 60 <= n <= 120 and (wraps_titles or indented or not flat) else 0
            )
            filled = usual and usual < n + 1 + first_len(text)
        # (a title's middle line may end open where the unit goes on under it: its open
        # end is no mark of prose, ``goes_on``, as on a page whose width was learned)
        if (
            filled
            and (wraps_titles or head)
            and not (cased or nowrap)
            and rest_shaped(prev, text, goes_on)
        ):
            # (a page whose paragraphs are one line each shows no width but its titles')
            tcont += TITLE_WRAPS
        elif not lower:
            tcont -= 1.0 if filled else 4.0
        elif not filled:
            tcont -= 2.5
    return tcont


# Of the 120,405 real arXiv titles (``arxiv-listings``) wrapped greedily at 60 / 80 / 100
# columns, 22 / 4 / 1 have a Title Cased line over a rest in another case form where that
# line holds no colon (no subtitle opened on it, whose rest may come in sentence case);
# about half of those end open (``for``, ``the``, ``via``), which the join's glue reads.
# Lines so shaped, the line's case form says two titles as it does in any other form.


def lower_rest_cased(prev: str, glue: bool) -> bool:
    """Does a Title Cased line ``prev`` over a line in another case form keep the case
    break's charge (``title_rest_evidence``'s ``cased``): no colon on it, so no subtitle
    opened there whose rest may run in lower case, and not ending open (``glue``)? A card
    without an abstract over the next title in lower case (``Contrastive Weak-to-strong
    Generalization`` at 41 of 60 + ``modality-composable diffusion policy via
    inference-time`` + ``distribution-level composition.``, new 185 p002670): the long
    first word fills the line above as a wrap would."""
    return ":" not in prev and not glue


def long_word_fill(width: int, first: int) -> float:
    """What ``TITLE_WRAPS`` gives back where the rest's first word, of ``first``
    characters, is long (``LONG_WORD_FILL``): the line above would not have held it at
    most of its lengths, so the fill tells less of a wrap."""
    if first <= 8:
        return 0.0
    row = LONG_WORD_FILL[60 if width < 70 else 80 if width < 90 else 100]
    return row[min(first, 18) - 9]
