"""The page around the cards: site navigation, page header, search echo, view switcher,
page date (``header``), and pagination, site footer and a stray contact line (``footer``).

Split out of pagegen.py (which lays out the page); the forms are those of domain.md §b.
"""

from __future__ import annotations

from pagegen_chrome import (
    CONTACTS,
    FOOTER,
    HF,
    NAV,
    PAGINATION,
    REJECT,
    SEARCHES,
    Block,
    Ctx,
    Ln,
    chrome,
)

# --------------------------------------------------------------------------- page chrome


def header(ctx: Ctx) -> list[Block]:
    spec, rng = ctx.spec, ctx.rng
    trending = spec.arrangement.header == "trending"
    title = "Trending Papers" if trending else "Daily Papers"
    blocks: list[Block] = []
    if spec.frontmatter:
        blocks.append(
            [
                chrome(t, "frontmatter")
                for t in (
                    "---",
                    f"url: {HF}/papers?q=source%20citations",
                    "retrieved: 2026-10-02",
                    f"title: {title} - Hugging Face",
                    "---",
                )
            ]
        )
    if spec.style == "web":
        blocks.append(
            [
                chrome(f"Title: {title} - Hugging Face", "preamble"),
                chrome(f"URL Source: {HF}/papers?date=2025-03-18", "preamble"),
                chrome("Markdown Content:", "preamble"),
            ]
        )
    if spec.style == "ref":
        blocks.append(
            [chrome("```text", "markup"), chrome("[[Hugging Face's logo] Hugging Face][1]", "nav")]
            + [chrome(f"* [ {n} ][{i + 2}]", "nav") for i, n in enumerate(NAV)]
        )
    elif spec.nav:
        if spec.style == "md":
            blocks.append([chrome(f"- [{n}]({HF}/{n.split()[0].lower()})", "nav") for n in NAV])
        else:
            blocks.append([chrome(n, "nav") for n in ("Hugging Face", *NAV)])
    head: list[str]
    if spec.style == "plain" and spec.layout == "A" and not trending:
        by = rng.choice(("byAK and the research community", "by AK and the research community"))
        head = ["new", "Get trending papers in your email inbox!", "Subscribe", by]
    elif spec.style == "plain" and not trending:
        head = [
            "Get trending papers in your email inbox once a day!",
            "Get trending papers in your email inbox!",
            "Subscribe",
        ]
    elif spec.style == "md":
        head = [
            "new",
            "Get trending papers in your email inbox once a day!",
            "Get trending papers in your email inbox!",
            f"[Subscribe]({HF}/login?next=%2Fpapers)",
            f"# {title}",
            f"## by [![]({HF}/front/assets/papers-by.png)AK]({HF}/akhaliq) and the "
            "research community",
        ]
    elif spec.style == "ref":
        head = [
            "new",
            "Get trending papers in your email inbox once a day!",
            "Get trending papers in your email inbox!",
            "[Subscribe][29]",
            f"# {title}",
            "## by[AK][30] and the research community",
        ]
    else:
        head = [title, "Get trending papers in your email inbox!", "Subscribe"]
        if not trending and rng.random() < 0.5:
            head += ["by", "AK", " and the research community"]
    blocks += [[chrome(h, "header")] for h in head]
    if spec.search:
        blocks.append([chrome(rng.choice(SEARCHES), "search")])
    if spec.views:
        mark = {"md": "- ", "ref": "* "}.get(spec.style, "")
        blocks.append([chrome(mark + v, "view") for v in ("Daily", "Weekly", "Monthly")])
    if trending and spec.style in ("md", "plain"):
        blocks.append([chrome("Trending Papers ranked by GitHub stars activity", "pagination")])
    if not trending and (spec.layout == "A" or spec.style != "plain"):
        blocks.append([chrome(spec.page_date, "date")])
    return blocks


def footer(ctx: Ctx) -> list[Block]:
    spec, rng = ctx.spec, ctx.rng
    blocks: list[Block] = []
    if spec.pagination:
        for text in rng.sample(PAGINATION, rng.randint(1, 3)):
            if spec.style == "md" and rng.random() < 0.5:
                text = f"[{text}]({HF}/papers/date/2026-10-01)"
            blocks.append([chrome(text, "pagination")])
    if spec.footer:
        blocks.append([chrome(t, "footer") for t in rng.sample(FOOTER, rng.randint(3, 8))])
    if spec.contact:
        blocks.append([Ln(rng.choice(CONTACTS), REJECT, "contact")])
    return blocks
