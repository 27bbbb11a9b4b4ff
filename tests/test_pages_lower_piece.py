"""Round 33 (ux39): on a page folded narrower than its titles (the ``capture``
arrangement's ``narrow`` trait) in layout B, a title in lower case folded over two lines
sits under the abstract above, whose last line ended its sentence, and its own last line
fills the fold as often as the abstract's first word is long. The intake offered no cut
under it where the title reads as a sentence (``is length really a liability? an
evaluation of`` + ``multi-turn llm conversations using boolq`` + ``Single-prompt
evaluations dominate current LLM``, capture 117 p000005): the card went into the abstract
above. No sentence opens in lower case under a sentence's end, so a whole title in lower
case there is a title whatever its words (``breaks.title_piece``); the decoder weighs
the cut."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import title_piece

from .page_excerpts import card_pairs, folded_page, parse_page

# capture 117 p000005's lines 1391-1440 (two cards folded at 48)
P005 = [
    "Divisive Decisions: Improving Salience-Based",
    "Training for Generalization in Binary",
    "Classification Tasks",
    "Existing saliency-guided training approaches",
    "improve model generalization by incorporating a",
    "loss term that compares the model's class",
    "activation map (CAM) for a sample's true-class",
    "({\\it i.e.}, correct-label class) against a",
    "human reference saliency map. However, prior",
    "work has ignored the false-class CAM(s), that is",
    "the model's saliency obtained for",
    "incorrect-label class. We hypothesize that in",
    "binary tasks the true and false CAMs should",
    "diverge on the important classification features",
    "identified by humans (and reflected in human",
    "saliency maps). We use this hypothesis to",
    "motivate three new saliency-guided training",
    "methods incorporating both true- and false-class",
    "model's CAM into the training strategy and a",
    "novel post-hoc tool for identifying important",
    "features. We evaluate all introduced methods on",
    "several diverse binary close-set and open-set",
    "classification tasks, including synthetic face",
    "detection, biometric presentation attack",
    "detection, and classification of anomalies in",
    "chest X-ray scans, and find that the proposed",
    "methods improve generalization capabilities of",
    "deep learning models over traditional",
    "(true-class CAM only) saliency-guided training",
    "approaches. We offer source codes and model",
    "weights\\footnote{GitHub repository link removed",
    "to preserve anonymity} to support reproducible",
    "research.",
    "is length really a liability? an evaluation of",
    "multi-turn llm conversations using boolq",
    "Single-prompt evaluations dominate current LLM",
    "benchmarking, yet they fail to capture the",
    "conversational dynamics where real-world harm",
    "occurs. In this study, we examined whether",
    "conversation length affects response veracity by",
    "evaluating LLM performance on the BoolQ dataset",
    "under varying length and scaffolding conditions.",
    "Our results across three distinct LLMs revealed",
    "model-specific vulnerabilities that are",
    "invisible under single-turn testing. The",
    "length-dependent and scaffold-specific effects",
    "we observed demonstrate a fundamental limitation",
    "of static evaluations, as deployment-relevant",
    "vulnerabilities could only be spotted in a",
    "multi-turn conversational setting.",
]
SECOND = 33  # the second card's first line


def test_a_title_in_lower_case_under_a_sentences_end_is_a_title() -> None:
    """The sample cards folded at 48 in layout B, then p000005's two cards: each read
    back whole."""
    lines = folded_page(48, P005)
    records, _ = parse_page(lines)
    assert card_pairs(records)[-2:] == [
        (" ".join(P005[:3]), " ".join(P005[3:SECOND])),
        (" ".join(P005[SECOND : SECOND + 2]), " ".join(P005[SECOND + 2 :])),
    ]


def test_a_piece_in_lower_case_ends_only_under_a_sentences_end() -> None:
    """A whole title in lower case reading as a sentence ends over a capital only right
    under a sentence's end; a piece with a capital in it is weighed as before."""
    piece = P005[SECOND : SECOND + 2]
    assert title_piece(piece, P005[SECOND + 2], True)
    assert not title_piece(piece, P005[SECOND + 2], False)
    assert not title_piece(["we show that length is a liability in", piece[1]], "Single", False)
