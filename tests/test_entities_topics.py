from pathlib import Path

from claimcheck.annotate.entities import EntityFinder, People
from claimcheck.annotate.topics import TopicTagger

finder = EntityFinder()


def ents(
    text: str, people: People | None = None, headline: bool = False
) -> list[tuple[str, str, tuple[str, ...]]]:
    return [
        (e.text, e.type, e.canonical)
        for e in finder.find(text, 0, len(text), people=people or People(), headline=headline)
    ]


def test_aliases_demonyms_and_compounds() -> None:
    assert ents("The U.S. and the USA sent aid.") == [
        ("U.S.", "country", ("United States",)),
        ("USA", "country", ("United States",)),
    ]
    assert ents("Sino-Russian ties grew.") == [("Sino-Russian", "country", ("China", "Russia"))]
    assert ents("India-Japan talks began.") == [("India-Japan", "country", ("India", "Japan"))]
    assert ents("The PLA drilled.") == [("PLA", "organisation", ("People's Liberation Army",))]


def test_capital_city_stands_for_the_government_except_as_a_place() -> None:
    assert ents("Sanctions against Moscow grew.")[0][1:] == ("country", ("Russia",))
    assert ents("Talks were held in Moscow.")[0][1:] == ("place", ("Moscow",))


def test_titled_people_are_recognised_later_by_part_of_their_name() -> None:
    people = People()
    assert ents("Defense Minister Anna Berg spoke.", people) == [
        ("Anna Berg", "person", ("Anna Berg",))
    ]
    assert ents("Berg later left.", people) == [("Berg", "person", ("Anna Berg",))]


def test_names_inside_longer_names_and_capitalised_openers() -> None:
    assert ents("Ships sailed in the East China Sea.") == [
        ("East China Sea", "name", ("East China Sea",))
    ]
    assert ents("Analysts expect growth.") == []
    assert ents("Russia and China Propose Sharing Satellite Intelligence", headline=True) == [
        ("Russia", "country", ("Russia",)),
        ("China", "country", ("China",)),
    ]


def test_topics_with_the_words_that_gave_them() -> None:
    tagger = TopicTagger.load()
    tags = {t.name: t.cue for t in tagger.tag("The satellites can detect ballistic missiles.")}
    assert tags["space"] == "satellites"
    assert tags["missile-defense"] in ("ballistic", "missiles")


def test_a_user_topic_file_replaces_the_list(tmp_path: Path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(
        '[farming]\nlabel = "Farming"\nwords = ["harvest*", "crop*"]\n', encoding="utf-8"
    )
    tagger = TopicTagger.load(topics_file=path)
    assert tagger.names() == ["farming"]
    assert [t.name for t in tagger.tag("The harvests failed; satellites saw it.")] == ["farming"]
