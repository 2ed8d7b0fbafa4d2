"""The events audit's fifteenth pass (branch eventsq14): coups, expulsions of diplomats and
releases of hostages or prisoners, the kinds of news the second fresh batch
(benchmarks/data/events_fresh2) held and the extraction had no type for. Each type is tested on
the batch's sentences and on written news of other countries and decades, with the words in
other senses that must stay no event ("a diplomatic coup", "expelled from the party", "released
a statement", "released on bail", "the film's release") and what is only threatened, failed or
demanded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import events_of as _events
from tests.events_reading import one_event as _one
from tests.events_reading import places_of as _place
from tests.events_reading import reader

FRESH2 = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "events_fresh2" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 19 December 2016."""
    return reader(geoparsing, "2016-12-19")


# --- coups ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        # coup-burkina-2022: who seized power is who said so, the soldiers, not their state
        (
            "Soldiers in Burkina Faso said on state television on Monday that they had seized"
            " power in the West African country and dissolved the government and the parliament.",
            ["soldiers"],
            [],
        ),
        (
            "Mutinous soldiers overthrew President Mohamed Bazoum in Niamey on Wednesday.",
            ["mutinous soldiers"],
            ["Mohamed Bazoum"],
        ),
        # the officers act against their own state: not "Coup: Thailand"
        (
            "Thai army officers staged a bloodless coup in Bangkok on Tuesday.",
            ["Thai army officers"],
            [],
        ),
        (
            "General Augusto Pinochet seized power in a military coup in Santiago on"
            " September 11, 1973.",
            ["Augusto Pinochet"],
            [],
        ),
        (
            "Gabon's army officers said on television on Wednesday they had taken power.",
            ["Gabon's army officers"],
            [],
        ),
    ],
)
def test_a_coup_and_who_staged_it(read, text, actors, targets):
    ev = _one(read, text, "coup")
    assert (ev.actors, ev.targets, ev.status) == (actors, targets, "")


def test_a_coup_against_a_leader_is_not_at_a_town_in_her_name(read):
    # coup-myanmar-yahoo-2021: "Aung San" of Aung San Suu Kyi had been a town in Myanmar
    text = (
        "Myanmar's military seized power on Monday in a coup against the elected government of"
        " Aung San Suu Kyi."
    )
    ev = _one(read, text, "coup")
    assert ev.targets == ["Aung San Suu Kyi"]
    # eventsq17: in the country of the soldiers who seized power, never the town in her name
    assert _place(read, text, "coup") == ["Myanmar"]


def test_the_coup_of_the_whole_story_is_not_at_a_town_in_her_name(read):
    # coup-myanmar-yahoo-2021 as written: there the tagger calls "Aung San Suu Kyi" a body
    text = (FRESH2 / "coup-myanmar-yahoo-2021.txt").read_text(encoding="utf-8")
    assert "Aung San" not in _place(read, text, "coup")
    assert _events(read, text, "coup")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Canaan Board of Finance met on Tuesday to discuss the budget.", "Canaan"),
        ("The Alexandria City Council met on Monday night.", "Alexandria"),
    ],
)
def test_a_body_named_after_its_town_meets_there(read, text, place):
    assert _place(read, text, "meeting") == [place]


def test_a_coup_named_by_its_country_has_the_country_as_place_not_as_actor(read):
    # coup-myanmar-hellotricity-2021's headline
    ev = _one(read, "Myanmar coup: military takes control of the country", "coup")
    assert "Myanmar" not in ev.actors
    assert _place(read, "Myanmar coup: military takes control of the country", "coup") == [
        "Myanmar"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The coup of 1973 is remembered every September in Santiago.",
        "The 1973 military coup in Chile is remembered every September.",
        "Winning the contract was a diplomatic coup for the minister.",
        "The signing of the striker is a major coup for the club.",
        "Landing the interview was a journalistic coup.",
        # a failed coup named as a time, or alleged: no coup (events_fresh's Pretoria story,
        # and written ones); a failed attempt told as news ("An attempted coup in Ankara was
        # crushed") is an attempted coup since eventsq30 (tests/test_events_thirtieth.py)
        "Ivory Coast has been split between the rebel-held north and the loyalist south since a"
        " failed coup in 2002.",
        "Officials said an alleged coup plot had been foiled in Bamako.",
        # power taken by a vote, people ousted by voters or a board, things seized
        "The Conservatives took power after the election in 1979.",
        "The president took power in January after a landslide victory.",
        "Voters ousted the mayor in a landslide in Akron.",
        "The board ousted the chief executive on Monday.",
        "Police seized two tonnes of cocaine in Rotterdam.",
        # alleged or remembered (the old audit's lgl-42573072 and lgl-40062880)
        "The saga has echoes of 2007, when the government accused opposition figures of trying"
        " to stage a coup during opposition protests that were smashed by police.",
        '"We must not forget that Hamas seized power in the Gaza Strip through a military coup'
        ' in 2007," he said.',
        "The opposition said they would take power peacefully.",
    ],
)
def test_no_coup(read, text):
    assert _events(read, text, "coup") == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia sells arms to the Malian army, which seized power in a 2020 coup.",
        "The junta, which seized power in a military coup in 2021, bombed the town on Saturday.",
    ],
)
def test_a_coup_of_an_earlier_year_that_says_who_someone_is_is_no_news(read, text):
    # who they are, told by what they did years before the article (August 2023)
    assert _events(read, text, "coup", "2023-08-27") == []


def test_a_coup_told_in_the_years_own_news_is_kept(read):
    text = "Soldiers seized power in Niamey on Wednesday, the army said."
    assert len(_events(read, text, "coup", "2023-07-28")) == 1


# --- expulsions of diplomats ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        # expel-syria-wwno-2012: the charge d'affaires is a diplomat by his apposition
        (
            "The U.S. State Department on Tuesday expelled Zuheir Jabbour, the charge d'affaires"
            " at the Syrian embassy in Washington.",
            ["United States"],
            ["Zuheir Jabbour"],
        ),
        (
            "Russia expelled 23 British diplomats from Moscow on Saturday in retaliation.",
            ["Russia"],
            ["United Kingdom"],
        ),
        (
            "Ecuador expelled the Venezuelan ambassador on Friday, the foreign ministry said.",
            ["Ecuador"],
            ["Venezuela"],
        ),
        ("Beijing expelled a Canadian diplomat in retaliation on Tuesday.", ["China"], ["Canada"]),
    ],
)
def test_an_expulsion_of_diplomats(read, text, actors, targets):
    ev = _one(read, text, "expulsion")
    assert (ev.actors, ev.targets, ev.status) == (actors, targets, "")


def test_an_expulsion_announced_is_planned(read):
    text = "Poland will expel 45 Russian diplomats suspected of spying, the minister said."
    assert _one(read, text, "expulsion").status == "planned"


def test_the_expulsion_of_diplomats_names_no_target_diplomats(read):
    # expel-putin-2017: "the largest expulsion of diplomats in history" had no one's diplomats
    text = (
        "President Vladimir Putin has ordered several hundred American staff to leave the"
        " diplomatic missions in Russia, in what is believed to be the largest expulsion of"
        " diplomats in history."
    )
    assert _one(read, text, "expulsion").targets == []


@pytest.mark.parametrize(
    "text",
    [
        "How to expel a diplomat",  # expel-syria-wwno-2012's headline: a way, not an event
        "Britain threatened to expel Russian diplomats if Moscow did not explain the attack.",
        "Germany could expel Russian diplomats if the investigation confirms the claims.",
        "The student was expelled from the party for his remarks.",
        "The party expelled two senators for disloyalty.",
        "The school expelled three pupils last year.",
    ],
)
def test_no_expulsion(read, text):
    assert _events(read, text, "expulsion") == []


# --- releases of hostages and prisoners -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "targets"),
    [
        # hostage-guaviare-2008: the rebels are not Colombia's state
        (
            "Colombia's Marxist rebels freed two women hostages on Thursday after years in the"
            " jungle.",
            ["Colombia's Marxist rebels"],
            ["hostages"],
        ),
        # hostage-chavez-2008: the hostages are Colombians, not Colombia
        (
            "Marxist rebels freed four Colombian hostages in the jungle on Wednesday in a deal"
            " brokered by Venezuela's President Hugo Chavez.",
            ["Marxist rebels"],
            ["Colombian hostages"],
        ),
        (
            "The Houthis released 14 Saudi prisoners in Sanaa on Friday.",
            ["Houthis"],
            ["Saudi prisoners"],
        ),
        (
            "Al-Shabab militants freed a Kenyan hostage in Mogadishu on Monday.",
            ["al-Shabaab"],
            ["Kenyan hostage"],
        ),
    ],
)
def test_a_release_and_who_freed_whom(read, text, actors, targets):
    ev = _one(read, text, "release")
    assert (ev.actors, ev.targets, ev.status) == (actors, targets, "")


def test_hostages_handed_over_are_released_where_they_were_handed_over(read):
    # hostage-choco-2008 (check set)
    text = (
        "The Revolutionary Armed Forces of Colombia handed the hostages over to the International"
        " Committee of the Red Cross in Choco on Wednesday."
    )
    ev = _one(read, text, "release")
    assert ev.targets == ["hostages"]
    assert _place(read, text, "release") == ["Choco"]


def test_hostages_released_by_their_captors_in_the_passive(read):
    # hostage-hamas-lawblog-2023
    text = "About two dozen hostages held in Gaza were released by Hamas on Friday."
    ev = _one(read, text, "release")
    assert (ev.actors, ev.targets) == (["Hamas"], ["hostages"])
    assert _place(read, text, "release") == ["Gaza"]


def test_captives_named_by_their_kidnapping_are_released_and_were_kidnapped(read):
    # hostage-choco-2008: two events, the release and the kidnapping it undoes
    text = (
        "Colombian rebels have released four tourists who were kidnapped in January on a beach"
        " in the north-western province of Choco."
    )
    assert _one(read, text, "release").actors == ["Colombian rebels"]
    assert len(_events(read, text, "kidnapping")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The company released a statement on Monday.",
        "The suspect was released on bail in Leeds on Friday.",
        "The prisoner was released on parole after serving ten years.",
        "Three prisoners were released from the jail in Houston on Friday.",
        "The film's release in Paris was delayed.",
        "The band released a new album in Nashville.",
        "The police released the names of the victims on Monday.",
        "The ministry released the documents held by the archive.",
        "The police handed over the keys to the mayor.",
        "The carbon dioxide that is captured will be released, he said.",
        # demanded or promised, not done (coup-myanmar-hellotricity-2021, villavicencio-2012)
        "The United States and Australia called for the release of the detained leaders.",
        "Rebels demanded the release of 50 prisoners held by the government.",
        "The FARC had promised in February to free them.",
    ],
)
def test_no_release(read, text):
    assert _events(read, text, "release") == []


# --- an armed group of a country is not its state ---------------------------------------------


def test_a_countrys_rebels_of_a_creed_are_not_the_state(read):
    text = "Colombia's Marxist rebels attacked a police station in Cali on Monday."
    assert _one(read, text, "attack").actors == ["Colombia's Marxist rebels"]
