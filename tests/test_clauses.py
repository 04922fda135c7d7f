import pytest

from claimcheck.splitting.clauses import ClauseSplitter

splitter = ClauseSplitter()


def claims(sentence: str) -> list[str]:
    return [p.claim_text(sentence) for p in splitter.split(sentence, 0, len(sentence))]


def test_participial_clauses_become_claims_with_the_subject_carried_over() -> None:
    s = (
        "In 2022, Brazil declared a close friendship with Chile, condemning tariffs against "
        "Santiago and accusing Peru of provoking the dispute."
    )
    assert claims(s) == [
        "In 2022, Brazil declared a close friendship with Chile",
        "Brazil condemning tariffs against Santiago",
        "Brazil accusing Peru of provoking the dispute.",
    ]


def test_coordinated_verb_phrase_gets_the_main_subject() -> None:
    s = (
        "The minister clarified that the two states are not forming an alliance but stressed "
        "that their cooperation matters."
    )
    assert claims(s) == [
        "The minister clarified that the two states are not forming an alliance",
        "The minister stressed that their cooperation matters.",
    ]


def test_two_full_clauses_joined_by_and() -> None:
    s = "Merkel and Macron met in Paris, and Macron said Europe must act together."
    assert claims(s) == ["Merkel and Macron met in Paris", "Macron said Europe must act together."]


def test_second_clause_starting_lower_case_is_capitalised() -> None:
    s = "The agency is still a big player, but its budget is shrinking every year."
    assert claims(s) == ["The agency is still a big player", "Its budget is shrinking every year."]


def test_modal_verb_phrases_are_split() -> None:
    s = "Such a deal would raise exports and would require new ports."
    assert claims(s) == ["Such a deal would raise exports", "Such a deal would require new ports."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia and China have had a strategic partnership since the late 1950s.",
        "He said the two sides are responding in a calm and balanced manner and working together.",
        "They held joint drills, including naval exercises and bomber patrols.",
        "China has a lead in satellites, making collaboration with Russia beneficial.",
        "Though in the past both sides rejected an alliance, Putin said it cannot be ruled out.",
        "China, Russia and Iran signed the pact.",
        "Analysts suggest that the radar could lead to the sharing of data.",
        "He described the talks as fruitful and constructive.",
        # "and the city" is a second object of "struck": the frame "state media said" (whose
        # first word is also a reporting verb) covers the whole sentence, and is no clause
        "The quake struck Qeshm island, home to 120,000 people, and the city of Bandar Abbas, "
        "state media said.",
        # "It" and "be" say nothing of who emceed: no claim "It having previously emceed ..."
        "It will be her second tour as host, having previously emceed the Academy Awards.",
        # relative clauses read unclearly: "which" at a sentence's end may be said of the
        # whole clause before it, or of another noun than the nearest
        "About 46% of the employees went on strike, which led to the cancellation of trains.",
        "Wiseman was the CEO of the Canada Pension Plan Investment Board, which was replaced.",
        "The MacBook Air tapers toward the front edge, which gives them a very slim profile.",
        # the pronoun is not the clause's subject: who put what is not a claim to cut out
        "The transfer fee, which media reports have put at 100 million euros, was not disclosed.",
        # the clause does not end before the main verb
        "Police arrested Jones, who had fled the scene, and charged him with theft.",
        "The lawyer asked Coleman, who in turn said he had seen the gun.",
    ],
)
def test_sentences_with_one_proposition_stay_whole(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_a_verb_after_and_inside_an_embedded_clause_is_not_given_the_main_subject() -> None:
    # "supplied" belongs to "Russia", not to "Putin": same tense as both, so no split
    s = "Putin said that Russia helped China and supplied radars."
    assert claims(s) == [s]


def test_a_coordinated_participle_keeps_its_auxiliaries() -> None:
    s = "The suspect was arrested on Monday in Ohio and charged with fraud."
    assert claims(s) == [
        "The suspect was arrested on Monday in Ohio",
        "The suspect was charged with fraud.",
    ]
    s = "The signatures must be collected by May and turned in to officials by June."
    assert claims(s)[1] == "The signatures must be turned in to officials by June."


def test_an_irregular_past_after_a_passive_takes_no_auxiliary() -> None:
    # "drove", "took" are past tenses only: never "was drove", "were took"
    assert claims("The suspect was arrested on Monday and drove off on Friday.") == [
        "The suspect was arrested on Monday",
        "The suspect drove off on Friday.",
    ]
    assert claims("Emergency responders were called and took Chohan to hospital.")[1] == (
        "Emergency responders took Chohan to hospital."
    )


def test_an_irregular_past_opens_the_reported_clause_whose_subject_acts() -> None:
    s = (
        "A police source reported that the men drove a car into the store, grabbing jewelry "
        "and watches before setting fire to the vehicle."
    )
    assert claims(s) == [
        "A police source reported that the men drove a car into the store",
        "The men grabbing jewelry and watches before setting fire to the vehicle.",
    ]


def test_unclear_coordinated_participles_stay_whole() -> None:
    for s in (
        "Graham is expected to be nominated and elected to a second term today.",
        "The suspect was not charged and released on Monday afternoon.",
    ):
        assert claims(s) == [s]


def test_numbers_with_thousands_separators_are_one_word() -> None:
    s = "The 897,158 signatures were counted by May and the result was announced in June."
    assert (
        claims(s)[0]
        == "The 897,158 signatures were counted by May and the result was announced in June."
    )


def test_a_plural_noun_that_looks_like_a_verb_is_part_of_the_subject() -> None:
    s = "Benchmark 10-year notes gained 17/32, yielding 4.015 percent."
    assert claims(s) == [
        "Benchmark 10-year notes gained 17/32",
        "Benchmark 10-year notes yielding 4.015 percent.",
    ]


def test_a_subject_set_off_by_the_name_of_its_place_is_carried_whole() -> None:
    s = "Office workers in Dubai, United Arab Emirates, evacuated buildings, pouring onto streets."
    assert claims(s)[1] == "Office workers in Dubai, United Arab Emirates pouring onto streets."
    # a role before a name is not a place: the name stays the subject
    s = "The German Chancellor, Angela Merkel, visited Athens, praising the reforms."
    assert claims(s)[1] == "Angela Merkel praising the reforms."


def test_a_carried_subject_is_capitalised() -> None:
    s = "But other sources denied the report and hoped to see more buyers."
    assert claims(s)[1] == "Other sources hoped to see more buyers."


def test_piece_spans_point_at_the_source_words() -> None:
    s = "China declared a friendship with Russia, condemning sanctions and accusing NATO of it."
    pieces = splitter.split(s, 0, len(s))
    assert [s[p.start : p.end] for p in pieces] == [
        "China declared a friendship with Russia",
        "condemning sanctions",
        "accusing NATO of it.",
    ]


def test_offsets_are_absolute_when_the_sentence_is_inside_a_larger_text() -> None:
    text = "Intro text. The bank raised rates, citing inflation and warning of risks."
    start = text.index("The")
    pieces = splitter.split(text, start, len(text))
    assert [text[p.start : p.end] for p in pieces] == [
        "The bank raised rates",
        "citing inflation",
        "warning of risks.",
    ]


def test_a_fact_inside_a_noun_phrase_becomes_its_own_claim() -> None:
    s = "Analysts say the radar Russia is helping China build could change the balance."
    assert claims(s) == [
        "Russia is helping China build the radar",
        "Analysts say the radar could change the balance.",
    ]
    pieces = splitter.split(s, 0, len(s))
    assert (
        s[pieces[0].start : pieces[0].end] == "Analysts say the radar Russia is helping China build"
    )


def test_relative_clauses_that_do_not_end_on_their_verb_stay_whole() -> None:
    s = "The deal Moscow signed with Beijing will expire in 2030."
    assert claims(s) == [s]


def test_a_relative_clause_after_the_subject_is_a_claim_of_its_own() -> None:
    s = (
        "South African President Cyril Ramaphosa, who is hosting the BRICS summit in "
        "Johannesburg, said the bloc would grow and promised more talks."
    )
    assert claims(s) == [
        "South African President Cyril Ramaphosa is hosting the BRICS summit in Johannesburg",
        "South African President Cyril Ramaphosa said the bloc would grow",
        "South African President Cyril Ramaphosa promised more talks.",
    ]
    # each claim points at the source's own words
    pieces = splitter.split(s, 0, len(s))
    assert [s[p.start : p.end] for p in pieces[1:]] == [
        "said the bloc would grow",
        "promised more talks.",
    ]
    # "which" too, when it follows the subject
    s = "The deal, which runs until 2027, is worth 100 million euros."
    assert claims(s) == ["The deal runs until 2027", "The deal is worth 100 million euros."]


def test_a_relative_clause_of_a_person_that_ends_the_sentence_is_a_claim_of_its_own() -> None:
    s = "The man in the video denounced Ahmadu, who says he represents Boko Haram in Chad."
    assert claims(s) == [
        "The man in the video denounced Ahmadu",
        "Ahmadu says he represents Boko Haram in Chad.",
    ]
    assert claims("Police arrested a man, who had fled the scene.") == [
        "Police arrested a man",
        "A man had fled the scene.",
    ]


def test_a_present_verb_in_s_is_read_by_where_it_stands() -> None:
    # "shares" after a name and before "a" is the verb, not the noun of "the shares fell"
    s = "Finland shares a long border with Russia and formally applied to join the alliance."
    assert claims(s) == [
        "Finland shares a long border with Russia",
        "Finland formally applied to join the alliance.",
    ]
    s = "Israeli strikes on Gaza killed 12 people and wounded 30."
    assert claims(s) == [
        "Israeli strikes on Gaza killed 12 people",
        "Israeli strikes on Gaza wounded 30.",
    ]


def test_a_short_past_in_ied_is_a_verb() -> None:
    # "died" is as much a past verb as "survived"
    s = "The first bill cleared the committee but died on the floor."
    assert claims(s) == [
        "The first bill cleared the committee",
        "The first bill died on the floor.",
    ]


def test_and_inside_a_clause_within_a_participial_clause_starts_no_new_one() -> None:
    s = (
        "It marks the accession of Finland, completing a process that started last May, when "
        "Finland and neighbouring Sweden abandoned decades of nonalignment."
    )
    assert claims(s)[-1].startswith("It completing a process that started last May, when Finland")
    assert len(claims(s)) == 2


@pytest.mark.parametrize(
    ("sentence", "pieces"),
    [
        # an -ing word in an item of a list of nouns describes the noun after it
        (
            "The pact shows the ability of Oslo to bring all to one table, Chile and Peru, "
            "emerging economies and developing nations.",
            1,
        ),
        # after a place written with its country, the participial clause is one
        ("A fire swept through the market in Lagos, Nigeria, killing nine and injuring 20.", 3),
        # nor is an -ing word after a list that takes what follows it
        ("The army shelled the towns of Aba, Oko and Ede, vowing to crush the revolt.", 2),
        ("He played in Oslo, Lima and Rome, winning national titles in Lima and Rome.", 2),
    ],
)
def test_an_ing_word_after_a_list_of_nouns_opens_no_clause(sentence: str, pieces: int) -> None:
    assert len(claims(sentence)) == pieces
