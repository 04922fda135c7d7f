"""One analysis of each sentence's structure, shared by the clause splitter and the finders.

For every sentence of a paragraph it finds, once:

- its words with how deep each sits inside quotation marks or brackets (a quotation may run
  over several sentences, so this is read across the paragraph);
- its main clause (the subject's words and the finite verb) and, when the main verb reports
  ("Police said a fire swept ..."), the clause it reports, whose subject a participial
  clause after it shares ("..., killing nine": the fire killed nine, not the police);
- its reporting frames: who is reported, by which verb, over which words. "According to X,"
  and ", X said." frame the whole sentence; "Police said ..." frames what follows the verb;
  a quotation is framed by the speaker named right before or after it ("“...,” said X"), in
  every sentence it spans;
- its content: the words without a sentence-final frame (", police said."), which the clause
  splitter cuts into claims.

Word classes come from ``lexicons/clauses.toml`` (finite verbs, auxiliaries, participles) and
the reporting verbs from ``lexicons/attribution.toml``. The rules are cautious: what they
cannot read clearly they leave out, and the sentence then stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from claimcheck.lexicons import Lexicons, word_set
from claimcheck.tokens import TextTokens, Token, tokenize

_OPEN = {"“": "”", "‘": "’", "(": ")", "[": "]", "«": "»"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_QUOTE_CLOSE = frozenset(["”", '"', "»"])
_QUOTE_OPEN = frozenset(["“", '"', "«"])
_QUOTED_END = frozenset([",", ".", "?", "!", "…"])  # the marks a quotation ends on
_FINAL_PUNCT = frozenset([".", "!", "?", "…", "”", '"', "’", "»", ")"])
MAX_SUBJECT = 12
_MAX_SPEAKER = 12  # words in a framing speaker ("club CEO Jan-Christian Dreesen")
_MAX_AFTER_VERB = 14  # words after a sentence-final reporting verb ("said on Sunday in a ...")
DETERMINERS = frozenset(
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
# what makes the next word a noun: an article, a possessive or a demonstrative ("his travel",
# "Putin's travel"). Not a preposition, as DETERMINERS have it: "in talks *to direct*" still
# affirms the directing that "will not direct" denies
NOUN_AFTER = re.compile(r"the|an?|his|her|its|their|our|my|your|this|that|these|those|\w+['’]s")
# Words that cannot open or sit inside a speaker's noun phrase.
_NOT_IN_SPEAKER = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "while",
        "because",
        "although",
        "though",
        "if",
        "but",
        "and",
        "or",
        "as",
        "so",
        "than",
        "not",
        "to",
    ]
)
PREPOSITIONS = frozenset(
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
        "into",
        "onto",
        "to",
        "about",
        "against",
        "of",  # "said of the report": what was spoken of, not who spoke
    ]
)
_PRONOUN_SPEAKERS = frozenset(["he", "she", "they", "it", "we", "i"])


class Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int
    depth: int  # inside quotes or brackets when > 0


# a quotation's speaker, reporting verb (character spans) and the verb's lemma
Speaker = tuple[tuple[int, int], tuple[int, int], str]
# a quotation of a paragraph (its marks' token indices) and who speaks it
Quoted = tuple[int, int, Speaker | None]


@dataclass(slots=True)
class QuoteCarry:
    """Whose quotation an article's paragraph leaves open to the next: a quotation over
    several paragraphs opens each with a quotation mark and closes only the last, its speaker
    named in the first ("A police spokeswoman said: “...” / “Police were alerted at 8.49pm.
    / “The fire has progressed rapidly ..."). Read paragraph by paragraph, in order."""

    speaker: Speaker | None = None


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause's subject (token range) and finite verb (token index)."""

    subj_lo: int
    subj_hi: int  # exclusive
    verb: int
    tense: str


@dataclass(frozen=True, slots=True)
class Frame:
    """Who is reported, by which verb, over which words (character spans in the text)."""

    kind: str  # according, final, quote, initial; post (an embedded post's signature)
    speaker: tuple[int, int]
    verb: tuple[int, int]
    lemma: str  # the reporting verb's lemma ("say"), or "according"
    scope: tuple[int, int]  # the words reported
    role: tuple[int, int] | None = None  # ", an analyst at the institute" after the name

    def covers(self, start: int, end: int) -> bool:
        """Whether the words ``start:end`` are mostly within what the frame reports."""
        inside = min(end, self.scope[1]) - max(start, self.scope[0])
        return inside > 0 and inside * 2 >= end - start

    def speaker_in(self, start: int, end: int) -> bool:
        return start <= self.speaker[0] and self.speaker[1] <= end


@dataclass(frozen=True, slots=True)
class SentenceStructure:
    start: int
    end: int
    tokens: tuple[Tok, ...]
    main: Clause | None  # the main clause, when its subject and verb are clear
    inner: Clause | None  # the clause a reporting main verb reports
    content_end: int  # tokens before a sentence-final frame (", police said.")
    frames: tuple[Frame, ...]

    @property
    def subject_span(self) -> tuple[int, int] | None:
        """The main clause's subject, as a character span."""
        if self.main is None:
            return None
        return self.tokens[self.main.subj_lo].start, self.tokens[self.main.subj_hi - 1].end


def depth_tokens(tokens: list[Token], *, paragraph: bool = False) -> list[Tok]:
    """Tokens with their depth inside quotes and brackets (``paragraph``: of a whole
    paragraph, which may go on a quotation opened in the one before).

    Single quotation marks double as apostrophes, so they are read in context: ‘ and a
    straight ' before a word open a quotation; ’ and ' close one only while one is open and
    not as a plural's possessive ("the teachers’ union"). Every quotation mark that opens or
    closes is given as “ or ”, whatever its style, so the readers below need know one pair."""
    out: list[Tok] = []
    depth = 0
    straight_open = False  # a straight double quote is open
    # a quotation opened before the text closes at its first double quotation mark when the
    # marks do not pair up
    quoted = not paragraph or sum(t.text in ("“", "”", '"') for t in tokens) % 2 == 0
    singles: list[str] = []  # the single quotation marks open, innermost last
    for i, tok in enumerate(tokens):
        t = tok.text
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t in ("’", "'") and singles and singles[-1] == ("‘" if t == "’" else "'"):
            if not _possessive(prev, tok, nxt):
                singles.pop()
                depth = max(0, depth - 1)
                out.append(Tok("”", "”", tok.start, tok.end, depth))
                continue
        elif t == "‘" or (t == "'" and _opens_straight(prev, tok, nxt)):
            out.append(Tok("“", "“", tok.start, tok.end, depth))
            singles.append(t)
            depth += 1
            continue
        if t in ("’", "'"):  # an apostrophe
            out.append(Tok(t, tok.low, tok.start, tok.end, depth))
            continue
        if t in ("”", '"') and not quoted and depth == 0 and _closes_unopened(prev, tok, nxt):
            # the first double quotation mark closes a quotation opened before the text (a
            # paragraph that goes on a quotation from the one before: 'You know what they
            # say - the third time's the charm," said DeGeneres.'): what comes before it is
            # quoted
            out = [x._replace(depth=x.depth + 1) for x in out]
            out.append(Tok(t, t, tok.start, tok.end, 0))
            quoted = True
            continue
        quoted = quoted or t in ("“", "”", '"')
        if t in _CLOSE or (t == '"' and straight_open):
            depth = max(0, depth - 1)
            straight_open = False if t == '"' else straight_open
            out.append(Tok(t, t, tok.start, tok.end, depth))
            continue
        out.append(Tok(t, tok.low, tok.start, tok.end, depth))
        if t in _OPEN or t == '"':
            depth += 1
            straight_open = straight_open or t == '"'
    return out


def _closes_unopened(prev: Token | None, tok: Token, nxt: Token | None) -> bool:
    """A double quotation mark that can only close, before words that say who spoke: set
    right after the punctuation that ends what is quoted (',"', '."', '?"'), then a space and
    a word. (A stray mark at the end of a text, or before a bracket, closes nothing.)"""
    return (
        prev is not None
        and prev.end == tok.start
        and prev.text in _QUOTED_END
        and nxt is not None
        and nxt.start > tok.end
        and nxt.text[:1].isalpha()
    )


def _opens_straight(prev: Token | None, tok: Token, nxt: Token | None) -> bool:
    """A straight ' that opens a quotation: after a space, right before a word ('90s is not)."""
    return (
        (prev is None or prev.end < tok.start)
        and nxt is not None
        and nxt.start == tok.end
        and nxt.text[:1].isalpha()
    )


def _possessive(prev: Token | None, tok: Token, nxt: Token | None) -> bool:
    """ "the teachers’ union": right after a plural, and a word follows after a space."""
    return (
        prev is not None
        and prev.end == tok.start
        and prev.text[-1:] in "sS"
        and nxt is not None
        and nxt.start > tok.end
        and nxt.text[:1].isalnum()
    )


class Grammar:
    """Word classes and clauses, from the cue words in ``lexicons/clauses.toml``."""

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
        self.past_only = w(d, "past_only")
        self.present_verbs = w(d, "present_verbs")
        cal = lexicons["calendar"]
        # the words of a phrase of time ("on September 12, Tuesday"), never a subject: days
        # written out (not "Sun", "Sat": "The Vancouver Sun"), and months
        self.weekdays = frozenset(d for d in word_set(cal, "weekdays") if d.endswith("day"))
        self.months = frozenset(m.lower() for m in cal.get("months", {}))
        self.relative_days = word_set(cal, "relative_days")
        self.day_parts = word_set(cal, "day_parts")
        self.time_joiners = word_set(cal, "time_joiners")
        self.time_order = word_set(cal, "time_order")
        self.not_verbs_ed = w(d, "not_verbs_ed")
        self.not_participles = w(d, "not_participles")
        self.ing_nouns = w(d, "ing_nouns")
        self.consequence = w(d, "consequence_participles")
        self.adverbs = w(d, "adverbs")
        self.be_forms = w(d, "be_forms")
        self.auxiliaries = self.past_aux | self.present_aux | self.modals

    def tense(self, toks: list[Tok] | tuple[Tok, ...], i: int) -> str | None:
        """The tense of toks[i] if it reads as a finite verb, else None."""
        t = toks[i]
        low = t.low
        if t.depth or not t.text[:1].isalpha():
            return None
        if i > 0 and t.text[0].isupper():
            return None  # a capitalised word mid-sentence is a name, not a verb
        prev = toks[i - 1].low if i > 0 else ""
        if low in self.past_aux or low in self.irregular_past:
            return "past" if prev not in DETERMINERS else None
        if low in self.present_aux:
            return "present"
        if low in self.modals:
            return "modal"
        if low in self.present_verbs:
            # "the claims", "10-year notes gained": a noun, not a verb
            after = toks[i + 1].low if i + 1 < len(toks) else ""
            finite_after = (
                after in self.auxiliaries
                or after in self.irregular_past
                or (after.endswith("ed") and after not in self.not_verbs_ed)
            )
            return "present" if prev not in DETERMINERS and not finite_after else None
        if _present_after_subject(toks, i):
            return "present"
        if (
            low.endswith("ed")
            and (len(low) > 4 or low.endswith("ied"))  # "died", "tied", not "bed" nor "red"
            and low not in self.not_verbs_ed
            and prev not in DETERMINERS
            and "-" not in low
        ):
            return "past"
        return None

    def participle(self, tok: Tok, *, after_comma: bool = True) -> bool:
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

    def adverb(self, tok: Tok) -> bool:
        return self.adverb_word(tok.low)

    def adverb_word(self, low: str) -> bool:
        return low in self.adverbs or (low.endswith("ly") and len(low) > 4)

    def past_participle(self, low: str) -> bool:
        """A word that may be a past participle: -ed or -en, or an irregular past form that
        is not only a past tense ("drove")."""
        return (
            low.endswith(("ed", "en")) or low in self.irregular_past
        ) and low not in self.past_only

    def plain_participle(self, low: str) -> bool:
        """A word that is a past participle and seldom anything else: a regular form in -ed of
        five letters or more ("killed"; not "red", "bed", "need"), or an irregular one ("shot",
        "hurt"); not a word in -en, which is as often a noun ("women", "children")."""
        if low.endswith("ed"):
            return len(low) >= 5 and not low.endswith("eed")
        return low in self.irregular_past and low not in self.past_only

    def passive_with_agent(self, words: Sequence[str]) -> bool:
        """Whether lower-case ``words`` hold a passive with its agent: a form of "be", adverbs,
        a participle, and "by" within the next three words ("was narrowly foiled by")."""
        for i, word in enumerate(words):
            if word not in self.be_forms:
                continue
            j = i + 1
            while j < len(words) and self.adverb_word(words[j]):
                j += 1
            if j < len(words) and self.past_participle(words[j]) and "by" in words[j + 1 : j + 4]:
                return True
        return False

    def _opening_participle(self, toks: list[Tok] | tuple[Tok, ...], i: int) -> bool:
        """ "Speaking at the opening, the general said ...": a clause that opens on a
        participle (or "Asked about ...") and a comma is an introduction."""
        low = toks[i].low
        return (
            i + 1 < len(toks)
            and (low.endswith("ing") or low in ("asked", "speaking"))
            and len(low) >= 5
            and low not in self.not_participles
            and toks[i + 1].text[:1].islower()
        )

    def valid_subject(self, toks: list[Tok] | tuple[Tok, ...], lo: int, hi: int) -> bool:
        words = sum(1 for t in toks[lo:hi] if t.text[:1].isalnum())
        if not (0 < words <= MAX_SUBJECT and hi > lo):
            return False
        first = toks[lo]
        if first.low in self.introducers and first.low not in self.subject_starters:
            return False
        if not (first.text[0].isupper() or first.low in self.subject_starters):
            return False
        bracketed = 0  # words in brackets opened within the subject: "the WHO (World ...)"
        for t in toks[lo:hi]:
            if t.text in "([":
                bracketed += 1
            elif t.text in ")]":
                bracketed = max(0, bracketed - 1)
            elif t.depth and not bracketed and t.text not in _CLOSE:
                return False
            if t.text in self.embedders or t.text in ";:":  # ("WHO" is not "who")
                return False
        written = [t.text for t in toks[lo:hi]]
        if lo == 0 and written[0][:1].isupper():
            written[0] = written[0].lower()  # a sentence's capital: "Early on Thursday, ..."
        if self.timed(written):
            return False  # "Sunday after the Foreign Office said": the office is who
        return not self.time_phrase(written)  # "..., Tuesday, told the media": when, not who

    def timed(self, words: Sequence[str]) -> bool:
        """Whether ``words`` (as written) open with a time set against what follows ("Sunday
        *after* the Foreign Office"): no speaker's noun phrase does."""
        return any(
            w in self.time_order and self.time_phrase(words[:k]) for k, w in enumerate(words[1:], 1)
        )

    def time_phrase(self, words: Sequence[str]) -> bool:
        """Whether ``words`` (as written) only say when: a day or a month, with figures, parts
        of a day and the words that join them ("on September 12 , Tuesday", "here on Friday",
        "late yesterday"), opening on a joining word, a weekday or a day ("May", "The night",
        "USA Today" say more)."""
        if not words:
            return False

        def joiner(w: str) -> bool:
            return w in self.time_joiners or w in self.relative_days or w in self.day_parts

        def day(w: str) -> bool:
            return w.lower() in self.weekdays or w in self.relative_days

        def month(w: str) -> bool:
            return w[:1].isupper() and w.lower() in self.months

        first = words[0]
        return (
            (joiner(first) or day(first))
            and any(day(w) or month(w) for w in words)
            and all(joiner(w) or day(w) or month(w) or w[:1].isdigit() or w in ",." for w in words)
        )

    def clause(self, toks: list[Tok] | tuple[Tok, ...], lo: int, hi: int) -> Clause | None:
        """The subject and finite verb of the clause toks[lo:hi], if they are clear."""
        i = lo
        # "And ...", "But ...": a clause joined to the last; "While ..." opens a subordinate one
        if i < hi and toks[i].low in self.coordinators and toks[i].low not in self.embedders:
            i += 1
        if i < hi and (
            toks[i].low in self.introducers
            or (self.adverb(toks[i]) and i + 1 < hi and toks[i + 1].text == ",")
            or self._opening_participle(toks, i)
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
        verb = next((k for k in range(i, min(hi, i + 25)) if self.tense(toks, k)), None)
        if verb is None or verb == i:
            return None
        # the subject: the last comma-separated segment before the verb that reads as one
        # ("Russia, for its part, supported ..." -> "Russia")
        bounds = [i] + [k + 1 for k in range(i, verb) if toks[k].text == "," and toks[k].depth == 0]
        for seg_lo in reversed(bounds):
            seg_hi = next((k for k in range(seg_lo, verb) if toks[k].text == ","), verb)
            while seg_hi > seg_lo and self.adverb(toks[seg_hi - 1]):
                seg_hi -= 1
            if self.valid_subject(toks, seg_lo, seg_hi):
                tense = self.tense(toks, verb)
                assert tense is not None
                subj_lo = self._placed_before(toks, i, seg_lo, seg_hi)
                if subj_lo == seg_lo:
                    subj_lo = self._named_before(toks, i, seg_lo, seg_hi)
                return Clause(subj_lo, seg_hi, verb, tense)
        return None

    def _placed_before(
        self, toks: list[Tok] | tuple[Tok, ...], lo: int, seg_lo: int, seg_hi: int
    ) -> int:
        """Where a subject starts when the name before its verb, set off by commas, says where
        the place before it lies: "Office workers in Dubai, United Arab Emirates, evacuated
        ..." is one subject, not "United Arab Emirates". A name that is the subject is not set
        off from its verb by a comma ("In Paris, Macron said")."""
        if (
            seg_lo - 2 < lo
            or toks[seg_lo - 1].text != ","
            or seg_hi >= len(toks)
            or toks[seg_hi].text != ","
            or not toks[seg_lo - 2].text[:1].isupper()
            or not all(t.text[:1].isupper() for t in toks[seg_lo:seg_hi])
        ):
            return seg_lo
        prev_lo = seg_lo - 2
        while prev_lo > lo and toks[prev_lo - 1].text != ",":
            prev_lo -= 1
        # the segment before ends on a place: a preposition, then a name ("in Dubai"); not a
        # role before a name ("The German Chancellor, Angela Merkel, said": she is named)
        place = seg_lo - 2
        while place > prev_lo and toks[place - 1].text[:1].isupper():
            place -= 1
        if (
            place > prev_lo
            and toks[place - 1].low in PREPOSITIONS
            and self.valid_subject(toks, prev_lo, seg_lo - 1)
        ):
            return prev_lo
        return seg_lo

    def _named_before(
        self, toks: list[Tok] | tuple[Tok, ...], lo: int, seg_lo: int, seg_hi: int
    ) -> int:
        """Where a subject starts when a name stands before it in apposition: "Tomas Reyes,
        the director of the port, told ..." is one subject, name first; so is a title of an
        office at a body ("Peter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue
        Service says"), not a title alone ("New York, Mayor Eric Adams said")."""
        if seg_lo - 2 < lo or toks[seg_lo - 1].text != ",":
            return seg_lo
        # a title of an office at a body, after a name that opens the sentence (not a place
        # after an opening phrase: "Speaking in Camp Aguinaldo, Quezon City, AFP chief ...")
        titled = toks[seg_lo].text[:1].isupper() and any(
            t.low in ("at", "of", "for") for t in toks[seg_lo:seg_hi]
        )
        if toks[seg_lo].low not in ("the", "a", "an") and not titled:
            return seg_lo
        name_lo = seg_lo - 1
        while name_lo > lo and toks[name_lo - 1].text not in ",;:" and seg_lo - name_lo <= 6:
            name_lo -= 1
        name = toks[name_lo : seg_lo - 1]
        if titled and name_lo > 0:
            return seg_lo
        # a name may take "the" ("Separately, the Rodong Sinmun, the mouthpiece of ...")
        named = name[1:] if name and name[0].low == "the" else name
        if (
            named
            and all(t.text[:1].isupper() or t.text in ".-’'" for t in named)
            and not any(t.depth for t in name)
        ):
            return name_lo
        return seg_lo


class StructureReader:
    """Reads the structure of the sentences of a paragraph (see the module's docstring)."""

    def __init__(self, lexicons: Lexicons | None = None, grammar: Grammar | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        self.grammar = grammar or Grammar(lexicons)
        data = lexicons["attribution"]
        self.lemma_of: dict[str, str] = {
            form: lemma for lemma, forms in data.get("verbs", {}).items() for form in forms
        }
        self.final_lemmas = frozenset(data.get("sentence_final", []))
        self.naming = frozenset(data.get("naming", []))
        self.control = frozenset(data.get("control", []))
        self.also_nouns = frozenset(data.get("also_nouns", []))
        self.clause_only = frozenset(data.get("clause_only", []))
        self.object_first = frozenset(data.get("object_first", []))
        self.not_speakers = word_set(data, "not_speakers")  # "Time will tell", "history shows"
        self.according = [tuple(a.lower().split()) for a in data.get("according", [])]
        self._according_starts = frozenset(p[0] for p in self.according if p)

    # -- paragraphs ---------------------------------------------------------------------------

    def paragraph(
        self,
        text: str,
        sentences: list[tuple[int, int]],
        tokens: TextTokens | None = None,
        carry: QuoteCarry | None = None,
    ) -> list[SentenceStructure]:
        """The structure of each sentence of one paragraph (the sentences' spans in order).
        ``carry``: the quotation the paragraph before left open, read and then updated."""
        if not sentences:
            if carry is not None:
                carry.speaker = None
            return []
        lo, hi = sentences[0][0], sentences[-1][1]
        raw = tokens.span(lo, hi) if tokens else tokenize(text, lo, hi)
        toks = depth_tokens(raw, paragraph=True)
        quotes = _quotations(toks)
        carried = carry.speaker if carry is not None else None
        opens = bool(toks) and toks[0].text in _QUOTE_OPEN
        if carried is not None and opens and not (quotes and quotes[0][0] == 0):
            # the quotation goes on from the paragraph before and past this one's end
            quotes = [(0, len(toks) - 1), *[q for q in quotes if q[0] > 0]]
        elif carried is not None and toks and toks[0].depth > 0:
            # it goes on from the paragraph before and closes here ("No one is believed to
            # be injured at this time.”)
            close = next((k for k, t in enumerate(toks) if t.depth == 0), None)
            if close is not None and toks[close].text in _QUOTE_CLOSE:
                quotes = [(0, close), *[q for q in quotes if q[0] > close]]
                opens = True
        elif carried is not None and toks and not quotes:
            # or closes at this one's end, its only mark ("... at this time.”"): the mark that
            # a paragraph read alone could not tell from a stray one
            marks = [
                k for k, t in enumerate(toks) if t.text in _QUOTE_OPEN or t.text in _QUOTE_CLOSE
            ]
            if marks == [len(toks) - 1]:
                quotes, opens = [(0, len(toks) - 1)], True
        if not opens:
            carried = None
        quoted = self._quote_speakers(toks, quotes, carried)
        out: list[SentenceStructure] = []
        k = 0
        for s_start, s_end in sentences:
            while k < len(toks) and toks[k].start < s_start:
                k += 1
            j = k
            while j < len(toks) and toks[j].start < s_end:
                j += 1
            sentence = toks[k:j]
            base = min((t.depth for t in sentence), default=0)
            rel = [t._replace(depth=t.depth - base) for t in sentence] if base else sentence
            out.append(self._sentence(text, s_start, s_end, rel, toks, quoted))
            k = j
        if carry is not None:
            carry.speaker = _left_open(toks, quoted)
        return out

    def sentence(
        self, text: str, start: int, end: int, tokens: TextTokens | None = None
    ) -> SentenceStructure:
        """The structure of one sentence read on its own."""
        return self.paragraph(text, [(start, end)], tokens)[0]

    def _sentence(
        self,
        text: str,
        start: int,
        end: int,
        toks: list[Tok],
        para: list[Tok],
        quoted: list[Quoted],
    ) -> SentenceStructure:
        g = self.grammar
        frames: list[Frame] = []
        content_end = len(toks)
        final = self._final_frame(toks, start, end)
        if final is not None:
            frame, content_end = final
            frames.append(frame)
        according = self._according(toks, start, end)
        if according is not None:
            frames.append(according)
        frames += _quote_frames(para, quoted, start, end)
        main = g.clause(toks, 0, content_end) if toks else None
        inner = None
        if main is not None:
            inner = self._reported_clause(toks, main, content_end)
            initial = self._initial_frame(toks, main, end, inner)
            if initial is not None:
                frames.append(initial)
        return SentenceStructure(start, end, tuple(toks), main, inner, content_end, tuple(frames))

    # -- reporting verbs ----------------------------------------------------------------------

    def reporting(self, toks: list[Tok] | tuple[Tok, ...], i: int) -> str | None:
        """The lemma of a reporting verb used as a verb at toks[i] ("said", "has told")."""
        t = toks[i]
        if t.depth or (i > 0 and t.text[:1].isupper()):
            return None
        lemma = self.lemma_of.get(t.low)
        if lemma is None:
            return None
        if after_determiner(toks, i) or describes_noun(toks, i, self.grammar.adverbs):
            return None  # "the claims", "to say", "the already reported deal": not a verb
        if lemma in self.naming and not names_something(toks, i):
            return None
        if lemma in self.object_first and passive_before_preposition(toks, i):
            return None  # "X, accused in the deaths ...": X is the one accused
        if (
            said_of_subject(toks, i, self.lemma_of, self.control)
            or reads_as_noun(toks, i, self.also_nouns)
            or with_agent(toks, i)
        ):
            return None
        return lemma

    def _speaker(
        self,
        toks: list[Tok] | tuple[Tok, ...],
        lo: int,
        hi: int,
        *,
        allow_pronoun: bool = True,
        joined: bool = False,
    ) -> bool:
        """Whether toks[lo:hi] reads as a speaker's noun phrase: no finite verb, no clause
        word, words and names (with a bracketed acronym, an apostrophe's possessive). With
        ``joined``, "and" may join its words where names are joined or end them."""
        if not 0 < hi - lo <= _MAX_SPEAKER:
            return False
        first = toks[lo]
        if first.low in _NOT_IN_SPEAKER or first.low in PREPOSITIONS:
            return False
        if hi - lo == 1 and first.low in _PRONOUN_SPEAKERS:
            return allow_pronoun
        # "and" joins a speaker's words when a name follows it or ends them ("Merkel and
        # Macron", "team president and general manager Ed Stefanski"), not "police sources
        # and witnesses", nor "..., frustrating relatives and angering state legislators"
        named = joined and (
            toks[hi - 1].text[:1].isupper()
            or any(
                t.low == "and" and toks[k + 1].text[:1].isupper()
                for k, t in enumerate(toks[lo : hi - 1], lo)
            )
        )
        depth = 0
        for k in range(lo, hi):
            t = toks[k]
            if t.text in "([":
                depth += 1
                continue
            if t.text in ")]":
                depth -= 1
                continue
            if depth:
                continue
            if t.low == "and" and named and lo < k < hi - 1:
                continue
            if t.low in _NOT_IN_SPEAKER or t.low in self.grammar.auxiliaries:
                return False
            if not (t.text[:1].isalnum() or t.text in "’'.-&") or standalone_dash(toks, k):
                return False  # (a hyphen between spaces is a dash: "Dec. 23 (UPI) -- A man")
            if k > lo and self.grammar.tense(toks, k):
                return False
        return depth == 0 and not self.grammar.timed([t.text for t in toks[lo:hi]])

    # -- frames -------------------------------------------------------------------------------

    def _final_frame(self, toks: list[Tok], start: int, end: int) -> tuple[Frame, int] | None:
        """ "..., the governor said." / "..., said Ana Ruiz, an analyst." / "...,” Xi said
        following the talks.": a reporting clause after the last comma or closing quote.
        Returns the frame and where the content ends (the comma's index)."""
        n = len(toks)
        while n and toks[n - 1].text in _FINAL_PUNCT and toks[n - 1].depth == 0:
            n -= 1
        lowest = max(1, n - (_MAX_SPEAKER + _MAX_AFTER_VERB))
        for b in range(n - 2, lowest - 1, -1):
            t = toks[b]
            if t.depth != 0 or t.text not in (",", "—", "–", *_QUOTE_CLOSE):
                continue
            if t.text in _QUOTE_CLOSE and b + 1 < n and toks[b + 1].text == ",":
                continue  # “...”, then the comma is the boundary
            found = self._reporting_tail(toks, b + 1, n)
            if found is None:
                continue
            speaker, verb, lemma, role = found
            cut = b if t.text not in _QUOTE_CLOSE else b + 1
            if t.text in _QUOTE_CLOSE and cut >= 2 and toks[cut - 2].text == ",":
                pass  # “...,” X said: the comma stays inside the quotation
            if cut <= 1:
                return None
            if not any(toks[k].depth or self.grammar.tense(toks, k) for k in range(cut)):
                # "Nigeria's chief of defence staff, Alex Badeh, announced the truce": no
                # clause before the comma for the verb to report, but the verb's own subject
                continue
            frame = Frame(
                "final",
                (toks[speaker[0]].start, toks[speaker[1] - 1].end),
                (toks[verb[0]].start, toks[verb[1] - 1].end),
                lemma,
                (start, toks[cut - 1].end),
                (toks[role[0]].start, toks[role[1] - 1].end) if role else None,
            )
            return frame, cut
        return None

    def _reporting_tail(
        self, toks: list[Tok], lo: int, hi: int
    ) -> tuple[tuple[int, int], tuple[int, int], str, tuple[int, int] | None] | None:
        """(speaker, verb, lemma, role) when toks[lo:hi] is "NP said [adverbials]" or "said
        NP[, role]" and nothing more (no clause of its own)."""
        if lo >= hi:
            return None
        # verb first: "said Neil Thomas, an analyst"
        lemma = self._final_lemma(toks, lo)
        if lemma is not None and lo + 1 < hi:
            np_hi = lo + 1
            while np_hi < hi and toks[np_hi].text != "," and toks[np_hi].depth == 0:
                np_hi += 1
            if self._speaker(toks, lo + 1, np_hi, allow_pronoun=False) and (
                toks[lo + 1].text[0].isupper() or toks[lo + 1].low in DETERMINERS
            ):
                role = (np_hi + 1, hi) if np_hi + 1 < hi else None
                if role and not self._plain(toks, *role):
                    return None
                return (lo + 1, np_hi), (lo, lo + 1), lemma, role
            # else a word that is also a reporting verb may open the speaker: "state media
            # said", "report authors say"
        # speaker first: "the governor said on Sunday", "it said", "local broadcaster X reported"
        for v in range(lo + 1, min(hi, lo + _MAX_SPEAKER + 2)):
            lemma = self._final_lemma(toks, v)
            if lemma is None or (v + 1 < hi and self._final_lemma(toks, v + 1) is not None):
                continue  # "multiple unconfirmed reports said": the first is a noun
            np_hi = self._speaker_end(toks, lo, v)
            if toks[np_hi - 1].low in DETERMINERS:
                continue  # "a state health official", "the already announced plan": a noun
            if (
                not toks[v].low.endswith("ing")
                and any(toks[k].low in self.grammar.be_forms for k in range(np_hi, v))
                and not (np_hi - lo == 1 and toks[lo].low == "it")
                and not self._as_saying(toks, v + 1, hi)
            ):
                # "12 are reported to be Somali", "he was told": a passive, said of its
                # subject; not "it was reported", "officials were quoted as saying"
                return None
            # the frame follows the last comma: "and" in it joins a speaker's words, not two
            # clauses
            if not self._speaker(toks, lo, np_hi, joined=True):
                return None
            if not self._plain(toks, v + 1, hi):
                return None
            return (lo, np_hi), (v, v + 1), lemma, None
        return None

    def _as_saying(self, toks: list[Tok], lo: int, hi: int) -> bool:
        """Whether "as" and a reporting verb in -ing follow within three words ("quoted by
        AP as saying"): a passive whose subject is the speaker."""
        return any(
            toks[k].low == "as"
            and toks[k + 1].low.endswith("ing")
            and toks[k + 1].low in self.lemma_of
            for k in range(lo, min(hi - 1, lo + 3))
        )

    def _final_lemma(self, toks: list[Tok], i: int) -> str | None:
        if toks[i].depth or (i and toks[i].text[:1].isupper()):
            return None  # a capital inside a sentence is a name's: "Secretary of State X said"
        if after_determiner(toks, i):
            return None  # "“...,” the report said": "report" is the noun, the speaker's
        lemma = self.lemma_of.get(toks[i].low)
        return lemma if lemma in self.final_lemmas else None

    def _plain(self, toks: list[Tok], lo: int, hi: int) -> bool:
        """Words after a final reporting verb that add no claim of their own: when, where,
        to whom, how ("on Sunday", "in a statement", "told AFP", ", speaking on condition of
        anonymity"); not a clause ("that ...", a subject and a finite verb)."""
        if hi - lo > _MAX_AFTER_VERB:
            return False
        for k in range(lo, hi):
            t = toks[k]
            if t.depth:
                continue
            if t.low in ("that", "whether", "if") or (t.text == ":" and k + 1 < hi):
                return False
            g = self.grammar
            if t.low in g.auxiliaries or t.low in g.present_verbs:
                return False  # a clause of its own: "said it would appeal"
        return True

    def _according(self, toks: list[Tok], start: int, end: int) -> Frame | None:
        """ "According to X, ...", "..., according to X.": the whole sentence is X's."""
        starts = self._according_starts
        for i, t in enumerate(toks):
            if t.low not in starts or t.depth:
                continue
            for phrase in self.according:
                k = i + len(phrase)
                if k >= len(toks) or tuple(x.low for x in toks[i:k]) != phrase:
                    continue
                np_hi = k
                depth = 0
                while np_hi < len(toks):
                    x = toks[np_hi]
                    depth += x.text in "(["
                    depth -= x.text in ")]"
                    # an initial's stop is the name's ("according to Benjamin T. Decker")
                    if (
                        depth <= 0
                        and x.depth == 0
                        and (x.text in ",;.:!?—–" or standalone_dash(toks, np_hi))
                        and not (np_hi > k and _initial_stop(toks, np_hi))
                    ):
                        break  # "- according to witnesses -": a dash closes the source too
                    np_hi += 1
                opening = i == 0 or (i == 1 and toks[0].text in _QUOTE_OPEN)
                # no comma after the source: it ends where a subject opens ("According to
                # Glide the recording was created at 12:02 p.m.")
                unmarked = np_hi >= len(toks) or toks[np_hi].text != ","
                if opening and (np_hi - k > _MAX_SPEAKER + 4 or unmarked):
                    np_hi = self._source_end(toks, k) or np_hi
                if not 0 < np_hi - k <= _MAX_SPEAKER + 4:
                    continue
                if opening and np_hi >= len(toks):
                    continue  # "According to international media" and nothing it says
                if opening and toks[np_hi].text not in ",;.:!?—":
                    scope = (toks[np_hi].start, end)  # no comma: "According to police an ..."
                elif opening:
                    scope = (toks[min(np_hi + 1, len(toks) - 1)].start, end)
                else:
                    scope = (start, toks[i - 1].end if i else end)
                return Frame(
                    "according",
                    (toks[k].start, toks[np_hi - 1].end),
                    (t.start, toks[k - 1].end),
                    "according",
                    scope,
                )
        return None

    def _source_end(self, toks: list[Tok], k: int) -> int | None:
        """Where the source of an opening "According to" ends when no comma sets it off: at
        the first word after it that opens a subject, not inside a phrase of the source
        (after a preposition or an introducing word: "According to Woodburn police | an
        officer arrived", "According to a report by the BBC | the minister resigned"); none
        past a mark ("testimony before the committee -- an account ...")."""
        for j in range(k + 1, min(len(toks), k + _MAX_SPEAKER + 1)):
            t, before = toks[j], toks[j - 1]
            if t.depth or not before.text[:1].isalnum():
                return None
            if t.low in self.grammar.subject_starters and not (
                before.low in DETERMINERS or before.low in self.grammar.introducers
            ):
                return j
        return None

    def _initial_frame(
        self, toks: list[Tok], main: Clause, end: int, inner: Clause | None
    ) -> Frame | None:
        """ "Police said (on Sunday) (that) ...": the main verb reports what follows it. A verb
        that reports only a clause or a quotation (``clause_only``) reports nothing with an
        object alone ("Hillis added 101 yards", ``inner``: the clause reported, if any)."""
        verb = main.verb
        lemma = self.reporting(toks, verb)
        if lemma is None:
            k = verb
            while k + 1 < len(toks) and (
                toks[k].low in self.grammar.auxiliaries or self.grammar.adverb(toks[k])
            ):
                k += 1  # "has also said", "will tell"
                lemma = self.reporting(toks, k)
                if lemma is not None:
                    verb = k
                    break
            if lemma is None:
                return None
        if verb > main.verb and any(
            toks[k].low in ("be", "been", "being", "was", "were", "is", "are")
            for k in range(main.verb, verb)
        ):
            return None  # "was accused": its subject is not the speaker
        if verb + 1 >= len(toks):
            return None
        if toks[verb - 1].text == "," and self._aside_participle(toks, verb):
            return None  # "The outbreak, confirmed on Friday, has ...": said of its subject
        if (
            lemma in self.clause_only
            and toks[verb + 1].low not in _INTRODUCE
            and (inner is None or inner.subj_lo != verb + 1)
        ):
            # a clause right after it, or "that", or a quotation: "the Emmys added a category",
            # "added 101 yards for the Chiefs, who had 352" report nothing
            return None
        lo = main.subj_lo  # after a hyphen standing alone: "ABUJA, Nov 1 (Reuters) - A man said"
        for k in range(main.subj_hi - 1, lo - 1, -1):
            if toks[k].depth == 0 and standalone_dash(toks, k):
                if any(t.text[:1].isalnum() for t in toks[k + 1 : main.subj_hi]):
                    lo = k + 1
                break
        subject = " ".join(t.low for t in toks[lo : main.subj_hi])
        if subject in self.not_speakers:
            return None
        end_speaker = toks[main.subj_hi - 1].end
        contracted = [k for k in range(lo, main.subj_hi) if is_contracted(toks[k].low)]
        if contracted:
            # "'s" ending the subject before the reporting verb is "has": "She's (also) said"
            # (not "He's said to be ill": "is"); elsewhere it is "is", and makes a clause, no
            # speaker: "That's how much WalMart reported ..."
            perfect = contracted == [main.subj_hi - 1] and all(
                self.grammar.adverb(t) for t in toks[main.subj_hi : verb]
            )
            if not perfect or toks[verb + 1].low == "to":
                return None
            end_speaker -= len("'s")
        return Frame(
            "initial",
            (toks[lo].start, end_speaker),
            (toks[verb].start, toks[verb].end),
            lemma,
            (toks[verb + 1].start, end),
        )

    def _aside_participle(self, toks: list[Tok], verb: int) -> bool:
        """Whether the -ed form at ``verb``, after a comma, opens an aside that a comma closes
        before the sentence's own verb ("The outbreak, confirmed on Friday, has resulted"),
        not the verb of a subject set off by commas ("Bill Cooke, head of the office,
        estimated that ...")."""
        if not toks[verb].low.endswith("ed"):
            return False
        for k in range(verb + 1, min(len(toks) - 1, verb + _MAX_ASIDE_WORDS)):
            if toks[k].depth == 0 and toks[k].text == ",":
                j = k + 1
                while j < len(toks) - 1 and self.grammar.adverb(toks[j]):
                    j += 1
                return self.grammar.tense(toks, j) is not None
        return False

    def _reported_clause(self, toks: list[Tok], main: Clause, hi: int) -> Clause | None:
        """The clause a reporting main verb reports: "Police said [a fire swept ...]"."""
        if self.reporting(toks, main.verb) is None:
            return None
        k = main.verb + 1
        limit = min(hi, k + 8)
        while k < limit and toks[k].low != "that" and not toks[k].text[:1].isupper():
            if toks[k].low in self.grammar.subject_starters and toks[k].low not in DETERMINERS:
                break
            if toks[k].low in ("the", "a", "an", "its", "their", "his", "her"):
                break
            k += 1  # "said on Sunday that", "told reporters"
        if k < hi and toks[k].low == "that":
            k += 1
        if k >= hi:
            return None
        inner = self.grammar.clause(toks, k, hi)
        if inner is None or inner.subj_lo != k:
            return None
        if toks[inner.subj_hi - 1].low in self.grammar.coordinators:
            return None  # "denied the report and hoped": a second verb, not a clause
        return inner

    def _quote_speakers(
        self, para: list[Tok], quotes: list[tuple[int, int]], carried: Speaker | None
    ) -> list[Quoted]:
        """Each quotation of a paragraph with who speaks it, read once for all its sentences:
        the speaker named right after it ("“...,” said X", "“...,” X said") or right before it
        ("X said: “...”"); else, when it opens its sentence, the one of the quotation before
        it in the paragraph ("“...,” said Dreesen. “Harry was at the top of our list.”"), or
        at the paragraph's start the one ``carried`` over from the paragraph before."""
        out: list[Quoted] = []
        last = carried
        for qs, qe in quotes:
            speaker: Speaker | None = None
            found = self._after_quote(para, qe) or self._before_quote(para, qs)
            if found is not None:
                (s, e), verb, lemma = found
                speaker = (
                    (para[s].start, para[e - 1].end),
                    (para[verb].start, para[verb].end),
                    lemma,
                )
            elif qs == 0 or para[qs - 1].text in ".!?":
                speaker = last if out or qs == 0 else None
            out.append((qs, qe, speaker))
            last = speaker
        return out

    def _after_quote(self, para: list[Tok], qe: int) -> tuple[tuple[int, int], int, str] | None:
        lo = qe + 1
        if lo < len(para) and para[lo].text == ",":
            lo += 1
        hi = lo
        while hi < len(para) and hi - lo < _MAX_SPEAKER + 2:
            if para[hi].text in ".!?;" and not _initial_stop(para, hi):
                break
            if para[hi].text == "," and hi > lo:
                break
            hi += 1
        if hi <= lo:
            return None
        lemma = self._final_lemma(para, lo)
        if lemma is not None:  # “...,” said X
            np_hi = lo + 1
            # the name ends at a comma, a bracket ("Edward J. Markey (D-Mass.)") or a full stop
            while (
                np_hi < hi
                and para[np_hi].text not in ",("
                and not (para[np_hi].text == "." and not _initial_stop(para, np_hi))
            ):
                np_hi += 1
            if self._speaker(para, lo + 1, np_hi, allow_pronoun=False):
                return (lo + 1, np_hi), lo, lemma
            return None
        for v in range(lo + 1, hi):  # “...,” X said
            lemma = self._final_lemma(para, v)
            if lemma is None:
                continue
            np_hi = self._speaker_end(para, lo, v)
            if self._speaker(para, lo, np_hi):
                return (lo, np_hi), v, lemma
            return None
        return self._named_after_quote(para, lo, hi)

    def _named_after_quote(
        self, para: list[Tok], lo: int, comma: int
    ) -> tuple[tuple[int, int], int, str] | None:
        """“...,” a title, its holder's name between commas, then the verb: “...,” the man's
        lawyer, Lopa Blumenthal, said. The speaker is the title and the name."""
        if comma >= len(para) or para[comma].text != ",":
            return None
        end = comma + 1
        while end < len(para) and para[end].text[:1].isupper() and end - comma <= 4:
            end += 1
        if end == comma + 1 or end + 1 >= len(para) or para[end].text != ",":
            return None
        lemma = self._final_lemma(para, end + 1)
        if lemma is None or not self._speaker(para, lo, comma, allow_pronoun=False):
            return None
        return (lo, end), end + 1, lemma

    def _speaker_end(self, toks: list[Tok], lo: int, verb: int) -> int:
        """Where a speaker before its reporting verb ends: before the auxiliaries and adverbs
        ("X has said", "X later wrote"; a capitalised word is a name: "Kelly said")."""
        hi = verb
        while hi > lo and (
            toks[hi - 1].low in self.grammar.auxiliaries
            or (toks[hi - 1].text[:1].islower() and self.grammar.adverb(toks[hi - 1]))
        ):
            hi -= 1
        return hi

    def _before_quote(self, para: list[Tok], qs: int) -> tuple[tuple[int, int], int, str] | None:
        k = qs - 1
        if k >= 0 and para[k].text in ",:":
            k -= 1
        # "X said", "X told reporters", "X said in a statement"
        for v in range(k, max(-1, k - 6), -1):
            lemma = self._final_lemma(para, v)
            if lemma is None:
                if para[v].text in ".!?;" or para[v].depth:
                    return None
                continue
            lo = v
            while lo > 0 and para[lo - 1].text not in ",.;:!?" and v - lo < _MAX_SPEAKER:
                if para[lo - 1].depth:
                    break
                lo -= 1
            np_hi = self._speaker_end(para, lo, v)
            if self._speaker(para, lo, np_hi):
                return (lo, np_hi), v, lemma
            return None
        return None


def is_contracted(low: str) -> bool:
    """Whether a word holds "is" contracted after a pronoun ("that's", "it’s")."""
    return low.replace("’", "'") in PRONOUN_IS


def _initial_stop(toks: Sequence[Tok], i: int) -> bool:
    """Whether toks[i] is the stop of an initial, which is its name's ("S. Somanath",
    "Benjamin T. Decker"), not a sentence's end."""
    before = toks[i - 1].text if i else ""
    return toks[i].text == "." and len(before) == 1 and before.isupper()


_MAX_ASIDE_WORDS = 8  # words of a participle's aside between commas ("confirmed on Friday")

NOUN_OPENERS = frozenset(["a", "an", "the", "its", "his", "her", "their", "this", "these", "those"])
_BEFORE_NOUN = NOUN_OPENERS | {"that"}  # "that" too, where what follows it is no clause


# what opens a reported clause or quotation right after a reporting verb ("added that", "added:")
_INTRODUCE = frozenset({"that", ":", ",", '"', "“", "‘", "'"})


def describes_noun(toks: Sequence[Token | Tok], i: int, adverbs: frozenset[str]) -> bool:
    """Whether the participle at toks[i] follows a determiner, past ``adverbs``: "the already
    announced adaptation", "the previously reported deal" describe a noun, and report nothing.
    (Not past any "-ly" word: after a determiner it is more often a noun or an adjective, "her
    family told", "the daily reported".)"""
    k = i - 1
    while k > 0 and toks[k].low in adverbs:
        k -= 1
    return k >= 0 and toks[k].low in NOUN_OPENERS


def with_agent(toks: Sequence[Token | Tok], i: int) -> bool:
    """ "a watch praised by Jony Ive", "first reported by TMZ": a participle with its agent is
    a passive, whose subject is the one praised or reported, not a speaker."""
    return toks[i].low.endswith("ed") and i + 1 < len(toks) and toks[i + 1].low == "by"


def uncontracted(low: str) -> str:
    """An auxiliary with its "n't" taken off ("aren't" -> "are", "wasn’t" -> "was", "can't"
    -> "can", "won't" -> "will")."""
    if not low.endswith(("n't", "n’t")):
        return low
    return {"ca": "can", "wo": "will", "sha": "shall"}.get(low[:-3], low[:-3])


def passive_before_preposition(toks: Sequence[Token | Tok], i: int) -> bool:
    """Whether the verb at toks[i], one that takes its object first, is a past form right
    before a preposition or "as" ("accused in the deaths", "criticized for its cost",
    "described as a loner"): a passive, since the active has its object there. Not before
    "to", which may lead a hearer ("described to jurors the scene")."""
    return (
        toks[i].low.endswith("ed")
        and i + 1 < len(toks)
        and toks[i + 1].low != "to"
        and (toks[i + 1].low in PREPOSITIONS or toks[i + 1].low == "as")
    )


def standalone_dash(toks: Sequence[Token | Tok], k: int) -> bool:
    """Whether toks[k] is a hyphen used as a dash: standing alone between spaces, or in a run
    of them ("ABUJA, Nov 1 (Reuters) - A man said", "(UPI) -- A Utah man"; not "U.S.-Korea")."""
    if toks[k].text != "-":
        return False
    lo = hi = k
    while lo > 0 and toks[lo - 1].text == "-" and toks[lo - 1].end == toks[lo].start:
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].text == "-" and toks[hi].end == toks[hi + 1].start:
        hi += 1
    return (
        lo > 0
        and hi + 1 < len(toks)
        and toks[lo - 1].end < toks[lo].start
        and toks[hi].end < toks[hi + 1].start
    )


def after_determiner(toks: Sequence[Token | Tok], i: int) -> bool:
    """Whether toks[i] follows a determiner ("the claims", "the report said"), and so is a
    noun, not a verb ("that" may be a conjunction: "said that reports ...")."""
    prev = toks[i - 1].low if i else ""
    return prev in DETERMINERS and prev != "that"


def reads_as_noun(toks: Sequence[Token | Tok], i: int, also_nouns: frozenset[str]) -> bool:
    """Whether a reporting verb that is also a noun (``also_nouns``) is the noun at toks[i]:
    before "of", after a name, or after a determiner and words that describe it ("the state
    of Rajasthan", "an Islamist state", "a recent unverified report"); not after a plural
    ("the analysts report that ...": its subject)."""
    if toks[i].low not in also_nouns:
        return False
    if i + 1 < len(toks) and toks[i + 1].low == "of":
        return True
    if i > 1 and toks[i - 1].text[:1].isupper():
        return True
    for k in range(i - 1, max(-1, i - 4), -1):
        t = toks[k]
        if t.low in _BEFORE_NOUN:
            return k < i - 1
        if not t.text[:1].isalnum() or t.text[:1].isupper() or t.low.endswith("s"):
            return False
    return False


def said_of_subject(
    toks: Sequence[Token | Tok], i: int, lemma_of: dict[str, str], control: frozenset[str]
) -> bool:
    """Whether the reporting verb at toks[i] is a participle said of what stands before it,
    not by it: "a man believed to be a soldier", "the militants, thought to have crossed"
    (but "X claimed to have ...": a ``control`` verb's subject speaks)."""
    return (
        i + 2 < len(toks)
        and toks[i + 1].low == "to"
        and toks[i + 2].low in ("be", "have")
        and not toks[i].low.endswith(("s", "ing"))
        and lemma_of.get(toks[i].low) not in control
    )


def names_something(toks: Sequence[Token | Tok], i: int) -> bool:
    """ "called the poll a choice", "termed it “historic”": a naming verb (toks[i]) reports
    a judgement only when its object is followed by what the thing is called ("a group
    called Hamas" names nobody's view)."""
    if i + 1 < len(toks) and toks[i + 1].low == "as":
        return True  # "termed as impossible"
    for k in range(i + 2, min(len(toks), i + 9)):
        t = toks[k]
        if t.text in ",;.":
            return False
        if t.low in ("a", "an", "as") or t.text in _QUOTE_OPEN:
            return True
    return False


def _quote_frames(para: list[Tok], quoted: list[Quoted], start: int, end: int) -> list[Frame]:
    """Frames of the paragraph's quotations that overlap the sentence ``start:end``."""
    frames = []
    for qs, qe, speaker in quoted:
        q_start, q_end = para[qs].start, para[qe].end
        if q_start >= end:
            break
        if speaker is not None and q_end > start:
            (who, verb, lemma) = speaker
            frames.append(Frame("quote", who, verb, lemma, (q_start, q_end)))
    return frames


def _left_open(toks: list[Tok], quoted: list[Quoted]) -> Speaker | None:
    """The speaker whose quotation the next paragraph may go on: of the quotation this
    paragraph's last sentence holds ("“...”", "“...,” the mayor said."), named or carried;
    none after a sentence of the writer's own."""
    if not quoted:
        return None
    _, qe, speaker = quoted[-1]
    rest = toks[qe + 1 :]
    stop = next((k for k, t in enumerate(rest) if t.text in ".!?"), None)
    if stop is not None and any(t.text[:1].isalnum() for t in rest[stop + 1 :]):
        return None
    return speaker


def _quotations(toks: list[Tok]) -> list[tuple[int, int]]:
    """(open, close) token indices of the quotations in a paragraph, outermost only."""
    out = []
    open_at: int | None = None
    for i, t in enumerate(toks):
        if open_at is None:
            if t.text in _QUOTE_OPEN and t.depth == 0:
                open_at = i
        elif t.text in _QUOTE_CLOSE and t.depth == 0 and i > open_at + 1:
            out.append((open_at, i))
            open_at = None
    return out


# a word in -s right after one of these is a verb: a subject pronoun, or a relative one that
# stands for the subject of its clause ("the virus, which spreads", "Lai, who leads")
_SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "which", "who"])
# what opens a noun phrase: a verb's object right after it, or the noun a relative clause is
# said of ("the virus, which ...")
# "is" contracted after a pronoun: "That's how much WalMart reported" is a clause ("it's" is
# left out: "It's claimed he ...", "It's being widely reported that ..." report, impersonally)
PRONOUN_IS = frozenset(
    f"{p}'s" for p in ["that", "there", "here", "what", "who", "he", "she", "this"]
)


def s_form(low: str) -> bool:
    """Whether a word (in lower case) may be a verb's present form in -s: "shares", "spreads";
    not "press", "bonus", "basis"."""
    return (
        len(low) > 3
        and low.isalpha()
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
    )


def _present_after_subject(toks: list[Tok] | tuple[Tok, ...], i: int) -> bool:
    """Whether a word in -s is a present verb by where it stands: right after "he", "she" or
    "it", or after a name and before what opens an object ("Finland shares a border", "Vickers
    serves the"), though it is a plural noun elsewhere ("the shares fell")."""
    if i == 0 or i + 1 >= len(toks) or not s_form(toks[i].low):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    if prev.low in _SUBJECT_PRONOUNS:
        return True
    if not (prev.text[:1].isupper() and prev.text.isalpha()) or prev.depth:
        return False
    return nxt.low in NOUN_OPENERS or nxt.text[:1].isdigit() or nxt.text[:1].isupper()
