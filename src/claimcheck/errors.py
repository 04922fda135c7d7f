"""Errors the library raises; the CLI turns each into a one-line message and an exit code."""

QUOTE_LIMIT = 80


def quote(value: str) -> str:
    """A user's value as an error message shows it: quoted, control characters escaped, and
    cut short (a 100,000-character argument is not echoed back whole)."""
    if len(value) <= QUOTE_LIMIT:
        return repr(value)
    return f"{value[:QUOTE_LIMIT]!r}… ({len(value):,} characters)"


class ClaimcheckError(Exception):
    """Base class: a problem the user can act on, described in one line."""

    exit_code = 1


class InputError(ClaimcheckError):
    """An article that cannot be read: missing, binary, empty, too large, badly encoded."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(ClaimcheckError):
    """The database cannot be opened, is not a claimcheck store, or cannot be written."""


class StoreBusyError(StoreError):
    """Other processes kept writing to the store while it was being grouped as a whole."""


class NotFoundError(ClaimcheckError):
    """A reference (article, claim) that matches nothing, or more than one thing."""


class LexiconError(ClaimcheckError):
    """A lexicon file (package data or a user's override) that cannot be used."""


class UsageError(ClaimcheckError):
    """An option or argument with a value that makes no sense."""

    exit_code = 2
