import pytest

from claimcheck.splitting.sentences import MAX_SENTENCE, SentenceSplitter

splitter = SentenceSplitter()


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in splitter.split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin met Gen. Zhang Youxia in Moscow. He said little.",
            ["Putin met Gen. Zhang Youxia in Moscow.", "He said little."],
        ),
        ("Mr. Putin spoke. Dr. Li agreed.", ["Mr. Putin spoke.", "Dr. Li agreed."]),
        (
            "Only Russia and the U.S. possessed it. China wants one.",
            ["Only Russia and the U.S. possessed it.", "China wants one."],
        ),
        (
            "Pressure from the U.S. increases. It grows.",
            ["Pressure from the U.S. increases.", "It grows."],
        ),
        ("They met on the U.S. The talks failed.", ["They met on the U.S.", "The talks failed."]),
        (
            "The company OneWeb Ltd. suspended its launches.",
            ["The company OneWeb Ltd. suspended its launches."],
        ),
        (
            "It was published Sat. Dec. 2nd, 2023 in print.",
            ["It was published Sat. Dec. 2nd, 2023 in print."],
        ),
        (
            "John F. Kennedy was president. He died in 1963.",
            ["John F. Kennedy was president.", "He died in 1963."],
        ),
        (
            "Growth was 3.5 percent in 2019. It fell in 2020.",
            ["Growth was 3.5 percent in 2019.", "It fell in 2020."],
        ),
        (
            "Talks ended at 5 p.m. The next day they resumed.",
            ["Talks ended at 5 p.m.", "The next day they resumed."],
        ),
        ("See No. 5 in the list. It is short.", ["See No. 5 in the list.", "It is short."]),
    ],
)
def test_abbreviations_do_not_end_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_quotation_ending_a_sentence_stays_with_it() -> None:
    text = "“We are ready,” he said. “Are you?” she asked. Then she left."
    assert sentences(text) == [
        "“We are ready,” he said.",
        "“Are you?” she asked.",
        "Then she left.",
    ]


def test_quoted_sentence_end_followed_by_a_new_sentence() -> None:
    assert sentences('He said "it is over." The war went on.') == [
        'He said "it is over."',
        "The war went on.",
    ]


def test_no_sentence_ends_inside_brackets_that_close() -> None:
    text = "The vehicle (which Moscow claims is fast. Really.) is in service. Next."
    assert sentences(text) == [
        "The vehicle (which Moscow claims is fast. Really.) is in service.",
        "Next.",
    ]


def test_lines_without_blank_lines_and_runs_of_spaces() -> None:
    text = "First claim here.\nSecond claim here.   Third one."
    assert sentences(text) == ["First claim here.", "Second claim here.", "Third one."]


def test_spans_index_the_original_text_within_bounds() -> None:
    text = "xx  A first sentence. A second one!  yy"
    spans = splitter.split(text, 4, 35)
    assert [text[s:e] for s, e in spans] == ["A first sentence.", "A second one!"]


def test_a_sentence_with_no_end_is_cut_to_a_bounded_length() -> None:
    text = "word " * (MAX_SENTENCE)
    spans = splitter.split(text)
    assert len(spans) > 1
    assert all(0 < e - s <= MAX_SENTENCE for s, e in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
