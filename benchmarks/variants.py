"""Synthetic duplicate variants and hard negatives built from real arXiv abstracts.

Every class of the duplicate taxonomy (domain.md §c.3) becomes a generator of *positive*
pairs: two copies of one real paper, the second rewritten the way a scraper, a renderer or an
arXiv revision rewrites it. Hard *negatives* are pairs of distinct papers built to look alike
(Part I / Part II, Llama-2 / Llama-3, a title contained in another, a conference paper and its
journal extension, same-template abstracts, reused abstracts, junk abstracts...).

Deterministic: one ``random.Random(seed)`` drives everything, papers are read in file order and
every pair consumes its own papers (and donors), so no two pairs share text by accident.

    papers = load_papers(folder)                    # one Paper per distinct arXiv id
    pairs = generate(papers, per_class=200, seed=7)  # list[Pair]
"""

from __future__ import annotations

import gzip
import html
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "NEGATIVES",
    "NOT_DECIDABLE",
    "POSITIVES",
    "UNDECIDABLE",
    "Copy",
    "Pair",
    "Paper",
    "generate",
    "load_papers",
]


@dataclass(frozen=True)
class Paper:
    pid: str
    title: str
    abstract: str


@dataclass(frozen=True)
class Copy:
    """One record as a parser would yield it (``arxiv_id`` already version-stripped)."""

    title: str
    abstract: str
    arxiv_id: str | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pair:
    cls: str
    same: bool  # True: two copies of one paper; False: a hard negative
    a: Copy
    b: Copy
    source: str  # arXiv id of the paper the pair was built from


# --------------------------------------------------------------------------- loading


def load_papers(folder: str | Path, max_files: int | None = None) -> list[Paper]:
    """First listing of every distinct arXiv id, files in name order (deterministic)."""
    files = sorted(Path(folder).glob("*.jsonl.gz"))
    if max_files is not None:
        files = files[:max_files]
    seen: set[str] = set()
    papers: list[Paper] = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                pid, title, abstract = row.get("id"), row.get("title"), row.get("summary")
                if not pid or not title or not abstract or pid in seen:
                    continue
                seen.add(pid)
                papers.append(Paper(pid, title, abstract))
    return papers


# --------------------------------------------------------------------------- text helpers

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_STOP = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "for",
        "in",
        "on",
        "to",
        "with",
        "by",
        "from",
        "at",
        "as",
        "is",
        "are",
        "via",
        "using",
        "based",
        "towards",
        "toward",
        "into",
        "over",
        "under",
        "its",
        "their",
        "our",
    }
)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]


def one_line(text: str) -> str:
    return " ".join(text.split())


def content_words(title: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", title) if w.lower() not in _STOP]


def rewrap(text: str, width: int) -> str:
    lines: list[str] = []
    line = ""
    for word in one_line(text).split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def title_name(title: str) -> str | None:
    """The system name before a colon ("BePo: ..."), if the title has one."""
    head, sep, _ = title.partition(":")
    if sep and 1 <= len(head.split()) <= 2 and len(head) <= 24:
        return head.strip()
    return None


_NAME_SYLLABLES = ("ka", "ro", "vi", "te", "lu", "mo", "xa", "ne", "pi", "zo", "qu", "dra", "fen")


def new_name(rng: random.Random) -> str:
    core = "".join(rng.choice(_NAME_SYLLABLES) for _ in range(rng.randint(2, 3)))
    styles = (core.capitalize(), core.upper()[:5], core.capitalize() + rng.choice("XMNGR"))
    return rng.choice(styles)


# --------------------------------------------------------------------------- the pool


def _vocabulary(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


class Pool:
    """Papers in a seeded order; each pair takes its own, so no text is shared by accident."""

    def __init__(self, papers: list[Paper], rng: random.Random) -> None:
        self.papers = list(papers)
        rng.shuffle(self.papers)
        self.used = bytearray(len(self.papers))
        self.pos = 0
        self.rng = rng
        self.used_names: set[str] = set()  # template task names already given to a pair

    def take(self) -> Paper | None:
        """The next unused paper."""
        while self.pos < len(self.papers) and self.used[self.pos]:
            self.pos += 1
        if self.pos >= len(self.papers):
            return None
        self.used[self.pos] = 1
        return self.papers[self.pos]

    def matching(self, accept: Callable[[Paper], bool]) -> Iterator[Paper]:
        """Unused papers that ``accept`` likes, in pool order, each marked used when yielded."""
        for k, p in enumerate(self.papers):
            if not self.used[k] and accept(p):
                self.used[k] = 1
                yield p

    def nearest(self, p: Paper, scan: int = 300) -> Paper | None:
        """Of the next ``scan`` unused papers, the one whose abstract shares the most
        vocabulary with ``p``'s (a same-topic paper, for the hardest negatives)."""
        mine = _vocabulary(p.abstract)
        best, best_k, best_score = None, -1, -1.0
        seen = 0
        for k in range(self.pos, len(self.papers)):
            if self.used[k]:
                continue
            seen += 1
            other = _vocabulary(self.papers[k].abstract)
            score = len(mine & other) / (len(mine | other) or 1)
            if score > best_score:
                best, best_k, best_score = self.papers[k], k, score
            if seen >= scan:
                break
        if best is not None:
            self.used[best_k] = 1
        return best

    def sentence(self) -> str:
        donor = self.take()
        if donor is None:
            return "We further report extensive ablations on three additional benchmarks."
        return self.rng.choice(sentences(donor.abstract) or [donor.abstract])


Variant = Callable[[Paper, Pool, random.Random], tuple[Copy, Copy] | None]


def _base(p: Paper) -> Copy:
    return Copy(p.title, p.abstract)


# --------------------------------------------------------------------------- positives


def v_exact(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    return _base(p), _base(p)


def v_whitespace(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    words = p.title.split()
    cut = rng.randrange(1, len(words)) if len(words) > 1 else 1
    title = " ".join(words[:cut]) + rng.choice(["\n", "  ", " \n "]) + " ".join(words[cut:])
    abstract = rewrap(p.abstract, rng.randint(55, 110))
    abstract = abstract.replace(". ", rng.choice([".  ", ". \n", ".\u00a0"]), 3)
    return _base(p), Copy(title.strip(), "  " + abstract + " \n")


def v_case(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    style = rng.choice(["upper", "title", "lower"])
    if style == "upper":
        return _base(p), Copy(p.title.upper(), p.abstract)
    if style == "title":
        return _base(p), Copy(p.title.title(), p.abstract)
    return _base(p), Copy(p.title.lower(), p.abstract.lower())


_DASHES = ("\u2013", "\u2014", " - ", " ", "")


def _restyle_punct(text: str, rng: random.Random) -> str:
    text = re.sub(r"(?<=\w)-(?=\w)", lambda m: rng.choice(_DASHES), text)
    text = re.sub(
        r'"([^"]+)"',
        lambda m: rng.choice(["\u201c{}\u201d", "``{}''", "'{}'"]).format(m.group(1)),
        text,
    )
    text = text.replace("'s ", "\u2019s ").replace(" -- ", " \u2014 ")
    return text.replace(": ", rng.choice([" - ", " \u2014 ", ": ", " : "]), 1)


def v_punctuation(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if not re.search(r"\w-\w|[:\"']", p.title + p.abstract):
        return None
    return _base(p), Copy(_restyle_punct(p.title, rng), _restyle_punct(p.abstract, rng))


_TEX_ACCENT_OF = {
    "\u0301": "'",
    "\u0300": "`",
    "\u0308": '"',
    "\u0302": "^",
    "\u0303": "~",
    "\u030c": "v",
    "\u0327": "c",
    "\u0304": "=",
}
_ACCENTED = re.compile(r"[\u00c0-\u017f]")
_TEX_ACCENTED = re.compile(r"\\(['`\"^~=]|[vc](?=\{))\s*\{?\\?([A-Za-z])\}?")
_COMBINE = {v: k for k, v in _TEX_ACCENT_OF.items()}


def _to_tex_accents(text: str, rng: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        base, *marks = unicodedata.normalize("NFD", m.group())
        if len(marks) != 1 or marks[0] not in _TEX_ACCENT_OF:
            return m.group()
        cmd = _TEX_ACCENT_OF[marks[0]]
        if cmd.isalpha():
            return f"\\{cmd}{{{base}}}"
        return rng.choice([f"\\{cmd}{base}", f"\\{cmd}{{{base}}}", f"{{\\{cmd}{base}}}"])

    return _ACCENTED.sub(one, text)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _from_tex_accents(text: str) -> str:
    return _TEX_ACCENTED.sub(
        lambda m: unicodedata.normalize("NFC", m.group(2) + _COMBINE.get(m.group(1), "")), text
    ).replace("{}", "")


def v_diacritics(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    text = p.title + p.abstract
    if _TEX_ACCENTED.search(text):
        return _base(p), Copy(_from_tex_accents(p.title), _from_tex_accents(p.abstract))
    if not _ACCENTED.search(text):
        return None
    if rng.random() < 0.5:
        return _base(p), Copy(_to_tex_accents(p.title, rng), _to_tex_accents(p.abstract, rng))
    return _base(p), Copy(_strip_accents(p.title), _strip_accents(p.abstract))


_TEX_TO_UNICODE = {
    "times": "\u00d7",
    "leq": "\u2264",
    "le": "\u2264",
    "geq": "\u2265",
    "ge": "\u2265",
    "pm": "\u00b1",
    "sim": "\u223c",
    "approx": "\u2248",
    "infty": "\u221e",
    "ell": "\u2113",
    "cdot": "\u22c5",
    "rightarrow": "\u2192",
    "to": "\u2192",
    "in": "\u2208",
    "neq": "\u2260",
    "alpha": "\u03b1",
    "beta": "\u03b2",
    "gamma": "\u03b3",
    "delta": "\u03b4",
    "epsilon": "\u03b5",
    "theta": "\u03b8",
    "lambda": "\u03bb",
    "mu": "\u03bc",
    "pi": "\u03c0",
    "sigma": "\u03c3",
    "tau": "\u03c4",
    "phi": "\u03c6",
    "omega": "\u03c9",
    "eta": "\u03b7",
    "rho": "\u03c1",
    "kappa": "\u03ba",
    "xi": "\u03be",
    "nu": "\u03bd",
    "zeta": "\u03b6",
    "Delta": "\u0394",
    "Omega": "\u03a9",
    "Sigma": "\u03a3",
    "Phi": "\u03a6",
    "Gamma": "\u0393",
    "Theta": "\u0398",
    "Lambda": "\u039b",
    "Pi": "\u03a0",
    "Psi": "\u03a8",
    "psi": "\u03c8",
    "chi": "\u03c7",
}
_GREEK_NAMES = {k for k, v in _TEX_TO_UNICODE.items() if "\u0370" <= v <= "\u03ff"}
_SUPERSCRIPT = str.maketrans(
    "0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
)
_MATH = re.compile(r"\$([^$]{1,120})\$")


def _hf_stripped(math: str) -> str:
    # HF's renderer drops the dollars and the backslash of math commands, keeps the rest.
    return math.replace("\\", "")


def _unicode_math(math: str) -> str:
    out = re.sub(r"\\([A-Za-z]+)\s*", lambda m: _TEX_TO_UNICODE.get(m.group(1), m.group(1)), math)
    out = re.sub(r"\^\{?([0-9])\}?", lambda m: m.group(1).translate(_SUPERSCRIPT), out)
    return out.replace("\\%", "%").replace("{", "").replace("}", "")


def v_latex_math(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if not _MATH.search(p.title + p.abstract) or "\\" not in p.title + p.abstract:
        return None
    form = rng.choice([_hf_stripped, _unicode_math])
    return _base(p), Copy(
        _MATH.sub(lambda m: form(m.group(1)), p.title),
        _MATH.sub(lambda m: form(m.group(1)), p.abstract),
    )


_GREEK_CMD = re.compile(r"\\(" + "|".join(sorted(_GREEK_NAMES, key=len, reverse=True)) + r")\b")
_GREEK_UNI = {v: k for k, v in _TEX_TO_UNICODE.items() if k in _GREEK_NAMES}
_GREEK_CHAR = re.compile("[" + "".join(_GREEK_UNI) + "]")


def _greek_swap(text: str, rng: random.Random, to_unicode: bool) -> str:
    if to_unicode:
        return _GREEK_CMD.sub(lambda m: _TEX_TO_UNICODE[m.group(1)], text)
    style = rng.choice(["tex", "stripped"])
    return _GREEK_CHAR.sub(
        lambda m: (
            ("$\\" if style == "tex" else "")
            + _GREEK_UNI[m.group()]
            + ("$" if style == "tex" else "")
        ),
        text,
    )


def v_greek(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    text = p.title + p.abstract
    if _GREEK_CMD.search(text):
        return _base(p), Copy(_greek_swap(p.title, rng, True), _greek_swap(p.abstract, rng, True))
    if _GREEK_CHAR.search(text):
        return _base(p), Copy(_greek_swap(p.title, rng, False), _greek_swap(p.abstract, rng, False))
    return None


def _escape(text: str, rng: random.Random) -> str:
    out = html.escape(text, quote=True)
    if rng.random() < 0.4:
        out = out.replace("&", "&amp;")  # double-escaped dumps: &amp;#x27;
    return out


def v_html(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if not re.search(r"[&<>\"']", p.title + p.abstract):
        return None
    return _base(p), Copy(_escape(p.title, rng), _escape(p.abstract, rng))


def _smarten(text: str) -> str:
    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)
    text = re.sub(r'"([^"]+)"', "\u201c\\1\u201d", text)
    return text.replace(" -- ", " \u2014 ").replace("--", "\u2013")


def _mojibake(text: str) -> str:
    # UTF-8 bytes read as cp1252 (undefined bytes as latin-1), as broken exporters do.
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        for byte in ch.encode("utf-8"):
            try:
                out.append(bytes([byte]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(byte))
    return "".join(out)


def v_mojibake(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    title, abstract = _smarten(p.title), _smarten(p.abstract)
    if title.isascii() and abstract.isascii():
        return None
    return Copy(title, abstract), Copy(_mojibake(title), _mojibake(abstract))


_URL = re.compile(r"https?://\S+")


def _scrape_url(url: str, rng: random.Random) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return url.replace("://", ": //", 1)
    if choice == 1:
        return re.sub(r"^https?://(www\.)?", "", url)
    if choice == 2:
        return url.replace("huggingface.co", "hf.xwall.us.kg").replace("github.com", "github.com ")
    return "[email protected]" if "@" in url else url.rstrip(".,)") + " ."


def v_scrape(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if not _URL.search(p.abstract) and "@" not in p.abstract:
        return None
    abstract = _URL.sub(lambda m: _scrape_url(m.group(), rng), p.abstract)
    abstract = re.sub(r"\S+@\S+", "[email protected]", abstract)
    if abstract == p.abstract:
        return None
    return _base(p), Copy(p.title, abstract)


def v_combined(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    """Several scrape artefacts at once: title case, re-wrapping, HTML escaping, dash and
    quote restyling and a couple of glued words."""
    title = _escape(_restyle_punct(p.title.title(), rng), rng)
    glued = v_glued(p, pool, rng)[1].abstract
    abstract = _escape(_restyle_punct(rewrap(glued, rng.randint(60, 100)), rng), rng)
    return _base(p), Copy(title, abstract)


def v_glued(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    words = one_line(p.abstract).split(" ")
    for _ in range(rng.randint(3, 6)):
        if len(words) < 3:
            break
        i = rng.randrange(len(words) - 1)
        if rng.random() < 0.5 and "-" in words[i]:
            words[i] = words[i].replace("-", "", 1)  # de-hyphenation at a line end
        else:
            words[i : i + 2] = [words[i] + words[i + 1]]
    return _base(p), Copy(p.title, " ".join(words))


def v_subtitle(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    head, sep, tail = p.title.partition(": ")
    if not sep or len(head) < 4 or len(tail) < 10:
        return None
    return _base(p), Copy(head, p.abstract)


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
_SYNONYMS = {
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


def _revise_title(title: str, rng: random.Random) -> str | None:
    """A v2 title: one edit that keeps most of the words (what authors do between versions)."""
    words = title.split()
    content = [i for i, w in enumerate(words) if w.lower() not in _STOP]
    edit = rng.choice(_TITLE_EDITS)
    if edit == "replace_word":
        swappable = [i for i in content if words[i].lower().strip(":,") in _SYNONYMS]
        if swappable:
            i = rng.choice(swappable)
            core = words[i].lower().strip(":,")
            new = _SYNONYMS[core]
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
    title = _revise_title(p.title, rng)
    if title is None or title == p.title:
        return None
    return _base(p), Copy(title, p.abstract)


def v_title_replaced(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    donor = pool.take()
    if donor is None:
        return None
    return _base(p), Copy(donor.title, p.abstract)


def v_sentence_added(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    sent = sentences(p.abstract)
    if len(sent) < 3:
        return None
    i = rng.randint(1, len(sent))
    return _base(p), Copy(p.title, " ".join(sent[:i] + [pool.sentence()] + sent[i:]))


def v_sentence_replaced(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    sent = sentences(p.abstract)
    if len(sent) < 4:
        return None
    i = rng.randrange(1, len(sent) - 1)
    sent[i] = pool.sentence()
    return _base(p), Copy(p.title, " ".join(sent))


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _bump(m: re.Match[str], rng: random.Random) -> str:
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
    title = _revise_title(p.title, rng)
    edited = v_sentence_replaced(p, pool, rng)
    if title is None or title == p.title or edited is None:
        return None
    return _base(p), Copy(title, edited[1].abstract)


def v_numbers_updated(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if len(_NUMBER.findall(p.abstract)) < 2:
        return None
    return _base(p), Copy(p.title, _NUMBER.sub(lambda m: _bump(m, rng), p.abstract))


def v_truncated_300(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    text = one_line(p.abstract)
    if len(text) < 450:
        return None
    return _base(p), Copy(p.title, text[:300].rstrip() + "\u2026")


def v_truncated_half(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    text = one_line(p.abstract)
    if len(text) < 450:
        return None
    return _base(p), Copy(p.title, text[: len(text) // 2].rstrip() + "...")


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
    if not _specific(p.title):
        return None
    summary = ai_summary(p.title, rng)
    if len(summary) > 250:
        return None
    return _base(p), Copy(p.title, summary)


_BOT = (
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
            _BOT,
        ]
    )


def _specific(title: str) -> bool:
    return len(content_words(title)) >= 4 and len(re.sub(r"[^a-z0-9]", "", title.lower())) >= 25


def v_junk_copy(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if not _specific(p.title):
        return None
    return _base(p), Copy(p.title, junk_abstract(p.title, rng))


def v_versioned_id(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # Only the identifier can tell: the second copy has a new title and a rewritten abstract.
    title = _revise_title(p.title, rng) or p.title
    donor = pool.take()
    if donor is None:
        return None
    abstract = " ".join(sentences(donor.abstract)[:3])
    raw = f"https://arxiv.org/abs/{p.pid}v{rng.randint(2, 5)}"
    return Copy(p.title, p.abstract, p.pid), Copy(title, abstract, _strip_version(raw))


def _strip_version(url: str) -> str:
    try:  # the package's own extractor, when it is importable
        from papercorpus.sources.chrome_values import arxiv_ids

        ids = arxiv_ids(url)
        if ids:
            return ids[0]
    except ImportError:  # pragma: no cover - benchmark run against an older tree
        pass
    return re.sub(r"v\d+$", "", url.rsplit("/", 1)[-1])


POSITIVES: dict[str, Variant] = {
    "exact_copy": v_exact,
    "whitespace": v_whitespace,
    "case": v_case,
    "punctuation": v_punctuation,
    "diacritics": v_diacritics,
    "latex_math": v_latex_math,
    "greek": v_greek,
    "html_entities": v_html,
    "mojibake": v_mojibake,
    "scrape_urls": v_scrape,
    "glued_words": v_glued,
    "combined_formatting": v_combined,
    "subtitle_dropped": v_subtitle,
    "title_revised": v_title_revised,
    "v2_sentence_added": v_sentence_added,
    "v2_sentence_replaced": v_sentence_replaced,
    "v2_numbers_updated": v_numbers_updated,
    "v2_title_and_abstract": v_title_and_abstract_revised,
    "truncated_300": v_truncated_300,
    "truncated_half": v_truncated_half,
    "ai_summary": v_ai_summary,
    "junk_abstract_copy": v_junk_copy,
    "versioned_arxiv_id": v_versioned_id,
    "title_replaced": v_title_replaced,
}
# Same paper, but the text cannot tell it from a distinct one (docs/dedup.md). Measured and
# reported, never counted against the targets.
NOT_DECIDABLE = {
    "title_replaced": "same abstract under an unrelated title: what distinct papers sharing "
    "one pasted abstract look like in the listings",
    "v2_title_and_abstract": "title retouched and abstract edited at once: the Jaccard band of "
    "real conference/journal extension pairs",
}
UNDECIDABLE = frozenset(NOT_DECIDABLE)


# --------------------------------------------------------------------------- hard negatives


def _mix(p: Paper, pool: Pool, rng: random.Random, keep: float) -> str:
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
    second = _NUMBER.sub(lambda m: _bump(m, rng), p.abstract)
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
    return Copy(base, p.abstract), Copy(other, _mix(p, pool, rng, 0.3))


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
    return _base(p), Copy(p.title, other.abstract)


def n_same_title_same_topic(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    # The hardest same-title case: the other paper is the closest in vocabulary of 300.
    other = pool.nearest(p)
    if other is None:
        return None
    return _base(p), Copy(p.title, other.abstract)


def _extension_title(title: str, rng: random.Random) -> str:
    name = title_name(title)
    if name and rng.random() < 0.6:
        return title.replace(name, name + "++", 1)
    words = title.split()
    content = [i for i, w in enumerate(words) if w.lower() not in _STOP]
    i = rng.choice(content[-3:]) if content else len(words) - 1
    words[i] = rng.choice(["Spotting", "Understanding", "Reasoning", "Adaptation", "Control"])
    return " ".join(words)


def n_extension(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    sent = sentences(p.abstract)
    if len(sent) < 4:
        return None
    return _base(p), Copy(_extension_title(p.title, rng), _mix(p, pool, rng, rng.uniform(0.2, 0.4)))


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
    junk = rng.choice(["", ".", _BOT, "Code: https://github.com/lab/repo", "Comments: 12 pages"])
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


# --------------------------------------------------------------------------- generation


def _pairs_of(
    cls: str, fn: Variant, same: bool, pool: Pool, rng: random.Random, count: int
) -> Iterator[Pair]:
    made = 0
    attempts = 0
    while made < count and attempts < count * 20:
        attempts += 1
        p = pool.take()
        if p is None:
            return
        out = fn(p, pool, rng)
        if out is None:
            continue
        made += 1
        yield Pair(cls, same, out[0], out[1], p.pid)


# Classes whose property is rare: searched for before the common ones use up the pool.
_RARE = ("diacritics", "greek", "latex_math", "scrape_urls", "mojibake")
_NEEDS = {
    "diacritics": lambda p: bool(
        _ACCENTED.search(p.title + p.abstract) or _TEX_ACCENTED.search(p.title + p.abstract)
    ),
    "greek": lambda p: bool(
        _GREEK_CMD.search(p.title + p.abstract) or _GREEK_CHAR.search(p.title + p.abstract)
    ),
    "latex_math": lambda p: bool(_MATH.search(p.abstract)) and "\\" in p.abstract,
    "scrape_urls": lambda p: bool(_URL.search(p.abstract)),
    "mojibake": lambda p: not p.abstract.isascii() or "'" in p.abstract,
}


def generate(
    papers: list[Paper], per_class: int = 200, seed: int = 7, classes: tuple[str, ...] | None = None
) -> list[Pair]:
    """``per_class`` pairs of every positive and negative class (fewer when the papers run
    out of the property a class needs), in a fixed order for a fixed ``seed``."""
    rng = random.Random(seed)
    pool = Pool(papers, rng)
    wanted = classes or (*POSITIVES, *NEGATIVES)
    order = [c for c in _RARE if c in wanted] + [c for c in wanted if c not in _RARE]
    by_class: dict[str, list[Pair]] = {}
    for cls in order:
        same = cls in POSITIVES
        fn = POSITIVES[cls] if same else NEGATIVES[cls]
        need = _NEEDS.get(cls)
        if need is not None:
            by_class[cls] = list(_rare_pairs(cls, fn, need, pool, rng, per_class))
        else:
            by_class[cls] = list(_pairs_of(cls, fn, same, pool, rng, per_class))
    return [pair for cls in wanted for pair in by_class.get(cls, [])]


def _rare_pairs(
    cls: str, fn: Variant, need: Callable[[Paper], bool], pool: Pool, rng: random.Random, count: int
) -> Iterator[Pair]:
    made = 0
    for p in pool.matching(need):
        if made >= count:
            return
        out = fn(p, pool, rng)
        if out is not None:
            made += 1
            yield Pair(cls, True, out[0], out[1], p.pid)
