import pytest

from claimcheck.models import Document
from claimcheck.pipeline import Pipeline

pipeline = Pipeline()


def attributions(text: str) -> list[tuple[str, str | None, str | None, bool | None]]:
    _, claims = pipeline.process(Document(source="t", location="t", name="t", text=text))
    out = []
    for c in claims:
        a = c.annotations.attribution
        out.append(
            (c.text, a.normalized if a else None, a.verb if a else None, a.reported if a else None)
        )
    return out


def test_subject_and_reporting_verb_with_titles_stripped() -> None:
    (row,) = attributions("French President Emmanuel Macron said the talks had failed.")
    assert row[1:] == ("Emmanuel Macron", "said", True)


def test_a_verb_that_vouches_is_not_merely_reported() -> None:
    (row,) = attributions("The ministry revealed that two ships were lost.")
    assert row[1:] == ("ministry", "revealed", False)


def test_according_to_and_possessive_organisations() -> None:
    rows = attributions(
        "According to China's defense ministry, the drills will go ahead. "
        "The Chinese defense ministry said the drills were routine."
    )
    assert [r[1] for r in rows] == ["China's defense ministry", "China's defense ministry"]
    assert rows[0][2] == "According to"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a time and a word that sets it against an event open no speaker
        (
            "Jo Dunmore denounced the Harlow gang as “monsters” Sunday after the Varna office "
            "said a video of the killing appeared to be authentic.",
            [("Jo Dunmore", "denounced")],
        ),
        # a demonym said of an owner after it is not the speaker's country
        (
            "The British captive’s relatives said they had sent messages. "
            "The Chinese defense ministry said the drills were routine.",
            [("British captive's relatives", "said"), ("China's defense ministry", "said")],
        ),
        # a name that takes "the" before its apposition is the speaker
        (
            "Separately, the Harlow Herald, the mouthpiece of the Varna party, reported that "
            "Dunmore had labored on.",
            [("Harlow Herald", "reported")],
        ),
        # a noun after an article is no reporting verb; a quantifier alone speaks for its own
        (
            '"Harlow should be paying decent wages. It doesn\'t," the report said. '
            "Some believe the chip could be used in the new laptop.",
            [("report", "said"), ("report", "said"), ("Some", "believe")],
        ),
        # a tweet is reported speech
        (
            "'MPs owe their safety to Sergeant Jo Dunmore,' tweeted Harlow MP Ann Scott on "
            "Wednesday. Scott tweeted that the MPs were safe.",
            [("Harlow MP Ann Scott", "tweeted"), ("Scott", "tweeted")],
        ),
        # a title and a name between commas after a quotation speak all of it; an opening
        # "According to X" with no comma ends where a subject opens
        (
            "“Harlow was quiet. At the time he didn't know what he was hearing,” the man’s "
            "lawyer, Ann Dunmore, said in an interview. According to Varna the recording was "
            "made at 12:02 p.m.",
            [("Ann Dunmore", "said"), ("Ann Dunmore", "said"), ("Varna", "According to")],
        ),
        # a clause joined by "and" before the speaker is no part of the speaker; a clause
        # whose verb is "be" is no speaker at all ("with 13 deaths reported" reports nothing)
        (
            "Many roads near the Harlow depot were closed and police said they would stay "
            "closed for days. The knee was examined over the weekend and coach Jo Dunmore "
            "said the team would rest him. Harlow is grappling with a deadly flood, with 13 "
            "deaths reported in just two weeks.",
            [("police", "said"), ("Jo Dunmore", "said"), (None, None)],
        ),
        # "be" written in capitals, or after "to", is no clause's verb
        (
            "Earlier in the day, IS media sources alleged that a video was coming soon. A man "
            "claiming to be Varna leader Jo Dunmore said the girls had been freed.",
            [("sources", "alleged"), ("man claiming to be Varna leader Jo Dunmore", "said")],
        ),
        # an initial's stop does not end a name after a quotation; a participle between
        # commas after a subject is said of it ("confirmed on Friday"), a verb after a subject
        # set off by commas is its own ("Jo Dunmore, head of the office, estimated")
        (
            "“Harlow is on the moon,” said S. Varna, the chief of the agency. The outbreak, "
            "confirmed on Friday, has so far resulted in 20 cases. Jo Dunmore, head of the "
            "Harlow office, estimated that the crater was made by a blast. “We will act,” said "
            "Jo T. Dunmore (D-Mass.), chairman of the committee.",
            [
                ("S. Varna", "said"),
                (None, None),
                ("Jo Dunmore", "estimated"),
                ("Jo T. Dunmore", "said"),
            ],
        ),
        # a source noun as its clause's subject, or with whose it is after what it is of; a
        # reporting word before a tensed verb is a noun, "IS" (in capitals) is no verb
        (
            "It did not disclose the fee, which media reports have put at 100 million "
            "euros. The shift has drawn an angry warning of “countermeasures” from the Kremlin. "
            "The length of the border with NATO member states has now been doubled. "
            "The BBC's Jo Dunmore in Varna says IS has three planes. Local reports have put "
            "the toll at 12. Official figures have risen sharply this year. Jo Dunmore was "
            "convicted of two counts of possession of a firearm by a felon.",
            [
                ("reports", "reports"),
                ("Russia", "warning of “countermeasures” from"),  # the Kremlin
                (None, None),
                ("BBC's Jo Dunmore in Varna", "says"),
                ("reports", "reports"),
                (None, None),  # the figures are what rose, not who reports it
                (None, None),  # counts of a charge: "by a felon" is who possessed it
            ],
        ),
        # "is" contracted after a pronoun makes a clause, no speaker; of two reporting words
        # at a sentence's end, the first is the speaker's noun
        (
            "That's how much Harlow Mart reported pulled in per share. Militants have released "
            "a video of Jo Dunmore, multiple unconfirmed reports said.",
            [(None, None), ("reports", "said")],  # "multiple unconfirmed reports"
        ),
        # "'s" ending the subject before its reporting verb is "has" (the pronoun speaks);
        # before "to", "is": "He's said to be ill" reports nothing of his
        (
            "She's also said the strike at Harlow will end on Friday. He's said to be ill.",
            [("She", "said"), (None, None)],
        ),
        # a dash between spaces closes the source of "according to"
        (
            "Jo Dunmore drove a car that - according to witnesses - he had stolen earlier.",
            [("witnesses", "according to")],
        ),
        # an initial's stop does not end the source of "according to"
        (
            "Militants have executed a dozen doctors in Harlow, according to Jo T. Dunmore, "
            "an analyst with the Varna Group.",
            [("Jo T. Dunmore", "according to")],
        ),
    ],
)
def test_speakers_an_editor_reads(text: str, speakers: list[tuple[str, str]]) -> None:
    assert [(r[1], r[2]) for r in attributions(text)] == speakers


def test_sentence_final_attribution_with_a_role() -> None:
    text = (
        "“The two sides are closer than ever,” said Ana Ruiz, an analyst at the Lisbon Institute."
    )
    _, claims = pipeline.process(Document(source="t", location="t", name="t", text=text))
    a = claims[0].annotations.attribution
    assert a is not None and (a.normalized, a.verb) == ("Ana Ruiz", "said")
    assert a.role == "an analyst at the Lisbon Institute"


def test_sentence_final_attribution_covers_every_claim_of_the_sentence() -> None:
    rows = attributions("The router will be available in May and will cost $200, the company said.")
    assert len(rows) == 2 and {r[1] for r in rows} == {"company"}


def test_groups_are_normalised_and_they_points_back() -> None:
    rows = attributions("Some analysts suggest the deal is weak. They believe it will not last.")
    assert [r[1] for r in rows] == ["analysts", "analysts"]


def test_he_points_at_the_last_person_named() -> None:
    rows = attributions(
        "Gen. Maria Lopez met the minister on Friday. "
        "She stressed that the army was ready. Lopez later praised the troops."
    )
    assert [r[1] for r in rows] == [None, "Maria Lopez", "Maria Lopez"]


def test_carried_subject_speaks_for_its_participial_claim() -> None:
    rows = attributions("The minister criticized the plan, saying it was too costly.")
    assert [(r[0], r[1]) for r in rows] == [
        ("The minister criticized the plan", "minister"),
        ("The minister saying it was too costly.", "minister"),
    ]


def test_a_reporting_verb_in_the_progressive_is_attributed() -> None:
    rows = attributions(
        "A site called iKwiz is reporting that Abrams asked Disney to move the date. "
        "A 19-year-old student has been claiming that she was the baby sun."
    )
    assert [r[1:3] for r in rows] == [
        ("site called iKwiz", "reporting"),
        ("19-year-old student", "claiming"),
    ]


def test_a_capitalised_reporting_verb_is_part_of_a_name() -> None:
    rows = attributions(
        "The talks will resume next week, Secretary of State Antony Blinken said. "
        "Islamic State, in a video titled “A Message to America,” beheads a journalist. "
        'Rep. Duncan Hunter said that "at least" 10 members of the Islamic State were caught.'
    )
    assert [r[1:3] for r in rows] == [
        ("Antony Blinken", "said"),
        (None, None),
        ("Duncan Hunter", "said"),
    ]


def test_a_participle_before_to_be_is_said_of_its_subject_not_by_it() -> None:
    rows = attributions(
        "The scene in Ottawa after a man believed to be a soldier was shot. "
        "The militants, thought to have crossed from Syria, seized the town. "
        "Boko Haram claimed to have captured the town on Monday."
    )
    assert [r[1:3] for r in rows] == [(None, None), (None, None), ("Boko Haram", "claimed")]


def test_nouns_and_objects_of_a_final_reporting_verb_are_not_speakers() -> None:
    rows = attributions(
        "More than 130 people have been tested for the virus, a state health official said. "
        "CNN's Holly Yan and Catherine Shoichet contributed to this report. "
        "Dorian Johnson, a friend of Brown who was with him, told of only a few."
    )
    assert [r[2] for r in rows] == ["said", None, "told"]
    assert rows[0][1] == "state health official"
    assert rows[2][1] != "of only a few"


def test_a_relative_clause_inside_the_speakers_phrase_is_passed_over() -> None:
    rows = attributions(
        "Gerard Biard, the paper's editor, who was in London at the time, said it would "
        "appear. Residents who fled the town have claimed the shelling went on all night. "
        "The man who shot the guard was arrested on Monday."
    )
    # the relative clause set off by commas is a claim of its own, said by nobody
    assert [r[:3] for r in rows[:2]] == [
        ("Gerard Biard, the paper's editor was in London at the time", None, None),
        ("Gerard Biard, the paper's editor said it would appear.", "Gerard Biard", "said"),
    ]
    assert [r[1:3] for r in rows[2:]] == [("residents", "claimed"), (None, None)]


def test_a_reporting_verb_that_is_also_a_noun_is_read_as_the_noun_where_it_is_one() -> None:
    rows = attributions(
        "It happened in the north-western state of Rajasthan. "
        "Boko Haram seeks an Islamist state in Nigeria. "
        "Jordan disputed the ISIS claim. "
        "An autopsy report released last week said that Brown was shot six times. "
        "The analysts report that sales fell."
    )
    assert [r[1:3] for r in rows] == [
        (None, None),
        (None, None),
        (None, None),
        ("autopsy report released last week", "said"),
        ("analysts", "report"),
    ]


def test_a_final_speaker_may_join_roles_or_names_with_and() -> None:
    rows = attributions(
        '"Decisions like this are never easy," team president and general manager Ed '
        "Stefanski said. "
        "The sentence ends years of efforts, frustrating relatives and angering state "
        "legislators over the costs."
    )
    # the name after a role in lower case is who speaks
    assert [r[1:3] for r in rows] == [("Ed Stefanski", "said"), (None, None)]


def test_a_paragraph_that_goes_on_a_quotation_is_the_speakers_words() -> None:
    # the quotation opened in the paragraph before: "they say" is quoted, DeGeneres speaks
    rows = attributions(
        '"I am so excited to be hosting the Oscars again.\n\n'
        "You know what they say - the third time's the charm,\" said DeGeneres.\n\n"
        'Witnesses said the shooter used a rifle, Lt. Gerry Scherlinck said." (Fox News)'
    )
    assert [r[1:3] for r in rows][1:3] == [
        ("DeGeneres", "said"),
        ("Gerry Scherlinck", "said"),  # a stray mark before a bracket quotes nothing
    ]


def test_a_passive_past_an_adverb_is_said_of_its_subject() -> None:
    rows = attributions(
        "Her performance as the host of the show was widely praised. "
        "When the sentence was finally announced, the room fell silent."
    )
    assert [r[1] for r in rows] == [None, None]


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    (row,) = attributions(
        "King, a medical records clerk at Kings County Hospital, said she waited."
    )
    assert row[1] != "Kings County Hospital"


def test_a_participle_after_a_determiner_and_a_second_verb_have_no_speaker() -> None:
    rows = attributions(
        "The studio will continue with Catching Fire, the already announced adaptation. "
        "Federal and state investigators are conducting separate inquiries. "
        "The recently reported deal was worth 40 million euros, the club said."
    )
    assert [r[1:3] for r in rows] == [(None, None), (None, None), ("club", "said")]


def test_a_wire_dateline_before_a_dash_is_not_the_speakers() -> None:
    rows = attributions(
        "By Ann Lee ABUJA, Nov 1 (Reuters) - A man claiming to lead the group said 200 girls "
        "had been married off. PROVO, Utah, Dec. 23 (UPI) -- A Utah man said he won a prize. "
        "Curtis Melvin, a researcher with the U.S.-Korea Institute, told reporters it was true."
    )
    assert [r[1] for r in rows] == ["man claiming to lead the group", "Utah man", "Curtis Melvin"]


def test_the_progressive_past_an_adverb_and_not_when_negated() -> None:
    rows = attributions(
        "A fake news site is now reporting that the singer died. "
        "The company is not confirming that the phone bends. "
        "The Cartier Tank, a watch praised by Jony Ive, costs $7,000."
    )
    assert [r[1:3] for r in rows] == [("fake news site", "reporting"), (None, None), (None, None)]


def test_no_attribution_for_events_passives_and_idioms() -> None:
    rows = attributions(
        "The two leaders met in Geneva. The company was accused of fraud. "
        "Time will tell what the deal means. The report of the panel was long."
    )
    assert [r[1] for r in rows] == [None, None, None, None]


def test_capitals_stand_for_governments_outside_place_phrases() -> None:
    rows = attributions("Moscow claims the missile can fly 500 km. Talks in Moscow said nothing.")
    assert rows[0][1] == "Russia"


def test_a_verb_that_reports_only_a_clause_reports_nothing_with_an_object_alone() -> None:
    rows = attributions(
        "Ty Lawson added 16 points for the Tar Heels, and Danny Green had 14. "
        "Peyton Hillis added 101 yards for the Chiefs, who had 352 yards rushing. "
        "The Emmys added a category. "
        "The coach added that the team gave up too many plays. "
        "Del Rio added the Jaguars gave up too many plays. "
        "Five people died, the mayor added."
    )
    # "..., who had 352 yards rushing" is a claim of its own about the Chiefs
    assert [r[1] for r in rows] == [None, None, None, None, None, "coach", "Del Rio", "mayor"]


def test_an_opening_according_to_without_a_comma_ends_where_the_subject_starts() -> None:
    rows = attributions(
        "According to Woodburn police an officer arrived at the bank after receiving a call "
        "that a suspicious device had been spotted in bushes near the bank.\n\n"
        "According to a report by the BBC the minister resigned on Monday after a long row "
        "over the budget, the pensions and the railways.\n\n"
        "According to Magruder's testimony before the Senate Watergate committee -- an account "
        "reportedly confirmed by LaRue -- he and LaRue worked in lock-step."
    )
    # a dash closes the source as a comma would
    assert [r[1] for r in rows] == [
        "police",
        "report by the BBC",
        "Magruder's testimony before the Senate Watergate committee",
    ]


def test_a_quotation_over_several_paragraphs_is_its_first_speakers() -> None:
    # each paragraph of a long quotation opens with a quotation mark, and only the last
    # closes; a quotation paragraph after a quoted speaker's is taken as his too
    rows = attributions(
        'A Harlow Police spokeswoman said: "Police are at the scene of a large fire."\n\n'
        '"The fire has spread rapidly through the store.\n\n'
        'No one is believed to be injured at this time."\n\n'
        '"People are asked to avoid the high street."\n\n'
        "Anyone with information should call the police.\n\n"
        '"It was terrible."'
    )
    assert [r[1] for r in rows] == ["police", "police", "police", "police", None, None]


def test_he_after_his_sentences_named_subject_is_that_person() -> None:
    rows = attributions(
        "Capt. Tom Dunmore was killed in the blast. "
        "Dunmore's colleague, Sgt. Jason Okafor, was visibly shaken as he described his friend."
    )
    assert rows[1][1] == "Jason Okafor"


def test_a_name_before_its_title_of_an_office_is_the_speaker() -> None:
    rows = attributions(
        "Peter Dunmore, Assistant Chief Fire Officer at Harlow Fire and Rescue Service says the "
        'building is "a total loss".\n\n'
        "Speaking at the rites in Camp Okafor, Harlow City, Armed Forces of Harlow chief Gen. "
        "Jo Brawner said the drills would begin."
    )
    assert [r[1] for r in rows] == ["Peter Dunmore", "Jo Brawner"]


@pytest.mark.parametrize(
    "text",
    [
        "Gary Gomes of New Bedford, Massachusetts, accused in the deaths of two women, "
        "appeared in court today.",
        "A fired accountant accused of wounding two former bosses was arraigned Wednesday.",
        "A 32-year-old climber, described as lacking experience, died after a fall.",
        "The nominee, praised for her expertise, was confirmed on Monday.",
    ],
)
def test_one_accused_or_described_before_a_preposition_is_not_the_speaker(text: str) -> None:
    ((_, speaker, _, _),) = attributions(text)
    assert speaker is None


def test_a_verb_that_takes_its_object_first_still_reports_with_its_object() -> None:
    rows = attributions(
        "The mayor accused the police of covering up the shooting. "
        "Ms. Reyes described to jurors the scene on May 29."
    )
    assert [(r[1], r[2]) for r in rows] == [("mayor", "accused"), ("Reyes", "described")]


def test_a_passive_reporting_verb_at_the_end_names_no_speaker_unless_quoted_as_saying() -> None:
    rows = attributions(
        "Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni. "
        "The quake struck at noon, Iranian officials were quoted by AP as saying."
    )
    assert [(r[1], r[2]) for r in rows] == [(None, None), ("officials", "quoted")]


def test_a_sentence_opening_on_while_has_its_main_clause_after_the_comma() -> None:
    (row,) = attributions(
        "While Bayern did not reveal the fee, the media reports suggested that the club "
        "would pay 100 million euros."
    )
    assert row[1:3] == ("reports", "suggested")


def test_a_contracted_auxiliary_is_not_part_of_the_speaker() -> None:
    rows = attributions("Police couldn't say how many shots were fired. I don't think so.")
    assert [r[1] for r in rows] == ["police", "the author"]


def test_a_speaker_set_off_by_a_relative_clause_between_commas_is_named() -> None:
    rows = attributions(
        "The police source, who wished to remain anonymous, said the men fled. "
        "The lawyer Peter Lynch asked Coleman, who in turn said he had seen the gun."
    )
    # the first relative clause is a claim of its own ("The police source wished to remain
    # anonymous"), said by nobody
    assert [r[1] for r in rows] == [None, "police", "Coleman"]


def test_a_phrase_of_time_is_no_speaker_nor_part_of_one() -> None:
    rows = attributions(
        "Health Minister Veena George on September 12, Tuesday, told the media that one more "
        "sample tested positive. Bayern Munich on Saturday confirmed the signing. "
        "USA Today reports that Rahall will act."
    )
    assert [r[1] for r in rows] == ["Health Minister Veena George", "Bayern Munich", "USA Today"]
    # the speaker as written loses its day too, "on May 5" as "on Saturday"
    doc = Document(source="t", location="t", name="t", text="Police in Paris on May 5 said so.")
    (claim,) = pipeline.process(doc)[1]
    assert claim.annotations.attribution is not None
    assert claim.annotations.attribution.speaker == "Police in Paris"


def test_an_opening_according_to_with_nothing_after_its_source_attributes_nothing() -> None:
    rows = attributions("According to international media and Greek Sky TV")
    assert [r[1] for r in rows] == [None]


def test_a_verb_after_a_subject_set_off_by_commas_is_its_subjects_not_a_final_frame() -> None:
    # ", announced the truce." is no sentence-final frame ("..., said Ana Ruiz."): nothing
    # before the comma is a clause for it to report, and "the truce" is no speaker
    (row,) = attributions("Nigeria's chief of defence staff, Alex Badeh, announced the truce.")
    assert row[1:3] == ("Alex Badeh", "announced")
    (row,) = attributions("Five people died, the mayor added.")
    assert row[1:3] == ("mayor", "added")


def test_an_embedded_post_is_its_authors_words_and_its_signature_no_claim() -> None:
    # the post on a paragraph of its own, its signature on the next
    text = (
        "Police reported 44 arrests in Paris on Thursday.\n\n"
        "Protest is a fundamental right. It is the honour of the police to allow it.\n\n"
        "— Gerald Darmanin (@GDarmanin) January 19, 2023\n\n"
        "Unions called a new strike for the end of the month."
    )
    assert attributions(text) == [
        ("Police reported 44 arrests in Paris on Thursday.", "police", "reported", True),
        ("Protest is a fundamental right.", "Gerald Darmanin", "posted", True),
        ("It is the honour of the police to allow it.", "Gerald Darmanin", "posted", True),
        ("Unions called a new strike for the end of the month.", None, None, None),
    ]
    # posts run together in one paragraph, each ending on its signature
    text = (
        "Owners complained online.\n\n"
        "It has pulled out my hairs. Hurts!— Quinn Nelson (@SnazzyQ) October 6, 2014"
        "The seam on my phone keeps pulling my beard.— Paul Martens (@PaulMartens) "
        "October 5, 2014"
    )
    assert [(t, who) for t, who, _, _ in attributions(text)] == [
        ("Owners complained online.", None),
        ("It has pulled out my hairs.", "Quinn Nelson"),
        ("Hurts!", "Quinn Nelson"),
        ("The seam on my phone keeps pulling my beard.", "Paul Martens"),
    ]


def test_a_speakers_name_after_a_demonym_keeps_its_capitals() -> None:
    # whose the speaker is comes first, and the name stays a name
    rows = attributions("“This is a complete statement,” said Indian G20 sherpa Amitabh Kant.")
    assert rows[0][1] == "India's G20 sherpa Amitabh Kant"


@pytest.mark.parametrize(
    ("speaker", "he_is"),
    [
        # a name the entity finder does not know, after a role in lower case
        ("said Veltrian transport envoy Oskarin Dravelle", "Oskarin Dravelle"),
        # a name after a preposition is what the speaker is of, no person
        ("said a spokesman for the Harbour Authority", "He"),
        # an organisation, after a word that names no person
        ("said the rights group Amnesty International", "He"),
        # titles that open the name are no part of it
        ("said armed forces chief Air Chief Marshal Oskarin Dravelle", "Oskarin Dravelle"),
        # a spokeswoman is no "he"
        ("said Veltrian transport spokeswoman Mara Dravelle", "He"),
        # a name's word that is a role too ("hunter") is no title of it
        ("said Veltrian congressman Oskar Hunter", "Oskar Hunter"),
        # a speaker the finder does not know as a person, named after the role's
        ("said port envoy Oskarin Dravelle. “We agree,” Lindqvist Holmberg said", "He"),
        ("said port envoy Oskarin Dravelle. “We agree,” the ferry captain said", "He"),
    ],
)
def test_he_after_a_speaker_named_after_a_role_is_that_speaker(speaker: str, he_is: str) -> None:
    rows = attributions(
        f"“The tolls will end in May,” {speaker}. He also said that the ferry would stop."
    )
    assert rows[-1][1] == he_is
