"""A step of a decoder's path: a token and the role it plays there, linked to the step
before it (``walks`` and ``path_reads`` walk back along them)."""

from __future__ import annotations

from .tokens import Token

__all__ = ["Node"]


class Node:
    """One step of a path: a token and the role it plays there."""

    __slots__ = ("prev", "role", "tok", "title_len")

    def __init__(self, prev: Node | None, role: int, tok: Token, title_len: int) -> None:
        self.prev = prev
        self.role = role
        self.tok = tok
        # characters of the current card's title so far; once the card has an abstract,
        # of its abstract so far (the state's status says which)
        self.title_len = title_len
