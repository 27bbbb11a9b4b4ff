"""Round 33 (ux39): on a page one greedy fold broke at a narrow width (a mail client's
wrap at 40-60 columns: the ``capture`` arrangement's ``narrow`` trait) in layout B, an
abstract that ends without a stop, its last line short of the fold, runs into the next
card's title in lower case: a sentence going on, to the intake, which joined the two with
no cut (``… balance between improved image quality and`` + ``efficient object detection``
at 26 of 49 + ``experimenting active and sequential learning in a`` + ``medieval music
manuscript``, capture 180 p000707; the next card's abstract then read as the same
abstract's next paragraph). A fold breaks a line at the last space that fits, so a line the
next word would have fitted on ended its paragraph, whatever the case of that word: the
intake offers a cut there on a page whose head shows one greedy fold
(``widths.greedy_fold``: no line left short of a word that fits under which a sentence
goes on, no line padded), a few columns short of it (``intake.FOLD_SHORT``), and the
decoder weighs it."""

from __future__ import annotations

from papercorpus.sources.pages.widths import greedy_fold

from .page_excerpts import CARDS, card_pairs, folded_page, parse_page, wrap

# capture 180 p000707's lines 1277-1335 (two cards folded at 49; soft hyphens as printed)
P707 = [
    "Adaptive Object Detection with ESRGAN-Enhanced",
    "Resolution & Faster R-CNN",
    "In this study, proposes a method for improved",
    "object detection from the low-reso\xadlution images",
    "by integrating Enhanced Super-Resolution",
    "Generative Adver\xadsarial Networks (ESRGAN) and",
    "Faster Region-Convo\xadlutional Neural Network",
    "(Faster R-CNN). ESRGAN enhances low-quality",
    "images, restoring details and improving clarity,",
    "while Faster R-CNN performs accurate object",
    "detection on the enhanced images. The combination",
    "of these techniques ensures better detection",
    "performance, even with poor-quality inputs,",
    "offering an effective solution for appl\xadications",
    "where image resolution is in consistent. ESRGAN",
    "is employed as a pre-processing step to enhance",
    "the low-resolution input image, effectively",
    "restoring lost details and improving overall",
    "image quality. Subsequently, the enhanced image",
    "is fed into the Faster R-CNN model for accurate",
    "object detection and loca\xadlization. Exper\xadimental",
    "results demonstrate that this inte\xadgrated approach",
    "yields superior perf\xadormance compared to",
    "trad\xaditional methods applied directly to",
    "low-resolution images. The proposed framework",
    "provides a promising solution for applications",
    "where image quality is variable or limited,",
    "enabling more robust and reliable object",
    "detection in challenging scenarios. It achieves a",
    "balance between improved image quality and",
    "efficient object detection",
    "experimenting active and sequential learning in a",
    "medieval music manuscript",
    "Optical Music Recog\xadnition (OMR) is a corn\xaderstone",
    "of music digitization init\xadiatives in cultural",
    "heritage, yet it remains limited by the scarcity",
    "of annotated data and the comp\xadlexity of",
    "hist\xadorical manuscripts. In this paper, we present",
    "a preliminary study of Active Learning (AL) and",
    "Sequential Learning (SL) tailored for object",
    "detection and layout recognition in an old",
    "medieval music manuscript. Leveraging YOLOv8, our",
    "system selects samples with the highest",
    "unce\xadrtainty (lowest prediction conf\xadidence) for",
    "iterative labeling and retraining. Our approach",
    "starts with a single annotated image and",
    "successfully boosts performance while mini\xadmizing",
    "manual labeling. Exper\xadimental results indicate",
    "that comp\xadarable accuracy to fully supervised",
    "training can be achieved with significantly fewer",
    "labeled examples. We test the methodology as a",
    "prel\xadiminary investigation on a novel dataset",
    "offered to the community by the Anonymous",
    "project, which studies laude, a poetical-musical",
    "genre spread across Italy during the 12th-16th",
    "Century. We show that in the manu\xadscript at-hand,",
    "unce\xadrtainty-based AL is not effective and",
    "advocates for more usable methods in",
    "data-scarcity scenarios.",
]
TITLE = 31  # the second card's first line


def test_a_line_the_fold_left_short_ends_its_paragraph() -> None:
    """The sample cards folded at 49 in layout B, then p000707's two cards: each read
    back whole, the second's title in lower case under the first's abstract ending open."""
    lines = folded_page(49, P707)
    records, _ = parse_page(lines)
    pairs = [(t.replace("\xad", ""), a.replace("\xad", "")) for t, a in card_pairs(records)]
    shown = [line.replace("\xad", "") for line in P707]
    assert pairs[-2:] == [
        (" ".join(shown[:2]), " ".join(shown[2:TITLE])),
        (" ".join(shown[TITLE : TITLE + 2]), " ".join(shown[TITLE + 2 :])),
    ]


def test_a_fold_is_greedy_where_no_line_is_left_short_of_a_word() -> None:
    """A fold leaves no line short of the next word where a sentence goes on under it; a
    typesetter's column set inside the fold does (its padding gone), and a justified one
    pads its lines with doubled spaces."""
    folded = [*wrap(CARDS[0]["abstract"], 49), *wrap(CARDS[1]["abstract"], 49)]
    assert greedy_fold(folded, 49)
    column = [*wrap(CARDS[0]["abstract"], 40), *wrap(CARDS[1]["abstract"], 40)]
    assert not greedy_fold(column, 49)
    padded = [line.replace(" ", "  ", 1) for line in folded]
    assert not greedy_fold(padded, 49)
