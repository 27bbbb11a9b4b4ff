"""Round 33 (ux40): two habits whose lines share one label (``Published:``): a site's
known line (OpenReview's ``Published: 28 Feb 2023, Last Modified: 20 Aug 2023``,
``sites.openreview``) and a furniture line the page repeats (``Published: Nov 8, 2020``,
``furniture.f_published``), on every card (mix 117 p000007: 111 extra records, each
``Published: …`` a title over its card's abstract). ``repeats.learn`` reads a recurring
shape as known chrome when its first and last places are: one shape, one kind. Here the
shape holds two kinds; its places the parser's rules do not read recur on their own, and
are the page's furniture. A shape whose unknown places do not recur (a title opening with
the label once) is not learned."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import learn, shape

from .page_excerpts import card_page, read_cards

SITE = "Published: 28 Feb 2023, Last Modified: 20 Aug 2023"


def _card(i: int, c: dict) -> list[str]:
    # (the first and the last card show the site's line only: the shape's first and last
    # places are known chrome, as a capture cut at the page's head left them on p000007)
    dated = [f"Published: Nov {i + 3}, 2020"] if 0 < i < 9 else []
    return [
        f"Trending #{i + 30}",
        c["title"],
        "Primary Area: optimization",
        SITE,
        *dated,
        c["abstract"],
    ]


def test_a_label_two_habits_share() -> None:
    records = read_cards(card_page(_card))
    assert all(r.title and not r.title.startswith("Published") for r in records)


def test_the_unknown_places_must_recur() -> None:
    lines = []
    for i in range(6):
        lines += [f"Paper title number {i} here", SITE, "An abstract sentence. " * 8, ""]
    lines[0] = "Published: A Study of Publishing"
    assert shape(lines[0]) == shape(SITE)
    assert shape(SITE) not in learn(lines)
