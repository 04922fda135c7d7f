"""Outlets: names and web addresses through the alias table."""

from __future__ import annotations

import pytest

from claimcheck.reading.outlets import Outlets, domain_of


@pytest.mark.parametrize(
    ("address", "domain"),
    [
        ("https://www.bbc.co.uk/news/world-1", "bbc.co.uk"),
        ("http://m.cnn.com/2024/x", "cnn.com"),
        ("https://amp.theguardian.com/a", "theguardian.com"),
        ("www.Reuters.com", "reuters.com"),
        ("https://user@www.example.org:8080/a?b", "example.org"),
        ("javascript:alert(1)", None),
        ("not an address", None),
    ],
)
def test_domains_drop_the_prefixes_of_one_site(address: str, domain: str | None) -> None:
    assert domain_of(address) == domain


@pytest.mark.parametrize(
    ("name", "url", "outlet"),
    [
        ("Associated Press", None, "AP"),
        ("the associated  press", None, "AP"),
        (None, "https://apnews.com/article/x", "AP"),
        ("www.reuters.com", None, "Reuters"),
        (None, "https://news.bbc.co.uk/2/hi/x", "BBC"),  # a sub-domain of a known one
        (None, "https://edition.cnn.com/2024/x", "CNN"),
        ("Reuters", "https://news.yahoo.com/x", "Reuters"),  # the name says who published it
        ("Northlines", "https://thenorthlines.com/x", "Northlines"),
        (None, "https://thenorthlines.com/x", "thenorthlines.com"),
        (None, None, None),
    ],
)
def test_names_and_addresses_resolve_to_one_outlet(
    name: str | None, url: str | None, outlet: str | None
) -> None:
    assert Outlets().resolve(name, url) == outlet
