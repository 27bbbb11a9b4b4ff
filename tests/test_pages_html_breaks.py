"""A line ending in an HTML line break (``<br>``) on a page a capture left HTML on
(``html_marks.html_page``) goes on in the line under it: the capture broke its paragraph
there, as markdown's ``\\`` hard break does, and no title starts under it. The excerpt
(``fixtures/pages_pb29.json``) is ``novel`` 113's page p000253 (``html+label``), lines
18-108, where main cut the second card's abstract before ``NeRV-style method, with a speed
increase of over 3 times. Also, it remarks an average of<br>`` and read that line as a
card's title: an extra record, and a damaged abstract."""

from __future__ import annotations

from papercorpus.sources.pages.html_marks import html_break

from .page_excerpts import card_pairs, check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_pb29.json")
PAGE = EXCERPTS["pb29_novel_113_p000253_an_abstract_broken_with_br"]


def test_a_line_closing_with_a_line_break() -> None:
    assert html_break("compared to the<br>")
    assert html_break("compared to the<br/>")
    assert html_break("compared to the <br />")
    assert not html_break("a <br> inside the line")
    assert not html_break("a tag closing it <b>")
    assert not html_break("")


def test_a_line_broken_with_br_goes_on_under_it() -> None:
    records, _ = parse_page(PAGE["lines"])
    abstract = card_pairs(records)[1][1]
    assert "NeRV-style method, with a speed increase of over 3 times." in abstract
    assert abstract.endswith("Project page is https://sujiikim.github.io/NVTM/.")
    assert "<br>" not in abstract and "&nbsp;" not in abstract
    check_excerpt(PAGE)


def test_a_line_is_read_as_a_browser_shows_it() -> None:
    from papercorpus.sources.pages.html_marks import html_text, unbreak_html

    assert html_text("in the&nbsp;source language materials. Q&amp;A") == (
        "in the source language materials. Q&A"
    )
    assert html_text("  set in &amp; broken<br>") == "  set in & broken<br>"
    assert html_text("a <br> inside") == "a   inside"
    assert html_text("no markup") == "no markup"
    # (one pass: a double-escaped entity is read once, as a browser reads it)
    assert html_text("&amp;amp;") == "&amp;"
    assert unbreak_html("compared to the<br> NeRV-style") == "compared to the NeRV-style"


def test_abstract_lines_holding_nbsp_are_as_wide_as_shown() -> None:
    # ``novel`` 113 p000069 (``counters+html+label``, layout B), lines 1-85: an abstract's
    # line holding ``&nbsp;`` read six characters wider than shown parted its paragraph
    # (``paragraphs``), the cards' ``🔥 505 · 💬 34 · ⭐ 316`` line stood on half the
    # paragraphs and was not learned as furniture, and main read it as each card's title
    page = EXCERPTS["pb29_novel_113_p000069_abstract_lines_holding_nbsp"]
    records, _ = parse_page(page["lines"])
    assert not any("🔥" in r.title or "🔥" in r.abstract for r in records)
    check_excerpt(page)
