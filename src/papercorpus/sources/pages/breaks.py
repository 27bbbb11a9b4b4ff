"""Where the intake may cut a unit into tokens: a line it joined on weak evidence where
another reading is plausible (a title could start there, a name could end a title), so
the decoder weighs both (``break_candidate``); a unit's last line before chrome that may
be a title is ``last_breaks``'. What each cut's join is worth is ``evidence``'s.
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import (
    TITLE_MAX,
    joiner,
    prose_marks,
    sentence_breaks,
    sentence_like,
    terminal,
    title_cased,
)
from .defined_names import defined_name
from .lineforms import (
    CASE_MAX,
    address_goes_on,
    bare_address,
    capitalised,
    case_break,
    first_len,
    in_capitals,
    longer_words,
    no_greedy_wrap,
    open_end,
    web_end,
)
from .named_titles import lower_named, named_line
from .subtitles import subtitle_pair
from .units import CAMEL, name_like, org_named, titleish
from .wraps import ASKING, acronym_spans, bracket_goes_on

__all__ = [
    "TITLE_LINES",
    "break_candidate",
    "lower_but_names",
    "named_org",
    "sentence_piece",
    "title_piece",
]


def break_candidate(
    parts: list[str],
    piece_lines: int,
    piece_started: bool,
    text: str,
    width: int = 0,
    firm: bool = False,
    one_line: bool = False,
    seen: bool = False,
    after_end: bool = False,
    greedy: bool = False,
) -> bool:
    """May a joined line start a token of its own (the decoder then weighs joining it
    against a title or an organisation starting there)? Only where a reading other than a
    wrap is plausible: after a unit's first line that could be a title, before a line
    that could be a title after a sentence end (and after that line), where the page's
    wrap width says the line above was not full or (``firm``) this line is wider than
    the page wraps at, before a name, under a Title Cased line on a page that leaves its
    long titles on one line (``one_line``). ``seen``: the page has wrapped a few lines
    within ``width`` (``firm``: many); ``greedy``: every line it wrapped so far was
    full (the next word did not fit on it). ``after_end``: the text line right above the
    unit, no blank line between, ended a sentence."""
    prev = parts[-1]
    if prev[-1] == "." and text[0].islower() and address_goes_on(prev, text):
        return False  # (a web address cut inside its host goes on: ``address_goes_on``)
    if not terminal(prev) and (
        text[0] == "("
        and bracket_goes_on(prev, text, width)
        and not web_end(prev)
        or acronym_spans(prev, text)
    ):
        # "… and Neural Radiance Fields" + "(NeRF) have achieved …", "… of Large
        # Language" + "Models (LLMs)-such as …": the acronym spells out words the line
        # above ended with; no title ends there and no abstract opens so. Not under a
        # line ending in a web address: an acronym names no address, and the paragraph
        # ended there (``wraps.continues`` says so too), so a title opening so may start
        # (``… Webpage: https://tartanair.org/tartanground`` + ``(Im)possibility of
        # Automated Hallucination Detection …``, joined as a wrap: default 110 p000316).
        # An acronym spells its words with two capitals or more: a word in brackets
        # spells none, and opens a line of its own where no sentence goes on after it
        # (``… for Image Classification`` + ``(Perlin) Noise as AI coordinator``, capture
        # 182 p000238; ``$W-δ-μ$ dual codes and LCD codes`` + ``(Im)possibility of
        # Automated …``, new 182 p001566: the next cards' titles); a bracket a comma or a
        # word in lower case follows goes on as a bracket does (``… reason about
        # ambiguous scenarios`` + ``(Think), and preemptively halt …``, mix 183 p002489),
        # and so does one under a line the page's width says was full
        # (``wraps.bracket_goes_on``)
        return False
    lower = text[:1].islower() and CAMEL.match(text) is None
    if lower and len(text) <= TITLE_MAX and web_end(prev) and lower_after_address(text):
        return True  # (a title in lower case under a paragraph's address: below)
    if piece_started and piece_lines == 1:
        return True
    if piece_lines == 1 and subtitle_pair(prev, text):
        # a title line holding a subtitle's colon, then a line opening with a name and
        # its colon: the next title, in any case form (``subtitles``)
        return True
    if firm and len(text) <= width + 2 < len(prev):
        # the line above, wider than the page wraps at, was not wrapped there: a title
        # left on its line (in lower case, over the next one's) ends at the break (not
        # a paragraph wrapped wider than the page's width: its next line is as wide)
        return True
    if (
        seen
        and width + 2 < len(prev) <= TITLE_MAX
        and len(text) <= TITLE_MAX
        and len(parts) == 1
        and titleish(prev)
        and not (open_end(prev) or sentence_like(prev) or sentence_breaks(prev))
        and not prose_marks(prev)
    ):
        # ... nor, likely, is a unit's first line that could be a whole title, wider than
        # the page has wrapped a few lines at (``seen``, not yet ``firm``), over a line
        # as wide (``Deepfake detection … via improved rcnn`` at 90 + ``design of an
        # expression … mechanism.`` at 103, on a page that has wrapped five lines within
        # 80): a card without an abstract, then the next title, as likely as a
        # paragraph wrapped wider than the page's other paragraphs (a width learned from
        # one break is no such evidence: ``The performance of existing … image`` at 70,
        # the first abstract's line, on a page that had wrapped one line at 66; nor a
        # line holding a sentence's end or prose's marks: ``(Responsibility, …) describes
        # the inconsistency. We exploit …`` at 130, a paragraph wrapped wider)
        return True
    if piece_lines == 1:  # the first line of the unit, or of a piece cut off it
        if len(prev) + 1 + first_len(text) <= (width or len(text)) and joiner(prev):
            # a line running on into the next, whose next word would have fitted on it
            # (at the page's width, or the next line's): a title ending in "," or "+"
            # ("Action Language BC+"), then its abstract
            return len(prev) <= TITLE_MAX
        if len(prev) <= TITLE_MAX:
            # a title then its abstract's first line (not a sentence going on)
            # (or a line ending its sentence: a title in lower case ending in "."), or a
            # title then an organisation's name ("… AND UNET++" + "ETH Zurich")
            if ((titleish(prev) and not lower or terminal(prev)) and not open_end(prev)) or (
                name_like(text) and named_org(text)
            ):
                return True
            if len(parts) == 1:
                # a title, then a line that cannot be its wrapped rest: two titles (an
                # author-wrapped abstract breaks its lines wherever: not by width)
                if len(text) > CASE_MAX:
                    return False
                if not width and no_greedy_wrap(prev, text):
                    # (where the page's width is known, the tests below judge by it); a
                    # line holding a sentence's word says prose, unless the two lines
                    # differ in case form too (``lineforms.case_break``: a Title Cased
                    # title holding ``are`` over a title in lower case, ``Lost in the
                    # Haystack: Smaller Needles are More Difficult for LLMs to Find`` at
                    # 73 + ``benchmarking visual llms resilience … documents.`` at 89, a
                    # flat page's card without an abstract: new 118 p000112)
                    return not (sentence_like(prev) or sentence_like(text)) or case_break(
                        prev, text
                    )
                if (
                    one_line
                    and len(text) <= TITLE_MAX
                    and title_cased(prev)
                    and not (open_end(prev) or sentence_like(prev))
                    and titleish(text)
                ):
                    # a page that leaves its long titles on one line wraps none: a Title
                    # Cased line that filled the width its abstracts are wrapped at,
                    # then a title opening in lower case, is two cards' titles as likely
                    # as one (``Learning Dual-Domain … for Single Image Deraining`` at 76
                    # of 77 + ``k-fold Subsampling based …``, a card without an
                    # abstract); the decoder weighs the rest against the page's habit
                    return True
                # (in one case form, a title above a line whose first word would have
                # fitted on it by a margin, as the page's width tells below: ``ica lens:
                # … another dictionary`` at 74 + ``transferable dual-domain …`` at 120)
                return case_break(prev, text) or (
                    width > 0
                    and len(text) <= TITLE_MAX
                    and (
                        (len(prev) + 1 + first_len(text)) * 5 < width * 4
                        or (greedy and len(prev) + 1 + first_len(text) + FILL_SLACK <= width)
                    )
                )
            if lower and capitalised(prev) and case_break(prev, text):
                # a piece's first line with every longer word capitalised, then a line
                # in lower case: a title keeps its case form on its rest, so the piece
                # ended a title there ("**Bold** Scale-Aware … for Extreme" +
                # "Far-Distance Video Person Re-identification" + "modality-independent
                # explainable detection of inaccurate" + "organ segmentations using …",
                # the next card's title in lower case); not a line of four in five, as
                # an abstract's first line naming things is ("Extending Named Entity
                # Recognition (NER) models to new PII" + "entities in noisy …")
                return True
            # (a piece's first line: the tests below too)
        else:
            # one whole abstract line (layout B), then a line that could be the next
            # title (whatever its case: the decoder weighs it)
            return len(text) <= TITLE_MAX
    elif (
        piece_lines <= TITLE_LINES
        and not lower
        and title_piece(
            parts[-piece_lines:],
            text,
            terminal(parts[-piece_lines - 1]) if len(parts) > piece_lines else after_end,
        )
    ):
        return True
    elif (
        piece_lines <= TITLE_LINES
        and lower
        and sum(map(len, parts[-piece_lines:])) <= TITLE_MAX
        and title_cased(" ".join(parts[-piece_lines:]))
        and capitalised(prev)
        and not open_end(prev)
        and case_break(prev, text)
    ):
        # (``TITLE_PIECE_LOWER``) a piece of lines reading as a whole Title Cased title,
        # then a line in lower case: a title keeps its case form on its rest, so the piece
        # ended a title there, as its first line alone does above (``AIVD: Adaptive …
        # for Accurate and`` + ``Efficient Industrial Visual Detection`` + ``evaluating
        # monolingual and multilingual large language`` + ``models for greek question
        # answering: …``, a card without an abstract over the next title in lower case);
        # its last line with every longer word capitalised, ending where a title can, as
        # at a first line (not ``Neural Signed Distance Functions (SDFs) excel at`` +
        # ``reconstructing watertight …``, an abstract's first line under its title)
        return True
    if (
        width
        and len(text) <= TITLE_MAX
        and (
            (len(prev) + 1 + first_len(text)) * 5 < width * 4
            or (firm and len(text) > width + 2 and len(prev) <= width + 2)
            or (greedy and len(prev) + 1 + first_len(text) + FILL_SLACK <= width)
        )
    ):
        # the page's width says the line above ended here, not a wrap (by a margin: an
        # author-wrapped arXiv abstract varies its width by several columns), or that
        # this line, wider than the page wraps at, is no wrapped line of the paragraph;
        # or, on a page that filled every line it wrapped (``greedy``), that the next
        # word would have fitted, also past a unit's first line (``… throw at it. X
        # post`` at 57 of 72 + ``semantic aware linear transfer …``, a lower-cased title
        # joined to the abstract above it, its card lost: reader 30 p000380)
        return True
    if (terminal(prev) or web_end(prev)) and len(text) <= TITLE_MAX and titleish(text):
        return True
    if lower and len(text) <= TITLE_MAX and lower_named(prev, text):
        return True  # (a title in lower case opening with its name: ``named_titles``)
    if len(text) <= TITLE_MAX and bare_address(prev):
        return True  # (a paragraph ended at a line holding its address alone: ``bare_address``)
    if (
        text[: first_len(text)] in ASKING
        and len(text) <= TITLE_MAX
        and prev[-1:].isalpha()
        and not title_cased(prev)
    ):
        # a question's word or a title's opener under prose ending in a word, which no
        # sentence going on opens with (``wraps.ASKING``: ``… transformation, ensemble``
        # at 99 of 100 + ``Are you with me? A Framework for …``, the next card's title);
        # ``evidence.cont_evidence`` weighs it
        return True
    if len(text) <= TITLE_MAX and in_capitals(text) and not prev.isupper():
        # a line in capitals under one that is not, however full that one: prose does not
        # go on so, a title in capitals does (``evidence.CAPITALS_LINE`` weighs it: ``…
        # limitations of LLMs in this particular domain`` at 99 of 100 + ``ADVANCING
        # TOOL-AUGMENTED LARGE LANGUAGE MODELS VIA …``, a card without an abstract)
        return True
    if len(text) <= TITLE_MAX and not terminal(prev) and named_line(prev, text):
        # a line opening with a coined name under an abstract whose own text ends without
        # a stop (``… improves upon contemporary results`` + ``CoRe-GS: Coarse-to-Refined
        # Gaussian Splatting …``): the next card's title (``named_titles.named_under``)
        return True
    return name_like(text)


# Columns to spare by which the next word must fit on a line of a greedy page (one that
# filled every line it wrapped: no tool wraps a line there) for the cut to be offered: the
# width learned is the widest line wrapped, which a join that was no wrap can push a
# column or two past the page's own.
FILL_SLACK: Final = 2

# Lines a wrapped title runs over, at most, before a break a title may end at.
TITLE_LINES: Final = 3


def title_piece(piece: list[str], text: str, after_end: bool = False) -> bool:
    """Do the lines of a piece read as a whole title wrapped (title-sized, Title Cased or
    lower case, no sentence) whose case form ``text``, opening in capitals, leaves (a
    sentence starts: "Emotion Detection … for" + "Enhanced Schedule Optimization: A
    Machine Learning Approach" + "Human-Computer Interaction (HCI) has evolved …")? The
    width filled by the title's last line says nothing there, so the decoder weighs it.
    ``after_end``: the text line right above the piece ended a sentence (a title in
    sentence case is weighed there only: ``sentence_piece``)."""
    if sum(map(len, piece)) > TITLE_MAX:
        return False
    title = " ".join(piece)
    if in_capitals(title) and not text.isupper():
        # a title in capitals keeps its case on its rest, whatever its lines end with
        # (``… HALLUCINATION DETECTION -`` + ``MITIGATING … MODELS -`` + ``Despite recent
        # advances …``): a line that leaves capitals opens a sentence or the next title
        return True
    if open_end(piece[-1]):
        return False
    # the line under it defines a name's acronym and goes on with its verb: an abstract
    # opens so, a title almost never does (``defined_names``: 43% of arXiv abstracts'
    # first lines, 13 of 74,728 titles), so the piece ended there whatever the case of
    # that line's words (``Chain-of-Thought (CoT) prompting helps Large``, ``Stereotactic
    # radiosurgery (SRS) demands``, over ``R-Capsule: Compressing High-Level Plans for`` +
    # ``Efficient Large Language Model Reasoning``, capture 180 p000707)
    opens = defined_name(text)
    if sentence_like(title) and not (
        after_end and (opens and title_cased(title) or title.islower())
    ):
        # (a Title Cased title may read as a sentence, under a sentence's end, over its
        # abstract's opening: ``Demystifying Reasoning Dynamics with Mutual Information:``
        # + ``Thinking Tokens are Information Peaks in LLM Reasoning`` + ``Large reasoning
        # models (LRMs) have demonstrated impressive``, capture 180 p000421; prose is not
        # Title Cased); so may a title in lower case, and no sentence opens in lower case
        # under a sentence's end (``… to support reproducible`` + ``research.`` + ``is
        # length really a liability? an evaluation of`` + ``multi-turn llm conversations
        # using boolq`` + ``Single-prompt evaluations dominate …``, capture 117 p000005)
        return False
    if title.islower() or lower_but_names(title, piece[-1]):
        # a title in lower case keeps its case on its rest: a line opening in capitals
        # under it opens a sentence or the next title, Title Cased ("chord: generation of
        # … digital twins" + "for 3d indoor scenes … layouts" + "Consistent-Point:
        # Consistent Pseudo-Points for …", a card without an abstract)
        return True
    if title_cased(title):
        if opens or after_end and len(piece) > 1:
            # (folded over two lines or three right under a sentence's end, a whole Title
            # Cased title is over the next card's title as often as over its own third
            # line: a fold narrower than the titles fills each line, the last as often as
            # the next word is long, so the decoder weighs the cut by the words, their
            # echo in the abstract below: ``GLOVER++: … Affordance Learning`` + ``from
            # Human Behaviors for Robotic Manipulation`` + ``Topology-Aware Coordination!
            # For Multi-Functional`` + ``Low-Altitude Wireless Networks``, capture 118
            # p000102, a card without an abstract over the next title)
            return True
        return not (title_cased(text) and not sentence_like(text))
    return after_end and len(piece) > 1 and sentence_piece(title, piece, text)


_LETTERS: Final = re.compile(r"[^\W\d_]+")


def lower_but_names(title: str, last: str) -> bool:
    """Is ``title`` in lower case but for its names: no word capitalised (``The``, ``A``,
    ``Adverse``), three longer words in lower case, acronyms and coined names kept as
    spelled (``UAV``, ``mTeaching``, ``LiDARs``), no sentence ending inside it or on its
    last line ``last``? A title in lower case keeps its acronyms: ``mTeaching in adverse
    scenes: a statistically feedback-driven`` + ``threshold and mask adjustment …
    framework for`` + ``object detection in UAV images under adverse scenes`` +
    ``Unsupervised Domain Adaptation (UDA) has shown …`` under an abstract's end, read as
    one paragraph with its abstract and glued to the abstract above (new 117 ``n_wrap``
    p000167). An abstract opens with a capitalised word, or an acronym, and runs on: of
    the 75,874 real abstracts wrapped at 60 / 80 / 100 columns, 7 / 2 / 4 open with one to
    three lines read so over a line opening in capitals (the cut is offered, the decoder
    weighs it)."""
    if last[-1] in ".?!" or sentence_breaks(title):
        return False
    n = 0
    for w in _LETTERS.findall(title):
        if w[0].isupper() and (len(w) == 1 or w[1:].islower()):
            return False
        if len(w) >= 4 and w.islower():
            n += 1
    return n >= 3


def sentence_piece(title: str, piece: list[str], text: str) -> bool:
    """Is a piece of two or three lines a whole title in sentence case (its first word
    capitalised, its later longer words in lower case but for a name or two) under which
    ``text`` opens a sentence (``Realistic pedestrian-driver interaction modelling
    using`` + ``multi-agent RL with human perceptual-motor constraints`` + ``Modelling
    pedestrian-driver interactions is …``)? Prose rarely runs on so: of the 74,728 real
    arXiv abstracts wrapped at 60 / 80 / 100 columns, 25 / 6 / 9 such pieces (no comma, no
    sentence end on a line, not reading as a sentence) follow a line ending one, over a
    line opening a sentence in capitals; of their titles wrapped so, 1,129 / 817 / 420
    read so over their abstract's first line. The decoder weighs the cut. Asked only
    right under a text line that ended a sentence, where it was measured (under chrome,
    a unit's first lines, the cut parted ``qwen vs. gemma integration with whisper: …``
    from its abstract, the card above it one without an abstract: new 13 p002547)."""
    words = longer_words(title)
    if len(words) < 5 or ", " in title or prose_marks(title):
        return False
    if not (title[:1].isupper() or words[0][0].isupper()):  # (or after a mark: "x*y Alpha…")
        return False
    if not (
        text[:1].isupper() and (sentence_like(text) or defined_name(text) or _cased_title(text))
    ):
        return False
    if any(terminal(line) for line in piece):
        return False
    names = sum(1 for w in words[1:] if w[0].isupper() and not w.isupper())
    return names * 4 < len(words) - 1


def named_org(s: str) -> bool:
    """A short name a title's wrapped rest rarely is: named as an organisation, or an
    acronym then a name ("ETH Zurich")."""
    words = s.split()
    return org_named(s) or (len(words) == 2 and words[0].isupper() and len(words[0]) <= 5)


def _cased_title(text: str) -> bool:
    """Is ``text`` a line of four longer words or more, each capitalised (``Filtered-ViT: A
    Robust Defense Against Multiple``)? A title keeps its case form on its rest, so such a
    line under a whole title in sentence case opens the next title, a card without an
    abstract above it (``Confidence-aware agglomeration classification and`` +
    ``segmentation of 2D microscopic food crystal images`` + ``Filtered-ViT: …``, capture
    180 p000153, folded at 52: both lines full). A shorter one is a name as often, the
    title's rest in sentence case naming a data set (``Waymo Open Dataset``)."""
    return len(longer_words(text)) >= 4 and capitalised(text)


# A word in lower case of letters and hyphens (no address's rest: ``xlab/Copernicus-FM.``)
_WORD: Final = re.compile(r"[a-z][a-z-]*\Z")


def lower_after_address(text: str) -> bool:
    """Could ``text``, in lower case under a line ending in a bare web address (a
    paragraph's end, ``web_end``), be a title in lower case: four words or more, opening
    with a word of letters that is no joiner (``and``, ``under``, ``to``: a sentence going
    on past its link)? ``Code available at https://github.com/ky295/reasoning-manipulation``
    + ``efficient token compression for vision transformer with spatial information
    preserved``, the next card's title over its ``TL;DR`` line, was joined to the abstract's
    last line as one title: the card before it lost its last line, the card its title
    (fresh 184 p000560). Of the arXiv listings' 74,728 abstracts wrapped at 80 and 100 (no
    break at hyphens), 403 lines in lower case sit under a line ending in an address and 14
    of them pass (``… using the Toloka.ai`` + ``platform ensuring …``: a name with a dot);
    37,886 of the 74,728 titles in lower case do. The cut is offered; the decoder weighs it."""
    w = text[: first_len(text)]
    return text.count(" ") >= 3 and _WORD.match(w) is not None and not joiner(w)
