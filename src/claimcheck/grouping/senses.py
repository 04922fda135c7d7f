"""General lexical knowledge for matching: irregular forms and shared word senses.

The table (lexicons/wordnet.toml, derived from WordNet 3.0 by scripts/lexicon_data.py) gives
the base word of irregular forms ("fled" -> "flee", "men" -> "man"), and for a word's stem the
concept of its dominant sense: "died", "death" and "killed" all carry the concept ``death``
(a death is a dying; to kill is to cause to die), "quake" and "earthquake" carry
``earthquak``. A claim's terms hold each word's concept right after it (``die 0death``), so
that two claims saying the same thing in other words share it.

A concept held through different words ("died", "killed") counts for part of a word of its
rarity (``CONCEPT_SHARE``): a shared sense is weaker evidence than a shared word, and two
claims of one story share many senses without stating the same thing. A concept held through
the same word counts nothing beyond that word, and a claim's size is its words' alone, so
claims that match word for word score as they would without the table.
"""

from __future__ import annotations

from claimcheck.lexicons import Lexicons

CONCEPT_MARK = "0"  # a concept token is the mark and letters: no word or number looks like it
# A concept's weight as a share of a word's of the same rarity. The training sets (MRPC train,
# STS-B train) could not tell 0.25 from 1.0 apart (F1 within 0.001 at the default threshold):
# a half is the prior that a sense match is weaker evidence than the word itself.
CONCEPT_SHARE = 0.5


def is_concept(token: str) -> bool:
    return token[:1] == CONCEPT_MARK and token[1:].isalpha()


def concept_name(token: str) -> str:
    return token[1:]


def term_share(token: str) -> float:
    """How much a token counts, as a share of a word of the same rarity."""
    return CONCEPT_SHARE if is_concept(token) else 1.0


class Senses:
    """The word-sense table of one set of lexicons."""

    def __init__(self, lexicons: Lexicons) -> None:
        data = lexicons["wordnet"]
        self.inflections: dict[str, str] = {
            str(k).lower(): str(v).lower() for k, v in data.get("inflections", {}).items()
        }
        self._concepts: dict[str, str] = {
            str(stem): CONCEPT_MARK + str(name).lower()
            for stem, name in data.get("senses", {}).items()
            if str(name).isalpha()
        }

    def concepts(self, synonym: dict[str, str]) -> dict[str, str]:
        """Concept tokens by the token a word becomes, where ``synonym`` maps a stem to its
        synonym group's head: a group's head keeps its own concepts, and the other members
        of a group add none (they are the head already)."""
        return {
            stem: tokens
            for stem, tokens in self._concepts.items()
            if synonym.get(stem, stem) == stem
        }
