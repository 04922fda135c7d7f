"""The report as a page to share: Markdown, or one self-contained HTML file (inline style, no
scripts, nothing fetched from the network).

Both render a comparing.report.Report: agreements with each outlet's words side by side,
conflicts with the differing words marked, framing differences, and links to the articles'
addresses. Every claim, title and name comes from untrusted pages and is escaped; only
http and https addresses become links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from urllib.parse import quote as url_quote

from claimcheck.comparing.conflicts import Conflict
from claimcheck.comparing.overview import Overview
from claimcheck.comparing.report import Agreement, FigureAgreement, Report, SetAside, Wording
from claimcheck.storage.store import ArticleSummary
from claimcheck.storage.stories import StoryRow

_WEB = re.compile(r"https?://\S.*", re.I | re.S)
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")  # HTML is escaped apart
# characters a Markdown or HTML link target must not hold as they are
_URL_SAFE = "/:?&=#%@+,;~!$'*[]"


def web_address(url: str | None) -> str | None:
    """The address as a link may hold it: http or https only (a page's "javascript:" is not
    a link), with spaces, quotes and brackets percent-encoded."""
    if not url or not _WEB.fullmatch(url.strip()):
        return None
    return url_quote(url.strip(), safe=_URL_SAFE).replace("(", "%28").replace(")", "%29")


def marked(text: str, words: Iterable[str]) -> list[tuple[str, bool]]:
    """``text`` in pieces, those that are one of ``words`` flagged (the first place each
    stands, as written, else in another case)."""
    spans: list[tuple[int, int]] = []
    for word in words:
        word = word.strip()
        if not word:
            continue
        at = text.find(word)
        if at < 0:
            at = text.casefold().find(word.casefold())
        if at >= 0 and not any(s < at + len(word) and at < e for s, e in spans):
            spans.append((at, at + len(word)))
    pieces: list[tuple[str, bool]] = []
    last = 0
    for start, end in sorted(spans):
        if start > last:
            pieces.append((text[last:start], False))
        pieces.append((text[start:end], True))
        last = end
    if last < len(text) or not pieces:
        pieces.append((text[last:], False))
    return pieces


# the report's sections of what sources give alike in claims worded differently, by kind:
# its title, what it holds, and what each source's words have marked
_GIVEN_ALIKE = (
    (
        "figure",
        "Figures given alike",
        "one figure or day stated by {n} or more independent sources in claims worded differently",
        "figure",
    ),
    (
        "statement",
        "Statements made alike",
        "a clause stated by {n} or more independent sources in sentences that say more",
        "clause",
    ),
)


def given_alike_sections(r: Report) -> list[tuple[str, str, str, list[FigureAgreement]]]:
    """The report's figures and statements given alike, in a section for each kind that has
    any: (title with its count, what it holds, what is marked, its groups); each renderer
    (terminal, Markdown, HTML) words them alike."""
    out = []
    for kind, title, holds, mark in _GIVEN_ALIKE:
        found = [f for f in r.figures if f.kind == kind]
        if found:
            out.append((f"{title} ({len(found)})", holds.format(n=r.min_sources), mark, found))
    return out


def heading(f: FigureAgreement) -> str:
    """What a group given alike stands for: a figure as each source writes it; a clause in
    its first source's words."""
    return " / ".join(dict.fromkeys(f.figures)) if f.kind == "figure" else f"“{f.figures[0]}”"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def source_name(article: ArticleSummary) -> str:
    """How a report names an article's source: its outlet, or its short name."""
    return article.outlet or article.label


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}{'s' if n != 1 else ''}"


def report_summary(r: Report) -> str:
    """ "5 articles from 4 outlets", and how many have no known outlet."""
    outlets = {a.outlet.casefold() for a in r.articles if a.outlet}
    without = sum(1 for a in r.articles if not a.outlet)
    parts = [f"{len(r.articles)} article{'s' if len(r.articles) != 1 else ''}"]
    if outlets:
        parts.append(f"from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}")
        if without:
            parts.append(f"and {without} without a known outlet")
    return " ".join(parts)


def set_aside_note(set_aside: Sequence[SetAside], command: str = "report") -> str | None:
    """The line that counts the conflicts left out of a report or a diff, if any."""
    if not set_aside:
        return None
    n = len(set_aside)
    return (
        f"{n} more conflict{'s' if n != 1 else ''} set aside: found between articles of two "
        "events of their story (a story can hold two look-alike events); "
        f"'claimcheck {command} --json' lists them under conflicts_set_aside"
    )


# -- Markdown ---------------------------------------------------------------------------------


def _md(text: str) -> str:
    """Text as Markdown shows it literally: its markup characters escaped, HTML as entities,
    on one line."""
    return _md_escaped(" ".join(text.split()))


def _md_escaped(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _md_marked(text: str, words: Iterable[str]) -> str:
    """``_md`` with ``words`` in bold; the text is put on one line first, so that the spaces
    around a word in bold stay ("Some **12,400** homes", not "Some**12,400**homes")."""
    flat = " ".join(text.split())
    pieces = marked(flat, [" ".join(w.split()) for w in words])
    return "".join(
        f"**{_md_escaped(p)}**" if m and p.strip() else _md_escaped(p) for p, m in pieces
    )


def _md_source(a: ArticleSummary) -> str:
    name = _md(source_name(a))
    url = web_address(a.url)
    return f"[{name}](<{url}>)" if url else name


def report_markdown(r: Report, title: str = "claimcheck report") -> str:
    heading = _story_heading(r, title + (f" on {r.topic}" if r.topic else ""))
    out = [f"# {_md(heading)}", "", f"{report_summary(r)}.", ""]
    by_id = {a.id: a for a in r.articles}
    out += ["## Sources", "", "| outlet | article | date | title |", "|---|---|---|---|"]
    derived = {d.article: d for d in r.derived}
    for a in r.articles:
        note = ""
        if a.id in derived:
            d = derived[a.id]
            note = f" (repeats {_md(by_id[d.source].label)}: {d.share:.0%} of its claims)"
        out.append(
            f"| {_md_source(a)} | {_md(a.label)}{note} | {a.published or ''} | "
            f"{_md(a.title or '')} |"
        )
    out += [
        "",
        f"## Agreements ({len(r.agreements)})",
        "",
        f"Claims reported by {r.min_sources} or more independent sources (outlets; an "
        "article that repeats another counts as the one it repeats).",
        "",
    ]
    for e in r.agreements:
        out += _md_agreement(e)
    for title, holds, mark, found in given_alike_sections(r):
        out += [f"## {title}", "", f"{_sentence(holds)} (the {mark} in bold).", ""]
        for f in found:
            out += _md_figure(f)
    out += [f"## Conflicts ({len(r.conflicts)})", ""]
    for k in r.conflicts:
        out += [f"### {_md(k.kind)}: {_md(k.detail)}", ""]
        out += ["| source | claim | hedged |", "|---|---|---|"]
        for claim, words, hedges in ((k.a, k.words_a, k.hedges_a), (k.b, k.words_b, k.hedges_b)):
            article = by_id.get(claim.article_id)
            who = _md_source(article) if article else _md(claim.article_id)
            out.append(f"| {who} | {_md_marked(claim.text, words)} | {_md(', '.join(hedges))} |")
        out.append("")
    if aside := set_aside_note(r.set_aside):
        out += [_md(aside), ""]
    out += [
        f"## Framing differences ({len(r.framing)})",
        "",
        "Claims one source states and another hedges or attributes.",
        "",
    ]
    for e in r.framing:
        out += _md_agreement(e)
    out += [f"## Single-source claims: {r.single_source}", ""]
    return "\n".join(out)


def _md_agreement(e: Agreement) -> list[str]:
    when = f", first reported {e.first_reported}" if e.first_reported else ""
    plural = "s" if e.independent != 1 else ""
    lines = [
        f"### {_md(e.canonical.text)}",
        "",
        f"{e.independent} independent source{plural}{when}."
        + (f" Topics: {_md(', '.join(e.topics))}." if e.topics else ""),
        "",
    ]
    return [*lines, *_md_wordings(e.wordings), ""]


def _md_wordings(wordings: list[Wording], marks: Iterable[str] = ()) -> list[str]:
    """Each source's words in a table row, ``marks`` in bold (one for each wording)."""
    marks = list(marks) or [""] * len(wordings)
    return [
        "| source | date | words | framing |",
        "|---|---|---|---|",
        *(
            f"| {_md_source(w.article)} | {w.article.published or ''} | "
            f"{_md_marked(w.claim.text, (mark,))} | {_md(w.how)} |"
            for w, mark in zip(wordings, marks, strict=True)
        ),
    ]


def _md_figure(f: FigureAgreement) -> list[str]:
    plural = "s" if f.independent != 1 else ""
    lines = [
        f"### {_md(heading(f))}",
        "",
        f"{f.independent} independent source{plural}.",
        "",
    ]
    return [*lines, *_md_wordings(f.wordings, f.figures), ""]


# -- HTML -------------------------------------------------------------------------------------

_STYLE = """
:root{color-scheme:light;--line:#d8d8d8;--muted:#5f6368}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:72em;
padding:1.5em;color:#202124}
h1{font-size:1.5em;margin:0 0 .2em}h2{font-size:1.2em;margin:2em 0 .6em;border-bottom:2px solid
var(--line);padding-bottom:.2em}h3{font-size:1.02em;margin:0 0 .3em}
.summary{color:var(--muted)}a{color:#1a5fb4}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:.35em
.5em;text-align:left;vertical-align:top}th{font-weight:600;background:#f4f4f4}
.item{border:1px solid var(--line);border-radius:6px;padding:.8em 1em;margin:0 0 1em}
.meta{color:var(--muted);font-size:.9em;margin-bottom:.5em}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15em,1fr));gap:.7em}
.side{background:#fafafa;border-left:4px solid #9aa0a6;padding:.5em .7em;border-radius:3px}
.side .who{font-weight:600}.side .when{color:var(--muted);font-size:.85em}
.side blockquote{margin:.3em 0;font-size:.97em}
.stated{border-left-color:#2e7d32}.hedged{border-left-color:#e0a800}
.attributed{border-left-color:#1a5fb4}.conflict .side{border-left-color:#c62828}
.frame{font-size:.85em;color:var(--muted)}.kind{text-transform:uppercase;font-size:.8em;
font-weight:700;color:#c62828;letter-spacing:.04em;margin-right:.5em}
mark{background:#ffd54f;padding:0 .1em;border-radius:2px}
.note{color:var(--muted);font-size:.9em}td.date{white-space:nowrap}footer{margin-top:3em;color:var(--muted);font-size:.85em}
"""
# no scripts, no fonts, frames or images from anywhere: the page can only be read
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_source(a: ArticleSummary) -> str:
    name = _e(source_name(a))
    url = web_address(a.url)
    return f'<a href="{_e(url)}" rel="noopener noreferrer">{name}</a>' if url else name


def _html_marked(text: str, words: Iterable[str]) -> str:
    return "".join(f"<mark>{_e(p)}</mark>" if m else _e(p) for p, m in marked(text, words))


def _side(w: Wording, state: str, marks: Iterable[str] = ()) -> str:
    date = f' <span class="when">{_e(w.article.published)}</span>' if w.article.published else ""
    return (
        f'<div class="side {state}"><div><span class="who">{_html_source(w.article)}</span>'
        f'{date} <span class="when">{_e(w.article.label)}</span></div>'
        f"<blockquote>{_html_marked(w.claim.text, marks)}</blockquote>"
        f'<div class="frame">{_e(w.how)}</div></div>'
    )


def _html_agreement(e: Agreement) -> str:
    when = f", first reported {_e(e.first_reported)}" if e.first_reported else ""
    topics = f" · {_e(', '.join(e.topics))}" if e.topics else ""
    plural = "s" if e.independent != 1 else ""
    sides = "".join(_side(w, w.framing.state) for w in e.wordings)
    return (
        f'<section class="item" id="c-{_e(e.cluster_id)}"><h3>{_e(e.canonical.text)}</h3>'
        f'<div class="meta">{e.independent} independent source{plural}{when}{topics}</div>'
        f'<div class="sides">{sides}</div></section>'
    )


def _html_figure(f: FigureAgreement) -> str:
    plural = "s" if f.independent != 1 else ""
    sides = "".join(
        _side(w, w.framing.state, (figure,))
        for w, figure in zip(f.wordings, f.figures, strict=True)
    )
    return (
        f'<section class="item"><h3>{_e(heading(f))}</h3>'
        f'<div class="meta">{f.independent} independent source{plural}</div>'
        f'<div class="sides">{sides}</div></section>'
    )


def _html_conflict(k: Conflict, by_id: dict[str, ArticleSummary]) -> str:
    sides = []
    for claim, words, hedges in ((k.a, k.words_a, k.hedges_a), (k.b, k.words_b, k.hedges_b)):
        article = by_id.get(claim.article_id)
        who = _html_source(article) if article else _e(claim.article_id)
        label = f' <span class="when">{_e(article.label)}</span>' if article else ""
        hedged = f'<div class="frame">hedged: {_e(", ".join(hedges))}</div>' if hedges else ""
        sides.append(
            f'<div class="side"><div><span class="who">{who}</span>{label}</div>'
            f"<blockquote>{_html_marked(claim.text, words)}</blockquote>{hedged}</div>"
        )
    return (
        f'<section class="item conflict"><div class="meta"><span class="kind">{_e(k.kind)}</span>'
        f'{_e(k.detail)}</div><div class="sides">{"".join(sides)}</div></section>'
    )


def _html_sources(r: Report) -> str:
    by_id = {a.id: a for a in r.articles}
    derived = {d.article: d for d in r.derived}
    rows = []
    for a in r.articles:
        note = ""
        if a.id in derived:
            d = derived[a.id]
            note = (
                f'<div class="note">repeats {_e(by_id[d.source].label)} ({d.shared} claims, '
                f"{d.share:.0%}): counted as that article's source</div>"
            )
        rows.append(
            f"<tr><td>{_html_source(a)}</td><td>{_e(a.label)}{note}</td>"
            f'<td class="date">{_e(a.published or "")}</td><td>{_e(a.title or "")}</td></tr>'
        )
    return (
        "<table><thead><tr><th>outlet</th><th>article</th><th>date</th><th>title</th></tr>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _story_heading(r: Report, heading: str) -> str:
    if r.story is None:
        return heading
    return f"{heading}: {r.story.title or 'story ' + r.story.id}"


def report_html(r: Report, title: str = "claimcheck report") -> str:
    heading = _story_heading(r, title + (f" on {r.topic}" if r.topic else ""))
    by_id = {a.id: a for a in r.articles}
    parts = [
        f"<header><h1>{_e(heading)}</h1><p class='summary'>{_e(report_summary(r))}: "
        f"{_count(len(r.agreements), 'agreement')}, {_count(len(r.conflicts), 'conflict')}, "
        f"{_count(len(r.framing), 'framing difference')}, "
        f"{_count(r.single_source, 'single-source claim')}.</p></header>",
        f"<h2>Sources</h2>{_html_sources(r)}",
        f"<h2>Agreements ({len(r.agreements)})</h2><p class='note'>Claims reported by "
        f"{r.min_sources} or more independent sources (outlets; an article that repeats another "
        "counts as the one it repeats), each source's own words side by side.</p>",
        *(_html_agreement(e) for e in r.agreements),
        *(
            f"<h2>{_e(title)}</h2><p class='note'>{_e(_sentence(holds))}; the {mark} is "
            f"marked.</p>{''.join(_html_figure(f) for f in found)}"
            for title, holds, mark, found in given_alike_sections(r)
        ),
        f"<h2>Conflicts ({len(r.conflicts)})</h2><p class='note'>The words that differ are "
        "marked.</p>",
        *(_html_conflict(k, by_id) for k in r.conflicts),
        *(
            [f"<p class='note'>{html.escape(aside)}</p>"]
            if (aside := set_aside_note(r.set_aside))
            else []
        ),
        f"<h2>Framing differences ({len(r.framing)})</h2><p class='note'>Claims one source "
        "states and another hedges or attributes.</p>",
        *(_html_agreement(e) for e in r.framing),
        *(
            [
                f"<h2>Background ({len(r.background)})</h2><p class='note'>Claims other "
                "stories hold too: not counted as corroboration of this one.</p>",
                *(_html_agreement(e) for e in r.background),
            ]
            if r.background
            else []
        ),
        f"<h2>Single-source claims: {r.single_source}</h2>",
        "<footer>Made by claimcheck, offline: each claim is an article's own words.</footer>",
    ]
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(heading)}</title><style>{_STYLE}</style></head><body>"
        + "\n".join(parts)
        + "</body></html>\n"
    )


def _stories(n: int) -> str:
    return f"{n} {'story' if n == 1 else 'stories'}"


def _story_dates(s: StoryRow) -> str:
    if s.first and s.last and s.last != s.first:
        return f"{s.first} to {s.last}"
    return s.first or ""


def overview_markdown(o: Overview, title: str = "claimcheck stories") -> str:
    """The stories of a store, one row each, most contested first."""
    out = [
        f"# {_md(title)}",
        "",
        f"{_stories(len(o.stories))} from {_count(o.articles, 'article')}; "
        "`claimcheck report --story ID` reports on one.",
        "",
        "| story | conflicts | agreed | given alike in part | sources | articles | dates | title |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for s in o.stories:
        out.append(
            f"| {s.id} | {s.conflicts} | {s.corroborated} | {s.figures} | {s.outlets} | "
            f"{s.articles} | "
            f"{_story_dates(s)} | {_md(s.title or '(untitled)')} |"
        )
    return "\n".join(out) + "\n"


def overview_html(o: Overview, title: str = "claimcheck stories") -> str:
    rows = "".join(
        f"<tr><td><code>{_e(s.id)}</code></td><td>{s.conflicts}</td><td>{s.corroborated}</td>"
        f"<td>{s.figures}</td><td>{s.outlets}</td><td>{s.articles}</td><td>{_e(_story_dates(s))}</td>"
        f"<td>{_e(s.title or '(untitled)')}</td></tr>"
        for s in o.stories
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{_e(title)}</h1><p class='summary'>{_stories(len(o.stories))} "
        f"from {_count(o.articles, 'article')}, most contested first; "
        "<code>claimcheck report --story ID</code> reports on one.</p></header>"
        "<table><thead><tr><th>story</th><th>conflicts</th><th>agreed</th><th>given alike in part</th><th>sources</th>"
        f"<th>articles</th><th>dates</th><th>title</th></tr></thead><tbody>{rows}</tbody>"
        "</table></body></html>\n"
    )
