"""The variant kinds the hard corpus adds to ``variants.py``'s, and the mixes it draws them
from: what PDF extractors and CMS exports do to Unicode text (NFD, ligatures, odd spaces),
an abstract as its TeX source, two sentences swapped, v1/v2 word edits; the shares of copy
kinds (``COPY_MIX``), the formatting kinds put on top (``FORMATTING``) and the hard negatives
(``NEGATIVE_MIX``). ``hardcorpus.py`` plans and renders the corpus from them."""

from __future__ import annotations

import random
import unicodedata

import variants as v
from variant_edits import SYNONYMS
from variant_pool import one_line, sentences

__all__ = ["COPY_MIX", "FORMATTING", "NEGATIVE_MIX", "VARIANTS"]


_LIGATURES = (("fi", "\ufb01"), ("fl", "\ufb02"), ("ff", "\ufb00"))


def _unicode_forms(text: str, rng: random.Random) -> str:
    """What PDF extractors and CMS exports do to plain text: decomposed accents, ligatures,
    no-break and thin spaces, typographic apostrophes."""
    text = unicodedata.normalize("NFD", text)
    for plain, lig in _LIGATURES:
        if rng.random() < 0.7:
            text = text.replace(plain, lig)
    words = text.split(" ")
    for _ in range(min(len(words) // 8, 6)):
        i = rng.randrange(len(words) - 1)
        words[i] += rng.choice(["\u00a0", "\u2009", "\u202f"])
    return " ".join(words).replace("'", "\u2019")


def v_unicode_forms(p: v.Paper, pool, rng: random.Random) -> tuple[v.Copy, v.Copy]:
    return v.Copy(p.title, p.abstract), v.Copy(
        _unicode_forms(p.title, rng), _unicode_forms(p.abstract, rng)
    )


_TEX_WRAPS = ("\\emph{{{}}}", "\\textit{{{}}}", "\\textbf{{{}}}", "{{\\em {}}}", "\\texttt{{{}}}")
_TEX_SWAPS = (
    (" -- ", " --- "),
    ("%", "\\%"),
    ("e.g. ", "e.g.\\ "),
    ("i.e. ", "i.e.\\ "),
    ("~", "$\\sim$"),
    (" et al.", "~et al."),
)


def v_tex_markup(p: v.Paper, pool, rng: random.Random) -> tuple[v.Copy, v.Copy] | None:
    """The abstract as its TeX source: markup around a few words, escaped percent signs,
    TeX spacing."""
    words = one_line(p.abstract).split(" ")
    if len(words) < 10:
        return None
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(words))
        if words[i].isalpha():
            words[i] = rng.choice(_TEX_WRAPS).format(words[i])
    text = " ".join(words)
    for plain, tex in _TEX_SWAPS:
        text = text.replace(plain, tex)
    return v.Copy(p.title, p.abstract), v.Copy(p.title, text)


def v_sentence_swap(p: v.Paper, pool, rng: random.Random) -> tuple[v.Copy, v.Copy] | None:
    sent = sentences(p.abstract)
    if len(sent) < 3:
        return None
    i = rng.randrange(len(sent) - 1)
    sent[i], sent[i + 1] = sent[i + 1], sent[i]
    return v.Copy(p.title, p.abstract), v.Copy(p.title, " ".join(sent))


_EDIT_WORDS = ("significantly", "novel", "proposed", "simple", "effective", "new", "robust")


def v_word_edits(p: v.Paper, pool, rng: random.Random) -> tuple[v.Copy, v.Copy] | None:
    """v1 -> v2 copy edits: 2-6 words dropped, inserted or swapped for a synonym."""
    words = one_line(p.abstract).split(" ")
    if len(words) < 30:
        return None
    for _ in range(rng.randint(2, 6)):
        i = rng.randrange(1, len(words) - 1)
        core = words[i].lower().strip(".,;:")
        op = rng.randrange(3)
        if op == 0 and core in SYNONYMS:
            words[i] = words[i].lower().replace(core, SYNONYMS[core])
        elif op == 1:
            del words[i]
        else:
            words.insert(i, rng.choice(_EDIT_WORDS))
    return v.Copy(p.title, p.abstract), v.Copy(p.title, " ".join(words))


# Shares among copies (normalised). Rare kinds fall back to another draw when they do not apply.
COPY_MIX: tuple[tuple[str, float], ...] = (
    ("exact_copy", 0.06),
    ("whitespace", 0.07),
    ("glued_words", 0.04),
    ("case", 0.08),
    ("punctuation", 0.04),
    ("html_entities", 0.03),
    ("unicode_forms", 0.06),
    ("diacritics", 0.02),
    ("greek", 0.02),
    ("mojibake", 0.02),
    ("latex_math", 0.02),
    ("tex_markup", 0.04),
    ("combined_formatting", 0.03),
    ("subtitle_dropped", 0.05),
    ("title_revised", 0.05),
    ("v2_sentence_added", 0.06),
    ("v2_sentence_replaced", 0.05),
    ("v2_sentence_swap", 0.05),
    ("v2_numbers_updated", 0.03),
    ("v2_word_edits", 0.06),
    ("truncated_300", 0.04),
    ("truncated_half", 0.04),
)
# Put on top of 15% of the copies (a re-cased, re-wrapped truncation...).
FORMATTING = ("whitespace", "case", "unicode_forms", "html_entities", "tex_markup", "punctuation")
NEGATIVE_MIX: tuple[tuple[str, float], ...] = (
    ("neg_part_numbers", 0.15),
    ("neg_version_numbers", 0.15),
    ("neg_generic_title", 0.12),
    ("neg_same_title_other_paper", 0.1),
    ("neg_same_title_same_topic", 0.1),
    ("neg_contained_title", 0.1),
    ("neg_journal_extension", 0.1),
    ("neg_template_abstract", 0.08),
    ("neg_reused_abstract", 0.1),
)
VARIANTS = {
    **v.POSITIVES,
    "unicode_forms": v_unicode_forms,
    "tex_markup": v_tex_markup,
    "v2_sentence_swap": v_sentence_swap,
    "v2_word_edits": v_word_edits,
}
