"""The longer words many arXiv abstracts hold (``pages.commonwords``).

    python benchmarks/common_words.py > src/papercorpus/sources/pages/commonwords.py

Reads the arXiv listings (``--data``: ``arxiv-listings/*.jsonl.gz``), counts in how many
distinct papers' abstracts each word of five letters or more stands (lower case, the
echo tests' words: ``pages.echoes``), and writes the module ``commonwords.py``: the words
held by more than ``--common`` of them (``COMMON``), and those held by more than
``--frequent`` but not ``--common`` (``FREQUENT``), most common first. A word that many
abstracts hold echoes in another paper's abstract by chance as often as in its own.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

_LONG_WORD = re.compile(r"[^\W\d_]{5,}")  # (``echoes._LONG_WORD``)


_HEAD = '''"""The longer words many arXiv abstracts hold, for the echo tests (``echoes``): a
word most abstracts hold, in the abstract above a title, is no sign the title is that
abstract's sentence, and a word few hold, echoed in the line under a title, is a sign it
opens that title's abstract (``charges.ECHO_BELOW_RARE``). Written by
``benchmarks/common_words.py`` from the {n:,} papers of the arXiv listings (words of
five letters or more, lower case, by the share of abstracts holding them); do not edit.
"""

from __future__ import annotations

__all__ = ["COMMON", "FREQUENT"]

# fmt: off
'''


def _words(name: str, comment: str, words: list[str]) -> list[str]:
    out = [f"# {comment}", f"{name} = frozenset(", "    {"]
    line = "       "
    for w in words:
        item = f' "{w}",'
        if len(line) + len(item) > 88:
            out.append(line)
            line = "       "
        line += item
    out += [line, "    }", ")"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--common", type=float, default=0.15)
    ap.add_argument("--frequent", type=float, default=0.02)
    ap.add_argument("--data", type=Path, default=Path(__file__).parent.parent / "../shared/data")
    args = ap.parse_args()
    seen: set[str] = set()
    df: Counter[str] = Counter()
    for path in sorted((args.data / "arxiv-listings").glob("*.jsonl.gz")):
        with gzip.open(path, "rt") as f:
            for line in f:
                row = json.loads(line)
                if row["id"] in seen:
                    continue
                seen.add(row["id"])
                df.update({w.lower() for w in _LONG_WORD.findall(row["summary"])})
    n = len(seen)
    ranked = sorted(df, key=lambda w: (-df[w], w))
    common = [w for w in ranked if df[w] > args.common * n]
    frequent = [w for w in ranked if args.frequent * n < df[w] <= args.common * n]
    out = [_HEAD.format(n=n).rstrip("\n"), ""]
    out += _words("COMMON", f"held by more than {args.common:.0%} of the abstracts", common)
    out.append("")
    out += _words(
        "FREQUENT", f"held by more than {args.frequent:.0%}, not {args.common:.0%}", frequent
    )
    out.append("# fmt: on")
    print("\n".join(out))


if __name__ == "__main__":
    main()
