"""The text checks: what is wrong inside one title or abstract.

Chrome glued into the text, leaked markdown links, encoding damage (mojibake, control
characters, lone surrogates, U+FFFD), and the junk-abstract rules ``clean`` applies. Each
check takes a string and knows nothing of files or rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..normalize import fix_mojibake
from ..sources.chrome import classify_chrome
from ..sources.structured.fields import junk_abstract_reason
from .problems import snippet

# Chrome glued into a title or abstract. Each pattern is specific enough to stay silent on
# the prose of real abstracts: nav phrases anywhere, counters only at the start or the end.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# (name, needle, pattern): the pattern runs only when the needle (a plain substring test,
# fast) is in the text; a regex alternation anchored at both ends would scan every position.
_CHROME_TEXT: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("Get trending papers", "trending papers", re.compile(r"Get trending papers in your")),
    ("byAK", "research community", re.compile(r"\bby\s*AK and the research community")),
    ("Subscribe", "Subscribe", re.compile(r"^Subscribe(?![a-z])|(?<![A-Za-z])Subscribe\s*$")),
    ("Upvote", "Upvote", re.compile(r"^Upvote(?![a-z])|(?<![A-Za-z])Upvote\s*\d*\s*$")),
    (
        "N authors",
        "author",
        re.compile(r"^[-*·\s]*\d[\d,]* authors?\b|\b\d[\d,]* authors?(?:\s*$|\]\()"),
    ),
    ("Submitted by", "Submitted by", re.compile(r"^Submitted by\b|\bSubmitted by(?:\s+\S+)?\s*$")),
    (
        "GitHub stars",
        "GitHub",
        re.compile(r"\bGitHub\s+\d[\d.,]*k\b|^(?:LINK:\s*)?GitHub\s+\d|\bGitHub\s+\d[\d.,]*k?\s*$"),
    ),
    ("arXiv Page", "arXiv Page", re.compile(r"\[arXiv Page\]|\barXiv Page\s*$")),
    ("Published on", "Published on", re.compile(rf"\bPublished on\s+{_MONTH}\s+\d")),
)
_MD_LINK = re.compile(r"\]\((?:https?://|/)")
_MD_LINK_FULL = re.compile(r"\[([^\[\]]*)\]\(((?:https?://|/)[^()\s]*)\)")
# A lead character of a UTF-8 sequence read as cp1252, then what may be its continuation.
_MOJIBAKE_CANDIDATE = re.compile("[\u00c2-\u00f4][\u0080-\u02ff\u2000-\u2122]{1,3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
# A bare arXiv id ("2603.16777", "arXiv:2603.16777v2"): chrome's number rules would call it
# a counter ("upvotes"); it is an id that landed in the wrong field.
_ARXIV_ID_ONLY = re.compile(r"(?:arxiv:\s*)?\d{4}\.\d{4,5}(?:v\d+)?", re.IGNORECASE)
_JUNK_CODES = {
    "no_text": "C_EMPTY_ABSTRACT",
    "title": "C_ABSTRACT_IS_TITLE",
    "bot": "C_ABSTRACT_BOT",
    "link_only": "C_ABSTRACT_URL",
    "too_short": "C_ABSTRACT_SHORT",
}
_JUNK_MESSAGES = {
    "no_text": "abstract has no words",
    "title": "abstract repeats the title",
    "bot": "abstract is a bot comment",
    "link_only": "abstract is only a link",
    "too_short": "abstract is too short to be one",
}


def _is_autolink(text: str, url: str) -> bool:
    """``[lacing-lvlm.github.io](https://lacing-lvlm.github.io)``: a URL the renderer
    turned into a link. The text is still all there, so this is not a leak."""

    def bare(s: str) -> str:
        return re.sub(r"^(?:https?://)?(?:www\.)?", "", s.strip().lower()).rstrip("/")

    t = bare(text)
    return bool(t) and t in bare(url)


def markdown_link_leak(text: str) -> str | None:
    """The first markdown link in ``text`` that is not a plain autolink, or ``None``."""
    if "](" not in text or not _MD_LINK.search(text):
        return None
    for m in _MD_LINK_FULL.finditer(text):
        if not _is_autolink(m.group(1), m.group(2)):
            return m.group(0)
    # "](http" without a complete link around it: a wrapper cut in half ("2 authors](...").
    full = {m.end(1) for m in _MD_LINK_FULL.finditer(text)}
    for m in _MD_LINK.finditer(text):
        if m.start() not in full:
            return text[max(0, m.start() - 20) : m.end() + 20]
    return None


def chrome_kind(text: str) -> str | None:
    """What kind of page chrome the whole of ``text`` is, or ``None``."""
    if _ARXIV_ID_ONLY.fullmatch(text.strip()):
        return "an arXiv id"
    return classify_chrome(text)


def chrome_in_text(text: str) -> str | None:
    """Name of the page chrome glued into ``text``, or ``None``."""
    for name, needle, pattern in _CHROME_TEXT:
        if needle in text and pattern.search(text):
            return name
    return None


def encoding_problems(text: str) -> list[tuple[str, str]]:
    """``(code, message)`` for the encoding damage in ``text``."""
    out: list[tuple[str, str]] = []
    if text.isascii():
        if _CONTROL.search(text):
            out.append(("C_CONTROL_CHAR", _control_message(text)))
        return out
    if SURROGATE.search(text):
        out.append(("C_LONE_SURROGATE", "contains a lone surrogate"))
        # Nothing below can run on a string that cannot be encoded.
        return out
    if "\ufffd" in text:
        out.append(("C_REPLACEMENT_CHAR", "contains U+FFFD (replacement character)"))
    found = mojibake(text)
    if found is not None:
        out.append(("C_MOJIBAKE", _mojibake_message(text, *found)))
    if _CONTROL.search(text):
        out.append(("C_CONTROL_CHAR", _control_message(text)))
    return out


def _control_message(text: str) -> str:
    m = _CONTROL.search(text)
    assert m is not None
    return f"contains control character U+{ord(m.group()):04X} at offset {m.start()}"


def mojibake(text: str) -> tuple[int, str, str] | None:
    """``(offset, sequence, repair)`` of the first mojibake in ``text``, or ``None``.

    ``fix_mojibake`` decides what repairs cleanly; a repair into Hebrew, Arabic and the other
    scripts of U+0500-U+07FF is not believed: those come from two-byte sequences such as
    "×–" (a times sign and an en dash, written on purpose), not from damaged text.
    """
    for m in _MOJIBAKE_CANDIDATE.finditer(text):
        seq = m.group()
        fixed = fix_mojibake(seq)
        if fixed == seq:
            continue
        new = set(fixed) - set(seq)
        if new and not any("\u0500" <= c <= "\u07ff" for c in new):
            return m.start(), seq, fixed
    return None


def _mojibake_message(text: str, start: int, seq: str, fixed: str) -> str:
    end = start + len(seq)
    before, after = text[max(0, start - 20) : start], text[end : end + 20]
    return f"looks like mojibake: {before + seq + after!r} (should read {before + fixed + after!r})"


def text_problems(
    title: str, abstract: str, check_abstract: bool = True
) -> list[tuple[str, str, str]]:
    """``(code, field, message)`` for the content of one row's title and abstract."""
    out: list[tuple[str, str, str]] = []
    fields = (("title", title), ("abstract", abstract)) if check_abstract else (("title", title),)
    for name, text in fields:
        out.extend((code, name, f"{name} {msg}") for code, msg in encoding_problems(text))
        if SURROGATE.search(text):
            continue
        out.extend(_field_problems(name, text, title))
    return out


def _field_problems(name: str, text: str, title: str) -> Iterator[tuple[str, str, str]]:
    if not text.strip():
        code = "C_EMPTY_TITLE" if name == "title" else "C_EMPTY_ABSTRACT"
        yield code, name, f"{name} is empty"
        return
    if not any(c.isalnum() for c in text):
        code = "C_EMPTY_TITLE" if name == "title" else "C_EMPTY_ABSTRACT"
        yield code, name, f"{name} has no words: {snippet(text)}"
        return
    junk = None
    if name == "abstract" and title.strip():
        # Judged first, as clean weighs it: a one-word abstract ("2603.16777", "12") is a
        # junk abstract clean keeps flagged, not page chrome.
        junk = junk_abstract_reason(title, text)
        if junk is not None:
            yield _JUNK_CODES[junk], name, f"{_JUNK_MESSAGES[junk]}: {snippet(text)}"
    if junk is None:
        kind = chrome_kind(text)
        if kind is not None:
            if name == "abstract" and kind == "url":
                yield "C_ABSTRACT_URL", name, f"abstract is only a link: {snippet(text)}"
            else:
                yield "C_CHROME_FIELD", name, f"{name} is page chrome ({kind}): {snippet(text)}"
            return
    chrome = chrome_in_text(text)
    if chrome is not None:
        yield "C_CHROME_TEXT", name, f"{name} contains page chrome {chrome!r}: {snippet(text)}"
    link = markdown_link_leak(text)
    if link is not None:
        yield "C_MARKDOWN_LINK", name, f"{name} contains markdown link syntax: {snippet(link)}"
