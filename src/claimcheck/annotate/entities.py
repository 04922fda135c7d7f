"""People, countries and organisations in a claim, with the alias table in lexicons/aliases.toml.

Besides listed aliases, the finder knows capitals that stand for their government ("sanctions
against Moscow" is Russia, "talks in Moscow" is the city), demonyms ("Chinese" -> China),
pairs joined by a hyphen ("Russia-China"), and names after a title ("Gen. Zhang Youxia").
People met earlier in the article are recognised later by part of their name ("Zhang").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import Entity
from claimcheck.tokens import TextTokens, Token, tokenize, word_before

_NAME_JOINERS = frozenset({"of", "the", "de", "van", "von", "der", "al", "bin", "for", "la", "du"})
_TITLE_CASE_SHARE = 0.6  # of a text's longer words capitalised: a headline in title case
_HYPHEN_PAIR = re.compile(r"(?<![\w-])([A-Z][\w.]*)-([A-Z][\w.]*)(?![\w-])")


@dataclass(frozen=True, slots=True)
class _Alias:
    canonical: tuple[str, ...]
    type: str
    kind: str  # alias, capital, demonym, compound


@dataclass(slots=True)
class People:
    """The people an article names, so that "Zhang" later is "Zhang Youxia"."""

    full: dict[str, str] = field(default_factory=dict)  # name as met -> canonical

    def add(self, name: str, canonical: str | None = None) -> str:
        known = self.lookup(name)
        if known:
            return known
        self.full[name] = canonical or name
        return self.full[name]

    def lookup(self, name: str) -> str | None:
        if name in self.full:
            return self.full[name]
        parts = name.split()
        hits = {
            c
            for n, c in self.full.items()
            if len(parts) < len(n.split()) and _contains(n.split(), parts)
        }
        return hits.pop() if len(hits) == 1 else None


def _common(word: str, common_words: frozenset[str]) -> bool:
    """A capitalised sentence opener that is an ordinary word: one the article also writes in
    lower case, or a gerund ("Deepening ties ...")."""
    low = word.lower()
    return low in common_words or (low.endswith("ing") and len(low) > 5)


def _adjective_compound(word: str) -> bool:
    """ "London-based", "Russian-controlled": adjectives made from a name, not names."""
    parts = word.split("-")
    return len(parts) > 1 and parts[-1][:1].islower()


def _title_case(toks: list[Token]) -> bool:
    words = [t for t in toks if t.is_word and len(t.text) > 3]
    return len(words) >= 3 and sum(t.capitalised for t in words) / len(words) >= _TITLE_CASE_SHARE


def _contains(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` is the start or the end of ``words``: a first or last name."""
    return words[: len(part)] == part or words[-len(part) :] == part


class EntityFinder:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["aliases"]
        self.aliases: dict[str, _Alias] = {}
        self.short: dict[str, str] = {}  # canonical person -> how running text names them
        for ent in data.get("entity", []):
            canonical = (ent["canonical"],)
            for alias in ent.get("aliases", []):
                self.aliases[alias] = _Alias(canonical, ent["type"], "alias")
            if ent.get("capital"):
                self.aliases[ent["capital"]] = _Alias(canonical, ent["type"], "capital")
            for demonym in ent.get("demonyms", []):
                self.aliases[demonym] = _Alias(canonical, ent["type"], "demonym")
            if ent.get("short"):
                self.short[ent["canonical"]] = ent["short"]
        for comp in data.get("compound", []):
            for name in comp["names"]:
                self.aliases[name] = _Alias(tuple(comp["expands_to"]), "country", "compound")
        keys = sorted(self.aliases, key=len, reverse=True)
        self._alias_rx = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-]|\.\w)"
        )
        self.place_prepositions = word_set(data, "place_prepositions")
        self.titles = frozenset(t.lower().rstrip(".") for t in data.get("person_titles", []))
        self.org_words = frozenset(data.get("organisation_words", []))
        self.not_names = frozenset(data.get("not_names", []))
        calendar = lexicons["calendar"]
        self.calendar_words = frozenset(
            w.capitalize() for w in list(calendar["months"]) + calendar.get("weekdays", [])
        )

    def resolve(self, name: str) -> _Alias | None:
        """The entity a single name or demonym stands for, if the table knows it."""
        found = self.aliases.get(name)
        if found is None and name.endswith("s"):
            found = self.aliases.get(name[:-1])
        return found

    def display(self, canonical: str) -> str:
        """The short form of a well-known person ("Putin"), else the canonical name."""
        return self.short.get(canonical, canonical)

    def find(
        self,
        text: str,
        start: int,
        end: int,
        *,
        people: People,
        sentence_start: int = 0,
        common_words: frozenset[str] = frozenset(),
        headline: bool = False,
        tokens: TextTokens | None = None,
    ) -> list[Entity]:
        """Entities in ``text[start:end]``. In a headline written in title case, capitalised
        words are not taken for names; only listed aliases count."""
        toks = tokens.span(start, end) if tokens else tokenize(text, start, end)
        title = headline and _title_case(toks)  # "Russia and China Propose Sharing ..."
        found: list[Entity] = []
        taken: list[tuple[int, int]] = []

        def free(s: int, e: int) -> bool:
            return all(e <= ts or s >= te for ts, te in taken)

        for m in _HYPHEN_PAIR.finditer(text, start, end):
            left, right = self.resolve(m.group(1)), self.resolve(m.group(2))
            if left and right:
                canon = tuple(dict.fromkeys(left.canonical + right.canonical))
                found.append(Entity(m.group(0), canon, "country", m.start(), m.end()))
                taken.append(m.span())
        for m in self._alias_rx.finditer(text, start, end):
            if not free(*m.span()) or (
                not title
                and self._inside_longer_name(
                    text, m.start(), m.end(), start, end, sentence_start, common_words
                )
            ):
                continue
            alias = self.aliases[m.group(0)]
            kind, canonical = alias.type, alias.canonical
            if alias.kind == "capital" and word_before(text, m.start()) in self.place_prepositions:
                kind, canonical = "place", (m.group(0),)
            if kind == "person":
                people.add(canonical[0], canonical[0])
            found.append(Entity(m.group(0), canonical, kind, m.start(), m.end()))
            taken.append(m.span())
        if title:
            return sorted(found, key=lambda e: e.start)
        for group in self._capitalised_groups(toks):
            entity = self._name(text, group, people, sentence_start, common_words)
            if entity and free(entity.start, entity.end):
                found.append(entity)
                taken.append((entity.start, entity.end))
        return sorted(found, key=lambda e: e.start)

    # -- helpers ------------------------------------------------------------------------------

    def _inside_longer_name(
        self,
        text: str,
        s: int,
        e: int,
        lo: int,
        hi: int,
        sentence_start: int,
        common_words: frozenset[str],
    ) -> bool:
        """ "China" in "East China Sea" is part of another name; "Russian" in "Russian
        President" is not (a title follows), nor "Sino-Russian" in "Deepening Sino-Russian"."""
        before = re.search(r"([A-Z][\w’'-]*)[ ]$", text[max(lo, s - 40) : s])
        after = re.match(r"[ ]([A-Z][\w’'-]*)", text[e : min(hi, e + 40)])
        for m in (before, after):
            if m is None:
                continue
            word = m.group(1)
            if m is before and (
                word.endswith(("’s", "'s"))
                or (s - len(word) - 1 == sentence_start and _common(word, common_words))
            ):
                continue  # "Russia’s Putin", "Deepening Sino-Russian"
            if (
                word.lower().rstrip(".") in self.titles
                or word in self.aliases
                or word in self.not_names
            ):
                continue
            if m is after and word in self.org_words:
                continue  # "Russian Defense Ministry": the demonym still says which country
            return True
        return False

    def _capitalised_groups(self, toks: list[Token]) -> list[list[Token]]:
        groups: list[list[Token]] = []
        current: list[Token] = []
        for i, tok in enumerate(toks):
            joiner = (
                tok.low in _NAME_JOINERS
                and current
                and i + 1 < len(toks)
                and toks[i + 1].capitalised
            )
            title_dot = tok.text == "." and current and current[-1].low in self.titles
            if (tok.capitalised and tok.is_word) or joiner or title_dot:
                current.append(tok)
            else:
                if current:
                    groups.append(current)
                current = []
        if current:
            groups.append(current)
        return groups

    def _name(
        self,
        text: str,
        group: list[Token],
        people: People,
        sentence_start: int,
        common_words: frozenset[str],
    ) -> Entity | None:
        toks = [
            t
            for t in group
            if t.text != "."
            and t.text not in self.calendar_words
            and not _adjective_compound(t.text)
        ]
        if (
            toks
            and toks[0].start == sentence_start
            and (_common(toks[0].text, common_words) or len(toks) == 1)
        ):
            # "Deepening ties ...", "Analysts suggest ...": capitalised to start a sentence
            if len(toks) == 1 and (people.lookup(toks[0].text) or toks[0].text in self.aliases):
                pass
            else:
                toks = toks[1:]
        while toks and (toks[0].text in self.not_names or toks[0].low in _NAME_JOINERS):
            toks = toks[1:]
        while toks and toks[-1].low in _NAME_JOINERS:
            toks = toks[:-1]
        titled = False
        # "Russian Defense Minister Sergei Shoigu": demonyms and titles before a name
        while toks and (
            toks[0].low.rstrip(".") in self.titles
            or (toks[0].text in self.aliases and len(toks) > 1)
            or (titled and toks[0].low == "of" and len(toks) > 1)  # "Secretary of State X"
        ):
            titled = titled or toks[0].low.rstrip(".") in self.titles
            toks = toks[1:]
        if not toks:
            return None
        name = " ".join(t.text for t in toks)
        s, e = toks[0].start, toks[-1].end
        if any(t.text in self.org_words for t in toks):
            return Entity(text[s:e], (name,), "organisation", s, e)
        known = people.lookup(name)
        if titled or known:
            canonical = known or people.add(name)
            return Entity(text[s:e], (canonical,), "person", s, e)
        return Entity(text[s:e], (name,), "name", s, e)
