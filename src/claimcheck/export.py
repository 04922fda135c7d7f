"""Writers for the whole store: the JSON document other tools read."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from claimcheck import records
from claimcheck.errors import ClaimcheckError
from claimcheck.grouping import ClusterView
from claimcheck.models import Claim
from claimcheck.store import ArticleSummary, Store

FORMATS = ("json",)


def article_record(a: ArticleSummary) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "published": a.published,
        "kind": a.kind,
        "author": a.author,
        "sha256": a.sha256,
    }


def claim_record(c: Claim) -> dict[str, Any]:
    """A claim with its annotations and the cluster of claims that state the same thing."""
    a = records.to_record(c.annotations)
    return {
        "id": c.id,
        "article_id": c.article_id,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "sentence": c.sentence,
        "paragraph": c.paragraph,
        "kind": c.kind,
        "hedges": a["hedges"],
        "attribution": a["attribution"],
        "topics": list(c.annotations.topic_names),
        "cluster_id": c.cluster_id,
        "numbers": a["numbers"],
        "dates": a["dates"],
        "negated": c.annotations.negated,
        "negations": a["negations"],
        "comparisons": a["comparisons"],
        "entities": a["entities"],
    }


def cluster_records(store: Store) -> list[dict[str, Any]]:
    members: dict[str, list[Claim]] = {}
    for c in store.claims():
        if c.cluster_id:
            members.setdefault(c.cluster_id, []).append(c)
    return [
        {
            "id": cid,
            "claim_ids": [c.id for c in members.get(cid, [])],
            "canonical": canonical,
            "canonical_text": text,
            "articles": sorted({c.article_id for c in members.get(cid, [])}),
        }
        for cid, _, _, canonical, text in store.clusters()
    ]


def cluster_view_record(view: ClusterView) -> dict[str, Any]:
    return {
        "id": view.id,
        "canonical": view.canonical.id,
        "members": [claim_record(m) for m in view.members],
        "pairs": [
            {
                "claim_ids": [a.id, b.id],
                "score": round(s.score, 1),
                "relation": s.relation,
                "reasons": list(s.reasons),
                "shared": list(s.shared),
            }
            for a, b, s in view.pairs
        ],
    }


def store_document(store: Store) -> dict[str, Any]:
    """The whole store as one JSON-ready document, in a stable order."""
    return {
        "articles": [article_record(a) for a in store.articles()],
        "claims": [claim_record(c) for c in store.claims()],
        "clusters": cluster_records(store),
        "conflicts": [],
    }


def to_json(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_file(path: Path, content: str) -> None:
    """Write next to the target and rename, so a reader never sees half a file."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path())
    except OSError as exc:
        raise ClaimcheckError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None
