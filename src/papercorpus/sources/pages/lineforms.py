"""The forms of a line, or of two lines one over the other, that tell a title from prose:
case forms (``case_break``), whole-title shapes (``could_head``, ``open_title_line``),
ends no sentence has (``open_end``, ``web_end``) and the page's wrap width filled
(``fills``, ``goes_on``, ``no_greedy_wrap``). ``evidence`` weighs them; ``breaks`` and
the decoder ask them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from ..shape import (
    TITLE_MAX,
    first_person,
    joiner,
    prose_marks,
    sentence_breaks,
    sentence_like,
    terminal,
    title_cased,
)
from .cased_open import content_cased
from .echoes import shares_word
from .named_titles import open_word
from .tokens import Lazy
from .units import titleish

__all__ = [
    "CASE_MAX",
    "address_goes_on",
    "LOWER_FORM",
    "TITLE_FORM",
    "UPPER_FORM",
    "capitalised",
    "case_break",
    "case_form",
    "cased_question",
    "cased_title_line",
    "could_head",
    "echoed_title_line",
    "fills",
    "full_at",
    "first_len",
    "goes_on",
    "in_capitals",
    "longer_words",
    "no_greedy_wrap",
    "open_end",
    "open_title_line",
    "opens_block",
    "rest_shaped",
    "sentence_case_under",
    "web_end",
]

# Lines longer than this are not judged by their case form (``case_break``): prose.
CASE_MAX: Final = 160
# Words a title's wrapped rest may open with in lower case, whatever its case form.
_SMALL_FIRST: Final = frozenset(
    ["for", "with", "of", "via", "and", "or", "from", "into", "than", "without", "between"]
    + ["in", "on", "to", "by", "at", "as", "under"]
)


def could_head(prev: str, commas: bool = False) -> bool:
    """Could ``prev``, a line that ends no sentence and opens in capitals, be a whole
    title (title-sized and shaped, no prose marks, not reading as a sentence: 1% of
    titles do, no comma: 4% of titles have one, and half the sentences this rule took
    for titles did: ``Moreover, quantity-centric …``, ``Second, a Conflict …``)?
    ``commas``: a comma is allowed (a line opening the text under chrome: no sentence
    before it, so no ``Moreover, …`` going on)."""
    return (
        len(prev) <= TITLE_MAX
        and prev[:1].isupper()
        and titleish(prev)
        and not prose_marks(prev)
        and not sentence_like(prev)
        and (commas or ", " not in prev)
    )


def open_title_line(text: str) -> bool:
    """Is ``text`` shaped as a whole title ending no sentence (``UNWRAPPED_TITLE``):
    title-sized and title-shaped, no comma, no prose marks, no web address (``Project
    Page: [https://github.com/…](…)``), not ending in a word no title ends with (a
    keyword list, ``Code available at github.com/x``, ``We tested three approaches:`` go
    on as an abstract's paragraphs do)?"""
    return (
        len(text) <= TITLE_MAX
        and not terminal(text)
        and ", " not in text
        and "://" not in text
        and titleish(text)
        and not web_end(text)
        and not open_end(text)
        and not prose_marks(text)
    )


def cased_question(text: str) -> bool:
    """Is ``text`` a whole title in Title Case ending in ``?`` or ``!`` (``Is Position
    Bias! In Dense Retrievers Built In-or Learned from Data?``), which ``open_title_line``
    leaves out for its sentence end? Prose asks its questions in sentence case: of the
    1,165 sentences ending so after the first in the 74,728 real arXiv abstracts, 2 are
    so cased (names: ``Was the telephone the achievement of Bell in the United States or
    Meucci in Italy?``); of the 1,068 real titles ending so, 914 are (86%)."""
    if text[-1:] not in "?!" or len(text) > TITLE_MAX or "://" in text:
        return False
    if sum(1 for w in longer_words(text) if not w.isupper()) < 4:
        return False
    return title_cased(text) and titleish(text) and not prose_marks(text)


def rest_shaped(prev: str, text: str, goes_on: bool = False) -> bool:
    """Could ``text`` be the rest of a title wrapped after ``prev``: not the sentence of an
    abstract going on under one (``… show that TACFN brings a significant performance`` +
    ``improvement … state-of-the-art. All``)? A line whose unit goes on under it may end
    open: a title wrapped over three lines breaks its middle line wherever the width
    falls (``FedGIN: … Global Intensity`` / ``Non-linear Augmentation … using`` /
    ``Multi-modal Images``); its first person still marks prose."""
    if sentence_breaks(text) or sentence_like(prev):
        return False
    return not (first_person(text) if goes_on else prose_marks(text))


# The longer words, whose case tells a case form; not a compound's later part, which a
# title in Title Case capitalises or not as its style has it ("Person Re-identification",
# "Quantum-Assisted")
_WORD: Final = re.compile(r"(?<![-\w])[^\W\d_]{4,}")


def longer_words(s: str) -> list[str]:
    """The longer words of ``s`` (``_WORD``), whose case tells its case form."""
    return _WORD.findall(s)


# Case forms: a title keeps its own on its wrapped rest.
UPPER_FORM: Final = 1
TITLE_FORM: Final = 2
LOWER_FORM: Final = 3


def case_form(s: str) -> int:
    """``UPPER_FORM`` (every longer word in capitals), ``TITLE_FORM`` (four in five capitalised),
    ``LOWER_FORM`` (none capitalised, three at least), or 0 (mixed, or too few words)."""
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
        return UPPER_FORM
    if cap == 0 and upper == 0:
        return LOWER_FORM if n >= 3 else 0
    return TITLE_FORM if (cap + upper) * 5 >= n * 4 and cap >= 2 else 0


def case_break(prev: str, text: str) -> bool:
    """Do two title-sized lines differ in case form (``PAGE-4D: … 4D Perception`` +
    ``self-supervised spatial correspondence …``; ``INFGEN: A RESOLUTION-AGNOSTIC …`` +
    ``A Hierarchical Probabilistic …``)? A title keeps its case form on its wrapped rest,
    so they are two titles (or a title and prose). A rest opening with a small word
    (``with Zero-init Attention``) is judged by the words after it, and only in lower
    case under a title in capitals or Title Case: titles keep the small words
    lower-case, not the rest (``AcuityBench: … and Uncertainty Alignment`` + ``from
    problem-solving to teaching problem-solving: aligning llms …``, a title in lower
    case under a card without an abstract), while a title in sentence case capitalises
    the names on its rest (``How memory can affect … behaviors`` + ``in an LLM-Based
    Social Particle Swarm``)."""
    if len(prev) > CASE_MAX or len(text) > CASE_MAX:
        return False
    a = case_form(prev)
    if not a:
        return False
    if a == LOWER_FORM and text[:1].isupper() and not any(c.isupper() for c in prev):
        # a title in lower case (every letter) keeps its rest so: a capitalised line
        # under it is a name (w3m's ``cram: … with bootstrapped compression`` at 77 +
        # ``Google``; of the generator's 116k splits of its titles after a lower-case
        # part of 30 characters or more, one goes on capitalised, after a ``!``)
        return True
    space = text.find(" ")
    if text[:space] in _SMALL_FIRST:
        return a != LOWER_FORM and case_form(text[space + 1 :]) == LOWER_FORM
    if a == UPPER_FORM:
        # a title in capitals keeps its rest in capitals, a word of it too (``…
        # TRANSLATION QUALITY ASSESSMENT`` + ``Qwen``: a name under it)
        return any(not w.isupper() for w in _WORD.findall(text))
    b = case_form(text)
    return b != 0 and a != b


# A line opening in lower case whose words run to a sentence's end, then a capital (the
# next sentence): ``iteration. We propose Self-Evolving Agent for Time Series``.
_ENDS_OPENING: Final = re.compile(r"[^A-Z]*?[a-z0-9)\]][.!?] [A-Z]")


def cased_title_line(prev: str) -> bool:
    """Could ``prev`` be a line of a Title Cased title (``wraps.page_wrap`` then judges the
    break below it as a title's): Title Cased, not reading as a sentence, and not opening
    in lower case on words that end a sentence begun above and open the next (a
    paragraph's line whose next sentence names a system in capitals: ``iteration. We
    propose Self-Evolving Agent for Time Series`` + ``Algorithms (SEA-TS), a framework
    …``, the fifth line of an abstract wrapped at 60 cut there, its first four lines read
    as a title: new 118 p000486). No title's line opens so: a title's rest opening in
    lower case opens with a small word, and its inner stop follows a capitalised word
    (``of Spatial. Reasoning in LLM``)."""
    if not title_cased(prev) or sentence_like(prev):
        return False
    return not (prev[0].islower() and _ENDS_OPENING.match(prev) is not None)


def sentence_case_under(prev: str, text: str) -> bool:
    """Is ``text`` a line in sentence case (its first word capitalised, three longer
    words or more after it, none capitalised) under ``prev``, a title-sized line with
    every longer word capitalised (``SENTENCE_CASE_UNDER``)? A Title Cased title keeps
    its case on its rest: ``text`` is the next title (``On the Limitations of Steering
    in Language Model Alignment`` + ``Outlier dimensions favor frequent tokens in
    language model``, a card without an abstract over the next title). Of the 75,874
    real titles wrapped at 60 / 80 columns, 8 / 3 rests are so, against 1.9% / 1.7% of
    the next titles under a one-line title so (log-odds about 5). Asked of a ``prev``
    that is a whole line of its own only (``evidence``): a line of a title that mixes
    cases, the line above it in sentence case, may be all capitals (``Performance of
    leading large language models in May 2025 in`` + ``Membership of the Royal College
    of General`` + ``Practitioners-style examination questions: …``); nor under a line
    four in five of whose longer words are capitalised (``RadEyeVideo: Enhancing
    general-domain Large Vision Language`` + ``Model for chest X-ray analysis …``)."""
    if len(prev) > CASE_MAX or len(text) > CASE_MAX or not text[:1].isupper():
        return False
    space = text.find(" ")
    if space < 0 or text[:space] in _SMALL_FIRST or case_form(text) != 0:
        return False
    if case_form(prev) != TITLE_FORM or not capitalised(prev):
        return False
    return case_form(text[space + 1 :]) == LOWER_FORM


def in_capitals(s: str) -> bool:
    """Is ``s`` in capitals: no lower-case letter, three longer words at least
    (``CAPITALS_LINE``)?"""
    return s.isupper() and len(_WORD.findall(s)) >= 3


def capitalised(s: str) -> bool:
    """Are two or more of ``s``'s longer words there, each opening with a capital?"""
    words = _WORD.findall(s)
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def opens_block(text: str) -> bool:
    """Does ``text`` open with a capital or a pictograph (Unicode's other symbols: ``🪐
    Project Page: …``, ``🔥 …``)? Under a line it would have fitted on (``SHORT_FILL``),
    such a line opens a block of its own: a greedy wrap never leaves a line under half
    the width, and a paragraph wrapped twice, at two widths, leaves short lines whose
    sentence goes on in lower case, with a digit or a mark (a dash, a quote)."""
    c = text[:1]
    return c.isupper() or (c > "\x7f" and unicodedata.category(c) == "So")


def ends_past_pictographs(text: str) -> bool:
    """Does ``text`` end a sentence, pictographs after its end aside (Unicode's other
    symbols: ``… all feedback is welcome! 🤗``, a comment's sign-off)? ``terminal``
    alone reads the pictograph as the sentence's last word, going on."""
    end = len(text)
    while end and (text[end - 1] == " " or _pictograph(text[end - 1])):
        end -= 1
    return 0 < end < len(text) and terminal(text[:end])


def _pictograph(c: str) -> bool:
    return c > "\x7f" and unicodedata.category(c) == "So"


def no_greedy_wrap(prev: str, text: str) -> bool:
    """Is ``text`` too wide to be the rest of ``prev`` wrapped at any width? A wrap at
    width w leaves the line above too full for the next word (``len(prev) + 1 +
    first > w``) and the next line within it (``len(text) <= w``)."""
    return len(text) >= len(prev) + 1 + first_len(text)


def open_end(s: str) -> bool:
    """Ends where a sentence cannot (``joiner``), unless the word is capitalised in a
    Title Cased line: "Not All Synthetic Data Is Yours to Learn From" ends its title."""
    if not joiner(s):
        return False
    return _cased_open(s)


def _cased_open(s: str) -> bool:
    """``open_end`` of a line that ends in a joiner."""
    if s[-1] == "+" and s.rstrip("+")[-1:].isalnum() and not sentence_like(s) and content_cased(s):
        # "… Transfer in URIEL+", "… Fusion and UNet++": a name's mark closing a title,
        # not "a +" going on (in a sentence the name may go on: "… Decoupling Network+"
        # + "(CIDNet+) …"), nor a sentence opening in lower case ("Experimental results
        # on Replica (synthetic) and TUM-RGBD, ScanNet, and ScanNet++" + "(real-world)
        # show that …", held-out reader 34 p002324, read as a title): of the 74,728 real
        # abstracts wrapped at 80, 134 lines not their last end in a name's "+", 23 of
        # them Title Cased from the first words on; of the 7 real titles so ending, 7
        return False
    if not s[-1].isalpha() or s.isupper():
        return True  # "Applications," / "… TASKS WITH": no case to tell by
    space = s.rfind(" ")
    return not (s[space + 1 : space + 2].isupper() and title_cased(s))


# a web address without its scheme: "alignmentpretraining.ai", "github.com/x/y" (not
# "v1.5", "e.g")
_WEB: Final = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?")


def web_end(s: str) -> bool:
    """Does ``s`` end in a bare web address ("… available at alignmentpretraining.ai",
    not "(https://github.com/x/y)", after which the sentence may go on)? A paragraph
    may end there without a period, and a title start under it."""
    last = s[s.rfind(" ") + 1 :]
    if "://" in last:
        return last[-1] not in ")],;"
    if last[-1:] == "}":
        return href_end(s)
    return "." in last and last[-1] != "." and _WEB.fullmatch(last) is not None


def href_end(s: str) -> bool:
    """Does ``s`` end in a LaTeX link, ``\\href{url}{its text}``, the way a paragraph ends
    at a bare web address (``… is available at`` + ``\\href{https://github.com/…}{GitHub
    repository}``, then the next card's title ``SupeRANSAC: One RANSAC to Rule Them All.``,
    reader 40 p000499: joined to that abstract, its card lost)? ``\\url{…}`` ends in the
    address itself (``web_end``'s first test). A sentence goes on past such a link about
    as often as past a bare address: of the arXiv listings' wrapped abstracts' lines, 13
    of the 22 ending in ``\\href{…}{…}`` and 31 of the 73 ending in a bare address have a
    line in lower case under them (the decoder weighs the cut either way)."""
    i = s.rfind("\\href{")
    return i >= 0 and "://" in s[i:] and s.count("{", i) == s.count("}", i)


def fills(prev: str, text: str, width: int) -> bool:
    """Does ``prev`` fill the page's wrap ``width`` (0: none seen) without passing it, so
    that the first word of ``text`` under it would not have fitted on it: a wrap there?"""
    n = len(prev)
    return 0 < n <= width and full_at(n, first_len(text), width)


def goes_on(lazy: Lazy) -> bool:
    """Does the text line over a unit the intake did not join (its ``Unit.lazy``) end no
    sentence, with no blank line between, and fill the width the page wraps at, or the
    one its head shows (the unit's first word would not have fitted on it)?"""
    prev, text, gap, width, head = lazy[0], lazy[1], lazy[3], lazy[4], lazy[12]
    return not gap and not terminal(prev) and (fills(prev, text, width) or fills(prev, text, head))


def full_at(n: int, first: int, width: int) -> bool:
    """A line of ``n`` characters holds at least three fifths of ``width`` (two past it at
    most), and a word of ``first`` characters would have overflowed it."""
    return width * 3 <= n * 5 and n <= width + 2 and n + 1 + first > width


def first_len(text: str) -> int:
    """Length of the first word (``str.split`` would copy the whole rest of the line)."""
    space = text.find(" ")
    return len(text) if space < 0 else space


# A sentence's opening: a plain capitalised word, then small words and a longer word in
# lower case (``Empowering large …``, ``In this paper …``), not a name's rest
# (``Network (HSSFGN). …``, ``Attention. Given …``, ``Detection), a …``, ``Collaborative
# and Expansion Mixture-of-Experts (HCE-MoE). …``).
_OPENS: Final = re.compile(r"[A-Z][a-z]*(?:-[A-Za-z]+)*(?: [a-z]{1,3})* [a-z]{4}")


def title_case_line(s: str) -> bool:
    """Does every longer word of ``s`` (four or more of four letters or more, acronyms
    aside) open with a capital, with one ", " at most, no ";" and no sentence end inside,
    not opening with "(" (names listed or cited in prose: ``Net Regression, Random
    Forest, Extreme Gradient Boosting, and …``, ``(Government of India, 2021; …``)?"""
    if s[:1] == "(" or ";" in s or s.count(", ") > 1 or sentence_breaks(s):
        return False
    mixed = [w for w in _WORD.findall(s) if not w.isupper()]
    return len(mixed) >= 4 and all(w[0].isupper() for w in mixed)


def echoed_title_line(prev: str, text: str, under: str) -> bool:
    """Is ``text``, under the prose line ``prev`` (not Title Cased, ending no sentence,
    not on a capitalised word a name may run on from), a whole Title Cased title
    (``title_case_line``, no comma, no end a title has not, not opening on a small word
    in lower case: ``the Large-scale Reference-based …``) over a line ``under`` that
    opens a sentence (``_OPENS``, not Title Cased itself) echoing one of its longer
    words (``… limitations of LLMs in this particular domain`` + ``Advancing
    Tool-Augmented Large Language Models via Meta-Verification and Reflection
    Learning`` + ``Empowering large language models (LLMs) with …``)? Prose rarely goes
    on so: a name spelled out in Title Case runs on into its acronym or its sentence's
    end (``… we propose`` + ``Multi-scale Adaptive Graph Network (MAGNet), a`` +
    ``Transformer-style graph …``). ``evidence.TITLE_CASE_ECHO``. A title closing with
    a stop is read without it (``Fine-Grained VLM Fine-tuning via Latent Hierarchical
    Adapter Learning.``, capture 182 p000375) under a line ending on a word in lower case
    that runs on into no name (``named_titles.open_word``): of the inner lines of the
    75,874 real abstracts wrapped at 60 / 80 / 100, 4 / 3 / 1 so shaped end with a stop,
    each a name spelled out closing its sentence under ``we introduce``, ``namely``, a
    joiner or a colon, or in its acronym's brackets (``… (TGA-ZSR).``): none is read."""
    if terminal(prev) or _OPENS.match(under) is None:
        return False
    if terminal(text):
        # (not under a word that runs on into a name, ``we introduce`` + ``Visual-Registered
        # Speaker Diarization … Benchmark.``, nor a joiner or a colon: ``named_titles``)
        if text[-1] != "." or text[-2:-1] in ")." or not open_word(prev):
            return False
        text = text[:-1]
    if len(text) > TITLE_MAX or ", " in text or title_cased(prev):
        return False
    last = prev[prev.rfind(" ") + 1 :]
    first = text[: first_len(text)]
    if last[:1].isupper() or first.isalpha() and first.islower():
        return False
    if not title_case_line(text) or title_case_line(under) or open_end(text):
        return False
    return shares_word(text, under)


# A host name's last part and what follows it (``com/…``, ``io/…``, ``ch.``, ``org:8080``):
# the rest of a web address cut at a dot inside its host (``address_goes_on``). A colon goes
# on into a port only: ``dive: embedding compression via …`` opens a title in lower case
# (under ``… https://chemrag.github.io.``, read as the address going on: new 117 ``n_wrap``
# p000242)
_HOST_REST: Final = re.compile(r"[a-z]{2,6}(?:[/.]|:\d|$)")


def address_goes_on(prev: str, text: str) -> bool:
    """Does ``prev`` end in a web address cut at a dot inside its host name
    (``https://github.``), and ``text`` open with the host's rest (``com/Euphoria16/…``)?
    The address goes on across the break: no paragraph ends there and no title opens so.
    Of the 74,728 real arXiv abstracts (their authors' line breaks), 5 break a line so,
    each over the host's rest (``… released at https://github.`` + ``com/Euphoria16/
    DocMark.``, read as a card's title: default 110 p000007; ``https://ntt-hilab-gensp.``
    + ``github.io/ssw13multiinteraction_tts/``: new 110 p000122)."""
    last = prev[prev.rfind(" ") + 1 :]
    at = last.find("://")
    if at < 0 or last[-1] != "." or "/" in last[at + 3 :]:
        return False
    return _HOST_REST.match(text) is not None


def bare_address(line: str) -> bool:
    """Is ``line`` a bare web address alone (``https://github.com/x/y``, no word before
    it)? A paragraph ends there, and the line under it, whatever its case (a title in
    lower case ending in "."), may open the next card: the intake offers the cut and the
    decoder weighs it (``… The data are available at`` + ``https://github.com/x/y`` +
    ``entropy alone is insufficient for … in llms.`` + a card's abstract on one line,
    new 42 n_reldate p001394)."""
    return " " not in line.strip() and web_end(line)
