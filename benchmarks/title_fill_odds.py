"""What a title line that fills a page's wrap width says of a wrap, by width and slack.

The log-odds that a title-sized line (three fifths of the width at least) of slack
``W - L`` over a line whose first word overflowed it is a title wrapped greedily at ``W``,
rather than a whole one-line title then the next title (whose first word is ``W - L``
characters or longer), measured on real titles: the page generator's records
(``pagegen_source.load_papers``) or the arXiv listings' alone. docs/pages-passes.md (wd19)
quotes the table; ``title_rest.TITLE_WRAPS`` pays the fill the same at every width.

    python benchmarks/title_fill_odds.py [gen|arxiv]
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from collections import Counter

from pagegen_render import wrap_words
from pagegen_source import DATA, collapse, load_papers

BUCKETS = ((0, 3), (4, 7), (8, 12), (13, 20), (21, 40))
WIDTHS = (60, 72, 76, 80, 90, 100, 110, 120)


def arxiv_titles() -> list[str]:
    seen: dict[str, str] = {}
    for f in sorted((DATA / "arxiv-listings").glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                seen[row["id"]] = collapse(row["title"])
    return list(seen.values())


def table(titles: list[str]) -> list[str]:
    n_titles = len(titles)
    firsts = Counter(len(t.split(" ")[0]) for t in titles)
    first_ge = [sum(c for w, c in firsts.items() if w >= s) / n_titles for s in range(200)]
    out = ["width wrapped " + " ".join(f"{a}-{b}" for a, b in BUCKETS)]
    for width in WIDTHS:
        wrap: Counter[int] = Counter()
        two: Counter[int] = Counter()
        wrapped = 0
        for t in titles:
            if len(t) > width:
                lines = wrap_words(t, width)
                if len(lines) < 2:
                    continue
                wrapped += 1
                n = len(lines[0][0])
                if 5 * n >= 3 * width:
                    wrap[width - n] += 1
            elif 5 * len(t) >= 3 * width:
                two[width - len(t)] += first_ge[width - len(t)]
        cells = []
        for a, b in BUCKETS:
            w = sum(wrap[s] for s in range(a, b + 1))
            o = sum(two[s] for s in range(a, b + 1))
            cells.append(f"{math.log(w / o):6.2f}" if w and o else "   nan")
        out.append(f"{width:5d} {100 * wrapped / n_titles:5.0f}% " + " ".join(cells))
    return out


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "gen"
    titles = arxiv_titles() if which == "arxiv" else [p.title for p in load_papers()]
    print(which, len(titles), "titles")
    print("\n".join(table(titles)))


if __name__ == "__main__":
    main()
