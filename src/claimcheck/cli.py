"""The command line: arguments -> settings -> library call -> rendering. No SQL, no scoring."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from claimcheck import __version__
from claimcheck.config import (
    DEFAULT_THRESHOLD,
    ENV_DB,
    ENV_LEXICONS,
    ENV_MAX_SIZE,
    ENV_THRESHOLD,
    ENV_TOPICS,
    Settings,
)
from claimcheck.errors import ClaimcheckError, UsageError, quote

if TYPE_CHECKING:
    from claimcheck.output.render import Renderer

app = typer.Typer(
    name="claimcheck",
    help="Split news articles into traceable claims and compare what sources say.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

P = ParamSpec("P")
R = TypeVar("R")

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar=ENV_DB,
        show_envvar=True,
        dir_okay=False,
        help="The database file [default: claims/claimcheck.db].",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
TopicsOption = Annotated[
    Path | None,
    typer.Option(
        "--topics",
        envvar=ENV_TOPICS,
        show_envvar=True,
        dir_okay=False,
        help="A topic list (TOML, as lexicons/topics.toml) to use instead of the built-in one.",
    ),
]
ThresholdOption = Annotated[
    float | None,
    typer.Option(
        "--threshold",
        envvar=ENV_THRESHOLD,
        show_envvar=True,
        min=0,
        max=100,
        help="Score (0-100) from which two claims count as the same [default: the "
        f"store's last, else {DEFAULT_THRESHOLD:g}].",
    ),
]
StoryOption = Annotated[
    str | None,
    typer.Option(
        "--story", help="Only this story: its id or a unique prefix (see 'claimcheck stories')."
    ),
]
LexiconOption = Annotated[
    Path | None,
    typer.Option(
        "--lexicons",
        envvar=ENV_LEXICONS,
        show_envvar=True,
        file_okay=False,
        help="A folder of lexicon files that extend or replace the built-in ones.",
    ),
]


def _renderer() -> Renderer:
    from claimcheck.output.render import Renderer  # rich is imported only when there is output

    return Renderer()


def handles_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn the library's errors into a one-line message and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except ClaimcheckError as exc:
            _renderer().error(str(exc))
            raise typer.Exit(exc.exit_code) from None

    return wrapper


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Split news articles into traceable claims and compare what sources say."""


@app.command()
@handles_errors
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders to read (.txt, .md, .html, and collections of articles: "
            ".jsonl, .ndjson, .json, .csv, .tsv; folders recursively); - for stdin.",
            show_default=False,
        ),
    ],
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="Name for the article read from stdin; a later one with the same name "
            "replaces it.",
        ),
    ] = None,
    max_size: Annotated[
        str | None,
        typer.Option(
            "--max-size",
            envvar=ENV_MAX_SIZE,
            show_envvar=True,
            help="Refuse files larger than this [default: 20MB].",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Split articles again even when their text is unchanged."),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only errors, warnings and the summary.")
    ] = False,
    match: Annotated[
        bool,
        typer.Option(
            "--match/--no-match", help="Group the new claims with the stored ones as they come in."
        ),
    ] = True,
    outlet: Annotated[
        str | None,
        typer.Option(
            "--outlet",
            help="The outlet that published these articles (a name or web address), over "
            "any a record or page gives.",
        ),
    ] = None,
    field: Annotated[
        list[str] | None,
        typer.Option(
            "--field",
            help="Where a collection keeps a part of each article, as PART=FIELD (text=body, "
            "outlet=source.name); PART is text, html, title, url, outlet, published, author "
            "or id. Repeat for several.",
        ),
    ] = None,
    threshold: ThresholdOption = None,
    db: DbOption = None,
    lexicons: LexiconOption = None,
    topics: TopicsOption = None,
) -> None:
    """Read articles, split them into claims, annotate them, group them and store them.

    Each file is an article, and so is each record of a collection (JSON Lines, JSON, CSV).
    Prints one line per input that was unchanged, replaced or refused, then a summary. Exits
    with status 1 when any input failed; the others are stored all the same.
    """
    from claimcheck.ingest import ingest as run_ingest
    from claimcheck.storage.store import Store

    if paths.count("-") > 1:
        raise UsageError("'-' (standard input) can be given only once")
    if name is not None and "-" not in paths:
        raise UsageError("--name names the article read from standard input; add '-' to PATHS")
    settings = Settings.resolve(
        db=db,
        max_size=max_size,
        lexicons=lexicons,
        topics=topics,
        threshold=threshold,
        outlet=outlet,
        fields=field or (),
    )
    out = _renderer()
    with Store(settings.db_path) as store, out.ingest_progress(quiet) as progress:
        report = run_ingest(
            store, paths, settings, name=name, force=force, match=match, progress=progress
        )
    out.ingest_summary(report)
    if report.failed:
        raise typer.Exit(1)


@app.command()
@handles_errors
def articles(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List stored articles: id, source, title, date, kind and number of claims."""
    from claimcheck.comparing.sources import Sources
    from claimcheck.output.export import article_record
    from claimcheck.storage.store import Store

    with Store(Settings.resolve(db=db).db_path, create=False) as store, store.snapshot():
        found = store.articles()
        derived = Sources(found, store.body_clusters()).derived
    out = _renderer()
    if as_json:
        out.json(
            [
                article_record(a)
                | {
                    "name": a.name,
                    "claims": a.claims,
                    "derived_from": derived[a.id].source if a.id in derived else None,
                }
                for a in found
            ]
        )
    else:
        out.articles(found, {k: d.source for k, d in derived.items()})


@app.command()
@handles_errors
def claims(
    article: Annotated[
        str | None,
        typer.Option(
            "--article",
            "-a",
            help="Only this article: its id, file name, or a unique prefix of either (e.g. 001).",
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option(
            "--topic",
            "-t",
            help="Only claims on this topic (see 'claimcheck topics'); any other "
            "words are looked for in the claims, allowing for typos.",
        ),
    ] = None,
    hedged: Annotated[
        bool,
        typer.Option(
            "--hedged", help="Only claims with a hedge (may, reportedly, experts caution...)."
        ),
    ] = False,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", "-s", help="Only claims attributed to this speaker (e.g. Putin, analysts)."
        ),
    ] = None,
    story: StoryOption = None,
    topics: TopicsOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List claims in article order, with their hedges and speakers."""
    from claimcheck.comparing.query import ClaimQuery, find_claims
    from claimcheck.output.export import claim_record
    from claimcheck.storage.store import Store

    settings = Settings.resolve(db=db, topics=topics)
    query = ClaimQuery(
        article=article,
        topic=topic,
        hedged=hedged,
        speaker=speaker,
        topics_file=settings.topics_file,
        story=story,
    )
    with Store(settings.db_path, create=False) as store, store.snapshot():
        result = find_claims(store, query)
        names = {a.id: a.label for a in store.articles()}
    out = _renderer()
    if as_json:
        out.json([claim_record(c) for c in result.claims])
    else:
        out.claims(result.claims, names)


@app.command()
@handles_errors
def topics(
    topics: TopicsOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List topics with the number of claims tagged with each."""
    from claimcheck.annotate.topics import TopicTagger
    from claimcheck.comparing.report import topic_table
    from claimcheck.storage.store import Store

    settings = Settings.resolve(db=db, topics=topics)
    tagger = TopicTagger.load(topics_file=settings.topics_file)
    with Store(settings.db_path, create=False) as store, store.snapshot():
        rows = topic_table(store, tagger, retag=settings.topics_file is not None)
    out = _renderer()
    if as_json:
        out.json([{"topic": r.name, "label": r.label, "claims": r.claims} for r in rows])
    else:
        out.topics(rows)


@app.command()
@handles_errors
def show(
    ref: Annotated[
        str,
        typer.Argument(
            help="A claim id, a cluster id, a figure given alike (figure-...) or a clause "
            "stated alike (statement-...), a story id, or an article (id or file name), or a "
            "unique prefix of one.",
            show_default=False,
        ),
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one claim with every annotation and the words that caused it; one cluster with
    its members, their pairwise scores and why they matched; one figure given alike (or
    clause stated alike) with the claims that give it; one story with its articles; or
    one article with the paragraphs set aside as page furniture (headings, datelines,
    bylines...) and their role."""
    from claimcheck.comparing.report import PROPOSITION_PREFIXES, cluster_context, find_figure
    from claimcheck.errors import NotFoundError
    from claimcheck.output.export import (
        article_detail_record,
        claim_record,
        cluster_view_record,
        figure_record,
    )
    from claimcheck.storage.store import Store
    from claimcheck.storage.stories import StoryTables

    settings = Settings.resolve(db=db)
    out = _renderer()
    with Store(settings.db_path, create=False) as store, store.snapshot():
        # a figure given alike or a clause stated alike, a group of its own
        if ref.startswith(tuple(PROPOSITION_PREFIXES.values())):
            figure = find_figure(store, ref, settings.lexicons())
            if as_json:
                out.json(figure_record(figure))
            else:
                out.figure_view(figure)
            return
        claim = None
        missing: NotFoundError | None = None
        try:
            claim = store.claim(ref)
        except NotFoundError as exc:
            missing = exc
        clusters = store.cluster_ids(ref)
        # a whole claim or cluster id first; then an article, whose file names users type
        if (claim is None or claim.id != ref) and ref not in clusters:
            try:
                found = store.resolve_article(ref)
            except NotFoundError:
                found = None
            if found is not None:
                paragraphs = store.paragraphs(found.id)
                claims = store.claims(found.id)
                text = store.article_text(found.id)
                if as_json:
                    out.json(article_detail_record(found, paragraphs, claims, text))
                else:
                    out.article_detail(found, paragraphs, claims, text)
                return
        if claim is None or (ref in clusters and claim.id != ref):
            if not clusters:
                if StoryTables(store).story_ids(ref):
                    _show_story(store, ref, as_json)
                    return
                if missing is not None and "several" in str(missing):
                    raise missing
                raise NotFoundError(
                    f"no claim, cluster, article or story matches {quote(ref)} "
                    "(see 'claimcheck claims', 'articles' and 'stories')"
                )
            view = _grouper(store, settings).view(store, ref)
            figures, parts = cluster_context(store, view.id, view.members, settings.lexicons())
            if as_json:
                out.json(
                    cluster_view_record(view, parts)
                    | {"figures": [figure_record(f) for f in figures]}
                )
            else:
                out.cluster_view(view, {a.id: a.label for a in store.articles()}, figures, parts)
            return
        article = store.article_by_id(claim.article_id)
        text = store.article_text(claim.article_id)
    if as_json:
        assert article is not None
        out.json(
            claim_record(claim)
            | {"article": article.name, "evidence": text[claim.start : claim.end]}
        )
    else:
        out.claim_detail(claim, article, text)


def _show_story(store, ref: str, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.comparing.report import resolve_story
    from claimcheck.output.export import article_record, story_records

    story = resolve_story(store, ref)
    articles = store.articles_in_story(story.id)
    if as_json:
        _renderer().json(
            story_records(store, story)[0] | {"articles": [article_record(a) for a in articles]}
        )
    else:
        _renderer().story(story, articles)


def _grouper(store, settings: Settings):  # type: ignore[no-untyped-def]
    """The grouper with the store's threshold (or the one given) and the user's lexicons, as
    ingest groups with them."""
    from claimcheck.grouping.match import Scorer
    from claimcheck.grouping.normalize import Normalizer
    from claimcheck.grouping.regroup import Grouper, stored_threshold

    normalizer = Normalizer.of(settings.lexicons())
    return Grouper(Scorer(normalizer, threshold=stored_threshold(store, settings.threshold)))


@app.command()
@handles_errors
def match(
    threshold: ThresholdOption = None,
    db: DbOption = None,
) -> None:
    """Group the whole store again, from scratch: articles into stories, then equivalent
    claims within their stories.

    Curators' links, unlinks, moves and splits are kept. The threshold used becomes the store's, for the
    claims that later ingests add.
    """
    from claimcheck.regrouping import regroup_all
    from claimcheck.storage.store import Store
    from claimcheck.stories.builder import StoryBuilder

    settings = Settings.resolve(db=db, threshold=threshold)
    with Store(settings.db_path, create=False) as store:
        stories, report = regroup_all(
            store, _grouper(store, settings), StoryBuilder(settings.lexicons())
        )
    out = _renderer()
    out.stories_found(stories)
    out.grouping(report)


@app.command()
@handles_errors
def clusters(
    everything: Annotated[
        bool, typer.Option("--all", help="Also list claims that are alone in their cluster.")
    ] = False,
    min_sources: Annotated[
        int,
        typer.Option(
            "--min-sources", min=1, help="Only clusters with claims from this many articles."
        ),
    ] = 1,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List clusters of equivalent claims: size, sources and canonical text."""
    from claimcheck.storage.store import Store

    with Store(Settings.resolve(db=db).db_path, create=False) as store, store.snapshot():
        rows = [r for r in store.clusters(1 if everything else 2) if r[2] >= min_sources]
    out = _renderer()
    if as_json:
        out.json(
            [
                {
                    "id": r[0],
                    "size": r[1],
                    "articles": r[2],
                    "canonical": r[3],
                    "canonical_text": r[4],
                }
                for r in rows
            ]
        )
    else:
        out.clusters(rows)


@app.command()
@handles_errors
def link(
    first: Annotated[
        str, typer.Argument(help="A claim id (or unique prefix).", show_default=False)
    ],
    second: Annotated[
        str, typer.Argument(help="Another claim id (or unique prefix).", show_default=False)
    ],
    db: DbOption = None,
) -> None:
    """Record that two claims state the same thing; the decision outlasts re-grouping."""
    from claimcheck.storage.store import Store

    settings = Settings.resolve(db=db)
    with Store(settings.db_path, create=False) as store:
        a, b = store.claim(first), store.claim(second)
        if a.id == b.id:
            raise UsageError("link: give two different claims")
        cid = _grouper(store, settings).link(store, a, b)
    _renderer().line(f"linked {a.id} and {b.id}: cluster {cid}")


@app.command()
@handles_errors
def unlink(
    claim: Annotated[
        str, typer.Argument(help="A claim id (or unique prefix).", show_default=False)
    ],
    db: DbOption = None,
) -> None:
    """Take a claim out of its cluster, and keep it apart from those claims from now on."""
    from claimcheck.storage.store import Store

    settings = Settings.resolve(db=db)
    with Store(settings.db_path, create=False) as store:
        c = store.claim(claim)
        others = _grouper(store, settings).unlink(store, c)
    out = _renderer()
    if others:
        out.line(f"unlinked {c.id} from {len(others)} claim{'s' if len(others) != 1 else ''}")
    else:
        out.line(f"{c.id} was alone in its cluster; nothing to unlink")


@app.command()
@handles_errors
def stories(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List stories (articles that report one event), most contested first: id, conflicts,
    claims agreed by two or more sources, sources, articles, dates and title."""
    from claimcheck.comparing.overview import build_overview
    from claimcheck.output.export import story_records
    from claimcheck.storage.store import Store

    with Store(Settings.resolve(db=db).db_path, create=False) as store, store.snapshot():
        overview = build_overview(store)
        records = {r["id"]: r for r in story_records(store)} if as_json else {}
    out = _renderer()
    if as_json:
        out.json([records[s.id] for s in overview.stories])
    else:
        out.stories(overview.stories)


@app.command()
@handles_errors
def move(
    article: Annotated[
        str, typer.Argument(help="An article id, file name, or unique prefix.", show_default=False)
    ],
    story: Annotated[
        str,
        typer.Argument(help="The story it belongs to (id or unique prefix).", show_default=False),
    ],
    db: DbOption = None,
) -> None:
    """Move an article into another story; the decision outlasts re-grouping."""
    _decide(article, story, db)


@app.command()
@handles_errors
def split(
    article: Annotated[
        str, typer.Argument(help="An article id, file name, or unique prefix.", show_default=False)
    ],
    db: DbOption = None,
) -> None:
    """Take an article out of its story into a story of its own; the decision outlasts
    re-grouping."""
    _decide(article, None, db)


def _decide(article: str, story: str | None, db: Path | None) -> None:
    from claimcheck.comparing.overview import recount
    from claimcheck.comparing.report import resolve_story
    from claimcheck.storage.store import Store
    from claimcheck.storage.stories import StoryTables
    from claimcheck.stories.builder import StoryBuilder

    settings = Settings.resolve(db=db)
    with Store(settings.db_path, create=False) as store:
        a = store.resolve_article(article)
        target = resolve_story(store, story).id if story is not None else None
        with store.transaction():
            grouper = _grouper(store, settings)
            left, now = StoryBuilder(grouper.lexicons).move(store, a.id, target)
            if left != now:
                grouper.place_again(store, {a.id})
                stories = {left, now} & {r.id for r in StoryTables(store).stories()}
                recount(store, stories, grouper.lexicons)
    verb = "moved" if story is not None else "split"
    _renderer().line(
        f"{verb} {a.label}: story {left} -> {now}"
        if left != now
        else f"{a.label} stays in story {now}"
    )


@app.command()
@handles_errors
def search(
    text: Annotated[
        str,
        typer.Argument(
            help="Words to look for: a claim from elsewhere, a fact-check's wording.",
            show_default=False,
        ),
    ],
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, help="How many claims to show.")
    ] = 10,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Rank stored claims by how similar they are to TEXT, with scores (0-100)."""
    from claimcheck.output.export import claim_record
    from claimcheck.storage.store import Store

    settings = Settings.resolve(db=db)
    with Store(settings.db_path, create=False) as store, store.snapshot():
        found = _grouper(store, settings).search(store, text, limit)
        names = {a.id: a.label for a in store.articles()}
    out = _renderer()
    if as_json:
        out.json([claim_record(c) | {"score": round(s, 1)} for c, s in found])
    else:
        out.search(found, names)


REPORT_FORMATS = ("md", "html", "json")


@app.command()
@handles_errors
def report(
    topic: Annotated[
        str | None,
        typer.Option("--topic", "-t", help="Only claims on this topic (or with these words)."),
    ] = None,
    min_sources: Annotated[
        int,
        typer.Option("--min-sources", min=1, help="Agreements need this many independent sources."),
    ] = 2,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="md (Markdown) or html (a self-contained page) to share, or json; "
            "[default: the terminal, or the --output file's suffix].",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", dir_okay=False, help="Write to this file instead of stdout."
        ),
    ] = None,
    story: StoryOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """What the sources agree on, where they conflict, and who hedges or attributes what
    others state as fact. Sources are outlets: two articles of one outlet are one source.

    A store of several stories gets an overview, one line a story, most contested first;
    --story ID reports on one. A store of one story gets that story's report."""
    from claimcheck.comparing.overview import build_overview
    from claimcheck.comparing.report import build_report
    from claimcheck.storage.store import Store

    fmt = _report_format(fmt, output, as_json)
    settings = Settings.resolve(db=db)
    with Store(settings.db_path, create=False) as store, store.snapshot():
        overview = build_overview(store) if story is None else None
        if overview is not None and len(overview.stories) == 1 and not overview.unplaced:
            story, overview = overview.stories[0].id, None
        result = None
        if overview is None or len(overview.stories) <= 1:
            overview = None
            result = build_report(
                store,
                topic=topic,
                min_sources=min_sources,
                lexicons=settings.lexicons(),
                story=story,
            )
    out = _renderer()
    from claimcheck.output.export import overview_record, report_record, to_json, write_file
    from claimcheck.output.report_page import (
        overview_html,
        overview_markdown,
        report_html,
        report_markdown,
    )

    if fmt is None:
        if overview is not None:
            out.overview(overview)
        else:
            assert result is not None
            out.report(result)
        return
    if overview is not None:
        if fmt == "json":
            content = to_json(overview_record(overview))
        else:
            content = overview_html(overview) if fmt == "html" else overview_markdown(overview)
    elif fmt == "json":
        assert result is not None
        content = to_json(report_record(result))
    else:
        assert result is not None
        content = report_html(result) if fmt == "html" else report_markdown(result)
    if output is None:
        out.raw(content)
    else:
        write_file(output, content)


def _report_format(fmt: str | None, output: Path | None, as_json: bool) -> str | None:
    """The report's format: --format, --json, or the output file's suffix; None for the
    terminal."""
    if as_json:
        if fmt not in (None, "json"):
            raise UsageError(f"--json and --format {fmt} ask for two formats; give one")
        return "json"
    if fmt is not None:
        if fmt not in REPORT_FORMATS:
            raise UsageError(f"--format: {quote(fmt)} is not one of {', '.join(REPORT_FORMATS)}")
        return fmt
    if output is None:
        return None
    suffix = output.suffix.lower().lstrip(".")
    by_suffix = {"md": "md", "markdown": "md", "html": "html", "htm": "html", "json": "json"}
    if suffix not in by_suffix:
        raise UsageError(
            f"--output: say which format {output.name} is with --format md, html or json"
        )
    return by_suffix[suffix]


@app.command()
@handles_errors
def diff(
    first: Annotated[
        str, typer.Argument(help="An article: id, file name or unique prefix.", show_default=False)
    ],
    second: Annotated[str, typer.Argument(help="Another article.", show_default=False)],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Compare two articles: claims in both, only in one, conflicts, framing differences."""
    from claimcheck.comparing.report import build_diff
    from claimcheck.storage.store import Store

    settings = Settings.resolve(db=db)
    with Store(settings.db_path, create=False) as store, store.snapshot():
        result = build_diff(store, first, second, lexicons=settings.lexicons())
    out = _renderer()
    if as_json:
        from claimcheck.output.export import diff_record

        out.json(diff_record(result))
    else:
        out.diff(result)


@app.command()
@handles_errors
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="json (the whole store), or the corroboration table as csv, md or html.",
        ),
    ] = "json",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", dir_okay=False, help="Write to this file instead of stdout."
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option("--topic", "-t", help="Only claims on this topic (or with these words)."),
    ] = None,
    min_sources: Annotated[
        int,
        typer.Option(
            "--min-sources", min=1, help="Only claims with this many independent sources."
        ),
    ] = 1,
    story: StoryOption = None,
    db: DbOption = None,
) -> None:
    """Export the store (json) or the corroboration table: one row per claim, one column per
    article, each cell stated, hedged, attributed, conflicting or empty. --story: one story."""
    from claimcheck.output.export import FORMATS, render, write_file
    from claimcheck.storage.store import Store

    if fmt not in FORMATS:
        raise UsageError(f"--format: {quote(fmt)} is not one of {', '.join(FORMATS)}")
    settings = Settings.resolve(db=db)
    with Store(settings.db_path, create=False) as store, store.snapshot():
        content = render(
            store,
            fmt,
            topic=topic,
            min_sources=min_sources,
            lexicons=settings.lexicons(),
            story=story,
        )
    if output is None:
        _renderer().raw(content)
    else:
        write_file(output, content)


def main() -> None:
    app()
