"""Round 34 (ux42): a title's version mark (``(v2)``, ``parts.mark``) set on a line of its
own by a narrow fold (``capture.narrow``): on a page whose titles close with the mark,
``line_marks`` took it off a title's last line only, and alone on its line it was read as
the title's last word (mix 118 p000006: 3 leaked). Alone right under a line of text on
such a page, it is the mark's chrome, and the line above ends the title."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.line_marks import lone_tail

from .page_excerpts import CARDS, HEAD, read_cards, wrap


@pytest.mark.parametrize("mark", ["(v2)", "↗"])
def test_a_title_mark_alone_on_its_line_is_chrome(mark: str) -> None:
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        title = wrap(c["title"], 60)
        if i % 2:  # (the mark alone: a narrow fold set it on a line of its own)
            title.append(mark)
        else:
            title[-1] += " " + mark
        lines += ["=====", "", *title, "", *wrap(c["abstract"], 60), ""]
    read_cards([*lines, "Previous", "Next"])


def test_a_link_name_or_a_bracket_is_no_lone_mark() -> None:
    assert lone_tail("(v12)")
    assert not lone_tail("[PDF]")
    assert not lone_tail("(see below)")
    assert not lone_tail("(v2) of the method")
