"""A small news collection written for the tests: one event (a dockworkers' strike) reported
by several outlets, as a scraper would hand it over, one record per article. The fields are
news-please's (maintext, source_domain, date_publish, authors) and common ones (outlet)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import write

AP_FIRST = (
    "Dockworkers at Port Alder walked off the job on Friday over a pay dispute. "
    "The strike halted all container traffic at the port. "
    "Union leaders said about 4,000 workers joined the walkout. "
    "The port authority said talks with the union would resume next week. "
    "Shipping lines warned that delays could spread to other harbours."
)

RECORDS: list[dict[str, Any]] = [
    {
        "title": "Dockworkers strike shuts Port Alder",
        "maintext": AP_FIRST,
        "url": "https://apnews.com/article/port-alder-strike-1",
        "source_domain": "apnews.com",
        "date_publish": "2024-03-01 09:30:00",
        "authors": ["Mara Quist"],
    },
    {
        "title": "Port Alder strike enters second day",
        "maintext": (
            "The strike kept Port Alder closed for a second day on Saturday. "
            "Union leaders said about 4,000 workers joined the walkout. "
            "Two shipping companies diverted vessels to the harbour at Brenn."
        ),
        "url": "https://www.apnews.com/article/port-alder-strike-2",
        "source_domain": "www.apnews.com",
        "date_publish": "2024-03-02T08:00:00Z",
    },
    {
        "title": "Strike halts container traffic at Port Alder",
        "maintext": (
            "All container traffic at Port Alder was halted by the strike on Friday. "
            "About 4,000 workers joined the walkout, union leaders said. "
            "The dispute is over wages, which have not risen since 2021."
        ),
        "url": "https://www.reuters.com/world/port-alder-strike",
        "outlet": "Reuters",
        "date_publish": "2024-03-01",
    },
    {
        # a regional paper running the first AP story as it came over the wire
        "title": "Port Alder closed as dockworkers strike",
        "maintext": AP_FIRST + " Local businesses said they were watching closely.",
        "url": "https://dailyexample.test/news/port-strike",
        "outlet": "The Daily Example",
        "date_publish": "2024-03-01 15:00:00",
    },
]


def write_collection(path: Path, records: list[dict[str, Any]] | None = None) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in (RECORDS if records is None else records)]
    return write(path, "\n".join(lines) + "\n")
