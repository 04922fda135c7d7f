"""Tellings: a named source's words dated by the day it spoke ("Health Minister Sabin
Nsanzimana announced the grim news late on Saturday"), so that two outlets that date one
telling on two days can be set side by side ("Rwanda's Health Minister Sabin Nsanzimana
announced Sunday that six people have died").

A day a source spoke on dates its saying, not what it says: the claims of two tellings need
not say the same, since one may sum up what the other spells out ("the grim news"). What ties
them is the teller: a name in common, and a reporting verb in common ("announced" /
"announced"). One source tells many things in a story told over days, each on its day, so a
verb as plain as "said" is no sign of one telling; the articles must report one event (they
state a same claim) and be published near in time, and the report still asks that they be
alike (``stories/likeness.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from claimcheck.comparing.measures import published_near
from claimcheck.dates import weekday
from claimcheck.grouping.match import date_precision, may_be_one_time
from claimcheck.models import Claim, DateMention

# what may stand between a speaker (and its verb) and the day it spoke: "said late Tuesday"
REPORT_DATE_GAP = frozenset({"late", "early", ","})
# the words a verb's object may run to before the day it was told on ("announced the grim
# news late on Saturday", "announced plans Tuesday to resume"): a longer run holds more
# than a noun phrase
OBJECT_WORDS = 4
_AFTER_REPORTED = (",", "”", '"', "’")  # what a reporting clause after the reported follows
# a clause opens within the object: the day is then the clause's ("said the man who died
# on Saturday")
_CLAUSE_OPENER = re.compile(r"[,;:“”\"()]|\b(?:that|which|who|whom|whose|when|where|if)\b", re.I)
# an attribution that names no act of telling: "according to the ministry" gives a source,
# not a day it spoke
_NO_TELLING = frozenset({"according to"})


@dataclass(frozen=True, slots=True)
class Telling:
    """A named source's telling, dated by the day it spoke."""

    claim: Claim
    speaker: str  # as written
    names: frozenset[str]  # the normalised words of the speaker's capitalised words
    verb: str  # the reporting verb, as written
    verb_words: frozenset[str]  # its normalised words
    date: DateMention


class TellingReader:
    """Reads the tellings of claims: ``words`` normalises words, ``verbs_of`` reads the
    verbs of a text (``MeasureReader.verbs_of``), which tell an object from a clause."""

    def __init__(
        self, words: Callable[[str], list[str]], verbs_of: Callable[[str], frozenset[str]]
    ) -> None:
        self._words = words
        self._verbs_of = verbs_of

    def tellings(self, claim: Claim, dates: Iterable[DateMention]) -> list[Telling]:
        """The claim's ``dates`` that date its source's telling, each as a telling of a named
        source: a capitalised word of the speaker's words that is not the claim's first."""
        told = claim.annotations.attribution
        if told is None or told.verb.lower() in _NO_TELLING:
            return []
        start = (told.start or 0) - claim.start
        names = frozenset(
            w
            for m in re.finditer(r"\b[A-Z][\w’'-]*", told.speaker)
            if start + m.start() > 0
            for w in self._words(m.group())
        )
        if not names:
            return []
        verb = frozenset(self._words(told.verb))
        return [
            Telling(claim, told.speaker, names, told.verb, verb, d)
            for d in dates
            if _day(d) and self.dates_telling(claim, d.text)
        ]

    def dates_telling(self, claim: Claim, date: str) -> bool:
        """Whether a date of the claim (as written) is the day its source spoke: right after
        the speaker, past the reporting verb ("officials said Tuesday", "an official on
        Wednesday denied", "said late on Friday") and the verb's object where it has one
        ("announced the grim news late on Saturday")."""
        told = claim.annotations.attribution
        if told is None or told.end is None:
            return False
        start, end = (told.start or 0) - claim.start, told.end - claim.start
        if start < 0 or claim.text[start:end] != told.speaker:
            return False  # the speaker's words are not where the attribution says
        at = claim.text.find(date, end)
        if at < 0:
            return False
        between = claim.text[end:at]
        gap = between.lower().split()
        verb = told.verb.lower().split()
        if gap[: len(verb)] == verb:
            gap = gap[len(verb) :]
            # a reporting clause after what it reports runs to the end: "..., the SPCA said in
            # a statement Tuesday."
            if claim.text[:start].rstrip().endswith(_AFTER_REPORTED) and "," not in gap:
                return True
            # the verb's object: no clause in it ("said police found him on Saturday"); its
            # first word, right after the verb, is no verb of its own ("announced plans")
            obj = [w for w in gap if w not in REPORT_DATE_GAP]
            if (
                0 < len(obj) <= OBJECT_WORDS
                and not _CLAUSE_OPENER.search(" ".join(obj))
                and not self._verbs_of(" ".join(obj[1:]))
            ):
                return True
        return all(w in REPORT_DATE_GAP for w in gap)


def _day(d: DateMention) -> bool:
    """Whether a date names a day: a weekday, worked out to a day or not, or a day."""
    return weekday(d) is not None or (d.value is not None and date_precision(d.value) == "day")


def dated_apart(
    tellings: Iterable[Telling],
    published: dict[str, str | None],
    linked: Callable[[Claim, Claim], bool],
) -> list[tuple[Telling, Telling]]:
    """Pairs of tellings of one source, in claims of different articles that report one
    event (``linked``) and were published near in time, dated on days that cannot be one."""
    out = []
    for x, y in itertools.combinations(list(tellings), 2):
        a, b = x.claim, y.claim
        if (
            a.article_id != b.article_id
            and x.names & y.names
            and x.verb_words & y.verb_words
            and not may_be_one_time(x.date, y.date)
            and linked(a, b)
            and published_near(a, b, published)
        ):
            out.append((x, y))
    return out
