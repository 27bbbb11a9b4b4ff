"""Role scores for the page decoder (``decode``): what each role costs a text token, and
the card grammar's fixed moves.

Scores are log-odds-like numbers: higher is likelier, ``NEG`` is impossible. A text token
is scored once per role from its own shape and what the page has shown so far
(``text_scores``, which asks ``shape_scores`` what the token's own text is worth as a title
and as an abstract); what continuing the text above it is worth was measured on the page by
the intake (``evidence.cont_evidence``) and comes in the token. Abstract after abstract
stays the exception, and a line between two abstracts that could be a title is one.

The numbers were set by hand on the seeds, the test fixtures and the generator benchmark
(benchmarks/pages_bench.py); the grammar does most of the work, the scores only rank
readings the grammar allows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from ..chrome import MONTH_NAME
from ..shape import (
    TITLE_MAX,
    joiner,
    prose_marks,
    sentence_like,
)
from .bare_names import bare_name_cost
from .cased_open import cased_opening
from .defined_names import DEFINED_NAME, cased_after, defined_name
from .echoes import coined_echo, shares_words
from .evidence import CAPITALS_LINE, SENTENCE_START
from .footer_mail import footer_address
from .keywords import KEYWORDS_TITLE, keywords_line
from .lineforms import in_capitals
from .marked_names import MARKED_ABSTRACT
from .page_habits import PageHabits
from .prose_rest import PROSE_REST
from .section_labels import OPENING_FIRST, OPENING_LABEL, opening_label
from .shape_scores import (
    LONG_FRAGMENT,
    LONGEST_TITLE_COST,
    OPEN_SUMMARY,
    UNFINISHED,
    abstract_of,
    abstract_score,
    long_fragment,
    title_score,
)
from .title_links import LINKED_TITLE, ends_linked
from .tokens import NEG, Token
from .units import CAMEL, org_named, title_worded

__all__ = [
    "ABSTRACT",
    "CHROME",
    "CONT",
    "FOLD_CLOSES",
    "LABEL_HABIT",
    "LABEL_OPENS",
    "NEG",
    "OPENER_TITLE",
    "ORG",
    "REJECT",
    "SEARCH",
    "SURE_TITLES",
    "TAIL_CLOSES",
    "SURE_TITLE_HABIT",
    "TITLE",
    "TITLE_HABIT",
    "dot_marked",
    "final",
    "org_marked",
    "text_scores",
]

# The roles a token plays in a reading (one per line, ``Final``: mypyc inlines them, where
# a tuple unpacking is a lookup in the module's globals at every use: ``test_compiled_constants``)
TITLE: Final = 0
ABSTRACT: Final = 1
CONT: Final = 2
ORG: Final = 3
SEARCH: Final = 4
REJECT: Final = 5
CHROME: Final = 6

# What a card without an abstract costs (a title then a title): real pages have them,
# but far fewer than cards with one.
NO_ABSTRACT: Final = 2.0
# ... on a page that has shown many (a fifth of its cards or more, two at least)
NO_ABSTRACT_HABIT: Final = 1.0
# A title then its abstract: the grammar's usual step.
PAIR: Final = 1.0
# ... less, when the abstract starts right under the title on a page that sets its
# blocks apart with blank lines (layout A: a title and its abstract are two blocks)
SAME_BLOCK: Final = 2.0
# A title's wrapped rest on a page that leaves its long titles on one line.
TITLE_HABIT: Final = 4.0
# ... on a page that has left many (``SURE_TITLES``) on one line and wrapped none: a title
# line that fills the width by chance is then no wrap (a card without an abstract, then a
# title: "SSGaussian: … 3D Style Transfer" at 69 of 80 + "Generalizing Large … .")
SURE_TITLE_HABIT: Final = 6.0
SURE_TITLES: Final = 8
# Rejecting text of abstract size: only where no reading of the page gives it a title.
ABSTRACT_REJECT: Final = -12.0
# An abstract opening in lower case (not a name: "iVideoGPT"): rather a sentence going on.
_LOWER_START: Final = 3.0
# Prose right above a "·" line (pages put it under a title or an organisation's name).
_PROSE_DOT: Final = 2.0
# A name-like line over a chrome line, whose words (two of five letters or more:
# ``echoes.shares_words``) the text under that chrome opens with (its first ``OPENING`` characters,
# about a line): a title's words recur there (54% of the page generator's real titles share two with
# their abstract's first line wrapped at 80 or 100 columns), an organisation's name rarely does.
ORG_SHARED: Final = 3.0
OPENING: Final = 100
# ... where the shared word is a coined name (letters and digits in one word: "STEP3-VL-10B"):
# no two papers and no organisation share one by chance, so as sure as two paper ids
# (``charges.TWO_IDS``)
COINED_SHARED: Final = 6.0
# A line the page has already shown as an organisation's name.
KNOWN_ORG: Final = 3.0
# ... a title's wrapped rest that is a line the page has decided as an organisation's
# name: more than the width the line above filled is worth (``title_rest.TITLE_WRAPS``).
KNOWN_REST: Final = 8.0
# A line opening with a numbered listing's next number ("22) " under "21) …"): the next
# card's title (as sure as the page's chrome habits at their surest).
LIST_NEXT: Final = 4.0
# A title that opens no list item, on a page that lists its cards as items.
ITEM_TITLE: Final = 3.0
# Plain text as a card's title on a page that sets its titles as headings or links
# (``PageHabits.learn_heading``): as sure as text inside an item on a listing.
HEAD_TITLE: Final = ITEM_TITLE
# A title after anything but the chrome the page opens every card with
# (``PageHabits.learn_opener``): as sure as the page's chrome habits at their surest.
OPENER_TITLE: Final = 4.0
# A title at another column than the one the page sets its titles at, apart from its
# abstracts (``PageHabits.learn_col``): as sure as the page's chrome habits at their surest.
COL_TITLE: Final = 4.0
# ... and a paragraph after a blank line at another column than the one it sets its
# abstracts at, apart from its titles, as an abstract or an abstract's next paragraph:
# as sure (a card without an abstract at the titles' margin, ``**Bold** EGGS: …``, under
# an abstract set in with a tab, read as that abstract's next paragraph on a page whose
# titles are list items: parts 118 p000469, a card lost, an abstract glued)
COL_PARAGRAPH: Final = COL_TITLE
# A unit that closes a quotation the text right above it left open (``Token.closes_quote``) opening
# a title or an abstract: a quote spans the two, so the line goes on the text above. Of the 74,728
# real arXiv titles, 10 hold an odd number of ``"``, and 44 of the abstracts' first lines wrapped at
# 80 do; of 4,763 abstract lines wrapped at 80 and 100 that leave a quote open, 1,359 (29%) close it
# on the next line. Reading the two as a title over its abstract (``The study "Prediction of Highway
# … Intelligence`` + ``Algorithms Using California Traffic Data" presents …``) rather than one
# abstract is about e^7 less likely.
QUOTE_CLOSE: Final = 5.0
# A line opening with the label the page sets over its abstracts (``Abstract: …``, read off
# at the intake: ``Token.labelled``) read as anything but an abstract's first line: a title,
# a title's rest, the text above going on. No title of the listings' 74,728 opens with such
# a label, and a page that sets it over its abstracts (``card_marks.label_page``) sets it at
# their first line; an abstract's wrapped line opening ``Abstract: `` is rarer still. A cost,
# not ``NEG``: a reading is left where no title can be found above it.
LABEL_OPENS: Final = 8.0
# A piece of text whose last line closes with the fold a site sets where it clips a card's
# abstract (``… See more``, read off at the intake: ``Token.folded``) read as a title or a
# title's rest: the fold clips abstracts only (as sure as ``LABEL_OPENS``).
FOLD_CLOSES: Final = LABEL_OPENS
# An abstract opening without the label on a page that has set it over every abstract it
# has shown (three or more, ``PageHabits.label_habit``): a line there without it is a title
# (``novel`` 145 p000679: ``Escaping the SpuriVerse! Can …?`` read as the abstract of the
# card above, which had none). As sure as a plain title on a page of linked titles.
LABEL_HABIT: Final = HEAD_TITLE
# A piece of text whose last line closes with the link's mark a page sets after its titles
# (``[PDF]``, ``(v2)``, read off at the intake: ``Token.tailed``) read as an abstract or its
# rest: no title ends so (none of the listings' 74,728), nor, on a page that sets the mark on
# its cards, does an abstract's line (as sure as ``LABEL_OPENS``).
TAIL_CLOSES: Final = LABEL_OPENS
_HEAD_TAGS: Final = ("header", "view", "")  # what a page's header block is made of (and its start)


_NO_HABITS: Final = PageHabits()

# A card's date as reader mode glues it onto its title's line (``… with markers
# extraction. Feb 6, 2019``, ``… SmoothingJul 18``: ``reader._MARK_TAIL``'s date, no
# ``·``), ending a text of title size: no abstract's text ends so. Of the 74,728 real
# arXiv abstracts none ends in a month's name and a day (a year after it or not), nor does
# any of their 580,649 sentences; 2 of their 2.4 million lines wrapped at 80 and 100
# columns do (``… posted in the aftermath of the February 6, 2023`` + its sentence going
# on); on the rendered ``conv`` c_reader 117 pages, 24,142 lines end so, every one a
# title's. Such a text pays this much as an abstract's first text or its going on: a
# title of a card without an abstract took the next, dated title as its abstract
# (``Instruction Finetuning DeepSeek-R1-8B …`` + ``Are we still able to recognize pearls?
# … with markers extraction. Feb 6, 2019`` + its abstract, c_reader 117 p001238: a card
# lost, its date leaked, its abstract glued).
DATED_TEXT: Final = 6.0
_DATED_END: Final = re.compile(rf"(?:\s+|(?<=\S))(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?$")


def dated_text(text: str) -> bool:
    """Does ``text`` end in a card's date glued on (``DATED_TEXT``)? Ask ``text[-1]`` is a
    digit first: the pattern is read on the last 24 characters only."""
    return _DATED_END.search(text, max(0, len(text) - 24)) is not None


def dot_marked(tok: Token) -> bool:
    """Is ``tok`` over a "·" line with a date (or a profile, a link) in it or under it:
    an organisation's marks, or a title's on pages that put them under titles?"""
    nxt = tok.nxt
    return nxt == "dotdate" or (nxt == "dot" and tok.nxt2 in ("date", "profile", "url", "dotdate"))


def org_marked(tok: Token) -> bool:
    """Does the name ``tok`` carry an organisation's marks: its profile link, or a "·"
    with a date (``dot_marked``)? (A user's name shown with its avatar, ``nielsr`` + ``·``
    + ``· 4 authors``, carries neither.)"""
    return tok.nxt == "profile" or dot_marked(tok)


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
        abstract = abstract_score(tok)
        if text[0].islower() and CAMEL.match(text) is None:
            abstract -= _LOWER_START
        if tok.closes_quote:
            abstract -= QUOTE_CLOSE  # (the quote the text above opened closes here)
        if tok.labelled:
            cont -= LABEL_OPENS  # (an abstract opens under its label: ``LABEL_OPENS``)
        if text[0] in OPENING_FIRST and opening_label(text):
            cont -= OPENING_LABEL  # (an abstract's first part: ``OPENING_LABEL``)
        return NEG, abstract, cont, NEG, ABSTRACT_REJECT, REJECT
    if footer_address(text):  # "Contact us at foo@example.com": no title holds one
        return NEG, abstract_score(tok) - 3.0, tok.cont - 4.0, NEG, 4.0, REJECT
    # asked once here for both readings (pure; each was asked by the title and again
    # by the abstract reading)
    prose, sentence = prose_marks(text), sentence_like(text)
    title = title_score(tok, prose, sentence)
    if title > NEG and defined_name(text) and (tok.nxt == "text" or not cased_after(text)):
        # (a name's acronym, then its sentence: ``defined_names``; a whole text going on
        # after it with a title's preposition and Title Cased words is none)
        title -= DEFINED_NAME
    if tok.rest_kind and tok.rest_kind != "A" and joiner(text):
        # a title's first line running on ("… Transfer Learning! For"): judged with
        # the rest of its unit, which may be the title's wrapped rest
        rest = replace(tok, text=tok.rest, kind=tok.rest_kind, rest="", rest_kind="")
        title = max(title, title_score(rest, prose_marks(rest.text), sentence_like(rest.text)))
    if kind == "H":
        abstract = NEG
    elif tok.rest_kind:
        abstract = abstract_score(tok, prose, sentence)
    else:
        abstract = abstract_of(tok, text, kind, prose, sentence)
        unfinished = abstract == UNFINISHED or kind == "WA" and abstract == OPEN_SUMMARY
        if unfinished and tok.nxt_lower:
            # the text under it goes on in lower case ("Large Vision-Language Models
            # (LVLMs) recently achieve significant" + "breakthroughs in …", under "·
            # Published on …"): judged whole with it, as a unit's first piece is; a
            # reading that ends the abstract here pays for the short text alone
            tok.alone = UNFINISHED
            abstract = 0.0
        elif abstract == UNFINISHED and not tok.wrap:  # (Title Case: a title, ``cased_open``)
            tok.short_open = True
        if (
            abstract == UNFINISHED
            and len(text) > LONG_FRAGMENT
            and long_fragment(text, prose, sentence)
        ):
            abstract -= LONGEST_TITLE_COST  # (no abstract either: ``LONG_FRAGMENT``)
    if text[0].islower() and CAMEL.match(text) is None:
        abstract -= _LOWER_START
    elif in_capitals(text):
        # no abstract opens with a line in capitals (none of the 74,728 real arXiv
        # abstracts, wrapped at 72, 80 or 100 columns); pages show titles so: one read as
        # the abstract of a card without one above it, whose chrome then stood between
        # (``Taklif.AI: …`` + ``5 authors`` + ``FROM RECALL TO FORGETTING: …`` + its
        # organisation, ``·`` and date, a card without an abstract on a page that puts
        # its chrome after abstracts)
        abstract -= CAPITALS_LINE
    if keywords_line(text):
        abstract -= KEYWORDS_TITLE  # (an abstract's keywords close it, open none)
    if text[-1].isdigit() and dated_text(text):
        abstract, cont_dated = abstract - DATED_TEXT, DATED_TEXT  # (``DATED_TEXT``)
    else:
        cont_dated = 0.0
    if tok.closes_quote:  # (the quote the text above opened closes here: ``QUOTE_CLOSE``)
        if title > NEG:
            title -= QUOTE_CLOSE
        abstract -= QUOTE_CLOSE
    tcont = tok.tcont if kind != "A" else NEG  # a title's rest is not several sentences
    if tcont > NEG and text.startswith(SENTENCE_START) and not cased_opening(text):
        # (no title's rest opens as prose does, ``PROSE_REST``; one in Title Case may:
        # ``… Membership Inference Attacks: Is`` + ``This Query Too Close to Home?``)
        tcont -= PROSE_REST
    cont = tok.cont - cont_dated
    if ends_linked(text):  # (no abstract's line ends in a paper's own link: ``title_links``)
        # surer on a page that has marked every title so far (``PageHabits.heads_only``):
        # two cards without abstracts in a row, each title ending in its link, were read
        # as one card whose abstract was the second title and its link
        linked = LINKED_TITLE + HEAD_TITLE if habits.heads_only else LINKED_TITLE
        abstract, cont = abstract - linked, cont - linked
    after = habits.after.get(tok.prv) if habits.after else None
    if after is not None:  # what this page puts right after this kind of chrome
        if title > NEG:
            title += after
        abstract -= after
    before = habits.before.get(nxt) if habits.before else None
    if before is not None:  # ... and right before it: a title, or a title's last line
        if title > NEG:
            title += before
        if tcont > NEG:
            tcont += before
        abstract -= before
        cont -= before
    item = habits.next_item
    if item and text.startswith(item):  # the listing's next number: the next title
        if title > NEG:
            title += LIST_NEXT
        abstract -= LIST_NEXT
        cont -= LIST_NEXT
        tcont -= LIST_NEXT
    if habits.items_only and not tok.item and title > NEG:
        # a page that lists its cards as items opens each card's title with one: text
        # inside an item ("NVIDIA" between a card's chrome and its abstract) is no title
        title -= ITEM_TITLE
    if (
        habits.heads_only
        and not (tok.heading or tok.linked or tok.marked)
        or habits.headings_only
        and not tok.heading
    ) and title > NEG:
        # (a page that marks every title: plain text is none; on a lynx page, where every
        # title opens with its link number, a title's wrapped rest under a line ending in
        # "?" is no title: ``… knowledge on?`` + ``Agroecological crop protection``; on a
        # page of heading titles, a linked name is none: ``[ByteDance Seed][42]``)
        title -= HEAD_TITLE
    if habits.title_col >= 0 and tok.col != habits.title_col and title > NEG:
        title -= COL_TITLE  # ("   [58]ByteDance Seed" on a lynx page: no title)
    if tok.gap and habits.abstract_col >= 0 and tok.col != habits.abstract_col:
        abstract -= COL_PARAGRAPH  # (no abstract's paragraph there: ``COL_PARAGRAPH``)
        cont -= COL_PARAGRAPH
    dot_habit = habits.dot_habit
    if (nxt == "dot" or nxt == "dotdate") and not habits.dot_prose:
        # "·" sits under a title or an organisation's name, not under prose (on pages
        # that have not shown one under an abstract)
        cont -= _PROSE_DOT
        abstract -= _PROSE_DOT
        if tok.org and dot_marked(tok):
            abstract -= MARKED_ABSTRACT  # (a name with its marks: ``marked_names``)
        if dot_habit > 0:
            tcont -= 3.0  # ... and on this page under organisation lines only
    if tok.labelled:  # (an abstract opens under its label: ``LABEL_OPENS``)
        if title > NEG:
            title -= LABEL_OPENS
        cont -= LABEL_OPENS
        tcont -= LABEL_OPENS
    elif habits.label_habit:
        abstract -= LABEL_HABIT  # (the page labels every abstract: ``LABEL_HABIT``)
    if text[0] in OPENING_FIRST and opening_label(text):
        cont -= OPENING_LABEL  # (an abstract's first part opens here: ``OPENING_LABEL``)
        tcont -= OPENING_LABEL
    if tok.tailed:  # (a title closes with its link's mark: ``TAIL_CLOSES``)
        abstract -= TAIL_CLOSES
        cont -= TAIL_CLOSES
    if tok.folded:  # (a fold clips an abstract: ``FOLD_CLOSES``)
        if title > NEG:
            title -= FOLD_CLOSES
        tcont -= FOLD_CLOSES
    side, side_role = (ABSTRACT_REJECT, REJECT) if kind == "A" else (NEG, REJECT)
    if tok.org:
        org = -2.5 + habits.org_prior
        if nxt == "profile":
            # "Tencent ARC Lab" + its profile link: an organisation's own mark, wherever
            # the page puts its "·" lines
            org += 5.5
        elif dot_marked(tok):
            # "Google" + "·" + "Published on …": an organisation's
            # marks (a title may carry a "·" too, on pages that put one under titles)
            org += 5.5 if dot_habit == 0 else (6.5 if dot_habit > 0 else 2.0)
        elif nxt == "dot":
            org += 1.0 if dot_habit >= 0 else 0.0
        else:
            # a name without an organisation's marks ("MotionSwap"): a title; more so on
            # a page that has marked every organisation it named (``bare_names``)
            org -= 1.5 + bare_name_cost(habits)
        if habits.mo_linked_orgs[0] and org_marked(tok):
            org -= habits.plain_org_cost()  # (a page that links its names: ``LINKED_ORGS``)
        if org_named(text):
            org += 1.5
            tcont -= 2.0  # a title's wrapped rest is rarely named as an organisation
        elif title_worded(text):
            org -= 4.0  # "Aesthetics Without Semantics" + "· Published on …": a title
        if tok.nxt2_text and shares_words(text, tok.nxt2_text[:OPENING]):
            # its words open the text under the chrome line after it ("Human Motion
            # Unlearning" + "· Dec 6, 2022" + "We introduce the task of human motion
            # unlearning …"): a title over its abstract
            org -= ORG_SHARED
        elif " " in text and _named_in(
            text, tok.nxt2_text or (tok.nxt_text if nxt == "text" else "")
        ):
            # the whole line is named in the text under it ("Physics-IQ Verified" + "·
            # Feb 21" + "… Our resulting benchmark, Physics-IQ Verified, refines …"): an
            # abstract names its paper, rarely the organisation that published it (one
            # word may be either: "NVIDIA GPUs"); without a leading article ("The FM
            # Agent" + "… We present FM Agent, a novel …")
            org -= ORG_SHARED
        elif tok.nxt2_text and coined_echo(text, tok.nxt2_text[:OPENING]):
            # ... a coined name of it ("STEP3-VL-10B Technical Report" + "· Nov 6" + "We
            # present STEP3-VL-10B, a lightweight …"): a title over its abstract
            org -= COINED_SHARED
        link = tok.nxt_text
        if nxt == "profile" and _slug(text) == _slug(link[link.rfind("/") + 1 :]):
            org += 4.0  # "Carnegie Mellon University" + ".../CarnegieMellonUniversity"
        seen = habits.names.get(text) if habits.names else None
        if text in habits.orgs or (seen is not None and habits.cards > seen):
            # the page has shown this line as an organisation's already, or as the
            # title of an earlier card (not the one right above: a card rendered twice):
            # names repeat on a page, titles do not
            org += KNOWN_ORG
            title -= KNOWN_ORG
            # a title's wrapped rest is a whole line the page has decided as a name's
            # only where the title ends in that name: the width filled by the line
            # above (w3m's ``… Czech Parliamentary Data`` at 78 + ``NVIDIA``) says less
            tcont -= KNOWN_REST if text in habits.orgs else KNOWN_ORG
        if before is not None:
            org -= before
        if habits.opener and tok.prv != habits.opener and title > NEG:
            # ("ByteDance Seed" under "2 authors": no card opens so; only a name is
            # weighed so: a page may leave one card without its opener, and a title
            # there has no other role to take, an abstract's last line aside)
            title -= OPENER_TITLE
        side, side_role = org, ORG
    # a search echo is the page's query, in its header: it touches the header or the view
    # switcher (a site-menu word alone says nothing: pages put them between cards too,
    # under a first card without an abstract). Above a header line only inside the head:
    # header lines repeated between cards (``Daily Papers`` + the date) leave the card
    # above them, under the page's date or its own chrome, a card without an abstract
    nav = tok.nxt
    search = (
        (nav == "view" or (nav == "header" or nav == "nav") and tok.prv in _HEAD_TAGS)
        and len(text) <= 80
        and kind in ("T", "WA")
    )
    if search and side < 2.5:
        side, side_role = 2.5, SEARCH
    return title, abstract, cont, tcont, side, side_role


def final(status: int, no_abstract: float = NO_ABSTRACT) -> float:
    """Score of ending the page in ``status`` (a last card without an abstract is rare)."""
    return -no_abstract if status == 1 else 0.0


def _slug(s: str) -> str:
    """Letters and digits, lower-cased: a name as its profile link spells it."""
    return "".join(c for c in s.lower() if c.isalnum())


_ARTICLES: Final = ("The ", "A ", "An ")


def _named_in(name: str, text: str) -> bool:
    """Is the line ``name`` named in ``text``, a leading article aside (``ORG_SHARED``)?
    In any case: an abstract names its paper's idea as a term in lower case too (``The
    Format Tax`` + ``Asking a large language model … not a capability tax. … little to
    no format tax …``, default 165 ``url`` p002827: read as the card above's organisation,
    its abstract glued to that card); an organisation's name keeps its capitals."""
    if name in text:
        return True
    low = text.lower()
    if name.lower() in low:
        return True
    for article in _ARTICLES:
        if name.startswith(article):
            rest = name[len(article) :].lower()
            return " " in rest and rest in low
    return False
