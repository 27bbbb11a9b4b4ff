"""Positive variants that edit a paper as its authors or a site do: a dropped subtitle, a
revised title, v2 sentence and number edits, truncations, AI summaries, junk abstracts, a
versioned arXiv id."""

from __future__ import annotations

import random
import re

from variant_pool import (
    STOP_WORDS,
    Copy,
    Paper,
    Pool,
    base_copy,
    content_words,
    new_name,
    one_line,
    sentences,
    title_name,
)


def v_subtitle(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    head, sep, tail = p.title.partition(": ")
    if not sep or len(head) < 4 or len(tail) < 10:
        return None
    return base_copy(p), Copy(head, p.abstract)


_TITLE_EDITS = ("replace_word", "drop_word", "add_phrase", "add_name", "new_subtitle")
_TITLE_PHRASES = (
    "via Contrastive Alignment",
    "for Robust Generalization",
    "with Large Language Models",
    "at Scale",
    "in the Wild",
    "under Distribution Shift",
    "Revisited",
    "Made Efficient",
)
SYNONYMS = {
    "learning": "training",
    "efficient": "scalable",
    "robust": "reliable",
    "framework": "approach",
    "method": "approach",
    "models": "networks",
    "model": "network",
    "towards": "toward",
    "benchmark": "testbed",
    "improving": "enhancing",
    "fast": "rapid",
    "novel": "new",
    "generation": "synthesis",
    "detection": "recognition",
    "understanding": "analysis",
}


def revise_title(title: str, rng: random.Random) -> str | None:
    """A v2 title: one edit that keeps most of the words (what authors do between versions)."""
    words = title.split()
    content = [i for i, w in enumerate(words) if w.lower() not in STOP_WORDS]
    edit = rng.choice(_TITLE_EDITS)
    if edit == "replace_word":
        swappable = [i for i in content if words[i].lower().strip(":,") in SYNONYMS]
        if swappable:
            i = rng.choice(swappable)
            core = words[i].lower().strip(":,")
            new = SYNONYMS[core]
            words[i] = words[i].lower().replace(core, new).capitalize()
            return " ".join(words)
        edit = "add_phrase"
    # Revisions keep the title's numbers: a changed number is a version change, which the
    # guards treat as a different paper by design (docs/dedup.md).
    droppable = [i for i in content[1:] if not re.search(r"\d", words[i])]
    if edit == "drop_word" and len(content) >= 5 and droppable:
        i = rng.choice(droppable)
        return " ".join(words[:i] + words[i + 1 :])
    if edit == "new_subtitle":
        head, sep, tail = title.partition(": ")
        if sep and len(content_words(head)) >= 3 and not re.search(r"\d", tail):
            return f"{head}: {rng.choice(['A', 'An Empirical', 'A Unified'])} Study"
        edit = "add_name"
    if edit == "add_name" and title_name(title) is None:
        return f"{new_name(rng)}: {title}"
    return f"{title.rstrip('.')} {rng.choice(_TITLE_PHRASES)}"


def v_title_revised(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    title = revise_title(p.title, rng)
    if title is None or title == p.title:
        return None
    return base_copy(p), Copy(title, p.abstract)


def v_title_replaced(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    donor = pool.take()
    if donor is None:
        return None
    return base_copy(p), Copy(donor.title, p.abstract)


def v_sentence_added(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    sent = sentences(p.abstract)
    if len(sent) < 3:
        return None
    i = rng.randint(1, len(sent))
    return base_copy(p), Copy(p.title, " ".join(sent[:i] + [pool.sentence()] + sent[i:]))


def v_sentence_replaced(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    sent = sentences(p.abstract)
    if len(sent) < 4:
        return None
    i = rng.randrange(1, len(sent) - 1)
    sent[i] = pool.sentence()
    return base_copy(p), Copy(p.title, " ".join(sent))


NUMBER = re.compile(r"\d+(?:\.\d+)?")


def bump_number(m: re.Match[str], rng: random.Random) -> str:
    text = m.group()
    if "." in text:
        whole, frac = text.split(".")
        frac = str((int(frac) + rng.randint(1, 9)) % 10 ** len(frac)).zfill(len(frac))
        return f"{whole}.{frac}"
    return str(int(text) + rng.randint(1, 3))


def v_title_and_abstract_revised(
    p: Paper, pool: Pool, rng: random.Random
) -> tuple[Copy, Copy] | None:
    """A v2 that retouches the title and replaces one sentence of the abstract."""
    title = revise_title(p.title, rng)
    edited = v_sentence_replaced(p, pool, rng)
    if title is None or title == p.title or edited is None:
        return None
    return base_copy(p), Copy(title, edited[1].abstract)


def v_numbers_updated(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if len(NUMBER.findall(p.abstract)) < 2:
        return None
    return base_copy(p), Copy(p.title, NUMBER.sub(lambda m: bump_number(m, rng), p.abstract))


def v_truncated_300(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    text = one_line(p.abstract)
    if len(text) < 450:
        return None
    return base_copy(p), Copy(p.title, text[:300].rstrip() + "\u2026")


def v_truncated_half(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    text = one_line(p.abstract)
    if len(text) < 450:
        return None
    return base_copy(p), Copy(p.title, text[: len(text) // 2].rstrip() + "...")


_SUMMARY_VERBS = ("introduces", "proposes", "presents", "develops")
_SUMMARY_TAILS = (
    "that improves accuracy and efficiency over prior methods across standard benchmarks.",
    "achieving state-of-the-art results while reducing computational cost.",
    "which outperforms strong baselines on several public datasets.",
    "enabling more reliable performance in real-world settings.",
)


def ai_summary(title: str, rng: random.Random) -> str:
    """An HF-style AI one-liner: restates the title, adds a stock claim, one sentence."""
    name = title_name(title)
    rest = title.partition(": ")[2] if name else title
    subject = name or rng.choice(["A new framework", "This work", "The paper"])
    # Lower-case the first word unless it is an acronym ("UAS", "LLMs").
    phrase = rest if rest[1:2].isupper() else rest[:1].lower() + rest[1:]
    return f"{subject} {rng.choice(_SUMMARY_VERBS)} {phrase}, {rng.choice(_SUMMARY_TAILS)}"


def v_ai_summary(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # Only the title can match a summary to its abstract, so the title must be specific
    # (short titles with a summary or junk copy are undecidable, docs/dedup.md).
    if not specific_title(p.title):
        return None
    summary = ai_summary(p.title, rng)
    if len(summary) > 250:
        return None
    return base_copy(p), Copy(p.title, summary)


BOT_COMMENTS = (
    "This is an automated message from the Librarian Bot. I found the following papers similar"
    " to this paper. The following papers were recommended by the Semantic Scholar API: please"
    " give a thumbs up to this comment if you found it helpful. If you want recommendations for"
    " any paper on Hugging Face checkout this Space."
)


def junk_abstract(title: str, rng: random.Random) -> str:
    repo = re.sub(r"[^A-Za-z0-9]", "", title.split()[0])[:20] or "repo"
    return rng.choice(
        [
            "",
            ".",
            title,
            f"{title} (ECCV'26)",
            f"Code: https://github.com/lab/{repo}",
            f"Project page: https://{repo.lower()}.github.io/ Code: https://github.com/lab/{repo}",
            BOT_COMMENTS,
        ]
    )


def specific_title(title: str) -> bool:
    return len(content_words(title)) >= 4 and len(re.sub(r"[^a-z0-9]", "", title.lower())) >= 25


def v_junk_copy(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if not specific_title(p.title):
        return None
    return base_copy(p), Copy(p.title, junk_abstract(p.title, rng))


def v_versioned_id(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # Only the identifier can tell: the second copy has a new title and a rewritten abstract.
    title = revise_title(p.title, rng) or p.title
    donor = pool.take()
    if donor is None:
        return None
    abstract = " ".join(sentences(donor.abstract)[:3])
    raw = f"https://arxiv.org/abs/{p.pid}v{rng.randint(2, 5)}"
    return Copy(p.title, p.abstract, p.pid), Copy(title, abstract, strip_version(raw))


def strip_version(url: str) -> str:
    try:  # the package's own extractor, when it is importable
        from papercorpus.sources.chrome_values import arxiv_ids

        ids = arxiv_ids(url)
        if ids:
            return ids[0]
    except ImportError:  # pragma: no cover - benchmark run against an older tree
        pass
    return re.sub(r"v\d+$", "", url.rsplit("/", 1)[-1])
