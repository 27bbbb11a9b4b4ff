"""Chrome-looking lines that are a card's text: a site-menu word continuing an unfinished
sentence (``… Serving with`` + ``Models``), any line inside an open markdown link wrapper,
a bare URL ending a wrapped sentence (``… available at`` + ``https://…``). Mixed into the
page parser, whose intake asks before it counts a line as chrome.
"""

from __future__ import annotations

import re
from typing import Final

from ..chrome import consent_sentence
from ..chrome_values import arxiv_ids
from ..shape import TITLE_MAX, joiner, terminal, title_shaped
from ._trait import trait
from .card import Card
from .decode import Decoder
from .lineforms import web_end
from .sentence_close import closing_marks
from .units import Unit

__all__ = ["MENU_BETWEEN", "TITLE_END_COMMON", "TITLE_END_MENU", "ChromeInText"]

# The menu words real titles end a wrapped line with: of the 74,728 arXiv listings'
# titles wrapped greedily at 60, 72, 80 and 100 columns (172,237 wrapped), 2,953 end in a
# line ``classify_chrome`` names a menu's, 2,942 of them ending in one of these words
# (``… in Large Language`` + ``Models``: 2,424; ``Tasks`` 158, ``Languages`` 139,
# ``Search`` 87, ``Datasets`` 53, ``Spaces`` 21, ``Papers`` 19, ``Solutions`` 16,
# ``Collections`` 10, ``Privacy`` 6, ``Organizations`` 5; ``Pricing Tasks``, ``Search
# Tasks`` 4 in all). Every other menu word ends 4 or fewer (``Enterprise`` 4,
# ``Community`` 2, ``Posts`` 2, ``Company`` 1, ``Next`` 1, ``Pricing`` 1; ``Previous``,
# ``Log In``, ``Upvote`` none): under a title line that filled the width it is the menu
# the page set between its cards, not the title's last word (``Motion is the
# Choreographer: … Sign Language Generation`` at 96 of 100 + ``Company`` + the next card,
# default 114 ``between`` p000472: the word read as the title's rest).
TITLE_END_MENU: Final = frozenset(
    [
        "Models",
        "Tasks",
        "Languages",
        "Search",
        "Datasets",
        "Spaces",
        "Papers",
        "Solutions",
        "Collections",
        "Privacy",
        "Organizations",
    ]
)


# ... of which these end more than a hundred (0.08%) of the wrapped titles: on a page that
# has set its site menu between its cards (``MENU_BETWEEN`` lines or more after its first
# card), any other menu word under a full title line is the menu's too. There one of about
# a dozen menu words stands under some cards (``Datasets`` under a tenth of the cards or
# more), against 53 titles of 172,237 wrapped ending in ``Datasets`` (``Stabilizing …
# Continuous Softened Retracing reSampling`` at 93 of 100 + ``Datasets`` + the next card,
# default 165 ``between`` p001497, under nine menu lines between its cards: the word read
# as the title's rest, a leak). ``Models`` (2,424) stays a title's end there too.
TITLE_END_COMMON: Final = frozenset(["Models", "Tasks", "Languages"])
MENU_BETWEEN: Final = 3


@trait
class ChromeInText:
    """Whether a line ``classify_chrome`` named is content where it stands."""

    unit: Unit | None
    adjacent: bool
    link_open: bool
    card: Card | None
    menu_words: set[str]
    menu_between: int
    wrap_width: int
    decoder: Decoder
    separators: frozenset[str]

    # (methods, not ``Callable`` attributes: mypyc reads a trait's attributes from the
    # compiled class's slots)
    def _flat(self) -> bool:
        raise NotImplementedError  # (``closing.UnitCloser``)

    def width_at(self, col: int) -> int:
        raise NotImplementedError  # (``parser``)

    def _blocky(self) -> bool:
        raise NotImplementedError  # (``closing.UnitCloser``)

    def inside_text(self, kind: str, s: str, set_in: int = 0) -> bool:
        """A chrome-looking word that continues the text being read is content.

        ``### [… in Text-to-Image Diffusion`` + ``### Models][44]``: inside an open link
        wrapper every line but link scaffolding is text; ``… Serving with`` + ``Models``:
        a site-menu word on the line right after an unfinished sentence continues it.
        ``set_in``: how far the line is indented as arXiv indents a title's rest (0: not).
        """
        u = self.unit
        if u is None or kind in ("truncation", "image"):
            return False
        if kind == "markup":
            # a stop or bracket alone closing the text above (``… released at
            # https://github.com/hustvl/MoDA`` + ``.``: ``sentence_close``)
            # (not a mark alone the page repeats on its cards: its separator, ``·`` as
            # an ASCII capture printed it, ``card_marks.lone_marks``)
            return self.adjacent and s not in self.separators and closing_marks(s, u.parts)
        if u.in_link and self.link_open:
            return True
        if kind == "upvotes" and s.isdigit():
            return self.adjacent and self._number_rest(u, s, set_in)
        if not self.adjacent or kind not in ("nav", "view", "pagination"):
            return False
        if kind == "nav" and consent_sentence(s):
            # a consent banner's sentence goes on no text: it is a whole sentence of its
            # own (no real abstract has a line so shaped: ``chrome._CONSENT``), under a
            # title filling the width too (``… in X-Ray CT 3D Images`` + ``This site uses
            # cookies. …`` + ``Accept``: a card without an abstract)
            return False
        if set_in > u.margin and not terminal(u.parts[-1]):
            # indented arXiv's way under a line ending open (``… Safety in Large
            # Language`` + ``  Models``, reader mode): a menu is set at its own margin,
            # never deeper under a sentence, so the line is the title's rest, also on the
            # page's first card and where the page's menu shows the word
            return True
        if self.card is None:
            return False  # before the first card a menu word is the menu (view switcher)
        if s in self.menu_words:
            return False  # the page has shown this word as its menu already
        last = u.parts[-1]
        if terminal(last) or "://" in last[last.rfind(" ") + 1 :]:
            return False
        if last[-1] == "/" and web_end(last):
            # an address without its scheme ends the text as one with it does; its last
            # "/" is no joiner (``… available at: ai.stanford.edu/~juze/ViBES/`` + ``Show 20
            # more papers``): of the real abstracts' lines ending in a bare address, as
            # listed or wrapped at 60 / 80 / 100 (5 / 46 / 30 / 20 with a line under), none
            # has a line ``classify_chrome`` names a menu's under it
            return False
        if len(last) > TITLE_MAX and self._flat():
            return False  # a whole paragraph on its line, on a page that wraps nothing
        if last.isupper() and not s.isupper():
            return False  # a title in capitals keeps them on its rest ("… INTERACTIONS")
        # the sentence goes on ("… Serving with"), or the line above filled the page's
        # wrap width (a whole paragraph on one line ends where it ends, and so does a line
        # wider than the width; on a page that leaves its long titles on one line, a
        # title filling the width by chance ends there too: "… in Self-Evolving AI
        # Societies" + "Previous")
        if joiner(last):
            return True
        word = s[s.rfind(" ") + 1 :]
        if word not in TITLE_END_MENU:
            return False  # (a menu word no title ends with: ``TITLE_END_MENU``)
        if self.menu_between >= MENU_BETWEEN and word not in TITLE_END_COMMON:
            return False  # (... or few, on a page that sets its menu between cards)
        width = self.width_at(u.col)
        n = len(last)
        return bool(
            width
            and width * 4 <= n * 5
            and n <= width + 2  # (widths vary by a column or two)
            and width < n + 1 + len(s)
            and (len(u.parts) > 1 or self.decoder.title_habit >= 0 or not title_shaped(last))
            # (nor under a paragraph longer than any title: a menu word alone on the
            # line under a full one would end it, and no sentence ends so; of the 74,728
            # real arXiv abstracts wrapped at 60, 72, 80 and 100 columns, 4 end in a line
            # ``classify_chrome`` names a menu's (``Models``, ``GitHub``), against 2,949
            # of their titles: ``… reasoning with LLMs`` at 79 of 80 + ``Previous`` + the
            # next title, the word read as the abstract's last: default 110 p002797)
            and sum(map(len, u.parts)) <= TITLE_MAX
        )

    def _number_rest(self, u: Unit, s: str, set_in: int) -> bool:
        """Is a bare number (``s``: digits, which ``classify_chrome`` names an upvote
        count) the last word of the title line above it, wrapped: the line filled the
        page's width (the number would not have fitted), ends no sentence, and the
        number stands as the page sets a title's rest, set in deeper than the line's
        margin, or in the title's block on a page that sets its blocks apart with blank
        lines (no blank line between: a count is a block of its own there)? ``…
        Autoformalization in Lean`` at 60 of 60 + ``  4``, ``… Challenge at EgoVis`` at
        57 + ``2026`` (new 185 p002292, p000178): the title cut, its last word dropped
        as a count. At the margin on a page that runs its blocks together the number
        may be the card's count: left so."""
        last = u.parts[-1]
        if len(u.parts) > 2 or terminal(last) or sum(map(len, u.parts)) > TITLE_MAX:
            return False
        if not (set_in > u.margin or self._blocky()):
            return False
        width = self.width_at(u.col)
        n = len(last)
        return bool(width and width * 4 <= n * 5 and n <= width + 2 and width < n + 1 + len(s))

    def url_in_text(self, s: str) -> bool:
        """A bare URL that ends a wrapped sentence (``…available at`` / ``https://…``),
        or stands right under an abstract's last sentence (``… alternative to
        traditional pipelines.`` + ``https://github.com/leitro/Decipher-from-Pixels``).
        An ``arXiv:2601.03456`` line is not one: a sentence writes an id inline, and a
        listing sets a card's id on a line of its own, often over the title (arXiv's own
        lists do), so under an abstract ending open it is the next card's chrome."""
        u = self.unit
        if u is None or not self.adjacent or u.heading:
            return False
        if _listing_link(s):
            # a huggingface.co profile the sentence above names, wrapped onto its own
            # line under a word the sentence cannot end with (``… are accessible at`` +
            # ``https://huggingface.co/inclusionAI``): of the one-segment addresses
            # right under an abstract's line ending open, conv 5 shows 9, new 1 7, new 7
            # 8, all the abstract's (default 21 none: its are under sentence ends)
            return joiner(u.parts[-1]) and _profile_link(s)
        if s.startswith("arXiv:"):
            return False
        if not terminal(u.parts[-1]):
            return True
        # Under a sentence's end, only an address that links no paper (a card's chrome
        # links its paper: ``ids``), right under text longer than a title (an abstract's
        # paragraph; a title ending in "." may have its card's link under it). Of the
        # bare addresses right under an abstract's line that ended a sentence, on conv 5
        # 46 of 46 are the abstract's (a project's or code's page), on new 1 15 of 15; on
        # default 21 all 4,665 are huggingface.co paper links, chrome (the test above)
        return (
            s.startswith(("https://", "http://", "www."))
            and not arxiv_ids(s)
            and sum(map(len, u.parts)) + len(u.parts) - 1 > TITLE_MAX
        )


# A huggingface.co address and the path under it, with its scheme or without
# (``dataset is publicly available at`` + ``huggingface.co/datasets/UniverseTBD/hypogen-dr1.``)
_HF: Final = re.compile(r"(?:https?://)?(?:www\.)?huggingface\.co/(\S*)")


def _listing_link(s: str) -> bool:
    """Is ``s`` a link a listing of huggingface.co sets on a line of its own, as chrome: a
    paper's page (``/papers/…``), a profile or a site section (one path segment)? A
    repository's address (``huggingface.co/datasets/Forival/LiveBrowseComp``,
    ``huggingface.co/RightNowAI/RightNow-Arabic-0.5B-Turbo``) is one an abstract names,
    wrapped onto a line of its own under ``… is available at``."""
    m = _HF.match(s)
    if m is None:
        return "huggingface.co" in s  # (not an address at the line's start: as before)
    path = m.group(1).strip("/")
    return path.startswith("papers/") or "/" not in path


def _profile_link(s: str) -> bool:
    """Is ``s`` a huggingface.co address of one path segment, a plain name (a profile:
    ``https://huggingface.co/inclusionAI``, not ``/login?next=…`` nor ``/papers/…``)?"""
    m = _HF.match(s)
    if m is None:
        return False
    path = m.group(1).rstrip("/.")
    return bool(path) and "/" not in path and "?" not in path and "=" not in path
