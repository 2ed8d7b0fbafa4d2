"""Wrong claims found by reading every event of the 706 LGL and TR-News articles
(benchmarks/events_audit.py): a word in another sense, a figure of speech, a statistic or a
private visit is no event, and a place inside a name or a person's home town is not where an
event happened. Each case quotes the real sentence that showed it, beside a right event that
must still come out."""

from __future__ import annotations

import pytest

from explorer.extract import extract
from explorer.model import Document


def make_doc(text: str) -> Document:
    return Document(id="t.txt", path="", title="", text=text, sha256="x", published=None)


def events_of(text: str, tops=()):
    return extract(make_doc(text), list(tops)).events


@pytest.fixture(scope="module")
def geoparser(geoparsing):
    return geoparsing[0]


def placed(gp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, place name, country) of each event of ``text`` read with the real geoparser."""
    ex = extract(make_doc(text), gp.parse(text, include_demonyms=True))
    out = []
    for e in ex.events:
        tp = ex.event_places.get(e.id)
        c = tp.candidate if tp is not None else None
        out.append((e.type, c.name if c else None, c.country if c else None))
    return out


@pytest.mark.parametrize(
    "text",
    [
        # word senses
        "Laurel County Judge-Executive Lawrence Kuhl fired Reams at the Emergency Operations "
        "Center and asked him to leave the building Tuesday morning.",
        "The Neches sustains half a million people, meeting the needs of municipalities and "
        "industries.",
        'The Springfield Science Museum will host "Stars Over Springfield" on Friday at 7:30 p.m.',
        "The Oldsmobile then was sent north into the southbound lanes of Decatur, where it "
        "struck a 2003 Honda Accord, driven by Marisa Huerta.",
        "Mayor Ryan Bingham is scheduled to hold a press conference at noon today.",
        "He didn't shoot, but left the room and began shooting down the hallway.",
        'Chad LaBumbard said the current "extremely antiquated" lighting control system was '
        "installed 30 years ago.",
        # figures of speech, games
        "New Gainesville prison clashes with revitalization.",
        "Firefighters launched an initial attack on the flames through the kitchen.",
        "Mrs Haley also strongly attacked Mr Trump's proposal to ban Muslim immigrants.",
        "Pallister's Costa Rica travels came under fire in the election campaign in the spring.",
        "The two teams will clash again in the tie's second leg in a week's time in Ismailia.",
        # a fire or an accident kills; nobody attacked
        "Scott Randall cried when he saw the mobile home ravaged by a fire that killed four "
        "children.",
        # statistics and kinds of visit
        "Springfield hospital emergency room visits by uninsured Greene County residents grew "
        "from 17,709 visits in 2003 to 33,760 visits in 2007.",
        "Without coverage for routine doctor visits, the uninsured often wait to seek care.",
        "Nathan Gill said he has fielded an increase in phone calls requesting loan applications.",
        # private visits, migrants
        "Chu visited the Ching family in August and said the kids were a joy.",
        "Brandyberry visited Gregg at Mercy Memorial Hospital on Saturday morning.",
        "The two Kenyan citizens arrived in the U.S. in 1999 and received political asylum.",
        # hypotheses and things that will not happen
        "The message warns recipients to not go to Wal-Mart because of a possible shooting.",
        "The Czech EU presidency said an EU-Israel summit is unlikely to take place in the next "
        "three months.",
        "It killed more than 800 people over four decades of violence.",
    ],
)
def test_words_that_look_like_events_and_report_none(text):
    assert [e.label for e in events_of(text)] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Gunmen carried out a series of attacks in central Jordan on Sunday. In another "
            "attack, gunmen fired on a security patrol in Karak, causing no injuries.",
            "attack",
        ),
        ("Georgian forces attacked an Ossetian-controlled village.", "attack"),
        ("A Turkish policeman fatally shot Russia's ambassador to Turkey on Monday.", "attack"),
        (
            "U.S. Secretary of State Hillary Clinton met Russian Foreign Minister Sergei Lavrov "
            "in Brussels.",
            "meeting",
        ),
        ("Russian President Vladimir Putin hosted Turkish President Erdogan in Sochi.", "meeting"),
        ("The Lansing City Council will host several public hearings on the budget.", "meeting"),
        (
            "Three days of intense fighting between police and insurgents in a wooded area of "
            "Dagestan ended Saturday.",
            "clash",
        ),
        ("Rival Palestinian families clashed in a southern refugee camp on Saturday.", "clash"),
        ("After the IOC Valuation Committee visit to Sochi in February 2007, they left.", "visit"),
        (
            "The just completed major trade mission to China by the Government of Alberta "
            "takes on greater importance.",
            "visit",
        ),
        ("Rex Tillerson visited the Turkish capital of Ankara in March.", "visit"),
        ("A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus.", "bombing"),
        ("Putin and Erdogan have held several meetings in recent months.", "meeting"),
    ],
)
def test_the_right_events_beside_them_still_come_out(geoparser, text, etype):
    found = placed(geoparser, text)
    assert etype in [p[0] for p in found], found


def test_a_place_inside_a_name_is_not_where_it_happened(geoparser):
    church = placed(
        geoparser,
        "A nun reacts as Egyptian security forces inspect the scene of a bomb explosion at the "
        "Saint Peter and Saint Paul Coptic Orthodox Church on December 11, 2016, in Cairo's "
        "Abbasiya neighbourhood.",
    )
    assert church == [("bombing", "Cairo", "EG")]
    rampage = placed(
        geoparser,
        "Robert Stewart, 45, went on a terrifying rampage in the Pinelake Health and Rehab "
        "center in Carthage on Sunday morning, killing seven residents and a nurse.",
    )
    assert [p for p in rampage if p[1] == "Rehab"] == []
    meeting = placed(
        geoparser,
        "The meeting begins at 6:30 p.m. at the Manuel Maloof auditorium, 1300 Commerce Dr., "
        "in downtown Decatur.",
    )
    assert meeting == [("meeting", "Decatur", "US")]
    deal = placed(
        geoparser,
        "Nashville-based CCA signed a five-year agreement to lease the old county jail from "
        "Hall County.",
    )
    assert [p[1] for p in deal] != ["Nashville"]
    # a unit based somewhere is there
    visit = placed(
        geoparser,
        "Gen. Cartwright will visit the Gori-based first infantry brigade, according to the "
        "Georgian defence ministry.",
    )
    assert ("visit", "Gori", "GE") in visit


def test_a_home_town_is_not_where_it_happened(geoparser):
    stab = placed(
        geoparser,
        "He found the men early Saturday in Independence, but during an ensuing struggle, the "
        "48-year-old Kansas City man was fatally stabbed in the back.",
    )
    assert [p[1] for p in stab if p[0] == "attack"] != ["Kansas City"]


def test_a_place_from_the_article_far_from_the_sentences_own_is_refused(geoparser):
    text = (
        "CINCINNATI (Reuters) - A man from the Cincinnati area was sentenced on Wednesday. "
        "He lived in Cincinnati and was arrested in Cincinnati in May. "
        "Hussain was a British hacker regarded as a top computer expert for Islamic State in "
        "Syria, before he was killed in an August 2015 U.S. drone strike."
    )
    strikes = [p for p in placed(geoparser, text) if p[0] == "air_strike"]
    assert strikes and all(p[1] != "Cincinnati" for p in strikes)
    # a place near the one the sentence names is kept: Ramallah beside "jailed in Israel"
    text = (
        "Some Palestinian Authority officials in Ramallah have welcomed the news. "
        "Palestinian women attend a protest held by the Islamic Jihad movement calling for the "
        "release of prisoners jailed in Israel."
    )
    assert ("protest", "Ramallah", "PS") in placed(geoparser, text)


def test_an_address_or_a_byline_is_no_actor():
    text = (
        "The council meeting is at 7 p.m. at City Hall, 1200 E. Broad St. Lanier said the "
        "renovations would also include electrical work."
    )
    assert all("Broad" not in a for e in events_of(text) for a in e.actors)
    text = (
        "Susan Vela svela@lsj.com March 24, 2009 From Lansing State Journal The Lansing City "
        "Council will host several public hearings to consider the mayor's proposed budget."
    )
    meetings = [e for e in events_of(text) if e.type == "meeting"]
    assert [e.actors for e in meetings] == [["Lansing City Council"]]
