"""Split a compound sentence into atomic claims, each readable on its own.

Three patterns carry separate propositions in news prose:

- two full clauses joined by ", and", ", but", "; " ("Putin met Biden, and Putin said ...");
- a verb phrase joined to the main one ("He clarified that X but stressed that Y");
- participial clauses after the main clause ("China declared X, condemning Y and accusing Z").

A piece that lacks its own subject gets the main clause's subject carried over in its text
("China condemning Y"), while its span still points at the source's own words. Without a
parser the rules stay cautious: when the subject or the verb is unclear, the sentence stays
whole. The cue words live in ``lexicons/clauses.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from claimcheck.lexicons import Lexicons, word_set
from claimcheck.tokens import TextTokens, Token, tokenize

_LEADING_WORD = re.compile(r"[a-z]+\b")
_SPACE = re.compile(r"\s+")
_OPEN = {"“": "”", "‘": "’", "(": ")", "[": "]", "«": "»"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_MIN_WORDS = 2  # a piece shorter than this is not a claim and stays with its neighbour
_MAX_SUBJECT = 12
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "of",
        "in",
        "with",
        "for",
        "by",
        "to",
        "from",
        "on",
        "at",
    ]
)
# Words that can open what follows a verb; a regular -ed word followed by anything else (a bare
# noun: "a calm and balanced manner") is more likely an adjective than a coordinated verb.
_NP_DETERMINERS = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]
)
_MAX_RELATIVE_NP = 7  # words in the noun phrase before an object relative clause
_MAX_RELATIVE_VERBS = 9  # words in the relative clause after its subject
_COMPLEMENT_STARTS = _DETERMINERS | frozenset(
    [
        "that",
        "whether",
        "if",
        "how",
        "what",
        "why",
        "when",
        "where",
        "who",
        "it",
        "them",
        "him",
        "her",
        "us",
        "me",
        "they",
        "he",
        "she",
        "we",
        "its",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "against",
        "between",
        "through",
        "toward",
        "towards",
        "as",
        "up",
        "down",
        "out",
        "off",
        "back",
        "not",
        "no",
        "any",
        "some",
        "all",
        "both",
        "each",
        "every",
        "more",
        "most",
    ]
)


@dataclass(frozen=True, slots=True)
class Piece:
    """An atomic claim inside a sentence: ``start``/``end`` in the text, and a carried subject."""

    start: int
    end: int
    subject: str | None = None
    # the claim in its own words when they had to be put back in order ("the radar Russia is
    # helping China build" states "Russia is helping China build the radar")
    reordered: str | None = None

    def claim_text(self, text: str) -> str:
        if self.reordered:
            return self.reordered
        own = _SPACE.sub(" ", text[self.start : self.end]).strip()
        if self.subject:
            return f"{self.subject} {own}"
        # a clause cut from the middle of a sentence may start with "its", "the"...
        return own[:1].upper() + own[1:] if _LEADING_WORD.match(own) else own


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int
    depth: int  # inside quotes or brackets when > 0


@dataclass(frozen=True, slots=True)
class _Main:
    subj_lo: int
    subj_hi: int  # exclusive
    verb: int
    tense: str


def _tokens(tokens: list[Token]) -> list[_Tok]:
    out: list[_Tok] = []
    depth = 0
    straight_open = False
    for tok in tokens:
        t = tok.text
        if t in _CLOSE or (t == '"' and straight_open):
            depth = max(0, depth - 1)
            straight_open = False if t == '"' else straight_open
            out.append(_Tok(t, t, tok.start, tok.end, depth))
            continue
        out.append(_Tok(t, tok.low, tok.start, tok.end, depth))
        if t in _OPEN or t == '"':
            depth += 1
            straight_open = straight_open or t == '"'
    return out


class ClauseSplitter:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        d = lexicons["clauses"]
        w = word_set
        self.introducers = w(d, "introducers")
        self.coordinators = w(d, "coordinators")
        self.embedders = w(d, "embedders")
        self.subject_starters = w(d, "subject_starters")
        self.past_aux = w(d, "past_auxiliaries")
        self.present_aux = w(d, "present_auxiliaries")
        self.modals = w(d, "modals")
        self.irregular_past = w(d, "irregular_past")
        self.present_verbs = w(d, "present_verbs")
        self.not_verbs_ed = w(d, "not_verbs_ed")
        self.not_participles = w(d, "not_participles")
        self.ing_nouns = w(d, "ing_nouns")
        self.consequence = w(d, "consequence_participles")
        self.adverbs = w(d, "adverbs")

    # -- word classes -------------------------------------------------------------------------

    def _tense(self, toks: list[_Tok], i: int) -> str | None:
        """The tense of toks[i] if it reads as a finite verb, else None."""
        t = toks[i]
        low = t.low
        if t.depth or not t.text[:1].isalpha():
            return None
        if i > 0 and t.text[0].isupper():
            return None  # a capitalised word mid-sentence is a name, not a verb
        prev = toks[i - 1].low if i > 0 else ""
        if low in self.past_aux or low in self.irregular_past:
            return "past" if prev not in _DETERMINERS else None
        if low in self.present_aux:
            return "present"
        if low in self.modals:
            return "modal"
        if low in self.present_verbs:
            # "the claims", "10-year notes gained": a noun, not a verb
            after = toks[i + 1].low if i + 1 < len(toks) else ""
            finite_after = (
                after in self.past_aux
                or after in self.present_aux
                or after in self.modals
                or after in self.irregular_past
                or (after.endswith("ed") and after not in self.not_verbs_ed)
            )
            return "present" if prev not in _DETERMINERS and not finite_after else None
        if (
            low.endswith("ed")
            and len(low) > 4
            and low not in self.not_verbs_ed
            and prev not in _DETERMINERS
            and "-" not in low
        ):
            return "past"
        return None

    def _participle(self, tok: _Tok, *, after_comma: bool = True) -> bool:
        """An -ing word that opens a participial clause. After "and" in a run of participial
        clauses, words that are often nouns ("warning") count too."""
        low = tok.low
        return (
            len(low) >= 5
            and low.endswith("ing")
            and tok.text[0].islower()
            and low not in self.not_participles
            and not (after_comma and low in self.ing_nouns)
        )

    def _adverb(self, tok: _Tok) -> bool:
        return tok.low in self.adverbs or (tok.low.endswith("ly") and len(tok.low) > 4)

    def _valid_subject(self, toks: list[_Tok], lo: int, hi: int) -> bool:
        if not 0 < hi - lo <= _MAX_SUBJECT:
            return False
        first = toks[lo]
        if first.low in self.introducers and first.low not in self.subject_starters:
            return False
        if not (first.text[0].isupper() or first.low in self.subject_starters):
            return False
        return all(t.depth == 0 or t.text in _CLOSE for t in toks[lo:hi]) and not any(
            t.low in self.embedders or t.text in ";:" for t in toks[lo:hi]
        )

    # -- main clause --------------------------------------------------------------------------

    def _main(self, toks: list[_Tok], lo: int, hi: int) -> _Main | None:
        """The subject and finite verb of the clause toks[lo:hi], if they are clear."""
        i = lo
        if i < hi and toks[i].low in self.coordinators:
            i += 1
        if i < hi and (
            toks[i].low in self.introducers
            or (self._adverb(toks[i]) and i + 1 < hi and toks[i + 1].text == ",")
        ):
            comma = next(
                (
                    k
                    for k in range(i, min(hi, i + 40))
                    if toks[k].text == "," and toks[k].depth == 0
                ),
                None,
            )
            if comma is None:
                return None
            i = comma + 1
        verb = next((k for k in range(i, min(hi, i + 25)) if self._tense(toks, k)), None)
        if verb is None or verb == i:
            return None
        # the subject: the last comma-separated segment before the verb that reads as one
        # ("Russia, for its part, supported ..." -> "Russia")
        bounds = [i] + [k + 1 for k in range(i, verb) if toks[k].text == "," and toks[k].depth == 0]
        for seg_lo in reversed(bounds):
            seg_hi = next((k for k in range(seg_lo, verb) if toks[k].text == ","), verb)
            while seg_hi > seg_lo and self._adverb(toks[seg_hi - 1]):
                seg_hi -= 1
            if self._valid_subject(toks, seg_lo, seg_hi):
                tense = self._tense(toks, verb)
                assert tense is not None
                return _Main(seg_lo, seg_hi, verb, tense)
        return None

    # -- splitting ----------------------------------------------------------------------------

    def split(
        self, text: str, start: int, end: int, *, tokens: TextTokens | None = None
    ) -> list[Piece]:
        """The atomic claims of the sentence ``text[start:end]``, in order."""
        toks = _tokens(tokens.span(start, end) if tokens else tokenize(text, start, end))
        whole = [Piece(start, end)]
        relative = self._object_relative(text, toks, end)
        if relative is not None:
            return relative
        main = self._main(toks, 0, len(toks))
        if main is None:
            return whole
        pieces: list[tuple[int, int, str | None]] = []  # token ranges and carried subjects
        for lo, hi in self._clauses(toks, main):
            clause_main = main if lo == 0 else self._main(toks, lo, hi)
            if clause_main is None:
                pieces.append((lo, hi, None))
            else:
                pieces.extend(self._verb_phrases(text, toks, lo, hi, clause_main))
        merged = _merge_short(toks, pieces)
        if len(merged) == 1:
            return whole
        out = []
        for n, (lo, hi, subject) in enumerate(merged):
            s = toks[lo].start
            e = toks[hi - 1].end if n < len(merged) - 1 else end
            out.append(Piece(s, e, subject))
        return out

    def _object_relative(self, text: str, toks: list[_Tok], end: int) -> list[Piece] | None:
        """A fact stated inside a noun phrase, by a relative clause without "that":
        "[the radar] [Russia is helping China build] could lead to ..." states that Russia is
        helping China build the radar. Returns that claim and the rest of the sentence (with
        the noun phrase carried over as its subject), or None."""
        for k in range(1, len(toks)):
            subject = toks[k]
            if subject.depth or not (subject.text[0].isupper() and subject.text[0].isalpha()):
                continue
            np_lo = k - 1  # the noun phrase before the clause's subject: "the ... radar"
            while (
                np_lo >= 0
                and toks[np_lo].text[0].isalpha()
                and toks[np_lo].text[0].islower()
                and toks[np_lo].low not in _NP_DETERMINERS
                and not self._tense(toks, np_lo)
                and k - np_lo <= _MAX_RELATIVE_NP
            ):
                np_lo -= 1
            if np_lo < 0 or np_lo == k - 1 or toks[np_lo].low not in _NP_DETERMINERS:
                continue
            verb = k
            while verb < len(toks) and toks[verb].text[0].isupper() and verb - k < 3:
                verb += 1
            if verb >= len(toks) or not self._tense(toks, verb):
                continue
            for main in range(verb + 1, min(len(toks), verb + _MAX_RELATIVE_VERBS)):
                t = toks[main]
                if t.depth or not t.text[0].isalnum():
                    break
                if t.low in self.modals or t.low in self.present_aux or t.low in self.past_aux:
                    gap = toks[main - 1]  # the clause ends on its verb, its object being the noun
                    if not (gap.text[0].islower() and gap.low not in _COMPLEMENT_STARTS):
                        break
                    fact = (
                        f"{text[subject.start : gap.end]} "
                        f"{text[toks[np_lo].start : toks[k - 1].end]}"
                    )
                    carried = _SPACE.sub(" ", text[toks[0].start : toks[k - 1].end])
                    return [
                        Piece(toks[0].start, gap.end, reordered=_SPACE.sub(" ", fact)),
                        Piece(t.start, end, subject=carried[:1].upper() + carried[1:]),
                    ]
        return None

    def _clauses(self, toks: list[_Tok], main: _Main) -> list[tuple[int, int]]:
        """Token ranges of the full clauses joined by ", and"-style words or semicolons."""
        cuts: list[tuple[int, int]] = []  # (end of left clause, start of right clause)
        k = main.verb + 1
        while k < len(toks) - 1:
            t = toks[k]
            if t.depth == 0 and t.text == ";" and len(toks) - k > _MIN_WORDS:
                cuts.append((k, k + 1))
            elif t.depth == 0 and t.text == "," and toks[k + 1].low in self.coordinators:
                right = self._main(toks, k + 2, len(toks))
                if right is not None and right.subj_lo == k + 2:
                    cuts.append((k, k + 2))
            k += 1
        ranges, lo = [], 0
        for left_end, right_start in cuts:
            ranges.append((lo, left_end))
            lo = right_start
        ranges.append((lo, len(toks)))
        return ranges

    def _verb_phrases(
        self, text: str, toks: list[_Tok], lo: int, hi: int, main: _Main
    ) -> list[tuple[int, int, str | None]]:
        """Split one clause into its main verb phrase, coordinated verb phrases and
        participial clauses; pieces after the first carry the clause's subject."""
        subject = _SPACE.sub(" ", text[toks[main.subj_lo].start : toks[main.subj_hi - 1].end])
        subject = subject[:1].upper() + subject[1:]
        cuts: list[tuple[int, int, str]] = []  # (end of left piece, start of right, carried)
        participial = False
        k = main.verb + 1
        while k < hi - 1:
            t, nxt = toks[k], toks[k + 1]
            if t.depth:
                k += 1
                continue
            if (
                t.text == ","
                and self._participle(nxt)
                and k + 2 < hi
                and toks[k + 2].text[0].isalnum()
            ):
                if nxt.low in self.consequence:
                    break  # what follows says what the event led to: keep it whole
                if not participial:
                    cuts.append((k, k + 1, subject))
                    participial = True
            elif participial and t.low == "and" and self._participle(nxt, after_comma=False):
                cuts.append((k, k + 1, subject))
            elif not participial and t.low in ("and", "but"):
                carried = self._coordinated_verb(toks, main, k, hi, subject)
                if carried is not None:
                    left_end = k - 1 if toks[k - 1].text == "," else k
                    cuts.append((left_end, k + 1, carried))
            k += 1
        ranges: list[tuple[int, int, str | None]] = []
        start, prefix = lo, None
        for left_end, right_start, carried in cuts:
            ranges.append((start, left_end, prefix))
            start, prefix = right_start, carried
        ranges.append((start, hi, prefix))
        return ranges

    def _coordinated_verb(
        self, toks: list[_Tok], main: _Main, conj: int, hi: int, subject: str
    ) -> str | None:
        """What a verb phrase after "and"/"but" at ``conj`` needs carried over to stand alone:
        the subject ("He stressed ..."), with the auxiliaries when the verb is a participle
        sharing them ("Dotson was arrested and charged" -> "Dotson was charged"); None when
        it is not a coordinated verb phrase or its reading is unclear."""
        verb = conj + 1
        if verb < hi and self._adverb(toks[verb]) and verb + 1 < hi:
            verb += 1
        tense = self._tense(toks, verb)
        if not (tense and self._opens_verb_phrase(toks, verb, hi)):
            return None
        if not self._same_subject(toks, main, conj, tense):
            return None
        low = toks[verb].low
        if low in self.past_aux or low in self.present_aux or low in self.modals:
            return subject
        if low in self.present_verbs:
            return subject
        chain = self._auxiliaries(toks, main)
        if chain is None:
            return subject
        words, lexical = chain
        between = [t.low for t in toks[lexical + 1 : conj]]
        if "not" in words or "never" in words or "to" in between:
            return None  # "was not arrested and charged", "is expected to be named and elected"
        return f"{subject} {' '.join(words)}"

    def _auxiliaries(self, toks: list[_Tok], main: _Main) -> tuple[list[str], int] | None:
        """The auxiliaries of a passive or perfect main verb ("must be" in "must be collected")
        and the index of its participle, or None when the main verb has none."""
        aux = self.past_aux | self.present_aux | self.modals | {"be", "been", "being", "not"}
        if toks[main.verb].low not in aux:
            return None
        words: list[str] = []
        k = main.verb
        while k < len(toks) and (toks[k].low in aux or self._adverb(toks[k])):
            if toks[k].low in aux:
                words.append(toks[k].low if k > main.verb else toks[k].text)
            k += 1
        if k >= len(toks):
            return None
        low = toks[k].low
        participle = low.endswith(("ed", "en")) or low in self.irregular_past
        return (words, k) if participle and words else None

    def _opens_verb_phrase(self, toks: list[_Tok], verb: int, hi: int) -> bool:
        """A coordinated verb: an auxiliary or irregular form, or a regular -ed form followed
        by what usually follows a verb (an article, a preposition, "that", a name...)."""
        low = toks[verb].low
        if (
            low in self.past_aux
            or low in self.present_aux
            or low in self.modals
            or (low in self.irregular_past or low in self.present_verbs)
        ):
            return True
        if verb + 1 >= hi:
            return False
        after = toks[verb + 1]
        return (
            after.low in _COMPLEMENT_STARTS
            or after.text[0].isupper()
            or after.text[0].isdigit()
            or after.text in _OPEN
            or self._adverb(after)
        )

    def _same_subject(self, toks: list[_Tok], main: _Main, conj: int, tense: str) -> bool:
        """Whether a verb after "and"/"but" at ``conj`` shares the main clause's subject.

        With an embedded clause in between ("He said that X was ... and stressed ..."), the
        verb could belong to either; the tenses decide, and a tie keeps the sentence whole.
        """
        embedded = next(
            (
                k
                for k in range(main.verb + 1, conj)
                if toks[k].depth == 0 and toks[k].low in self.embedders
            ),
            None,
        )
        if embedded is None:
            return True
        inner = next(
            (self._tense(toks, k) for k in range(embedded + 1, conj) if self._tense(toks, k)), None
        )
        if inner is None:
            return True  # "as being ...": no clause of its own, so nothing to confuse
        return tense == main.tense and inner != tense


def _merge_short(
    toks: list[_Tok], pieces: list[tuple[int, int, str | None]]
) -> list[tuple[int, int, str | None]]:
    """Join a piece with too few words to its neighbour."""

    def words(lo: int, hi: int) -> int:
        return sum(1 for t in toks[lo:hi] if t.text[0].isalnum())

    merged: list[tuple[int, int, str | None]] = []
    for lo, hi, subject in pieces:
        if merged and (words(lo, hi) < _MIN_WORDS or words(*merged[-1][:2]) < _MIN_WORDS):
            prev_lo, _, prev_subject = merged[-1]
            merged[-1] = (prev_lo, hi, prev_subject)
        else:
            merged.append((lo, hi, subject))
    return merged
