"""Round 34 (ux41): on a page folded narrower than its titles (the ``capture`` arrangement's
``narrow`` trait) in layout B, a card without an abstract whose title the fold broke over
two lines, right over the next card's title, also over two lines, then that card's
abstract: ``mPhotoAgent: Agentic Photo Editing with`` + ``Exploratory Visual Aesthetic
Planning`` + ``Progressive Residual Warmup for Language`` + ``Model Pretraining`` +
``Transformer architectures serve as the …`` (capture 186 p000524; ``MotivNet: Evolving
Meta-Sapiens into an`` + ``Emotionally Intelligent Foundation Model`` over the same title,
capture 118 p000589, the merge's one regression on held-out 118). Every line fills the
fold, so only the words tell: the abstract echoes the second title's lines and none of the
first's. ``token_charges.unshared_two`` weighed a rest of two lines over its abstract under
a title of one line only; a fold narrower than its titles breaks most of them over two, so
it weighs a two-line title the same (``UNSHARED_FIRST``, by the first title's own words:
of the arXiv listings' titles of three lines, none of 671 / 212 at 72 / 80 columns shares
no word of its first two lines with its abstract where the third shares two; four lines
sharing none in their first two are rarer still).

The excerpt: capture 186 p000524's lines 2404-2555 (six cards folded at 45)."""

from __future__ import annotations

from papercorpus.sources.pages.token_charges import unshared_two
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import _ws, card_pairs, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_two_title_run.json")


def test_a_two_line_title_over_the_next_two_line_title() -> None:
    page = EXCERPTS["p524"]
    records, _ = parse_page(page["lines"])
    got = _ws(card_pairs(records))
    for card in _ws(page["cards"]):
        assert card in got


ABSTRACT = EXCERPTS["p524"]["cards"][-1][1]  # (the second title's abstract)


def test_the_rest_of_two_lines_under_a_title_of_two() -> None:
    first = "mPhotoAgent: Agentic Photo Editing with Exploratory Visual Aesthetic Planning"
    rest = Token(2528, "Progressive Residual Warmup for Language", under="Model Pretraining")
    rest.under2 = ABSTRACT
    assert unshared_two(Token(2526, first, lines=2), rest) > 0
    # (a title of three lines or more above: not weighed so)
    assert unshared_two(Token(2526, first, lines=3), rest) == 0


# capture 187 p000842's abstract under ``Connecting Speech to Words through Images``
CONNECTING = (
    "How can we learn the mapping between written words and their spoken counterparts in the "
    "absence of explicit textual supervision? We present a visually grounded method for "
    "building a vocabulary of spoken words using only images and their spoken descriptions. "
    "First, image captioning systems are used to build a vocabulary of written words "
    "representing salient visual concepts in the images. For each word, we then find "
    "utterances whose image captions contain that word. Then we use an unsupervised word "
    "discovery technique to align these utterances to locate instances of the target word. "
    "The result is spoken word segments that are linked to written words -- all accomplished "
    "without any text supervision. In spoken word retrieval and keyword spotting experiments,"
    " the proposed approach outperforms a strong neural baseline while being more "
    "interpretable. These results demonstrate the feasibility of the approach in English and "
    "motivate future work on low-resource languages without transcripts."
)


def test_not_under_a_rest_that_ended_short() -> None:
    # a title of three lines (capture 187 p000842): its last line ended where the next
    # word would have fitted under a first line of 40, so it is no first line of the next
    # title's two, whatever the abstract under that title echoes
    first = "Transport-Related Surface Detection with Machine Learning: Analyzing Temporal"
    title = Token(1474, first, lines=2, head=len("Transport-Related Surface Detection with"))
    rest = Token(
        1476, "Trends in Madrid and Vienna", under="Connecting Speech to Words through Images"
    )
    rest.under2 = CONNECTING
    assert unshared_two(title, rest) == 0
