"""Main text and metadata of a saved web page, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.errors import InputError


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    published: str | None
    author: str | None
    site: str | None = None  # the site's name, else its host name
    url: str | None = None  # the page's own address (its canonical link)


def extract(html: str, source: str) -> Page:
    """The article text of a page without its menus, ads and comments."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception as exc:  # trafilatura raises a variety of parser errors on broken pages
        raise InputError(source, f"cannot be read as HTML ({type(exc).__name__}: {exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(source, "is an HTML page with no article text in it")
    return Page(
        text=text,
        title=_clean(getattr(doc, "title", None)),
        published=_clean(getattr(doc, "date", None)),
        author=_clean(getattr(doc, "author", None)),
        site=_clean(getattr(doc, "sitename", None)) or _clean(getattr(doc, "hostname", None)),
        url=_clean(getattr(doc, "url", None)),
    )


def _clean(value: object) -> str | None:
    return str(value).strip() or None if value else None
