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
