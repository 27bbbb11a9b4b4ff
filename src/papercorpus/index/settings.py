"""The parameters an index was built with, and the check that a run uses the same ones.

Lookups compare the keys of today's records with the keys stored in the index, so every
parameter that shapes a key (shingle size, bins, band layout, hash scheme, normalisation) must
be the same; the thresholds and ``--keep`` shaped the stored clusters and merged rows, so a
run with other ones would leave the index neither the old corpus nor the new one. A mismatch
is refused (a usage error); ``papercorpus index rebuild`` re-derives everything with the
current parameters from the stored copies.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from importlib import metadata

import orjson

from ..dedup import DedupOptions
from ..normalize import NORMALIZATION_VERSION
from ..sketch.shingles import SHINGLE_WORDS
from ..sketch.signatures import NUM_BINS

# The layout of the tables; a change needs ``index rebuild`` into a new file.
# 2: texts compressed, 48-bit band keys; 3: the band keys of recent runs in ``bands_log``;
# 4: zstd blobs (``codec``), the texts' content keys stored (stored copies are not keyed
# again); 5: zstd blobs with dictionaries, kept in ``dicts`` (format 4's blobs read as they
# are, ``index migrate`` adds the table).
INDEX_FORMAT = "5"
# The formats ``index rebuild`` reads (``tables.iter_copies``), to convert them.
READABLE_FORMATS = ("1", "2", "3", "4", "5")
# The formats ``index migrate`` converts in place.
MIGRATES = ("3", "4")
# How signatures and band keys are made: xxh3 shingle hashes, one-permutation hashing into
# 16-bit bins, bands of packed bin values mixed with their band number (``tables``).
HASH_SCHEME = "xxh3-oph16-band-mix48"


class IndexSettingsError(ValueError):
    """A run whose parameters differ from the index's (a usage error: exit 2)."""


@functools.cache  # read from the installed metadata (~1 ms): once per process, not per run
def package_version() -> str:
    try:
        return metadata.version("papercorpus")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0"


def index_settings(options: DedupOptions) -> dict[str, str]:
    """The settings a run with ``options`` needs the index to have (all as strings)."""
    return {
        "index_format": INDEX_FORMAT,
        "shingle_words": str(SHINGLE_WORDS),
        "bins": str(NUM_BINS),
        "bands": str(options.bands),
        "rows": str(options.rows),
        "hash_scheme": HASH_SCHEME,
        "normalization": NORMALIZATION_VERSION,
        "thresholds": orjson.dumps(
            dataclasses.asdict(options.thresholds), option=orjson.OPT_SORT_KEYS
        ).decode(),
        "prefilter": repr(options.prefilter),
        "keep": options.keep,
        "package_version": package_version(),
    }


def _version_tuple(v: str) -> tuple[int, ...]:
    out = []
    for part in v.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        out.append(int(digits) if digits else 0)
    return tuple(out)


def convert_hint(fmt: str | None, path: str | os.PathLike[str]) -> str:
    """How an index of the older format ``fmt`` is converted."""
    rebuild = f"`papercorpus index rebuild {path}` (with the settings you want)"
    if fmt in MIGRATES:
        return f"`papercorpus index migrate {path}` in place, or {rebuild}"
    return rebuild


def check_settings(
    path: str | os.PathLike[str], stored: dict[str, str], wanted: dict[str, str]
) -> None:
    """Raise ``IndexSettingsError`` naming every parameter that differs. The package version
    only refuses an index written by a newer papercorpus (it may hold what this one cannot
    read); an older one is fine as long as every parameter agrees."""
    differ = [
        f"{name} {stored.get(name)!r} (this run: {value!r})"
        for name, value in sorted(wanted.items())
        if name != "package_version" and stored.get(name) != value
    ]
    theirs = stored.get("package_version", "0")
    if _version_tuple(theirs) > _version_tuple(wanted["package_version"]):
        differ.append(
            f"written by papercorpus {theirs}, newer than this {wanted['package_version']}"
        )
    if not differ:
        return
    fmt = stored.get("index_format")
    if fmt in READABLE_FORMATS and fmt != INDEX_FORMAT:
        hint = f"This version reads index format {fmt} only to convert it: " + convert_hint(
            fmt, path
        )
    elif fmt != INDEX_FORMAT:
        hint = "It was written by another papercorpus: use that one"
    else:
        hint = (
            f"Run with the index's settings, or `papercorpus index rebuild {path}` "
            "with the new ones"
        )
    raise IndexSettingsError(
        f"{path}: the index was built with other settings: {'; '.join(differ)}. {hint}"
    )
