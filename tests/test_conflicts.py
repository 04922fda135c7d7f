"""Independent sources, conflicts and framing, on small articles written for the purpose."""

from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.annotate.annotator import Annotator
from claimcheck.comparing.conflicts import ConflictFinder, framing
from claimcheck.comparing.report import build_report
from claimcheck.evaluation.matching import sentence_claims
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.models import Claim
from claimcheck.storage.store import Store
from conftest import store_with

STORY = [
    "The government said on Monday that 40 soldiers were killed in the attack on the base.",
    "The port of Odesa reopened to grain ships after a two-week closure.",
    "Officials said the bridge over the river would reopen in March.",
    "Exports of wheat rose sharply in the first quarter of the year.",
    "The central bank kept its main interest rate at 5 percent.",
]


def conflict_kinds(tmp_path: Path, a: str, b: str) -> list[str]:
    """The kinds of the conflicts found between two articles."""
    store = store_with(tmp_path, {"a.txt": a, "b.txt": b})
    return [k.kind for k in build_report(store).conflicts]


def test_a_rewrite_is_derived_and_not_an_independent_source(tmp_path: Path) -> None:
    original = "Mon. Jan 8th, 2024\n" + "\n".join(STORY)
    rewrite = "\n".join(s.replace("The ", "Reports say the ", 1) for s in STORY)
    other = "Mon. Jan 8th, 2024\nThe government said on Monday that 40 soldiers were killed in the attack."
    store = store_with(tmp_path, {"a.txt": original, "b.txt": rewrite, "c.txt": other})
    report = build_report(store, min_sources=1)
    names = {a.id: a.name for a in report.articles}
    assert [(names[d.article], names[d.source]) for d in report.derived] == [("b.txt", "a.txt")]
    attack = next(e for e in report.agreements if "soldiers" in e.canonical.text)
    assert len(attack.wordings) == 3 and attack.independent == 2


def test_number_and_polarity_conflicts_with_the_words_that_differ(tmp_path: Path) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": "The army said 40 soldiers were killed in the attack on the northern base.",
            "b.txt": "The army said 25 soldiers were killed in the attack on the northern base.",
            "c.txt": "The minister is not resigning over the failed defence contract.",
            "d.txt": "The minister is resigning over the failed defence contract.",
        },
    )
    conflicts = {k.kind: k for k in build_report(store).conflicts}
    assert set(conflicts) == {"number", "polarity"}
    assert "40" in conflicts["number"].detail and "25" in conflicts["number"].detail
    assert "not" in conflicts["polarity"].detail


def test_different_events_with_different_numbers_do_not_conflict(tmp_path: Path) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": "In 2019 the navy sent 20 ships to the strait for the annual exercise.",
            "b.txt": "In 2021 the navy sent 30 ships to the strait for the annual exercise.",
        },
    )
    assert build_report(store).conflicts == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # two days for one event, a month against a day: the sources disagree
        (
            "The storm hit the island of Orrin on 12 March 2024, officials said.",
            "The storm hit the island of Orrin on 14 March 2024, officials said.",
            True,
        ),
        # a day against a year: the year is another event ("in rehab in 2010")
        (
            "The singer checked into the Harlow rehab clinic on 12 March 2024.",
            "The singer checked into the Harlow rehab clinic in 2010.",
            False,
        ),
        # what will happen is another event than what has happened
        (
            "Six countries will join the Harlow trade bloc in January 2024.",
            "Six countries were invited to join the Harlow trade bloc on 24 August 2023.",
            False,
        ),
        # a date that opens or closes a period is not when the event happened
        (
            "The Varna patrol boat foiled a pirate attack in the gulf on 10 November 2011.",
            "The Varna patrol boat foiled its fifth pirate attack in the gulf since September 2011.",
            False,
        ),
        (
            "The Varna patrol boat foiled a pirate attack in the gulf on 10 November 2011.",
            "The Varna patrol boat foiled its fifth pirate attack in the gulf in September 2011.",
            True,
        ),
        # a day whose year the article's date supplied agrees with that day of a written year:
        # the source gave no year (an article of 2012 looking back on a death in 2004)
        (
            "date 2012-05-31\n\nThe coroner said the Harlow banker Jo Lane died on July 24.",
            "The coroner said the Harlow banker Jo Lane died on July 24, 2004.",
            False,
        ),
        (
            "date 2012-05-31\n\nThe coroner said the Harlow banker Jo Lane died on July 21.",
            "The coroner said the Harlow banker Jo Lane died on July 24, 2004.",
            True,
        ),
        # a headline writes the future as "to" and a verb: what will be is another event
        (
            "Ellen Dunmore to host the Harlow awards in 2014\n\nThe academy named her on Friday.",
            "Ellen Dunmore first hosted the Harlow awards in 2007.",
            False,
        ),
        (
            "Ellen Dunmore hosted the Harlow awards in 2014\n\nThe academy named her on Friday.",
            "Ellen Dunmore first hosted the Harlow awards in 2007.",
            True,
        ),
        # a line that is only a date (a dateline cut from its story) dates nothing
        (
            "Jo Dunmore was arrested in Harlow.\n\nOn February 4, 2009",
            "Jo Dunmore was arrested in Harlow.\n\nOn February 1, 2009",
            False,
        ),
        (
            "Jo Dunmore was arrested.\n\nHarlow police arrested Jo Dunmore on February 4, 2009",
            "Jo Dunmore was arrested.\n\nHarlow police arrested Jo Dunmore on February 1, 2009",
            True,
        ),
    ],
)
def test_a_date_conflict_needs_one_event_at_one_precision(
    tmp_path: Path, a: str, b: str, conflict: bool
) -> None:
    assert conflict_kinds(tmp_path, a, b) == (["date"] if conflict else [])


def test_the_same_weekday_read_from_two_articles_dates_is_no_conflict(tmp_path: Path) -> None:
    # "Monday" in articles of two weeks reads as two days: the sources wrote the same
    a = "date 2024-03-12\n\nThe Harlow council closed the Dunmore bridge on Monday, officials said."
    b = "date 2024-03-20\n\nOfficials said the Harlow council closed the Dunmore bridge Monday."
    assert conflict_kinds(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # undated articles: a weekday's name is still a day, and a Friday no Thursday
        ("Jo Dunmore, the Harlow informant, died on Friday.", "Jo Dunmore died Thursday.", True),
        ("Jo Dunmore, the Harlow informant, died on Friday.", "Jo Dunmore died Friday.", False),
        # a weekday against a day with its year: 9 September 2023 was a Saturday
        ("Jo Dunmore died on Friday in Harlow.", "Jo Dunmore died on 9 September 2023.", True),
        ("Jo Dunmore died on Saturday in Harlow.", "Jo Dunmore died on 9 September 2023.", False),
        # a month may hold any weekday
        ("Jo Dunmore died on Friday in Harlow.", "Jo Dunmore died in September 2023.", False),
    ],
)
def test_an_unworked_out_weekday_is_compared_by_its_name(a: str, b: str, conflict: bool) -> None:
    finder, (x, y) = grouped(a, b)
    assert ("date" in [k.kind for k in finder.between(x, y)]) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # what something is not ("was not at the church", "was not Deep Throat") is
        # contradicted only where the other says it is, not by a claim that names the same
        (
            "Jo Dunmore was not at the Harlow church at the time of the fire.",
            "The fire destroyed the Harlow church at the time, and Jo Dunmore stopped by later.",
            False,
        ),
        (
            "Jo Dunmore was not at the Harlow church at the time of the fire.",
            "Jo Dunmore was at the Harlow church at the time of the fire.",
            True,
        ),
        (
            "Jo Dunmore wasn't at the Harlow church at the time of the fire.",
            "Jo Dunmore was standing at the Harlow church at the time of the fire.",
            True,
        ),
        (
            "Jo Dunmore insisted he was not Deep Throat.",
            "Deep Throat promised to reveal his identity only after Jo Dunmore died.",
            False,
        ),
        # whether it is at all, and a verb or an adjective denied, as before
        ("There is not a dog in the Harlow park.", "A dog runs in the Harlow park.", True),
        (
            "Jo Dunmore was not injured in the Harlow crash.",
            "Jo Dunmore was injured in the Harlow crash.",
            True,
        ),
    ],
)
def test_what_something_is_not_conflicts_only_with_what_it_is(
    a: str, b: str, conflict: bool
) -> None:
    finder, (x, y) = grouped(a, b)
    assert ("polarity" in [k.kind for k in finder.between(x, y)]) is conflict


def test_framing_differences(tmp_path: Path) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": "Mon. Jan 8th, 2024\nThe rebels captured the airport near the capital on Sunday.",
            "b.txt": "Tue. Jan 9th, 2024\nThe rebels reportedly captured the airport near the capital on Sunday.",
        },
    )
    report = build_report(store)
    (entry,) = report.framing
    assert [w.framing.label for w in entry.wordings] == ["stated", "hedged (reportedly)"]
    assert entry.first_reported == "2024-01-08"


def test_framing_labels() -> None:
    from claimcheck.annotate.annotator import Annotator
    from claimcheck.evaluation.matching import sentence_claims

    claims = sentence_claims(
        [
            "The ministry said the talks failed.",
            "Putin revealed that the talks failed.",
            "The talks may have failed.",
        ],
        Annotator(),
    )
    assert [framing(c).label for c in claims] == [
        "attributed (ministry said)",
        "stated (Putin revealed)",
        "hedged (may)",
    ]


def test_an_attribution_with_no_speaker_named_shows_no_empty_brackets() -> None:
    from claimcheck.comparing.conflicts import Framing

    claim = sentence_claims(["The talks failed."], Annotator())[0]
    assert Framing(claim, "attributed", (), "", "said").label == "attributed"
    # "citing" reads before its source, as "according to" does
    label = Framing(claim, "attributed", (), "sources within Harlow", "citing").label
    assert label == "attributed (citing sources within Harlow)"
    # a source noun that is its own cue ("which media reports have put at ...") is said once
    assert Framing(claim, "attributed", (), "reports", "reports").label == "attributed (reports)"


def test_a_leading_source_reads_before_its_name(tmp_path: Path) -> None:
    store = store_with(
        tmp_path,
        {"a.txt": "According to the ministry, the talks failed.\n\nThe talks failed, police said."},
    )
    labels = [framing(c).label for c in sorted(store.claims(), key=lambda c: c.start)]
    assert labels == ["attributed (according to ministry)", "attributed (police said)"]


@pytest.mark.parametrize("kind", ["rank", "comparison"])
def test_seed_conflicts(kind: str) -> None:
    from claimcheck.evaluation import conflicts

    result = conflicts.evaluate_seeds()
    assert any(f.startswith(kind) for f in result.found)


def test_every_outlet_that_states_the_denied_claim_is_in_conflict_with_it(
    tmp_path: Path,
) -> None:
    # a.txt gives both sides; the claim it denies is also b.txt's and c.txt's, word for word
    stated = "The plant was inspected by the regulator in May."
    store = store_with(
        tmp_path,
        {
            "a.txt": f"{stated}\n\nThe plant was not inspected by the regulator in May.",
            "b.txt": f"{stated}\n\nThe river flooded the valley.",
            "c.txt": f"Officials opened the new school.\n\n{stated}",
        },
    )
    assert polarity_pairs(store) == {("a.txt", "b.txt"), ("a.txt", "c.txt")}


def test_a_denial_conflicts_only_with_a_claim_that_affirms_what_it_denies(tmp_path: Path) -> None:
    # b and c both speak of amending the treaty; only c affirms what a denies (support)
    store = store_with(
        tmp_path,
        {
            "a.txt": "The senator does not support amending the Coastal Fisheries Treaty.",
            "b.txt": "The senator spoke on Monday about amending the Coastal Fisheries Treaty.",
            "c.txt": "The senator supports amending the Coastal Fisheries Treaty.",
        },
    )
    assert polarity_pairs(store) == {("a.txt", "c.txt")}


def grouped(*texts: str) -> tuple[ConflictFinder, list[Claim]]:
    """Claims of these sentences, each of its own article, grouped in one cluster (so that
    they are compared), and a conflict finder for them."""
    claims = [
        replace(c, cluster_id="one", article_id=f"article{i}")
        for i, c in enumerate(sentence_claims(list(texts), Annotator()))
    ]
    scorer = Scorer()
    return ConflictFinder(scorer, Idf.of(scorer.features(c).bag for c in claims)), claims


def test_a_denial_agrees_with_a_word_that_denies_the_same() -> None:
    finder, (denied, undisclosed, disclosed) = grouped(
        "The club did not disclose the fee, which media reports put at 50 million euros.",
        "The fee remains undisclosed, though media reports put it at 50 million euros.",
        "The club disclosed the fee, which media reports put at 50 million euros.",
    )
    # "undisclosed" says what "did not disclose" says; "disclosed" affirms it
    assert finder.between(denied, undisclosed) == []
    assert [k.kind for k in finder.between(denied, disclosed)] == ["polarity"]


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        ("With the offense struggling to sustain drives, the defense stood tall.", False),
        ("The offense tried to sustain drives, and the defense stood tall.", False),
        ("The offense hopes to sustain drives against the Ravens defense.", False),
        # done, not only tried: as before
        ("The offense managed to sustain drives, and the defense stood tall.", True),
        ("The offense sustained drives, and the defense stood tall.", True),
    ],
)
def test_what_was_only_tried_or_hoped_does_not_affirm_a_denial(other: str, conflict: bool) -> None:
    finder, (denied, tried) = grouped("The offense simply could not sustain drives.", other)
    assert ("polarity" in [k.kind for k in finder.between(denied, tried)]) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the days two speakers spoke on: a denial one day, a report the day before
        (
            "A Harlow official on Wednesday denied that the woman detained in Varna is the "
            "wife of the Dunmore gang's leader.",
            "Varna police have detained the wife of the Dunmore gang's leader, officials said "
            "Tuesday.",
            False,
        ),
        # a day the source spoke on against a day of what it tells
        (
            "The Harlow council said Tuesday it was overturning the Dunmore bridge rule.",
            "The Dunmore bridge rule was changed by the Harlow council on Friday.",
            False,
        ),
        # one speaker's one telling on two days: the sources disagree on when it was
        (
            "Health Minister Jo Dunmore announced Sunday that six people have died of the "
            "Harlow fever.",
            "Health Minister Jo Dunmore announced Saturday that six people have died of the "
            "Harlow fever.",
            True,
        ),
    ],
)
def test_the_day_a_source_spoke_dates_its_telling_not_the_event(
    a: str, b: str, conflict: bool
) -> None:
    finder, (x, y) = grouped(a, b)
    assert ("date" in [k.kind for k in finder.between(x, y)]) is conflict


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # "didn't realize it until afterwards": he realized it then, not at the time
        ("At the time the Harlow neighbour didn't realize what he was hearing until later.", False),
        ("At the time the Harlow neighbour realized what he was hearing.", True),
    ],
)
def test_a_denial_up_to_a_time_affirms_nothing_of_that_time(other: str, conflict: bool) -> None:
    finder, (denied, bounded) = grouped(
        "At the time, the Harlow neighbour didn't even realize what he was hearing.", other
    )
    assert ("polarity" in [k.kind for k in finder.between(denied, bounded)]) is conflict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a clause "when" opens is another's: the post is at the House, the veteran's years not
        (
            "Dunmore was a 29-year Harlow police veteran when he took the position of director "
            "of security at the Varna House in 2005.",
            "Our thoughts are with Constable Ann Son, who has been with the Varna House "
            "security service for 10 years.",
        ),
        # so is one "before" and a participle open: 29 years with the police, eight in the role
        (
            "Dunmore served with the Harlow police for 29 years before assuming the role at "
            "the Varna House eight years ago.",
            "He has served in the role for the past eight years,",
        ),
        # the other side of a comparison is measured by it, not a measure of the subject
        (
            "The upcoming Harlow Air is expected to be about a quarter-of-an-inch narrower "
            "than the 11-inch version, Varna News reported.",
            "The 12-inch Harlow Air (L) is much slimmer than its 11-inch counterpart (R)",
        ),
    ],
)
def test_figures_of_other_clauses_and_comparisons_are_not_one_measure(a: str, b: str) -> None:
    # (grouped: the two articles report one event, so their figures are compared)
    finder, claims = grouped(a, b)
    assert [k.kind for k in finder.find(claims, [])] == []


def test_a_participle_says_what_was_done_with_a_sum() -> None:
    # winning a sum is not paying one
    finder, claims = grouped(
        "During a trip to Harlow, Jo Dunmore paid $300,000 for dinner at the Varna casino.",
        "Jo Dunmore took his place among the high-rollers, winning $1m at the Varna casino.",
    )
    assert [k.kind for k in finder.find(claims, [])] == []


def test_a_reporting_clause_after_what_it_reports_dates_its_telling() -> None:
    finder, (x, y) = grouped(
        "The charity said the dog was found on Friday evening tied to railings at Harlow "
        "railway station along with a suitcase full of his belongings.",
        "Next to the dog was a suitcase containing a pillow and food, the Harlow SPCA said in "
        "a statement Tuesday.",
    )
    assert "date" not in [k.kind for k in finder.between(x, y)]


def test_a_verb_denied_with_only_function_words_affirms_nothing(tmp_path: Path) -> None:
    # "will not do so on our own": what is denied is said in another sentence
    finder, (denied, other) = grouped(
        "We will not do so on our own, but with our allies in the Harlow region.",
        "Varna stands with our close friend and ally in the Harlow region.",
    )
    assert finder.between(denied, other) == []


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        # a year's count and the count of the years since: two measures
        ("The Dunmore gang has killed 13,000 civilians in Harlow in the years since 2009.", False),
        ("The Dunmore gang has killed 13,000 civilians in Harlow this year.", True),
    ],
)
def test_figures_of_two_time_frames_are_two_measures(
    tmp_path: Path, b: str, conflict: bool
) -> None:
    a = "The Dunmore gang has killed 2,000 civilians in Harlow this year."
    assert conflict_kinds(tmp_path, a, b) == (["number"] if conflict else [])


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        ("Police said an investigation has begun to identify suspects.", False),
        ("The police say they have suspects.", True),
        ("The police say they have two suspects.", True),
    ],
)
def test_what_is_denied_to_be_had_is_affirmed_only_by_having_it(other: str, conflict: bool) -> None:
    finder, (denied, said) = grouped("The police say they don't have suspects.", other)
    assert ("polarity" in [k.kind for k in finder.between(denied, said)]) is conflict


def polarity_pairs(store: Store) -> set[tuple[str, ...]]:
    """The pairs of articles (by file name) whose claims the report puts in polarity conflict."""
    names = {a.id: a.name for a in store.articles()}
    return {
        tuple(sorted((names[c.a.article_id], names[c.b.article_id])))
        for c in build_report(store).conflicts
        if c.kind == "polarity"
    }


def test_a_date_reckoned_from_the_articles_own_can_date_the_event_alike(tmp_path: Path) -> None:
    # "fired last week" and "fired last Thursday" may be one day: the other date of the first
    # claim ("on Monday", of the arrest) is no second account of the firing
    a = "date 2024-03-13\n\nThe Varna accountant fired from the firm last week was arrested on Monday."
    b = "date 2024-03-13\n\nThe Varna accountant fired from the firm last Thursday was arrested."
    assert conflict_kinds(tmp_path, a, b) == []


def test_copies_of_one_sentence_are_dated_by_their_own_articles(tmp_path: Path) -> None:
    # the same words in articles of two weeks: "Monday" is March 11 in one, which agrees with
    # the third source, and March 18 in the other, which does not (copies are read once, and
    # what they are read as still depends on each article's date)
    said = "Finance minister Laura Benz resigned on {} after a vote in parliament on the budget."
    store = store_with(
        tmp_path,
        {
            "a.txt": "date 2024-03-13\n\n" + said.format("Monday"),
            "b.txt": "date 2024-03-20\n\n" + said.format("Monday"),
            "c.txt": "date 2024-03-13\n\n" + said.format("March 11"),
        },
    )
    names = {a.id: a.name for a in store.articles()}
    found = [
        (k.kind, {names[k.a.article_id], names[k.b.article_id]})
        for k in build_report(store).conflicts
    ]
    assert found == [("date", {"b.txt", "c.txt"})]


@pytest.mark.parametrize(
    ("dates", "conflict"),
    [
        (("2005-06-26", "2007-04-04"), False),  # two birthdays may fall between
        (("2007-04-04", "2005-06-26"), True),  # the earlier article gives the greater age
        (("2007-04-04", "2007-04-06"), True),  # days apart: two years cannot pass
        ((None, "2007-04-04"), True),  # an undated article: nothing tells
    ],
)
def test_an_age_given_years_apart_may_be_right_in_both(
    tmp_path: Path, dates: tuple[str | None, str | None], conflict: bool
) -> None:
    def dated(day: str | None, text: str) -> str:
        return f"date {day}\n\n{text}" if day else text

    store = store_with(
        tmp_path,
        {
            "a.txt": dated(dates[0], "Jose Orozco, 27, was arrested in Harlow after the shooting."),
            "b.txt": dated(dates[1], "Jose Orozco, 29, was found guilty of the Harlow shooting."),
        },
    )
    kinds = [k.kind for k in build_report(store).conflicts]
    assert ("attribute" in kinds) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the denial is said of something else: the last content word before it heads that
        (
            "The results of the tests of the Varna driver were not released on Friday.",
            "The Varna driver was released on Friday.",
            False,
        ),
        (
            "Mayor Okafor was not at the Varna church at the time of the fire.",
            "A crafts group was at the Varna church at the time of the fire.",
            False,
        ),
        # said of the same, past an adverb before it
        (
            "Director Gary Ross will definitely not direct the Varna sequel.",
            "Ross is in negotiations to direct the Varna sequel.",
            True,
        ),
        # what the denial names, the other claim must name: another clinic is another claim
        (
            "Lindsay Lohan never checked into the Morningside clinic in Harlow.",
            "Lindsay Lohan checked into the Betty Ford clinic in Harlow.",
            False,
        ),
        (
            "Lindsay Lohan never checked into the Betty Ford clinic in Harlow.",
            "Lindsay Lohan checked into the Betty Ford clinic in Harlow.",
            True,
        ),
        # an indirect question or a condition asserts nothing
        (
            "The Harlow pastor said there had not been any recent threats to the church.",
            "The Harlow pastor declined to say whether there had been any recent threats to the church.",
            False,
        ),
        (
            "The Harlow pastor said there had not been any recent threats to the church.",
            "The Harlow pastor was asked if there had been any recent threats to the church.",
            False,
        ),
        (
            "The Harlow pastor said there had not been any recent threats to the church.",
            "The Harlow pastor said there had been recent threats to the church.",
            True,
        ),
        # a verb denied is not affirmed by its noun after a determiner; a thing denied is
        (
            "President Okafor did not travel to the Varna summit after the court's warrant.",
            "President Okafor joined the Varna summit online after his travel to the summit was "
            "complicated by the court's warrant.",
            False,
        ),
        (
            "President Okafor did not travel to the Varna summit after the court's warrant.",
            "President Okafor did travel to the Varna summit despite the court's warrant.",
            True,
        ),
        (
            "Not a lot of people are in the Varna ice skating park.",
            "A lot of people are in the Varna ice skating park.",
            True,
        ),
        # a denial bounded to a time denies nothing of another
        (
            "Mayor Okafor was not at the Varna church at the time of the fire.",
            "Mayor Okafor visited the Varna church on Saturday.",
            False,
        ),
        (
            "Mayor Okafor was not at the Varna church at the time of the fire.",
            "Mayor Okafor was at the Varna church during the fire.",
            True,
        ),
        # "had yet to" denies as "had not yet" does; "cant" is "can't" typed without its mark
        (
            "The Harlow driver had yet to regain consciousness on Monday.",
            "The Harlow driver had not yet regained consciousness.",
            False,
        ),
        (
            "I cant speak for the first death in Harlow, the inspector said.",
            "I can't speak for the first death in Harlow, the inspector said.",
            False,
        ),
    ],
)
def test_a_denial_conflicts_only_with_an_assertion_of_the_same(
    tmp_path: Path, a: str, b: str, conflict: bool
) -> None:
    assert conflict_kinds(tmp_path, a, b) == (["polarity"] if conflict else [])


def test_a_headline_capitalises_every_word_and_names_nothing_by_it(tmp_path: Path) -> None:
    # "Next Year" in a headline is no name the other claim must hold
    a = "Ross Will Not Direct Harlow Sequel Next Year\n\nThe studio said it would look again."
    b = "Ross is in talks to direct the Harlow sequel, the studio said."
    assert conflict_kinds(tmp_path, a, b) == ["polarity"]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a life holds many dated events that share only the person
        (
            "Her Harlow clinic was battered by Hurricane Georges in 1998.",
            "In 1990 she founded the Harlow Rural Health Clinic.",
            False,
        ),
        # one thing done, or two more words in common: one event dated two ways
        (
            "Dr. Jo Dunmore founded the Harlow rural health clinic in 1990.",
            "Dr. Jo Dunmore founded the Harlow rural health clinic in 1992.",
            True,
        ),
        (
            "A warship foiled a pirate attack on merchant vessels on 10 November 2011.",
            "The navy thwarted a pirate attack on merchant vessels on 11 November 2011.",
            True,
        ),
        # a date dates what its own clause says was done: the hiring, not the firing
        (
            "Nearly three weeks after the Sixers ended their season, King decided to fire "
            "O'Brien, who still has two years left on the contract he signed when he was hired "
            "by the Sixers on April 21, 2004.",
            "Nearly three weeks following the end of their season, the Sixers fired Jim O'Brien "
            "on May 23, 2005 after one season as coach.",
            False,
        ),
        # different things done with what both name: the buying, not the finding
        (
            "He said police found a box that would hold a shotgun, as well as empty shell "
            "boxes, outside the Harlow apartment on 12 March 2009.",
            "Jo Dunmore had bought a shotgun and shells on 6 March 2009, Harlan said.",
            False,
        ),
        (
            "Nearly three weeks after the Sixers ended their season, King decided to fire "
            "O'Brien on May 21, 2005.",
            "Nearly three weeks following the end of their season, the Sixers fired Jim O'Brien "
            "on May 23, 2005 after one season as coach.",
            True,
        ),
    ],
)
def test_two_dates_conflict_only_for_one_event(a: str, b: str, conflict: bool) -> None:
    finder, (x, y) = grouped(a, b)
    assert ("date" in [k.kind for k in finder.between(x, y)]) is conflict


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        # a word derived from the verb denied shares its stem but is no form of it
        (
            "A government spokesman, Jo Varna, told a news conference Friday that Dunmore "
            "Haram representatives said during negotiations that the girls were in good health.",
            False,
        ),
        ("The man in the video says he represents Dunmore Haram in Harlow.", True),
    ],
)
def test_a_denied_verb_is_affirmed_by_its_forms_not_by_a_word_derived_from_it(
    other: str, conflict: bool
) -> None:
    finder, (denied, affirmed) = grouped(
        "The group's leader saying he does not represent Dunmore Haram.", other
    )
    assert ("polarity" in [k.kind for k in finder.between(denied, affirmed)]) is conflict


def test_two_ratios_of_one_measure_conflict() -> None:
    # "doubled" and "tripled" are figures (ratios to what was) of one measure
    finder, (doubled, tripled, again) = grouped(
        "The length of NATO's land border with Russia has doubled since Finland joined.",
        "The length of NATO's land border with Russia has tripled since Finland joined the "
        "alliance.",
        "The length of NATO's land border with Russia has doubled, officials said.",
    )
    found = finder.find([doubled, tripled, again], [])
    assert [(k.kind, k.a.id, k.b.id) for k in found] == [("number", doubled.id, tripled.id)]
