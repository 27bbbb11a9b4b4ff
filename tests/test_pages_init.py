"""The page parser's per-token and per-card classes spell their ``__init__`` out (mypyc
compiles it; a dataclass's generated one runs interpreted): held here to the fields, so a
field added to the class and not to its ``__init__`` fails."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from papercorpus.sources.pages.cards import Card
from papercorpus.sources.pages.tokens import Token

REQUIRED = {Token: (7, "text"), Card: ("A Title", 3, None)}


@pytest.mark.parametrize("cls", [Token, Card], ids=lambda c: c.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in params] == [f.name for f in fields]
    made = cls(*REQUIRED[cls])
    for f, p in zip(fields, params, strict=True):
        if f.default is not dataclasses.MISSING:
            assert p.default == f.default, f.name
            assert getattr(made, f.name) == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert p.default is None, f.name
            assert getattr(made, f.name) == f.default_factory(), f.name
        else:
            assert p.default is inspect.Parameter.empty, f.name


def test_mutable_defaults_are_not_shared() -> None:
    one, two = Token(1, "a"), Token(2, "b")
    one.ids.append("2401.00001")
    assert two.ids == []
    card, other = Card("A", 1, None), Card("B", 2, None)
    card.abstract.append("text")
    card.meta["k"] = 1
    assert other.abstract == [] and other.meta == {}


def test_replace_and_keywords_still_work() -> None:
    tok = Token(3, "Title", 2, kind="T", rest="Rest", rest_kind="A", nxt="text", votes=4)
    again = dataclasses.replace(tok, text=tok.rest, kind=tok.rest_kind, rest="", rest_kind="")
    assert (again.line, again.text, again.lines, again.kind, again.nxt, again.votes) == (
        3,
        "Rest",
        2,
        "A",
        "text",
        4,
    )
    assert again == dataclasses.replace(again)
