"""Names given alike: one thing given one name by two outlets, in their own words."""

from pathlib import Path

import pytest

from claimcheck.comparing.namings import NamingReader
from claimcheck.comparing.report import build_report
from claimcheck.grouping.normalize import Normalizer
from claimcheck.models import Claim
from conftest import store_with


def namings(text: str) -> list[tuple[str, str, str]]:
    normalizer = Normalizer.of()
    claim = Claim("c", "a", 0, text, 0, len(text), 0, 0, "body")
    reader = NamingReader(normalizer, normalizer.lexicons)
    return [(n.thing, n.name, text[n.span[0] : n.span[1]]) for n in reader.namings(claim)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "India's rover, named Pragyaan, will explore the crater.",
            [("rover", "pragyaan", "rover, named Pragyaan")],
        ),
        (
            "The module holds the lander (Vikram) and the rover (Pragyan).",
            [("lander", "vikram", "lander (Vikram)"), ("rover", "pragyan", "rover (Pragyan)")],
        ),
        ("Police found a dog named Rex at the house.", [("dog", "rex", "dog named Rex")]),
        # a name's abbreviation or other spelling in brackets names no thing
        ("Voters backed the Democratic Progressive Party (DPP) again.", []),
        # a word of naming that is a verb
        ("The president called Biden on Monday.", []),
        ("The council named Smith its chair.", []),
    ],
)
def test_a_thing_a_report_names_as_it_brings_it_in(
    text: str, found: list[tuple[str, str, str]]
) -> None:
    assert namings(text) == found


SHARED = "India's Chandrayaan-3 lander touched down near the south pole of the Moon on Wednesday."


@pytest.mark.parametrize(
    ("other", "given"),
    [
        # the same thing, the same name spelled another way: a proposition two outlets give
        ("The craft carries the rover (Pragyan) in its belly.", True),
        # another thing, or another name
        ("The craft carries the lander (Pragyaan) in its belly.", False),
        ("The craft carries the rover (Vikram) in its belly.", False),
    ],
)
def test_one_thing_given_one_name_is_stated_alike(tmp_path: Path, other: str, given: bool) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": f"{SHARED}\n\nIndia's rover, named Pragyaan, will explore areas believed to hold water ice.",
            "b.txt": f"{SHARED}\n\n{other}",
        },
    )
    found = [sorted(f.figures) for f in build_report(store).figures]
    assert found == ([["rover (Pragyan)", "rover, named Pragyaan"]] if given else [])
