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
_PASSIVE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
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
_MAX_ASIDE = 4  # words in ", in turn," between a subject and its verb
_MAX_NP = 9
_NP = (
    r"(?:[A-Z][\w’'.-]*|the|a|an|some|many|several|other|his|her|their|its|he|she|they|we|I)"
    r"(?:\s+(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)){0,6}?"
)
# Verbs that close a sentence: "..., the company said." / "..., said Neil Thomas, an analyst."
_FINAL_LEMMAS = (
    "say",
    "tell",
    "add",
    "note",
    "write",
    "explain",
    "claim",
    "insist",
    "argue",
    "warn",
    "stress",
    "report",
    "state",
    "confirm",
    "announce",
    "emphasize",
    "acknowledge",
    "admit",
    "suggest",
    "believe",
    "estimate",
    "predict",
    "caution",
)


@dataclass(slots=True)
class Speakers:
    """Who was last named in the article, for "he", "she" and "they"."""

    person: str | None = None
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
        forms = sorted(self.lemma_of, key=len, reverse=True)
        # most claims hold no reporting verb: one search spares them the token-by-token pass
        self._any_verb = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
        self._multiword = {f for f in forms if " " in f}
        final = sorted(
            (f for f, lemma in self.lemma_of.items() if lemma in _FINAL_LEMMAS),
            key=len,
            reverse=True,
        )
        final_rx = "|".join(re.escape(f) for f in final)
        according = "|".join(re.escape(a) for a in data.get("according", [])) or r"(?!)"
        self._according = re.compile(
            rf"\b(?P<verb>{according})\s+(?P<np>[^,;.()“”\"]{{2,100}}?)(?=\s*(?:[,;.]|$))", re.I
        )
        self._final_verb_first = re.compile(
            rf"[,”\"’]\s*(?P<verb>{final_rx})\s+(?P<np>{_NP})"
            rf"(?:,\s*(?P<role>[^,.]{{3,160}}?))?\s*[.!?]?[”\"’]?\s*$"
        )
        self._final_np_first = re.compile(
            rf"[,”\"’]\s*(?P<np>{_NP})\s+(?P<verb>{final_rx})"
            rf"(?:\s+(?:on|in|at|last|this|earlier|later|late|yesterday|today|\w+day)\b[^,.]*)?"
            rf"\s*[.!?]?[”\"’]?\s*$"
        )

    # -- finding ------------------------------------------------------------------------------

    def sentence_frame(
        self, text: str, start: int, end: int, entities: list[Entity], speakers: Speakers
    ) -> Attribution | None:
        """An attribution that covers a whole sentence: "According to X, ..." at its start or
        "..., X said." at its end; it applies to every claim cut from the sentence."""
        m = self._according.match(text, start, end)
        if m:
            return self._make(
                m.group("np"),
                m.start("np"),
                m.end("np"),
                m.group("verb"),
                "according",
                entities,
                speakers,
            )
        for pattern in (self._final_verb_first, self._final_np_first):
            m = pattern.search(text, start, end)
            if m and self._plausible_np(m.group("np")):
                lemma = self.lemma_of[m.group("verb")]
                return self._make(
                    m.group("np"),
                    m.start("np"),
                    m.end("np"),
                    m.group("verb"),
                    lemma,
                    entities,
                    speakers,
                    role=m.groupdict().get("role"),
                )
        return None

    def find(
        self,
        text: str,
        start: int,
        end: int,
        *,
        subject: str | None,
        entities: list[Entity],
        speakers: Speakers,
        tokens: TextTokens | None = None,
    ) -> Attribution | None:
        """The attribution of the claim ``text[start:end]`` (whose carried subject, if it was
        cut from a longer sentence, is ``subject``)."""
        m = self._according.search(text, start, end)
        if m:
            return self._make(
                m.group("np"),
                m.start("np"),
                m.end("np"),
                m.group("verb"),
                "according",
                entities,
                speakers,
            )
        if not self._any_verb.search(text, start, end):
            return None
        toks = tokens.span(start, end) if tokens else tokenize(text, start, end)
        if subject and toks:
            first = 1 if len(toks) > 1 and toks[0].low in _AUX else 0
            lemma, verb = self._verb_at(toks, first)
            if lemma:
                return self._make(subject, None, None, verb, lemma, entities, speakers)
        for i in range(min(len(toks), 30)):
            lemma, verb = self._verb_at(toks, i)
            if not lemma or not self._verb_use(toks, i):
                continue
            np = self._subject_before(toks, i)
            if np is None:
                continue
            s, e = toks[np[0]].start, toks[np[1] - 1].end
            return self._make(text[s:e], s, e, verb, lemma, entities, speakers)
        return None

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
        if prev in (
            "to",
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "its",
            "of",
            "these",
            "those",
            "such",
            "previous",
            "official",
            "by",
        ):
            return False
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if toks[i].low.endswith("s") and (nxt == "of" or prev.endswith("ed")):
            return False  # "reports of collaboration", "included claims": nouns
        k = i - 1
        while k >= 0 and toks[k].low in _AUX | _PASSIVE:
            if toks[k].low in _PASSIVE:
                return False
            k -= 1
        return not toks[i].low.endswith("ing") or (i > 0 and toks[i - 1].text == ",")

    def _subject_before(self, toks: list[Token], verb: int) -> tuple[int, int] | None:
        """The noun phrase just before a verb, skipping auxiliaries and asides between
        commas ("Russia, in turn, has expressed ...")."""
        k = verb - 1
        while k >= 0 and toks[k].low in _AUX:
            k -= 1
        hi = k + 1
        while hi > 0:
            lo = hi
            while (
                lo > 0
                and toks[lo - 1].text not in ",;:()—–"
                and toks[lo - 1].low not in _BOUNDARY_WORDS
            ):
                lo -= 1
            if self._valid_np(toks, lo, hi):
                return lo, hi
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

    def _valid_np(self, toks: list[Token], lo: int, hi: int) -> bool:
        if not 0 < hi - lo <= _MAX_NP:
            return False
        first = toks[lo]
        if first.low in _PREPOSITIONS or " ".join(t.low for t in toks[lo:hi]) in self.not_speakers:
            return False
        if not (
            first.capitalised
            or first.low in _NP_STARTERS
            or first.low in self.groups
            or any(t.low in self.groups for t in toks[lo:hi])
        ):
            return False
        return all((t.is_word and t.low not in _AUX) or t.text in "’'.-&" for t in toks[lo:hi])

    def _plausible_np(self, np: str) -> bool:
        words = np.split()
        return 0 < len(words) <= 7 and (
            words[0][0].isupper()
            or words[0].lower() in _NP_STARTERS
            or any(w.lower() in self.groups for w in words)
        )

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

    # -- normalising --------------------------------------------------------------------------

    def normalize(
        self, np: str, s: int | None, e: int | None, entities: list[Entity], speakers: Speakers
    ) -> str:
        words = np.replace("’", "'").split()
        low = [w.lower() for w in words]
        if len(words) == 1 and low[0] in _PRONOUNS:
            if low[0] in ("he", "she", "him") and speakers.person:
                return speakers.person
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
        if s is None:
            # a subject carried over from its sentence: "Gen. Zhang" -> the person met earlier
            name = " ".join(w for w in words if w.lower().rstrip(".") not in self.entities.titles)
            known = speakers.people.lookup(name) if name else None
            if known:
                return self.entities.display(known)
        while words and low[0] in _DETERMINERS:
            words, low = words[1:], low[1:]
        head = next((w for w in low if w in ("of", "from", "in", "at", "for", "on")), None)
        head_words = low[: low.index(head)] if head else low
        group = next((w for w in reversed(head_words) if w in self.groups), None)
        if group:
            return group
        if len(words) >= 2:
            owner = words[0][:-2] if low[0].endswith("'s") else words[0]
            found = self.entities.resolve(owner)
            if found and (low[0].endswith("'s") or found.kind == "demonym"):
                return f"{found.canonical[0]}'s {' '.join(low[1:])}"
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
                speakers.person = attribution.normalized
        first_person = next((x for x in entities if x.type == "person"), None)
        if first_person is not None and attribution is None:
            speakers.person = self.entities.display(first_person.canonical[0])
