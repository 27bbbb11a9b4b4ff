"""The decided prefix of the decoder's paths: where every live path agrees (or, after
``MAX_OPEN`` undecided tokens, where the best path says), the tokens up to there are
handed on in page order and dropped from the paths; mixed into ``Decoder``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ._trait import trait
from .nodes import Node
from .org_walks import OrgWalks
from .scores import ABSTRACT, CONT, NEG, TITLE
from .tokens import Token

__all__ = ["MAX_OPEN", "DecidedPaths"]

# Undecided tokens kept at most; past this the best path so far decides the oldest half.
MAX_OPEN: Final = 128


@trait
class DecidedPaths(OrgWalks):
    """Hands over the tokens the decoder's live paths agree on (``_converge``)."""

    emit: Callable[[int, Token], None]
    scores: list[float]
    heads: list[Node | None]
    live: list[int]
    root: Node
    open_tokens: int
    title_item: str

    def _best_head(self) -> Node:
        best = max(range(len(self.scores)), key=lambda s: self.scores[s])
        return self.heads[best] or self.root

    def _converge(self) -> None:
        """Hand over the tokens every live path agrees on."""
        # the common case first, without building a list: one live path (or all alike)
        first: Node | None = None
        for h in self.heads:
            if h is not None and h is not first:
                if first is not None:
                    break
                first = h
        else:
            self._commit(first)  # type: ignore[arg-type]
            return
        live = [h for h in self.heads if h is not None]
        n = self.open_tokens
        if n < 8 or (n & 7 and n < MAX_OPEN):
            return  # look for the meeting point every 8 tokens only: the walk is linear
        nodes = live
        while True:
            if any(n is None or n is self.root for n in nodes):
                break
            base = nodes[0]
            if all(n is base for n in nodes):
                self._commit(base)
                return
            nodes = [n.prev for n in nodes]  # type: ignore[union-attr,misc]
        if self.open_tokens > MAX_OPEN:
            # no agreement in a long stretch: the best path decides its older half
            head = self._best_head()
            node = head
            for _ in range(MAX_OPEN // 2):
                node = node.prev  # type: ignore[assignment]
            for s in range(len(self.heads)):
                if self.heads[s] is not None and not _through(self.heads[s], node):
                    self.heads[s] = None
                    self.scores[s] = NEG
            self.live = [s for s in self.live if self.heads[s] is not None]
            self._commit(node)

    def _commit(self, node: Node) -> None:
        """Emit the path from the last decided token up to ``node``, in page order."""
        root = self.root
        if node.prev is root and node is not root:  # one token decided (the common case)
            node.prev = None
            self.root = node
            self.open_tokens = 0
            if node.role == TITLE:
                self.title_item = node.tok.item
                self.title_tok = node.tok
            self._decided(node.role, node.tok)
            self.emit(node.role, node.tok)
            return
        path: list[Node] = []
        n: Node | None = node
        while n is not None and n is not root:
            path.append(n)
            n = n.prev
        if not path:
            return
        node.prev = None  # decided: the path above it is no longer needed
        self.root = node
        self.open_tokens = 0
        emit = self.emit
        for n in reversed(path):
            if n.role == TITLE:
                self.title_item = n.tok.item
                self.title_tok = n.tok
            self._decided(n.role, n.tok)
            emit(n.role, n.tok)
        # ``node`` itself is the new root: it was emitted, and is never emitted again

    def _decided(self, role: int, tok: Token) -> None:
        """Keep the decided abstract's tokens (``abstract_toks``; ``last_abstract`` keeps
        them past the next title)."""
        if role == ABSTRACT:
            # (the same list: its rest is appended to both; a title starts another)
            self.abstract_toks = self.last_abstract = [tok]
        elif role == TITLE:
            self.abstract_toks = []
        elif role == CONT and self.abstract_toks:
            self.abstract_toks.append(tok)


def _through(head: Node | None, node: Node) -> bool:
    n = head
    while n is not None:
        if n is node:
            return True
        n = n.prev
    return False
