"""Who published an article: an outlet's name from what a record, a page or the user says,
and from its web address, through the alias table (lexicons/outlets.toml).

apnews.com, www.apnews.com, "Associated Press" and "AP" are one outlet, AP; an outlet the
table does not know keeps the name it was given, or its domain when only that is known.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from claimcheck.lexicons import Lexicons

# host prefixes that are the same site in another dress: www.bbc.co.uk, m.bbc.co.uk, amp.cnn.com
_SAME_SITE_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.")
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]", re.I)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def domain_of(address: str) -> str | None:
    """The host of a web address or a bare domain, lower case, less www., m., amp. and
    mobile.: "https://www.bbc.co.uk/news/x" -> "bbc.co.uk". None when it is neither."""
    address = address.strip()
    host = urlsplit(address if _SCHEME.match(address) else f"//{address}").hostname or ""
    host = host.rstrip(".").lower()
    changed = True
    while changed:
        changed = False
        for prefix in _SAME_SITE_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host, changed = host[len(prefix) :], True
    return host if _DOMAIN.fullmatch(host) else None


def looks_like_address(value: str) -> bool:
    """A web address or a bare domain ("reuters.com", "http://reuters.com/"), not a name
    ("Reuters", "U.S. News")."""
    value = value.strip()
    return bool(_SCHEME.match(value)) or (" " not in value and domain_of(value) is not None)


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


class Outlets:
    """The alias table, read once: names and domains to the outlet's name."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        table = (lexicons or Lexicons.packaged())["outlets"].get("outlets", {})
        self._names: dict[str, str] = {}
        self._domains: dict[str, str] = {}
        for canonical, aliases in table.items():
            for alias in [canonical, *aliases]:
                domain = domain_of(alias) if looks_like_address(alias) else None
                if domain:
                    self._domains[domain] = canonical
                else:
                    self._names[_fold(alias)] = canonical

    def by_domain(self, domain: str) -> str | None:
        """The outlet of a domain or of the domain it is under (edition.cnn.com -> CNN)."""
        labels = domain.split(".")
        for i in range(len(labels) - 1):
            found = self._domains.get(".".join(labels[i:]))
            if found:
                return found
        return None

    def resolve(self, name: str | None, url: str | None = None) -> str | None:
        """The outlet of an article, from the name it was given (which may be a domain) and,
        when it has none, the address it was published at; either through the table.
        "Reuters" with a yahoo.com address is Reuters: the name says who published it."""
        name = " ".join(name.split()) if name else None
        if name and looks_like_address(name):
            domain = domain_of(name)
            return (self.by_domain(domain) or domain) if domain else name
        if name:
            return self._names.get(_fold(name), name)
        domain = domain_of(url) if url and looks_like_address(url) else None
        return (self.by_domain(domain) or domain) if domain else None
