"""Figures given alike: a claim that states several things corroborates each of its figures."""

import json
from pathlib import Path

from claimcheck.comparing.report import build_report
from claimcheck.output.export import report_record, store_document
from claimcheck.output.report_page import report_html, report_markdown
from conftest import store_with, write

SHARED = "The storm struck Harlow County late on Tuesday night, flattening barns near Orrin."
# one sentence stating three things, and another outlet's stating one of them alone
ALIKE = {
    "a.txt": f"{SHARED}\n\nThe county said 12,400 homes in Harlow County were left without "
    "power, 30 schools were closed and two bridges were shut.",
    "b.txt": f"{SHARED}\n\nSome 12,400 homes in Harlow County lost power.",
}


def test_a_figure_in_a_long_claim_is_corroborated_by_a_claim_that_states_it_alone(
    tmp_path: Path,
) -> None:
    report = build_report(store_with(tmp_path, ALIKE))
    assert len(report.figures) == 1
    figure = report.figures[0]
    assert figure.independent == 2
    assert {w.article.name for w in figure.wordings} == {"a.txt", "b.txt"}
    assert all("12,400" in f for f in figure.figures)
    # the two sentences are not one claim: the figure is what they share
    assert len({w.claim.cluster_id for w in figure.wordings}) == 2


def test_figures_of_different_values_or_things_are_not_given_alike(tmp_path: Path) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": ALIKE["a.txt"],
            "b.txt": f"{SHARED}\n\nMore than 200 homes in Harlow County lost power.",
            "c.txt": f"{SHARED}\n\nThe storm closed 12,400 kilometres of roads across the "
            "state of Danmore.",
        },
    )
    assert build_report(store).figures == []


def test_figures_given_alike_are_in_every_format(tmp_path: Path) -> None:
    store = store_with(tmp_path, ALIKE)
    report = build_report(store)
    record = report_record(report)["figures"][0]
    assert record["sources"] == 2 and len(record["claim_ids"]) == 2
    assert "Figures given alike (1)" in report_markdown(report)
    assert "**12,400**" in report_markdown(report)
    assert "<mark>12,400</mark>" in report_html(report)
    exported = json.loads(json.dumps(store_document(store)))
    assert [len(f["claim_ids"]) for f in exported["figures"]] == [2]


def test_show_cluster_lists_the_figures_its_claims_give_alike_elsewhere(
    cli, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for name, text in ALIKE.items():
        write(tmp_path / "news" / name, text)
    assert cli("ingest", tmp_path / "news").exit_code == 0
    claims = cli_json("claims", "--json")
    long = next(c for c in claims if "30 schools" in c["text"])
    shown = cli_json("show", long["cluster_id"], "--json")
    assert [sorted(f["figures"]) for f in shown["figures"]] == [["12,400", "12,400"]]
    assert (
        "figures given alike with claims of other clusters (1)"
        in cli("show", long["cluster_id"]).stdout
    )


def _dated(day: str) -> dict[str, str]:
    """Two outlets, each dating the same two things in its own words."""
    return {
        "a.txt": f"{day}\n\n{SHARED}\n\nThe county said the Orrin bridge will reopen on 14 "
        "March 2025 after repairs.\n\nVolunteers cleared fallen trees from the school roads "
        "on March 2.",
        "b.txt": f"{day}\n\n{SHARED}\n\nEngineers expect traffic to return to the bridge at "
        "Orrin on March 14, 2025.\n\nA fundraiser for the flooded library opened on March 2.",
    }


def test_a_day_written_out_is_given_alike_by_claims_that_date_one_thing(tmp_path: Path) -> None:
    report = build_report(store_with(tmp_path, _dated("Published: 1 March 2025")))
    assert [f.figures for f in report.figures] == [("14 March 2025", "March 14, 2025")]
    # "March 2" is given by both too, for two things that share no word: no group


def test_the_day_of_the_news_is_not_a_figure_given_alike(tmp_path: Path) -> None:
    # the articles were published on 14 March 2025: the day every report of it gives
    report = build_report(store_with(tmp_path, _dated("Published: 14 March 2025")))
    assert report.figures == []


def test_two_outlets_conversions_of_different_sums_are_not_a_figure_given_alike(
    tmp_path: Path,
) -> None:
    shared = "Stanmore Rovers signed striker Daniel Okafor from Bridgeport City on Friday."
    report = build_report(
        store_with(
            tmp_path,
            {
                "a.txt": f"{shared}\n\nDaniel Okafor joins Stanmore Rovers in a deal which "
                "could hit more than 100 million pounds ($110 million).",
                "b.txt": f"{shared}\n\nWhile Stanmore did not reveal the money involved in "
                "the deal, media reports suggested that the club would pay an initial 100 "
                "million euros ($110 million, £86 million) for Okafor.",
            },
        )
    )
    # the dollars restate two different sums: what the outlets give alike is nothing here
    assert [f.figures for f in report.figures] == []
