"""What a title's wrapped rest pays where it opens as prose does (``PROSE_REST``)."""

from __future__ import annotations

from typing import Final

# A title's wrapped rest opening as prose opens its sentences (``evidence.SENTENCE_START``:
# ``We ``, ``This ``, ``In this ``, ``Our ``, ``Here ``): of the 75,874 real titles wrapped
# at 60 / 80 / 100 columns, 1 / 3 / 0 of their 70,518 / 41,482 / 15,838 rest lines open so,
# against 12% of their abstracts (log-odds ~7). A line under a heading or a list item's
# title that opens so is its abstract's first (``• F_1 MAVEN: Multi-modal Attention for
# Valence-Arousal Emotion Network`` + ``This paper introduces MAVEN (Multi-modal …``,
# ``Pcie_interaction solution for ego4d social interaction challenge.`` + ``This report
# presents our team's …``, new 40 n_bulleted p001307, new 42 n_submitted p002600).
# Charged at the habits' most and a little more: other evidence (a full line above)
# may still join them where the page is that sure.
PROSE_REST: Final = 6.0
