"""Hard negatives: pairs of distinct papers built to look alike (Part I / Part II, model
versions, contained and generic titles, extensions, template abstracts, reused and junk
abstracts)."""

from __future__ import annotations

import random

from variant_edits import BOT_COMMENTS, NUMBER, bump_number, junk_abstract
from variant_pool import (
    STOP_WORDS,
    Copy,
    Paper,
    Pool,
    Variant,
    base_copy,
    content_words,
    new_name,
    one_line,
    sentences,
    title_name,
)


def mixed_abstract(p: Paper, pool: Pool, rng: random.Random, keep: float) -> str:
    """``p``'s abstract with all but a ``keep`` share of its sentences replaced."""
    sent = sentences(p.abstract)
    n_keep = max(1, round(len(sent) * keep))
    kept = set(rng.sample(range(len(sent)), n_keep))
    return " ".join(s if i in kept else pool.sentence() for i, s in enumerate(sent))


def n_parts(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    base = p.title.rstrip(".")
    a, b = rng.choice([("I", "II"), ("1", "2"), ("II", "III"), ("One", "Two")])
    sent = sentences(p.abstract)
    if len(sent) < 3:
        return None
    sent[rng.randrange(1, len(sent))] = pool.sentence()
    return Copy(f"{base}, Part {a}", p.abstract), Copy(f"{base}, Part {b}", " ".join(sent))


def n_versions(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    name = title_name(p.title) or new_name(rng)
    rest = p.title.partition(": ")[2] or p.title
    style = rng.randrange(4)
    if style == 0:
        va, vb = f"{name}-2", f"{name}-3"
    elif style == 1:
        va, vb = f"{name} 5.0", f"{name} 6.0"
    elif style == 2:
        va, vb = name, f"{name} v2"
    else:
        va, vb = f"{name}-7B", f"{name}-70B"
    second = NUMBER.sub(lambda m: bump_number(m, rng), p.abstract)
    sent = sentences(second)
    if len(sent) >= 3:
        sent[rng.randrange(1, len(sent))] = pool.sentence()
    return Copy(f"{va}: {rest}", p.abstract), Copy(f"{vb}: {rest}", " ".join(sent))


_CONTAINERS = (
    "Are {} a Mirage?",
    "Rethinking {}",
    "On the Limits of {}",
    "{}: A Critical Re-examination",
    "Beyond {}",
    "When Do {} Fail?",
)


def n_contained_title(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    base = p.title.partition(": ")[0]
    if len(content_words(base)) < 2 or len(sentences(p.abstract)) < 4:
        return None
    other = rng.choice(_CONTAINERS).format(base)
    return Copy(base, p.abstract), Copy(other, mixed_abstract(p, pool, rng, 0.3))


_GENERIC_TITLES = (
    "Introduction",
    "Editorial",
    "Preface",
    "Reply",
    "Erratum",
    "Book Review",
    "Discussion",
    "Concluding Remarks",
    "Deep Learning",
    "Foreword",
    "Correction",
    "Response to Reviewers",
    "A Survey of Large Language Models",
    "Introduction to Machine Learning",
)


def n_generic_title(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    other = pool.take()
    if other is None:
        return None
    title = rng.choice(_GENERIC_TITLES)
    return Copy(title, p.abstract), Copy(title, other.abstract)


def n_same_title(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # Two distinct papers under one specific title (same authors, different work).
    other = pool.take()
    if other is None:
        return None
    return base_copy(p), Copy(p.title, other.abstract)


def n_same_title_same_topic(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # The hardest same-title case: the other paper is the closest in vocabulary of 300.
    other = pool.nearest(p)
    if other is None:
        return None
    return base_copy(p), Copy(p.title, other.abstract)


def _extension_title(title: str, rng: random.Random) -> str:
    name = title_name(title)
    if name and rng.random() < 0.6:
        return title.replace(name, name + "++", 1)
    words = title.split()
    content = [i for i, w in enumerate(words) if w.lower() not in STOP_WORDS]
    i = rng.choice(content[-3:]) if content else len(words) - 1
    words[i] = rng.choice(["Spotting", "Understanding", "Reasoning", "Adaptation", "Control"])
    return " ".join(words)


def n_extension(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    sent = sentences(p.abstract)
    if len(sent) < 4:
        return None
    return base_copy(p), Copy(
        _extension_title(p.title, rng), mixed_abstract(p, pool, rng, rng.uniform(0.2, 0.4))
    )


_TEMPLATE_SETTINGS = (
    "Real-World",
    "Low-Light",
    "Night-Time",
    "Underwater",
    "Aerial",
    "Mobile",
    "Blind",
    "Event-Based",
    "Multi-Frame",
    "Single-Image",
    "Zero-Shot",
    "Few-Shot",
    "Efficient",
    "Robust",
    "Burst",
    "Stereo",
    "Panoramic",
    "Thermal",
    "Hyperspectral",
    "Compressed",
)
_TEMPLATE_TASKS = (
    "Face Restoration",
    "Image Enhancement",
    "Image Deblurring",
    "Dehazing",
    "Video Super-Resolution",
    "Shadow Removal",
    "Depth Completion",
    "Deraining",
    "Stereo Matching",
    "Image Denoising",
    "Portrait Relighting",
    "Document Rectification",
    "Image Restoration",
    "Light Field Reconstruction",
    "Inpainting",
    "Demosaicing",
)
_TEMPLATE = (
    "This paper reviews the challenge on {task}. The goal of the challenge is to develop methods"
    " that produce high-quality results for {task_l} under realistic conditions. The challenge"
    " attracted {n} registered participants, and {m} teams submitted valid final solutions."
    " We describe the dataset, the evaluation protocol and the methods of the top-ranked teams,"
    " which establish the state of the art for {task_l}. The winning solution reached {s:.2f}"
    " on the final test set."
)


def _template_names(pool: Pool, rng: random.Random) -> tuple[str, str] | None:
    """Two tasks in one setting, never given to another pair (no accidental sharing)."""
    for _ in range(50):
        setting = rng.choice(_TEMPLATE_SETTINGS)
        tasks = rng.sample(_TEMPLATE_TASKS, 2)
        if any(w in task.lower() for w in setting.lower().split("-") for task in tasks):
            continue  # "Single-Image Image Denoising": not a name anyone would write
        t1, t2 = (f"{setting} {task}" for task in tasks)
        if t1 not in pool.used_names and t2 not in pool.used_names:
            pool.used_names.update((t1, t2))
            return t1, t2
    return None


def n_template(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # Same setting, different task: the titles differ by a word or two, the abstracts only
    # in their slots (challenge reports, shared-task overviews).
    names = _template_names(pool, rng)
    if names is None:
        return None
    copies = []
    for task in names:
        title = f"Challenge on {task}: Methods and Results"
        text = _TEMPLATE.format(
            task=task,
            task_l=task.lower(),
            n=rng.randint(80, 400),
            m=rng.randint(8, 40),
            s=rng.uniform(20, 40),
        )
        copies.append(Copy(title, text))
    return copies[0], copies[1]


def n_reused_abstract(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # Two papers by one group, one abstract pasted into both, each with its own system name
    # (observed in the listings: BePo / ODG, HealthFlow / ConfAgents).
    name_a, name_b = new_name(rng), new_name(rng)
    donor = pool.take()
    if donor is None or name_a.lower() == name_b.lower():
        return None
    rest_a = p.title.partition(": ")[2] or p.title
    rest_b = donor.title.partition(": ")[2] or donor.title
    return (
        Copy(f"{name_a}: {rest_a}", f"We present {name_a}. " + one_line(p.abstract)),
        Copy(f"{name_b}: {rest_b}", f"We present {name_b}. " + one_line(p.abstract)),
    )


def n_junk_both(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    other = pool.take()
    if other is None:
        return None
    junk = rng.choice(
        ["", ".", BOT_COMMENTS, "Code: https://github.com/lab/repo", "Comments: 12 pages"]
    )
    return Copy(p.title, junk), Copy(other.title, junk)


def n_generic_junk(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # A generic title and no usable abstract on one side: nothing says it is the same paper.
    title = rng.choice(_GENERIC_TITLES[:12])
    return Copy(title, p.abstract), Copy(title, junk_abstract(title, rng))


NEGATIVES: dict[str, Variant] = {
    "neg_part_numbers": n_parts,
    "neg_version_numbers": n_versions,
    "neg_contained_title": n_contained_title,
    "neg_generic_title": n_generic_title,
    "neg_same_title_other_paper": n_same_title,
    "neg_same_title_same_topic": n_same_title_same_topic,
    "neg_journal_extension": n_extension,
    "neg_template_abstract": n_template,
    "neg_reused_abstract": n_reused_abstract,
    "neg_junk_both": n_junk_both,
    "neg_generic_title_junk": n_generic_junk,
}
