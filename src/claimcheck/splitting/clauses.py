"""Split a compound sentence into atomic claims, each readable on its own.

Four patterns carry separate propositions in news prose:

- two full clauses joined by ", and", ", but", "; " ("Putin met Biden, and Putin said ...");
- a verb phrase joined to the main one ("He clarified that X but stressed that Y");
- participial clauses after the main clause ("China declared X, condemning Y and accusing Z");
- a relative clause set off by commas ("Ramaphosa, who is hosting the summit, said ...";
  "... denounced Ahmadu, who says he represents Boko Haram").

A piece that lacks its own subject gets the main clause's subject carried over in its text
("China condemning Y"), while its span still points at the source's own words. Without a
parser the rules stay cautious: when the subject or the verb is unclear, the sentence stays
whole. The cue words live in ``lexicons/clauses.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.splitting.structure import (
    DETERMINERS,
    MAX_SUBJECT,
    NOUN_OPENERS,
    PREPOSITIONS,
    Clause,
    SentenceStructure,
    StructureReader,
    Tok,
    s_form,
)
from claimcheck.tokens import TextTokens

_LEADING_WORD = re.compile(r"[a-z]+\b")
_SPACE = re.compile(r"\s+")
_OPEN = {"“": "”", "‘": "’", "(": ")", "[": "]", "«": "»"}
_MIN_WORDS = 2  # a piece shorter than this is not a claim and stays with its neighbour
# Words that can open what follows a verb; a regular -ed word followed by anything else (a bare
# noun: "a calm and balanced manner") is more likely an adjective than a coordinated verb.
_NP_DETERMINERS = frozenset(
    ["the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]
)
_MAX_LIST_ITEM = 5  # words in an item of a list of nouns ("China and Russia")
# words after an -ing word that show it a verb taking what follows ("vowing to", "living in")
_NOT_NOUNS = PREPOSITIONS | frozenset(["and", "or"])
_MAX_RELATIVE_NP = 7  # words in the noun phrase before an object relative clause
_MAX_RELATIVE_VERBS = 9  # words in the relative clause after its subject
# a relative clause set off by a comma, whose pronoun is its subject, says a fact of its own:
# "who" of the person before it, "which" of the sentence's subject when it stands right after
# it ("The deal, which runs until 2027, is worth ..."). A "which" clause that ends a sentence is
# left whole: it is as often said of the whole clause before it ("went on strike, which led to
# ...") or of another noun than the nearest ("the CEO of the Canada Pension Plan Investment
# Board, which was replaced"; "the taper toward the front edge, which gives them a slim
# profile"). Cut out after any noun, it grouped 14 more of PAWS's look-alikes through the
# pipeline for 5 paraphrases; after a noun with a determiner only, it found 4 more agreement
# pairs of the stories set but gave wrong subjects and 2 false conflicts in an FNC-1 trial folder
_SUBJECT_RELATIVE = frozenset(["who", "which"])
_CLOSING_RELATIVE = frozenset(["who"])
_COMPLEMENT_STARTS = DETERMINERS | frozenset(
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


class ClauseSplitter:
    def __init__(
        self, lexicons: Lexicons | None = None, structure: StructureReader | None = None
    ) -> None:
        self.structure = structure or StructureReader(lexicons)
        self.grammar = self.structure.grammar

    # -- splitting ----------------------------------------------------------------------------

    def split(
        self,
        text: str,
        start: int,
        end: int,
        *,
        tokens: TextTokens | None = None,
        structure: SentenceStructure | None = None,
    ) -> list[Piece]:
        """The atomic claims of the sentence ``text[start:end]``, in order. Its structure
        (see structure.py) is read here unless it is given."""
        st = structure or self.structure.sentence(text, start, end, tokens)
        # a sentence-final frame (", police said.") is not cut: it frames every piece, and
        # its words end the last one
        toks = list(st.tokens[: st.content_end])
        whole = [Piece(start, end)]
        if not toks:
            return whole
        relative = self._object_relative(text, toks, end)
        if relative is not None:
            return relative
        said_of_subject = self._subject_relative(text, toks, end)
        if said_of_subject is not None:
            return said_of_subject
        main = st.main
        if main is None:
            return whole
        pieces: list[tuple[int, int, str | None]] = []  # token ranges and carried subjects
        for lo, hi in self._clauses(toks, main):
            clause_main = main if lo == 0 else self.grammar.clause(toks, lo, hi)
            if clause_main is None:
                pieces.append((lo, hi, None))
            else:
                inner = st.inner if lo == 0 else None
                pieces.extend(self._verb_phrases(text, toks, lo, hi, clause_main, inner))
        merged = _merge_short(toks, pieces)
        out = []
        for n, (lo, hi, subject) in enumerate(merged):
            last = n == len(merged) - 1
            said_of = self._closing_relative(toks, lo, hi)
            if said_of is not None:
                # "..., who had fled the scene": what the clause says of the noun before it
                comma, np_lo, verb = said_of
                out.append(Piece(toks[lo].start, toks[comma - 1].end, subject))
                noun = _SPACE.sub(" ", text[toks[np_lo].start : toks[comma - 1].end])
                rel_end = end if last else toks[hi - 1].end
                out.append(Piece(toks[verb].start, rel_end, noun[:1].upper() + noun[1:]))
            else:
                out.append(Piece(toks[lo].start, end if last else toks[hi - 1].end, subject))
        return out if len(out) > 1 else whole

    def _object_relative(self, text: str, toks: list[Tok], end: int) -> list[Piece] | None:
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
                and toks[np_lo].low not in self.grammar.coordinators  # "the weekend and coach"
                and not self.grammar.tense(toks, np_lo)
                and k - np_lo <= _MAX_RELATIVE_NP
            ):
                np_lo -= 1
            if np_lo < 0 or np_lo == k - 1 or toks[np_lo].low not in _NP_DETERMINERS:
                continue
            verb = k
            while verb < len(toks) and toks[verb].text[0].isupper() and verb - k < 3:
                verb += 1
            if verb >= len(toks) or not self.grammar.tense(toks, verb):
                continue
            for main in range(verb + 1, min(len(toks), verb + _MAX_RELATIVE_VERBS)):
                t = toks[main]
                if t.depth or not t.text[0].isalnum():
                    break
                if (
                    t.low in self.grammar.modals
                    or t.low in self.grammar.present_aux
                    or t.low in self.grammar.past_aux
                ):
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

    def _subject_relative(self, text: str, toks: list[Tok], end: int) -> list[Piece] | None:
        """A relative clause set off by commas after the sentence's subject states a fact of
        its own about it: "Cyril Ramaphosa, who is hosting the summit, said ..." states that
        Ramaphosa is hosting the summit. Only a clause whose subject is its pronoun ("who is
        hosting", not "which media reports have put"), closed by a comma right before the main
        verb. Returns that fact and the rest of the sentence, split as a sentence of its own
        with the subject carried over, or None."""
        for k in range(1, min(len(toks) - 2, MAX_SUBJECT + 2)):
            if toks[k].depth or toks[k].low not in _SUBJECT_RELATIVE or toks[k - 1].text != ",":
                continue
            if not self.grammar.valid_subject(toks, 0, k - 1):
                return None
            verb = self._relative_verb(toks, k + 1, len(toks))
            if verb is None:
                return None
            close = next(
                (
                    j
                    for j in range(verb + 1, len(toks))
                    if toks[j].depth == 0 and toks[j].text == ","
                ),
                None,
            )
            if close is None or close + 1 >= len(toks):
                return None
            main = close + 1
            while main < len(toks) and self.grammar.adverb(toks[main]):
                main += 1
            if main >= len(toks) or not self.grammar.tense(toks, main):
                return None
            subject = _SPACE.sub(" ", text[toks[0].start : toks[k - 2].end])
            fact = f"{subject} {_SPACE.sub(' ', text[toks[verb].start : toks[close - 1].end])}"
            return [
                Piece(toks[0].start, toks[close - 1].end, reordered=fact),
                *self._with_subject(text, subject, toks[close + 1].start, end),
            ]
        return None

    def _with_subject(self, text: str, subject: str, start: int, end: int) -> list[Piece]:
        """The pieces of ``text[start:end]``, a sentence whose subject was written before it
        ("[Ramaphosa, who ...,] said ..."): split as if the subject stood there, each piece in
        the source's own words, the first carrying the subject."""
        lead = f"{subject} "
        pieces = self.split(lead + text[start:end], 0, len(lead) + end - start)
        if any(p.reordered or (p.start < len(lead) < p.end and p.subject) for p in pieces):
            return [Piece(start, end, subject)]
        shift = start - len(lead)
        out = []
        for p in pieces:
            if p.start < len(lead):
                out.append(Piece(start, p.end + shift, p.subject or subject))
            else:
                out.append(Piece(p.start + shift, p.end + shift, p.subject))
        return out

    def _closing_relative(self, toks: list[Tok], lo: int, hi: int) -> tuple[int, int, int] | None:
        """A relative clause of a person that ends a piece and says something of the noun right
        before it ("Police arrested Jones, who had fled the scene"; "... denounced Ahmadu, who
        says he represents Boko Haram in Chad"), as (its comma, where that noun phrase starts,
        its verb); None when there is none or its noun is unclear."""
        for k in range(lo + 3, hi - 1):
            if toks[k].depth or toks[k].low not in _CLOSING_RELATIVE or toks[k - 1].text != ",":
                continue
            verb = self._relative_verb(toks, k + 1, hi)
            if verb is None:
                return None
            if any(
                toks[j].text == ","
                and toks[j + 1].low in self.grammar.coordinators
                and self.grammar.tense(toks, j + 2)
                for j in range(verb, hi - 2)
                if not toks[j].depth
            ):
                return None  # ", who had fled, and charged him": the rest is not the clause's
            np_lo = self._noun_before(toks, lo, k - 1)
            if np_lo is None:
                return None
            return k - 1, np_lo, verb
        return None

    def _relative_verb(self, toks: list[Tok], at: int, hi: int) -> int | None:
        """Where a relative pronoun's clause puts its verb (the pronoun its subject: "who had
        fled", "which also brings"), or None. Right after the pronoun, a word in -s is a verb
        ("which spreads", "who joins"), whether or not it is also a noun elsewhere."""
        while at < hi and self.grammar.adverb(toks[at]):
            at += 1
        if at >= hi - 1:
            return None
        return at if self.grammar.tense(toks, at) or s_form(toks[at].low) else None

    def _noun_before(self, toks: list[Tok], lo: int, hi: int) -> int | None:
        """Where the noun phrase that ends at ``hi`` starts: a name (its capitalised words),
        or a determiner and the few words after it ("the virus", "a 39-year-old man"); None
        when neither reads clearly."""
        k = hi
        while k > lo and toks[k - 1].text[:1].isupper() and not toks[k - 1].depth:
            k -= 1
        if k < hi:
            return k if k > lo else None  # the sentence's own subject is not a noun before
        for k in range(hi - 1, max(lo, hi - _MAX_RELATIVE_NP) - 1, -1):
            t = toks[k]
            if t.depth or not t.text[:1].isalnum() or self.grammar.tense(toks, k):
                return None
            if t.low in NOUN_OPENERS:
                return k if k > lo else None
        return None

    def _clauses(self, toks: list[Tok], main: Clause) -> list[tuple[int, int]]:
        """Token ranges of the full clauses joined by ", and"-style words or semicolons."""
        cuts: list[tuple[int, int]] = []  # (end of left clause, start of right clause)
        k = main.verb + 1
        while k < len(toks) - 1:
            t = toks[k]
            if t.depth == 0 and t.text == ";" and len(toks) - k > _MIN_WORDS:
                cuts.append((k, k + 1))
            elif t.depth == 0 and t.text == "," and toks[k + 1].low in self.grammar.coordinators:
                right = self.grammar.clause(toks, k + 2, len(toks))
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
        self,
        text: str,
        toks: list[Tok],
        lo: int,
        hi: int,
        main: Clause,
        inner: Clause | None = None,
    ) -> list[tuple[int, int, str | None]]:
        """Split one clause into its main verb phrase, coordinated verb phrases and
        participial clauses; pieces after the first carry the clause's subject, or, after
        the clause a reporting verb reports ("Police said a fire swept through the market,
        killing nine"), that clause's subject."""
        subject = _subject_text(text, toks, main)
        reported = _subject_text(text, toks, inner) if inner is not None else None
        cuts: list[tuple[int, int, str | None]] = []  # (end of left, start of right, carried)
        participial = False
        doer = subject  # who the participial clauses' actions are carried over to
        k = main.verb + 1
        while k < hi - 1:
            t, nxt = toks[k], toks[k + 1]
            if t.depth:
                k += 1
                continue
            if t.text == "," and not participial and self._aside(toks, k + 1, hi):
                # ", with officials reporting 27 cases", ", a move that ...": a claim of its
                # own, about the clause before it; the rest stays with it
                cuts.append((k, k + 1, None))
                break
            if (
                t.text == ","
                and self.grammar.participle(nxt)
                and k + 2 < hi
                and toks[k + 2].text[0].isalnum()
            ):
                if nxt.low in self.grammar.consequence:
                    break  # what follows says what the event led to: keep it whole
                if not participial and self._in_list(toks, main.verb + 1, k, hi):
                    break  # "..., China and Russia, emerging economies and developing
                    # nations": an item of a list of nouns, not a clause
                if not participial and self._dummy_subject(toks, main):
                    # "It will be DeGeneres' second tour as host, having emceed ...": who
                    # did it is not "It"
                    break
                if not participial:
                    doer = reported if reported and inner and inner.verb < k else subject
                    cuts.append((k, k + 1, doer))
                    participial = True
            elif participial and t.low in self.grammar.embedders:
                break  # "..., completing a process that started when X and neighbouring Y ...":
                # what follows is the inner clause's, not another participial clause
            elif participial and t.low == "and" and self.grammar.participle(nxt, after_comma=False):
                cuts.append((k, k + 1, doer))
            elif not participial and t.low in ("and", "but"):
                carried = self._coordinated_verb(toks, main, k, hi, subject, inner, reported)
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

    def _in_list(self, toks: list[Tok], lo: int, comma: int, hi: int) -> bool:
        """Whether the -ing word after ``comma`` describes the noun after it in an item of a
        list of nouns, the words before the comma, back to the comma before them (after
        ``lo``), being another: a few words joined by "and" or "or" and no verb ("..., China
        and Russia, emerging economies and developing nations"; not "... the states of
        Borno, Yobe and Adamawa, vowing to crush the insurgency", nor "... Portugal, and
        Indonesia, winning national championships in Indonesia and Greece")."""
        noun = toks[comma + 2] if comma + 2 < hi else None
        if noun is None or not (noun.text.isalpha() and noun.text.islower()):
            return False
        if noun.low in _COMPLEMENT_STARTS or noun.low in _NOT_NOUNS:
            return False
        # the noun ends the item: "developing nations." (not "winning national championships
        # in Indonesia", a verb with its object)
        if comma + 3 < hi and toks[comma + 3].low not in ("and", "or", ",", ".", ";"):
            return False
        start = next((j for j in range(comma - 1, lo - 1, -1) if toks[j].text == ","), None)
        if start is None or comma - start - 1 > _MAX_LIST_ITEM:
            return False
        item = range(start + 1, comma)
        return any(toks[j].low in ("and", "or") for j in item) and not any(
            self.grammar.tense(toks, j) is not None or self.grammar.participle(toks[j])
            for j in item
        )

    def _dummy_subject(self, toks: list[Tok], main: Clause) -> bool:
        """Whether the clause is "it" or "there" and a form of "be" ("It will be X's second
        tour", "There were 12 dead"): a subject that says nothing of who acted."""
        if main.subj_hi - main.subj_lo != 1 or toks[main.subj_lo].low not in ("it", "there"):
            return False
        return any(t.low in self.grammar.be_forms for t in toks[main.verb : main.verb + 2])

    def _aside(self, toks: list[Tok], lo: int, hi: int) -> bool:
        """What follows a comma is a proposition of its own about the clause before it: an
        absolute phrase ("with health officials reporting 27 cases") or a noun phrase with a
        relative clause ("a move that showed ...", "something that was hard to expect")."""
        first = toks[lo].low
        if first == "with":
            for k in range(lo + 2, min(hi, lo + 8)):
                if toks[k].depth or not toks[k].text[:1].isalnum():
                    return False
                if self.grammar.participle(toks[k], after_comma=False):
                    return k + 1 < hi
            return False
        if first in ("a", "an", "something", "one"):
            for k in range(lo + 1, min(hi, lo + 7)):
                if toks[k].depth or not toks[k].text[:1].isalnum():
                    return False
                if toks[k].low in ("that", "who", "which"):
                    return k + 2 < hi
            return False
        return False

    def _coordinated_verb(
        self,
        toks: list[Tok],
        main: Clause,
        conj: int,
        hi: int,
        subject: str,
        inner: Clause | None = None,
        reported: str | None = None,
    ) -> str | None:
        """What a verb phrase after "and"/"but" at ``conj`` needs carried over to stand alone:
        the subject ("He stressed ..."), with the auxiliaries when the verb is a participle
        sharing them ("Dotson was arrested and charged" -> "Dotson was charged"); None when
        it is not a coordinated verb phrase or its reading is unclear."""
        verb = conj + 1
        if verb < hi and self.grammar.adverb(toks[verb]) and verb + 1 < hi:
            verb += 1
        tense = self.grammar.tense(toks, verb)
        if not (tense and self._opens_verb_phrase(toks, verb, hi)):
            return None
        if inner is not None and reported is not None and inner.verb < conj:
            # after a reported clause ("said a fire swept ... and destroyed"): the verb is
            # the reported clause's when it shares its tense and not the reporting verb's
            if tense == inner.tense and tense != main.tense:
                main, subject = inner, reported
            elif not (tense == main.tense and tense != inner.tense):
                return None
        elif not self._same_subject(toks, main, conj, tense):
            return None
        low = toks[verb].low
        if (
            low in self.grammar.past_aux
            or low in self.grammar.present_aux
            or low in self.grammar.modals
        ):
            return subject
        if low in self.grammar.present_verbs:
            return subject
        chain = self._auxiliaries(toks, main)
        if chain is None:
            return subject
        words, lexical = chain
        between = [t.low for t in toks[lexical + 1 : conj]]
        if "not" in words or "never" in words or "to" in between:
            return None  # "was not arrested and charged", "is expected to be named and elected"
        if low in self.grammar.past_only:
            return subject  # a verb of its own tense, sharing no auxiliary ("... and drove off")
        return f"{subject} {' '.join(words)}"

    def _auxiliaries(self, toks: list[Tok], main: Clause) -> tuple[list[str], int] | None:
        """The auxiliaries of a passive or perfect main verb ("must be" in "must be collected")
        and the index of its participle, or None when the main verb has none."""
        aux = (
            self.grammar.past_aux
            | self.grammar.present_aux
            | self.grammar.modals
            | self.grammar.be_forms
            | {"not"}
        )
        if toks[main.verb].low not in aux:
            return None
        words: list[str] = []
        k = main.verb
        while k < len(toks) and (toks[k].low in aux or self.grammar.adverb(toks[k])):
            if toks[k].low in aux:
                words.append(toks[k].low if k > main.verb else toks[k].text)
            k += 1
        if k >= len(toks):
            return None
        return (words, k) if self.grammar.past_participle(toks[k].low) and words else None

    def _opens_verb_phrase(self, toks: list[Tok], verb: int, hi: int) -> bool:
        """A coordinated verb: an auxiliary or irregular form, or a regular -ed form followed
        by what usually follows a verb (an article, a preposition, "that", a name...)."""
        low = toks[verb].low
        if (
            low in self.grammar.past_aux
            or low in self.grammar.present_aux
            or low in self.grammar.modals
            or (low in self.grammar.irregular_past or low in self.grammar.present_verbs)
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
            or self.grammar.adverb(after)
        )

    def _same_subject(self, toks: list[Tok], main: Clause, conj: int, tense: str) -> bool:
        """Whether a verb after "and"/"but" at ``conj`` shares the main clause's subject.

        With an embedded clause in between ("He said that X was ... and stressed ..."), the
        verb could belong to either; the tenses decide, and a tie keeps the sentence whole.
        """
        embedded = next(
            (
                k
                for k in range(main.verb + 1, conj)
                if toks[k].depth == 0 and toks[k].low in self.grammar.embedders
            ),
            None,
        )
        if embedded is None:
            return True
        inner = next(
            (
                self.grammar.tense(toks, k)
                for k in range(embedded + 1, conj)
                if self.grammar.tense(toks, k)
            ),
            None,
        )
        if inner is None:
            return True  # "as being ...": no clause of its own, so nothing to confuse
        return tense == main.tense and inner != tense


def _merge_short(
    toks: list[Tok], pieces: list[tuple[int, int, str | None]]
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


def _subject_text(text: str, toks: list[Tok], clause: Clause) -> str:
    """A clause's subject as carried over: its words, capitalised."""
    subject = _SPACE.sub(" ", text[toks[clause.subj_lo].start : toks[clause.subj_hi - 1].end])
    return subject[:1].upper() + subject[1:]
