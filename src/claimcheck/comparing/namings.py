"""Names given alike across a story: "the rover (Pragyan)", "India's rover, named Pragyaan".

A report often names a thing as it brings it in: in brackets right after it, or with a word
of naming ("named", "called", "dubbed": ``lexicons/clauses.toml``'s ``naming_words``).
Another outlet that gives the same thing the same name corroborates that small proposition,
whatever else its sentence says. The thing is compared as matching reads its word ("craft",
"spacecraft" apart; "nation", "country" alike); the name as spelled nearly alike, since
transliterations differ ("Pragyan", "Pragyaan"). A name in brackets after a name is its
abbreviation or its spelling in another script ("the Democratic Progressive Party (DPP)"),
not a thing named, and is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.comparing.figures import alike_across
from claimcheck.grouping.normalize import Normalizer
from claimcheck.lexicons import Lexicons, alternation, word_set
from claimcheck.models import Claim
from claimcheck.splitting.structure import NOUN_AFTER

SAME_NAME = 85  # rapidfuzz ratio of two names' letters for one name spelled two ways
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
# what is named: a noun in lower case right before the name, after a determiner or a
# possessive and up to two more words ("the six-wheeled rover", "India's rover")
_THING = rf"\b(?:{NOUN_AFTER.pattern})\s+(?:[a-z][\w-]*\s+){{0,2}}?([a-z][\w-]{{2,}})"


@dataclass(frozen=True, slots=True)
class Naming:
    claim: Claim
    thing: str  # the named thing's word as matching reads it
    name: str  # the name in lower case, its spaces and marks left out
    span: tuple[int, int]  # the thing and its name, in the claim's text


class NamingReader:
    """Reads the names claims give things, with the normaliser matching uses."""

    def __init__(self, normalizer: Normalizer, lexicons: Lexicons) -> None:
        self._normalizer = normalizer
        naming = alternation(word_set(lexicons["clauses"], "naming_words"))
        # a word of naming with no comma before it is as often a verb ("the council named
        # Smith its chair", "the president called Biden"): only after "a" ("a rover named
        # Pragyan")
        self._patterns = (
            re.compile(rf"{_THING}\s*\(({_NAME})\)"),  # "the rover (Pragyan)"
            re.compile(rf"{_THING},\s+{naming}\s+({_NAME})"),  # "rover, named Pragyaan"
            re.compile(
                rf"\b(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?([a-z][\w-]{{2,}})\s+{naming}\s+({_NAME})"
            ),
        )

    def namings(self, claim: Claim) -> list[Naming]:
        """The things a claim names, with their names, in the order of the patterns."""
        found = []
        for pattern in self._patterns:
            for m in pattern.finditer(claim.text):
                thing = self._normalizer.tokens(m.group(1))
                if not thing:
                    continue  # a function word: "the one (Pragyan)" names nothing said
                name = "".join(ch for ch in m.group(2).lower() if ch.isalnum())
                found.append(Naming(claim, thing[0], name, (m.start(1), m.end())))
        return found

    def groups(self, claims: list[Claim]) -> list[list[Naming]]:
        """The groups of one thing given one name by claims (of one story) of two articles
        or more, each naming alike with every other of its group."""
        found = {(c.id, n.span[0]): n for c in claims for n in self.namings(c)}
        return alike_across(found, lambda n: n.claim, _named_alike)


def _named_alike(a: Naming, b: Naming) -> bool:
    return a.thing == b.thing and fuzz.ratio(a.name, b.name) >= SAME_NAME
