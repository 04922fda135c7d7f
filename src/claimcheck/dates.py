"""Read calendar dates written the ways news sites write them."""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import re
from typing import Any

from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import DateMention
from claimcheck.splitting.structure import DETERMINERS

_ORD = r"(?:st|nd|rd|th)?"
_TIME = (
    r"(?:\s*,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|UTC[+-]?\d*|GMT[+-]?\d*)\)?)?)?"
)


def month_names(cal: dict[str, Any]) -> dict[int, str]:
    """Each month's name written out (its longest in ``calendar.toml``: "september", not
    "sept"), by its number."""
    months: dict[int, str] = {}
    for name, number in cal.get("months", {}).items():
        if len(name) > len(months.get(int(number), "")):
            months[int(number)] = str(name).lower()
    return months


class DateReader:
    """Finds the date in a dateline such as "Sat. Dec 2nd, 2023" or "Published 2023-12-02"."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        cal = lexicons["calendar"]
        self.months: dict[str, int] = {k.lower(): int(v) for k, v in cal["months"].items()}
        month = "|".join(sorted(map(re.escape, self.months), key=len, reverse=True))
        weekday = "|".join(sorted(map(re.escape, word_set(cal, "weekdays")), key=len, reverse=True))
        prefix = "|".join(
            map(re.escape, sorted(word_set(cal, "dateline_prefixes"), key=len, reverse=True))
        )
        wd = rf"(?:(?:{weekday})\.?,?\s+)?"
        self._forms = [
            # 2023-12-02, 2023/12/02, optionally with a time
            re.compile(
                r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?",
                re.I,
            ),
            # Sat. Dec 2nd, 2023 / December 2, 2023
            re.compile(
                rf"{wd}(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}}){_TIME}", re.I
            ),
            # Saturday, 2 December 2023 / 2nd of Dec. 2023
            re.compile(
                rf"{wd}(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{month})\.?,?\s+(?P<y>\d{{4}}){_TIME}",
                re.I,
            ),
        ]
        self._prefix = re.compile(rf"(?:(?:{prefix})(?:\s+on)?\s*:?\s*)", re.I)
        # the dates news sites put in their addresses: /2013/04/12/, /2013/apr/12/,
        # /20130412..., -12-apr-2013-
        self._url_forms = [
            re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>\d\d)[/-](?P<d>\d\d)(?:[/_.-]|$)"),
            re.compile(rf"/(?P<y>(?:19|20)\d\d)/(?P<mon>{month})/(?P<d>\d\d?)/", re.I),
            re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[/_.-]|\d*/|$)"),
            re.compile(
                rf"[/-](?P<d>\d\d?)-(?P<mon>{month})-(?P<y>(?:19|20)\d\d)(?:[/_.-]|$)", re.I
            ),
        ]

    def parse(self, text: str) -> str | None:
        """The ISO date that ``text`` consists of (after a prefix such as "Updated:"), else None."""
        text = text.strip().rstrip(".|·•-–— ").strip()
        prefix = self._prefix.match(text)
        if prefix:
            text = text[prefix.end() :]
        for form in self._forms:
            m = form.fullmatch(text.strip())
            if m:
                return self._iso(m)
        return None

    def from_url(self, url: str | None) -> str | None:
        """The publication date a web address holds (/2013/04/12/...), else None."""
        if not url:
            return None
        for form in self._url_forms:
            m = form.search(url)
            if m:
                found = self._iso(m)
                if found:
                    return found
        return None

    def _iso(self, m: re.Match[str]) -> str | None:
        groups = m.groupdict()
        month = (
            int(groups["m"]) if groups.get("m") else self.months[groups["mon"].lower().rstrip(".")]
        )
        try:
            return dt.date(int(groups["y"]), month, int(groups["d"])).isoformat()
        except ValueError:
            return None


_SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 2),
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_NAME = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_YEAR = r"(?:1[5-9]|20)\d\d"
# the grammar's function words (lexicons/clauses.toml, and determiners): in -s ("as", "was",
# "its", "this", "whereas"), they are no plural noun that makes a number before them a count
_FUNCTION_WORDS = (
    "be_forms",
    "past_auxiliaries",
    "present_auxiliaries",
    "embedders",
    "coordinators",
    "introducers",
)


# a day written without its year that falls this many days after the article's date at most is
# the coming one ("due in court Feb. 17" in an article of Feb. 4), further on it is last year's
_DAYS_AHEAD = 92
_CAPITALISED_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’.-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][\w'’.-]*")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether a weekday written alone stands in a name: a capitalised word right after it
    ("Sunday Times"), or right before it ("Black Friday") unless that word starts the
    sentence ("Late Sunday, ...")."""
    before = text[max(0, start - 40) : start]
    return bool(
        (_CAPITALISED_BEFORE.search(before) and not _starts_here(before))
        or _CAPITALISED_AFTER.match(text, end)
    )


def _starts_here(before: str) -> bool:
    """Whether the capitalised word before ends ``before`` at a sentence's start."""
    head = before.rstrip()
    cut = max(head.rfind(" "), head.rfind("\n"))
    prior = head[:cut].rstrip() if cut >= 0 else ""
    return not prior or prior[-1] in '.!?:;"“(—–-'


def _day_near(ref: dt.date, month: int, day: int) -> dt.date:
    """The day of that month and day for an article of ``ref``: the last one on or before it,
    or the coming one when it is at most ``_DAYS_AHEAD`` days off (news announces what is
    scheduled: "is due in court Feb. 17" in an article of Feb. 4; "Jan. 5" in one of Dec. 30)."""

    def on(year: int) -> dt.date:
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))

    coming = on(ref.year) if on(ref.year) > ref else on(ref.year + 1)
    if (coming - ref).days <= _DAYS_AHEAD:
        return coming
    return on(ref.year) if on(ref.year) <= ref else on(ref.year - 1)


def _ordinal_days(numbers: dict[str, Any]) -> dict[str, int]:
    """The days of a month written as words ("first", "twenty-first", "thirty first"), from
    the ordinals and number words of ``lexicons/numbers.toml``."""
    ordinals = {str(k).lower(): int(v) for k, v in numbers.get("ordinals", {}).items()}
    days = {w: v for w, v in ordinals.items() if 1 <= v <= 31}
    for tens, ten in numbers.get("words", {}).items():
        if int(ten) in (20, 30):
            for word, unit in ordinals.items():
                if 1 <= unit <= 9 and int(ten) + unit <= 31:
                    for joint in ("-", " "):
                        days[f"{str(tens).lower()}{joint}{word}"] = int(ten) + unit
    return days


def _full_year(yy: int, ref: dt.date | None) -> int:
    """The year a two-digit year stands for: of this century unless that is after the
    article's year (or, undated, after 2049), then of the last."""
    year = 2000 + yy
    return year if year <= (ref.year + 1 if ref else 2049) else year - 100


def _month_str(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


class DateFinder:
    """Dates and periods in running text, resolved against the article's date when relative:
    "October 2019" -> 2019-10, "the late 1950s" -> 195X, "2021-2025" -> 2021/2025, "last
    summer" (in an article of 2023-12-02) -> 2023-06/2023-08."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        cal = lexicons["calendar"]
        clauses = lexicons["clauses"]
        function_words = DETERMINERS.union(*(word_set(clauses, k) for k in _FUNCTION_WORDS))
        in_s = {w for w in function_words if w.endswith("s")}
        not_plural = "(?:" + "|".join(sorted(map(re.escape, in_s))) + ")" if in_s else "(?!)"
        self.months = {k.lower(): int(v) for k, v in cal["months"].items()}
        self._ordinal_days = _ordinal_days(lexicons["numbers"])
        ordinal = "|".join(sorted(map(re.escape, self._ordinal_days), key=len, reverse=True))
        # month names must be capitalised in running text: "may" and "march" are also words
        # abbreviations may take a period ("Dec. 2"); full names may not ("... in March.")
        short = {
            k.capitalize()
            for k, v in self.months.items()
            if any(o != k and o.startswith(k) and w == v for o, w in self.months.items())
        }
        full = {k.capitalize() for k in self.months} - short
        # a name ends there: "Mar" in "Marburg" is no month
        mon = (
            "(?:(?:"
            + "|".join(re.escape(n) for n in sorted(full, key=len, reverse=True))
            + r")\b|(?:"
            + "|".join(re.escape(n) for n in sorted(short, key=len, reverse=True))
            + r")(?:\.|\b))"
        )
        # Each form needs a word or a digit that most claims lack: one cheap search (a superset
        # of the form, no word boundaries) per kind rules the form out before its pattern runs.
        digit = re.compile(r"\d")
        month = re.compile(mon)
        self._gates: dict[str, re.Pattern[str]] = {
            "iso": digit,
            "day": month,
            "month": month,
            "range": digit,
            "decade": digit,
            "season": re.compile(r"spring|summer|autumn|fall|winter", re.I),
            "relative": re.compile(r"year|month|week|decade|yesterday|today|tomorrow", re.I),
            "weekday": re.compile(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
            "year": digit,
        }
        self._forms: list[tuple[str, re.Pattern[str]]] = [
            ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)\b")),
            # day, month and a two-digit year, as military and wire copy write it ("on 10 Nov
            # 11"): after a day, the number that follows the month is no second day
            (
                "day",
                re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{mon})\s+(?P<yy>\d\d)\b(?![:.,]?\d)"),
            ),
            (
                "day",
                re.compile(
                    rf"\b(?P<mon>{mon})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d)(?:,?\s+(?P<y>{_YEAR})\b)?"
                ),
            ),
            (
                "day",
                re.compile(
                    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})(?:,?\s+(?P<y>{_YEAR})\b)?"
                ),
            ),
            # a day written as a word: "from the first of January, 2024"
            (
                "day",
                re.compile(
                    rf"\b(?P<od>(?i:{ordinal}))\s+of\s+(?P<mon>{mon})(?:,?\s+(?P<y>{_YEAR})\b)?"
                ),
            ),
            (
                "month",
                re.compile(
                    rf"\b(?:(?P<rel>last|this|next|early|late|mid-?)\s+)?(?P<mon>{mon})(?:,?\s+(?P<y>{_YEAR})\b)?"
                ),
            ),
            (
                "range",
                re.compile(
                    rf"\b(?:(?:from|between)\s+)?(?P<y>{_YEAR})\s*(?:-|–|—|to|through|until|and)\s*(?P<y2>{_YEAR}|\d\d)\b"
                ),
            ),
            (
                "decade",
                re.compile(
                    r"\b(?:the\s+)?(?:(?P<q>early|mid|late)[\s-]+)?(?P<dec>(?:1[5-9]|20)\d0)['’]?s\b"
                ),
            ),
            (
                "season",
                re.compile(
                    r"\b(?P<rel>last|this|next|in\s+the|during\s+the|over\s+the|the)\s+(?P<season>spring|summer|autumn|fall|winter)\b",
                    re.I,
                ),
            ),
            (
                "relative",
                re.compile(
                    r"\b(?P<rel>last|this|next|past|previous|coming)\s+(?P<unit>year|month|week|decade)\b",
                    re.I,
                ),
            ),
            ("relative", re.compile(r"\b(?P<day>yesterday|today|tomorrow)\b", re.I)),
            (
                "relative",
                re.compile(
                    r"\b(?P<wrel>over\s+the|during\s+the|at\s+the|last|this|next)\s+weekend\b",
                    re.I,
                ),
            ),
            (
                "weekday",
                re.compile(
                    r"\b(?P<wrel>on|last|this|next)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                ),
            ),
            # a weekday alone, as news writes it ("announced Sunday that", "invited Thursday to
            # join", "Monday's vote"); not in a name ("Black Friday", "Super Tuesday", "the
            # Sunday Times", "Good Friday Agreement"), which a capitalised word beside it marks
            (
                "weekday",
                re.compile(
                    r"(?<![\w'’-])(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                ),
            ),
            # a year, not a count of things ("2000 people"); before a name in the plural, the
            # year of an event ("the 2014 Oscars", "the 2012 Olympics"); a word in -s that is
            # no plural ("the Dolphins of 2008 as the only team", "2008 was") leaves it a year
            (
                "year",
                re.compile(
                    rf"\b(?:(?P<q>early|mid|late)[\s-]+)?(?P<y>{_YEAR})\b"
                    rf"(?![\s-]*(?:percent|%|(?!{not_plural}\b)[a-z]\w*s\b))"
                ),
            ),
        ]

    def find(
        self, text: str, start: int, end: int, published: str | None = None
    ) -> list[DateMention]:
        ref = dt.date.fromisoformat(published) if published else None
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []
        claim = text[start:end]
        gated: dict[str, bool] = {}
        for kind, pattern in self._forms:
            if kind not in gated:
                gated[kind] = self._gates[kind].search(claim) is not None
            if not gated[kind]:
                continue
            for m in pattern.finditer(text, start, end):
                s, e = m.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                mention = self._read(kind, m, ref)
                if mention is not None:
                    found.append(mention)
                    taken.append((s, e))
        return sorted(found, key=lambda d: d.start)

    def _month(self, name: str) -> int:
        return self.months[name.lower().rstrip(".")]

    def _read(self, kind: str, m: re.Match[str], ref: dt.date | None) -> DateMention | None:
        g = m.groupdict()
        text, s, e = m.group(0), m.start(), m.end()
        value: str | None = None
        resolved = False
        if kind == "iso":
            value = f"{g['y']}-{g['m']}-{g['d']}"
            kind = "day"
        elif kind == "day":
            month = self._month(g["mon"])
            day = self._ordinal_days[g["od"].lower()] if g.get("od") else int(g["d"])
            if not 1 <= day <= 31:
                return None
            if g.get("y"):
                value = f"{int(g['y']):04d}-{month:02d}-{day:02d}"
            elif g.get("yy"):
                value = f"{_full_year(int(g['yy']), ref):04d}-{month:02d}-{day:02d}"
            elif ref:
                value, resolved = _day_near(ref, month, day).isoformat(), True
            else:
                value = f"XXXX-{month:02d}-{day:02d}"
        elif kind == "month":
            month = self._month(g["mon"])
            rel = (g.get("rel") or "").lower()
            if g.get("y"):
                value = _month_str(int(g["y"]), month)
            elif not rel and not re.search(
                r"\b(?:in|since|until|by|during|from|of|last|this)\s+$",
                m.string[max(0, s - 12) : s],
                re.I,
            ):
                return None  # "March" and "May" alone are more often words than months
            elif ref:
                year = ref.year if month <= ref.month and rel != "next" else ref.year - 1
                if rel == "next":
                    year = ref.year if month > ref.month else ref.year + 1
                if rel == "last" and month == ref.month:
                    year = ref.year - 1
                value, resolved = _month_str(year, month), True
            else:
                value = f"XXXX-{month:02d}"
        elif kind == "range":
            y1, y2 = g["y"], g["y2"]
            if len(y2) == 2:
                y2 = y1[:2] + y2
            if int(y2) <= int(y1):
                return None
            value = f"{y1}/{y2}"
        elif kind == "decade":
            value = g["dec"][:3] + "X"
        elif kind == "season":
            season = g["season"].lower()
            if ref:
                first, last = _SEASONS[season]
                rel = g["rel"].lower()
                # the season most recently begun, or the one before it for "last"
                year = ref.year if ref.month >= first else ref.year - 1
                if rel == "last" and (ref.month <= last if first <= last else True):
                    year -= 1 if ref.month <= last or first > last else 0
                if rel == "next":
                    year += 1
                end_year = year + 1 if first > last else year
                value, resolved = f"{_month_str(year, first)}/{_month_str(end_year, last)}", True
        elif kind == "relative":
            if g.get("wrel"):
                value, resolved = _weekend(g["wrel"].lower(), ref)
            elif g.get("day"):
                shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["day"].lower()]
                if ref:
                    value, resolved = (ref + dt.timedelta(days=shift)).isoformat(), True
                kind = "relative"
            else:
                value, resolved = self._relative_period(g["rel"].lower(), g["unit"].lower(), ref)
        elif kind == "weekday":
            if not g.get("wrel") and _in_name(m.string, s, e):
                return None
            if ref:
                # the day of that name in the week up to the article's date ("on Monday" in a
                # Wednesday's article: two days before), or after it for "next Monday"
                target = _WEEKDAYS.index(g["wd"].lower())
                if (g.get("wrel") or "").lower() == "next":
                    when = ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
                else:
                    when = ref - dt.timedelta(days=(ref.weekday() - target) % 7)
                value, resolved = when.isoformat(), True
            kind = "day"
        elif kind == "year":
            value = g["y"]
        return DateMention(text, kind, value, s, e, resolved)

    @staticmethod
    def _relative_period(rel: str, unit: str, ref: dt.date | None) -> tuple[str | None, bool]:
        if ref is None:
            return None, False
        step = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if unit == "year":
            if rel == "past":
                return f"{(ref - dt.timedelta(days=365)).isoformat()}/{ref.isoformat()}", True
            return str(ref.year + step), True
        if unit == "decade":
            return f"{ref.year - 10}/{ref.year}", True
        if unit == "month":
            month = ref.month + step
            year = ref.year + (month - 1) // 12
            return _month_str(year, (month - 1) % 12 + 1), True
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", True


def _weekend(rel: str, ref: dt.date | None) -> tuple[str | None, bool]:
    """The Saturday and Sunday a weekend names, from the article's date: "next weekend" the
    one after it, "this weekend" the one of its week, any other ("over the weekend", "last
    weekend") the one most recently begun."""
    if ref is None:
        return None, False
    saturday = ref + dt.timedelta(days=5 - ref.weekday())  # of the article's week
    if rel == "next":
        saturday += dt.timedelta(weeks=1)
    elif rel != "this" and saturday > ref:
        saturday -= dt.timedelta(weeks=1)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}", True


_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_])")
_UNIX_TIME = re.compile(r"\d{10}(?:\d{3})?")
_COMPACT_DAY = re.compile(r"(\d{4})(\d\d)(\d\d)")


def weekday(d: DateMention) -> int | None:
    """The day of the week a day names (Monday 0): a weekday's name that no article date
    worked out ("late on Saturday" in an undated article), or a day with its year; None for
    any other date."""
    if d.kind != "day":
        return None
    if d.value is None:
        name = _WEEKDAY_NAME.search(d.text)
        return _WEEKDAYS.index(name.group(1).lower()) if name else None
    try:
        return dt.date.fromisoformat(d.value).weekday()
    except ValueError:  # a day without its year ("XXXX-02-17"), or "February 30"
        return None


def iso_date(value: object, reader: DateReader | None = None) -> str | None:
    """A publication date as a collection gives it, as an ISO date: "2023-09-09 12:00:00",
    "2023-09-09T10:00:00Z", an RFC 2822 date ("Sat, 09 Sep 2023 10:00:00 GMT"), a Unix time
    in seconds or milliseconds, or a dateline ("September 9, 2023"). None when it is none of
    these. The date is the one written, in the time zone it was written in."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str) and _UNIX_TIME.fullmatch(value.strip()):
        value = int(value.strip())
    if isinstance(value, int | float) and not 1e9 <= value < 1e14:
        value = str(int(value))  # 20230909, or nothing a date could be
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    m = _ISO_DAY.match(text + " ") or _COMPACT_DAY.fullmatch(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    return (reader or DateReader()).parse(text)
