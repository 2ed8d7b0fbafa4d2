"""A conflict is shown from a sentence with no claim in it only where the sentence speaks of
that conflict, not where it names the conflict's country in passing: as where people come from
("militias from Lebanon, Iraq and Afghanistan" in a story of Syria's war, "refugees from Sudan"
in Lebanon), by its country beside another war of the same ground named by a word of its own
("peace in Darfur" is the War in Darfur, not the Sudan war listed from 2023), or beside no
fighting but another war's name ("during World War II")."""

from __future__ import annotations

import pytest


def _wars(parse, text: str, published: str | None = None) -> set[str]:
    return {t.id for t in parse(text, published).theatres}


@pytest.mark.parametrize(
    ("text", "not_wars"),
    [
        (
            "Government troops, helped by Russian jets and by militias from Lebanon, Iraq and "
            "Afghanistan, retook the rebel-held east of Aleppo after a month of shelling.",
            {"lebanon", "iraq", "afghanistan"},
        ),
        (
            "The camp near Amman shelters thousands of refugees from Somalia, Yemen and Iraq, "
            "most of whom fled the fighting years ago.",
            {"somalia", "yemen", "iraq"},
        ),
        (
            "Volunteers from Libya and Somalia joined the rebels who attacked the airport "
            "outside Bamako on Tuesday.",
            {"libya", "somalia"},
        ),
    ],
)
def test_a_country_named_as_where_people_come_from_shows_no_war(parse, text, not_wars) -> None:
    assert not (_wars(parse, text) & not_wars)


@pytest.mark.parametrize(
    ("text", "wars"),
    [
        (
            "Government troops, helped by Russian jets and by militias from Lebanon, Iraq and "
            "Afghanistan, retook the rebel-held east of Aleppo after a month of shelling.",
            {"syria"},
        ),
        (
            "Fighting raged in Lebanon, Iraq and Afghanistan as the militias attacked army posts.",
            {"lebanon", "iraq", "afghanistan"},
        ),
        ("Thousands of refugees fled from Somalia as the militias shelled Mogadishu.", {"somalia"}),
        ("American troops withdrew from Iraq after eight years of fighting.", {"iraq"}),
    ],
)
def test_a_war_fought_in_the_countries_named_is_still_shown(parse, text, wars) -> None:
    assert wars <= _wars(parse, text)


@pytest.mark.parametrize(
    ("text", "war", "not_war"),
    [
        (
            "Ending the war in Darfur is a priority for both Chad and Sudan, the envoy told "
            "reporters.",
            "darfur",
            "sudan",
        ),
        (
            "Soviet troops and the mujahideen fought for the Salang pass in Afghanistan in 1985.",
            "soviet-afghan-war",
            "afghanistan",
        ),
    ],
)
def test_the_war_the_sentences_own_word_names_wins(parse, text, war, not_war) -> None:
    found = _wars(parse, text)
    assert war in found
    assert not_war not in found


@pytest.mark.parametrize(
    ("text", "war"),
    [
        # Darfur's war is listed to 2020: a sentence of 2023 names the war of its year
        (
            "In 2023 the fighting between the army and the RSF spread from Khartoum to Darfur.",
            "sudan",
        ),
        ("Sudanese troops shelled rebel positions near Khartoum on Monday.", "sudan"),
        ("Afghan troops fought the Taliban near Kandahar in 2010.", "afghanistan"),
    ],
)
def test_a_war_whose_own_word_is_named_or_that_stands_alone_stays(parse, text, war) -> None:
    assert war in _wars(parse, text)


@pytest.mark.parametrize(
    ("text", "not_war"),
    [
        (
            "Ignorance of the Holocaust during World War II is common among Palestinian "
            "students, the teacher said.",
            "gaza",
        ),
        (
            "Many Iraqi families still keep photographs from before the Cold War in their albums.",
            "iraq",
        ),
        (
            "Libyan students who studied in Moscow during the Second World War met again in "
            "Benghazi.",
            "libya",
        ),
    ],
)
def test_another_wars_name_is_no_fighting(parse, text, not_war) -> None:
    assert not_war not in _wars(parse, text)


@pytest.mark.parametrize(
    ("text", "war"),
    [
        ("Palestinian militants fired rockets from Gaza into southern Israel.", "gaza"),
        ("The Syrian Civil War has killed hundreds of thousands of people.", "syria"),
        (
            "Iraqi veterans of the Gulf War said the war in Iraq had killed their sons.",
            "iraq",
        ),
    ],
)
def test_fighting_of_the_war_itself_still_shows_it(parse, text, war) -> None:
    assert war in _wars(parse, text)


@pytest.mark.parametrize(
    ("text", "not_wars"),
    [
        (
            "British and American jets helped shoot down Iranian drones and missiles over "
            "Jordan, Syria and Iraq on Saturday night.",
            {"syria", "iraq"},
        ),
        (
            "Fighters of the Islamic State of Iraq and the Levant (ISIS) seized a gas field "
            "from rival militants.",
            {"sahel"},
        ),
        (
            "Israeli jets bombed an army depot near Damascus overnight, the Israeli military said.",
            {"gaza"},
        ),
        (
            "An Israeli official said Israel had refused Georgian requests for weapons before "
            "the fighting began.",
            {"gaza"},
        ),
        (
            "Ivory Coast has been split between the rebel-held north and the loyalist south "
            "since a failed coup in 2002.",
            {"northern-ireland"},
        ),
    ],
)
def test_a_war_named_in_passing_beside_another_ground_is_not_shown(parse, text, not_wars) -> None:
    assert not (_wars(parse, text) & not_wars)


@pytest.mark.parametrize(
    ("text", "war"),
    [
        ("Iraqi troops shot down drones over Mosul on Saturday night.", "iraq"),
        ("Islamic State fighters attacked an army post near Mosul in Iraq.", "iraq"),
        ("Israeli jets bombed Hamas positions in Gaza overnight.", "gaza"),
        ("Rockets fired by Palestinian militants fell on towns in southern Israel.", "gaza"),
        ("Loyalist gunmen shot dead two men in Belfast in 1992.", "northern-ireland"),
    ],
)
def test_the_war_itself_named_so_is_still_shown(parse, text, war) -> None:
    assert war in _wars(parse, text)


@pytest.mark.parametrize(
    ("text", "not_war"),
    [
        (
            "The charity in Beirut gives legal advice to Iraqi refugees who were never "
            "registered with the UN agency.",
            "iraq",
        ),
        (
            "Clashes between rival Palestinian families killed two men in a camp near Sidon.",
            "gaza",
        ),
    ],
)
def test_a_peoples_word_on_people_who_do_not_fight_shows_no_war(parse, text, not_war) -> None:
    assert not_war not in _wars(parse, text)


def test_a_peoples_word_on_armed_men_still_shows_their_war(parse) -> None:
    assert "iraq" in _wars(parse, "Iraqi troops fought the militants for a week on Saturday.")


def test_a_lands_word_on_a_conflict_noun_still_shows_the_war(parse) -> None:
    text = (
        "Much hinges on the United States taking a fresh view of the Arab-Israeli conflict, "
        "one free of its old bias towards Israel."
    )
    assert "gaza" in _wars(parse, text)
