"""Generate Hugging Face Papers page captures from real records, with their ground truth.

    python benchmarks/pagegen.py OUT --cards 20000 [--seed 1] [--arrangement dot,trending]
        [--style md] [--layout A] [--page-cards 20:120] [--no-strays]

writes ``OUT/pages/*.txt`` (plus a few stray non-page files: a ``readme.md`` holding
``hello``, a notes file), ``OUT/truth.jsonl`` (pagegen_truth) and ``OUT/manifest.json``.
The same arguments give the same bytes.

Every page is one arrangement of card chrome (pagegen_render.ARRANGEMENTS) in one layout
(``A`` blank-line separated, ``B`` compact) and one capture style (``plain``, ``md``,
``ref``, ``web``), with the page chrome real captures have around the cards: site
navigation, the page header in its variants, view switcher, search echo, front matter,
pagination, site footer, a stray contact line (to be rejected), and sometimes a capture
cut short by ``[Content truncated]``. Arrangements take turns, so each gets about the same
number of cards.

``small_page`` renders one small page in memory, for tests. A page is laid out, line by
line with its truth, in ``pagegen_page``; this module draws the pages and writes the set.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

if str(Path(__file__).resolve().parent) not in sys.path:  # sibling modules, when imported
    sys.path.append(str(Path(__file__).resolve().parent))

from pagegen_converters import CONV_ARRANGEMENTS  # noqa: E402
from pagegen_page import ALL_ARRANGEMENTS, page_text, page_truth, render_page, stray_truth  # noqa: E402
from pagegen_render import (  # noqa: E402
    ARRANGEMENTS,
    LAYOUTS,
    STYLES,
    page_spec,
)
from pagegen_source import Paper, load_papers  # noqa: E402
from pagegen_truth import PageTruth  # noqa: E402
from pagegen_variants import NEW_ARRANGEMENTS  # noqa: E402

# 4: cr19 changed the truth of reference-linked cards (c_jina / c_lynx keep their id through
# the page's definitions); a cached version-3 set must not be scored against today's parser.
GENERATOR_VERSION = 4
# The arrangement families: "default" is the mix every cached page set was drawn from;
# "new" (pagegen_variants) and "conv" (pagegen_converters: pages as capture tools write
# them) are opt-in and never drawn by the default mix.
FAMILIES = {"default": ARRANGEMENTS, "new": NEW_ARRANGEMENTS, "conv": CONV_ARRANGEMENTS}
STRAY_FILES = (
    ("readme.md", ["hello"]),
    (
        "notes.txt",
        [
            "These captures were saved for the Tuesday reading group.",
            "",
            "Ask Sam before deleting any of them.",
        ],
    ),
)


# --------------------------------------------------------------------------- API


def paper_stream(papers: Sequence[Paper], rng: random.Random) -> Iterator[Paper]:
    """Every paper once in a shuffled order, then again in another order, and so on."""
    order = list(range(len(papers)))
    while True:
        rng.shuffle(order)
        for i in order:
            yield papers[i]


def small_page(
    papers: Sequence[Paper],
    seed: int,
    arrangement: str,
    layout: str | None = None,
    style: str | None = None,
    cards: int = 4,
    name: str = "page.txt",
    **overrides: object,
) -> tuple[str, PageTruth]:
    """One page of ``cards`` cards (plus any twice-rendered copies), in memory.

    ``overrides`` replace fields of the drawn PageSpec (``title_forms``, ``contact``,
    ``truncated``, ``nav`` ...), to hold some variation still.
    """
    rng = random.Random(seed)
    spec = replace(page_spec(rng, ALL_ARRANGEMENTS[arrangement], layout, style), **overrides)
    lines, truth_cards = render_page(rng, paper_stream(papers, rng), cards, spec)
    text = page_text(lines, spec, rng.random() < 0.5)
    return text, page_truth(name, lines, truth_cards, spec)


def generate(
    out: Path,
    cards: int,
    seed: int = 1,
    arrangements: Sequence[str] | None = None,
    styles: Sequence[str] | None = None,
    layouts: Sequence[str] | None = None,
    page_cards: tuple[int, int] = (20, 120),
    strays: bool = True,
    papers: Sequence[Paper] | None = None,
    family: str = "default",
) -> dict:
    """Write ``out/pages``, ``out/truth.jsonl`` and ``out/manifest.json``; returns the
    manifest. ``family`` picks the arrangements drawn when none are named."""
    started = time.perf_counter()
    names = list(arrangements or FAMILIES[family])
    for n in names:
        if n not in ALL_ARRANGEMENTS:
            raise SystemExit(f"unknown arrangement {n!r}; known: {', '.join(ALL_ARRANGEMENTS)}")
    rng = random.Random(seed)
    if papers is None:
        papers = load_papers(limit=cards)
    stream = paper_stream(papers, rng)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    done = k = total = 0
    with (out / "truth.jsonl").open("w", encoding="utf-8") as truth_file:
        while done < cards:
            arr = ALL_ARRANGEMENTS[names[k % len(names)]]
            layout = rng.choice(layouts) if layouts else None
            allowed = [s for s in styles or () if s in arr.styles] or styles
            style = rng.choice(allowed) if allowed else None
            n = min(rng.randint(*page_cards), cards - done)
            spec = page_spec(rng, arr, layout, style)
            lines, truth_cards = render_page(rng, stream, n, spec)
            name = f"p{k:06d}_{arr.name}_{spec.style}{spec.layout}.txt"
            text = page_text(lines, spec, rng.random() < 0.5)
            (pages_dir / name).write_bytes(text.encode("utf-8"))
            truth_file.write(page_truth(name, lines, truth_cards, spec).to_json() + "\n")
            total += len(truth_cards)
            done += n
            k += 1
        if strays:
            for name, texts in STRAY_FILES:
                (pages_dir / name).write_text("\n".join(texts), encoding="utf-8")
                truth_file.write(stray_truth(name, texts).to_json() + "\n")
    manifest = {
        "generator": GENERATOR_VERSION,
        "cards": total,
        "cards_asked": cards,
        "pages": k,
        "seed": seed,
        "arrangements": names,
        "styles": list(styles or STYLES),
        "layouts": list(layouts or LAYOUTS),
        "papers": len(papers),
        "seconds": round(time.perf_counter() - started, 2),
    }
    if family != "default":
        manifest["family"] = family
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def _csv(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",") if t.strip()] if text else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--cards", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--arrangement", help=f"comma list of: {', '.join(ALL_ARRANGEMENTS)}")
    ap.add_argument("--family", choices=sorted(FAMILIES), default="default")
    ap.add_argument("--style", help=f"comma list of: {', '.join(STYLES)}")
    ap.add_argument("--layout", help="comma list of: A, B")
    ap.add_argument("--page-cards", default="20:120", help="cards per page, MIN:MAX")
    ap.add_argument("--no-strays", action="store_true", help="no readme/notes files")
    args = ap.parse_args(argv)
    lo, hi = (int(x) for x in args.page_cards.split(":"))
    manifest = generate(
        args.out,
        args.cards,
        args.seed,
        _csv(args.arrangement),
        _csv(args.style),
        _csv(args.layout),
        (lo, hi),
        not args.no_strays,
        family=args.family,
    )
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
