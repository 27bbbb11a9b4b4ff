"""Round 31 (ux33): on a page folded narrower than its titles (a mail client's wrap at
40-60 columns, the space it broke at dropped: the ``capture`` arrangement's ``narrow``
trait) in layout B (no blank line), an abstract's last line fills the fold's width as
often as the next line's first word is long. There nothing on the page's widths tells the
abstract ended, and the next card's title, folded over two lines, ran on in it until its
own last line ended short: the title read as the abstract's last sentence, the next card's
abstract as its next paragraph (capture 115 p000701, below: ``… improved version of the
previous study at arXiv:2402.02526`` at 58 of 59 + ``Hybrid Vision Transformer_GAN
Attribute Neutralizer for`` + ``Mitigating Bias in Chest X_Ray Diagnosis`` + ``Bias in chest
X-ray classifiers …``). The unit's last lines that read as a whole title under prose
longer than one are offered as a cut (``last_breaks.break_before_folded_title``); the decoder
weighs it."""

from __future__ import annotations

from papercorpus.sources.pages.last_breaks import break_before_folded_title
from papercorpus.sources.pages.units import Unit

from .page_excerpts import card_pairs, folded_page, parse_page

# capture 115 p000701's lines 1360-1414 (two cards folded at 59)
P701 = [
    "COMPETESMOE -- STATISTICALLY GUARANTEED MIXTURE OF EXPERTS",
    "TRAINING VIA COMPETITION",
    "Sparse mixture of experts (SMoE) offers an appealing",
    "solution to scale up the model complexity beyond the mean",
    "of increasing the network's depth or width. However, we",
    "argue that effective SMoE training remains challenging",
    "because of the suboptimal routing process where experts",
    "that perform computation do not directly contribute to the",
    "routing process. In this work, we propose competition, a",
    "novel mechanism to route tokens to experts with the highest",
    "neural response. Theoretically, we show that the",
    "competition mechanism enjoys a better sample efficiency",
    "than the traditional softmax routing. Furthermore, we",
    "develop CompeteSMoE, a simple yet effective algorithm to",
    "train large language models by deploying a router to learn",
    "the competition policy, thus enjoying strong performances",
    "at a low training overhead. Our extensive empirical",
    "evaluations on both the visual instruction tuning and",
    "language pre-training tasks demonstrate the efficacy,",
    "robustness, and scalability of CompeteSMoE compared to",
    "state-of-the-art SMoE strategies. We have made the",
    "implementation available at:",
    "https://github.com/Fsoft-AIC/CompeteSMoE. This work is an",
    "improved version of the previous study at arXiv:2402.02526",
    "Hybrid Vision Transformer_GAN Attribute Neutralizer for",
    "Mitigating Bias in Chest X_Ray Diagnosis",
    "Bias in chest X-ray classifiers frequently stems from sex-",
    "and age-related shortcuts, leading to systematic",
    "underdiagnosis of minority subgroups. Previous pixel-space",
    "attribute neutralizers, which rely on convolutional",
    "encoders, lessen but do not fully remove this attribute",
    "leakage at clinically usable edit strengths. This study",
    "evaluates whether substituting the U-Net convolutional",
    "encoder with a Vision Transformer backbone in the",
    "Attribute-Neutral Framework can reduce demographic",
    "attribute leakage while preserving diagnostic accuracy. A",
    "data-efficient Image Transformer Small (DeiT-S) neutralizer",
    "was trained on the ChestX-ray14 dataset. Its edited images,",
    "generated across eleven edit-intensity levels, were",
    "evaluated with an independent AI judge for attribute",
    "leakage and with a convolutional neural network (ConvNet)",
    "for disease prediction. At a moderate edit level (alpha =",
    "0.5), the Vision Transformer (ViT) neutralizer reduces",
    "patient sex-recognition area under the curve (AUC) to",
    "approximately 0.80, about 10 percentage points below the",
    "original framework's convolutional U-Net encoder, despite",
    "being trained for only half as many epochs. Meanwhile,",
    "macro receiver operating characteristic area under the",
    "curve (ROC AUC) across 15 findings stays within five",
    "percentage points of the unedited baseline, and the",
    "worst-case subgroup AUC remains near 0.70. These results",
    "indicate that global self-attention vision models can",
    "further suppress attribute leakage without sacrificing",
    "clinical utility, suggesting a practical route toward",
    "fairer chest X-ray AI.",
]


def test_a_folded_title_under_an_abstracts_full_last_line_is_a_title() -> None:
    """The sample cards folded at 59 in layout B, then p000701's two cards: each card
    read back whole."""
    lines = folded_page(59, P701)
    records, _ = parse_page(lines)
    pairs = card_pairs(records)
    first = (" ".join(P701[:2]), " ".join(P701[2:24]))
    second = (" ".join(P701[24:26]), " ".join(P701[26:]))
    assert pairs[-2:] == [first, second]


def test_no_cut_inside_a_title_nor_under_a_sentence_going_on() -> None:
    """The cut is offered before the whole title only: not between a Title Cased title's
    lines, not before a piece in lower case ending a sentence the line above began (a
    comb's rest: ``… we find adversarial cases where`` + ``low-rank models do not exhibit
    saturation.``)."""
    u = Unit(1, P701[2:26])
    break_before_folded_title(u, P701[26], 59)
    assert [b[0] for b in u.breaks] == [22]
    prose = [*P701[2:22], "setups. Contrary to prior work, we find that",
             "co-occurs with it; we find adversarial cases where",
             "low-rank models do not exhibit saturation."]  # fmt: skip
    u = Unit(1, prose)
    break_before_folded_title(u, "Moreover, we show that effective rank is strongly", 59)
    assert u.breaks == []
