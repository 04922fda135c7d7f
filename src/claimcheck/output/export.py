"""Exports: the whole store as one JSON document, and the corroboration table (one row per
cluster of equivalent claims, one column per article) as CSV, Markdown or HTML."""

from __future__ import annotations

import csv
import functools
import html
import io
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from claimcheck.comparing.conflicts import Conflict, Framing
from claimcheck.comparing.overview import Overview
from claimcheck.comparing.report import (
    Agreement,
    Cell,
    Diff,
    FigureAgreement,
    Report,
    SetAside,
    Table,
    TableRow,
    Wording,
    build_table,
    resolve_story,
)
from claimcheck.errors import ClaimcheckError
from claimcheck.grouping.regroup import ClusterView
from claimcheck.lexicons import Lexicons
from claimcheck.models import Claim, Paragraph
from claimcheck.storage import records
from claimcheck.storage.store import ArticleSummary, Store
from claimcheck.storage.stories import StoryRow, StoryTables

FORMATS = ("json", "csv", "md", "html")


def article_record(a: ArticleSummary) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "published": a.published,
        "kind": a.kind,
        "author": a.author,
        "sha256": a.sha256,
        "outlet": a.outlet,
        "url": a.url,
        "story_id": a.story_id,
    }


def article_detail_record(
    a: ArticleSummary, paragraphs: list[Paragraph], claims: list[Claim], text: str
) -> dict[str, Any]:
    """An article with every paragraph: its role, span and words, and how many claims came
    from it (none for the furniture set aside)."""
    per_paragraph: dict[tuple[int, int], int] = {}
    for p in paragraphs:
        per_paragraph[p.start, p.end] = sum(1 for c in claims if p.start <= c.start < p.end)
    return article_record(a) | {
        "name": a.name,
        "claims": a.claims,
        "paragraphs": [
            {
                "seq": i,
                "role": p.role,
                "start": p.start,
                "end": p.end,
                "text": text[p.start : p.end],
                "claims": per_paragraph[p.start, p.end],
            }
            for i, p in enumerate(paragraphs)
        ],
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
        "referent": a["referent"],
    }


def proposition_id(claim: Claim, cluster_id: str) -> str:
    """The id of a claim's record as a part of another cluster's claim."""
    return f"{claim.id}:{cluster_id}"


def proposition_record(claim: Claim, cluster_id: str) -> dict[str, Any]:
    """A claim that states another cluster's claim among other things, as a member of that
    cluster: its own record, with the cluster and the claim it is a part of."""
    return claim_record(claim) | {
        "id": proposition_id(claim, cluster_id),
        "cluster_id": cluster_id,
        "part_of": claim.id,
    }


def figure_proposition_records(
    f: FigureAgreement, article_text: Callable[[str], str]
) -> list[dict[str, Any]]:
    """The claims that give a figure other sources give alike, as members of the figure's
    group: each its own record, with the group and the claim it is a part of, over the figure
    and what it counts (its text and span in the article: "12,400 homes", not the whole
    sentence that also gives the schools closed), the figure as that claim writes it; or over
    the clause, for a clause stated alike (``f.kind`` statement)."""
    out = []
    for claim, figure, (start, end) in f.given:
        record = proposition_record(claim, f.id) | {f.kind: figure}
        given = claim.text[start:end]
        # a claim reworded around its sentence (a subject carried over) is placed by its words
        written = article_text(claim.article_id)[claim.start : claim.end]
        at = start if written == claim.text else written.find(given) if given else -1
        if at >= 0 and given:
            record |= {
                "text": given,
                "start": claim.start + at,
                "end": claim.start + at + len(given),
            }
        out.append(record)
    return out


def figure_cluster_record(f: FigureAgreement) -> dict[str, Any]:
    """A figure given alike (or a clause stated alike) as a group of its own: the claims that
    give it, each by its proposition id (each claim stays a member of its own cluster too)."""
    return {
        "id": f.id,
        "kind": f.kind,
        f.kind: f.figures[0],
        "claim_ids": [proposition_id(c, f.id) for c in f.members],
        "stated_within": [c.id for c in f.members],
        "canonical": proposition_id(f.wordings[0].claim, f.id),  # a member, as of any group
        "canonical_text": f.wordings[0].claim.text,
        "articles": sorted({c.article_id for c in f.members}),
    }


def cluster_records(
    store: Store,
    claims: list[Claim] | None = None,
    parts: dict[str, list[Claim]] | None = None,
) -> list[dict[str, Any]]:
    """The clusters, each with its claims (of ``claims`` only, when given: one story's) and
    the claims of other clusters that state it as a part (``parts``), by their proposition
    ids."""
    members: dict[str, list[Claim]] = {}
    for c in store.claims() if claims is None else claims:
        if c.cluster_id:
            members.setdefault(c.cluster_id, []).append(c)
    parts = parts or {}
    return [
        {
            "id": cid,
            "kind": "claim",
            "claim_ids": [c.id for c in members.get(cid, [])]
            + [proposition_id(c, cid) for c in parts.get(cid, [])],
            "stated_within": [c.id for c in parts.get(cid, [])],
            "canonical": canonical,
            "canonical_text": text,
            "articles": sorted({c.article_id for c in members.get(cid, []) + parts.get(cid, [])}),
        }
        for cid, _, _, canonical, text in store.clusters()
        if claims is None or cid in members
    ]


def story_records(store: Store, story: StoryRow | None = None) -> list[dict[str, Any]]:
    tables = StoryTables(store)
    chosen = [story] if story else tables.stories()
    return [
        {
            "id": s.id,
            "title": s.title,
            "topic": s.topic,
            "first": s.first,
            "last": s.last,
            "article_ids": tables.members(s.id),
            "sources": s.outlets,
            "corroborated": s.corroborated,
            "conflicts": s.conflicts,
            "figures": s.figures,
        }
        for s in chosen
    ]


def cluster_view_record(view: ClusterView, parts: Sequence[Claim] = ()) -> dict[str, Any]:
    return {
        "id": view.id,
        "canonical": view.canonical.id,
        "members": [claim_record(m) for m in view.members],
        # claims of other clusters that state this one among other things
        "parts": [claim_record(p) for p in parts],
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


def conflict_record(k: Conflict) -> dict[str, Any]:
    return {
        "claim_ids": [k.a.id, k.b.id],
        "kind": k.kind,
        "detail": k.detail,
        "hedges": [list(k.hedges_a), list(k.hedges_b)],
    }


def set_aside_record(s: SetAside) -> dict[str, Any]:
    """A conflict left out of a report: its two articles' likeness says why."""
    return conflict_record(s.conflict) | {"articles_likeness": round(s.likeness, 3)}


def store_document(
    store: Store, table: Table | None = None, story: StoryRow | None = None
) -> dict[str, Any]:
    """The whole store (or one ``story``) as one JSON-ready document, in a stable order, with
    the stories, the conflicts and the corroboration table."""
    table = table or build_table(store, story=story.id if story else None)
    if story is None:
        articles, claims = store.articles(), store.claims()
    else:
        articles = store.articles_in_story(story.id)
        claims = store.claims_of([a.id for a in articles])
    texts = functools.cache(store.article_text)  # of the articles whose figures are given alike
    return {
        "stories": story_records(store, story),
        "articles": [article_record(a) for a in articles],
        # a claim that states other clusters' claims among other things is a member of each
        # of them too, as a proposition (``grouping/parts.py``)
        "claims": [claim_record(c) for c in claims]
        + [proposition_record(c, k) for k, found in table.parts.items() for c in found]
        # and a claim that gives a figure other sources give alike, of the figure's group
        + [r for f in table.figures for r in figure_proposition_records(f, texts)],
        "clusters": cluster_records(store, None if story is None else claims, table.parts)
        + [figure_cluster_record(f) for f in table.figures],
        "conflicts": [conflict_record(k) for k in table.conflicts],
        "conflicts_set_aside": [set_aside_record(s) for s in table.set_aside],
        "figures": [figure_record(f) for f in table.figures],
        "table": [row_record(r) for r in table.rows],
    }


def row_record(r: TableRow) -> dict[str, Any]:
    return {
        "cluster_id": r.cluster_id,
        "canonical": r.canonical.text,
        "figure": r.figure or None,
        "statement": r.statement or None,
        "topics": list(r.topics),
        "sources": r.independent,
        "conflict": r.conflict,
        "cells": {
            aid: {"state": c.state, "detail": c.detail, "text": c.text}
            for aid, c in r.cells.items()
        },
    }


def _cell_text(cell: Cell | None) -> str:
    if cell is None:
        return ""
    return f"{cell.state} ({cell.detail})" if cell.detail else cell.state


def _columns(table: Table) -> list[tuple[str, str]]:
    return [(a.id, a.label) for a in table.articles]


# A spreadsheet reads a cell that begins with one of these as a formula (OWASP, "CSV
# Injection"): claims come from untrusted pages, and "=HYPERLINK(...)" would be live.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A CSV or TSV cell that a spreadsheet shows as the text it is: one that would start a
    formula gets a leading single quote, as OWASP advises. Numbers are left as numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def table_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")

    def row(cells: list[object]) -> None:
        writer.writerow([spreadsheet_safe(c) for c in cells])

    columns = _columns(table)
    row(["cluster", "claim", "topics", "sources", "conflict", *[n for _, n in columns]])
    for r in table.rows:
        row(
            [
                r.cluster_id,
                r.label,
                " ".join(r.topics),
                r.independent,
                "yes" if r.conflict else "",
                *[_cell_text(r.cells.get(a)) for a, _ in columns],
            ]
        )
    return out.getvalue()


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_md(table: Table) -> str:
    columns = _columns(table)
    lines = [
        "| claim | topics | sources | conflict | " + " | ".join(_md(n) for _, n in columns) + " |",
        "|---|---|---|---|" + "---|" * len(columns),
    ]
    for r in table.rows:
        cells = [_md(_cell_text(r.cells.get(a))) for a, _ in columns]
        lines.append(
            f"| {_md(r.label)} | {', '.join(r.topics)} | {r.independent} | "
            f"{'yes' if r.conflict else ''} | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines) + "\n"


_HTML_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em}.legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:3px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0;font-weight:600}
td.claim{max-width:34em}td.cell{min-width:7em;text-align:center;font-size:12px}
.stated{background:#cdeccd}.hedged{background:#fbe7a6}.attributed{background:#cfe0fb}
.conflicting{background:#f6b8b8}.silent{background:#f7f7f7;color:#aaa}
details summary{cursor:pointer}details p{text-align:left;margin:.3em 0 0}
.flag{color:#b00;font-weight:700}small{color:#555}
"""


def table_html(table: Table, title: str = "claimcheck: corroboration table") -> str:
    """One self-contained page (no scripts, no network): the table as a coloured grid, each
    cell's claim on hover and on click."""
    columns = _columns(table)
    esc = html.escape
    head = "".join(
        f'<th title="{esc(a.title or a.name)}">{esc(n)}</th>'
        for (aid, n), a in zip(columns, table.articles, strict=True)
    )
    rows = []
    for r in table.rows:
        cells = []
        for aid, _ in columns:
            cell = r.cells.get(aid)
            if cell is None:
                cells.append('<td class="cell silent">—</td>')
                continue
            detail = f"<br><small>{esc(cell.detail)}</small>" if cell.detail else ""
            cells.append(
                f'<td class="cell {cell.state}" title="{esc(cell.text)}"><details><summary>'
                f"{esc(cell.state)}{detail}</summary><p>{esc(cell.text)}</p></details></td>"
            )
        flag = '<span class="flag" title="sources conflict">⚑</span> ' if r.conflict else ""
        rows.append(
            f'<tr><td class="claim">{flag}{esc(r.label)}</td>'
            f"<td>{esc(', '.join(r.topics))}</td><td>{r.independent}</td>{''.join(cells)}</tr>"
        )
    legend = "".join(
        f'<span class="{k}">{k}</span>'
        for k in ("stated", "hedged", "attributed", "conflicting", "silent")
    )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        f"<style>{_HTML_STYLE}</style></head><body><h1>{esc(title)}</h1>"
        f'<p class="legend">{legend}</p><table><thead><tr><th>claim</th><th>topics</th>'
        f"<th>sources</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p><small>{len(table.rows)} claims, {len(table.conflicts)} conflicts. Hover or "
        f"click a cell for the article's own words.</small></p></body></html>\n"
    )


def render(
    store: Store,
    fmt: str,
    *,
    topic: str | None = None,
    min_sources: int = 1,
    lexicons: Lexicons | None = None,
    story: str | None = None,
) -> str:
    """The export in format ``fmt``, of the whole store or of one ``story``."""
    chosen = resolve_story(store, story) if story is not None else None
    table = build_table(
        store,
        topic=topic,
        min_sources=min_sources,
        lexicons=lexicons,
        story=chosen.id if chosen else None,
    )
    if fmt == "json":
        return to_json(store_document(store, table, chosen))
    if fmt == "csv":
        return table_csv(table)
    if fmt == "md":
        return table_md(table)
    return table_html(table)


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
        # mkstemp makes the file private (0600); a page or table to share is as readable as
        # any file the user makes, or keeps the mode of the file it replaces
        Path(tmp).chmod(path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ClaimcheckError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _framing_record(f: Framing) -> dict[str, Any]:
    return {
        "state": f.state,
        "cues": list(f.cues),
        "speaker": f.speaker,
        "verb": f.verb,
        "label": f.label,
    }


def _agreement_record(e: Agreement) -> dict[str, Any]:
    return {
        "cluster_id": e.cluster_id,
        "canonical": e.canonical.text,
        "sources": e.independent,
        "first_reported": e.first_reported,
        "topics": list(e.topics),
        "wordings": [_wording_record(w) for w in e.wordings],
    }


def _wording_record(w: Wording) -> dict[str, Any]:
    return {
        "article": w.article.name,
        "article_id": w.article.id,
        "outlet": w.article.outlet,
        "url": w.article.url,
        "published": w.article.published,
        "claim_id": w.claim.id,
        "text": w.claim.text,
        "framing": _framing_record(w.framing),
        "part": w.part,  # the claim states this one among other things
    }


def figure_record(f: FigureAgreement) -> dict[str, Any]:
    """A figure given alike (or a clause stated alike, ``kind`` statement): each source's
    claim, and the figure (or clause) as that claim writes it."""
    return {
        "id": f.id,  # its group among the export's clusters
        "kind": f.kind,
        "sources": f.independent,
        "claim_ids": [w.claim.id for w in f.wordings],
        "figures": list(f.figures),
        "wordings": [
            _wording_record(w) | {f.kind: figure}
            for w, figure in zip(f.wordings, f.figures, strict=True)
        ],
    }


def report_record(r: Report) -> dict[str, Any]:
    return {
        "story": None
        if r.story is None
        else {
            "id": r.story.id,
            "title": r.story.title,
            "first": r.story.first,
            "last": r.story.last,
        },
        "articles": [article_record(a) for a in r.articles],
        "topic": r.topic,
        "min_sources": r.min_sources,
        "derived": [
            {
                "article_id": d.article,
                "source_id": d.source,
                "shared_claims": d.shared,
                "share": round(d.share, 3),
            }
            for d in r.derived
        ],
        "agreements": [_agreement_record(e) for e in r.agreements],
        "conflicts": [
            conflict_record(k)
            | {"texts": [k.a.text, k.b.text], "articles": [k.a.article_id, k.b.article_id]}
            for k in r.conflicts
        ],
        "conflicts_set_aside": [
            set_aside_record(s)
            | {
                "texts": [s.conflict.a.text, s.conflict.b.text],
                "articles": [s.conflict.a.article_id, s.conflict.b.article_id],
            }
            for s in r.set_aside
        ],
        "figures": [figure_record(f) for f in r.figures],
        "framing": [_agreement_record(e) for e in r.framing],
        "background": [
            _agreement_record(e) | {"other_stories": list(e.other_stories)} for e in r.background
        ],
        "single_source_claims": r.single_source,
    }


def diff_record(d: Diff) -> dict[str, Any]:
    return {
        "a": article_record_summary(d.a),
        "b": article_record_summary(d.b),
        "both": [
            {"a": claim_record(x), "b": claim_record(y), "score": round(s, 1)} for x, y, s in d.both
        ],
        "only_a": [claim_record(c) for c in d.only_a],
        "only_b": [claim_record(c) for c in d.only_b],
        "conflicts": [conflict_record(k) for k in d.conflicts],
        "conflicts_set_aside": [set_aside_record(s) for s in d.set_aside],
        "framing": [
            {
                "a": _framing_record(x) | {"claim_id": x.claim.id},
                "b": _framing_record(y) | {"claim_id": y.claim.id},
            }
            for x, y in d.framing
        ],
    }


def article_record_summary(a: ArticleSummary) -> dict[str, Any]:
    return article_record(a) | {"name": a.name}


def overview_record(o: Overview) -> dict[str, Any]:
    return {
        "articles": o.articles,
        "unplaced": o.unplaced,
        "stories": [
            {
                "id": st.id,
                "title": st.title,
                "first": st.first,
                "last": st.last,
                "articles": st.articles,
                "sources": st.outlets,
                "corroborated": st.corroborated,
                "conflicts": st.conflicts,
                "figures": st.figures,
            }
            for st in o.stories
        ],
    }
