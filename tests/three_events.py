"""Three news events written for the tests, each reported by three outlets in their own
words: two warehouse fires in different towns (look-alike events of one kind) and a football
transfer. "No one was injured" is said of both fires; the mayor's standalone background fact
recurs in the Harlow fire and the transfer story."""

from pathlib import Path

EVENTS: dict[str, list[str]] = {
    "harlow-fire": [
        "Warehouse fire in Harlow destroys furniture stock\n\n"
        "A fire destroyed a furniture warehouse on the Pinewood industrial estate in Harlow on "
        "Tuesday night, Essex Fire and Rescue Service said.\n\n"
        "Twelve fire engines and 60 firefighters fought the blaze for six hours.\n\n"
        "No one was injured.\n\n"
        "Station manager Karen Lowe said the roof of the Hartwell Furniture depot collapsed "
        "shortly after midnight.\n\n"
        "Mayor Tom Becket of Harlow opened the Pinewood estate in 2011.\n",
        "Harlow blaze: Hartwell Furniture depot gutted\n\n"
        "Firefighters spent six hours tackling a blaze at the Hartwell Furniture depot in Harlow, "
        "Essex, on Tuesday.\n\n"
        "Essex Fire and Rescue Service sent twelve engines to the Pinewood estate.\n\n"
        "No one was injured, the service said.\n\n"
        "Karen Lowe, a station manager, said the roof collapsed after midnight.\n",
        "Pinewood estate fire: roof collapses at Hartwell depot in Harlow\n\n"
        "The roof of a Hartwell Furniture warehouse in Harlow collapsed during a fire on Tuesday "
        "night.\n\n"
        "Around 60 firefighters from Essex Fire and Rescue Service attended.\n\n"
        "No one was injured.\n\n"
        "The cause of the Pinewood fire is being investigated.\n",
    ],
    "dunmore-fire": [
        "Fire tears through Dunmore paper mill\n\n"
        "A fire tore through the Calloway paper mill in Dunmore, Pennsylvania, on Saturday "
        "morning, the Dunmore Fire Department said.\n\n"
        "Eight engines and 35 firefighters battled the flames for four hours.\n\n"
        "No one was injured.\n\n"
        "Fire chief Ray Brennan said sparks from a dryer started the blaze.\n",
        "Calloway mill in Dunmore damaged by Saturday fire\n\n"
        "Firefighters fought a fire at the Calloway paper mill in Dunmore for four hours on "
        "Saturday.\n\n"
        "The Dunmore Fire Department sent eight engines.\n\n"
        "No one was injured, chief Ray Brennan said.\n\n"
        "Brennan said a dryer threw sparks onto stacked paper.\n",
        "Dunmore: paper mill blaze blamed on dryer sparks\n\n"
        "Sparks from a dryer caused Saturday's fire at the Calloway paper mill in Dunmore, fire "
        "chief Ray Brennan said.\n\n"
        "About 35 firefighters with eight engines attended the Calloway mill.\n\n"
        "No one was injured.\n",
    ],
    "okafor-transfer": [
        "Okafor joins Stanmore Rovers for 18 million pounds\n\n"
        "Stanmore Rovers signed striker Daniel Okafor from Bridgeport City for 18 million pounds "
        "on Friday.\n\n"
        "Okafor, 24, agreed a four-year contract with the club.\n\n"
        "He scored 21 goals for Bridgeport City last season.\n\n"
        "Mayor Tom Becket of Harlow opened the Pinewood estate in 2011.\n",
        "Stanmore Rovers complete Okafor deal\n\n"
        "Daniel Okafor has joined Stanmore Rovers from Bridgeport City on a four-year contract, "
        "the club said on Friday.\n\n"
        "The 24-year-old striker cost 18 million pounds.\n\n"
        "Okafor scored 21 goals for Bridgeport last season.\n",
        "Bridgeport City sell Okafor to Stanmore\n\n"
        "Bridgeport City have sold striker Daniel Okafor to Stanmore Rovers for a fee of 18 "
        "million pounds.\n\n"
        "Okafor signed a four-year contract at Stanmore on Friday.\n\n"
        "The striker, 24, scored 21 goals for Bridgeport City last season.\n",
    ],
}


def write_events(folder: Path) -> dict[str, list[Path]]:
    """The events as files, one folder per event; returns event -> its files."""
    out: dict[str, list[Path]] = {}
    for event, texts in EVENTS.items():
        for i, text in enumerate(texts, start=1):
            path = folder / event / f"{i:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            out.setdefault(event, []).append(path)
    return out
