"""What the decoder charges a reading at a card's boundary: each number with the
measurement behind it (the tests on a token that say what a charge comes to are in
``token_charges``).

Each number is a small log-odds, hand-set or measured (the measurement is beside it): what
a reading pays where the page's evidence says a token is the next card's title rather
than this card's text (a title's rest, an abstract's line, an organisation's name), or
the other way. ``decode`` weighs them in the grammar's moves; ``walks`` holds the tests
that walk back along a path.
"""

from __future__ import annotations

import re
from typing import Final

from . import scores

__all__ = [
    "TWO_IDS",
    "TWO_ORGS",
    "TWO_ORG_CARDS",
    "TWO_DATES",
    "LIST_SIBLING",
    "ITEM_ABSTRACT",
    "ITEM_REST",
    "SENTENCE_UNDER",
    "SENTENCE_OPEN",
    "LONG_TITLE",
    "LONG_TITLE_COST",
    "LONG_TITLE_SLOPE",
    "LONG_ABSTRACT",
    "LONG_ABSTRACT_COST",
    "SHORT_ABSTRACT",
    "SHORT_ABSTRACT_COST",
    "QUESTION_END_COST",
    "UNSHARED_FIRST",
    "UNSHARED_COMMON",
    "UNSHARED_COMMON_LEAST",
    "UNSHARED_TITLE",
    "UNSHARED_TITLE_FOUR",
    "ACRONYM_BELOW",
    "ECHO_BELOW",
    "ECHO_BELOW_ONE",
    "ECHO_BELOW_RARE",
    "ECHO_UNDER_MANY",
    "ECHO_ABOVE",
    "ECHO_LINE_MAX",
    "ECHO_SHORT",
    "ECHO_UNDER",
    "TITLE_SHARED",
    "FIRST_LINE_CAPITAL",
    "LOWER_FIRST_CAPITAL",
    "OPEN_END_COST",
    "DOT_REST",
    "REVISABLE",
    "ONE_COUNT",
    "SET_IN_HABIT",
    "SET_IN_TITLE",
    "TWO_TITLES_LEAST",
    "ONE_WIDTH",
]

# What an abstract pays under two paper ids between its title and itself (two cards'
# links: ``Decoder._above_abstract``), or two card dates that differ (a card shows one
# date: two are the chrome of a card without an abstract and of the next card, its
# chrome over its title).
TWO_IDS: Final = 6.0
# The same charge falls on the next title where the chrome after a card's abstract links
# two papers with a name read between the links (``two_links_after``): a card links one
# paper, so the name opened a card without an abstract, whose link is the second
# (``Don't Gamble, GAMBLe: …`` + its abstract + its link, then ``Equal-Pay Contracts`` +
# ``· Published on Jul 3, 2024`` + its link, then ``ASR-FAIRBENCH. …``: read as the first
# card's organisation, the name won by 4). Only for two links of one kind (a card shows
# one of each: a ``listing`` card's authors link, then the next card's upvote link over
# its title, link two papers with the card's name between), the nearer of a kind the page
# puts after abstracts only (``CardTemplate.late_only``): on a page that puts a card's
# link over its title, the second link may be the next card's own, under its name.
# The cards with two dates between their title and abstract that make a page's two dates
# one card's (``CardTemplate.two_dates``).
TWO_DATES: Final = 1
# What a name read as an organisation's line pays where the chrome between it and the
# card text above (a title, an abstract) names one already (``OrgWalks._named_above``):
# a card names one organisation, so a second name under its chrome opens the next card,
# the card above one without an abstract (``Reasoning Models …`` + `` Google`` + ``·`` +
# ``Feb 14`` + its upvote link, then ``Independent Density Estimation`` + ``· Jul 25`` +
# its abstract: read as the first card's second organisation, the name won by 4). As
# sure as two paper ids (``TWO_IDS``). Only on a page that has shown a card naming one
# between its title and abstract and none after its abstract: on its first card a page
# may name two, and a page that sets its names over its titles shows the next card's
# under a card without an abstract.
TWO_ORGS: Final = 6.0
# The cards with two organisation lines between their title and abstract that make a
# page's two names under one title one card's (``CardTemplate.two_orgs``).
TWO_ORG_CARDS: Final = 1
# What the card's text pays for opening with the next item of the list its title opened
# ("20." under "19.", "•" under "•"): list siblings are cards (more than two cards without
# an abstract in a row cost: a linked title's abstract reading is otherwise cheap).
LIST_SIBLING: Final = 8.0
# What the card's abstract pays for opening a list item under a title that opens none:
# the list's first card is the item, under a line of the page's head read as a title
# (``Long-context ASR`` + ``- Daily`` … + ``1) [DreamDance: …](url)``, a card without an
# abstract); an abstract rarely opens with a list mark.
ITEM_ABSTRACT: Final = 4.0
# A title-sized line right under a title that opened a list item, set at that item's text
# column (its hanging indent: w3m's ``  • Politics of Questions … Interrogative`` +
# ``    Stances as Markers of Voice and Power``): inside the item the title opened, it is
# no next card's title (one item holds one card), rather the title's rest, before the
# page has shown that it lists its cards as items (``scores.ITEM_TITLE``) or its width.
ITEM_REST: Final = 4.0
# An abstract's first line under the card's chrome, one line ending no sentence and not
# Title Cased, over a line in its paragraph that opens a sentence (a capitalised word of
# the language, then a lower-case one: ``Magnetic resonance imaging …``, ``Generative
# artificial intelligence …``): rather a title, under a card without an abstract and its
# chrome (``ForeSci: …`` + ``Oct 28`` + ``Towards contrast- and pathology-agnostic …
# using SynthSeg`` + ``Magnetic resonance imaging (MRI) has …``). Of the first 40,000
# real arXiv abstracts wrapped at 80 and 100 columns whose first line ends no sentence and
# is not Title Cased, 0.44% and 0.40% go on so on their second line (``Transformer
# architecture …``, ``English text …``; 94.5% go on in lower case); 71% of all abstracts
# open so: a log-odds of 5.1, charged at the habits' most (4). Not weighed right under a
# title (no chrome between), nor for a Title Cased line: other evidence weighs those
# there (a title's wrapped rest, two Title Cased lines).
SENTENCE_UNDER: Final = 4.0
# A capitalised word of the language, then a lower-case one: a sentence's opening.
SENTENCE_OPEN: Final = re.compile(r"[A-Z][a-z]+ [a-z]")
# A title longer than this (characters and separators) is rare (``shape_scores.title_score``).
LONG_TITLE: Final = 151
# ... and rarer the longer it runs: a title's wrapped rest that takes it past
# ``LONG_TITLE`` pays ``LONG_TITLE_COST``, and ``LONG_TITLE_SLOPE`` per character past
# it. Of the page generator's 75,874 real titles, the share of each length falls about
# e-fold every 17 characters past 150 (per character: 0.036% at 150, 0.008% at 170,
# 0.002% at 200): a title of 99 columns at a width of 100, then a whole title of 86, is
# as likely two cards (the first without an abstract) as one title of 186.
LONG_TITLE_COST: Final = 1.5
LONG_TITLE_SLOPE: Final = 0.06
# An abstract longer than this is rare: arXiv caps abstracts at 1,920 characters (of the
# page generator's 186k real abstracts, 1 in 2,000 is longer), and two abstracts glued
# are mostly longer. A reading whose abstract grows past it pays, once.
LONG_ABSTRACT: Final = 2000
LONG_ABSTRACT_COST: Final = 5.0
# An abstract shorter than this (characters and separators) is rare: 7 of the generator's
# 186k real abstracts; a one-line summary is longer. The card that ends with one pays.
SHORT_ABSTRACT: Final = 66
SHORT_ABSTRACT_COST: Final = 3.0
# An abstract ending in a question is rare: 19 of the page generator's 93,867 distinct
# real abstracts (a title ends in one 60 times as often: 2,588 of 201,900 cards). A
# reading whose abstract ends with a title-sized piece ending in "?" right before the
# next title pays: the question was a title ("If pigs could fly... can llms logically
# reason through counterfactuals?", a card without an abstract, under an abstract's
# full last line). Not an abstract-sized piece: one of the 19 ends so ("… the current
# query does not reveal?"), and the reading that glued the next title to it paid. Nor
# an abstract's first piece: a one-line abstract ending in a question is that card's
# abstract, and reading it as a title leaves the card above without one.
QUESTION_END_COST: Final = 5.0
# What a title's wrapped rest pays over text that shares two longer words with it where
# the title's first line, of five longer words or more, shares none or one
# (``echoes.first_line_echo``: the first line is then a card's title without an
# abstract, the second the next card's whole title over its abstract), by the text's
# length, the surer the longer. Log-odds measured on arXiv listings' titles wrapped at
# 60 / 80 / 100 columns after a line filling the width, against a width-filling title
# over a whole title: sharing none, 5.8 / 6.6 / 7.6 over whole abstracts (the last over
# first lines of any length), 1.8 / 2.5 / 3.4 over their first 250 characters; one,
# about 2 less (a line of four longer words or fewer: 0.7 to 4.3, not charged; nor over
# shorter text: the first version split two wrapped titles over text of 163 and 32
# characters there). The first line's own words only (not those its rest holds too,
# "Large Language Models" on both), five or more of them: over abstracts of 1000
# characters or more, sharing none 5.8 / 6.7 / 8.9 (0.15% / 0.07% / 0.01% of wrapped
# titles, 47% / 57% / 51% of two titles), one 3.0 / 4.3 / 5.4.
# What decides it is how many own words the first line has, not the page's width (a wider
# line holds more): on the same listings (both readings over 1000 characters or more, at
# 60 to 120 columns), a first line of 5 / 6 / 7 / 8+ own words sharing none 5.3 / 6.1 /
# 7.3 / 8.4, one 2.4 / 3.5 / 4.1 / 6.1, each within about 0.5 at every width; over 600 to
# 999 characters, none 4.6 / 5.2 / 4.7 / over 6 (no wrapped title of 8 shares none),
# one 1.7 / 2.0 / 3.8 / 3.7. The flat 4.5 for one split wrapped titles whose first line
# held five (``Benchmarking Complex Multimodal Document Processing`` / ``Pipelines: …``)
# and let a width-filling title of ten over a whole title go (``Regional Tiny Stories: …
# Tokenizer Performance`` + ``First-Order Efficiency … Viewpoint.``). Each row: the
# least length, then (none, one) for 5, 6, 7, 8+ own words.
UNSHARED_FIRST: Final = (
    (1000, ((5.0, 2.5), (6.0, 3.5), (7.0, 4.0), (8.0, 6.0))),
    (600, ((4.5, 1.5), (5.0, 2.0), (5.0, 3.5), (6.0, 3.5))),
    (250, ((2.5, 0.5), (2.5, 0.5), (2.5, 0.5), (2.5, 0.5))),
)
# ... and where the words the first line shares are all ones most abstracts hold
# (``commonwords.COMMON``: ``language``, ``model``, ``state``), over text of
# ``UNSHARED_COMMON_LEAST`` characters or more: such a word echoes by chance, so sharing
# it says less of one paper than sharing a rarer one (ar15's measurement, on the listings'
# titles wrapped at 60 / 80 / 100 columns against a width-filling title over a whole
# title, abstracts of 1000 characters or more: sharing one word, a common one, log-odds
# 3.6 / 4.7 / 5.7 / 7.1 for 5 / 6 / 7 / 8+ own words; two or more, all common, 1.2 / 1.4 /
# 2.9 / 4.5, where ``UNSHARED_FIRST`` charges nothing). Each: (one, two or more).
UNSHARED_COMMON: Final = ((3.6, 1.2), (4.7, 1.4), (5.7, 2.9), (7.1, 4.5))
UNSHARED_COMMON_LEAST: Final = 1000
# What a title-sized line pays as the first line of its card's abstract where the card's
# title, of five longer words or more, shares none or one of them with that line and the
# text under it (``echoes.title_echo``): the line is rather the next card's title, the
# card above one without an abstract (``Measuring the Redundancy of Decoder Layers in
# SpeechLLMs`` + ``Learning What is Worth Learning: … Gross Tumor Volume Segmentation``
# + ``Accurate gross tumor volume segmentation …``), by the text's length, the surer the
# longer. Measured on the arXiv listings (a title against its abstract's first 400 / 600
# / 1000 characters, and against the next paper's title then its abstract so cut):
# sharing none, 1.9% / 0.56% / 0.09% of titles and 69% / 63% / 54% of the others
# (log-odds 3.6 / 4.7 / 6.4); one, 7.1% / 2.5% / 0.56% against 23% / 26% / 30% (1.2 /
# 2.3 / 4.0).
UNSHARED_TITLE: Final = ((1000, 6.0, 3.5), (600, 4.5, 2.0), (400, 3.0, 0.0))
# ... and where the card's title has four longer words, sharing none of them (lt30, on the
# same listings, 3,354 such titles: 0.66% / 2.65% / 6.7% share none with their abstract's
# first 1000 / 600 / 400 characters against 79% / 83% / 86% with the next paper's title
# and abstract so cut, log-odds 4.8 / 3.4 / 2.5; sharing one, 0.9 or less: not charged;
# ``eImproving AGI Evaluation: A Data Science Perspective`` + ``[Citation needed]
# Improving in-context learning with a better scoring function`` + its abstract, default
# 114 ``bare`` p000750).
UNSHARED_TITLE_FOUR: Final = ((1000, 4.5, 0.0), (600, 3.0, 0.0), (400, 2.0, 0.0))
# What a title-sized line (of two lines or fewer) pays as the first line of its card's
# abstract where the text under it defines a name the line holds with an acronym in
# parentheses (``echoes.acronym_defines``: ``Structured Output Regularization: a
# framework for few-shot transfer learning.`` over ``… we propose Structured Output
# Regularization (SOR), …``): an abstract defines its title's name so, and names a term
# its first line used without defining it there. Measured on the 74,622 arXiv papers
# with an abstract of 400 characters or more (hm17): 13.5% of titles against their
# abstract's first 1,000 characters, 0.11% / 0.13% / 0.14% of abstracts' first lines
# (wrapped at 60 / 80 / 100) against the next 1,000 characters of their abstract
# (log-odds 4.8 / 4.7 / 4.6).
ACRONYM_BELOW: Final = 4.0
# What a title-sized line (of two lines or fewer, ending a sentence) pays as the sentence
# of an abstract that ended one right above it, where five or more longer words of it
# echo in the text under it, two or more, and none in that abstract (of ``ECHO_ABOVE``
# characters or more above it): rather the next card's title, over its abstract
# (``Cameo: collection of multilingual emotional speech corpora.`` under an abstract on
# anime sketches, over ``This paper presents CAMEO -- a curated collection of``).
# Measured on the arXiv listings (abstracts' sentences of 130 characters or fewer, 450 or
# more into their abstract, against a title under another paper's abstract, the text
# under either cut at 60 characters): 0.25% of sentences and 22% of titles so (log-odds
# 4.5; 300 into their abstract, 0.35%: at 300 the first version split four sentences of
# short abstracts on new seed 11, three of them lines going on past their sentence).
# Also where one line of its card's chrome lies between the line and that text
# (``Token.past``: ``Coupling-aware rhs beamforming … maximization.`` + ``· 2 authors ·
# Apr 1, 2023`` + ``Wideband multi-user transmission …``): a title's abstract echoes it
# past its chrome as often, while an abstract's last sentence has the next card under
# its chrome, another paper's text. On the same listings, 1 of 23,241 abstracts' last
# sentences so placed (0.004%) echoes so in the next paper's title and abstract cut at
# 60 characters; 20% of the titles in their own abstract, none of the words in the
# abstract above (log-odds about 8.5): the charge holds at least as surely.
ECHO_BELOW: Final = 4.0
ECHO_ABOVE: Final = 450
# ... and, a nat less sure, where the abstract above holds one of its words by chance
# (``estimation``, ``which``) while the text under it echoes three or more
# (``Distilling 3D distinctive local descriptors for 6D pose estimation.`` under an
# abstract ending ``… estimation of the minerals distributions …``, over ``Three-dimensional
# local descriptors are crucial …``). Measured on the arXiv listings wrapped at 80 and 100
# columns (sentences opening and ending a line, under a line ending one, 450 characters or
# more into their abstract, the text under them their abstract's rest, the abstract above
# a title the previous paper's, 450 characters or more): 16 of 547 such sentences (2.9%)
# share one word with the text above and three or more with the rest; 28% of titles do
# with theirs (log-odds about 2.3, against 3.3 for ``ECHO_BELOW``'s own case on the
# same count).
ECHO_BELOW_ONE: Final = 3.0
# ... and, less sure, where the text under the line holds only one of its longer words,
# a rare one (in 2% of abstracts or fewer: neither ``commonwords`` set), and the abstract
# above none of them but common ones (held by more than 15% of abstracts, which another
# paper's holds by chance: ``echoes.rare_echo``, ``echoes.uncommon``; ``lagkv:
# lag-relative information of the kv cache tells which tokens are important.`` under an
# abstract holding ``information`` and ``which``, over ``The increasing size of the
# Key-Value (KV) cache …``). On the same listings and count, the text under cut at 60 /
# 80 characters: 0.68% / 0.79% of sentences and 7.7% / 7.4% of titles so (log-odds 2.4 /
# 2.2). Counting common words as none held above in ``ECHO_BELOW``'s own case too
# (0.50% of sentences, 34% of titles, log-odds 4.2) split one abstract's sentence more
# on new 13 (p001856, a page that sets a sentence a line): not done.
ECHO_BELOW_RARE: Final = 2.0
ECHO_UNDER_MANY: Final = 3
ECHO_LINE_MAX: Final = 130
# ... and where the abstract above is short (``SUMMARY_MAX`` characters or fewer, a
# one-line summary's), when the line is one whole sentence of its own ending in ".",
# over a line opening capitalised (``whole_line``), its echo read in the first
# ``ECHO_UNDER`` characters under it: ``Beyond rubrics: exploration-guided evaluation
# skills for reward modeling.`` at 73 of 80, under a summary of two lines ending at 77,
# over ``Open-ended reward modeling requires …``. Measured on the arXiv listings
# wrapped at 80 and 100 columns, at the line after an abstract's first lines (250
# characters or fewer) that end a sentence: 159 of 12,249 such lines (1.3%) are one
# whole sentence ending in "." over a capital, and 6 of them (0.05%) also echo so in
# the 100 characters under them; 44% of the titles echo so over their own abstract and
# in none of another paper's one-sentence summary (log-odds about 6.8).
ECHO_SHORT: Final = 6.0
ECHO_UNDER: Final = 100
# A name-like line after a card's title (no abstract yet), right over text or over a
# chrome line then text, that opens with two of that title's words
# (``echoes.shares_words``): the text is the titled card's abstract (54% of the page
# generator's real titles share two words with their abstract's first line, wrapped at
# 80 or 100 columns), so the name opens no card
# (``TraMP-LLaMA: … Facial Expression Quality Assessment`` + ``-   5 authors`` +
# ``ByteDance Seed`` + ``Published on …`` + ``Existing facial expression quality
# assessment …``, shown once on its page). As ``scores.ORG_SHARED`` the other way.
# Only where a word shared is not one most abstracts hold (``echoes.shares_uncommon``):
# of the 74,728 real arXiv titles, against their abstract's first 100 characters and
# against another paper's, 56.4% / 2.9% share two longer words (log-odds 3.0), 51.9% /
# 0.5% with a word not ``COMMON`` among them (4.6), 4.5% / 2.4% those words only (0.6:
# no sign). ``dTRPO: … of Diffusion Large Language Models`` (a card without an abstract)
# + ``Ruyi2 Technical Report`` + ``Large Language Models (LLMs) face …``: the next title
# paid the charge, and the first title went into the abstract above (conv 155 c_reader
# p001267).
TITLE_SHARED: Final = 3.0
# An abstract's first line that could be a whole title (``lineforms.could_head``), Title
# Cased and ending no sentence, then a line opening in capitals or a digit right under it:
# rather a card without an abstract, then the next card's title and its abstract ("[RET]
# Prototype-Based … Segmentation" + "Shape Bias and Robustness … Segmentation" +
# "Previous works studied …"). Of the first 40,000 real arXiv abstracts wrapped at 80 and
# 100 columns, 0.9% and 0.3% open with such a line, 0.19% and 0.07% with such a line then
# a capital (log-odds about -1.6 on top of the Title Case an abstract's opening pays
# already), and the +1 a line under an open sentence is otherwise worth is void. None
# opens with such a line ending in a question, as 1.2% of the titles are.
FIRST_LINE_CAPITAL: Final = 2.5
# ... and a first line in lower case, title-sized, then a line opening in capitals: 3 of
# the 74,728 real arXiv abstracts open in lower case, none of them wrapped at 60, 80 or
# 100 columns with a capital opening its second line, while titles come in lower case
# ("AesFormer: …" (a card without an abstract) + "decoding functional networks for
# visual categories via gnns" + "Understanding how large-scale brain networks …"). Also
# under a first piece of two lines so, opening the text under chrome (a title in lower
# case wrapped: ``Enhancing Tool Learning …`` (no abstract) + ``Jul 16`` + ``small llms
# for medical nlp: … few-shot,`` + ``constraint decoding, … in italian.`` + ``Large
# Language Models (LLMs) …``, reader 30 p002125: read as the first card's abstract, the
# second card lost); an abstract opening in lower case is as rare over two lines as over
# one, and under chrome no sentence above goes on into them.
LOWER_FIRST_CAPITAL: Final = 3.0
# An abstract ending without a sentence end is rare: 565 of the 74,728 real arXiv
# abstracts (0.8%) that do not end at a web address. A reading whose abstract ends with
# a title-sized line of its own that ends none, under a sentence end, right before the
# next title pays: the line was a title, its card one without an abstract ("… in
# real-world scenarios." + "E-sam: training-free segment every entity model" + "A
# Survey on SAR Ship Classification Using Deep Learning"). Also where the card's chrome
# comes under it, at that chrome line, where the line reads as a whole title
# (``path_reads.open_end_chrome``).
OPEN_END_COST: Final = 3.0
# A one-word name-like line right under a title line that it would have overflowed (the
# line fills the page's width, no wider: ``Token.overflows``), over a "·" line with a
# date, on a page that has not yet shown whether it puts its "·" under titles or under
# organisations' names (``PageHabits.dot_habit`` 0): the "·" is as likely the title's as
# the name's, so it favours neither reading, and the organisation's reading gives back
# what the marks earned it (``scores.text_scores``: 5.5 there, 2.0 on a page that puts
# "·" under titles). "EditID: … for Text-to-Image" (65 of 72) + "Generation" + "· Jan 14,
# 2020" + "We propose EditID, …": the title's rest, not an organisation. One word: a
# wrap spills the words that did not fit, and a name of several shows what it is
# ("[RET] Statistical Hand Shape … Implicit Skinning" + " ETH Zurich" + "·", an
# organisation block under a title 102 wide on a page wrapped at 100). Not on a page that
# has left a title longer than its wrap width on one line (``Decoder.titles_one``): its
# tool wraps no title at that width, so a title line that filled it spilled nothing
# (``Active Exploring … Vision-Language Models`` at 96 of 100 + ``Microsoft`` + ``·`` +
# ``Published on Dec 17``, under a first card's title of 126 on one line: the name's).
DOT_REST: Final = 3.5
# What a title line's rest pays where the title's line above, one line, and the rest's first
# word fit within the widest title the page has left on one line (``Decoder.one_width``,
# set by the reader with ``titles_one``): a tool that left a title of that width whole wraps
# no title narrower, and a greedy wrap puts a word that fits on the line above. As the
# page's title habit (``scores.TITLE_HABIT``, asked after three titles left whole), here
# after one: a single whole title shows a width, not a habit. Read as a title's rest, a
# card without an abstract was lost to the next title (default 165 ``no_abstract``
# p000937: ``An Evolutionary Approach … mRNA Sequences`` at 114 on one line, then
# ``dSODiff: … JPEG Compression Artifacts Removal`` at 81, no abstract, + ``mTowards
# Physically Plausible Video Generation via VLM Planning``: one title of two lines, though
# ``mTowards`` fitted within 114). Not a rest set in arXiv's way (``  Unlearning for …``
# under ``PEBench: … Benchmark Machine``, tests/fixtures/unseen u15): arXiv keeps its
# authors' breaks in a title, where no width wrapped it.
ONE_WIDTH: Final = 4.0
# A name read as its title's rest, or a title's rest read as a name, by less than this may
# be revised by the page's later cards (``revise``): the most one of them can show is the
# name decided as an organisation's (``scores.KNOWN_ORG`` and ``KNOWN_REST``).
REVISABLE: Final = scores.KNOWN_ORG + scores.KNOWN_REST
# What an abstract pays under an upvote count when an upvote count came right before its
# card's title too: a card shows one count, so the second opens the next card, and the
# text under it is that card's title, the card above one without an abstract
# (``HD-VGGT: …`` + its chrome + ``Upvote`` + ``41`` + ``Cognitive Models … Language
# Agents.`` + ``Google`` + its abstract, a page's first cards, before its template shows
# that the count comes after abstracts). As sure as the page's chrome habits at their surest.
ONE_COUNT: Final = 4.0
# An organisation's line under a card's chrome that the page puts after abstracts only
# (``CardTemplate.late_only``: a paper link on a ``reader`` page) pays what that chrome
# makes an abstract under it pay, when the name is read: the card has closed, so the line
# opens the next card, a title (``F_1 …`` + its date + its link, no abstract, then
# ``Visuospatial Cognitive Assistant`` + ``· Dec 5`` + its abstract). Weighed at the
# abstract only (``_above_abstract``), the charge came too late: both readings reach the
# same state at the ``·`` line under the name, and Viterbi keeps the better before the
# abstract is read. Not where the page puts its organisation lines after abstracts too.
# The charge is the template's own log-odds (``closed_above``), paid twice where text
# lies under the name's chrome: on the name's reading that text is the card's abstract,
# which pays it again, but only after the readings met (a young template's 1.8, once,
# left ``Triplet-Block Diffusion RWKV`` + ``· Published on Aug 5, 2019`` a name).

# A title whose line is set in deeper than the title line right above it (two spaces or
# more, no blank line between: arXiv indents a title's wrapped rest so), or as deep as an
# indented rest above it: the line is that title's rest, not the next card's title over a
# card without an abstract. Of the generated ``reader`` pages' titles none opens set in,
# while half of their wrapped titles indent their rest; on a page's first cards, before
# it has shown that it wraps its titles, the two readings tied (``PVminerLLM: … from
# Patient-Generated Text`` + ``  Using Large Language Models``). As sure as the page's
# chrome habits at their surest, less than a list's next number is.
SET_IN_TITLE: Final = 3.0
# ... and more on an abstract's line where the page has set in three title rests or more
# and no abstract's line (``token_charges.set_in_habit``): new 117 ``n_wrap`` p000171's
# ``… maintaining generation quality.`` + ``Large language models can learn and
# generalize`` + ``  steganographic chain-of-thought under process supervision`` + ``·
# 11 authors`` (a card without an abstract, its title in sentence case under an abstract's
# end at 57 of 60, its rest set in) read as the abstract going on, SET_IN_TITLE alone paid.
# A page's habit at its surest (``SURE_TITLE_HABIT``) less the charge itself.
SET_IN_HABIT: Final = 3.0

# Two whole titles read as one are long together: of the two-line titles over their card's
# date on the seed-26 and seed-28 ``reader`` sets (layout B), 8% run 120 characters or more
# with their line break, against 30 of the 37 cards without an abstract over a one-line
# title and its date. Under that length ``unshared_past`` charges nothing.
TWO_TITLES_LEAST: Final = 120
