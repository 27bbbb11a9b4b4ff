"""Page chrome: the lines of a scraped Hugging Face Papers page that are not paper text.

``classify_chrome(line)`` names the kind of chrome a line is (``"nav"``, ``"date"``,
``"upvotes"``...) or returns ``None`` for content. It sees one line at a time, so it only
decides what a line is on its own; context rules (an organisation name on its own line, a
search echo, the user name after "Submitted by") live in the page parser.

It runs on every line of every page, so the common case - a title or abstract line - must
fail fast: prose that starts with a letter and is longer than any chrome line returns
after two cheap checks; short lines go through one exact-string lookup and one combined,
precompiled, start-anchored regex. Only lines that start with markup characters pay for
markdown unwrapping.

``chrome_values`` extracts the few values that chrome carries (paper ids, dates, counts)
for the parser.
"""

from __future__ import annotations

import re
from typing import Final

from .browser_marks import PSEUDO_IMG, menu_row

__all__ = [
    "CARD_DATE",
    "CHROME_KINDS",
    "MONTH_NAME",
    "VOTE_ARROWS",
    "bare",
    "classify_chrome",
    "consent_sentence",
    "is_hf_user_url",
]

# Every kind ``classify_chrome`` can return. From context the page parser also counts
# "search" (the search box echo), "org"/"submitted_by" for bare name lines, "section"
# (arXiv listings), "frontmatter" (a capture tool's YAML header), "repeated" (a line
# of a shape the page repeats on its cards, ``pages.repeats``) and "soft_break" (a line a
# mail's soft break joined to the line above, ``pages.mail``).
CHROME_KINDS: Final = (
    "header",
    "nav",
    "view",
    "upvotes",
    "authors",
    "org",
    "dot",
    "date",
    "url",
    "submitted_by",
    "github",
    "pagination",
    "image",
    "markup",
    "truncation",
    "comments",
)

# Content lines longer than this are never chrome unless they start with markup or a URL.
_MAX_PLAIN_CHROME: Final = 120

# A month as listings name it (Jan, Sept, September ...); the pieces of text around it
# differ by pattern (``pages.reader``, ``pages.repeats``).
MONTH_NAME: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH: Final = MONTH_NAME + r"\.?"
# A card date, optionally after "·" / "Published on", with the comment count that page
# captures glue to it: "May 29[6](…#community)", "Mar 8, 2024 [ 6][39]", "May 296".
_DATE_BODY: Final = (
    r"(?:·\s*)?(?:Published on\s+)?"
    rf"(?P<date>{_MONTH}\s+(?P<day>\d{{1,2}})(?:,\s*\d{{4}})?)"
    r"\s*(?:\[\s*(?P<c1>\d+)\s*\](?:\[\d+\]|\([^)\s]*\))|(?P<c2>\d{1,5}))?\s*$"
)
CARD_DATE: Final = re.compile(_DATE_BODY)  # its groups: date, day, and the comment count c1 or c2
# The same without its groups, to sit inside the combined pattern below.
_DATE_PLAIN: Final = re.sub(r"\(\?P<\w+>", "(?:", _DATE_BODY)
# Other card date forms listing pages show: relative ("2 days ago", "Published 3 hours
# ago", "yesterday"), ISO ("2025-01-03"), day first ("3 March 2025", "Submitted on 3 Jan
# 2025"). Kept raw: no card date is parsed from them.
_OTHER_DATE: Final = (
    r"(?:(?:Published|Submitted|Updated|Posted)(?:\s+on)?\s+)?"
    r"(?:(?:\d{1,3}|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago"
    r"|[Yy]esterday|\d{4}-\d{2}-\d{2}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\s*$"
)
# Counts with the sign a capture keeps of their button: "▲ 101", "👍 12", "101 upvotes",
# "★ 1.2k", "1.2k stars", "💬 12", "12 comments".
_COUNT_RE: Final = r"\d[\d,]*(?:\.\d+)?[kKmM]?"
_VOTE_SIGNS: Final = "▲△⬆↑👍"
_STAR_SIGNS: Final = "★⭐"

_HEADER_EXACT: Final = {
    "new",
    "Subscribe",
    "Daily Papers",
    "Trending Papers",
    "Daily Papers - Hugging Face",
    "Trending Papers - Hugging Face",
    "by",
    "AK",
    "byAK",
    "and the research community",
}
_NAV_EXACT: Final = {
    "Hugging Face",
    "Hugging Face's logo",
    "Hugging Face's logo Hugging Face",  # the logo's alt text and the name, as text tools join them
    "Models",
    "Datasets",
    "Spaces",
    "Buckets",
    "Buckets new",
    "Docs",
    "Enterprise",
    "Pricing",
    "Log In",
    "Login",
    "Sign Up",
    "Sign up",
    "Website",
    "Tasks",
    "HuggingChat",
    "Collections",
    "Languages",
    "Organizations",
    "Community",
    "Blog",
    "Posts",
    "Learn",
    "Discord",
    "Forum",
    "GitHub",
    "Solutions",
    "Team & Enterprise",
    "Hugging Face PRO",
    "Enterprise Support",
    "Inference Providers",
    "Inference Endpoints",
    "Storage Buckets",
    "System theme",
    "Company",
    "TOS",
    "Terms of Service",
    "Privacy",
    "Privacy Policy",
    "About",
    "Careers",
    "Jobs",
    "Status",
    "Changelog",
    "Search",
    "Papers",
    "Menu",
    "Upvote",
    "arXiv Page",
    "Submitted by",
}
_VIEW_EXACT: Final = {"Daily", "Weekly", "Monthly", "Today", "This week", "This month"}
_PAGINATION_EXACT: Final = {
    "Previous",
    "Prev",
    "Next",
    "« Previous",
    "Next »",
    "Load more",
    "Show more",
    "View more",
    "See more",
    # a card's own expander, under an abstract the page cut ("… Read more" inline stays text)
    "Read more",
    "Show less",
    "Read less",
    "See less",
    "More papers",
    "Older",
    "Newer",
    "Trending Papers ranked by GitHub stars activity",
    "Back to top",
    "↑ Back to top",
    "Scroll to top",
}
_MARKUP_EXACT: Final = {
    *("[", "]", "(", ")", "~~~", "***", "* * *", "<br>", "<br/>", "<hr>", "<!-- -->"),
    # a text browser's list of the page's links, at its end (lynx -dump)
    *("References", "Visible links:", "Visible links", "Hidden links:", "Hidden links"),
}
# A listing's upvote button drawn as an arrow (``furniture_parts`` reads a count beside one).
VOTE_ARROWS: Final = "▲△⬆↑🔼"
_EXACT: Final[dict[str, str]] = {}
for _kinds, _name in (
    (_HEADER_EXACT, "header"),
    (_NAV_EXACT, "nav"),
    (_VIEW_EXACT, "view"),
    (_PAGINATION_EXACT, "pagination"),
    (_MARKUP_EXACT, "markup"),
):
    for _s in _kinds:
        _EXACT[_s] = _name
del _kinds, _name, _s
_EXACT["Upvote"] = "upvotes"
for _s in VOTE_ARROWS:  # (the vote button drawn as its arrow alone, as "Upvote" is written)
    _EXACT[_s] = "upvotes"
_EXACT["Submitted by"] = "submitted_by"
_EXACT["arXiv Page"] = "github"
_EXACT["·"] = "dot"
_EXACT["•"] = "dot"

# A site menu written on one line ("Daily Weekly Monthly"): ``browser_marks.menu_row``.
_MENU_ITEMS: Final = {k: v for k, v in _EXACT.items() if v in ("nav", "view", "pagination")}
_MENU_WORDS: Final = frozenset(w for w in _MENU_ITEMS if " " not in w)
_MENU_HEADS: Final = frozenset(w[:2] for w in _MENU_WORDS)


# A cookie-consent banner's sentence ("We use cookies to give you …"): none of the 74,728
# real arXiv abstracts has a line so shaped, as listed or wrapped at 60, 80 or 100 columns.
_CONSENT: Final = (
    r"(?:We|This (?:web)?site|Our (?:web)?site|By (?:continuing|using))\b"
    r".{0,80}\bcookies\b.{0,100}"
)


def consent_sentence(line: str) -> bool:
    """A cookie-consent banner's sentence (``classify_chrome`` names it ``"nav"``, as it
    names the banner's buttons and a site menu's words). (Asked of ``_PLAIN_RE``, whose
    ``consent`` group holds ``_CONSENT``: a pattern of its own would be compiled on every
    import, in pure Python.)"""
    s = line.strip()
    if "cookies" not in s or s.startswith(("Accept", "Reject", "Decline")):
        return False
    m = _PLAIN_RE.match(s)
    return m is not None and m.lastgroup == "consent"


# One start-anchored alternation for the plain-text chrome patterns; ``lastgroup`` names
# the kind (no named group is nested inside another).
_PLAIN_RE: Final = re.compile(
    "|".join(
        (
            rf"(?P<date>{_DATE_PLAIN})",
            r"(?P<header>(?:Get trending papers in your email inbox(?: once a day)?!"
            r"|(?:by\s*)?(?:AK\s*)?and the research community"
            r"|(?:Daily|Trending) Papers(?: - Hugging Face)?)\s*$)",
            r"(?P<authors>\d[\d,]*\s+authors?\s*$)",
            r"(?P<upvotes>(?:\[\s*-?\s*\]\s*)?(?:Upvote\s*|[▲△⬆↑👍]\ufe0f?\s*)?"
            rf"(?:[-–—]|{_COUNT_RE}(?:\s+(?:up)?votes?)?)\s*$)",
            rf"(?P<stars>(?:[★⭐]\ufe0f?\s*{_COUNT_RE}|{_COUNT_RE}\s+stars?)\s*$)",
            r"(?P<comments>(?:💬\s*\d[\d,]*|\d[\d,]*\s+comments?)\s*$)",
            rf"(?P<odate>{_OTHER_DATE})",
            r"(?P<github>(?:LINK:\s*)?GitHub(?:\s+\d[\d.,]*[kKmM]?)?(?:\s+arXiv Page)?\s*$)",
            r"(?P<submitted_by>Submitted by\b.{0,60}$)",
            r"(?P<url><?(?:https?://|www\.)\S+>?$|huggingface\.co/\S*$|\[\d+\]:\s*\S+.*$"
            # a link reference definition of any label, to an address (``pages.references``)
            r"|\[[^\[\]]{1,200}\]:[ \t]*<?(?:[a-z][a-z0-9+.-]*://|/)\S*.*$"
            r"|arXiv:\d{4}\.\d{4,5}(?:v\d+)?(?:\s*\[[^\]]*\])?\s*$)",
            r"(?P<pagination>(?:Page \d+(?: of \d+)?|\d+\s*/\s*\d+|(?:Previous|Next)\s+page"
            r"|(?:Show|Load|View|See)\s+(?:\d+\s+)?more(?:\s+papers)?)\s*$)",
            # a cookie-consent banner and its buttons, wherever the capture put them
            rf"(?P<consent>(?:{_CONSENT}|Accept(?: all)?(?: cookies)?|Reject all|Decline)\s*$)",
            r"(?P<truncation>\[?\s*(?:Content|Output|Text) truncated\b.{0,40}$)",
            # "  12. https://…": an entry of a text browser's list of the page's links
            r"(?P<reflist>\d{1,5}\.\s+[a-z][a-z0-9+.-]*://\S+$)",
        )
    )
)

# Groups of _PLAIN_RE that name another kind.
_GROUP_KIND: Final = {"stars": "github", "odate": "date", "consent": "nav", "reflist": "markup"}

# Every way a _PLAIN_RE match can start, besides a digit (\d) or whitespace (the \s* of
# "truncation"), keyed by first character; keep in step with _PLAIN_RE (a test checks).
_PLAIN_STARTS: Final[dict[str, tuple[str, ...]]] = {}
for _s in (
    *("·", "Published on", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"),  # date
    *("Sep", "Oct", "Nov", "Dec"),
    *("Get trending", "by", "AK", "and", "Daily", "Trending"),  # header
    *("[", "Upvote", "-", "–", "—"),  # upvotes
    *("LINK:", "GitHub", "Submitted by"),  # github, submitted_by
    *("<", "http", "www.", "huggingface.co/"),  # url ("[" above)
    *("Page ", "Previous", "Next", "Show ", "Load ", "View ", "See "),  # pagination
    *("We ", "This site", "This website", "Our site", "Our website", "By continuing"),  # consent
    *("By using", "Accept", "Reject all", "Decline"),
    *("Content", "Output", "Text"),  # truncation ("[" above)
    *_VOTE_SIGNS,  # upvotes
    *_STAR_SIGNS,  # stars (github)
    "💬",  # comments
    *("Published ", "Submitted on", "Updated ", "Posted ", "a ", "an ", "yesterday", "Yesterday"),
    "arXiv:",  # url
):
    _PLAIN_STARTS[_s[0]] = (*_PLAIN_STARTS.get(_s[0], ()), _s)
del _s

# Markdown pieces removed to see what a markup-wrapped line says.
_IMG_MD: Final = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# Image placeholders written by text extractors, localised: "[图片：无替代文本]" ("image: no alt").
_IMG_ALT: Final = re.compile(r"\[(?:图片|圖片|image|Image|IMAGE|img|Bild|画像)\s*[：:][^\]]*\]")
_ALT_PREFIX: Final = re.compile(r"(?<=\[)\[[^\[\]]*\]\s*")  # "[[microsoft] Microsoft][67]"
_LINK_INLINE: Final = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_LINK_REF: Final = re.compile(r"\[([^\[\]]*)\]\[\d*\]")
_CLOSER: Final = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*\)$|\]\[\d*\]$")
_ANCHOR: Final = re.compile(r"<a\s[^>]*>\s*</a>$|</?(?:div|span|p|br|hr)\b[^>]*>$")
_RULE: Final = re.compile(r"(?:[-=_*~`]\s*){3,}$|(?:```|~~~)[\w+-]*$")
_LEAD: Final = re.compile(r"^(?:#{1,6}\s+|(?:[-*+•>]\s+)+)+")
# Lines up to this long may be chrome once their images are taken out.
_MAX_MARKED_CHROME: Final = 400
_PUNCT_ONLY: Final = re.compile(r"[\s\[\]()\-*_#>|:\\`~.,;!?'\"·•]*$")

# Paths of huggingface.co that are site sections, not a user or an organisation.
_HF_SECTIONS: Final = frozenset(
    [
        "papers",
        "login",
        "join",
        "models",
        "datasets",
        "spaces",
        "docs",
        "pricing",
        "enterprise",
        "blog",
        "posts",
        "learn",
        "collections",
        "tasks",
        "organizations",
        "settings",
        "storage",
        "new",
        "chat",
        "spaces-dev",
        "terms-of-service",
        "privacy",
        "huggingface",
        "front",
        "avatars",
        "api",
    ]
)
_HF_USER_URL: Final = re.compile(r"https?://(?:www\.)?huggingface\.co/([A-Za-z0-9][\w.\-]*)/?$")
_WHOLE_LINK: Final = re.compile(r"\[(?P<text>.*)\]\((?P<url>[^()\s]*)\)$")
_ORG_REF: Final = re.compile(r"\[\[[^\[\]]*\][^\[\]]+\]\[\d+\]$")


def classify_chrome(line: str) -> str | None:
    """The chrome kind of one page line, or ``None`` when it is (or may be) content."""
    s = line.strip()
    if not s:
        return None
    first = s[0]
    if first.isalnum() and not s.startswith(("http", "www.", "huggingface.co/")):
        n = len(s)
        if n > _MAX_PLAIN_CHROME and (n > _MAX_MARKED_CHROME or "![" not in s):
            return None  # (a chrome line's images may take it over: "Submitted by ![](…) x")
        if "\xa0" in s:  # "12\xa0authors": a no-break space is a space to chrome
            s = s.replace("\xa0", " ")
        kind = _plain(s)
        if kind is None and ("[" in s or "]" in s or "·" in s):
            kind = _marked(s)
        if (
            kind is None
            and n <= 100
            and s[:2] in _MENU_HEADS  # (one lookup turns away most titles and prose)
            and (n <= 40 or "  " in s or "\t" in s)
            and s[: s.find(" ")] in _MENU_WORDS
        ):
            kind = menu_row(s, _MENU_ITEMS)  # (short, or its items set apart)
        return kind
    if "\xa0" in s:
        s = s.replace("\xa0", " ")
    return _marked(s)


def _plain(s: str) -> str | None:
    kind = _EXACT.get(s)
    if kind is not None:
        return kind
    first = s[:1]
    # Most lines (titles) cannot start a match: skip the regex for them.
    if not (first.isdecimal() or first.isspace() or s.startswith(_PLAIN_STARTS.get(first, ()))):
        return None
    m = _PLAIN_RE.match(s)
    return _GROUP_KIND.get(m.lastgroup, m.lastgroup) if m else None  # type: ignore[arg-type]


def _marked(s: str) -> str | None:
    """Lines that start with (or contain) markup: unwrap the markdown, then look again."""
    kind = _plain(s)
    if kind is not None:
        return kind
    if _ANCHOR.match(s) or _RULE.match(s):
        return "markup"
    if "·" in s and len(s) < 400:
        kind = _dotted(s)
        if kind is not None:
            return kind
    if s.startswith("[") and _is_profile_link(s):
        return "org"
    if s[-1] == "]" and PSEUDO_IMG.match(s):
        return "image"
    text, had_image = bare(s)
    if had_image and _PUNCT_ONLY.match(text):
        return "image"
    if not text or _PUNCT_ONLY.match(text):
        # "[", "][33]", "](url)", "- [ ]": link and list scaffolding around content
        return "upvotes" if text in ("-", "–", "—") else "markup"
    if len(text) > _MAX_PLAIN_CHROME and not text.startswith("http"):
        return None
    kind = _plain(text)
    if kind is None and had_image and len(text) <= 60 and s.lstrip("[- *").startswith(("![", "[")):
        # "[![occ-ai](…/avatar.png)OCC](…)": an avatar followed by its name
        return "org"
    return kind


def _is_profile_link(s: str) -> bool:
    """The whole line is a link to a user/organisation page (an author or org block)."""
    if _ORG_REF.match(s):
        return True
    m = _WHOLE_LINK.match(s)
    if m is None:
        return False
    url = m.group("url")
    if url[:1] == "/" and url[1:2] != "/":
        url = "https://huggingface.co" + url  # a relative link of the page (html2text)
    return is_hf_user_url(url)


def _dotted(s: str) -> str | None:
    """ "Org · Published on Oct 4, 2026": chrome only when every part is chrome."""
    parts = [p.strip() for p in s.split("·")]
    kinds = []
    name = False
    for i, part in enumerate(parts):
        if not part:
            continue
        kind = classify_chrome(part)
        if kind is None:
            if i or not _name_like(part):
                return None
            name = True  # "Google · Published on Jan 3, 2025": a name, then its chrome
            continue
        kinds.append(kind)
    if name:
        return "org" if {"date", "authors"} & set(kinds) else None
    if not kinds:
        return "dot"
    if "date" in kinds:
        return "date"
    # "GitHub · 9 stars": the menu word names the site, the count says what the line is
    return next((k for k in kinds if k not in ("nav", "markup", "image")), kinds[0])


def _name_like(s: str) -> bool:
    """An organisation's or user's name as a card shows it: a few words, no sentence,
    no title punctuation (a name is short: the longest of the generator's is 35)."""
    return len(s) <= 40 and s.count(" ") < 5 and not any(c in s for c in ":?!.,;")


def bare(s: str) -> tuple[str, bool]:
    """Text of a markdown-wrapped line without images, link syntax, headings and bullets.

    Returns the text and whether an image was removed. Used to classify chrome only; the
    parser unwraps content lines itself so that inline links inside an abstract survive.
    """
    had_image = False
    if "![" in s:
        s, n = _IMG_MD.subn("", s)
        had_image = n > 0
    if "[" in s and ("：" in s or ":" in s):
        s, n = _IMG_ALT.subn("", s)
        had_image = had_image or n > 0
    if "[[" in s:
        s = _ALT_PREFIX.sub("", s)
    if "](" in s:
        s = _LINK_INLINE.sub(r"\1", s)
        s = _CLOSER.sub("", s)
    if "][" in s:
        s = _LINK_REF.sub(r"\1", s)
        s = _CLOSER.sub("", s)
    s = s.strip().rstrip("\\").strip()
    if s.startswith("["):
        s = s[1:].lstrip()
    if s.endswith("]"):
        s = s[:-1].rstrip()
    s = _LEAD.sub("", s).strip()
    return s, had_image


def is_hf_user_url(url: str) -> bool:
    """``https://huggingface.co/<user-or-org>`` (a profile link, not a paper or a section)."""
    m = _HF_USER_URL.match(url)
    return bool(m) and m.group(1).lower() not in _HF_SECTIONS  # type: ignore[union-attr]
