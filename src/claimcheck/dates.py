"""Read calendar dates written the ways news sites write them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from claimcheck import lexicons

_ORD = r"(?:st|nd|rd|th)?"
_TIME = (
    r"(?:\s*,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|UTC[+-]?\d*|GMT[+-]?\d*)\)?)?)?"
)


class DateReader:
    """Finds the date in a dateline such as "Sat. Dec 2nd, 2023" or "Published 2023-12-02"."""

    def __init__(self, lexicon_dir: Path | None = None) -> None:
        cal = lexicons.load("calendar", lexicon_dir)
        self.months: dict[str, int] = {k.lower(): int(v) for k, v in cal["months"].items()}
        month = "|".join(sorted(map(re.escape, self.months), key=len, reverse=True))
        weekday = "|".join(
            sorted(map(re.escape, lexicons.words(cal, "weekdays")), key=len, reverse=True)
        )
        prefix = "|".join(
            map(re.escape, sorted(lexicons.words(cal, "dateline_prefixes"), key=len, reverse=True))
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

    def _iso(self, m: re.Match[str]) -> str | None:
        groups = m.groupdict()
        month = (
            int(groups["m"]) if groups.get("m") else self.months[groups["mon"].lower().rstrip(".")]
        )
        try:
            return dt.date(int(groups["y"]), month, int(groups["d"])).isoformat()
        except ValueError:
            return None
