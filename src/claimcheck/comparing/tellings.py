"""Tellings: a named source's words dated by the day it spoke ("Health Minister Sabin
Nsanzimana announced the grim news late on Saturday"), so that two outlets that date one
telling on two days can be set side by side ("Rwanda's Health Minister Sabin Nsanzimana
announced Sunday that six people have died").

A day a source spoke on dates its saying, not what it says: the claims of two tellings need
not say the same, since one may sum up what the other spells out ("the grim news"). What ties
them is the teller: one name, one written shorter than the other ("Sabin Nsanzimana" /
"Rwanda's Health Minister Sabin Nsanzimana"), telling by one verb ("announced" /
"announces"). One source tells many things in a story told over days, each on its day
("announced cuts on Sunday", "told Parliament on Wednesday"), so a name and a verb are no
sign of one telling alone: the articles must report one event (they state a same claim) and
be published near in time, and the report still asks that they be alike
(``stories/likeness.py``). The date check of near claims (``conflicts.py``) reads one
source's telling so too.
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
from claimcheck.tokens import regular_bases

# what may stand between a speaker (and its verb) and the day it spoke: "said late Tuesday"
REPORT_DATE_GAP = frozenset({"late", "early", ","})
# the words a verb's object may run to before the day it was told on ("announced the grim
# news late on Saturday", "announced plans Tuesday to resume"): a longer run holds more
# than a noun phrase
OBJECT_WORDS = 4
_AFTER_REPORTED = (",", "”", '"', "’")  # what a reporting clause after the reported follows
# an attribution that names no act of telling: "according to the ministry" gives a source,
# not a day it spoke
_NO_TELLING = frozenset({"according to"})
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_OWNER = re.compile(r"['’]s$")  # "Rwanda's Health Minister": whose minister, not who


@dataclass(frozen=True, slots=True)
class Teller:
    """Who tells a claim, and by what verb."""

    speaker: str  # as written
    verb: str  # the reporting verb, as written
    # the normalised words of the speaker's name: its capitalised words as the attribution
    # gives it, less titles ("Minister") and an owner ("Rwanda's"); "officials" names no one
    names: frozenset[str]
    verb_words: frozenset[str]  # the reporting verb's words, with their regular bases

    def is_one(self, other: Teller) -> bool:
        """Whether two tellers are one source telling by one verb: one's name words are all
        among the other's ("Amitabh Kant" / "G20 Sherpa Amitabh Kant"; not "the Health
        Ministry" / "the Finance Ministry"), and the verb is one ("announced" / "announces";
        not "announced" / "told")."""
        x, y = self.names, other.names
        return bool(x and y) and (x <= y or y <= x) and bool(self.verb_words & other.verb_words)


@dataclass(frozen=True, slots=True)
class Telling:
    """A named source's telling, dated by the day it spoke."""

    claim: Claim
    teller: Teller
    date: DateMention


class TellingReader:
    """Reads who tells claims and on what day: ``words`` normalises words, ``verbs_of`` reads
    the verbs of a text (``MeasureReader.verbs_of``) and ``clause_mark`` where a clause
    opens (``conflicts._clause_marks``), which tell a verb's object from a clause; ``titles``
    are the words of a title before a name (``lexicons/aliases.toml`` ``person_titles``)."""

    def __init__(
        self,
        words: Callable[[str], list[str]],
        verbs_of: Callable[[str], frozenset[str]],
        clause_mark: re.Pattern[str],
        titles: Iterable[str],
    ) -> None:
        self._words = words
        self._verbs_of = verbs_of
        self._clause_mark = clause_mark
        self._titles = frozenset(t.lower().rstrip(".") for t in titles)

    def teller(self, claim: Claim) -> Teller | None:
        """Who tells the claim, where its attribution names a speaker and a verb of telling."""
        told = claim.annotations.attribution
        if told is None or told.verb.lower() in _NO_TELLING:
            return None
        # the attribution's speaker as it is compared, a name as written and others in lower
        # case ("Kant", "officials")
        names = frozenset(
            w
            for m in _CAPITALISED.finditer(told.normalized)
            if not _OWNER.search(m.group()) and m.group().lower().rstrip(".") not in self._titles
            for w in self._words(m.group())
        )
        # the verb as written, any of its regular forms ("announced", "announces"): the
        # normaliser reads every verb of telling as one ("announced", "told": say)
        verb = frozenset(b for w in told.verb.lower().split() for b in regular_bases(w))
        return Teller(told.speaker, told.verb, names, verb)

    def same_teller(self, a: Claim, b: Claim) -> bool:
        """Whether two claims report one source's telling by one verb (``Teller.is_one``)."""
        x, y = self.teller(a), self.teller(b)
        return x is not None and y is not None and x.is_one(y)

    def tellings(self, claim: Claim, dates: Iterable[DateMention]) -> list[Telling]:
        """The claim's ``dates`` that date its source's telling, a source with a name."""
        teller = self.teller(claim)
        if teller is None or not teller.names:
            return []
        return [
            Telling(claim, teller, d)
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
        gap = claim.text[end:at].lower().split()
        verb = told.verb.lower().split()
        if gap[: len(verb)] == verb:
            gap = gap[len(verb) :]
            # a reporting clause after what it reports runs to the end: "..., the SPCA said in
            # a statement Tuesday." (a short phrase, not what a clause before the speaker leads
            # to: "Soon after Modi announced it, Kant said this demonstrated the PM's
            # leadership in today's world")
            if (
                claim.text[:start].rstrip().endswith(_AFTER_REPORTED)
                and not any("," in w for w in gap)
                and len(gap) <= OBJECT_WORDS
            ):
                return True
            # the verb's object: no clause in it ("said police found him on Saturday"); its
            # first word, right after the verb, is no verb of its own ("announced plans")
            obj = [w for w in gap if w not in REPORT_DATE_GAP]
            if (
                0 < len(obj) <= OBJECT_WORDS
                and not self._clause_mark.search(" ".join(obj))
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
            and x.teller.is_one(y.teller)
            and not may_be_one_time(x.date, y.date)
            and linked(a, b)
            and published_near(a, b, published)
        ):
            out.append((x, y))
    return out
