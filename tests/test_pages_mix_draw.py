"""Round 30 (ux32): the opt-in ``mix`` arrangement (``benchmarks/pagegen_mix.py``) draws a
page's traits from several draws; its truth describes its page, its draws keep their
exclusions, and the other arrangements' pages do not change (they draw nothing new)."""

from __future__ import annotations

import random
import sys

from .conftest import ROOT

if str(ROOT / "benchmarks") not in sys.path:
    sys.path.append(str(ROOT / "benchmarks"))
import pagegen  # noqa: E402
import pagegen_mix  # noqa: E402

from .test_pages_property import FIXTURE_PAPERS  # noqa: E402


def test_a_mixed_page_draws_from_two_draws_at_least() -> None:
    rng = random.Random(5)
    for _ in range(300):
        arr = pagegen_mix.draw_traits(rng, pagegen_mix.ARRANGEMENT)
        assert 3 <= len(arr.traits) <= 5 or "fresh.table" in arr.traits
        assert len({t.split(".", 1)[0] for t in arr.traits}) >= 2
        for group in pagegen_mix._ONCE:
            assert len(group & set(arr.traits)) <= 1, arr.traits
        if "fresh.table" in arr.traits:
            assert set(arr.traits) <= pagegen_mix._TABLE_WITH
        assert arr.name == "mix:" + "+".join(arr.traits)


def test_mixed_pages_truth_is_consistent() -> None:
    for seed in range(40):
        text, truth = pagegen.small_page(FIXTURE_PAPERS, seed, "mix", cards=5)
        again, _ = pagegen.small_page(FIXTURE_PAPERS, seed, "mix", cards=5)
        assert text == again
        assert truth.arrangement.startswith("mix:")
        lines = text.replace("\r\n", "\n").replace("\r", "\n").removesuffix("\n").split("\n")
        assert len(lines) == truth.lines
        counted = truth.record_lines + truth.blank_lines + truth.chrome_total
        assert counted + len(truth.reject_lines) == truth.lines
        for card in truth.cards:
            assert card.first <= card.title_lines[0] <= card.title_lines[1] <= card.last
            if card.abstract_lines is not None:
                assert card.title_lines[1] <= card.abstract_lines[0] <= card.last
