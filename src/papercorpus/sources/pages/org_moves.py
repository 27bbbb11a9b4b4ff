"""The decoder's moves for a text token read as its card's organisation: what the card
and the page say against that reading (``_org_total``), a name kept in doubt between it and
its title's rest (``_keep_doubt``) and weighed again by the reader (``rest_and_name``);
mixed into ``Decoder`` under ``text_moves.TextMoves``, whose hot loop asks them.
"""

from __future__ import annotations

from . import echoes, scores
from ._trait import trait
from .charges import DOT_REST, OPEN_END_COST, REVISABLE, TITLE_SHARED, TWO_ORGS
from .name_ends import open_end_name
from .nodes import Node
from .page_habits import PageHabits
from .path_reads import card_title, closed_above
from .paths import DecidedPaths
from .scores import CHROME, CONT, NEG, SURE_TITLE_HABIT, TITLE, TITLE_HABIT
from .states import ABSTRACTED, TITLED
from .token_charges import is_dot_rest
from .tokens import Token

__all__ = ["OrgMoves"]


@trait
class OrgMoves(DecidedPaths):
    """An organisation's reading of a text token, for ``TextMoves``' moves."""

    habits: PageHabits
    title_habit: int
    titles_one: bool
    late_only: dict[str, float]

    def _org_total(
        self,
        total: float,
        tok: Token,
        head: Node,
        status: int,
        opening: str,
        shared: bool | None,
        dot_rest: bool,
    ) -> float:
        """``total``, a path's score with ``tok`` read as its card's organisation, less what
        the card and the page say against that reading (plus, over the abstract, what
        the title's echo says for it)."""
        org_mid = self.mid_only.get("org", 0.0) if self.mid_only else 0.0
        late_only = self.late_only
        if opening and status == TITLED and head.role == CHROME:
            # the card's organisation, over its abstract (under the card's chrome:
            # right under the title it may be the title's rest, "… for
            # Text-to-Image" + "Generation" + "· Jan 14, 2020" + "We propose …")
            if shared is None:
                shared = echoes.shares_uncommon(card_title(head, self.title_tok), opening)
            if shared:
                total += TITLE_SHARED
        elif dot_rest and status == TITLED and head.role in (TITLE, CONT):
            total -= DOT_REST  # (the "·" may be the title's: the line its rest)
        if status >= ABSTRACTED and open_end_name(head):
            total -= OPEN_END_COST  # (the abstract above ends open, on a title's line)
        if status and self._named_above(head):
            total -= TWO_ORGS  # (a card names one organisation)
        if (
            status == TITLED
            and tok.mo_name_under
            and (self._one_org_page() or self._named_since_title(head))
            and not self._named_late_on_path(head)
        ):
            # (... the one under this one's date: this is a title; on any page where the
            # card named one already, three names under one title)
            total -= TWO_ORGS
        if org_mid and status >= ABSTRACTED:
            total -= org_mid  # (an organisation's line after an abstract)
            if self._card_named(head):
                total -= TWO_ORGS  # (... of a card that named one: the next card's)
        elif late_only and status == TITLED:
            if head.role == CHROME:
                # (a closed card's chrome; twice over text under the name's chrome)
                closed = closed_above(head, late_only)
                total -= (2.0 * closed) if tok.nxt2 == "text" else closed
            elif tok.nxt == "text":
                # (right under the title, over text, on a page that names
                # organisations after abstracts only: a card without an abstract
                # shows its name there too, but over the name's chrome)
                total -= late_only.get("org", 0.0)
        return total

    def _keep_doubt(
        self,
        tok: Token,
        new_scores: list[float],
        new_heads: list[Node | None],
        tcont: float,
        side: float,
    ) -> None:
        # a name that could be the title's rest: both readings meet at the token
        # under it, and the better one goes on alone. Where the rest won by less than
        # the page's later cards may show against it (the name shown as an
        # organisation's: ``scores.KNOWN_ORG`` and ``KNOWN_REST``), what it won by is
        # kept for the reader, who weighs the two again then (``revise``)
        rest, name = new_heads[3], new_heads[2]
        if (
            rest is not None
            and name is not None
            and rest.tok is tok
            and name.tok is tok
            and rest.role == CONT
            and -REVISABLE < new_scores[3] - new_scores[2] < REVISABLE
        ):
            tok.doubt = (new_scores[3] - new_scores[2], tcont, side)

    def rest_and_name(self, tok: Token) -> tuple[float, float]:
        """What ``tok``, a name once read as its title's rest (``Token.doubt``), scores as
        that rest and as an organisation's name by the habits the page has shown by now
        (as ``_text_step`` weighs them: the page's title habit, ``DOT_REST``)."""
        habits = self.habits
        _title, _abstract, _cont, tcont, side, _role = scores.text_scores(tok, habits)
        habit = self.title_habit
        if habit < 0 and tcont > NEG:
            tcont -= TITLE_HABIT if habit == -1 else SURE_TITLE_HABIT
        if tcont > NEG and not self.titles_one and is_dot_rest(tok, habits):
            side -= DOT_REST
        return tcont, side
