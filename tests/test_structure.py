"""The shared sentence analysis (splitting/structure.py) as the claims show it: who is
reported over which words, which subject a participial clause shares, and what a pronoun
subject stands for."""

from claimcheck.models import Claim, Document
from claimcheck.pipeline import Pipeline
from claimcheck.splitting.structure import StructureReader, depth_tokens
from claimcheck.tokens import tokenize

pipeline = Pipeline()
reader = StructureReader()


def claims(text: str) -> list[Claim]:
    return pipeline.process(Document(source="t", location="t", name="t", text=text))[1]


def framed(text: str) -> list[tuple[str, str | None]]:
    """Each claim's text and the speaker it is attributed to (normalised)."""
    out = []
    for c in claims(text):
        a = c.annotations.attribution
        out.append((c.text, a.normalized if a else None))
    return out


def test_a_participial_clause_after_a_reported_clause_shares_its_subject_and_source() -> None:
    assert framed("Officials said a storm hit the coast on Monday, destroying 40 homes.") == [
        ("Officials said a storm hit the coast on Monday", "officials"),
        ("A storm destroying 40 homes.", "officials"),
    ]


def test_a_sentence_final_speaker_frames_every_claim_cut_from_the_sentence() -> None:
    text = "A storm hit the coast on Monday, destroying 40 homes and flooding 12 roads, officials said."
    assert framed(text) == [
        ("A storm hit the coast on Monday", "officials"),
        ("A storm destroying 40 homes", "officials"),
        ("A storm flooding 12 roads, officials said.", "officials"),
    ]


def test_the_speaker_is_the_noun_phrase_before_the_final_reporting_verb() -> None:
    rows = framed("The bridge was closed in March and declared unsafe, the engineer said.")
    assert {speaker for _, speaker in rows} == {"engineer"}
    rows = framed("The school was rebuilt in 2010, the head of the council said on Friday.")
    assert rows == [
        (
            "The school was rebuilt in 2010, the head of the council said on Friday.",
            "head of the council",
        )
    ]


def test_a_pronoun_subject_is_compared_as_what_the_article_last_named() -> None:
    _, second = claims(
        "The refinery reopened in 2019. It was not inspected in April, a union official claimed."
    )
    referent = second.annotations.referent
    assert referent is not None and referent.refers_to == "The refinery"
    assert second.text.startswith("It was not inspected")  # the source's words stay
    assert "refineri" in second.norm.split()  # matching compares the refinery
    alone = claims("It was not inspected in April, a union official claimed.")[0]
    assert alone.annotations.referent is None


def test_it_as_a_placeholder_is_not_resolved() -> None:
    _, second = claims("The refinery reopened in 2019. It is unclear whether it will expand.")
    assert second.annotations.referent is None


def test_a_quotation_over_several_sentences_is_its_speakers_throughout() -> None:
    rows = framed(
        '"The water rose very fast. We lost the bottom floor in an hour," said '
        'Ana Silva, who runs the shop. "Nobody warned us."'
    )
    assert [speaker for _, speaker in rows] == ["Ana Silva", "Ana Silva", "Ana Silva"]


def test_a_quotation_in_single_quotation_marks_is_its_speakers() -> None:
    rows = framed(
        "‘The teachers’ union will strike on Monday,’ Ms Jones told reporters. "
        "'The players' union will not back down,' the spokesman said. "
        "'It is over,' Ana Silva later wrote."
    )
    assert [speaker for _, speaker in rows] == ["Jones", "spokesman", "Ana Silva"]


def test_an_adverb_before_the_reporting_verb_is_not_the_speakers() -> None:
    rows = framed(
        "The decision was final, the minister later said. “We will not stop,” Kelly said."
    )
    assert [speaker for _, speaker in rows] == ["minister", "Kelly"]


def test_according_to_frames_the_whole_sentence_with_a_bracketed_name() -> None:
    rows = framed(
        "The virus has a fatality rate of about 40%, according to the World Health "
        "Organization (WHO)."
    )
    assert rows[0][1] and "World Health Organization" in rows[0][1]


def test_sources_given_by_a_noun_or_an_absolute_phrase() -> None:
    rows = framed("Estimates from the organisers put the crowd at 8,000.")
    assert rows[0][1] == "organisers"
    rows = framed("The river flooded the valley, with rescuers reporting 12 people missing.")
    assert rows == [
        ("The river flooded the valley", None),
        ("With rescuers reporting 12 people missing.", "rescuers"),
    ]


def test_a_name_with_its_title_in_apposition_is_the_speaker() -> None:
    rows = framed(
        "Shortly after, Tomas Reyes, the director of the port authority, told reporters "
        "that the cranes were safe."
    )
    assert rows[0][1] == "Tomas Reyes"


def test_a_naming_verb_reports_a_judgement_only_with_what_it_calls_the_thing() -> None:
    assert framed("The minister called the vote a turning point.")[0][1] == "minister"
    assert framed("A group called Green Hands planted the trees.")[0][1] is None


def test_a_participle_after_a_determiner_past_an_adverb_reports_nothing() -> None:
    def reporting(text: str, word: str) -> str | None:
        toks = depth_tokens(tokenize(text, 0, len(text)))
        return reader.reporting(toks, next(i for i, t in enumerate(toks) if t.low == word))

    assert reporting("The previously reported deal fell through.", "reported") is None
    assert reporting("The paper previously reported the deal.", "reported") == "report"
    assert reporting("Her family told the radio she was safe.", "told") == "tell"


def test_the_structure_marks_the_content_before_a_final_frame() -> None:
    s = "Prices rose in May, the bank said."
    st = reader.sentence(s, 0, len(s))
    assert s[st.tokens[0].start : st.tokens[st.content_end - 1].end] == "Prices rose in May"
    (frame,) = st.frames
    assert (frame.kind, s[frame.speaker[0] : frame.speaker[1]]) == ("final", "the bank")
