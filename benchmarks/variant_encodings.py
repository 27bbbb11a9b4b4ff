"""Positive variants that re-encode a paper's text as scrapers and renderers do: punctuation,
diacritics and TeX accents, LaTeX math, Greek letters, HTML entities, mojibake, scraped URLs,
glued words, and several at once."""

from __future__ import annotations

import html
import random
import re
import unicodedata

from variant_pool import Copy, Paper, Pool, base_copy, one_line, rewrap

_DASHES = ("\u2013", "\u2014", " - ", " ", "")


def restyle_punct(text: str, rng: random.Random) -> str:
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
    return base_copy(p), Copy(restyle_punct(p.title, rng), restyle_punct(p.abstract, rng))


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
        return base_copy(p), Copy(_from_tex_accents(p.title), _from_tex_accents(p.abstract))
    if not _ACCENTED.search(text):
        return None
    if rng.random() < 0.5:
        return base_copy(p), Copy(_to_tex_accents(p.title, rng), _to_tex_accents(p.abstract, rng))
    return base_copy(p), Copy(_strip_accents(p.title), _strip_accents(p.abstract))


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
    return base_copy(p), Copy(
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
        return base_copy(p), Copy(
            _greek_swap(p.title, rng, True), _greek_swap(p.abstract, rng, True)
        )
    if _GREEK_CHAR.search(text):
        return base_copy(p), Copy(
            _greek_swap(p.title, rng, False), _greek_swap(p.abstract, rng, False)
        )
    return None


def html_escape(text: str, rng: random.Random) -> str:
    out = html.escape(text, quote=True)
    if rng.random() < 0.4:
        out = out.replace("&", "&amp;")  # double-escaped dumps: &amp;#x27;
    return out


def v_html(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy] | None:
    if not re.search(r"[&<>\"']", p.title + p.abstract):
        return None
    return base_copy(p), Copy(html_escape(p.title, rng), html_escape(p.abstract, rng))


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
    return base_copy(p), Copy(p.title, abstract)


def v_combined(p: Paper, pool: Pool, rng: random.Random) -> tuple[Copy, Copy]:
    """Several scrape artefacts at once: title case, re-wrapping, HTML escaping, dash and
    quote restyling and a couple of glued words."""
    title = html_escape(restyle_punct(p.title.title(), rng), rng)
    glued = v_glued(p, pool, rng)[1].abstract
    abstract = html_escape(restyle_punct(rewrap(glued, rng.randint(60, 100)), rng), rng)
    return base_copy(p), Copy(title, abstract)


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
    return base_copy(p), Copy(p.title, " ".join(words))


# What a paper must hold for an encoding variant to change anything: these are rare, so
# ``variants.generate`` searches for them before the common classes use the pool up.
NEEDS = {
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
