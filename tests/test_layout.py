import pytest

from claimcheck.models import Document
from claimcheck.pipeline import Pipeline
from claimcheck.reading.layout import LayoutReader

reader = LayoutReader()


def roles(text: str) -> list[tuple[str, str]]:
    layout = reader.read(text)
    return [(p.role, text[p.start : p.end]) for p in layout.paragraphs]


def test_headline_dateline_and_body() -> None:
    text = (
        "Mon. Jan 8th, 2024\nPort strike spreads to the north\n\n"
        "Dock workers walked out on Monday. The union said talks had failed.\n"
    )
    layout = reader.read(text)
    assert layout.title == "Port strike spreads to the north"
    assert layout.published == "2024-01-08"
    assert [r for r, _ in roles(text)] == ["dateline", "headline", "body"]


def test_opinion_label_sets_the_kind_and_is_not_text() -> None:
    text = "OPINION:\nThe budget is a missed chance. It cuts too little."
    layout = reader.read(text)
    assert layout.kind == "opinion"
    assert roles(text)[0] == ("label", "OPINION:")


def test_byline_gives_the_author() -> None:
    text = "Heat wave hits Europe\nBy Maria Lopez and Tom Hale\n\nTemperatures rose to 40C."
    layout = reader.read(text)
    assert layout.author == "Maria Lopez and Tom Hale"
    assert ("byline", "By Maria Lopez and Tom Hale") in roles(text)


@pytest.mark.parametrize(
    "credit", ["Northlines News Desk", "By Our Special Correspondent", "Staff Reporter"]
)
def test_a_desks_credit_is_a_byline_with_no_author_not_the_headline(credit: str) -> None:
    text = f"date 2023-09-09 {credit}\n\nKant said on Friday that the declaration was adopted."
    layout = reader.read(text)
    assert (layout.title, layout.author) == (None, None)
    assert ("byline", credit) in roles(text)


def test_a_notice_that_the_browser_is_not_supported_is_not_the_headline() -> None:
    text = (
        "Your web browser is no longer supported. To improve your experience update it here\n\n"
        "G20 adds the African Union\n\nThe Group of 20 welcomed the African Union on Saturday."
    )
    layout = reader.read(text)
    assert layout.title == "G20 adds the African Union"
    assert roles(text)[0][0] == "boilerplate"


def test_dateline_with_byline_and_reading_time() -> None:
    text = "By Sam Reed | March 3, 2022 | 4 min read\nThe port reopened on Tuesday."
    layout = reader.read(text)
    assert (layout.published, layout.author) == ("2022-03-03", "Sam Reed")


def test_section_headings_tag_lines_and_comment_policy_are_not_body() -> None:
    text = (
        "Trade deal signed\n\neconomy trade asia\n\nThe deal was signed in Hanoi.\n\n"
        "What comes next:\n\nTariffs fall next year.\n\n"
        "Tags: trade, asia\nPlease read our comment policy before commenting.\n"
        "Share this article\n"
    )
    r = roles(text)
    assert [t for role, t in r if role == "body"] == [
        "The deal was signed in Hanoi.",
        "Tariffs fall next year.",
    ]
    assert ("tags", "economy trade asia") in r
    assert ("heading", "What comes next:") in r
    assert ("tags", "Tags: trade, asia") in r
    assert ("boilerplate", "Please read our comment policy before commenting.") in r


def test_related_block_and_bio_after_it() -> None:
    text = (
        "The river flooded the town. Hundreds left their homes.\n\nRelated Articles\n\n"
        "Rain expected again next week\n\n"
        "Chris Park is a reporter who covers climate and lives in Ohio."
    )
    layout = reader.read(text)
    r = roles(text)
    assert [t for role, t in r if role == "body"] == [
        "The river flooded the town. Hundreds left their homes."
    ]
    assert r[-1][0] == "bio"
    assert layout.author == "Chris Park"


def test_trailing_author_bio_with_bullet() -> None:
    text = (
        "Prices rose again in May. Analysts expect more.\n"
        "• Ana Silva is a senior fellow at the Lisbon Institute and the author of two books.\n"
    )
    layout = reader.read(text)
    assert roles(text)[-1][0] == "bio"
    assert layout.author == "Ana Silva"


def test_a_closing_body_sentence_about_a_person_is_not_a_bio() -> None:
    text = "The vote is on Friday.\nJohn Smith is the favourite to win the seat."
    assert [r for r, _ in roles(text)] == ["body", "body"]


def test_markdown_headings_and_lists() -> None:
    text = "# Storm hits coast\n\n## Damage\n\n- Roads closed in three counties.\n- Power is out.\n"
    r = roles(text)
    assert r[0] == ("headline", "Storm hits coast")
    assert r[1] == ("heading", "Damage")
    assert r[2:] == [("body", "Roads closed in three counties."), ("body", "Power is out.")]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The central bank raised its main interest rate by half a point on\n"
        "Thursday, its third increase this year, and said more would follow\n"
        "if inflation did not ease.\n\n"
        "Markets fell after the announcement, with bank shares leading the\n"
        "decline across the region.\n"
    )
    body = [t for role, t in roles(text) if role == "body"]
    assert len(body) == 2
    assert body[0].startswith("The central bank") and body[0].endswith("did not ease.")


def test_a_line_broken_mid_sentence_is_joined() -> None:
    text = "Officials said the bridge\nwould reopen in June. Traffic is light.\nA second paragraph."
    body = [t for role, t in roles(text) if role == "body"]
    assert body == [
        "Officials said the bridge\nwould reopen in June. Traffic is light.",
        "A second paragraph.",
    ]


def test_text_without_headline_has_no_title() -> None:
    assert reader.read("Prices rose in May. They fell in June.").title is None


def test_crlf_and_cr_line_ends() -> None:
    for nl in ("\r\n", "\r"):
        text = nl.join(["Floods in the north", "", "Rivers rose overnight.", "Schools closed."])
        assert [r for r, _ in roles(text)] == ["headline", "body", "body"]


def _statements(n: int) -> list[str]:
    """``n`` plain statements without final punctuation, of 3 to 20 words, as a list of
    claims, captions or a transcript would have them."""
    subjects = ["The mayor", "A small boat", "Two engineers", "The old bridge", "Our team", "She"]
    verbs = ["opened", "is crossing", "will inspect", "closed", "has painted", "was repairing"]
    objects = ["the north gate", "a long river", "three new schools", "the city hall", "it"]
    tails = [
        "",
        "on Monday",
        "after a short delay in the morning",
        "with help from volunteers who came from the villages around the lake last year",
    ]
    return [
        f"{subjects[i % 6]} {verbs[i // 6 % 6]} {objects[i // 36 % 5]} {tails[i // 180 % 4]}".strip()
        for i in range(n)
    ]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_document_of_unpunctuated_lines_gives_a_claim_for_nearly_every_line(
    separator: str,
) -> None:
    lines = _statements(4000)
    text = separator.join(lines) + "\n"
    _, claims = Pipeline().process(Document(source="t", location="t", name="t", text=text))
    covered = 0
    pos = 0
    spans = sorted((c.start, c.end) for c in claims)
    k = 0
    for line in lines:
        start = text.index(line, pos)
        end = pos = start + len(line)
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        covered += k < len(spans) and spans[k][0] < end
    assert covered / len(lines) >= 0.98


def test_a_heading_is_followed_by_body_text_and_a_run_of_sentences_is_body() -> None:
    text = (
        "Bridge reopens after repairs\n\n"
        "The north gate opened on Monday\nTwo engineers will inspect the deck\n\n"
        "What happens next\n\nTraffic will return to normal. Buses run again.\n"
    )
    assert roles(text) == [
        ("headline", "Bridge reopens after repairs"),
        ("body", "The north gate opened on Monday"),
        ("body", "Two engineers will inspect the deck"),
        ("heading", "What happens next"),
        ("body", "Traffic will return to normal. Buses run again."),
    ]


def test_web_addresses_and_furniture_before_the_text_are_set_aside() -> None:
    text = (
        " date 2023-08-24 -Edited by Jo Smith- Six towns voted to merge.\n"
        "https://example.com/news/merger?id=3\n"
        "LISBON (Agency) -The vote was close.\n"
    )
    layout = reader.read(text)
    assert roles(text) == [
        ("dateline", "date 2023-08-24"),
        ("boilerplate", "-Edited by Jo Smith"),
        ("body", "Six towns voted to merge."),
        ("link", "https://example.com/news/merger?id=3"),
        ("dateline", "LISBON (Agency)"),
        ("body", "The vote was close."),
    ]
    assert layout.published == "2023-08-24"


def test_a_short_list_of_statements_is_not_taken_for_hard_wrapped_text() -> None:
    text = (
        "Sixty homes were destroyed by the flood in Riverton\n"
        "The levee was not reinforced after its 2019 inspection\n"
        "About 300 people spent the night in shelters\n"
    )
    assert [r for r, _ in roles(text)] == ["headline", "body", "body"]


def test_a_stored_page_that_starts_with_its_address_is_dated_by_it() -> None:
    text = (
        "https://example.com/2013/04/12/quake-hits-town/\n\n"
        "Quake hits town\n\n"
        "A strong earthquake hit the town on Friday, officials said.\n"
    )
    layout = reader.read(text)
    assert layout.published == "2013-04-12"
    assert layout.title == "Quake hits town"


def test_the_headline_is_the_heading_that_announces_the_lead_not_the_sites_name() -> None:
    text = (
        "Harbour Daily Mobile\n\n"
        "Ferry strike halts crossings to Orrin Island\n\n"
        "A strike by ferry crews halted every crossing to Orrin Island on Monday, the "
        "operator said. Talks resume on Friday.\n"
    )
    assert roles(text)[:2] == [
        ("heading", "Harbour Daily Mobile"),
        ("headline", "Ferry strike halts crossings to Orrin Island"),
    ]


def test_a_file_name_above_the_story_is_no_headline_when_it_lowercases_its_names() -> None:
    # an image's file name or alt text writes in lower case the names the story capitalises
    slug = (
        "Flood shelter dunmore harlow\n"
        "Volunteers set up cots at a school gym in Dunmore, Harlow County, on Tuesday. "
        "Image Credit: Reuters\n\n"
        "The county opened three flood shelters in Dunmore and Harlow on Tuesday.\n"
    )
    assert reader.read(slug).title is None
    assert roles(slug)[0] == ("heading", "Flood shelter dunmore harlow")
    # an edited headline in sentence case keeps its names capitalised, and stays the headline
    edited = slug.replace("Flood shelter dunmore harlow", "Flood shelters open in Dunmore")
    assert reader.read(edited).title == "Flood shelters open in Dunmore"


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteers set up cots in Dunmore, Harlow County, May 2, 2024. Image Credit: Reuters",
        "Volunteers set up cots in a school gym in Dunmore on Tuesday. (AP Photo/Jo Smith)",
    ],
)
def test_a_photo_caption_is_furniture_not_claims(caption: str) -> None:
    text = f"Flood shelters open in Dunmore\n\n{caption}\n\nHarlow County opened three shelters.\n"
    assert roles(text)[1] == ("caption", caption)
    # a sentence that only mentions a photo is text
    mention = "The council released a photo of the shelter on Tuesday (see photo)."
    assert roles(text.replace(caption, mention))[1] == ("body", mention)


def test_a_paragraph_a_label_opens_is_text_not_a_credit() -> None:
    credit = "Photo: J. Smith/Harlow Press"
    text = f"Flood shelters open in Dunmore\n\n{credit}\n\nHarlow County opened three shelters.\n"
    assert ("boilerplate", credit) in roles(text)
    video = (
        "Video: Users of the new Harlow phone are saying their hair is getting caught in its "
        "seam. The hashtag #hairgate saw thousands of posts overnight."
    )
    assert [r for r, _ in roles(text.replace(credit, video))] == ["headline", "body", "body"]


def test_a_credit_after_a_paragraphs_last_sentence_is_cut_off_as_a_byline() -> None:
    text = (
        "Protesters gather in Nairobi\n\n"
        "A demonstrator holds a flag in Nairobi, Kenya, June 25, 2024. — Reuters\n\n"
        "Police fired at the crowd - the second time this week.\n"
    )
    r = roles(text)
    assert ("byline", "— Reuters") in r
    assert ("body", "A demonstrator holds a flag in Nairobi, Kenya, June 25, 2024.") in r
    # a dash inside a sentence is no credit
    assert ("body", "Police fired at the crowd - the second time this week.") in r


def test_the_headline_is_the_first_heading_that_announces_the_lead_not_its_standfirst() -> None:
    text = (
        "Seacom restored via alternative routes\n\n"
        "Seacom announced that it has fully restored all its customers on alternative routes\n\n"
        "Subsea cable operator Seacom announced today that it has restored services to all "
        "customers using alternative routes.\n"
    )
    assert reader.read(text).title == "Seacom restored via alternative routes"


def test_a_time_of_day_beside_a_date_is_part_of_the_dateline() -> None:
    text = (
        "Sunday, March 17, 2013 | 5:00 PM\n\n"
        "Riots Erupt Following Death of Brooklyn Teen\n\n"
        "Several protests have erupted in the teen's Brooklyn neighborhood this week.\n"
    )
    layout = reader.read(text)
    assert (layout.title, layout.published) == (
        "Riots Erupt Following Death of Brooklyn Teen",
        "2013-03-17",
    )


def test_a_wires_name_before_a_dash_and_a_copyright_line_are_no_claims() -> None:
    text = (
        "(CNN) -- A woman held in Harlow is not the wife of the Dunmore gang's leader.\n\n"
        "Police said she is his sister.\n\n—Copyright the Harlow Press\n"
    )
    r = roles(text)
    assert r[0] == ("dateline", "(CNN)")
    assert ("boilerplate", "—Copyright the Harlow Press") in r
    body = [words for role, words in r if role == "body"]
    assert body[0].startswith("A woman held in Harlow")
    # with no dash after it, too
    bare = roles("(Mashable) Reports that Harlow militants fell ill swirled on Friday.\n")
    assert bare[0] == ("dateline", "(Mashable)")


def test_an_updates_stamp_is_no_headline_and_dates_the_page() -> None:
    text = (
        "Update at 8:50 p.m. EDT\n\n"
        "Harlow militants released a video on Saturday. Police said it was real.\n"
    )
    layout = reader.read(text)
    assert layout.title is None
    assert roles(text)[0] == ("boilerplate", "Update at 8:50 p.m. EDT")
    stamped = "Monday, Sep 10, 2012 | Updated 9:01 AM EDT\n\nThe Harlow trial starts Monday.\n"
    assert reader.read(stamped).published == "2012-09-10"


def test_a_source_credit_on_a_line_of_its_own_is_no_claim() -> None:
    text = (
        "Harlow laptop to get a 12-inch screen\n\n"
        "A new Harlow laptop is coming, a report said.\n\nSource: 9to5Mac\n"
    )
    assert ("boilerplate", "Source: 9to5Mac") in roles(text)
    # a headline a label opens is still the headline
    labelled = (
        "Sources: Sox May Not Be Out Of Harlow Chase\n\nThe Red Sox met his agent on Monday.\n"
    )
    assert reader.read(labelled).title == "Sources: Sox May Not Be Out Of Harlow Chase"


def test_an_embedded_posts_signature_is_furniture_cut_from_its_post() -> None:
    text = (
        "India hosted the summit.\n\n"
        "With 112 outcomes, we have tripled the work. pic.twitter.com/grk35UwC1Z "
        "— Amitabh Kant (@amitabhk87) September 9, 2023\n"
    )
    assert roles(text)[1:] == [
        ("body", "With 112 outcomes, we have tripled the work. pic.twitter.com/grk35UwC1Z"),
        ("signature", "— Amitabh Kant (@amitabhk87) September 9, 2023"),
    ]
    # a name and a handle in a sentence are no signature: it has no date
    text = "The minister — Gerald Darmanin (@GDarmanin) — wrote that protest is a right."
    assert [r for r, _ in roles(text)] == ["body"]
