"""What one line of an arXiv page is: an entry's id line, a labelled field, the page's own
chrome, or a wrapped piece of the field or title above it. ``arxiv_text`` walks the lines
with these; ``arxiv_marks`` reads the values the search and abstract pages print."""

from __future__ import annotations

import re

__all__ = [
    "ARCHIVES",
    "ARXIV_ID",
    "CITE_MARK",
    "CROSS",
    "DATELINE",
    "DAY_HEADER",
    "ENTRY",
    "EXTRA_KEYS",
    "FIELD",
    "FIELD_KEYS",
    "HISTORY",
    "INLINE_LABEL",
    "LYNX_REF",
    "MAIL_BREAK",
    "MAIL_HEAD",
    "MAIL_LINK",
    "MAIL_RULE",
    "MAIL_SIZE",
    "NUMBER_LINK",
    "PAGE_CHROME",
    "PREAMBLE",
    "RAW_TEX",
    "REF_LINK",
    "H2T_ESCAPE",
    "REVISED",
    "SECTION",
    "SECTION_KEYS",
    "SHOWING",
    "SITE_FOOTER",
    "SUBMITTED",
    "author_marks",
    "continues",
    "field_continues",
    "names_like",
    "names_line",
    "prose",
    "stray",
]

# The archives whose codes are category tags (``cs.CV``, ``hep-th``, ``math.AG``): a line
# of such tokens and nothing else is an entry's tags, never a title.
ARCHIVES = frozenset(
    {
        "astro-ph", "cond-mat", "cs", "econ", "eess", "gr-qc", "hep-ex", "hep-lat", "hep-ph",
        "hep-th", "math", "math-ph", "nlin", "nucl-ex", "nucl-th", "physics", "q-bio", "q-fin",
        "quant-ph", "stat",
    }
)  # fmt: skip
# An arXiv id as the listings print it: new style, or an old archive's (``hep-th/9901001``).
ARXIV_ID = r"\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}"
ENTRY = re.compile(
    rf"\s*(?:\[\d+\]\s*|\d{{1,4}}\.\s+)?arXiv:(?P<id>{ARXIV_ID})"
    r"(?P<version>v\d+)?(?P<rest>\s*(?:\[[^\]]*\]|\((?:cross-list from [^)]*|replaced"
    r"|\*cross-listing\*|[a-z][a-z\-]*(?:\.[A-Za-z\-]+)?)\)|\s)*)$"
)
# Link numbers a text browser (lynx, w3m) puts before each link: "[10]arXiv:2503.12507
# [11][pdf, [12]html, [13]other]". A listing number ("[1] arXiv:") has a space after it.
LYNX_REF = re.compile(r"\[\d+\](?=[^\s\]])")
# A converter's link around the listing number: ``[\\[1\\]](https://arxiv.org/list/cs.CL/new#item1)``
# (firecrawl, Jina; escapes undone: ``[[1]](…)``), html2text's ``[[1]](#item1)``: the number.
NUMBER_LINK = re.compile(r"^(\s*)\[\\?\[(\d+)\\?\]\]\([^()\s]*\)")
CROSS = re.compile(r"\(cross-list from ([^)]+)\)")
# Crawl4AI's citation mark, glued to a link's text ("arXiv:2411.05780⟨2⟩"), and the
# reference link pages.citations writes a one-link line as ("[About][40]").
CITE_MARK = re.compile(r"(?<=\S)⟨\d{1,5}⟩")
REF_LINK = re.compile(r"\[([^\[\]]*)\]\[\d{1,5}\]")
FIELD = re.compile(
    r"\s*(?P<name>Title|Authors?|Comments|Journal[- ]ref|Subjects|Categories|Date|DOI|Report-no"
    r"|MSC[- ][Cc]lass"
    r"|ACM[- ][Cc]lass|Abstract|Report number|Journal reference|MSC classes|ACM classes|Cite as)"
    r"\s*:\s*(?P<value>.*)$"
)
# An abstract page's dateline: "[Submitted on 14 Mar 2025 (v1), last revised 2 Apr 2025 (this
# version, v2)]" (a version not the latest: "… (v1), revised … (v2), latest version …").
DATELINE = re.compile(
    r"\s*\[Submitted on (?P<v1>\d{1,2} [A-Z][a-z]{2} \d{4})(?P<rest>[^\]]*)\]\s*$"
)
# Its submission history: "From: Xianming Zeng [view email]", "[v2] Wed, 2 Apr 2025 08:00:01
# UTC (2,401 KB)".
HISTORY = re.compile(
    r"\s*(?:From:\s*.+?\s*\[\s*view email\s*\]|\[v\d+\]"
    r"|(?:\[v\d+\]\s+)?[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}\s+[\d:]+\s+UTC"
    r"\s+\([\d,.]+\s*[KMG]?B\))\s*$"
)  # (a markdown capture puts the version mark and its day on two lines)
# The search page prints its classes on one line: "Report number: X MSC Class: Y ACM Class: Z".
INLINE_LABEL = re.compile(r"\s+(?=(?:MSC Class|ACM Class|Report number)\s*:)")
SUBMITTED = re.compile(r"\s*(?P<value>Submitted\s+\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}\s*;.*)$")
SECTION = re.compile(
    r"\s*(?P<name>New submissions|Cross submissions|Cross-lists|Replacement submissions"
    r"|Replacements)\b.*$"
)
# A backslash no escaping writer left single: before a letter (TeX's ``\\ell``), ``%``, ``&``
# or ``'`` (``80\\%``). A converter that escapes backslashes (turndown: Jina, firecrawl) doubles
# every one; html2text escapes a backslash only before its own marks, so a page showing this
# keeps its other backslashes as written.
RAW_TEX = re.compile(r"(?<!\\)\\[A-Za-z%&']")
# html2text's one escape of a backslash: before a markdown mark (``\\\\_`` for ``\\_``).
H2T_ESCAPE = re.compile(r"\\(\\)(?=[\\`*_{}\[\]()#+\-.!])")
# A reader service's preamble (Jina: ``Title: <the page's title>`` / ``URL Source: …`` /
# ``Published Time: …`` / ``Markdown Content:``): the tool's header, above the page.
PREAMBLE = re.compile(r"\s*(?:URL Source|Markdown Content|Published Time)\s*:.*$")
SHOWING = re.compile(r"\s*Showing new listings for\s+(?P<date>.+?)\s*$")
DAY_HEADER = re.compile(
    r"\s*(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
    r"\s*(?:\(showing[^)]*\))?\s*$"
)
PAGE_CHROME = re.compile(
    r"\s*(?:No updates today\.?|fewer\s*\|\s*more\s*\|\s*all|Total of \d+ entries(?:\s*:.*)?"
    r"|Showing up to \d+ entries per page.*|Authors and titles for .*|Skip to main content"
    r"|Help\s*\|\s*Advanced Search|See today's (?:new )?changes|References|\d+\.\s+https?://\S+"
    r"|\[?\s*(?:pdf|html|other|ps)"
    r"(?:\s*,\s*(?:pdf|html|other|ps))*\s*\]?"
    # the search page's own: its result count, version, form and pager
    r"|#*\s*Showing [\d,]+\s*[–-]\s*[\d,]+ of [\d,]+ results for .*|Search v[\d.]+ released .*"
    r"|\d+ results per page\.?|Sort results by .*|Show abstracts(?:\s+Hide abstracts)?"
    r"|Hide abstracts|Advanced Search|Previous(?:\s+Next)?|Next"
    # an abstract page's side bar, its fixed headings (what follows them is the site's)
    r"|Full-text links:|Access Paper:|Current browse context:|Change to browse by:"
    r"|References\s*&\s*Citations|export BibTeX citation|Bookmark|Bibliographic Tools"
    r"|Bibliographic and Citation Tools|Code, Data,? Media|Demos|Related Papers|About arXivLabs"
    r"|NASA ADS|Google Scholar|Semantic Scholar|Bibliographic Explorer(?: Toggle| \(What is .*\))?"
    r"|Which authors of this paper are endorsers\?.*|Disable MathJax.*"
    r"|<\s*prev\s*\|\s*next\s*>|new\s*\|\s*recent\s*\|\s*\d{4}-\d{2}"
    # a link's definition (a cited page's reference list, read as definitions)
    r"|\[\d{1,5}\]:\s+(?:https?://|/)\S*)\s*$"
)
# The site's footer, every page's, as a copy writes its links (an icon's label glued:
# "contact arXivClick here to contact arXiv Contact"): no entry's text. It ends the entry
# above it and is reported with the other lines outside any entry.
SITE_FOOTER = re.compile(
    r"\s*(?:About|Help|Contact|Subscribe|Copyright|Privacy Policy|Web Accessibility Assistance"
    r"|arXiv Operational Status|Get status notifications via (?:email|slack)(?: or \w+)?"
    r"|contact arXiv(?:Click here to contact arXiv)?\s*Contact"
    r"|subscribe to arXiv mailings(?:Click here to subscribe)?\s*Subscribe)\s*$"
)
# "Subjects:" wrapped at 80 columns continues with more "Name (cs.XX)" items.
_SUBJECT_ITEM = re.compile(r"[^.]*\((?P<archive>[a-z\-]+)(?:\.[A-Za-z\-]+)?\)\s*;?\s*$")
_BOUNDARY = re.compile(r"(?:[^\W\d_]{3}|[)\]%\d])[.!]\s+[A-Z(]")
FIELD_KEYS = {
    "Title": "title",
    "Author": "authors",
    "Authors": "authors",
    "Comments": "comment",
    "Journal-ref": "journal_ref",
    "Journal ref": "journal_ref",
    "Subjects": "subjects",
    "Categories": "subjects",  # the e-mail digest's: codes only
    "Date": "mail_date",  # the e-mail digest's: "Fri, 14 Mar 2025 17:59:59 GMT   (2101kb)"
    "DOI": "doi",
    "Report-no": "report_no",
    "MSC-class": "msc_class",
    "MSC Class": "msc_class",
    "ACM-class": "acm_class",
    "ACM Class": "acm_class",
    "Report number": "report_no",
    "Journal reference": "journal_ref",
    "MSC classes": "msc_class",
    "ACM classes": "acm_class",
    "Cite as": "cite_as",
    "Abstract": "abstract",
    "Submitted": "dates",
}
# Labelled values no field of the records reads: arXiv's free-text comment (``12 pages,
# 5 figures``, not the count of comments a Hugging Face card shows), the journal
# reference and the classes, and the id line's version and cross-list origin. Kept in
# ``extra`` under the names arXiv's own metadata gives them, as a structured row's are.
EXTRA_KEYS = frozenset(
    (
        "comment",
        "journal_ref",
        "report_no",
        "msc_class",
        "acm_class",
        "version",
        "cross_list_from",
        "updated",
        "announced",
        "latest_version",
        "dates",
        "cite_as",
        "history",
        "size",
        "cross_listing",
    )
)
# arXiv's e-mail digest: an entry opens after a lone "\\" and its abstract follows a second
# one; "\\ ( https://arxiv.org/abs/ID ,  2101kb)" closes it, rules of dashes (and of
# "%%--" between its sections) part the entries; a replacement prints the date it was
# "replaced with revised version" where a new entry prints Date:.
MAIL_BREAK = "\\\\"
MAIL_LINK = re.compile(
    r"\s*\\\\\s*\(\s*(?P<url>https?://\S+)\s*,\s*(?P<size>[\d.]+\s*[kKMG]?b)\s*\)\s*$"
)
MAIL_RULE = re.compile(r"\s*(?:-{20,}|(?:%{2,3}-{2,3}){4,}%*)\s*$")
MAIL_SIZE = re.compile(r"(?P<date>.*?)\s*\((?P<size>[\d.]+\s*[kKMG]?b)\)\s*$")
REVISED = re.compile(
    r"\s*replaced with revised version (?P<date>.+?)\s+\((?P<size>[\d.]+\s*[kKMG]?b)\)\s*$"
)
# The digest's mail headers and its fixed preamble, before the first entry.
MAIL_HEAD = re.compile(
    r"\s*(?:(?:Delivered-To|Received|Return-Path|From|To|Cc|Subject|Message-I[Dd]|MIME-Version"
    r"|Content-[\w-]+|X-[\w-]+|Reply-To|Sender|List-[\w-]+):.*"
    r"|Send any comments regarding submissions directly to submitter\.?|Archives at \S+"
    r"|To unsubscribe, e-mail To: .*|Submissions to:|received from .+ to .+)\s*$"
)
SECTION_KEYS = {
    "New submissions": "new",
    "Cross submissions": "cross",
    "Cross-lists": "cross",
    "Replacement submissions": "replacement",
    "Replacements": "replacement",
}
_JOIN_END = ",;:-(/"
_JOIN_WORDS = frozenset(["a", "an", "the", "and", "or", "of", "for", "with", "to", "in", "on"])


# A listing page's trailing chrome (site footer) must not be read as more abstract: after a
# blank line, a short line that is not a sentence ends the entry.
_STRAY_MAX = 60


def stray(s: str) -> bool:
    return len(s) <= _STRAY_MAX and not s.endswith((".", "!", "?")) and not s[0].islower()


def prose(s: str) -> bool:
    return len(s) > 200 or s.endswith(".") or _BOUNDARY.search(s) is not None


def indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def continues(prev: str, raw: str, s: str, base: int = 0) -> bool:
    """A wrapped title line: indented past its label's line (``base``: that line's indent;
    a text browser indents the whole body, which says nothing), lower-case, or after a word
    that cannot end it."""
    if indent(raw) > base and not prose(s):
        return True
    if s[0].islower():
        return True
    last = prev.rsplit(" ", 1)[-1].lower()
    return prev[-1] in _JOIN_END or last in _JOIN_WORDS


# An author's link as the listings print the names: a converter's ``[Name](/a/name_1)`` or
# ``[Name](https://arxiv.org/search/?searchtype=author&query=…)``, a text browser's link
# number before each name (``[41]Wei Liu, [42]Ingrid Pham``). No listing links a title.
_LYNX_NAME = re.compile(r"(?:^\s*|,\s*)\[\d+\][^\W\d_]")


def author_marks(s: str) -> bool:
    """The line carries the authors' links: a piece of the authors field, on sight."""
    if "](" in s:
        return "/a/" in s or "searchtype=author" in s
    return "[" in s and _LYNX_NAME.search(s) is not None


def open_link(prev: str) -> bool:
    """A converter wrapped a link's text: ``[Ingrid Moreno`` / ``D'Incà](/a/…)``."""
    return prev.rfind("[") > prev.rfind("]")


def names_line(s: str) -> bool:
    """A line of names however long (a long author list on one line): three or more short
    comma-separated names and no sentence in it (a final period may be an initial's)."""
    return _BOUNDARY.search(s) is None and name_list(s)


_PARTICLES = frozenset(
    ("van", "der", "den", "de", "da", "das", "dos", "von", "zu", "del", "della", "di", "la", "le")
    + ("du", "bin", "al", "el", "ter", "y", "e")
)


def names_like(s: str) -> bool:
    """Two or more comma-separated names (``Sofia De Santis, Chen Müller, A. K.``): short
    parts whose words are capitalised, initials or a name's particles (``van der``) - no
    ``and``, ``of``, ``for`` as a title's comma list holds, no number (``16 GB RAM``)."""
    parts = s.rstrip(",").split(",")
    if len(parts) < 2 or _BOUNDARY.search(s) is not None:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 5:
            return False
        if any(w[0].isdigit() or w[0].islower() and w not in _PARTICLES for w in words):
            return False
    return True


def name_list(s: str) -> bool:
    """``Rofsky, Ronald M. Summers, Le Lu``: three or more short comma-separated names."""
    names = s.split(",")
    return len(names) >= 3 and all(len(name.split()) <= 5 for name in names)


def subject_item(s: str) -> bool:
    """``Machine Learning (cs.LG);``: a line ending in a subject whose code is an archive's
    (an abstract's line ending in "(i)" is none)."""
    m = _SUBJECT_ITEM.match(s)
    return m is not None and m.group("archive") in ARCHIVES


def field_continues(key: str, prev: str, raw: str, s: str, base: int = 0) -> bool:
    """A wrapped piece of the field above (``base``: the indent of the field's label line)."""
    deeper = indent(raw) > base
    if open_link(prev):
        return True  # (a link's text goes on: no other reading)
    if key == "subjects":
        # an item not closed by its code yet ("Theory" / "(hep-th)"), or a "; " before
        # the next item, goes on
        open_item = prev[-1] == ";" or "(" in prev and prev[-1] != ")"
        return not prose(s) and (deeper or open_item or subject_item(s))
    if key == "authors":
        # names end in initials ("Perry J."), so a final period is no sentence end here
        if author_marks(s) or "additional author" in s or names_like(s):
            return True  # (a search page's "et al." / "(4 additional authors not shown)")
        if len(s) > 300:
            return False
        if deeper or prev.endswith((",", " and")):
            return True
        return names_line(s)
    if key == "dates":  # "Submitted …; originally announced" / "March 2024."
        return prev[-1] != "."
    return not prose(s) and (deeper or prev[-1] in _JOIN_END or s[0].islower())
