"""Whom a claim is attributed to: "Putin said...", "according to X", "..., said X, an analyst".

The reporting verbs, the group nouns ("analysts") and which verbs vouch for what they report
("revealed") are in ``lexicons/attribution.toml``. Speakers are normalised so that sources
can be compared: titles go ("Russian President Vladimir Putin" -> "Putin"), pronouns point
at the last person or group named, and "the Chinese defense ministry" becomes "China's
defense ministry".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.annotate.entities import EntityFinder, People
from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import Attribution, Entity
from claimcheck.splitting.structure import (
    NOUN_OPENERS,
    Frame,
    Grammar,
    describes_noun,
    is_contracted,
    names_something,
    passive_before_preposition,
    reads_as_noun,
    said_of_subject,
    standalone_dash,
    uncontracted,
    with_agent,
)
from claimcheck.tokens import TextTokens, Token, tokenize

_BOUNDARY_WORDS = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "while",
        "whereas",
        "because",
        "although",
        "though",
        "if",
        "but",
        "after",
        "before",
        "since",
        "as",
        "so",
        "than",
    ]
)
# what opens an object, not a reported clause, after a verb of ``clause_only`` ("added a
# category"; "added the Jaguars gave up ..." reports, and is left to the sentence's frame)
_OBJECT_ARTICLES = frozenset({"a", "an", "another"})
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "may",
        "might",
        "should",
        "must",
        "can",
        "did",
        "does",
        "do",
        "also",
        "recently",
        "later",
        "then",
        "now",
        "already",
        "reportedly",
        "allegedly",
        "once",
        "again",
        "still",
        "further",
        "even",
        "not",
        "never",
        "publicly",
        "repeatedly",
        "previously",
    ]
)
_WORD_START = re.compile(r"(?<![\w’'])\w")
_PHRASE_TOKEN = re.compile(r"[\w’']+|[^\w\s]")
_RELATIVE = frozenset(["who", "which"])  # a relative clause inside a speaker's phrase
_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_SAID_OPENERS = frozenset(["that", "him", "her", "them", "it", "us"])  # after a source's verb

# before a reporting verb's -ing form, a form of "be" makes the progressive ("is reporting")
_PROGRESSIVE = frozenset(["is", "are", "am", "was", "were", "been", "be"])
_FINITE_BE = _PROGRESSIVE - {"be", "been"}  # a clause's verb: "to be" is none
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "many",
        "several",
        "most",
        "other",
        "both",
        "few",
        "two",
        "three",
        "four",
        "these",
        "those",
    ]
)
_NP_STARTERS = _DETERMINERS | frozenset(
    ["his", "her", "their", "its", "he", "she", "they", "we", "i", "it"]
)
_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "him", "them"])
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "during",
        "after",
        "before",
        "since",
        "despite",
        "among",
        "over",
        "under",
        "throughout",
        "into",
        "onto",
        "to",
        "of",
        "about",
        "against",
        "between",
    ]
)
_BEFORE_COMPLEMENT = _PREPOSITIONS | _DETERMINERS  # a name after these is no apposition
_CLAUSE_MARKS = frozenset([",", ";", ":", "—", "–"])  # marks that end a speaker's phrase
_MAX_ASIDE = 4  # words in ", in turn," between a subject and its verb
_MAX_NP = 12  # words in a speaker's name and titles
_COMPOUND_HEAD = 4  # letters before "-man" of a compound role ("chair-man"; not "Ger-man")


@dataclass(slots=True)
class Speakers:
    """Who was last named in the article, for "he", "she" and "they"."""

    person: str | None = None
    # the pronoun the person's role tells ("spokeswoman": she), None where it tells none
    pronoun: str | None = None
    group: str | None = None
    author: str | None = None
    people: People = field(default_factory=People)  # the article's people, met so far


class AttributionFinder:
    def __init__(self, entities: EntityFinder, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["attribution"]
        self.entities = entities
        self.lemma_of: dict[str, str] = {
            form: lemma for lemma, forms in data.get("verbs", {}).items() for form in forms
        }
        self.factive = frozenset(data.get("factive", []))
        self.groups = word_set(data, "groups")
        self.not_speakers = word_set(data, "not_speakers")
        self.naming = frozenset(data.get("naming", []))
        self.control = frozenset(data.get("control", []))
        self.also_nouns = frozenset(data.get("also_nouns", []))
        self.clause_only = frozenset(data.get("clause_only", []))
        self.object_first = frozenset(data.get("object_first", []))
        self._number_words = frozenset(lexicons["numbers"].get("words", {}))
        # words between a determiner and a participle: "the already / previously reported"
        self._grammar = Grammar(lexicons)
        self._adverbs = _AUX | self._grammar.adverbs
        self.source_nouns = word_set(data, "source_nouns")
        # nouns of people ("envoy", "sherpa") and titles: a role before a person's name
        self.roles = frozenset(lexicons["wordnet"].get("people", [])) | frozenset(
            w.lower() for w in lexicons["aliases"].get("person_titles", [])
        )
        # (case-sensitive but for a capital first letter: several times faster than re.I)
        nouns = "|".join(
            f"[{n[0].upper()}{n[0]}]{re.escape(n[1:])}" for n in sorted(self.source_nouns) if n
        )
        # "figures (released) by X", "a warning of ... from X", "media reports have put ..."
        self._any_source = re.compile(
            rf"\b(?:{nouns or '(?!)'})\s+(?:(?:(?:released|issued|published|given)\s+)?"
            r"(?:from|by)|of\b[^.;]{0,60}?\bfrom|has|have|had)\b"
        )
        forms = sorted(self.lemma_of, key=len, reverse=True)
        # most claims hold no reporting verb: one search spares them the token-by-token pass
        self._any_verb = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
        self._multiword = {f for f in forms if " " in f}

    # -- finding ------------------------------------------------------------------------------

    def from_frame(
        self, text: str, frame: Frame, entities: list[Entity], speakers: Speakers
    ) -> Attribution:
        """The attribution a sentence's frame gives (see splitting/structure.py); an embedded
        post's signature names its author and no verb (``Pipeline._posts``)."""
        s, e = frame.speaker
        verb = "posted" if frame.kind == "post" else " ".join(text[slice(*frame.verb)].split())
        role = text[frame.role[0] : frame.role[1]] if frame.role else None
        return self._make(text[s:e], s, e, verb, frame.lemma, entities, speakers, role=role)

    def carried(
        self,
        text: str,
        start: int,
        end: int,
        subject: str,
        entities: list[Entity],
        speakers: Speakers,
        tokens: TextTokens | None = None,
    ) -> Attribution | None:
        """A claim cut from a longer sentence that starts on a reporting verb of its carried
        subject: "[The minister] saying it was too costly"."""
        if not self._any_verb.search(text, start, end):
            return None
        toks = tokens.span(start, end) if tokens else tokenize(text, start, end)
        if not toks:
            return None
        first = 1 if len(toks) > 1 and toks[0].low in _AUX else 0
        lemma, verb = self._verb_at(toks, first)
        if lemma and (lemma not in self.naming or names_something(toks, first)):
            return self._make(subject, None, None, verb, lemma, entities, speakers)
        return None

    def find(
        self,
        text: str,
        start: int,
        end: int,
        *,
        entities: list[Entity],
        speakers: Speakers,
        tokens: TextTokens | None = None,
    ) -> Attribution | None:
        """A reporting verb with its subject anywhere in the claim ``text[start:end]``: "X
        said", "a plan that analysts have termed impossible", "with officials reporting"."""
        if not self._any_verb.search(text, start, end):
            if not self._any_source.search(text, start, end):
                return None
            toks = tokens.span(start, end) if tokens else tokenize(text, start, end)
            return self._source_noun(text, toks, entities, speakers)
        toks = tokens.span(start, end) if tokens else tokenize(text, start, end)
        for i in range(len(toks)):
            lemma, verb = self._verb_at(toks, i)
            if not lemma or not self._verb_use(toks, i):
                continue
            if lemma in self.naming and not names_something(toks, i):
                continue
            # "a site is (now) reporting that ...": its subject is before the "be"
            be = _progressive_start(toks, i)
            if be is not None:
                np = self._subject_before(toks, be)
            elif toks[i].low.endswith("ing") and not (i and toks[i - 1].text == ","):
                np = self._with_subject(toks, i)  # "with officials reporting 27 cases"
            else:
                np = self._subject_before(toks, i)
            if np is None:
                continue
            s, e = toks[np[0]].start, toks[np[1] - 1].end
            return self._make(text[s:e], s, e, verb, lemma, entities, speakers)
        return self._source_noun(text, toks, entities, speakers)

    def _source_noun(
        self, text: str, toks: list[Token], entities: list[Entity], speakers: Speakers
    ) -> Attribution | None:
        """ "Estimates from teachers' unions put ...", "figures released by the ministry":
        a source given by a noun rather than a reporting verb."""
        for i, t in enumerate(toks):
            if t.low not in self.source_nouns:
                continue
            subject = self._source_subject(toks, i)
            if subject is not None:
                s, e = toks[subject].start, t.end
                return self._make(text[s:e], s, e, t.text, "source", entities, speakers)
            k = i + 1
            if k < len(toks) and toks[k].low in ("released", "issued", "published", "given"):
                k += 1
            if k + 1 < len(toks) and toks[k].low == "of":
                # "a warning of “countermeasures” from the Kremlin": what it is of, then whose
                # (not "by": "possession of a firearm by a felon" names who possessed it)
                k = next(
                    (j for j in range(k + 1, min(len(toks), k + 6)) if toks[j].low == "from"), k
                )
            if k >= len(toks) or toks[k].low not in ("from", "by"):
                continue
            lo = hi = k + 1
            while (
                hi < len(toks)
                and hi - lo < 6
                and (toks[hi].is_word or toks[hi].text in "’'")
                and toks[hi].low not in _BOUNDARY_WORDS | _AUX | _PASSIVE
                and toks[hi].low not in self.lemma_of
                and not (hi > lo and (toks[hi].low.endswith("ed") or self._finite_like(toks[hi])))
            ):
                hi += 1
            if hi > lo and self._valid_np(toks, lo, hi):
                s, e = toks[lo].start, toks[hi - 1].end
                verb = text[t.start : toks[k].end]
                return self._make(text[s:e], s, e, verb, "source", entities, speakers)
        return None

    @staticmethod
    def _source_subject(toks: list[Token], i: int) -> int | None:
        """Where a source noun's phrase starts when it is its clause's subject, in the active
        perfect ("which media reports have put at ...", "Reports have shown ..."): the noun,
        right before "has", "have" or "had" that opens no passive, and the words before it
        that modify it; None otherwise ("the claims have been rejected" are what was rejected,
        and "the polls will offer a choice" are elections)."""
        if i + 2 >= len(toks) or toks[i + 1].text not in ("has", "have", "had"):
            return None
        if toks[i + 2].low in ("been", "being", "not"):
            return None
        lo = i
        while (
            lo > 0
            and i - lo < 2
            and toks[lo - 1].is_word
            and toks[lo - 1].low not in _BOUNDARY_WORDS | _RELATIVE | _PREPOSITIONS | _DETERMINERS
        ):
            lo -= 1
        # what it says follows its verb ("have put *the* fee at", "have shown *that*"), or is
        # the relative pronoun before it ("*which* media reports have put at"); figures that
        # "have risen sharply" are what is reported, not who reports it
        said = toks[i + 3] if i + 3 < len(toks) else None
        if lo > 0 and toks[lo - 1].low in ("which", "that"):
            return lo
        if said is None or not (
            said.low in NOUN_OPENERS or said.low in _SAID_OPENERS or said.capitalised
        ):
            return None
        return lo

    # -- pieces -------------------------------------------------------------------------------

    def _verb_at(self, toks: list[Token], i: int) -> tuple[str | None, str]:
        if i >= len(toks):
            return None, ""
        if i + 1 < len(toks):
            two = f"{toks[i].low} {toks[i + 1].low}"
            if two in self._multiword:
                return self.lemma_of[two], f"{toks[i].text} {toks[i + 1].text}"
        tok = toks[i]
        if tok.capitalised and i > 0:
            return None, ""
        lemma = self.lemma_of.get(tok.low)
        return (lemma, tok.text) if lemma else (None, "")

    def _verb_use(self, toks: list[Token], i: int) -> bool:
        """A reporting verb used as a verb: not "to say", "the claims", nor a passive "was
        accused" (whose subject is the one accused, not the speaker)."""
        prev = toks[i - 1].low if i else ""
        if describes_noun(toks, i, self._adverbs):
            return False  # "the claims", "the already announced adaptation"
        if prev in ("to", "of", "such", "previous", "official", "by"):
            return False
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if toks[i].low.endswith(("s", "ing")) and (nxt == "of" or prev.endswith("ed")):
            return False  # "reports of collaboration", "included claims", "a warning of": nouns
        after = toks[i + 1].text if i + 1 < len(toks) else ""  # as written: "says IS has"
        if toks[i].low.endswith("s") and after in self._grammar.auxiliaries:
            return False  # "NATO member states has now been doubled": the subject's noun
        if with_agent(toks, i):
            return False
        lemma = self.lemma_of.get(f"{toks[i].low} {nxt}") or self.lemma_of.get(toks[i].low)
        if lemma in self.object_first and passive_before_preposition(toks, i):
            return False  # "X, accused in the deaths ...": X is the one accused
        if lemma in self.clause_only and (
            nxt[:1].isdigit() or nxt in self._number_words or nxt in _OBJECT_ARTICLES
        ):
            return False  # "Hillis added 101 yards", "added a category": nothing said
        if reads_as_noun(toks, i, self.also_nouns):
            return False
        if said_of_subject(toks, i, self.lemma_of, self.control):
            return False
        if _progressive_start(toks, i) is not None:
            return True  # "is reporting that", "was claiming": progressive, not passive
        k = i - 1
        # past adverbs too: "was widely praised" is a passive, said of its subject
        while k >= 0 and (
            uncontracted(toks[k].low) in _AUX | _PASSIVE or self._grammar.adverb_word(toks[k].low)
        ):
            if uncontracted(toks[k].low) in _PASSIVE:
                return False  # "was praised", "aren't confirmed"
            k -= 1
        return True

    def _with_subject(self, toks: list[Token], verb: int) -> tuple[int, int] | None:
        """The subject of a reporting verb in "with X reporting ...", "with X saying ..."."""
        for w in range(verb - 1, max(-1, verb - _MAX_NP - 2), -1):
            if toks[w].low == "with":
                return (w + 1, verb) if self._valid_np(toks, w + 1, verb) else None
            if not toks[w].is_word:
                return None
        return None

    def _subject_before(self, toks: list[Token], verb: int) -> tuple[int, int] | None:
        """The noun phrase just before a verb, skipping auxiliaries and asides between
        commas ("Russia, in turn, has expressed ..."); a name with its title in apposition
        ("Sabin Nsanzimana, Rwanda's health minister, has confirmed") is the whole."""
        k = verb - 1
        while k >= 0 and uncontracted(toks[k].low) in _AUX:
            k -= 1
        if k > 0 and toks[k].text == ",":
            appositive = self._appositive(toks, k)
            if appositive is not None:
                return appositive
            if toks[verb].low in _RELATIVE:
                # the noun phrase before a relative clause set off by commas ends before
                # its comma: "The police source[, who wished to remain anonymous,] said"
                k -= 1
        hi = k + 1
        while hi > 0:
            lo = hi
            while (
                lo > 0
                and not _marks_clause(toks, lo - 1)
                and toks[lo - 1].low not in _BOUNDARY_WORDS
            ):
                lo -= 1
            if toks[verb].low in _RELATIVE:
                # before a relative clause, what follows the clause's own verb: "Peter Lynch
                # asked *Coleman*, who in turn said"
                lo = max([lo, *(j + 1 for j in range(lo, hi) if self._finite_like(toks[j]))])
            joined = _after_clause(toks, lo, hi)
            if joined > lo and self._valid_np(toks, joined + 1, hi) and toks[joined].is_word:
                return joined, hi  # "... and coach Sean Payton said": a title before a name
            lo = joined
            if self._valid_np(toks, lo, hi):
                return lo, hi
            relative = self._before_relative(toks, lo, hi)
            if relative is not None:
                return self._subject_before(toks, relative)
            # an aside between commas (", in turn,"): look before it
            if (
                lo > 0
                and toks[lo - 1].text == ","
                and 0 < hi - lo <= _MAX_ASIDE
                and toks[lo].low in _PREPOSITIONS | _AUX
            ):
                hi = lo - 1
                continue
            return None
        return None

    def _finite_like(self, tok: Token) -> bool:
        """A lower-case word that reads as a finite verb ("asked", "avoided", "took")."""
        low = tok.low
        return not tok.capitalised and (
            low in self._grammar.irregular_past
            or low in self._grammar.present_verbs
            or (low.endswith("ed") and len(low) > 4)
        )

    @staticmethod
    def _before_relative(toks: list[Token], lo: int, hi: int) -> int | None:
        """Where the subject before a relative clause ends: "A British man [who went to
        fight ...] has claimed", "Gerard Biard, the editor[, who was in London,] said" (the
        clause toks[lo:hi], after "who" or "which", or between commas after one); None if
        it is no relative clause."""
        if 0 < lo < hi and toks[lo - 1].low in _RELATIVE:
            return lo - 1
        if lo > 0 and toks[lo - 1].text == ",":
            start = lo - 1  # ", who was in London at the time ,": the comma closes it
            while start > 0 and not _marks_clause(toks, start - 1):
                start -= 1
            if 0 < start < lo - 1 and toks[start].low in _RELATIVE:
                return start
        return None

    def _appositive(self, toks: list[Token], comma: int) -> tuple[int, int] | None:
        """ "X, the director of Y," before a verb (``comma`` closes the apposition)."""
        mid = comma
        while mid > 0 and not _marks_clause(toks, mid - 1) and comma - mid <= _MAX_NP:
            mid -= 1
        if mid == 0 or toks[mid - 1].text != ",":
            return None
        lo = mid - 1
        while lo > 0 and not _marks_clause(toks, lo - 1) and mid - lo <= _MAX_NP:
            lo -= 1
        if lo > 0 and not _marks_clause(toks, lo - 1) and toks[lo - 1].low not in _BOUNDARY_WORDS:
            return None
        if self._valid_np(toks, lo, mid - 1) and self._valid_np(toks, mid, comma):
            return lo, comma
        return None

    def _valid_np(self, toks: list[Token], lo: int, hi: int) -> bool:
        words = sum(1 for t in toks[lo:hi] if t.is_word)
        if not (0 < words <= _MAX_NP and hi > lo) or toks[lo].text in "()":
            return False
        first = toks[lo]
        if first.low in _PREPOSITIONS or " ".join(t.low for t in toks[lo:hi]) in self.not_speakers:
            return False
        if toks[hi - 1].low in ("and", "or", "but") or toks[hi - 1].low in _PREPOSITIONS:
            return False  # "X refuted this and then told": a second verb of X's, not a name
        if not (
            first.capitalised
            or first.low in _NP_STARTERS
            or first.low in self.groups
            or any(t.low in self.groups for t in toks[lo:hi])
        ):
            return False
        if _finite_be(toks, lo, hi) is not None:
            return False  # a clause, not a name: "Rwanda is grappling with an outbreak"
        if any(t.text in ("said", "says") for t in toks[lo + 1 : hi]):
            return False  # another speaker's words: "It said members reiterated ..."
        return all((t.is_word and t.low not in _AUX) or t.text in "’'.-&()" for t in toks[lo:hi])

    def _make(
        self,
        np: str,
        s: int | None,
        e: int | None,
        verb: str,
        lemma: str,
        entities: list[Entity],
        speakers: Speakers,
        role: str | None = None,
    ) -> Attribution:
        np, e = self._without_time(np, e)
        normalized = self.normalize(np, s, e, entities, speakers)
        return Attribution(
            speaker=" ".join(np.split()),
            normalized=normalized,
            verb=verb,
            reported=lemma not in self.factive,
            start=s,
            end=e,
            role=" ".join(role.split()) if role else None,
        )

    def _without_time(self, np: str, e: int | None) -> tuple[str, int | None]:
        """A speaker's phrase without the phrase of time that ends it ("Health minister
        Veena George *here on Friday*", "Police in Paris *on Monday*"), and its new end."""
        for m in _WORD_START.finditer(np):
            if m.start() == 0:
                continue
            rest = np[m.start() :]
            if self._grammar.time_phrase(_PHRASE_TOKEN.findall(rest)):
                kept = np[: m.start()].rstrip(" ,")
                if not kept:
                    break
                return kept, None if e is None else e - (len(np) - len(kept))
        return np, e

    # -- normalising --------------------------------------------------------------------------

    def normalize(
        self, np: str, s: int | None, e: int | None, entities: list[Entity], speakers: Speakers
    ) -> str:
        if ", " in np:
            # "Tomas Reyes, the director of the port": the name, else the title
            name, rest = np.split(", ", 1)
            # ("the Rodong Sinmun, the mouthpiece of the Workers' Party": the paper's name)
            name_words = name.split()[1:] if name.lower().startswith("the ") else name.split()
            if name_words and all(w[:1].isupper() for w in name_words):
                return self.normalize(
                    name, s, s + len(name) if s is not None else None, entities, speakers
                )
            return self.normalize(rest, None, None, entities, speakers)
        words = np.replace("’", "'").split()
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in _PRONOUNS:
            if low[0] in ("he", "she", "him") and speakers.person:
                if speakers.pronoun in (None, "she" if low[0] == "she" else "he"):
                    return speakers.person
                return np  # "he" after a spokeswoman: someone the article did not name
            if low[0] in ("they", "them") and speakers.group:
                return speakers.group
            if low[0] in ("i", "we"):
                return speakers.author or "the author"
            return np
        inside = [
            x for x in entities if s is not None and e is not None and s <= x.start and x.end <= e
        ]
        people = [x for x in inside if x.type == "person"]
        if people:
            return self.entities.display(people[0].canonical[0])
        # a role in lower case, then a name: "team president and general manager Ed Stefanski"
        # is Ed Stefanski; after a preposition or a determiner the name is what the speaker
        # is of, at or by ("a clerk at Kings County Hospital": the clerk)
        named = len(words) - next(
            (k for k, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words)
        )
        if (
            0 < named <= len(words) - 2
            and all(w[:1].islower() for w in words[:named])
            and low[named - 1] not in _BEFORE_COMPLEMENT
        ):
            return " ".join(words[named:])
        if s is None:
            # a subject carried over from its sentence: "Gen. Zhang" -> the person met earlier
            name = " ".join(w for w in words if w.lower().rstrip(".") not in self.entities.titles)
            known = speakers.people.lookup(name) if name else None
            if known:
                return self.entities.display(known)
        while words and low[0] in _DETERMINERS:
            words, low = words[1:], low[1:]
        if not words:
            # a quantifier alone ("some believe", "many think", "both conceded") speaks for
            # those it counts; an article alone names no one
            return "" if np.lower() in ("a", "an", "the") else np
        head = next((w for w in low if w in ("of", "from", "in", "at", "for", "on")), None)
        head_words = low[: low.index(head)] if head else low
        group = next((w for w in reversed(head_words) if w in self.groups), None)
        if group:
            return group
        if len(words) >= 2:
            owner = words[0][:-2] if low[0].endswith("'s") else words[0]
            found = self.entities.resolve(owner)
            # a demonym names whose the speaker is, unless it is said of an owner after it
            # ("the British captive's relatives" are no United Kingdom's)
            of_owner = any(w.endswith("'s") for w in low[1:])
            if found and (low[0].endswith("'s") or (found.kind == "demonym" and not of_owner)):
                return f"{found.canonical[0]}'s {' '.join(words[1:])}"
        whole = self.entities.resolve(" ".join(words)) or (
            self.entities.resolve("the " + " ".join(words)) if words else None
        )
        if whole and whole.kind in ("alias", "capital"):
            return self.entities.display(whole.canonical[0])
        if len(inside) == 1 and inside[0].start == s and inside[0].end == e:
            return self.entities.display(inside[0].canonical[0])
        return " ".join(words)

    def remember(
        self, attribution: Attribution | None, entities: list[Entity], speakers: Speakers
    ) -> None:
        """Update who "he" and "they" would point at after a claim."""
        if attribution is not None:
            if attribution.normalized in self.groups:
                speakers.group = attribution.normalized
            elif attribution.start is not None and any(
                x.type == "person" and attribution.start <= x.start < (attribution.end or 0)
                for x in entities
            ):
                speakers.person, speakers.pronoun = attribution.normalized, None
            elif named := self._named_after_role(attribution, entities):
                speakers.person, speakers.pronoun = named
            elif self._someone_else(attribution, speakers):
                # a speaker who is no person the finder knows ("Stacey McVey, team leader of
                # ...", "Cpl. Cirillo's aunt"): a later "she" may be theirs, no longer the
                # person's before
                speakers.person = speakers.pronoun = None
        first_person = next((x for x in entities if x.type == "person"), None)
        if first_person is not None and attribution is None:
            speakers.person = self.entities.display(first_person.canonical[0])
            speakers.pronoun = None

    def _someone_else(self, attribution: Attribution, speakers: Speakers) -> bool:
        """Whether a speaker is a person, named by capitalised words ("Stacey McVey") or by a
        noun of people ("Cpl. Cirillo's aunt", "the minister"), other than the person "he"
        or "she" points at now ("Kant" after "Amitabh Kant" is that person)."""
        words = attribution.normalized.split()
        if not words or attribution.start is None:
            return False
        if not all(w[:1].isupper() for w in words) and words[-1].lower() not in self.roles:
            return False  # "the ministry": no person
        person = (speakers.person or "").split()
        return not person or person[-1] != words[-1]

    def _named_after_role(
        self, attribution: Attribution, entities: list[Entity]
    ) -> tuple[str, str | None] | None:
        """The name of two words or more that ends a speaker's phrase after a role, a noun of
        people or a title (``roles``: "Indian G20 sherpa Amitabh Kant": Amitabh Kant), where
        no entity the finder knows as other than a person stands: a person it may not know,
        whom a later "he" or "she" stands for; and the pronoun a role in -man or -woman tells
        ("spokeswoman": she). Titles written with capitals are roles too, left out of the name
        ("the state's Health Minister Veena George", "armed forces chief Air Chief Marshal Alex
        Badeh"). Not a name after another word ("the rights group Amnesty International", "a
        spokesman for the Foreign Ministry"), nor one that holds an abbreviation ("a former
        Labour MP")."""
        words = attribution.speaker.split()
        k = len(words)
        while k and words[k - 1][:1].isupper():
            k -= 1
        # the last title written with capitals that two words or more follow ("the state's
        # Health Minister Veena George"); a name's own word that is a role too is no title
        # ("congressman Duncan Hunter")
        titles = [j for j in range(k, len(words) - 2) if words[j].lower().rstrip(".") in self.roles]
        if titles:
            role, first = words[titles[-1]].lower(), titles[-1] + 1
        elif k and words[k - 1] in self.roles and len(words) - k >= 2:
            role, first = words[k - 1], k
        else:
            return None
        if any(w.isupper() and len(w) > 1 for w in words[first:]):
            return None
        name = " ".join(words[first:])
        start, end = attribution.start, attribution.end
        if start is None or end is None:
            return None  # a speaker carried over from another sentence: named there
        if any(
            start <= x.start < end and x.text in name and x.type not in ("name", "person")
            for x in entities
        ):
            return None  # an organisation, a place: what the finder knows it is
        return name, _pronoun_of(role)


def _pronoun_of(role: str) -> str | None:
    """The pronoun a role compounded with -woman or -man tells ("spokeswoman": she,
    "congressman": he); none for a word that only ends so ("German", "human", "gunman" is
    too short to tell from them)."""
    for suffix, pronoun in (("woman", "she"), ("man", "he")):
        if role.endswith(suffix) and len(role) - len(suffix) >= _COMPOUND_HEAD:
            return pronoun
    return None


def _finite_be(toks: list[Token], lo: int, hi: int) -> int | None:
    """Where ``toks[lo:hi]`` hold their last finite "be" ("is", "were") as a clause's verb, or
    None: not written in capitals ("IS media sources" name a group), nor a relative clause's,
    right after its pronoun ("a friend of Brown who was with him" is a speaker's phrase; "the
    one who has no deal in place is Ross" a clause)."""
    for j in range(hi - 1, lo - 1, -1):
        if toks[j].text in _FINITE_BE or is_contracted(toks[j].low):
            relative = any(t.low in _RELATIVE for t in toks[max(lo, j - 3) : j])
            return None if relative else j
    return None


def _after_clause(toks: list[Token], lo: int, hi: int) -> int:
    """Where a subject starts that follows a clause joined by "and" or "but" ("Roads were
    closed and *police* said", "... is Gary Ross and *The Hollywood Reporter and Collider* are
    reporting"): after the first such word past the last form of "be"; ``lo`` when the words
    hold no "be", or no such word follows it (then they are a clause, and no subject: "Rwanda
    is grappling with an outbreak, with 13 deaths reported")."""
    be = _finite_be(toks, lo, hi)
    if be is None:
        return lo
    join = next((j for j in range(be + 1, hi) if toks[j].low in ("and", "but")), None)
    return lo if join is None else join + 1


def _progressive_start(toks: list[Token], i: int) -> int | None:
    """Where the progressive of the -ing form toks[i] starts ("is reporting", "is now
    reporting", "has been claiming"), None when it is no progressive."""
    if not toks[i].low.endswith("ing"):
        return None
    k = i
    while k and toks[k - 1].low in _AUX | _PROGRESSIVE:
        if toks[k - 1].low in ("not", "never"):
            return None  # "is not confirming": nothing is reported
        k -= 1
    return k if any(t.low in _PROGRESSIVE for t in toks[k:i]) else None


def _marks_clause(toks: list[Token], k: int) -> bool:
    """Whether toks[k] ends a phrase: a comma, a colon, a dash (a hyphen standing alone too)."""
    return toks[k].text in _CLAUSE_MARKS or standalone_dash(toks, k)
