"""A text token's continuation evidence, weighed only where a live path can use it: the
costly part of its scores (``evidence.cont_evidence``), which the decoder's hot loop
(``text_moves.TextMoves._text_step``) asks of a token whose ``Token.lazy`` holds it.
"""

from __future__ import annotations

from ..shape import TITLE_MAX
from . import evidence
from .named_titles import named_under
from .nodes import Node
from .tokens import NEG, Lazy, Token

__all__ = ["weigh_lazy"]


def weigh_lazy(
    tok: Token,
    lazy: Lazy,
    old_scores: list[float],
    old_heads: list[Node | None],
    n: int,
    title_habit: int,
    titles_one: bool,
) -> None:
    """Weigh ``tok``'s continuation evidence (``lazy``, its ``Token.lazy``) where a live
    path (``old_scores``, ``old_heads``: the decoder's rows before ``tok``) could use it;
    ``n``, the token's length and its space; ``title_habit`` and ``titles_one``, the page's
    habits of wrapping its titles (``Decoder``)."""
    # the continuation evidence only when a live path could continue its text, and
    # a title's rest only where a live title could take it (``cont`` and ``tcont``
    # are read in the moves only under these very states: a score not weighed stays
    # ``NEG``)
    tok.lazy = None
    title_rest = old_scores[3] > NEG and old_heads[3].title_len + n <= TITLE_MAX + 1  # type: ignore[union-attr]
    if not (title_rest or old_scores[5] > NEG or old_scores[7] > NEG):
        return
    # (unpacked, not ``*lazy``: a star call goes through Python's argument parsing,
    # a quarter of the call's cost)
    tok.cont, tok.tcont = evidence.cont_evidence(
        lazy[0],
        lazy[1],
        lazy[2],
        lazy[3],
        lazy[4],
        lazy[5],
        lazy[6],
        lazy[7],
        lazy[8],
        lazy[9],
        lazy[10],
        lazy[11],
        lazy[12],
        title_rest=title_rest,
        wraps_titles=title_rest and title_habit > 0,
        goes_on=title_rest and tok.lines > 1,
        one_line=title_rest and titles_one,
        wrapped=tok.lines > 1,
        under_chrome=tok.rd_first_under_chrome,
    )
    tok.cont -= named_under(lazy[0], lazy[1])  # (a title under a sentence's end)
