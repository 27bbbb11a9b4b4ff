"""Card chrome of other paper sites' listings, which users scrape beside Hugging Face's.

Each form is a line a reader passes over on sight, its shape one no title and no abstract
line takes (every part of the line a word of the site's own furniture, or a pattern only
the site prints):

- a relative date in the reader's language (``vor 3 Tagen``, ``il y a 2 jours``, ``hace 5
  días``, ``3 天前``, ``3日前``, ``gestern``, ``hier``, ``2d ago``, ``1 yr ago``): kind
  ``date`` (no value: the day it names depends on when the page was captured);
- a row of actions and counts (Google Scholar's ``Save Cite Cited by 123 Related articles
  All 7 versions`` in its interface's languages, ``PDF · Code · Cite · Save``, Semantic
  Scholar's ``1,234 Citations · 12 Highly Influential``, ``Save to Library Create
  Alert Cite``): every part a word of that furniture or its count;
- a review decision (OpenReview's ``Accept (oral)``, ``Decision: Accept (poster)``,
  ``ICLR 2024 spotlight``, ``Reject``, ``Withdrawn Submission``), its ``Primary Area:``
  and its ``Published: 16 Jan 2024, Last Modified: 14 Mar 2024`` line (``Published:
  Apr 4, 2025`` alone is left to the page's furniture, which reads its date);
- a rank or badge (``#3``, ``#3 Paper of the day``, ``Trending #3``, ``🔥 Trending``,
  ``No. 3``) and a leaderboard line (Papers with Code's ``Ranked #3 on Question Answering
  on SQuAD1.1``);
- task chips (``Tasks: Image Classification, Object Detection``; ``Image Classification ·
  Object Detection · +2``: a ``+N`` tail; `` `Image Classification` `Object Detection` ``);
- Semantic Scholar's fields of study (``Computer Science, Medicine``: every part one of
  its closed list; one field alone, ``Mathematics``, is a wrapped title's last word as
  often, so a page teaches it by repeating it: ``repeats`` gives such lines one shape)
  and its venue line (``ArXiv · 2024``, ``Published in Neural
  Information Processing Systems 2017``);
- Google Scholar's byline (``A Vaswani, N Shazeer… - Advances in neural …, 2017 -
  neurips.cc``: initials and surnames, `` - ``, a year, `` - ``, the host).

Not here: ``Keywords: …``. Real abstracts end in such a line (63 of the page generator's
abstracts, ``keywords``); only its place (over the abstract, under the title) tells
OpenReview's apart.

``site_kind`` names the line's kind (``date`` or ``site``) or ``None``. Each form is
tried only past a test of the line's first or last character, or of its first word, so
a title or an abstract line costs a few comparisons.
"""

from __future__ import annotations

import re
from typing import Final

from ...normalize import fix_mojibake
from .html_marks import habit

__all__ = [
    "CHIPS_SHAPE",
    "BYLINE_FIRST",
    "FIELDS_SHAPE",
    "SITE",
    "byline_head",
    "byline_page",
    "byline_rest",
    "chip_line",
    "chip_row",
    "chip_words",
    "site_kind",
    "study_fields",
]

SITE: Final = "site"
FIELDS_SHAPE: Final = "F:fields"  # (``repeats``' shape of a line of fields of study)
CHIPS_SHAPE: Final = "F:chips"  # (and of a line of chips set apart by ``·``)
DATE: Final = "date"

_N: Final = r"\d{1,3}(?:[,.]\d{3})*(?:\.\d)?[kK]?"
# "N <unit> ago" in the languages listing sites are read in, and their one-word days
_RELATIVE: Final = re.compile(
    r"(?:vor (?:\d+|einer?m?) (?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?"
    r"|Jahr(?:en)?)"
    r"|il y a (?:\d+|une?) (?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)"
    r"|hace (?:\d+|una?) (?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|años?)"
    r"|há (?:\d+|uma?) (?:segundos?|minutos?|horas?|dias?|semanas?|mes(?:es)?|anos?)"
    r"|\d+ (?:secondi|minuti|ore|giorni|settimane|mesi|anni|giorno|mese|anno) fa"
    r"|\d+ ?(?:秒|分钟|小时|天|周|个月|年|分|時間|日|週間|か月|ヶ月)前"
    r"|(?:\d+|an?) ?(?:s|sec|secs|m|min|mins|h|hr|hrs|d|w|wk|wks|mo|mos|y|yr|yrs)\.? ago"
    r"|gestern|vorgestern|heute|hier|avant-hier|aujourd'hui|ayer|anteayer|hoy|ontem|hoje"
    r"|ieri|oggi|вчера|сегодня|昨天|前天|今天|昨日|一昨日|今日|just now|today)",
    re.IGNORECASE,
)
_RELATIVE_FIRST: Final = frozenset("vVhHiIaA0123456789gGoOвс昨前今jJtT一")

# A row of actions and counts: its parts, each a word of a listing's furniture
_ACTION: Final = (
    r"PDF|HTML|Code|Cite|Cite this|Save|BibTeX|Bibtex|Abstract|Bookmark|Share|Export"
    r"|Download(?: PDF)?|View (?:PDF|code|paper)|Save to Library|Create Alert"
    rf"|Related articles|Similar articles|All {_N} versions|Cited by {_N}"
    rf"|{_N} (?:Citations?|References?|Highly Influential(?: Citations)?)"
    rf"|Zitieren|Speichern|Zitiert von:? {_N}|Ähnliche Artikel|Alle {_N} Versionen"
    rf"|Citer|Enregistrer|Cité {_N} fois|Autres articles|(?:Les|Toutes les) {_N} versions"
    rf"|Citar|Guardar|Citado por {_N}|Artículos relacionados|(?:Las|Todas las) {_N} versiones"
    rf"|引用|保存|被引用次数[:：] ?{_N}|相关文章|所有 ?{_N} ?个版本"
    rf"|引用元 ?{_N}|関連記事|全 ?{_N} ?バージョン"
)
_ICON: Final = r"(?:[☆★📄💻📋🔖📑🔗📥⭐]\ufe0f? ?)?"
_SEP: Final = r"(?: *[·|•/] *| +)"
_ROW: Final = re.compile(
    rf"{_ICON}(?:{_ACTION})(?:{_SEP}(?:{_ICON}(?:{_ACTION})|99))*"  # (GS's cite icon: "99")
)
_ONE: Final = re.compile(rf"{_ICON}(?:{_ACTION})")
_COUNTED: Final = re.compile(rf"Cited by {_N}|{_N} Citations?|Zitiert|Cité|Citado|被引用|引用元")
_ROW_FIRST: Final = frozenset((
    "PDF", "HTML", "Code", "Cite", "Save", "BibTeX", "Bibtex", "Abstract", "Bookmark",
    "Share", "Export", "Download", "View", "Related", "Similar", "All", "Cited", "Zitieren",
    "Speichern", "Zitiert", "Ähnliche", "Alle", "Citer", "Enregistrer", "Cité", "Autres",
    "Les", "Toutes", "Citar", "Guardar", "Citado", "Artículos", "Las", "Todas", "引用", "保存",
    "相关文章", "関連記事", "☆", "★", "📄", "💻", "📋", "🔖", "📑", "🔗", "📥", "⭐",
))  # fmt: skip
_ROW_OPENERS: Final = ("被引用次数", "所有", "引用元", "全")

_TRACK: Final = (
    r"(?:oral|poster|spotlight|notable[ -]top[ -]\d+%|findings|main|workshop"
    r"|highlight|best paper)"
)
_DECISION: Final = re.compile(
    rf"(?:Decision: ?)?(?:Accept(?:ed)?(?: \({_TRACK}\)|: {_TRACK}| as {_TRACK})"
    r"|(?:Desk )?Reject(?:ed)?(?: Submission)?|Withdrawn(?: Submission)?)"
    rf"|Decision: [A-Z][\w ()%-]{{2,40}}"
    rf"|[A-Z][A-Za-z]*[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)? (?:19|20)\d\d {_TRACK}",
    re.IGNORECASE,
)
_DECISION_FIRST: Final = frozenset("ADRWadrw")
_RANK: Final = re.compile(
    r"#\d{1,4}(?: (?:Paper|Repo|Model) of the (?:day|week|month))?"
    r"|(?:🔥\ufe0f? ?)?Trending(?: #\d{1,4}| now| today| this (?:week|month))?"
    r"|No\. ?\d{1,4}"
    r"|Ranked #\d{1,4} on (?:[^.!?]|\.(?! ))+"
)
_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY: Final = rf"\d{{1,2}} {_MONTH} (?:19|20)\d\d|{_MONTH} \d{{1,2}},? (?:19|20)\d\d"
_LABELLED: Final = re.compile(
    rf"Published: (?:{_DAY}), Last Modified: (?:{_DAY})"
    r"|Primary [Aa]rea: [a-z][^.!?]{2,160}"
    r"|Readers: [A-Z][\w ,]{2,60}"
    r"|Tasks?: (?!(?:An?|The) )[A-Z][\w()'-]*(?: [\w()'-]+){0,3}"
    r"(?:, (?!(?:An?|The) )[A-Z0-9][\w()'-]*(?: [\w()'-]+){0,3})*"
)
_LABEL_FIRST: Final = frozenset("PRT")
# Semantic Scholar's fields of study: a closed list
_FIELDS: Final = frozenset((
    "Computer Science", "Medicine", "Chemistry", "Biology", "Materials Science", "Physics",
    "Geology", "Psychology", "Art", "History", "Geography", "Sociology", "Business",
    "Political Science", "Economics", "Philosophy", "Mathematics", "Engineering",
    "Environmental Science", "Agricultural and Food Sciences", "Education", "Law",
    "Linguistics",
))  # fmt: skip
_VENUE_YEAR: Final = re.compile(
    r"(?:19|20)\d\d · [A-Za-z][\w.&'-]*(?: [\w.&'-]+){0,8}"
    r"|[A-Za-z][\w.&'-]*(?: [\w.&'-]+){0,8} · (?:19|20)\d\d"
    rf"|Published in [A-Z][\w.&'-]*(?: [\w.&'-]+){{0,10}},? (?:{_DAY}|(?:19|20)\d\d)"
)
# Google Scholar's byline: initials and surnames, then `` - `` venue and year `` - `` host
# (a surname's letters and the ellipsis also as a capture that could not print them shows
# them: ``M?ller``, ``Rossi?`` from an ASCII terminal; ``MÃ¼ller``, ``Rossiâ€¦`` from
# UTF-8 read as Windows-1252)
_SURNAME: Final = r"[A-Z](?:[\w'’?-]|Ã.|â€.)*"
_INITIALS: Final = rf"[A-Z]{{1,3}} {_SURNAME}(?: {_SURNAME})?"
_BYLINE: Final = re.compile(
    rf"{_INITIALS}(?:, {_INITIALS})*(?:…|â€¦)? - (?:[^ ].{{0,120}}?,? )?(?:19|20)\d\d - "
    r"[\w.-]{2,60}"
)
# ... and its head as a narrow fold leaves it on a line (the names, their ellipsis or
# the dash after them, part of the venue: ``KJ Voss, CJ Lee, D Dubois… - ACL, 2017 -``
# over ``arxiv.org``), and each join of its rests while the byline is open: the venue's
# words (capitalised, or the few small words Scholar's clipped venues show), its year
_VENUE_WORD: Final = (
    r"(?:[A-Z][\w'’&.:-]*|of|the|for|and|on|in|neural|preprint|arXiv|…|â€¦|\?|(?:19|20)\d\d)"
)
_BYLINE_OPEN: Final = re.compile(
    rf"{_INITIALS}(?:, {_INITIALS})*(?:…|â€¦)?"
    rf"(?: -(?: {_VENUE_WORD}(?:,? {_VENUE_WORD})*,?(?: -(?: [\w.-]+)?)?)?)?"
)
_BYLINE_MAX: Final = 240
_CHIP: Final = r"[A-Z0-9][\w'-]*(?: (?:[A-Z0-9][\w'-]*|of|and|for|in|on|to|the|with|-))*"
_ONE_CHIP: Final = re.compile(
    r"[A-Z][\w'-]*(?: (?:[A-Z0-9][\w'-]*|of|and|for|in|on|to|the|with)){0,4}"
)
_CHIPS: Final = re.compile(
    rf"{_CHIP}(?:(?: · | {{1,3}}){_CHIP})*(?: · | {{1,3}})\+\d{{1,3}}(?: more)?"
    r"|`[^`]{2,60}`(?: +`[^`]{2,60}`)*"
)


def site_kind(s: str) -> str | None:
    """The kind of a listing site's chrome line ``s`` (stripped), or ``None``."""
    n = len(s)
    if n > 200:
        return None
    first, last = s[0], s[-1]
    if (
        n <= 28
        and first in _RELATIVE_FIRST
        and (_RELATIVE.fullmatch(s) or not s.isascii() and _RELATIVE.fullmatch(fix_mojibake(s)))
    ):
        # (also as a capture that read its UTF-8 as cp1252 printed it: ``hace 2 dÃ\u00adas``,
        # ``hÃ¡ 3 dias``)
        return DATE
    if first == "#" or first == "🔥" or s.startswith(("Trending", "No.", "Ranked #")):
        return SITE if _RANK.fullmatch(s) else None
    if first == "`":
        return SITE if last == "`" and _CHIPS.fullmatch(s) else None
    # (a count, "more": a chip line's "+2 more")
    if (last.isdigit() or last == "e") and "+" in s and _CHIPS.fullmatch(s):
        return SITE
    sp = s.find(" ")
    head = s if sp < 0 else s[:sp]  # (no split: an abstract's line is long)
    # (one action alone is no row, "Download PDF" titles a paper; one count is)
    if (
        (head in _ROW_FIRST or head[0].isdigit() or s.startswith(_ROW_OPENERS))
        and _ROW.fullmatch(s)
        and (_COUNTED.match(s) or not _ONE.fullmatch(s))
    ):
        return SITE
    if (
        n <= 60
        and (first in _DECISION_FIRST or " 20" in s or " 19" in s)
        and _DECISION.fullmatch(s)  # ("Accept (oral)", "ICLR 2024 spotlight")
    ):
        return SITE
    if first in _LABEL_FIRST and ": " in s and _LABELLED.fullmatch(s):
        return SITE
    if "·" in s or s.startswith("Published in "):
        return SITE if n <= 120 and _VENUE_YEAR.fullmatch(s) else None
    if " - " in s and ("…" in s or s.count(" - ") >= 2):
        return SITE if _BYLINE.fullmatch(s) else None
    # (two or more: one alone is a wrapped title's last word as often, ``Mathematics``;
    # a page printing one on every card teaches it, ``repeats``)
    comma = s.find(", ")
    if comma > 0 and s[:comma] in _FIELDS and study_fields(s):
        return SITE
    return None


def chip_line(s: str) -> bool:
    """Is ``s`` (stripped) a line of chips set apart by `` · `` (``Object Detection ·
    Retrieval``, ``… · +2``): each a short capitalised phrase, no sentence's end, colon
    or count? A title can be so set; a page that prints one under every card teaches it
    (``repeats``), the cards with a ``+N`` tail (known on sight) among them."""
    if " · " not in s or len(s) > 160:
        return False
    parts = s.split(" · ")
    if parts[-1][:1] == "+":  # (``+2``: the line ``site_kind`` knows, its shape the same)
        parts.pop()
    return all(_ONE_CHIP.fullmatch(p) for p in parts)


def study_fields(s: str) -> bool:
    """Is ``s`` (stripped) a line of Semantic Scholar's fields of study (``Computer
    Science, Medicine``, ``Mathematics``)?"""
    if not s[:1].isupper():
        return False
    comma = s.find(", ")
    if (s if comma < 0 else s[:comma]) not in _FIELDS:
        return False  # (the first part first: a line of prose opens with no field)
    return all(p in _FIELDS for p in s.split(", "))


# A row of chips copied as text parts them by `` · `` or by two spaces or more (a tag's
# box): one space is a chip's own word break, so a row set apart by one is not split.
_CHIP_SPLIT: Final = re.compile(r" · | {2,}")
# Rows of chips known on sight (a ``+N`` tail) in a page's head that teach its chips
CHIP_ROWS: Final = 2


def chip_words(window: list[str]) -> set[str]:
    """The chips a page's head shows in rows known on sight (``Text Generation  Semantic
    Segmentation  +5 more``, Papers with Code's tasks under each card), where it shows
    ``CHIP_ROWS`` such rows or more, else an empty set: the page's chip vocabulary, which
    ``chip_row`` reads the rows without a tail by (``Object Detection  Machine
    Translation``, ``Language Modelling`` alone: read as cards without abstracts)."""
    words: set[str] = set()
    rows = 0
    for line in window:
        s = line.strip()
        if len(s) < 8 or not (s[-1].isdigit() or s[-1] == "e") or "+" not in s:
            continue
        if _CHIPS.fullmatch(s) is None:
            continue
        parts = _CHIP_SPLIT.split(s)
        if len(parts) < 2 or parts[-1][:1] != "+":
            continue  # (parted by one space: no chip's end is known)
        parts.pop()
        if all(_ONE_CHIP.fullmatch(p) for p in parts):
            words.update(parts)
            rows += 1
    return words if rows >= CHIP_ROWS else set()


def chip_row(s: str, words: set[str]) -> bool:
    """Is ``s`` (stripped, no ``+N`` tail) a row of the page's chips (``chip_words``): one
    chip it has shown, or chips parted by `` · `` or two spaces, each shaped as one, one
    of them shown at least? The row's new chips join ``words`` (a page's chips recur: a
    reader who has seen a few rows knows the next). A title is no known chip whole, and
    none is set in parts two spaces apart."""
    if s in words:
        return True
    if "  " not in s and " · " not in s:
        return False
    parts = _CHIP_SPLIT.split(s)
    if not any(p in words for p in parts) or not all(_ONE_CHIP.fullmatch(p) for p in parts):
        return False
    words.update(parts)
    return True


# what a byline's head opens with: a capital, then a space or another capital (``A
# Vaswani``, ``KJ Voss``): ask ``s[0]`` before ``byline_head``
BYLINE_FIRST: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def byline_head(s: str) -> bool:
    """Is ``s`` (stripped) the head of a Scholar byline a narrow fold broke (``KJ Voss, CJ
    Lee, D Dubois… - ACL, 2017 -``, ``LJ Zhang, S Wang - Advances in neural …,``): the
    names with their ellipsis or the dash after them, the byline not closed on the line?
    (A list of names alone is left to the other rules: a card's authors line.)"""
    if len(s) > _BYLINE_MAX or s[1] != " " and not ("A" <= s[1] <= "Z"):
        return False
    if not (s.endswith(("…", "â€¦")) or " -" in s):
        return False
    return _BYLINE_OPEN.fullmatch(s) is not None and _BYLINE.fullmatch(s) is None


def byline_rest(head: str, s: str) -> bool | None:
    """``s`` (stripped) read under a byline's open ``head``: ``False`` when it closes the
    byline (``arxiv.org``, ``Linguistics, 2022 - ieeexplore.ieee.org``), ``True`` when the
    byline goes on past it (``Association for Computational``), ``None`` when it is no
    rest of the byline."""
    joined = f"{head} {s}"
    if len(joined) > _BYLINE_MAX:
        return None
    if _BYLINE.fullmatch(joined) is not None:
        return False
    return True if _BYLINE_OPEN.fullmatch(joined) is not None else None


def byline_page(window: list[str]) -> bool:
    """Does the head of a page show Scholar bylines, whole or their heads a fold broke, on
    ``html_marks.HTML_LINES`` lines or more (``habit``)? Only there is a line read as a
    byline's head: a title may open so (``LLM Agents - A Survey of Methods for the`` over
    its rest)."""
    return habit(window, _byline_line)


def _byline_line(line: str) -> bool:
    s = line.strip()
    if len(s) < 4 or s[0] not in BYLINE_FIRST or " -" not in s and not s.endswith("…"):
        return False
    return _BYLINE.fullmatch(s) is not None or byline_head(s)
