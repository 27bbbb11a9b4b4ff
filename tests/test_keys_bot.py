"""A bot's comment read as an abstract is a weak abstract whatever its case, and whatever
else the batch holds (``keys._bot_phrase_in`` lower-cases the batch's heads as bytes)."""

from __future__ import annotations

import pytest

from papercorpus import Record, Source, keys

TITLE = "Sparse Mixture Routing for Long-Context Retrieval Models"
REAL = (
    "Retrieval models that read long contexts spend most of their compute on passages that "
    "never matter for the answer. We introduce a sparse mixture of routers that decides which "
    "expert reads each block, and show it matches a dense reader at a third of the cost."
)


@pytest.mark.parametrize(
    "bot",
    [
        "This is an automated message from the Librarian Bot. I found the following papers "
        "similar to this paper. The following papers were recommended by the Semantic Scholar "
        "API and cover closely related retrieval work.",
        "THIS IS AN AUTOMATED MESSAGE FROM THE LIBRARIAN BOT: ÉTUDES, ΣΥΣΤΉΜΑΤΑ and more "
        "papers that read long contexts, recommended by an API for this paper.",
        "Ünïcode first: I Found The Following Papers Similar to this one, listed with the "
        "names of their authors and the dates they were posted on the site.",
    ],
)
@pytest.mark.parametrize("neighbour", ["plain ASCII text " * 12, "naïve Σ-algebra text " * 12])
def test_a_bot_comment_is_weak_in_any_case_beside_any_text(bot: str, neighbour: str) -> None:
    records = [
        Record(TITLE, REAL, Source("<records>", 1)),
        Record("Another Paper on Other Things Entirely", neighbour, Source("<records>", 2)),
        Record("Third Paper With a Bot Under It", bot, Source("<records>", 3)),
    ]
    weak = keys.key_batch(records).weak.tolist()
    assert weak == [False, False, True]


def test_a_dotted_capital_i_completes_no_phrase() -> None:
    """``str.lower`` writes U+0130 as ``i`` + U+0307: never a phrase's letters."""
    text = "\u0130 found the following papers similar to this, " + "word " * 30
    records = [Record("A Paper on Dotted Letters in Turkish Text", text, Source("<r>", 1))]
    assert keys.key_batch(records).weak.tolist() == [False]
