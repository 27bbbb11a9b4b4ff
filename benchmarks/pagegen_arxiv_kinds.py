"""The three kinds of arXiv page (``pagegen_arxiv``) written line by line: a listing
(``/new``, ``/recent``), a search results page, the e-mail digest."""

from __future__ import annotations

import random

from pagegen_arxiv_look import (
    DAY_NAMES,
    DAYS,
    MONTHS,
    SUBJECTS,
    A,
    Entry,
    Look,
    Out,
    author_lines,
    block_gap,
    esc_text,
    field_lines,
    md_escape,
    subjects_text,
    wrap,
)
from pagegen_chrome import ABSTRACT, CHROME, TITLE

_FOOTER = (
    "About",
    "Help",
    "contact arXivClick here to contact arXiv Contact",
    "subscribe to arXiv mailingsClick here to subscribe Subscribe",
    "Copyright",
    "Privacy Policy",
    "Web Accessibility Assistance",
    "arXiv Operational Status",
    "Get status notifications via email or slack",
)
_HEAD = (
    "Skip to main content",
    "We gratefully acknowledge support from the Simons Foundation, member institutions,"
    " and all contributors. Donate",
    "Help | Advanced Search",
    "Login",
)
_FMT = {"other": "format"}
_REPLACED = "Replacement submissions"
_MORE = " ▽ More"
_LESS = "△ Less"

# --------------------------------------------------------------------------- listings


def _date_line(look: Look) -> str:
    day, d, month, year = look.date
    return f"{DAY_NAMES[day]}, {d} {month} {year}"


def listing_page(rng: random.Random, out: Out, entries: list[Entry], look: Look) -> None:
    cat_name = next((s[0] for s in SUBJECTS if s[1] == look.cat), "Computation and Language")
    n = len(entries)
    if not look.cut:
        _page_head(rng, out, look, cat_name)
        if look.kind == "new":
            _chrome(out, look, f"Showing new listings for {_date_line(look)}", "header")
            _chrome(out, look, f"Total of {n} entries", "header")
            _chrome(
                out, look, "Showing up to 2000 entries per page: fewer | more | all", "pagination"
            )
        else:
            _chrome(out, look, "Authors and titles for recent submissions", "header")
            for k in range(rng.randint(0, 4)):
                day, d, month, year = look.date
                _chrome(
                    out,
                    look,
                    f"{DAYS[(DAYS.index(day) - k) % 5]}, {max(1, d - k)} {month[:3]} {year}",
                    "header",
                )
            pages = " ".join(f"{i * 25 + 1}-{min(n, i * 25 + 25)}" for i in range((n + 24) // 25))
            _chrome(out, look, f"Total of {n} entries : {pages}", "pagination")
            _chrome(
                out, look, "Showing up to 25 entries per page: fewer | more | all", "pagination"
            )
        out.gap()
    section = None
    number = 1
    counts = {s: sum(1 for e in entries if e.section == s) for s in ("new", "cross", "replacement")}
    day, d, month, year = look.date
    for i, e in enumerate(entries):
        if e.section != section and not (look.cut and i == 0):
            section = e.section
            if look.kind == "new":
                cross = rng.choice(("Cross submissions", "Cross-lists"))
                head = {"new": "New submissions", "cross": cross}.get(section, _REPLACED)
                k = counts[section]
                pad = " " if rng.random() < 0.3 else ""  # "(showing 202 of 202 entries )"
                _chrome(out, look, f"{head} (showing {k} of {k} entries{pad})", "section", True)
            else:
                _chrome(
                    out,
                    look,
                    f"{day}, {d} {month[:3]} {year} (showing {n} of {n} entries )",
                    "section",
                    heading=True,
                )
            out.gap()
        elif section is None:
            section = e.section
        if look.kind == "recent" and i and i % 25 == 0 and rng.random() < 0.5:
            _chrome(out, look, "fewer | more | all", "pagination")
            out.gap()
        _listing_entry(rng, out, look, e, number, cut=look.cut if i == 0 else 0)
        number += 1
        if look.blank_entries:
            out.gap()
    if look.kind == "new" and rng.random() < 0.3:
        _chrome(out, look, "No updates today.", "section")
        out.gap()
    if rng.random() < 0.6:
        _chrome(out, look, "fewer | more | all", "pagination")
        out.gap()
    _page_foot(rng, out, look)


def _chrome(out: Out, look: Look, text: str, kind: str, heading: bool = False) -> None:
    if look.capture in ("md", "h2t") and heading:
        text = f"### {text}"
    elif look.capture == "md":
        text = md_escape(text)
    elif look.capture == "lynx" and not heading:
        text = look.indent + text
    out.ln(text, CHROME, kind, text.strip("# ") if len(text.strip()) >= 12 else "")
    if len(text.strip()) >= 12:
        out.page_probe(text.strip("# "))


def _page_head(rng: random.Random, out: Out, look: Look, cat_name: str) -> None:
    if look.jina:
        title = cat_name if look.kind != "search" else "Search | arXiv e-print repository"
        out.ln(f"Title: {title}", CHROME, "preamble", f"Title: {title}")
        out.gap()
        url = (
            f"{A}/list/{look.cat}/{look.kind}" if look.kind != "search" else f"{A}/search/?query=x"
        )
        out.ln(f"URL Source: {url}", CHROME, "preamble", url)
        out.gap()
        out.ln("Markdown Content:", CHROME, "preamble")
    if rng.random() < 0.6:
        for text in _HEAD[: rng.randint(1, len(_HEAD))]:
            if look.capture == "md" and text == "Skip to main content":
                text = "[Skip to main content](#content)"
            out.ln(look.indent + text if look.capture == "lynx" else text, CHROME, "header")
        out.gap()
    if look.kind != "search":
        heading = f"# {cat_name}" if look.capture == "md" else cat_name
        out.ln(heading, CHROME, "header", cat_name if len(cat_name) >= 6 else "")
        out.gap()


def _page_foot(rng: random.Random, out: Out, look: Look) -> None:
    if rng.random() < 0.5:
        for text in _FOOTER[: rng.randint(2, len(_FOOTER))]:
            shown = f"* [{text}]({A}/help)" if look.capture == "md" else text
            out.ln(look.indent + shown if look.capture == "lynx" else shown, CHROME, "footer")
            if len(text) >= 12:
                out.page_probe(text)
        out.gap()
    if look.capture == "lynx" and rng.random() < 0.7:
        out.ln("References", CHROME, "references")
        out.gap()
        for k in range(1, rng.randint(3, 12)):
            out.ln(f"  {k:>3}. {A}/abs/{2400 + k}.{k:05d}", CHROME, "references")


def _listing_entry(
    rng: random.Random, out: Out, look: Look, e: Entry, number: int, cut: int
) -> None:
    out.begin()
    pid = e.paper.pid
    rest = (
        f" (cross-list from {e.cross_from})"
        if e.cross_from
        else " (replaced)"
        if e.section == "replacement" and rng.random() < 0.7
        else ""
    )
    vid = pid + e.version
    if look.capture == "md":
        fm = ", ".join(
            f"[{f}]({A}/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", ")
        )
        item = f"{A}/list/{look.cat}/{look.kind}#item{number}"
        line = f"[\\[{number}\\]]({item}) [arXiv:{vid}]({A}/abs/{vid}){rest} \\[{fm}\\]"
    elif look.capture == "h2t":
        fm = ", ".join(f"[{f}](/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", "))
        line = f"[[{number}]](#item{number}) [arXiv:{vid}](/abs/{vid}){rest} [{fm}]"
    elif look.capture == "lynx":
        k = 20 + number * 4
        fm = ", ".join(f"[{k + 1 + j}]{f}" for j, f in enumerate(e.formats.strip("[]").split(", ")))
        line = f"{look.indent}[{number}] [{k}]arXiv:{vid}{rest} [{fm}]"
    else:
        line = f"[{number}] arXiv:{vid}{rest} {e.formats}"
    if not cut:
        out.ln(line, CHROME, "id")
        block_gap(out, look)
    dd = "    " if look.capture == "h2t" and rng.random() < 0.5 else ""
    if cut < 2:
        field_lines(out, look, dd + "Title", e.title, TITLE, "cut")
        block_gap(out, look)
    author_lines(out, look, e)
    block_gap(out, look)
    if e.comment:
        field_lines(out, look, "Comments", e.comment, CHROME, "fields")
        block_gap(out, look)
    if e.journal:
        field_lines(out, look, "Journal-ref", e.journal, CHROME, "fields")
        block_gap(out, look)
    for label, value in e.extra:
        field_lines(out, look, label, value, CHROME, "fields")
        block_gap(out, look)
    field_lines(out, look, "Subjects", subjects_text(e), CHROME, "subjects")
    if e.abstract:
        if look.blank_abstract or look.blank_fields:
            out.gap()
        role = ABSTRACT if cut < 2 else CHROME
        if look.capture == "text" and look.own_wrap:  # arXiv's own newlines
            for part in e.paper.wrapped.split("\n"):
                out.ln(part, role, "cut")
        elif look.capture in ("text", "w3m"):
            for part in wrap(e.abstract, 80):
                out.ln(part, role, "cut")
        elif look.capture in ("h2t", "lynx"):
            for part in wrap(esc_text(look, e.abstract), look.width - len(look.indent)):
                out.ln(look.indent + part, role, "cut")
        else:
            out.ln(esc_text(look, e.abstract), role, "cut")
    flags = [] if e.abstract else ["no_abstract"]
    out.end(e, flags)


# --------------------------------------------------------------------------- search


def search_page(rng: random.Random, out: Out, entries: list[Entry], look: Look) -> None:
    n = len(entries)
    if not look.cut:
        _page_head(rng, out, look, "")
        start = rng.choice((1, 51, 101))
        total = n + start - 1 + rng.randint(0, 400)
        _chrome(
            out,
            look,
            f"Showing {start}–{start + n - 1} of {total:,} results for all: {look.cat}",
            "header",
            heading=True,
        )
        out.gap()
        for text in (
            "Search v0.5.6 released 2020-02-24",
            "50 results per page.",
            "Sort results by Announcement date (newest first)",
        ):
            if rng.random() < 0.6:
                _chrome(out, look, text, "header")
                out.gap()
        if rng.random() < 0.5:
            _chrome(
                out,
                look,
                "Show abstracts Hide abstracts" if look.capture == "copy" else "Show abstracts",
                "header",
            )
            out.gap()
    for i, e in enumerate(entries, 1):
        _search_entry(rng, out, look, e, i, cut=look.cut if i == 1 else 0)
        out.gap()
    if rng.random() < 0.5:
        _chrome(out, look, "Previous Next", "pagination")
        out.gap()
    _page_foot(rng, out, look)


def _search_entry(
    rng: random.Random, out: Out, look: Look, e: Entry, number: int, cut: int
) -> None:
    out.begin()
    pid = e.paper.pid
    ind = "    " if look.capture == "copy" else look.indent
    if not cut:
        if look.capture == "md":
            fm = ", ".join(
                f"[{f}]({A}/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", ")
            )
            out.ln(f"{number}. [arXiv:{pid}]({A}/abs/{pid}) \\[{fm}\\]", CHROME, "id")
        elif look.capture == "h2t":
            fm = ", ".join(
                f"[{f}]({A}/{_FMT.get(f, f)}/{pid})" for f in e.formats.strip("[]").split(", ")
            )
            out.ln(f"  {number}. [arXiv:{pid}]({A}/abs/{pid}) [{fm}]", CHROME, "id")
        elif look.capture == "lynx":
            out.ln(
                f"{look.indent}{number}. [{number * 5}]arXiv:{pid} [{e.formats.strip('[]')}]",
                CHROME,
                "id",
            )
        else:
            out.ln(f"{ind}arXiv:{pid}  {e.formats} ", CHROME, "id")
        tags = " ".join(code for _, code in e.subjects)
        if look.capture == "h2t":
            out.gap()
            for code in tags.split():
                out.ln(f"     {code}", CHROME, "tags")
                out.gap()
        else:
            out.ln(f"{ind}{tags}", CHROME, "tags")
    _title_line(out, look, e, cut)
    if look.capture == "h2t":
        out.gap()
    author_lines(out, look, e)
    if look.capture == "h2t":
        out.gap()
    if e.abstract:
        _search_abstract(rng, out, look, e, cut)
    day = rng.randint(1, 28)
    month = rng.choice(MONTHS)
    year = rng.choice((2024, 2025))
    dates = f"Submitted {day} {month}, {year}; originally announced {month} {year}."
    if rng.random() < 0.3:
        dates = (
            f"Submitted {min(28, day + 3)} {month}, {year}; v1 submitted {day} {month}, "
            f"{year}; originally announced {month} {year}."
        )
    field_lines(out, look, "", dates, CHROME, "dates")
    if e.comment:
        field_lines(out, look, "Comments", e.comment, CHROME, "fields")
    if e.journal:
        field_lines(out, look, "Journal ref", e.journal, CHROME, "fields")
    flags = [] if e.abstract else ["no_abstract"]
    if e.abstract and e.abstract != e.full:
        flags.append("truncated")
    out.end(e, flags)


def _title_line(out: Out, look: Look, e: Entry, cut: int) -> None:
    if cut >= 2:
        return
    role = TITLE
    if look.capture == "copy":
        out.ln(e.title, role, "cut")
    elif look.capture == "md":
        out.ln(md_escape(e.title), role, "cut")
    else:
        width = look.width - len(look.indent) - 5
        for part in wrap(esc_text(look, e.title), width):
            out.ln(("     " if look.capture == "h2t" else look.indent) + part, role, "cut")


def _search_abstract(rng: random.Random, out: Out, look: Look, e: Entry, cut: int) -> None:
    full = e.full
    role = ABSTRACT if cut < 2 else CHROME
    preview = None
    if len(full) > 300:
        cut_at = full.rfind(" ", 0, rng.randint(220, 300))
        preview = full[:cut_at].rstrip(" ,;:")
    hidden_shown = look.capture != "copy"  # a converter writes the hidden full text too
    if preview is None:
        text = f"Abstract: {esc_text(look, full)}"
    elif hidden_shown:
        text = f"Abstract: {esc_text(look, preview)}…{_MORE}"
    elif rng.random() < 0.15:  # the user opened it ("▽ More"): the full text shows
        text = f"Abstract: {full} {_LESS}"
        preview = None
    else:
        text = f"Abstract: {esc_text(look, preview)}…{_MORE}"
        e.abstract = preview
    if look.capture in ("h2t", "lynx"):
        for part in wrap(text, look.width - len(look.indent) - 5):
            out.ln(("     " if look.capture == "h2t" else look.indent) + part, role, "cut")
    else:
        out.ln(text, role, "cut")
    if preview is not None and hidden_shown:
        if look.capture == "h2t":
            out.gap()
        rest = f"{esc_text(look, full)} {_LESS}"
        if look.capture in ("h2t", "lynx"):
            for part in wrap(rest, look.width - len(look.indent) - 5):
                out.ln(("     " if look.capture == "h2t" else look.indent) + part, role, "cut")
        else:
            out.ln(rest, role, "cut")
        if look.capture == "h2t":
            out.gap()


# --------------------------------------------------------------------------- mail


def mail_page(rng: random.Random, out: Out, entries: list[Entry], look: Look) -> None:
    rule = "-" * 78
    day, d, month, year = look.date
    if not look.cut:
        for text in (
            "Delivered-To: reader@example.org",
            f"From: send mail ONLY to {look.cat.split('.')[0]} <no-reply@arxiv.org>",
            "To: reader@example.org",
            f"Subject: {look.cat.split('.')[0]} daily Subj-class mailing {rng.randint(100, 999)} 1",
            f"Date: {day}, {d} {month[:3]} {str(year)[2:]} 03:30:05 GMT",
        ):
            out.ln(text, CHROME, "mail")
        out.gap()
        unsubscribe = (
            f"To unsubscribe, e-mail To: {look.cat.split('.')[0]}@arXiv.org, Subject: cancel"
        )
        for text in (
            rule,
            rule,
            "Send any comments regarding submissions directly to submitter.",
            rule,
            "Archives at http://arxiv.org/",
            unsubscribe,
            rule,
            " Submissions to:",
        ):
            out.ln(text, CHROME, "mail")
        cat_name = next((s[0] for s in SUBJECTS if s[1] == look.cat), "Computation and Language")
        out.ln(cat_name, CHROME, "mail")
        out.ln(
            f" received from  {day} {d} {month[:3]} {str(year)[2:]} 18:00:00 GMT  to  {day} {d} "
            f"{month[:3]} {str(year)[2:]} 18:00:00 GMT",
            CHROME,
            "mail",
        )
        out.ln(rule, CHROME, "mail")
        out.ln(rule, CHROME, "mail")
    section = entries[0].section
    for i, e in enumerate(entries):
        if e.section == "replacement" and section != "replacement":
            out.ln(
                "%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--%%--",
                CHROME,
                "mail",
            )
        section = e.section
        _mail_entry(rng, out, look, e, cut=look.cut if i == 0 else 0)
        out.ln(rule, CHROME, "mail")
    if rng.random() < 0.5:
        out.ln("%%%---%%%---%%%---%%%---", CHROME, "mail")


def _mail_entry(rng: random.Random, out: Out, look: Look, e: Entry, cut: int) -> None:
    out.begin()
    pid = e.paper.pid
    size = f"{rng.randint(8, 9000)}kb"
    day, d, month, year = look.date
    if not cut:
        out.ln("\\\\", CHROME, "mail")
        out.ln(
            f"arXiv:{pid}" + (" (*cross-listing*)" if e.section == "cross" else ""), CHROME, "id"
        )
        if e.section == "replacement":
            out.ln(
                f"replaced with revised version {day}, {d} {month[:3]} {year} 12:00:00 GMT"
                f"   ({size})",
                CHROME,
                "dates",
            )
        else:
            out.ln(f"Date: {day}, {d} {month[:3]} {year} 17:59:59 GMT   ({size})", CHROME, "dates")
        out.gap()
    if cut < 2:
        field_lines(out, look, "Title", e.title, TITLE, "cut")
    field_lines(out, look, "Authors", ", ".join(e.authors), CHROME, "authors")
    field_lines(out, look, "Categories", " ".join(c for _, c in e.subjects), CHROME, "subjects")
    if e.comment:
        field_lines(out, look, "Comments", e.comment, CHROME, "fields")
    for label, value in e.extra:
        field_lines(out, look, label, value, CHROME, "fields")
    if e.journal:
        field_lines(out, look, "Journal-ref", e.journal, CHROME, "fields")
    if e.abstract:
        out.ln("\\\\", CHROME, "mail")
        role = ABSTRACT if cut < 2 else CHROME
        for part in wrap(e.abstract, 76):
            out.ln("  " + part, role, "cut")
    out.ln(f"\\\\ ( https://arxiv.org/abs/{pid} ,  {size})", CHROME, "mail")
    out.end(e, [] if e.abstract else ["no_abstract"])
