import pytest

from claimcheck.annotate.numbers import NumberFinder
from claimcheck.dates import DateFinder

numbers = NumberFinder()
dates = DateFinder()


def quantities(text: str) -> list[tuple[str, float, str, str | None, str | None]]:
    return [(q.text, q.value, q.kind, q.unit, q.of) for q in numbers.find(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army has two million personnel.", [("two million", 2e6, "count", None, "personnel")]),
        (
            "Jets flew within 20 kilometers of the border.",
            [("20 kilometers", 20, "measure", "km", None)],
        ),
        ("It can reach Mach 27.", [("Mach 27", 27, "measure", "mach", None)]),
        ("Exports rose 37 percent.", [("37 percent", 37, "percent", "%", None)]),
        ("The deal is worth $1.76 billion.", [("$1.76 billion", 1.76e9, "money", "USD", None)]),
        ("They opened 2,100 stores.", [("2,100", 2100, "count", None, "stores")]),
        ("Twenty-five troops were hurt.", [("Twenty-five", 25, "count", None, "troops")]),
        (
            "India is the second-largest buyer of arms.",
            [("second-largest", 2, "rank", "largest", "buyer")],
        ),
        ("He met the army's top commander.", [("top", 1, "rank", "top", "commander")]),
        # a range or a choice written with one scale, unit or counted noun, at its end
        (
            "They offered between $140 and $150 million.",
            [("$140", 140e6, "money", "USD", None), ("$150 million", 150e6, "money", "USD", None)],
        ),
        (
            "Turnout rose from 5 to 7 percent.",
            [("5", 5, "percent", "%", None), ("7 percent", 7, "percent", "%", None)],
        ),
        (
            "They sold 140 and bought 150 million shares.",
            [("140", 140, "count", None, None), ("150 million", 150e6, "count", None, "shares")],
        ),
    ],
)
def test_quantities(
    text: str, expected: list[tuple[str, float, str, str | None, str | None]]
) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One killed in Kenya rallies", [("One", 1, True)]),
        ("At least 10 shot dead in Nairobi", [("10", 10, True)]),
        ("Two dead, 12 injured in the crash", [("Two", 2, False), ("12", 12, True)]),
        ("At least ten people were shot dead", [("ten", 10, False)]),
        ("No one killed in the blast", []),  # "no one" counts nobody
        ("No-one injured, police say", []),
        ("One of the men was injured", []),
    ],
)
def test_a_count_before_a_participle_counts_whom_it_leaves_out(
    text: str, expected: list[tuple[str, float, bool]]
) -> None:
    assert [(q.text, q.value, q.elided) for q in numbers.find(text, 0, len(text))] == expected


def test_years_are_dates_not_numbers() -> None:
    text = "In 2015 the plant hired 2015 workers."
    found = dates.find(text, 0, len(text))
    assert [(d.text, d.value) for d in found] == [("2015", "2015")]
    skip = [(d.start, d.end) for d in found]
    assert [(q.text, q.value, q.of) for q in numbers.find(text, 0, len(text), skip)] == [
        ("2015", 2015, "workers")
    ]


def when(text: str, published: str | None = None) -> list[tuple[str, str, str | None, bool]]:
    return [
        (d.text, d.kind, d.value, d.resolved) for d in dates.find(text, 0, len(text), published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("It began in October 2019.", None, [("October 2019", "month", "2019-10", False)]),
        ("It ended on December 2, 2023.", None, [("December 2, 2023", "day", "2023-12-02", False)]),
        ("A plan for 2021-2025 was signed.", None, [("2021-2025", "range", "2021/2025", False)]),
        (
            "They have been partners since the late 1950s.",
            None,
            [("the late 1950s", "decade", "195X", False)],
        ),
        (
            "Last summer they held drills.",
            "2023-12-02",
            [("Last summer", "season", "2023-06/2023-08", True)],
        ),
        (
            "Last summer they held drills.",
            "2023-07-15",
            [("Last summer", "season", "2022-06/2022-08", True)],
        ),
        ("In November the ministers met.", "2021-12-20", [("November", "month", "2021-11", True)]),
        ("In November the ministers met.", "2021-03-01", [("November", "month", "2020-11", True)]),
        ("On June 6 a patrol flew.", "2023-06-20", [("June 6", "day", "2023-06-06", True)]),
        ("On June 6 a patrol flew.", None, [("June 6", "day", "XXXX-06-06", False)]),
        # a day written as a word
        (
            "It takes effect from the first of January, 2024.",
            "2023-08-24",
            [("first of January, 2024", "day", "2024-01-01", False)],
        ),
        (
            "Polls close on the twenty-second of May.",
            None,
            [("twenty-second of May", "day", "XXXX-05-22", False)],
        ),
        # a day to come within three months is the coming one: news announces what is set
        ("He is due in court Feb. 17.", "2009-02-04", [("Feb. 17", "day", "2009-02-17", True)]),
        ("Talks open Jan. 5 in Geneva.", "2023-12-30", [("Jan. 5", "day", "2024-01-05", True)]),
        ("On Oct. 9 a patrol flew.", "2023-06-20", [("Oct. 9", "day", "2022-10-09", True)]),
        ("Sales fell last year.", "2023-12-02", [("last year", "relative", "2022", True)]),
        ("They may march in March.", "2023-12-02", [("March", "month", "2023-03", True)]),
        # a weekday: the day of that name in the week up to the article's date (a Wednesday
        # here), or the one after it for "next"; news often writes it alone
        ("The plant shut on Monday.", "2024-10-02", [("on Monday", "day", "2024-09-30", True)]),
        (
            "The minister said Sunday it was over.",
            "2024-10-02",
            [("Sunday", "day", "2024-09-29", True)],
        ),
        ("Talks resume next Monday.", "2024-10-02", [("next Monday", "day", "2024-10-07", True)]),
        ("Monday's vote was close.", "2024-10-02", [("Monday", "day", "2024-09-30", True)]),
        ("Talks resumed Friday.", None, [("Friday", "day", None, False)]),
        # a weekend: the one most recently begun, or this week's, or the one after it
        (
            "The lander crashed over the weekend.",
            "2023-08-23",
            [("over the weekend", "relative", "2023-08-19/2023-08-20", True)],
        ),
        (
            "Crowds are expected this weekend.",
            "2023-08-23",
            [("this weekend", "relative", "2023-08-26/2023-08-27", True)],
        ),
        (
            "Talks resume next weekend.",
            "2023-08-23",
            [("next weekend", "relative", "2023-09-02/2023-09-03", True)],
        ),
        ("It happened at the weekend.", None, [("at the weekend", "relative", None, False)]),
    ],
)
def test_dates(
    text: str, published: str | None, expected: list[tuple[str, str, str | None, bool]]
) -> None:
    assert when(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers crowded the stores on Black Friday.",
        "He wrote in the Sunday Times that it had failed.",
        "The Good Friday Agreement still holds.",
    ],
)
def test_a_weekday_in_a_name_is_no_date(text: str) -> None:
    assert when(text, "2024-10-02") == []


def test_may_and_march_as_words_are_not_dates() -> None:
    assert when("Prices may rise as workers march on the capital.") == []


def test_model_designations_are_not_counts() -> None:
    assert quantities("China bought Su-27 jets, S-300 systems and 300 tanks.") == [
        ("300", 300, "count", None, "tanks")
    ]
    # a name with a capital inside it is a name too: "iPhone 6" counts no phones
    assert quantities("Some iPhone 6 owners sent 9 complaints.") == [
        ("9", 9, "count", None, "complaints")
    ]
    # a dash after a byline's name ends it: the count opens the news
    assert quantities("-Edited by Bev Mortimer- Six new countries were invited.") == [
        ("Six", 6, "count", None, "new countries")
    ]
    assert quantities("He upgraded to Windows 8 on 2 laptops.") == [
        ("2", 2, "count", None, "laptops")
    ]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("XXXX-09", "2011-09", True),  # "since September" in an undated article, and a dated one
        ("XXXX-09", "2011-10", False),
        ("XXXX-09-15", "2011-09", True),
        ("XXXX-09-15", "XXXX-09-16", False),
        ("2011", "XXXX-09", True),
        ("2010-09", "2011-09", False),
        # a day without its year, within a period of days ("last Thursday" / "last week")
        ("XXXX-03-07", "2024-03-04/2024-03-10", True),
        ("XXXX-03-12", "2024-03-04/2024-03-10", False),
    ],
)
def test_a_month_without_its_year_agrees_with_that_month_of_any_year(
    a: str, b: str, agree: bool
) -> None:
    from claimcheck.grouping.match import dates_agree

    assert dates_agree(a, b) is agree
    assert dates_agree(b, a) is agree


def test_what_a_figure_counts_ends_where_a_clause_opens() -> None:
    text = "Jo Dunmore rushed for 226 yards while Al Okafor added 101."
    assert [q.of for q in numbers.find(text, 0, len(text))] == ["yards", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of multiplying gives a ratio to what was, in any of its forms
        ("The border has now been doubled.", [("doubled", 2.0, None)]),
        ("The border will roughly double.", [("double", 2.0, "approx")]),
        ("We have more than tripled the work.", [("tripled", 3.0, "min")]),
        ("Prices nearly halved last year.", [("halved", 0.5, "near")]),
        ("Sales are doubling.", [("doubling", 2.0, None)]),
        # no ratio: an adjective, a noun, a phrasal verb
        ("He was charged with a double murder.", []),
        ("He had a double-double.", []),
        ("He doubled over in pain.", []),
        # the third person is as often a noun's plural
        ("He hit two doubles in both halves.", []),
        ("The gym doubled as a shelter.", []),
        # "N times" in a comparison is a ratio, a half added where written
        (
            "There are 112 outcomes, two and a half times than ever.",
            [("two and a half times", 2.5, None)],
        ),
        ("It has more than 3 times as many members.", [("3 times", 3.0, "min")]),
        ("Sales were 2.5 times higher.", [("2.5 times", 2.5, None)]),
        ("The gas was three times hotter than a blowtorch.", [("three times", 3.0, None)]),
        # how often, not how much
        ("The leaders met three times last year.", []),
        ("He was arrested three times before.", []),
        ("He scored three times after the break.", []),
        ("He is a three times winner.", []),
        ("He was three times winner of the cup.", []),
    ],
)
def test_a_verb_of_multiplying_or_n_times_in_a_comparison_is_a_ratio(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    ratios = [q for q in numbers.find(text, 0, len(text)) if q.kind == "ratio"]
    assert [(q.text, q.value, q.bound) for q in ratios] == expected
    assert all(q.unit == "times" for q in ratios)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # a quotation that ends with the figure: what follows it is still what it counts
        ("The CGT announced “more than 2 million” demonstrators.", "demonstrators"),
        ('Organisers counted "about 400,000" marchers in Paris.', "marchers"),
        # a quotation the figure ends, then another sentence's words: nothing counted
        ('He said "we have 20" Police said later.', None),
        ("He said “we lost 20” and left.", None),
    ],
)
def test_a_figure_quoted_counts_what_follows_the_quotation(text: str, counted: str | None) -> None:
    assert [q.of for q in numbers.find(text, 0, len(text))] == [counted]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The Colts joined the Miami Dolphins of 2008 as the only teams to do it.", True),
        ("Its 2008 was a good year for the club.", True),
        ("The plant hired 2008 workers.", False),
        ("He scored 2008 points in his career.", False),
    ],
)
def test_a_word_in_s_that_is_no_plural_leaves_a_year_a_year(text: str, year: bool) -> None:
    assert [d.text for d in dates.find(text, 0, len(text))] == (["2008"] if year else [])
