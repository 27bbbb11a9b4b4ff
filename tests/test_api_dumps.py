"""API answers other than Hugging Face's, read by the structured readers.

Semantic Scholar (``/graph/v1/paper/search``, ``/paper/batch``) keeps a paper's arXiv id and
DOI in ``externalIds`` and its date as ``publicationDate``: before, the arXiv id (the
strongest dedup key) came out null and the date and DOI only in ``extra``.
"""

from __future__ import annotations

import json
from pathlib import Path

from papercorpus import clean

S2 = {
    "total": 2,
    "offset": 0,
    "data": [
        {
            "paperId": "649def34f8be52c8b66281af98ae884c09aef38b",
            "externalIds": {"ArXiv": "2503.11731", "DOI": "10.48550/arXiv.2503.11731"},
            "title": "Industrial-Grade Sensor Simulation via Gaussian Splatting",
            "abstract": "Sensor simulation is pivotal for scalable validation of autonomous "
            "driving systems, yet existing methods face applicability challenges.",
            "year": 2025,
            "publicationDate": "2025-03-14",
            "authors": [{"authorId": "1", "name": "Xianming Zeng"}, {"name": "Sicong Du"}],
        },
        {
            "paperId": "aaaa",
            "externalIds": {"DOI": "10.1109/LSP.2025.3551234", "CorpusId": 277066371},
            "title": "A Journal Paper Without an arXiv Copy",
            "abstract": "A journal paper's abstract, long enough to be read as an abstract "
            "by the structured reader of this test.",
            "publicationDate": "2024-11-02",
            "authors": [{"name": "Ada Lovelace"}],
        },
    ],
}


def test_semantic_scholar_ids_dates_and_dois(tmp_path: Path) -> None:
    dump = tmp_path / "s2.json"
    dump.write_text(json.dumps(S2), encoding="utf-8")
    arxiv = tmp_path / "arxiv.jsonl"
    arxiv.write_text(
        json.dumps({"id": "2503.11731", "title": "Industrial-Grade Sensor Simulation via "
                    "Gaussian Splatting", "summary": "A shorter listing abstract."}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    clean([str(dump), str(arxiv)], out)
    first, journal = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert (first["arxiv_id"], first["published"]) == ("2503.11731", "2025-03-14")
    assert len(first["sources"]) == 2  # the listing row joined it by its arXiv id
    assert (journal["arxiv_id"], journal["doi"]) == (None, "10.1109/LSP.2025.3551234")
    assert journal["published"] == "2024-11-02"
    assert journal["extra"] == {"paperId": "aaaa", "CorpusId": 277066371}


# OpenAlex (``/works``) gives an abstract only as an inverted index (word -> positions), its
# authors as authorships, an arXiv paper's DOI as a link. Before: no abstract, no authors,
# no arXiv id (the DOI link was not read as one).
ABSTRACT = "Sensor simulation is pivotal for scalable validation, and simulation is hard."


def _inverted(text: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for n, word in enumerate(text.split()):
        index.setdefault(word, []).append(n)
    return index


OPENALEX = {
    "meta": {"count": 1, "page": 1, "per_page": 25},
    "results": [
        {
            "id": "https://openalex.org/W4408123456",
            "doi": "https://doi.org/10.48550/arxiv.2503.11731",
            "title": "Industrial-Grade Sensor Simulation via Gaussian Splatting",
            "publication_date": "2025-03-14",
            "authorships": [
                {"author_position": "first", "author": {"display_name": "Xianming Zeng"}},
                {"author_position": "last", "author": {"display_name": "Sicong Du"}},
            ],
            "abstract_inverted_index": _inverted(ABSTRACT),
        }
    ],
}

# Crossref (``/works``): the items inside an envelope object, titles as lists, JATS markup
# in the abstract, names as given/family, dates as date-parts. Before: one R_NO_TITLE reject
# for the whole answer.
CROSSREF = {
    "status": "ok",
    "message-type": "work-list",
    "message": {
        "total-results": 1,
        "items": [
            {
                "DOI": "10.48550/arXiv.2503.11731",
                "title": ["Industrial-Grade Sensor Simulation via Gaussian Splatting"],
                "abstract": f"<jats:title>Abstract</jats:title><jats:p>{ABSTRACT}</jats:p>",
                "author": [
                    {"given": "Xianming", "family": "Zeng", "sequence": "first"},
                    {"given": "Sicong", "family": "Du", "sequence": "additional"},
                ],
                "published": {"date-parts": [[2025, 3, 14]]},
                "publisher": "arXiv",
            }
        ],
    },
}


def test_openalex_and_crossref_answers_are_whole_papers(tmp_path: Path) -> None:
    for name, answer in (("openalex.json", OPENALEX), ("crossref.json", CROSSREF)):
        dump = tmp_path / name
        dump.write_text(json.dumps(answer), encoding="utf-8")
        out = tmp_path / f"{name}.out.jsonl"
        clean([str(dump)], out)
        (paper,) = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
        assert (paper["arxiv_id"], paper["abstract"]) == ("2503.11731", ABSTRACT), name
        assert paper["authors"] == ["Xianming Zeng", "Sicong Du"], name
        assert paper["published"] == "2025-03-14", name


def test_a_crossref_month_without_a_day_is_kept_as_written(tmp_path: Path) -> None:
    item = dict(CROSSREF["message"]["items"][0], published={"date-parts": [[2025, 3]]})
    dump = tmp_path / "work.json"
    dump.write_text(json.dumps({"status": "ok", "message": item}), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    clean([str(dump)], out)
    paper = json.loads(out.read_text(encoding="utf-8"))
    assert "published" not in paper
    assert paper["extra"]["published"] == {"date-parts": [[2025, 3]]}


def test_an_object_holding_no_items_is_reported_whole(tmp_path: Path) -> None:
    # the envelope rule descends only into an object holding items or a paper
    from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records

    path = tmp_path / "package.json"
    path.write_text('{"name": "scraper", "version": "1.0", "dependencies": {"axios": "1"}}')
    log = ParseLog()
    assert list(iter_records(InputFile(path.name, path), ReadOptions(), log)) == []
    assert [d.message for d in log.rejects] == [
        "item has no title (fields: name, version, dependencies)"
    ]
