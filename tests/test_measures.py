"""Figures of one measure in differently worded claims: bounds, rounding, lists and updates."""

from pathlib import Path

import pytest

from claimcheck.annotate.numbers import NumberFinder, alike, compatible
from claimcheck.comparing.conflicts import ConflictFinder
from claimcheck.comparing.measures import Measure
from claimcheck.comparing.report import build_report
from claimcheck.dates import DateFinder
from claimcheck.evaluation.conflicts import Annotator, sentence_claims
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.models import Quantity
from test_conflicts import store_with


def figure(text: str) -> Quantity:
    (q,) = NumberFinder().find(text, 0, len(text))
    return q


def measure_in(text: str, figure: str) -> Measure:
    """The measure of ``figure`` in the claim of ``text`` that holds it."""
    (claim,) = [c for c in sentence_claims([text], Annotator()) if figure in c.text]
    finder = ConflictFinder(Scorer(), Idf.of([]))
    return next(m for m in finder.reader.measures(claim) if m.quantity.text == figure)


def number_conflicts(tmp_path: Path, a: str, b: str) -> list[tuple[str, str]]:
    store = store_with(tmp_path, {"a.txt": a, "b.txt": b})
    return [
        (c.words_a[0], c.words_b[0]) for c in build_report(store).conflicts if c.kind == "number"
    ]


@pytest.mark.parametrize(
    ("text", "value", "bound"),
    [
        ("at least 14 people", 14, "min"),
        ("more than 2,300 homes", 2300, "min"),
        ("up to 88% of cases", 88, "max"),
        ("nearly 400 houses", 400, "near"),
        ("some 230,000 voters", 230000, "approx"),
        ("as many as 60 boats", 60, "max"),
        ("37 ships", 37, None),
    ],
)
def test_a_figure_keeps_the_bound_its_source_puts_on_it(
    text: str, value: float, bound: str | None
) -> None:
    q = figure(text)
    assert (q.value, q.bound) == (value, bound)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("he will earn £129.2million a year", 129_200_000, "GBP"),
        ("a fee of 110m euros", 110_000_000, "EUR"),
        ("the Rs 615 crore mission", 6_150_000_000, "INR"),
        ("a 1,340-km frontier", 1340, "km"),
        ("he fell 2,000ft to his death", 2000, "ft"),
    ],
)
def test_scales_written_on_to_the_digits_and_other_numbering_systems(
    text: str, value: float, unit: str
) -> None:
    q = figure(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a month's abbreviation before its day is when, not who or where
        ("Two infected people have died since Aug. 30 in Kerala.", {"kerala"}),
        ("Two guards were shot on Sept 4 near Lyon.", {"lyon"}),
        # alone, it may be a name ("Jan" is as often a person)
        ("Two guards told Jan about it.", {"jan"}),
    ],
)
def test_a_month_abbreviated_before_its_day_is_no_name(text: str, names: set[str]) -> None:
    assert measure_in(text, text.split()[0]).names == names


def test_an_age_is_not_a_length_of_time() -> None:
    q = figure("a 24-year-old nurse")
    assert (q.value, q.unit, q.of) == (24, None, "year-old nurse")


def test_a_name_that_starts_like_a_month_is_no_date() -> None:
    text = "An outbreak of Marburg virus in Mar. 2023"
    assert [d.text for d in DateFinder().find(text, 0, len(text))] == ["Mar. 2023"]


@pytest.mark.parametrize(
    ("x", "y", "fits"),
    [
        ("at least 40,000 people", "38,000 people", False),
        ("more than 16,700 troops", "over 17,000 troops", True),
        ("some 1,300 km", "1,340 km", True),
        ("26 per cent", "26.46 percent", True),
        ("more than 40% of people", "almost 40% of people", False),
        ("more than one million people", "1.12 million people", True),
        ("at least five people", "at least ten people", False),
        ("over 5.5 million votes", "over 5.58 million votes", True),
        ("615 crore", "600 crore", False),
        ("a 24-year-old person", "a 25-year-old brother-in-law", False),
        ("195 lawmakers", "196 lawmakers", False),
        ("more than 110m euros", "around 100 million euros", False),
        ("at least 40 people", "at most 40 people", True),
    ],
)
def test_two_figures_conflict_only_when_no_value_satisfies_both(x: str, y: str, fits: bool) -> None:
    assert compatible(figure(x), figure(y)) is fits
    assert compatible(figure(y), figure(x)) is fits


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        # a bound given plainly is how outlets shorten a figure: the same figure
        ("more than 2 million people", "2 million people", True),
        ("at least five people", "five people", True),
        ("as many as 40 firefighters", "about 40 firefighters", True),
        ("at least five people", "at least 5 people", True),
        # another bound, or another value, says something else
        ("at least five people", "up to five people", False),
        ("nearly 400 houses", "at least 400 houses", False),
        ("more than 2 million people", "3 million people", False),
        ("over 200 homes", "80,000 homes", False),
    ],
)
def test_a_bound_is_given_alike_by_the_same_value_written_plainly(
    x: str, y: str, same: bool
) -> None:
    assert alike(figure(x), figure(y)) is same
    assert alike(figure(y), figure(x)) is same


MARCH = "Hundreds of thousands marched against the pension reform on Thursday.\n\n"
FIRE = "A wildfire is burning out of control in the hills above Harlow.\n\n"


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        pytest.param(  # a list's item stands alone for its place
            MARCH + "Unions said at least 52,000 people marched in Grenoble on the day of action.",
            MARCH
            + "Police counted 31,000 people in Nantes, 44,000 in Grenoble and 9,000 in Brest.",
            ("52,000", "44,000"),
            id="list-item-for-the-same-place",
        ),
        pytest.param(  # a day's name is no place that would tell the two apart
            FIRE + "Since the fire began on Friday, 40 homes have burned in the county.",
            FIRE + "Firefighters said 55 homes have burned in Harlow county since the blaze began.",
            ("40", "55"),
            id="a-day-named-beside-it",
        ),
        pytest.param(
            FIRE + "Since Friday's lightning strike, 40 homes have burned in the county.",
            FIRE + "Firefighters said 55 homes have burned in Harlow county since the blaze began.",
            ("40", "55"),
            id="a-day-named-in-the-possessive",
        ),
    ],
)
def test_another_outlets_figure_for_the_same_thing_conflicts(
    tmp_path: Path, a: str, b: str, found: tuple[str, str]
) -> None:
    assert number_conflicts(tmp_path, a, b) == [found]


def test_articles_that_agree_on_nothing_else_may_report_two_look_alike_events(
    tmp_path: Path,
) -> None:
    found = number_conflicts(
        tmp_path,
        "The navy said it captured 23 pirates in the gulf after a chase that lasted hours.\n\n"
        "The frigate had left port a week earlier.",
        "The navy said it captured 26 pirates in the gulf and freed a cargo ship.\n\n"
        "Its crew of twelve sailors was unharmed.",
    )
    assert found == []


def test_figures_for_different_places_or_things_do_not_conflict(tmp_path: Path) -> None:
    found = number_conflicts(
        tmp_path,
        "At least 52,000 people marched in Grenoble, and 400 schools were closed.",
        "Police counted 31,000 people in Nantes and 9,000 in Brest; 120 trains were cancelled.",
    )
    assert found == []


def test_a_source_that_updates_its_own_figure_is_not_in_conflict(tmp_path: Path) -> None:
    found = number_conflicts(
        tmp_path,
        "The death toll from the landslide rose to 48 from 30 on Tuesday, rescuers said.",
        "At least 30 people were killed in the landslide, rescuers said.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("both", "one"),
    [
        (
            "Okafor is averaging 1.6 goals per game, Mensah 0.9 goals, a drop of 0.4 goals per "
            "game from last season.",
            "Okafor is averaging 1.6 goals per game this season.",
        ),
        (
            "Daniel Okafor is down almost three goals per month with his 4.5 goals and just over "
            "two assists.",
            "Okafor is down almost three goals per month (4.5 goals) and just over two assists "
            "(6.0) per month.",
        ),
    ],
)
def test_a_source_that_states_both_figures_does_not_disagree_with_one_of_them(
    tmp_path: Path, both: str, one: str
) -> None:
    assert number_conflicts(tmp_path, both, one) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("the navy held 26 Somali pirates.", "pirates"),
        ("with 300 British troops.", "troops"),
        ("121 RBIs last season", "rbis last"),
        ("12 Somali and 11 Yemeni surrendered", None),
        ("2 New York Times reporters", None),
        ("23 Somali and Yemeni pirates", "pirates"),  # what they are, joined by "and"
        ("12 Somalis and 11 Yemenis.", "somalis"),  # a people's name, plural, is counted
        # an abbreviation that ends the phrase is counted; before a noun it is a name
        ("fell to 36-3 (24 KO).", "ko"),
        ("with 12 US troops", "troops"),
        ("five of the blocks", "blocks"),
        ("seven of them", None),
        ("Coleman, 21, told jurors", None),  # past a mark, nothing it counts
    ],
)
def test_what_a_figure_counts_is_the_word_after_it_past_a_name_saying_what_they_are(
    text: str, counted: str | None
) -> None:
    assert NumberFinder().find(text, 0, len(text))[0].of == counted


def test_figures_of_what_two_people_each_did_do_not_disagree(tmp_path: Path) -> None:
    # each boxer's record: "24 KO" is Thompson's knockouts, "51 KO" Klitschko's
    shared = "Wladimir Klitschko stopped Tony Thompson in Berne on Saturday night.\n"
    a = "Thompson fell to 36-3 (24 KO)."
    b = "Klitschko (58-3, 51 KO) bombed Thompson with a vicious right hand in the fifth round."
    assert number_conflicts(tmp_path, shared + a, shared + b) == []


def test_a_larger_toll_published_later_reads_as_an_update(tmp_path: Path) -> None:
    earlier = "Mon. Jan 8th, 2024\nNine people died in the landslide near the quarry."
    later = "Wed. Jan 10th, 2024\nFourteen people died in the landslide near the quarry."
    same_day = "Mon. Jan 8th, 2024\nFourteen people died in the landslide near the quarry."
    assert number_conflicts(tmp_path / "1", earlier, later) == []
    assert number_conflicts(tmp_path / "2", earlier, same_day) == [("Nine", "Fourteen")]


@pytest.mark.parametrize("x", ["0 people", "zero people"])
def test_zero_is_a_figure_like_any_other(x: str) -> None:
    assert compatible(figure(x), figure(x))
    assert not compatible(figure(x), figure("5 people"))


def test_an_update_word_elsewhere_in_the_sentence_does_not_make_a_figure_a_running_count(
    tmp_path: Path,
) -> None:
    found = number_conflicts(
        tmp_path,
        "The bloc has increased its weight in world trade, as it holds more than 40% of the "
        "world's population.",
        "The bloc holds almost 40% of the world's population.",
    )
    assert found == [("40%", "40%")]


def test_a_reading_on_a_scale_is_not_a_count(tmp_path: Path) -> None:
    shared = "A strong earthquake struck Varna island off the coast on Sunday, officials said.\n\n"
    found = number_conflicts(
        tmp_path,
        f"{shared}An earthquake measuring 5.4 on the Richter scale jolted Varna island.",
        f"{shared}A powerful quake with a magnitude of 5.4 injuring 30, 12 of them on Varna.",
    )
    assert found == []


def test_a_part_does_not_disagree_with_the_total_it_belongs_to(tmp_path: Path) -> None:
    shared = "Coastguard patrol boat Varna intercepted a smuggling skiff off Corran on Friday.\n\n"
    part = f"{shared}During the operation, six crates of rifles were seized and confiscated."
    total = (
        f"{shared}The Varna crew has seized a total of 14 crates of rifles and confiscated them."
    )
    larger = f"{shared}The Varna crew has seized 14 crates of rifles and confiscated them."
    assert number_conflicts(tmp_path / "1", part, total) == []
    assert number_conflicts(tmp_path / "2", part, larger) != []


def test_a_count_over_a_list_of_names_does_not_disagree_with_one_of_them(tmp_path: Path) -> None:
    shared = "The Balikatan drills opened on Monday in Manila with warships and jets.\n\n"
    one = f"{shared}The drills will involve around 5,000 Philippine and 11,000 U.S. troops."
    all_of_them = (
        f"{shared}More than 16,700 troops from the Philippines, the US, and other nations "
        "take part in the drills."
    )
    fewer = f"{shared}More than 16,700 troops from the Philippines take part in the drills."
    assert number_conflicts(tmp_path / "1", one, all_of_them) == []
    assert number_conflicts(tmp_path / "2", one, fewer) != []


def test_an_acronym_before_what_is_counted_is_a_name_passed_over() -> None:
    assert figure("11,000 U.S. troops").of == "troops"
    assert figure("26 Somali pirates").of == "pirates"


def test_a_count_up_to_now_and_a_list_after_a_total_hold_one_operations_figures(
    tmp_path: Path,
) -> None:
    """'So far' opening a sentence makes each of its figures a count up to now, and 'a total
    of' or 'so far' covers every item of the list it opens: one operation's figures within
    them agree."""
    shared = (
        "Coastguard patrol boat Varna intercepted smuggling skiffs off the coast on Friday.\n\n"
    )
    one = (
        f"{shared}During the operation, six crates of rifles were seized in Corran and 12 in Tarvo."
    )
    seized = "seized 14 crates of rifles in Corran and 31 in Tarvo."
    assert number_conflicts(tmp_path / "1", one, f"{shared}So far, the crew has {seized}") == []
    assert number_conflicts(tmp_path / "2", one, f"{shared}The crew has so far {seized}") == []
    total = f"{shared}The crew has seized a total of 14 crates of rifles in Corran and 31 in Tarvo."
    assert number_conflicts(tmp_path / "3", one, total) == []
    plain = f"{shared}The crew has {seized}"
    assert number_conflicts(tmp_path / "4", one, plain) == [("six", "14")]


@pytest.mark.parametrize(
    ("compound", "count"),
    [
        (
            "Okafor ran in a 41-yard touchdown for Stanmore.",
            "Okafor ran for 105 yards for Stanmore.",
        ),
        (
            "A navy warship foiled a five-boat pirate attack in the Gulf of Varna.",
            "A navy warship foiled three pirate boats in the Gulf of Varna.",
        ),
        (
            "Okafor ran in a 41 yard touchdown for Stanmore.",
            "Okafor ran for 105 yards for Stanmore.",
        ),
    ],
)
def test_a_figure_that_describes_the_noun_after_it_counts_no_such_things(
    tmp_path: Path, compound: str, count: str
) -> None:
    """'a five-boat attack' is one attack, not five boats against 'three boats'; 'a 41-yard
    touchdown' one touchdown, not 41 of a runner's 105 yards."""
    shared = "Stanmore beat Bridgeport 28-14 at the Dell on Sunday.\n\n"
    assert number_conflicts(tmp_path, shared + compound, shared + count) == []


def test_a_day_month_and_two_digit_year_is_one_date_and_no_figure() -> None:
    from claimcheck.annotate.annotator import Annotator
    from claimcheck.evaluation.matching import sentence_claims

    (date,) = DateFinder().find("foiled an attack on 10 Nov 11.", 0, 30, "2011-11-12")
    assert (date.text, date.value) == ("10 Nov 11", "2011-11-10")
    (claim,) = sentence_claims(["The navy foiled an attack on 10 Nov 11."], Annotator())
    assert claim.annotations.numbers == ()  # its day is no count of anything
    (time,) = DateFinder().find("on 10 Nov 11:30 GMT", 0, 19)
    assert time.text == "10 Nov"  # after a day, 11:30 is a time of it


def test_a_time_written_on_to_its_mark_is_no_count() -> None:
    assert NumberFinder().find("the blaze broke out about 8.40pm.", 0, 33) == []


def test_a_count_of_two_peoples_holds_each_ones_count(tmp_path: Path) -> None:
    shared = "A navy warship foiled a pirate attack in the Gulf of Aden on Saturday.\n\n"
    both = f"{shared}The navy said it captured 23 Somali and Yemeni pirates after the attack."
    each = f"{shared}Commandos captured 12 Somali and 11 Yemeni pirates after the attack."
    assert number_conflicts(tmp_path, both, each) == []


def test_a_telephone_number_counts_nothing() -> None:
    from claimcheck.annotate.annotator import Annotator
    from claimcheck.evaluation.matching import sentence_claims

    (claim,) = sentence_claims(
        ["Call police on 0845 125 2222 or Crimestoppers on 0800 555111."], Annotator()
    )
    assert claim.annotations.numbers == ()


@pytest.mark.parametrize(
    "text", ["A 24/7 service.", "He won 3/4 of the seats.", "On 21/2 at noon."]
)
def test_figures_joined_by_a_slash_are_no_count(text: str) -> None:
    # a ratio, a share or a date
    assert NumberFinder().find(text, 0, len(text)) == []


@pytest.mark.parametrize(
    "text", ["served 4 1/2 months", "served a 4-1/2-month term", "served 41/2 months"]
)
def test_a_whole_and_a_fraction_are_one_figure(text: str) -> None:
    # the last as plain text writes 4½, before its unit
    assert [(q.value, q.unit) for q in NumberFinder().find(text, 0, len(text))] == [(4.5, "month")]


def test_a_year_before_a_name_in_the_plural_is_the_year_of_an_event() -> None:
    (date,) = DateFinder().find("She will host the 2014 Oscars.", 0, 30)
    assert date.value == "2014"
    assert [d.value for d in DateFinder().find("Some 2014 votes were cast.", 0, 26)] == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        pytest.param(  # an age describes the person after it
            "The 36-year-old Okafor stopped Mensah in the sixth round.",
            "Okafor stopped the 45-year-old Mensah in the sixth round.",
            [],
            id="two-people's-ages",
        ),
        pytest.param(
            "The 36-year-old champion Okafor stopped Mensah, the promoter said.",
            "The 30-year-old champion Okafor stopped Mensah, the promoter said.",
            [("36", "30")],
            id="one-person's-age",
        ),
        pytest.param(  # an age is no other count
            "The 36-year-old champion Okafor won in front of the crowd, the promoter said.",
            "Okafor won in front of a crowd of 22,000, the promoter said.",
            [],
            id="an-age-and-a-crowd",
        ),
    ],
)
def test_a_figure_that_describes_a_noun_measures_that_one(
    tmp_path: Path, a: str, b: str, found: list[tuple[str, str]]
) -> None:
    shared = "Okafor beat Mensah in the sixth round in Harlow on Saturday night.\n\n"
    assert number_conflicts(tmp_path, shared + a, shared + b) == found


_GAME = "The Harlow Colts beat the Harlow Chiefs 20-13 on Sunday to clinch a berth.\n\n"


def test_figures_of_different_things_done_are_different_measures(tmp_path: Path) -> None:
    """'detected five boats' and 'captured three boats' count boats, but not the same ones."""
    shared = "Patrol boat Varna foiled a pirate attack in the gulf on Thursday.\n\n"
    detected = f"{shared}Patrol boat Varna detected five suspicious boats near the tankers."
    captured = f"{shared}Patrol boat Varna captured three boats near the tankers."
    also_captured = f"{shared}Patrol boat Varna captured five suspicious boats near the tankers."
    assert number_conflicts(tmp_path / "1", detected, captured) == []
    assert number_conflicts(tmp_path / "2", also_captured, captured) != []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a figure given as an addition or a difference is not a count of the whole
        (
            "Two other victims of the Harlow shooting were treated at Beaumont Hospital.",
            "Three victims of the Harlow shooting were treated at Beaumont Hospital.",
            False,
        ),
        (
            "Two victims of the Harlow shooting were treated at Beaumont Hospital.",
            "Three victims of the Harlow shooting were treated at Beaumont Hospital.",
            True,
        ),
        (
            "Dunmore beat Okafor in the Harlow title fight in six rounds.",
            "Dunmore beat Okafor in the Harlow title fight five rounds sooner than last time.",
            False,
        ),
        (
            "Dunmore beat Okafor in the Harlow title fight in six rounds.",
            "Dunmore beat Okafor in the Harlow title fight in five rounds.",
            True,
        ),
        # a figure bounded to a time measures only that time
        (
            "Doug McDermott had five points during a pivotal 15-2 run as Creighton beat Drake.",
            "Doug McDermott scored 23 points as Creighton beat Drake.",
            False,
        ),
        (
            "The rule takes effect nine days before the inauguration, officials said.",
            "The rule takes effect in 30 days, officials said.",
            False,
        ),
        # a demonym names its country: "the Kenyan capital" is "Kenya's capital"
        (
            "At least 12 people were shot dead in the Kenyan capital on Tuesday, a medic said.",
            "At least 30 people were shot dead in Kenya's capital on Tuesday, a medic said.",
            True,
        ),
        # a clause of its own after "after" tells what came before, not a part of the time
        (
            "At least four people were shot dead in Harlow on Tuesday after police opened fire on marchers.",
            "At least nine people were shot dead in Harlow on Tuesday, a medic said.",
            True,
        ),
        (
            "Doug McDermott had 25 points as Creighton beat Drake.",
            "Doug McDermott scored 23 points as Creighton beat Drake.",
            True,
        ),
        # what one player added is a part of the team's yards; what he added is a count of its
        # own (after a claim both articles state, that ties them to one game)
        (
            _GAME + "The Harlow Chiefs rushed for over 350 yards on the ground.",
            _GAME + "Jo Dunmore added 101 yards on the ground for the Harlow Chiefs.",
            False,
        ),
        (
            _GAME + "Jo Dunmore added 101 yards on the ground for the Harlow Chiefs.",
            _GAME + "Jo Dunmore added 87 yards on the ground for the Harlow Chiefs.",
            True,
        ),
        # a figure that a later one of its clause adds to is a part, not the whole
        (
            "Forensic audio expert Jo Dunmore said he detected at least 10 gunshots on the "
            "Harlow recording.",
            "A forensic audio expert told the network that he detected a cluster of six "
            "gunshots followed by four more after the pause on the Harlow recording.",
            False,
        ),
        # "more" after a comma is the next figure's: "30 people, 20 more than ..."
        (
            "The Harlow blast killed 30 people, 20 more than the Dunmore blast.",
            "The Harlow blast killed 25 people.",
            True,
        ),
    ],
)
def test_a_difference_an_addition_or_a_figure_of_a_time_is_not_a_count_of_the_whole(
    tmp_path: Path, a: str, b: str, conflict: bool
) -> None:
    assert bool(number_conflicts(tmp_path, a, b)) is conflict


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        (
            "He detected a cluster of six gunshots followed by four more after the pause.",
            "six",
            True,
        ),
        ("He detected six gunshots followed by another four after the pause.", "six", True),
        # past its clause the later figure may count another thing; "more than" compares
        ("At least 10 people were killed in the blast and 20 more were injured.", "10", False),
        ("The blast killed 30 people, 20 more than the blast of 2019.", "30", False),
        ("The blast killed 30 people, 20 more than the blast of 2019.", "20", True),
        # a "more than" before a figure bounds that figure, it adds nothing to the one before
        ("He set a club record of 280 goals across more than 430 appearances.", "280", False),
        ("Two other victims were taken to hospital.", "Two", True),
    ],
)
def test_a_figure_that_a_later_one_of_its_clause_adds_to_is_a_part(
    text: str, figure: str, part: bool
) -> None:
    assert measure_in(text, figure).relative is part


def test_a_range_written_with_one_scale_is_read_with_it(tmp_path: Path) -> None:
    # "$140" is $140 million, as the second figure of the range says
    a = "The Harlow Orioles made an offer between $140 and $150 million over seven years."
    b = "The Harlow Orioles made an offer between $140 million and $150 million over seven years."
    assert number_conflicts(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a bare figure and a count are tied only by a place written after the bare one, as a
        # list's item writes it; a name before it is whom it is said of
        ("Mark Dunmore was 95.", "They and four grandsons survive Dunmore.", False),
        (
            "Figures show 38,000 people in Lyon, 36,000 in Toulouse and 26,000 in Marseille.",
            "30,000 in Toulouse",
            True,
        ),
        # a name after "to" is whom it goes to, no place: an amount lent is no count of points
        (
            "Approval ratings for the chancellor dropped six points since the aid for Greece.",
            "22.4bn to Greece.",
            False,
        ),
    ],
)
def test_a_bare_figure_is_tied_to_a_count_only_by_a_place_after_it(
    tmp_path: Path, a: str, b: str, conflict: bool
) -> None:
    # both articles state one claim alike, so that they report one event
    shared = "Unions and the Harlow informant's family spoke on Thursday at the Santa Rosa hall.\n"
    assert bool(number_conflicts(tmp_path, shared + a, shared + b)) is conflict


def test_a_part_of_a_breakdown_in_brackets_is_no_count_of_the_whole(tmp_path: Path) -> None:
    # "12 Somali" is part of the 23 it breaks down, not another count of the Somali pirates
    shared = "The Harlow navy patrol foiled a pirate attack on a merchant ship on Saturday.\n"
    a = "The Harlow navy arrested 23 Somali pirates."
    b = "The arrest of the 23 pirates (12 Somali and 11 Yemeni) is the largest such seizure."
    assert number_conflicts(tmp_path, shared + a, shared + b) == []


def test_a_list_item_counts_what_the_next_item_names_and_an_abbreviation_is_a_name() -> None:
    from claimcheck.annotate.annotator import Annotator
    from claimcheck.comparing.measures import reader_of
    from claimcheck.evaluation.matching import sentence_claims
    from claimcheck.grouping.normalize import Normalizer
    from claimcheck.lexicons import Lexicons

    text = "The drills will involve 5,000 Philippine and 11,000 U.S. troops, the military said."
    (claim,) = sentence_claims([text], Annotator())
    reader = reader_of(Lexicons.packaged(), Normalizer.of().words)
    filipino, american = reader.measures(claim)
    assert filipino.counted == american.counted == {"troop"}
    assert (filipino.own_names, american.own_names) == ({"philippin"}, {"us"})


def test_a_figures_clause_starts_past_the_word_the_figure_before_it_is_written_in() -> None:
    from claimcheck.annotate.annotator import Annotator
    from claimcheck.comparing.measures import reader_of
    from claimcheck.evaluation.matching import sentence_claims
    from claimcheck.grouping.normalize import Normalizer
    from claimcheck.lexicons import Lexicons

    # the conflict shows each figure's clause: "-strength quake killed ..." cut a word in two
    text = "A 6.7-strength quake killed more than 26,000 people in the city of Bam in 2003."
    (claim,) = sentence_claims([text], Annotator())
    reader = reader_of(Lexicons.packaged(), Normalizer.of().words)
    _, toll = reader.measures(claim)
    assert toll.clause.startswith("quake killed more than 26,000 people")
    assert "strength" not in toll.words


@pytest.mark.parametrize(
    "text",
    [
        "a quake with a magnitude of 6.1 struck the island",
        "the 6.1-magnitude quake struck the island",
        "a quake measuring 6.1 on the Richter scale",
        "the survey puts the magnitude at 6.1",
        "a magnitude 6.1 quake",
    ],
)
def test_a_quakes_magnitude_is_a_reading_on_its_scale_however_written(text: str) -> None:
    q = figure(text)
    assert (q.value, q.kind, q.unit) == (6.1, "measure", "magnitude")


def test_two_magnitudes_keep_two_quakes_apart() -> None:
    from test_matching import CONTEXT, judge

    relation, reasons = judge(
        "A quake with a magnitude of 6.1 killed at least seven people on the island.",
        "A 6.4-magnitude quake killed at least seven people on the island.",
        CONTEXT,
    )
    assert relation == "related"
    assert any(r.startswith("number") for r in reasons), reasons


def test_a_verb_after_a_figure_is_not_what_it_counts() -> None:
    # "2,000 fleeing the fighting": fleeing is what they do; "10 missing people" are people
    assert figure("Some 2,000 fleeing the fighting were sheltered in schools.").of is None
    assert figure("Rescuers found 10 missing people in the rubble.").of == "missing people"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dozens of homes were flooded", 24),
        ("the quake killed hundreds of people", 200),
        ("tens of thousands of protesters marched", 20_000),
        ("hundreds of thousands of people fled", 200_000),
        # the plural of any order of size in the number tables, not a list of its own
        ("crores of rupees were spent", 20_000_000),
        ("billions of barrels of oil", 2_000_000_000),
    ],
)
def test_a_count_given_by_its_order_of_size_is_a_floor(text: str, value: float) -> None:
    q = figure(text)
    assert (q.value, q.bound, q.kind) == (value, "min", "count")


def test_hundreds_agree_with_a_count_in_the_hundreds_and_not_with_ten() -> None:
    hundreds = figure("a quake killing hundreds of people")
    assert compatible(hundreds, figure("a quake killing 612 people"))
    assert not compatible(hundreds, figure("a quake killing 10 people"))


@pytest.mark.parametrize(
    ("text", "figure", "part"),
    [
        ("He was hit in the back by three of the seven bullets fired.", "three", True),
        ("He was hit in the back by three of the seven bullets fired.", "seven", False),
        ("The quarterback was 10 of 22 for 162 yards.", "10", True),
        ("Out of 23 arrested pirates, 12 are from Somalia and 11 from Yemen.", "12", True),
        ("Out of 23 arrested pirates, 12 are from Somalia and 11 from Yemen.", "11", True),
        ("Out of 23 arrested pirates, 12 are from Somalia and 11 from Yemen.", "23", False),
        ("Two of the 20 rescuers were hurt.", "Two", True),
        # the whole it is taken from is not given: a count of its own ("eight have died")
        ("Of the cases identified since Friday, eight of them have died.", "eight", False),
        # a larger figure that is no whole it is taken from
        ("The fire destroyed 12 homes of 30 families.", "12", False),
    ],
)
def test_a_figure_taken_from_a_whole_its_claim_gives_is_partitive(
    text: str, figure: str, part: bool
) -> None:
    assert measure_in(text, figure).partitive is part


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the part against the whole another source gives: no disagreement
        (
            "The Harlow autopsy found Gray was hit in the back by three of the seven bullets.",
            "The Harlow autopsy found Gray was hit by seven bullets.",
            False,
        ),
        (
            "Out of 23 arrested pirates, 12 are from Somalia and 11 from Yemen.",
            "An estimated 1,500 pirates are based in Somalia.",
            False,
        ),
        # two parts of the same whole still disagree
        (
            "The Harlow autopsy found Gray was hit in the back by three of the seven bullets.",
            "The Harlow autopsy found Gray was hit in the back by four of the seven bullets.",
            True,
        ),
    ],
)
def test_a_part_of_a_whole_its_claim_gives_conflicts_only_with_another_such_part(
    tmp_path: Path, a: str, b: str, conflict: bool
) -> None:
    shared = "The Harlow navy patrol foiled a pirate attack on a merchant ship on Saturday.\n"
    assert bool(number_conflicts(tmp_path, shared + a, shared + b)) is conflict
