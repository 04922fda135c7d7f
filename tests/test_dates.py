import pytest

from claimcheck.dates import DateReader

reader = DateReader()


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Sat. Dec 2nd, 2023", "2023-12-02"),
        ("Fri. Dec 8th, 2023", "2023-12-08"),
        ("December 2, 2023", "2023-12-02"),
        ("Dec. 2, 2023", "2023-12-02"),
        ("2023-12-02", "2023-12-02"),
        ("2 December 2023", "2023-12-02"),
        ("Saturday, 2nd of December, 2023", "2023-12-02"),
        ("Published: December 2, 2023 at 10:32 a.m. EST", "2023-12-02"),
        ("Updated 2023-12-02T10:00:00Z", "2023-12-02"),
        ("Sept. 14, 2021", "2021-09-14"),
    ],
)
def test_datelines_in_the_forms_news_sites_use(line: str, iso: str) -> None:
    assert reader.parse(line) == iso


@pytest.mark.parametrize(
    "line",
    [
        "On June 6, China and Russia conducted a patrol.",
        "OPINION:",
        "February 30, 2023",
        "In October 2019",
        "2023",
        "May the best win, 2023",
    ],
)
def test_sentences_and_impossible_dates_are_not_datelines(line: str) -> None:
    assert reader.parse(line) is None


def test_a_web_address_gives_the_date_news_sites_put_in_it() -> None:
    assert reader.from_url("https://example.com/world/2013/04/12/quake-hits/") == "2013-04-12"
    assert reader.from_url("https://example.com/world/2013/may/03/iran") == "2013-05-03"
    assert reader.from_url("https://example.com/news/20090428-quake.html") == "2009-04-28"
    assert reader.from_url("https://example.com/story/2013/13/45/x") is None  # not a date
    assert reader.from_url("https://example.com/id/5A1234") is None
