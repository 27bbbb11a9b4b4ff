# ruff: noqa: E501  (page lines as captured, up to 100 characters wide)
"""Failures seen on generated page sets the decoder was not tuned on (seeds 2 and 3 of
``benchmarks/pages_bench.py``), reduced to small pages: one test per failure class,
written before its fix."""

from __future__ import annotations

import pytest

from .page_excerpts import card_pairs as _pairs
from .page_excerpts import check_excerpt, load_excerpts
from .page_excerpts import parse_page as _parse

QUANTUM = "Quantum Precoded Polar Codes"
QUANTUM_LINES = [
    "We introduce a new family of CSS codes obtained from rate-1 precoded polar codes, which harnesses",
    "the precoding benefits obtained for classical short blocklength polar codes. We optimize the rate",
    "profile and precoder of these codes with a genetic algorithm, and present codes of dimension $",
    "[\\![256, 2 ]\\!] $ and $ [\\![512, 2]\\!] $ that have logical error rates similar to the $ [\\![1201, 1,",
    "25 ]\\!] $ surface code over the depolarizing channel.",
]
HERO = "Hybrid Reinforcement: When Reward Is Sparse, It's Better to Be Dense"
HERO_LINES = [
    "Post-training for reasoning of large language models (LLMs) increasingly relies on verifiable",
    "rewards: deterministic checkers that provide 0-1 correctness signals. While reliable, such binary",
    "feedback is brittle--many tasks admit partially correct or alternative answers that verifiers",
    "under-credit, and the resulting all-or-nothing supervision limits learning.",
]
ECG = "Digitizing Paper ECGs at Scale: An Open-Source Algorithm for Clinical Research"
ECG_LINES = [
    "Millions of clinical ECGs exist only as paper scans, making them unusable for modern automated",
    "diagnostics. We introduce a fully automated, modular framework that converts scanned or photographed",
    "ECGs into digital signals, suitable for both clinical and research applications.",
]
DROPOUT = "DropoutGS: Dropping Out Gaussians for Better Sparse-view Rendering"
DROPOUT_LINES = [
    "Although 3D Gaussian Splatting (3DGS) has demonstrated promising results in novel view synthesis,",
    "its performance degrades dramatically with sparse inputs and generates undesirable artifacts. As",
    "the number of training views decreases, the novel view synthesis task degrades to a highly",
    "under-determined problem.",
]

_HEAD = ["Get trending papers in your email inbox!", "Subscribe" + DROPOUT, *DROPOUT_LINES]


# The four cards of the bracket tests, each whole: nothing swallowed, nothing glued.
_EVERY_CARD = [
    (DROPOUT, " ".join(DROPOUT_LINES)),
    (HERO, " ".join(HERO_LINES)),
    (QUANTUM, " ".join(QUANTUM_LINES)),
    (ECG, " ".join(ECG_LINES)),
]


def test_a_latex_bracket_opening_a_line_is_content() -> None:
    """``[\\![256, 2 ]\\!] $`` opens a line inside a sentence: a bracket the text closes
    itself, not a markdown link wrapper (which would swallow the page)."""
    lines = [*_HEAD, HERO, *HERO_LINES, "8 authors", QUANTUM, *QUANTUM_LINES, "* 3 authors"]
    lines += [ECG, *ECG_LINES, "* 10 authors"]
    records, log = _parse(lines)
    assert _pairs(records) == _EVERY_CARD
    assert log.rejects == []


def test_a_bracket_that_never_closes_swallows_nothing() -> None:
    """A ``[`` opening a line whose wrapper never closes is given back as content."""
    lines = [*_HEAD, HERO, *HERO_LINES, QUANTUM, *QUANTUM_LINES[:3]]
    lines += ["[ see the appendix for the codes of dimension 256 and"]
    lines += ["512 over the depolarizing channel.", ECG, *ECG_LINES]
    records, _ = _parse(lines)
    titles = [r.title for r in records]
    assert titles[:3] == [DROPOUT, HERO, QUANTUM] and titles[-1] == ECG
    assert records[-1].abstract == " ".join(ECG_LINES)


def test_a_latex_bracket_on_a_page_with_link_wrappers() -> None:
    """On a page whose chrome opens and closes link wrappers (``[Upvote`` / ``207](…)``),
    a LaTeX bracket is still content: its wrapper would close on the wrong line."""
    up = ["[Upvote", "207](https://huggingface.co/login?next=%2Fpapers%2F2603.24389)"]
    lines = [*_HEAD, *up, HERO, *HERO_LINES, *up, QUANTUM, *QUANTUM_LINES]
    lines += [*up, ECG, *ECG_LINES, *up]
    records, log = _parse(lines)
    assert _pairs(records) == _EVERY_CARD
    assert log.rejects == []


# --------------------------------------------------------------------------- excerpts

# Excerpts of generated pages (seeds 2 and 3 of the page benchmark, 200k cards) where a
# card was lost, with the cards they hold: (title, abstract) as the page shows them.
EXCERPTS = load_excerpts("pages_excerpts.json")


def _excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", [n for n in EXCERPTS if "_bare_" not in n])
def test_two_titles_in_a_row_are_two_cards(name: str) -> None:
    """A card without an abstract, then a title: two titles, not one wrapped over two
    lines, when the lines' case forms differ (a Title Cased title's rest is Title
    Cased), when no wrap width fits the two lines (the second is wider than the first
    plus its first word), or on a page that shows its paragraphs on one line each."""
    _excerpt(name)


@pytest.mark.parametrize(
    "name",
    [
        "s2_p002812_after_bare_card_a_sentence_opens",
        "s2_p002169_after_bare_card_a_we_title",
        "s3_p001069_after_bare_card_a_question_title",
        "s2_p000725_two_bare_cards_in_a_row",
    ],
)
def test_a_title_after_a_card_without_abstract(name: str) -> None:
    """A card without an abstract, then a title and its abstract: the title is no
    abstract of the card before. ``… supervised learning`` + ``As real-world datasets …``:
    a sentence opens after a line that ended none, so that line was a title; ``We Argue
    to Agree: … for Tourism.`` is Title Cased from its first words, a title; the reading
    that finds ``Can we reconstruct … Parler-TTS?`` a title trails the best one for a
    while and must not be pruned before it wins. Two cards without an abstract in a row
    (``INFGEN: …`` + ``A Hierarchical … in Classroom Settings`` + ``Hybrid E-Assessment
    …``): the second title is no one-line abstract (judged alone, as the reading ends the
    abstract there), and prose does not go on in Title Case line after line."""
    _excerpt(name)


LONG_TITLES = [
    "WS-Net: Weak-Signal Representation Learning and Gated Abundance Reconstruction for"
    " Hyperspectral Unmixing via State-Space and Weak Signal Attention Fusion",
    "Towards Efficient and Robust Moment Retrieval System: A Unified Framework for"
    " Multi-Granularity Models and Temporal Reranking",
    "HOCA-Bench: Beyond Semantic Perception to Predictive World Modeling via Hegelian"
    " Ontological-Causal Anomalies",
    "SynerMedGen: Synergizing Medical Multimodal Understanding with Generation via Task"
    " Alignment in Clinical Settings",
    "Localizing Before Answering: A Benchmark for Grounded Medical Visual Question Answering"
    " with Hallucination Control",
    "Index Light, Reason Deep: Deferred Visual Ingestion for Visual-Dense Document Question"
    " Answering at Scale",
]
FILLING = (
    "The Devil Behind Moltbook: Anthropic Safety is Always Vanishing in Self-Evolving AI Societies"
)


@pytest.mark.parametrize("menu", ["Previous", "Enterprise"])
def test_a_menu_word_after_a_title_filling_the_width_is_chrome(menu: str) -> None:
    """``… in Self-Evolving AI Societies`` + ``Previous``: on a page that leaves its long
    titles on one line, a title that fills the page's wrap width by chance ends there; the
    site-menu word under it is chrome, not the title's last word (as it may be under a
    paragraph's full line, or a title the page wraps)."""
    abstracts = [HERO_LINES, DROPOUT_LINES, ECG_LINES, QUANTUM_LINES, HERO_LINES, ECG_LINES]
    lines = ["Get trending papers in your email inbox!", "Subscribe" + QUANTUM, *QUANTUM_LINES]
    for title, abstract in zip(LONG_TITLES, abstracts, strict=True):
        lines += [title, *abstract]
    lines += [FILLING, menu, "·", HERO, *HERO_LINES]
    records, log = _parse(lines)
    assert [r.title for r in records] == [QUANTUM, *LONG_TITLES, FILLING, HERO]
    assert (
        records[-2].abstract == ""
        and log.chrome.get("nav", 0) + log.chrome.get("pagination", 0) == 1
    )


def test_a_footer_under_the_last_heading_is_no_part_of_it() -> None:
    """``### PLAYFUL AGENTIC ROBOT LEARNING`` + ``Contact us at foo@example.com`` at the end
    of a markdown page: a card without an abstract, then a footer (a reject); a heading's
    wrapped rest holds no e-mail address and keeps the heading's case."""
    lines = ["Get trending papers in your email inbox!", f"### {HERO}", " ".join(HERO_LINES)]
    lines += ["·", f"### {ECG}", " ".join(ECG_LINES), "•", "Dec 22"]
    lines += ["### PLAYFUL AGENTIC ROBOT LEARNING", "Contact us at foo@example.com"]
    records, log = _parse(lines)
    assert [r.title for r in records] == [HERO, ECG, "PLAYFUL AGENTIC ROBOT LEARNING"]
    assert [d.line for d in log.rejects] == [len(lines)]


@pytest.mark.parametrize(
    "name", ["s3_p000181_title_before_author_count", "s2_p002406_title_before_author_count"]
)
def test_a_title_before_chrome_the_page_puts_under_titles(name: str) -> None:
    """A card without an abstract, then ``llms are already good tutors: … tutoring.`` /
    ``8 authors`` / ``·`` / its abstract: the page has put its ``N authors`` lines under
    titles only, so the text right above the next one is a title (or a title's last
    line), not the abstract of the card before. ``UAGLNet Repository: https://github.com/…``
    is that title's abstract: a paper's title holds no web address."""
    _excerpt(name)


@pytest.mark.parametrize(
    "name",
    [
        "s3_p000050_long_abstract_glued",
        "s3_p000945_long_abstract_glued",
        "s3_p002150_long_abstract_glued",
    ],
)
def test_two_abstracts_are_not_one_too_long(name: str) -> None:
    """Layout B, abstracts wrapped at the page's width, a title line between two of them
    that fills the width by chance (``Thermeval: … thermal imagery.``, ``Methods for
    evaluating … satellite images``): read as one abstract, it would be longer than arXiv
    lets an abstract be (1,920 characters), so the reading that ends the first abstract
    at the title must survive until the glued one pays for its length. A paragraph may
    end at a bare web address (``… available at alignmentpretraining.ai``) and a title
    start under it."""
    _excerpt(name)


def test_a_title_is_no_abstract_of_a_few_words() -> None:
    """Two cards without an abstract in a row (``Tokenization with Split Trees``, then
    ``Position! Enough of Scaling LLMs! Lets Focus on Downscaling``, each with its
    chrome): the second title is no abstract of the first card. An abstract (or a
    one-line summary) shorter than 65 characters is rare, so the card ending with one
    pays."""
    _excerpt("s3_p000587_short_abstract")


def test_two_ids_between_two_cards_are_one_each() -> None:
    """``… abstract`` / ``login?next=%2Fpapers%2F2508.08604`` / ``papers/2604.11843`` /
    the next title / ``login?next=%2Fpapers%2F2604.11843`` (the ``url`` arrangement): the
    card above had no id before them, so the first id between the two cards is its own,
    the last the next card's, whatever kind of link carries each (the upvote link after
    an abstract was taken for the next card, the paper link for the card above: the two
    neighbours swapped their ids)."""
    login, paper = (
        "https://huggingface.co/login?next=%2Fpapers%2F",
        "https://huggingface.co/papers/",
    )
    lines = [*_HEAD, HERO, *HERO_LINES, f"{login}2508.08604", f"{paper}2604.11843"]
    lines += [ECG, f"{login}2604.11843", *ECG_LINES]
    records, _ = _parse(lines)
    assert [(r.title, r.arxiv_id) for r in records] == [
        (DROPOUT, None),
        (HERO, "2508.08604"),
        (ECG, "2604.11843"),
    ]


# --------------------------------------------------------------------------- fourth pass
# Failures on seeds 9 and 10 of the page benchmark (200k cards each), reduced to small
# hand-written pages: one test per failure class, written before its fix.


def _wrap(text: str, width: int = 80) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


ALPHA = "Sparse Routing Makes Mixtures of Experts Cheap to Serve at Scale"
ALPHA_ABS = (
    "Mixture-of-experts models route each token to a few experts, but serving them is"
    " expensive because the experts of one layer rarely fit on one device. We show that"
    " routing decisions are predictable from the previous layer and use this to prefetch"
    " experts before they are needed. On three open models our scheduler cuts the"
    " latency of a batch by a third without changing its outputs."
)
BETA = "Counting Trees from Above with Weak Labels and Few Drone Flights"
BETA_ABS = (
    "Forest inventories still rely on people walking through plots and counting trees"
    " by hand. We train a detector from a handful of drone flights labelled only with a"
    " count per image, and show that it transfers across seasons and sensors. The"
    " counts it gives are within five percent of the manual inventory on two sites."
)
DELTA = "Learning to Schedule Irrigation from Soil Moisture Forecasts"
DELTA_ABS = (
    "Irrigation schedules are usually fixed in advance and ignore the weather to come."
    " We learn a policy that reads a week of soil moisture forecasts and decides when to"
    " water each field. Over two growing seasons on forty farms the policy used a fifth"
    " less water than the fixed schedules while keeping yields the same, and it needed"
    " no sensor in the fields once the forecasts were calibrated for the region."
)
# an abstract of two lines (cut short by its author, or by the capture)
SHORT_ABS = (
    "Forest inventories still rely on people walking through plots and counting trees"
    " by hand, which takes weeks; drones could count them from above in an afternoon."
)
GAMMA_ABS = (
    "Evaluation suites for code assistants mostly test whether a single function"
    " passes its unit tests. We collect two thousand tasks that require editing"
    " several files of a real repository and find that the best assistants solve"
    " fewer than one in five of them, mostly failing to locate the code to change."
)


def test_a_line_wider_than_the_page_width_is_no_wrapped_line() -> None:
    """Layout B, abstracts wrapped at 80 columns: a title in lower case ending in a
    period, wider than any line the page wraps (83 characters), right under an abstract
    whose last line ends a sentence and fills the width: no line of a paragraph wrapped
    at 80 columns is 83 wide, so it starts a unit of its own (a title), whatever the
    line above it."""
    title = "repobench: a benchmark of multi-file edits for evaluating code assistants at scale."
    assert len(title) > 82
    lines = ["Get trending papers in your email inbox!", "Subscribe" + ALPHA, *_wrap(ALPHA_ABS)]
    lines += [DELTA, *_wrap(DELTA_ABS), BETA, *_wrap(SHORT_ABS), title, *_wrap(GAMMA_ABS)]
    records, _ = _parse(lines)
    assert _pairs(records) == [
        (ALPHA, ALPHA_ABS),
        (DELTA, DELTA_ABS),
        (BETA, SHORT_ABS),
        (title, GAMMA_ABS),
    ]


def test_a_wide_title_under_an_unfinished_abstract_line() -> None:
    """The same, under an abstract's last line that ends no sentence and leaves room
    for the next word (``… produced by the imaging software``): the wide title line is
    no part of that paragraph, though nothing but its width says so."""
    title = (
        "x*y Multi-Agent Reinforcement Learning for Dynamic Allocation of Shared Bikes in Cities"
    )
    cut = _wrap(BETA_ABS)[:-1] + [
        "counts it gives are within five percent of the inventory made by"
    ]
    lines = ["Get trending papers in your email inbox!", "Subscribe" + ALPHA, *_wrap(ALPHA_ABS)]
    lines += [DELTA, *_wrap(DELTA_ABS), BETA, *cut, title, *_wrap(GAMMA_ABS)]
    last = lines[-len(_wrap(GAMMA_ABS)) - 2]
    assert len(last) > 60 and len(last) + 5 < 80  # the next word would have fitted
    records, _ = _parse(lines)
    assert [r.title for r in records] == [ALPHA, DELTA, BETA, title]
    assert records[2].abstract == " ".join(cut)
    assert records[3].abstract == GAMMA_ABS


@pytest.mark.parametrize("before", [[], ["Datasets", ""]])
def test_a_first_card_without_abstract_before_a_menu_word_is_no_search_echo(
    before: list[str],
) -> None:
    """``Daily`` / ``Weekly`` / ``Monthly`` / ``Jan 8`` / a title / ``Pricing`` / the next
    card: a page that puts site-menu words between its cards shows its first card
    without an abstract right above one. A search echo is the page's query, in its
    header (it touches the header or the view switcher): a menu word under a line does
    not make it one."""
    lines = ["Daily Papers", "", "Get trending papers in your email inbox!", "", "Subscribe", ""]
    lines += ["vision language retrieval", "", "Daily", "Weekly", "Monthly", "", "Jan 8", ""]
    lines += [*before, ALPHA, "", "Pricing", "", BETA, "", BETA_ABS, "", "Docs", ""]
    lines += [DELTA, "", DELTA_ABS]
    records, log = _parse(lines)
    assert _pairs(records) == [(ALPHA, ""), (BETA, BETA_ABS), (DELTA, DELTA_ABS)]
    assert log.chrome["search"] == 1


def test_a_name_with_its_profile_link_under_a_full_line_is_an_organisation() -> None:
    """`` Tencent ARC Lab`` + ``https://huggingface.co/TencentARCLab`` + ``·`` under an
    abstract's last line that fills the page's width and ends no sentence, on a page that
    puts its ``·`` lines under titles: the profile link is the organisation's own mark,
    wherever the page puts its ``·``, so the name is no line of the abstract."""
    cut = _wrap(DELTA_ABS)[:-1]  # (cut by the capture, as the generator cuts some)
    lines = ["Get trending papers in your email inbox!", "Subscribe" + ALPHA, "·"]
    lines += [*_wrap(ALPHA_ABS), BETA, "·", *_wrap(BETA_ABS), DELTA, "·", *cut]
    lines += [" Tencent ARC Lab", "https://huggingface.co/TencentARCLab", "·", "Apr 17, 2024"]
    lines += [ALPHA, *_wrap(GAMMA_ABS)]
    assert len(cut[-1]) >= 78 and not cut[-1].endswith(".")
    records, log = _parse(lines)
    assert [r.title for r in records] == [ALPHA, BETA, DELTA, ALPHA]
    assert records[2].abstract == " ".join(cut)
    assert log.chrome["org"] == 1


def test_a_short_name_is_no_title() -> None:
    """A card without an abstract (``CONDITIONAL REPRESENTATION …``), then a title in lower
    case ending in ``.``, then `` Meta AI`` / ``·`` / a date / the abstract, on a page that
    puts its ``·`` lines under titles: ``Meta AI`` is the organisation's line, not the
    title of the abstract under it. No title of the 75,874 real ones the page generator
    draws from is under 10 characters, so a title that short pays."""
    bare = "CONDITIONAL REPRESENTATION LEARNING FOR CUSTOMIZED TASKS"
    lower = "vrm: teaching reward models to understand authentic human preferences."
    lines = ["Get trending papers in your email inbox!", "Subscribe" + ALPHA, "·", ALPHA_ABS]
    lines += [BETA, "·", BETA_ABS, DELTA, DELTA_ABS, bare, lower]
    lines += [" Meta AI", "·", "Dec 17, 2022", GAMMA_ABS]
    records, log = _parse(lines)
    assert _pairs(records) == [
        (ALPHA, ALPHA_ABS),
        (BETA, BETA_ABS),
        (DELTA, DELTA_ABS),
        (bare, ""),
        (lower, GAMMA_ABS),
    ]
    assert log.chrome["org"] == 1


def test_a_title_ending_in_a_name_with_a_plus_is_no_run_on_line() -> None:
    """``Upvote`` / ``-`` / ``… for Cross-Lingual Transfer in URIEL+`` filling the page's
    width / its abstract wrapped under it (layout B): the title and the abstract were one
    unit, rejected as text without a title. A ``+`` closing a word (``URIEL+``, ``C++``)
    is a name's mark, not a line running on into the next: the intake offers the cut."""
    title = "F_1 Modality Matching Matters: Calibrating Language Distances for Cross-Lingual Transfer in URIEL+"
    abstract = (
        "Existing linguistic knowledge bases such as URIEL+ provide valuable geographic,"
        " genetic and typological distances for cross-lingual transfer but suffer from two"
        " key limitations. One, their one-size-fits-all vector representations are"
        " ill-suited to the diverse structures of linguistic data, and two, they lack a"
        " principled method for aggregating these signals into a single score."
    )
    lines = ["Get trending papers in your email inbox!", "Subscribe" + ALPHA]
    lines += [*_wrap(ALPHA_ABS, 98), "Upvote", "-", BETA, *_wrap(BETA_ABS, 98), "Upvote", "-"]
    lines += [title, *_wrap(abstract, 98), "Upvote", "-", DELTA, *_wrap(DELTA_ABS, 98)]
    records, log = _parse(lines)
    assert _pairs(records) == [
        (ALPHA, ALPHA_ABS),
        (BETA, BETA_ABS),
        (title, abstract),
        (DELTA, DELTA_ABS),
    ]
    assert log.rejects == []


def test_a_first_title_with_a_capitalised_connective_is_no_organisation() -> None:
    """A first card without an abstract, ``Aesthetics Without Semantics`` / ``· Published
    on Jul 8, 2025`` (seed 10, ``no_abstract`` page): three capitalised words above
    ``· date`` read as an organisation's line, and the card was lost. A title's
    connective written capitalised inside a name (``Without``, ``via``/``Via``,
    ``Towards``) is a title's mark: organisations are named with ``of``/``for``/``and``."""
    first = "Aesthetics Without Semantics"
    second = "The Generalization Ridge: Information Flow in Natural Language Generation"
    second_abs = (
        "Transformer-based language models have achieved state-of-the-art performance in"
        " natural language generation (NLG) tasks, yet their internal mechanisms for"
        " synthesizing task-relevant information remain insufficiently understood."
    )
    lines = ["Get trending papers in your email inbox!", "", "Subscribe", ""]
    lines += ["Daily", "Weekly", "Monthly", "", "Nov 13", ""]
    lines += ["[46](https://huggingface.co/login?next=%2Fpapers%2F2505.05331)", ""]
    lines += ["https://huggingface.co/papers/2505.05331", "", first, ""]
    lines += ["· Published on Jul 8, 2025", ""]
    lines += ["https://huggingface.co/login?next=%2Fpapers%2F2507.05387", "", " [-] 1", ""]
    lines += [second, "", second_abs, "", "Jun 5, 2019", "", " [-] 1", ""]
    lines += ["https://huggingface.co/papers/2605.31227", "", HERO, "", " ".join(HERO_LINES), ""]
    lines += [
        "4 authors](https://huggingface.co/papers/2605.31227)",
        "",
        "· Published on May 28, 2026",
    ]
    records, log = _parse(lines)
    assert _pairs(records) == [(first, ""), (second, second_abs), (HERO, " ".join(HERO_LINES))]
    assert log.chrome.get("org", 0) == 0


# Excerpts of fresh page sets (default seed 21, new family seed 7: never tuned on before)
# where a card was lost, with the cards they hold.
FRESH = load_excerpts("pages_fresh.json")


@pytest.mark.parametrize("name", [n for n in FRESH if "_flat_page_" in n])
def test_a_page_that_wraps_nothing_ends_a_paragraph_at_its_line(name: str) -> None:
    """On a page that shows its paragraphs on one line each, a line break ends a
    paragraph: a lower-cased title under an abstract that ends without a period (``…
    unavailable or unreliable`` + ``x*y DP$^2$O-SR: …``) is no sentence going on, and a
    one-line summary over a title (``… due to potential applications.`` + ``Sun sensor
    calibration algorithms: …``) is no wrap that teaches the page a width of 95, and a
    site-menu line under an abstract ending in ``:`` (``… Slide by NotebookLM:`` +
    ``Page 1 of 3``) is the menu, not the abstract's sentence going on. The page's first
    wrapped abstract (two lines of one width, 70 and 75 columns) still teaches its
    width: its first line is no title of its own (default seed 22, held out)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_display_math_" in n])
def test_a_display_formula_stays_in_its_abstract(name: str) -> None:
    """A capture that keeps an abstract's own line breaks shows a LaTeX display on lines of
    its own (``satisfying`` / ``\\[`` / ``\\frac{…},`` / ``\\]`` / ``we define …``): those
    lines are neither titles nor an abstract's start, and the abstract's title is no last
    line of the abstract above (default seed 21, ``bare`` layout B: 1 lost, 1 glued, 15
    extra records)."""
    check_excerpt(FRESH[name])


def test_display_delimiters_join_their_paragraph() -> None:
    """``$$`` and ``\\begin{…}`` … ``\\end{…}`` hold a display as ``\\[`` … ``\\]`` do (a
    ``-`` line inside is the formula's, not an upvote placeholder); a line opening in
    capitals under a display is weighed as a title, as anywhere."""
    first = "Hull dimensions of projective codes"
    first_lines = [
        "We study the hull of the code for every integer $r$ and every $v$ satisfying",
        "$$",
        "r < v",
        "-",
        "2r,",
        "$$",
        "and we compute its dimension for every prime power $q$ with",
        "\\begin{equation}",
        "q \\geq 3.",
        "\\end{equation}",
        "which settles the question left open by earlier work on these codes.",
    ]
    second = "Learning to Rank Codes with Small Hulls"
    second_abs = (
        "We rank linear codes by the dimension of their hull with a learned scoring function."
    )
    lines = ["Daily Papers", "Get trending papers in your email inbox!", "Subscribe"]
    lines += [first, *first_lines, second, second_abs]
    records, _ = _parse(lines)
    assert _pairs(records) == [(first, " ".join(first_lines)), (second, second_abs)]


@pytest.mark.parametrize("name", [n for n in FRESH if "_question_under_" in n])
def test_an_abstract_rarely_ends_in_a_question(name: str) -> None:
    """An abstract's last line that fills the page's width (``… dense vegetation
    monitoring.`` at 100 of 100) then a question (``If pigs could fly... can llms
    logically reason through counterfactuals?``) then a title: the question is a card
    without an abstract, not the abstract's last sentence (19 of 93,867 real abstracts end
    in ``?``; default seed 21, ``bare`` layout B)."""
    check_excerpt(FRESH[name])


def test_a_one_line_abstract_may_end_in_a_question() -> None:
    """The question cost is for a piece going on an abstract begun above it, not for an
    abstract of one line: ``Stochastic Streets: …`` / ``Large Language Models (LLMs) are
    capable of … can they generate random street addresses for European cities?`` (day
    11 of the 1M scale corpus, layout A) is one card with its abstract."""
    t1 = "All Roads Lead to Rome: Graph-Based Confidence Estimation for Large Language Model Reasoning"
    a1 = (
        "Confidence estimation is essential for the reliable deployment of large language "
        "models (LLMs). Existing methods are primarily designed for factual QA tasks."
    )
    t2 = "Stochastic Streets: A Walk Through Random LLM Address Generation in four European Cities"
    a2 = (
        "Large Language Models (LLMs) are capable of solving complex math problems or answer "
        "difficult questions on almost any topic, but can they generate random street "
        "addresses for European cities?"
    )
    t3 = "Compliance-to-Code: Enhancing Financial Compliance Checking via Code Generation"
    a3 = (
        "Nowadays, regulatory compliance has become a cornerstone of corporate governance, "
        "ensuring adherence to systematic legal frameworks."
    )
    lines = [t1, "", a1, "", t2, "", a2, "", t3, "", a3]
    records, _ = _parse(lines)
    assert _pairs(records) == [(t1, a1), (t2, a2), (t3, a3)]


@pytest.mark.parametrize("name", [n for n in FRESH if "_acronym_" in n])
def test_a_line_opening_with_an_acronym_goes_on_from_the_line_above(name: str) -> None:
    """``… and Neural Radiance Fields`` + ``(NeRF) have achieved …``: a line opening with
    an acronym in brackets after a line that ends no sentence is that sentence going on;
    the line above is no title (no cut is offered there). With the abstract whole, the
    search echo (``Long-context ASR`` over ``Daily`` ``Weekly`` ``Monthly``) is the
    page's query and the title ending in ``.`` under ``·`` its first card's title
    (default seed 21, ``dot_first`` layout B: the echo was read as the first title). An
    acronym spelled across the break (``… of Large Language`` + ``Models (LLMs)-such as
    …``) is the same evidence: the Title Cased first line of an abstract is no title."""
    check_excerpt(FRESH[name])


def test_a_formula_wrapped_at_the_width_opens_no_display() -> None:
    """A line that opens with ``\\begin{cases}`` and goes on (a formula wrapped at the
    page's width, its ``\\end{cases}`` in a later line's middle) opens no display: the
    next card's title is not swallowed into it (default seed 21 p002276, found by the
    benchmark after the display change)."""
    first = "Recursive Structure of Hulls of PRM Codes"
    first_lines = [
        "For a nonnegative integer $r$ and a positive integer $v$ satisfying \\[ \\frac{r}{2}<v, \\]",
        "we define the combinatorial numbers \\[ A_r(v)=",
        "\\begin{cases} \\displaystyle \\sum_{t=r(q-1)-v}^{v}\\",
        "\\sum_{j=0}^{r}(-1)^j\\binom{r}{j}, & r>0,\\\\[1.2ex] 1, & r=0. \\end{cases} \\] and we",
        "determine the dimension of the hull of every projective Reed-Muller code.",
    ]
    second = "eBrain3D: Brain Report Automation via Inflated Vision Transformers in 3D"
    second_abs = (
        "Current medical vision-language models process volumetric brain MRI using 2D slices."
    )
    lines = ["Daily Papers", "Get trending papers in your email inbox!", "Subscribe"]
    lines += [first, *first_lines, "170", second, second_abs]
    records, _ = _parse(lines)
    assert _pairs(records)[-1] == (second, second_abs)


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_in_capitals" in n])
def test_a_menu_word_under_a_title_in_capitals_is_the_menu(name: str) -> None:
    """A title in capitals filling the page's width by chance (``HALF-PHYSICS: … WITH
    PHYSICAL INTERACTIONS`` at 75 of 80) over a site-menu word (``Enterprise``): a title
    keeps its capitals on its wrapped rest, so the word is the menu, not the title's last
    word (default seed 21, ``between`` layout B: the one leak)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_wider_line_ends_" in n])
def test_a_line_wider_than_the_page_width_ends_there(name: str) -> None:
    """A lower-cased title left on its line at 123 columns on a page wrapped at 100
    (``biological sex determination … of pelvis and skull``), a card without an abstract,
    over the next card's lower-cased title (``cross-lingual empirical evaluation … tasks.``):
    the wide line was not wrapped at the page's width, so the intake offers a cut after
    it and the two titles are two cards (default seed 22, ``bare`` layout B: one unit)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_titles_on_one_line" in n])
def test_a_page_that_never_wraps_its_titles(name: str) -> None:
    """On a page that has left eight titles wider than its width on one line and wrapped
    none, a title filling 69 of 80 columns by chance (``SSGaussian: … 3D Style
    Transfer``, a card without an abstract) is not wrapped onto the next card's title
    (``Generalizing Large Language Model Usability Across Resource-Constrained.``): the
    habit then costs a title's rest more (default seed 22, ``bare`` layout B)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_rest_with_a_colon" in n])
def test_a_page_that_wraps_its_titles(name: str) -> None:
    """A reader view wraps titles at its width: ``Dynamical System Characterization of
    Heterogeneous Walker Satellite`` + ``Networks: An Orbit-Aware Stochastic Geometry
    Perspective`` is one title. Once the page has wrapped three titles and left none on
    one line, a line under a title line that filled the width is its rest (the intake
    had not joined it: the fill is weighed for a title's rest all the same), and a word
    of the language then a colon (``Networks:``) is no name a title opens with (default
    seed 21, ``reader`` layout B: a card without an abstract, then an extra card)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_rest_no_page_width" in n])
def test_a_page_that_wraps_its_titles_and_no_abstract(name: str) -> None:
    """A reader view whose abstracts are one line each shows no wrap width but its
    titles': once it has wrapped three of them, a line under a title line that filled a
    usual capture width is its rest (``SAM2-ELNet: … for Remote Sensing`` at 73 +
    ``Segmentation``), not a card without an abstract then a one-word title (default
    seed 12, ``reader`` layout B)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_before_mid_chrome" in n])
def test_a_title_without_a_period_before_mid_chrome(name: str) -> None:
    """A unit closed by chrome the page puts between titles and abstracts only (``8
    authors`` / ``•``) may end with a title that ends no sentence: ``… publicly available
    on GitHub`` at 79 of 100 columns left room for the next line's first word, so ``x*y
    Scalable and consistent … using text embeddings`` is the next card's title, not the
    abstract's last line (default seed 22, ``authors_dot`` layout B: 1 lost, 1 glued)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_over_capital" in n])
def test_a_title_over_a_line_opening_in_capitals(name: str) -> None:
    """On a compact page (no blank lines, no chrome between cards), a one-line title
    under an abstract's last sentence is no wrapped line of that abstract when the line
    under it opens in capitals and shares its words: ``Jsover: … from single-energy ct
    projections`` + ``Multi-material decomposition (MMD) enables …`` (a sentence going
    on opens its next line in capitals at 4% of breaks; an abstract under its title, at
    nearly all), though both lines fill the page's width (default seeds 21 and 22,
    ``bare`` layout B: a card lost and an abstract glued each)."""
    check_excerpt(FRESH[name])


_MOTION_PAGE = [
    (
        "Garments2Look: A Multi-Reference Dataset for Outfit-Level Virtual Try-On",
        "· Jul 15",
        "Virtual try-on (VTON) has advanced single-garment visualization, yet real-world "
        "fashion centers on full outfits with multiple garments. We introduce Garments2Look, "
        "the first large-scale multimodal dataset for outfit-level VTON, comprising 80K pairs "
        "across 40 major categories. Results show current methods struggle to try on complete "
        "outfits seamlessly.",
    ),
    (
        "DeepPHY: Benchmarking Agentic VLMs on Physical Reasoning",
        "· Nov 8",
        "Although Vision Language Models (VLMs) exhibit strong perceptual abilities, their "
        "physical reasoning remains limited. DeepPHY integrates multiple physical reasoning "
        "environments of varying difficulty levels and incorporates fine-grained evaluation "
        "metrics. Our evaluation finds that even state-of-the-art VLMs struggle to translate "
        "descriptive physical knowledge into precise, predictive control.",
    ),
    ("When Cloud Agents Meet Device Agents: Lessons from Hybrid Multi-Agent Systems", "", ""),
    (
        "Human Motion Unlearning",
        "· Dec 6, 2022",
        "We introduce the task of human motion unlearning to prevent the synthesis of toxic "
        "animations while preserving the general text-to-motion generative performance. "
        "Unlearning toxic motions is challenging as those can be generated from explicit text "
        "prompts and from implicit toxic combinations of safe motions.",
    ),
    (
        "SATBench: Benchmarking LLMs' Logical Reasoning via Automated Puzzle Generation from "
        "SAT Formulas",
        "· Mar 12, 2023",
        "We introduce SATBench, a benchmark for evaluating the logical reasoning capabilities "
        "of large language models through logical puzzles derived from Boolean satisfiability "
        "problems. It provides a scalable testbed for future research in logical reasoning.",
    ),
]


def test_a_name_whose_words_open_the_text_under_its_chrome_is_a_title() -> None:
    """A short Title Cased line over ``· Dec 6, 2022`` reads as an organisation's name,
    but its words open the text under that date (``Human Motion Unlearning`` + ``We
    introduce the task of human motion unlearning …``): a title over its abstract, not
    the organisation of the card above, which has none (default seed 25, ``reader``
    layout B: a card lost, an abstract glued to the card above)."""
    lines = [line for card in _MOTION_PAGE for line in card if line]
    records, log = _parse(lines)
    assert _pairs(records) == [(title, abstract) for title, _, abstract in _MOTION_PAGE]
    assert log.chrome.get("org", 0) == 0


@pytest.mark.parametrize("name", [n for n in FRESH if "_lower_rest_after_chrome" in n])
def test_a_short_line_whose_sentence_goes_on_in_lower_case_is_no_title(name: str) -> None:
    """An abstract's first line under ``· Published on …``, left alone by the intake
    (the author wrapped it narrower than the page's width: ``Large Vision-Language
    Models (LVLMs) recently achieve significant`` at 65 of 80 columns), is judged as an
    abstract together with the line under it that goes on in lower case
    (``breakthroughs in understanding …``), not as a short text ending no sentence: the
    card's abstract, not a title whose abstract opens in lower case (default seed 21,
    ``reader`` layout B: an extra record, the card above left without its abstract)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_lower_title_after_blank" in n])
def test_a_lower_case_line_after_a_blank_line_does_not_go_on_a_sentence(name: str) -> None:
    """The rule of ``test_a_short_line_whose_sentence_goes_on_in_lower_case_is_no_title``
    holds within a paragraph: on a page that sets every card apart with blank lines,
    ``ChestGPT: … Chest X-Rays`` over a blank line and ``investigating transcription
    normalization in the faetar asr benchmark`` (a lower-cased title) are two cards
    without abstracts, not the card above's abstract (conv seed 3, ``c_reader``: two
    cards lost)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_comma_line_under_sentence" in n])
def test_a_line_with_a_comma_under_a_sentence_end_is_no_title(name: str) -> None:
    """The rule of ``test_a_title_over_a_line_opening_in_capitals`` does not take a
    line holding a comma for a title (4% of titles have one): ``Notably, the base
    LLaMA-3 8B model already performs comparably to the finetuned`` + ``LLaMA-2 70B
    model, …`` share ``model`` and ``llama`` but go on one sentence (default seed 25,
    ``bare`` layout A: an extra record with the rule's first version)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_cased_first_line_over_capital" in n])
def test_a_title_cased_line_over_a_capital_line_opens_no_abstract(name: str) -> None:
    """Under a title, a line that could be a whole title (Title Cased, no sentence end)
    then a line opening in capitals are the next card's title and its abstract, not the
    first card's abstract: ``[RET] Prototype-Based … Segmentation`` (a card without an
    abstract) + ``Shape Bias and Robustness Evaluation … Segmentation`` + ``Previous works
    studied …`` (default seed 21, ``org`` layout B: a card lost, an abstract glued)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_open_line_before_a_title" in n])
def test_an_abstract_does_not_end_on_an_open_line_before_a_title(name: str) -> None:
    """A title-sized line ending no sentence, under an abstract's last sentence end and
    right before the next title (``… in real-world scenarios.`` + ``E-sam: training-free
    segment every entity model`` + ``A Survey on SAR Ship Classification …``), is a card
    without an abstract, not the abstract's last line: 0.8% of real abstracts end without
    a sentence end or a web address (default seed 21, ``bare`` layout B: a card lost, an
    abstract glued)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_rest_over_a_dot_of_unknown_habit" in n])
def test_a_name_under_a_full_title_line_over_a_dot_is_its_rest(name: str) -> None:
    """A one-word line under a title line it would have overflowed, over a ``·`` line
    with a date, on a page that has not shown whether its ``·`` lines go under titles or
    under organisations' names, is the title's rest: ``EditID: … for Text-to-Image`` +
    ``Generation`` + ``· Jan 14, 2020`` + ``We propose EditID, …`` (default seed 21,
    ``reader`` p000141, the cards between cut out: the page's first ``·``; the full page
    read it right only once two ``·`` lines under titles were decided before it)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_name_read_as_rest_revised_" in n])
def test_a_name_read_as_a_rest_is_revised_by_the_page_under_it(name: str) -> None:
    """A name right under a title that filled the page's width, read as the title's rest
    when read, is the card's organisation once the page's later cards show it as one:
    ``Handling Weak Complementary … Emotion Recognition`` (79 of 80) + ``Salesforce`` + ``·
    Published on Apr 8``, then `` Salesforce`` with its profile link and a title of 103
    characters left on one line (default seed 21, ``mid_org`` p000310); w3m's ``• A Closer
    Look … Patterns and Biases`` (80 of 80) + ``Tsinghua University``, then ``Tsinghua
    University`` under another card (conv seed 3, ``c_w3m`` p000808, the cards between cut
    out). The name leaked into the title. The record keeps it as its organisation, its
    line counted as an organisation's (``revise``)."""
    check_excerpt(FRESH[name])
    records, _ = _parse(FRESH[name]["lines"])
    org = "Salesforce" if "_d21_" in name else "Tsinghua University"
    assert records[1].meta.get("org") == org


@pytest.mark.parametrize("name", [n for n in FRESH if "_rest_read_as_a_name_revised_" in n])
def test_a_rest_read_as_a_name_is_revised_by_the_page_under_it(name: str) -> None:
    """The other way round: ``Handling Weak … for Audio-Visual Emotion`` + ``  Recognition``
    + ``· Published on Aug 9, 2023``, read as a title and its organisation on a page that
    had shown no ``·`` yet, is one title once the page's later cards put their ``·`` lines
    under titles (two, none under a name but this one): the name's marks over a ``·`` are
    then a title's (default seed 21, ``reader`` p000316, the cards between cut out: the
    title lost its rest, and ``Recognition`` counted as an organisation's)."""
    check_excerpt(FRESH[name])
    records, log = _parse(FRESH[name]["lines"])
    assert "org" not in records[0].meta
    assert log.chrome.get("org", 0) == 0


@pytest.mark.parametrize("name", [n for n in FRESH if "_dot_under_prose_keeps_a_name" in n])
def test_a_dot_under_an_abstract_revises_no_name(name: str) -> None:
    """A name read as the card's organisation is taken back as its title's rest only on a
    page that puts its ``·`` lines under titles: ``MExD: … Whole-Slide Image
    Classification`` + `` ByteDance Seed`` + ``·`` + ``Jun 3, 2022`` stays the card's
    organisation on a page whose other ``·`` lines sit under abstracts (default seed 21,
    ``shuffled`` p001217: the first version of the reverse revision glued the name)."""
    check_excerpt(FRESH[name])
    records, _ = _parse(FRESH[name]["lines"])
    assert records[1].meta.get("org") == "ByteDance Seed"


@pytest.mark.parametrize("name", [n for n in FRESH if "_names_wait_for_the_whole_page" in n])
def test_a_name_is_taken_back_as_a_rest_only_on_the_whole_page(name: str) -> None:
    """``bs-mamba for black-soil … plateau`` + `` Google`` + ``· Dec 22, 2020`` and
    ``PEBench: … Models`` + ``Microsoft`` + ``· Aug 5, 2022``, under two ``·`` lines
    under titles, stay the cards' organisations: the page goes on to put ``·`` lines
    under names too (``Alibaba Group`` + ``·``), so a name read as one is taken back as
    its title's rest only on what the whole page shows (default seed 21, ``mid_org``
    p002471: the reverse revision's second version glued both names, deciding as soon as
    two ``·`` lines under titles had shown)."""
    check_excerpt(FRESH[name])
    records, _ = _parse(FRESH[name]["lines"])
    assert [r.meta.get("org") for r in records[1:3]] == ["Google", "Microsoft"]


@pytest.mark.parametrize("name", [n for n in FRESH if "_lower_title_over_a_title_cased_one" in n])
def test_a_title_cased_line_under_a_lower_case_title_may_open_the_next(name: str) -> None:
    """A title in lower case wrapped over two lines (``chord: generation of … digital
    twins`` + ``for 3d indoor scenes … layouts``, a card without an abstract), then a
    Title Cased title (``Consistent-Point: Consistent Pseudo-Points for …``): a title keeps
    its case on its rest, so the intake offers a cut there and the decoder reads two
    titles, not one (default seed 22, ``reader`` layout B: a card lost, an abstract
    glued)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_lower_title_over_its_abstract" in n])
def test_a_lower_case_line_over_a_capital_line_opens_no_abstract(name: str) -> None:
    """Under a title, a title-sized line in lower case then a line opening in capitals
    are the next card's title and its abstract, not the first card's abstract: 3 of the
    74,728 real arXiv abstracts open in lower case, none with a capital opening its second
    line (``AesFormer: …``, a card without an abstract, + ``decoding functional networks
    for visual categories via gnns`` + ``Understanding how large-scale brain networks …``,
    new family seed 1, ``n_wrap`` layout B: a card lost, an abstract glued)."""
    check_excerpt(FRESH[name])


def test_a_lower_case_line_with_a_sentence_end_inside_is_no_title() -> None:
    """The lower-case first-line charge (``charges.LOWER_FIRST_CAPITAL``) spares a line
    with a sentence end inside it: ``remain largely limited to single-task adaptation. We
    introduce \\textbf{Free`` + ``Sinewich}, …`` goes on one abstract (new family seed
    7, ``n_emphasis`` layout B: the charge's first version made it an extra record; the
    heading above it is read glued to the abstract's first lines on the base too, so only
    that line is checked)."""
    records, _ = _parse(FRESH["hd4_n7_p000442_sentence_inside_is_no_lower_title"]["lines"])
    assert not [r.title for r in records if r.title.startswith("remain largely")]


def test_a_lower_case_line_ending_in_a_joiner_is_no_title() -> None:
    """The lower-case first-line charge spares a line ending in a joiner: ``outperforms
    state-of-the-art approaches under various memory budgets on`` + ``LongBench and
    Needle-in-a-Haystack benchmarks. …`` is a sentence going on (new family seed 7,
    ``n_reldate`` layout B p001165, where the line above is an extra record on the base
    already: the charge's first version made this line one more; only the whole page
    shows it, so the charge is checked on the two lines)."""
    from papercorpus.sources.pages.charges import LOWER_FIRST_CAPITAL
    from papercorpus.sources.pages.token_charges import capital_under
    from papercorpus.sources.pages.tokens import Token

    under = Token(
        2, "LongBench and Needle-in-a-Haystack benchmarks. Our code is publicly available"
    )
    first = Token(1, "outperforms state-of-the-art approaches under various memory budgets on")
    assert capital_under(under, first) == 0.0
    title = Token(1, "decoding functional networks for visual categories via gnns")
    assert capital_under(under, title) == LOWER_FIRST_CAPITAL


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_name_under_a_closed_card_" in n])
def test_a_name_under_chrome_that_closes_a_card_opens_the_next(name: str) -> None:
    """On a page that puts its paper links after abstracts only (``reader``), a
    name-like line under a card's title, date and link is no organisation of that card
    but the next card's title: ``F_1 …`` + ``Aug 18, 2019`` + its link (no abstract) +
    ``Visuospatial Cognitive Assistant`` + ``· Dec 5`` + its abstract (default seed 21,
    ``reader`` layout A p002671: a card lost, ``walks.closed_above``). With text under
    the name's chrome (its abstract, on the name's reading) it pays twice, as that
    abstract would after the readings met at the ``·``: a template of five cards (log-odds
    1.8) did not outweigh the name's marks once (default seed 22, ``reader`` layout B
    p000378: ``… via Diffusion`` + ``Priors`` + its date and link, then ``Triplet-Block
    Diffusion RWKV`` + ``· Published on Aug 5, 2019`` + its abstract)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_name_between_two_paper_links_" in n])
def test_a_name_between_two_paper_links_opens_a_card(name: str) -> None:
    """A card links one paper: on a page that puts its paper links after abstracts only
    (``reader``), a name-like line between a card's abstract and link and a second link to
    another paper, before the next title, is a card without an abstract, not the closed
    card's organisation: ``Don't Gamble, GAMBLe: …`` + its abstract + its link, then
    ``Equal-Pay Contracts`` + ``· Published on Jul 3, 2024`` + its link, then
    ``ASR-FAIRBENCH. …`` (default seed 21, ``reader`` layout A p002824: a card lost,
    ``walks.two_links_after``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_two_links_of_two_kinds_" in n])
def test_a_name_between_two_links_of_two_kinds_is_the_cards(name: str) -> None:
    """The two-links charge needs two links of one kind: on a ``listing`` page a card's
    organisation comes under its abstract and its authors link, and the next card's upvote
    link (another paper's) over the next title: ``E-SAM: …`` + its abstract + ``6
    authors](…2601.32003)`` + ``Salesforce`` + ``·`` + its dates + ``[18](…2503.12193)`` +
    ``S2IL: …`` (default seed 22, ``listing`` layout B p000015: the first version of
    ``walks.two_links_after`` made ``Salesforce`` a card)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_capitals_title_under_" in n])
def test_a_title_in_capitals_under_an_open_abstract_opens_a_card(name: str) -> None:
    """Prose does not go on in capitals: a line in capitals under an abstract whose last
    line filled the width and ended no sentence is the next card's title, not the
    abstract's last line (``… as transparent decision aids in long-term care
    environments`` at 79 of 80 + ``CRISP ATTENTION: REGULARIZING TRANSFORMERS VIA
    STRUCTURED SPARSITY`` + its link, a card without an abstract; default seed 26, ``url``
    layout B p002852: a card lost, ``evidence.CAPITALS_LINE``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_bracket_cut_by_the_capture_" in n])
def test_a_bracket_answered_by_the_cut_after_dated_cards_is_text(name: str) -> None:
    """A ``[`` opening a line is a link wrapper the capture cut only where no card's date
    lies between it and the ``[Content truncated]`` that answers it: a LaTeX interval
    opening an abstract's line (``… where $κ\\in`` + ``[0,1/2)$ and $κ+ μ\\in [0,1/2),$
    the codebook …``) over the page's last cards, each with its date and paper link, is
    text, and the cards under it are cards (default seed 26, ``reader`` layout A
    p001608: fourteen cards lost, read as the wrapper's text and rejected;
    ``links._dated``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_wrapper_the_capture_cut_" in n])
def test_a_wrapper_the_capture_cut_inside_one_card_still_opens(name: str) -> None:
    """The guard of ``links._dated``: a ``[`` answered by ``[Content truncated]`` 24 lines
    on, with no card's date between (``### [ModernBERT + ColBERT: …](url)`` + ``[Retrieval-
    Augmented Generation (RAG) is …\\`` … ``the re-ranker might de`` + ``[Content
    truncated]``), is the wrapper of the card's abstract, cut: the card keeps its title
    and the abstract its truncated flag (default seed 26, ``upvotes`` layout A p002851;
    fails where the cut answers no wrapper)."""
    check_excerpt(FRESH[name])
    records, _ = _parse(FRESH[name]["lines"])
    assert "truncated" in records[-1].flags


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_capitals_title_read_as_the_abstract_" in n]
)
def test_a_line_in_capitals_opens_no_abstract(name: str) -> None:
    """No abstract opens with a line in capitals: a title in capitals under a card without
    an abstract and that card's chrome is the next card's title, not the first card's
    abstract (``Taklif.AI: …`` + ``5 authors`` + ``FROM RECALL TO FORGETTING: …`` +
    ``Allen Institute for AI`` + ``·`` + its date, on a page that puts its chrome after
    abstracts; default seed 28, ``card_blanks`` layout B p001374: a card lost,
    ``scores.text_scores``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_capitals_title_wrapped_on_dashes_" in n])
def test_a_title_in_capitals_ends_where_its_capitals_do(name: str) -> None:
    """A title in capitals keeps its case form on its rest, whatever its lines end with: a
    line that leaves capitals under it opens a sentence or the next title, and the intake
    offers the decoder a cut there (``EFFICIENT CONTRASTIVE DECODING … DETECTION -`` +
    ``MITIGATING HALLUCINATIONS … MODELS -`` + ``Despite recent advances …``, under a
    paper link; default seed 26, ``reader`` layout B p000485: the three joined as one
    unit, rejected as an abstract without a title, a card lost; ``breaks.title_piece``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_wrapped_title_pair_under_a_paragraph_" in n]
)
def test_a_wrapped_unit_under_a_paragraph_on_one_line_is_no_paragraph_of_it(name: str) -> None:
    """An abstract is wrapped throughout or not at all: under a paragraph left on one line
    (longer than a title), a unit the intake joined as a wrap is no next paragraph of it
    (``… under severe compression conditions.`` on one line + ``V-Stylist: … of MLLM
    Agents`` at 77 + ``z-magic: zero-shot multiple attributes guided image creator``, two
    cards without an abstract on a page wrapped at 80 for some abstracts only; default
    seed 29, ``bare`` layout B p001450: both glued to the abstract,
    ``evidence.UNWRAPPED_ABOVE``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_lower_case_title_under_a_title_on_a_page_" in n]
)
def test_a_page_of_one_line_titles_may_end_a_title_at_its_line(name: str) -> None:
    """A page that leaves its long titles on one line wraps none: a Title Cased line that
    filled the width the page wraps some abstracts at, then a line opening in lower case
    (``Learning Dual-Domain Multi-Scale? … for Single Image Deraining`` at 76 of 77 +
    ``k-fold Subsampling based Sequential Backward Feature Elimination``, a card without
    an abstract), is a place the intake offers the decoder a cut, which weighs the rest
    against the page's habit (default seed 27, ``bare`` layout B p002550: joined as one
    title, a card lost; ``breaks.break_candidate``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_an_open_name_under_an_abstract_over_" in n])
def test_an_abstract_ending_open_pays_at_the_chrome_under_it(name: str) -> None:
    """An abstract rarely ends without a sentence end: a name under an abstract that
    ended one, over the card's chrome (``… floor plan variations.`` + ``OCC`` + ``·`` +
    ``May 24`` + a submitter's block, on a page that puts a card's chrome after its
    abstract), is an organisation's line, and the reading that makes it the abstract's
    last line pays at the chrome, where it meets the name's reading (default seed 28,
    ``shuffled`` layout B p002267: ``OCC`` leaked into the abstract;
    ``walks.open_end_chrome``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_camel_cased_title_over_the_next_" in n])
def test_a_title_cased_line_opening_with_a_name_in_lower_case_opens_no_abstract(name: str) -> None:
    """A Title Cased line opening with a name in lower case (``kBuffer-free
    Class-Incremental Learning with Out-of-Distribution Detection``), then a line opening
    in capitals, is weighed as a capitalised one is: rather a title over its abstract than
    an abstract's first line, the card above one without an abstract (default seed 26,
    ``url`` layout B p002802: read as the abstract of ``[Citation needed] MARS: …``, a
    card lost; ``charges.capital_under``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_title_wider_than_the_page_over_" in n])
def test_a_title_line_wider_than_the_page_may_end_at_its_line(name: str) -> None:
    """A unit's first line that could be a whole title, wider than the page has
    wrapped a few lines at, over a title-sized line, is a place the intake offers a cut,
    also before the page's width is firm (``Deepfake detection … via improved rcnn`` at
    90, a card without an abstract, + ``design of an expression recognition …
    mechanism.`` at 103, on a page that has wrapped abstracts at 80; default seed 28,
    ``bare`` layout B p001000: joined as one title, a card lost;
    ``breaks.break_candidate``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in FRESH
        if "_a_card_without_an_abstract_over_a_title_wrapped_" in n
        or "_a_title_rest_over_an_author_" in n
    ],
)
def test_a_title_rest_of_two_lines_is_weighed_at_its_first_line(name: str) -> None:
    """A title line over a title wrapped over two lines whose abstract, under the card's
    date, echoes the two lines and not the first (``SpatialMem: … Fast Retrieval`` at 70
    of 72 + ``Restrictive Hierarchical … Stratified Tooth`` + ``Layer Detection`` +
    ``Published on …`` + ``Accurate understanding of anatomical structures …``) is a
    card without an abstract over the next card's title. The rest's first line reaches
    the decoder's title state as the rest or as that next title, so the echo is weighed
    there, with the text past one chrome line (default seed 26, ``reader`` layout B
    p000266: read as one title of three lines, a card lost; ``charges.unshared_two``).
    A rest of one line over one chrome line is weighed as before, by the text right under
    it only (conv seed 7, lynx p000555: ``… Momentum-Gated Hierarchical`` + ``Optimisation
    Framework …`` + ``2 authors`` + its abstract, one title)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_whole_sentence_title_under_a_summary_" in n]
)
def test_a_whole_sentence_line_under_a_summary_echoed_below_is_a_title(name: str) -> None:
    """A line holding one whole sentence ending in ``.``, under an abstract of one short
    sentence (a summary) that ended at its line, whose words echo in the line under it
    and not in that summary, is the next card's title over its abstract, not the
    summary's second sentence (``… on certain writing systems.`` at 77 of 80 +
    ``Beyond rubrics: exploration-guided evaluation skills for reward modeling.`` +
    ``Open-ended reward modeling requires …``; default seed 26, ``upvotes`` layout B
    p002226, and seed 27, ``bare`` layout B p000750: a card lost and a summary glued each;
    ``charges.ECHO_SHORT``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_sentence_title_under_a_full_line_over_a_dot" in n]
)
def test_a_line_ending_a_sentence_before_mid_chrome_may_be_a_title(name: str) -> None:
    """A unit's last line that reads as a title and ends a sentence, closed by chrome the
    page puts between titles and abstracts only (``·``), is a place the intake may cut,
    also under a line that filled the page's width (``… Our code and dataset are
    publicly available`` at 79 of 80 + ``Line segment clipping using quadrilateral
    concavity and convexity.`` + ``·`` + its abstract: default seed 29, ``dot`` layout B
    p002655, joined to the abstract above, the next abstract rejected;
    ``last_breaks.break_before_chrome``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_a_quote_left_open_at_a_line_closes_" in n])
def test_a_quote_left_open_goes_on_where_it_closes(name: str) -> None:
    """A line that closes a quotation the line above left open goes on that line's text:
    no title ends with a quote open and no abstract opens closing one (``The study
    "Prediction of Highway … Intelligence`` + ``Algorithms Using California Traffic
    Data" presents …``: default seed 30, ``bare`` layout B p001725, read as a title over
    its abstract, the real title glued to the abstract above; ``scores.QUOTE_CLOSE``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name",
    [n for n in FRESH if "_on_a_page_naming_organisations_after_" in n or "_naming_them_late" in n],
)
def test_a_name_right_under_a_title_is_no_organisation_where_the_page_names_them_late(
    name: str,
) -> None:
    """On a page that shows its organisations' names after abstracts only (the name,
    its profile link, ``·``, the date), a short line right under a title (``Step-Audio-R1
    Technical Report``, over its abstract, under a card without one) pays the page's
    habit as a name there: it is the next card's title (default seed 30, ``card_blanks``
    layout B p002124: read as the organisation of the card above, a card lost). Not over
    the name's own chrome: a card without an abstract shows its name right under its
    title there (``Boundary-Aware Context Grounding …`` + ``Apple`` + ``·`` + its date,
    default seed 30, ``org`` layout B p000629)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_sentence_ending_inside_a_latex_brace" in n]
)
def test_a_sentence_ending_inside_a_brace_ends_there(name: str) -> None:
    """A line ending ``.}`` (LaTeX's ``\\footnote{… upon publication.}``) ends its
    sentence as ``.)`` does: the line under it opens the next card's title, not the
    sentence's wrapped rest (default seed 29, ``url`` layout B p001652: the title joined
    to the abstract above, a card lost; ``shape.terminal``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_named_in_its_abstract_but_for_its_article" in n]
)
def test_a_short_line_its_abstract_names_without_its_article_is_a_title(name: str) -> None:
    """A short name-like line whose words, a leading article aside, the text under it
    names (``The FM Agent`` over ``… We present FM Agent, a novel …``) is that text's
    title, as one named whole is: an abstract names its paper, rarely the organisation
    that published it (default seed 29, ``no_abstract`` layout B p000562: read as the
    organisation of the card above, a card lost; ``scores.ORG_SHARED``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_sentence_case_title_with_a_name_under_" in n]
)
def test_a_name_colon_lower_case_line_under_a_sentence_end_opens_a_title(name: str) -> None:
    """A line opening with a name, a colon and a word in lower case, holding no clause
    break, right under an abstract's sentence end (``… hundreds of times per second.`` at
    74 of 80 + ``Compsplat: compression-aware 3d gaussian splatting for real-world video``
    + ``High-quality novel view synthesis …``) is a title set in sentence case, not the
    abstract's next sentence, though both lines fill the page's width (default seed 26,
    ``bare`` layout B p002675: read as the abstract's rest, a card lost and an abstract
    glued; ``sentence_titles.NAMED_LOWER``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_a_coined_name_echoed_in_the_abstract_" in n]
)
def test_a_short_line_whose_coined_name_opens_the_text_under_it_is_a_title(name: str) -> None:
    """A short line over a "·" date whose coined name (letters and digits in one word)
    stands whole in the text under that date (``STEP3-VL-10B Technical Report`` + ``·
    Nov 6`` + ``We present STEP3-VL-10B, a lightweight …``) is that text's title, not a
    second organisation of the card above (``Google`` + its profile, ``·`` and date), a
    card without an abstract (default seed 22, ``dense`` layout B p002468: read as a
    name, a card lost and its abstract glued to the card above; ``scores.COINED_SHARED``)."""
    check_excerpt(FRESH[name])


def test_a_coined_name_echoes_whole_only() -> None:
    """``echoes.coined_echo``: a word of letters and digits, five characters or more,
    found whole in the text; words of letters only, and a coined name inside a longer
    one, are not."""
    from papercorpus.sources.pages.echoes import coined_echo

    assert coined_echo("STEP3-VL-10B Technical Report", "We present STEP3-VL-10B, a lightweight")
    assert coined_echo("Qwen2.5-VL Report", "we fine-tune Qwen2.5-VL.")
    assert not coined_echo("Google DeepMind", "We present Google DeepMind's model")
    assert not coined_echo("GPT-4o Study", "we evaluate GPT-4o-mini on")
    assert not coined_echo("X-3B Lab", "a 3B model")
