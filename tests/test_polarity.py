import pytest

from claimcheck.annotate.comparison import ComparisonFinder
from claimcheck.annotate.entities import EntityFinder, People
from claimcheck.annotate.negation import NegationFinder
from claimcheck.annotate.numbers import NumberFinder
from claimcheck.models import Annotations

negations = NegationFinder()
comparisons = ComparisonFinder()
entities = EntityFinder()
numbers = NumberFinder()


def negated(text: str) -> tuple[list[tuple[str, str]], bool]:
    found = negations.find(text, 0, len(text))
    return [(n.cue, n.scope) for n in found], Annotations(negations=tuple(found)).negated


def test_negation_and_what_it_negates() -> None:
    assert negated("The two states are not building an alliance.") == (
        [("not", "building an alliance")],
        True,
    )
    assert negated("No one knows how long it will last.")[1] is True
    # written with a hyphen, as British outlets do: ECB+ held "No one is believed to be
    # injured" against "No-one is believed to have been injured" as a polarity conflict
    assert negated("No-one is believed to have been injured.") == (
        [("No-one", "is believed to have been injured")],
        True,
    )


def test_double_negative_is_not_negated() -> None:
    cues, is_negated = negated("That option cannot be ruled out.")
    assert [c for c, _ in cues] == ["cannot", "ruled out"] and is_negated is False
    assert negated("He did not fail to appear in court.")[1] is False
    assert negated("No one denied that the vote was rigged.")[1] is False


def test_a_negative_verb_further_along_the_scope_cancels_nothing() -> None:
    # "failed" is what the jury did, not what "no" negates: the parole is still denied
    text = "He got life with no chance of parole after a deadlocked jury failed to decide."
    cues, is_negated = negated(text)
    assert [c for c, _ in cues] == ["no", "failed to"] and is_negated is True


def test_phrases_that_only_look_negative() -> None:
    assert negated("It is not only cheaper but faster.") == ([], False)
    assert negated("See No. 5 in the list.") == ([], False)
    assert negated("No matter how hard they try, it works.") == ([], False)
    # "not until": it happened, then; a contraction reads as "not"
    assert negated("It wasn't until May 30 that his family revealed his name.") == ([], False)
    # so does "not" whose scope runs to "until" or "till": it reopens, in May
    assert negated("The bridge will not reopen until May.") == ([], False)
    assert negated("Normal service may not be restored till 31 December.") == ([], False)
    assert negated("The bridge will not reopen, and repairs last until May.")[1] is True


@pytest.mark.parametrize(
    ("text", "is_negated"),
    [
        ("A sign at his headquarters warned, \"Don't talk.", False),
        ("Do not enter the building, police said.", False),
        ("They don't talk to reporters.", True),  # a statement: its subject comes first
        ('"We do not know," the police said.', True),
    ],
)
def test_a_negated_command_asserts_nothing(text: str, is_negated: bool) -> None:
    assert negated(text)[1] is is_negated


def compare(text: str) -> list[tuple[str, str | None, str | None, str | None, int | None]]:
    ents = entities.find(text, 0, len(text), people=People())
    found = comparisons.find(text, 0, len(text), ents, ents, numbers.find(text, 0, len(text)))
    return [(c.direction, c.subject, c.object, c.dimension, c.rank) for c in found]


def test_direction_and_sides_with_aliases() -> None:
    assert compare("Tokyo is ahead of Beijing in robotics.") == [
        (">", "Japan", "China", "robotics", None)
    ]
    assert compare("Russia trails behind India in satellites.") == [
        ("<", "Russia", "India", "satellites", None)
    ]


def test_a_pronoun_subject_finds_its_antecedent() -> None:
    text = "Despite Germany's growth, it still lags behind France in exports."
    assert compare(text) == [("<", "Germany", "France", "exports", None)]


def test_a_lead_without_an_object() -> None:
    assert compare("Japan has a lead in chip making.") == [
        (">", "Japan", None, "chip making", None)
    ]


def test_ranks_with_their_owner() -> None:
    assert compare("He is China's second-ranking general.") == [
        ("rank", "China", None, "general", 2)
    ]


def test_quantities_with_more_than_are_not_comparisons() -> None:
    assert compare("Russia sent more than 20 ships.") == []


def test_a_hyphenated_no_is_not_a_negation() -> None:
    assert negated("China declared a no-limits friendship.") == ([], False)
