"""Round 34 (ux42): two habits sharing a line's shape by its first field: Semantic
Scholar's ``2022 · arXiv.org`` (a year and a venue, known chrome) and a furniture's
``50 · Oral`` (a count and a decision, no rule's) on every card, both masked to ``0 ·``
(``repeats.shape``). A shape known at its first and last places was taken as known, so
the furniture went unlearned, and where it stood right under a title it closed the title
(mix 188 p000557: 3 leaked, 43 extra). As for a label's shape (``_shared``, ux40), its
places no rule reads are learned where they recur on their own."""

from __future__ import annotations

from .page_excerpts import CARDS, HEAD, read_cards


def test_a_count_and_a_decision_beside_a_year_and_a_venue() -> None:
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        year, count = (
            f"{2019 + i % 4} · arXiv.org",
            f"{17 + 7 * i} · {('Oral', 'Poster')[i % 3 == 0]}",
        )
        chrome = [count, year] if i % 2 else [year, count]
        lines += [
            f"### #{i + 1} {c['title']}",
            *chrome,
            c["abstract"],
            f"Cited by {i} · 18 References",
        ]
    read_cards([*lines, "Previous", "Next"])
