"""The page parser's per-token and per-card classes spell their ``__init__`` out (mypyc
compiles it; a dataclass's generated one runs interpreted): held here to the fields, so a
field added to the class and not to its ``__init__`` fails."""

from __future__ import annotations

import ast
import dataclasses
import sys
from pathlib import Path

import pytest

from papercorpus.sources.pages.card import Card
from papercorpus.sources.pages.tokens import Token

REQUIRED = {Token: (7, "text"), Card: ("A Title", 3, None)}


def _init_params(cls: type) -> list[str]:
    """The names ``cls.__init__`` takes, read from its module's source (a compiled
    ``__init__`` shows Python only ``*args, **kwargs``)."""
    package, name = cls.__module__.rsplit(".", 1)
    # (by its package's ``__init__.py``: a compiled module's ``__file__`` is no source path)
    source = Path(sys.modules[package].__file__).parent / f"{name}.py"
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    return [a.arg for a in item.args.args[1:]]
    raise AssertionError(f"no __init__ in {cls.__name__}")


def _other(value: object) -> object:
    """A value of ``value``'s type that is not ``value``, or None where none is made."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 7
    if isinstance(value, str):
        return value + "other"
    return None


@pytest.mark.parametrize("cls", [Token, Card], ids=lambda c: c.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    fields = dataclasses.fields(cls)
    assert _init_params(cls) == [f.name for f in fields]
    made = cls(*REQUIRED[cls])
    for f in fields:
        if f.default is not dataclasses.MISSING:
            assert getattr(made, f.name) == f.default, f.name
            # each keyword lands on its own field
            if (value := _other(f.default)) is not None:
                assert getattr(cls(*REQUIRED[cls], **{f.name: value}), f.name) == value, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert getattr(made, f.name) == f.default_factory(), f.name


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
