"""Wrong events of the thirteenth fresh batch and the known ones of the last stops, as kinds
(eventsq31).

The sentences here are of other wars, places and decades than the batch's stories; events are
found by the real spaCy pipeline and the real geoparser.
"""

from __future__ import annotations

import pytest

from tests.events_reading import events_of, one_event, reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 9 March 2011."""
    return reader(geoparsing, "2011-03-09")


@pytest.mark.parametrize(
    ("text", "etype", "person", "state"),
    [
        (
            "Bissau\n\nSoldiers killed Guinea-Bissau's President Joao Bernardo Vieira at his"
            " home in Bissau on Monday.\n",
            "attack",
            "Joao Bernardo Vieira",
            "Guinea-Bissau",
        ),
        (
            "Bissau\n\nGuinea-Bissau's President Joao Bernardo Vieira was killed in an attack"
            " on his residence on Monday.\n",
            "attack",
            "Joao Bernardo Vieira",
            "Guinea-Bissau",
        ),
        (
            "Beirut\n\nThe bomb killed Lebanon's former President Rene Moawad in Beirut.\n",
            "bombing",
            "Rene Moawad",
            "Lebanon",
        ),
        (
            "Moscow\n\nThe blast came after the killing of the Russian general Igor Kirillov by"
            " a bomb in Moscow on Tuesday.\n",
            "attack",
            "Igor Kirillov",
            "Russia",
        ),
    ],
)
def test_a_head_of_state_or_general_struck_is_the_person(read, text, etype, person, state):
    """ "Guinea-Bissau's President X", "the Russian general X", "his residence" after him:
    killed, the office holder is the one struck, not the state that names him."""
    ev = one_event(read, text, etype)
    assert person in ev.targets
    assert state not in ev.targets


def test_soldiers_struck_stay_their_side(read):
    """ "Two Israeli soldiers were killed": soldiers act and fall for their side."""
    text = "Hebron\n\nTwo Israeli soldiers were killed in an attack near Hebron on Monday.\n"
    assert "Israel" in one_event(read, text, "attack").targets


@pytest.mark.parametrize(
    "text",
    [
        "Kandahar\n\nGunmen stormed the governor's residence in Kandahar on Monday.\n",
        "Abeche\n\nRebels stormed the army barracks in Abeche on Sunday.\n",
    ],
)
def test_a_building_stormed_is_an_attack(read, text):
    """Storming a residence or barracks is an attack on it; no border is crossed."""
    assert events_of(read, text, "incursion") == []
    assert len(events_of(read, text, "attack")) == 1


def test_a_town_stormed_into_stays_an_incursion(read):
    text = "Gori\n\nRussian troops stormed into the Georgian town of Gori on Tuesday.\n"
    assert len(events_of(read, text, "incursion")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Paris\n\nFrance protested the killing of a French journalist in Yemen.\n",
        "Belgrade\n\nSerbia protested the decision on Monday.\n",
    ],
)
def test_a_state_that_protests_lodges_a_complaint(read, text):
    """A state protesting by its name is a government's complaint, no crowd in a street."""
    assert events_of(read, text, "protest") == []


def test_its_people_protesting_stay_a_protest(read):
    text = "Nairobi\n\nThousands of Kenyans protested the election results in Nairobi on Monday.\n"
    assert len(events_of(read, text, "protest")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Cairo\n\nEgypt's protest movement said on Friday it would continue.\n",
        "Cairo\n\nThe protest movement had called for demonstrations on Friday.\n",
    ],
)
def test_a_protest_movement_that_speaks_is_a_body(read, text):
    """ "the protest movement said", "had called for demonstrations": the group that speaks
    or calls, no protest (and no state as its protester)."""
    assert events_of(read, text, "protest") == []


def test_them_after_a_plural_of_people_is_no_state(read):
    """ "citizens would be allowed to protest, but ... forces had opened fire on them": they are
    the citizens, not the state named in the title."""
    text = (
        "Egypt\n\nState television said citizens would be allowed to protest peacefully, but"
        " witnesses said security forces had opened fire on them.\n"
    )
    assert "Egypt" not in one_event(read, text, "attack").targets


def test_who_intercepts_calls_held_none(read):
    """Who intercepted or tells of phone calls is no side of them."""
    text = (
        "Tbilisi\n\nGeorgian officials said they had intercepted phone calls in which a"
        " separatist leader discussed the attack with Russian officers.\n"
    )
    assert not any("Georgia" in e.actors for e in events_of(read, text, "phone_call"))


def test_troops_firing_into_a_crowd_attack_it(read):
    text = "Kathmandu\n\nTroops fired into a crowd of mourners in Kathmandu on Friday.\n"
    assert len(events_of(read, text, "attack")) == 1


def test_firing_into_the_air_is_no_attack(read):
    text = "Kisumu\n\nPolice fired into the air to disperse the crowd in Kisumu on Monday.\n"
    assert events_of(read, text, "attack") == []


def test_what_happens_now_and_then_is_no_event(read):
    """ "Raids ... have sporadically forced villagers across the border": what happens now and
    then ("sporadically", "from time to time") is a habit, no one raid."""
    text = (
        "Chad\n\nRaids by gunmen have sporadically forced villagers across the border into Chad.\n"
    )
    assert events_of(read, text, "attack") == []


@pytest.fixture(scope="module")
def read_2015(geoparsing):
    """Text -> its extraction, as an ingest reads a file dated 1 June 2015."""
    return reader(geoparsing, "2015-06-01")


def test_what_a_trend_grew_after_years_before_is_history(read_2015):
    """ "The unrest worsened after the army overthrew the president in July 2013", told in
    2015: the start of a trend, history; the same "on Monday" is the news."""
    old = (
        "Egypt\n\nThe unrest in the country worsened after the army overthrew the elected"
        " president in July 2013.\n"
    )
    assert events_of(read_2015, old, "coup") == []
    new = old.replace("in July 2013", "on Monday")
    assert len(events_of(read_2015, new, "coup")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Burundi\n\nHeavy fighting in a town on Burundi's northern border drove about 5,000"
        " people into Rwanda on Friday.\n",
        "Burundian fighting sends 5,000 fleeing to Rwanda\n\nHeavy fighting in a town on"
        " Burundi's northern border drove about 5,000 people into Rwanda on Friday.\n",
    ],
)
def test_where_people_fled_is_not_where_the_fighting_was(read_2015, text):
    """Where the fighting drove people, or where they fled, is their refuge, not its place."""
    out = read_2015(text)
    clashes = [e for e in out.events if e.type == "clash"]
    assert clashes
    for e in clashes:
        tp = out.event_places.get(e.id)
        assert tp is None or tp.name != "Rwanda"


def test_protests_an_act_set_off_were_held(read_2015):
    """ "setting off three days of protests": to set off is to start, not to plan."""
    text = (
        "Bangladesh\n\nPolice shot dead a student in Dhaka on Monday, setting off three days of"
        " protests.\n"
    )
    assert [e.status for e in events_of(read_2015, text, "protest")] == [""]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Sudan\n\nSudanese jets bombed Juba, and South Sudan sent its planes to Heglig.\n",
            "Juba",
        ),
        ("Iraq\n\nIraqi jets bombed Tehran, and Iran sent its planes to Basra.\n", "Tehran"),
    ],
)
def test_a_town_bombed_is_where_the_strike_was(read, text, town):
    """ "Iraqi jets bombed Tehran, and Iran sent its planes to Basra": the town struck is the
    strike's place, not the striker's land in the title, nor where the other side sent its
    planes."""
    out = read(text)
    strikes = [e for e in out.events if e.type == "air_strike"]
    assert len(strikes) == 1
    assert out.event_places[strikes[0].id].name == town


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Talks\n\nThe two sides held peace talks in Uganda in June.\n", "Uganda"),
        (
            "Talks\n\nThe rebels and the government held peace talks in Tanzania in June.\n",
            "Tanzania",
        ),
    ],
)
def test_talks_held_in_a_country_are_there(read, text, land):
    """ "held peace talks in Uganda": where the talks a verb holds were held, however the
    parser hangs the place (on "talks" rather than on "held")."""
    out = read(text)
    talks = [e for e in out.events if e.type == "meeting"]
    assert len(talks) == 1
    assert out.event_places[talks[0].id].name == land


@pytest.mark.parametrize(
    ("text", "land"),
    [
        (
            "Ouagadougou\n\nSoldiers in Burkina Faso staged a failed coup attempt on Monday.\n",
            "Burkina Faso",
        ),
        ("N'Djamena\n\nRebel soldiers attempted a coup in Chad on Monday.\n", "Chad"),
    ],
)
def test_a_coup_attempted_or_staged_and_failed_is_an_attempted_coup(read, text, land):
    out = read(text)
    (ev,) = (e for e in out.events if e.type == "coup")
    assert ev.status == "attempted"
    assert out.event_places[ev.id].name == land


def test_who_flee_shelling_do_not_shell(read):
    """ "Villagers evacuated the valley as shelling intensified": the shelling is the subject
    of its own clause, not the villagers' act."""
    text = "Lebanon\n\nVillagers evacuated the valley as shelling intensified.\n"
    assert not any("villagers" in e.actors for e in read(text).events)


def test_a_list_of_harms_in_the_present_progressive_is_a_habit(read):
    text = (
        "Manchester\n\nPolice say these teenagers are breaking into shops, assaulting people and"
        " stealing cars.\n"
    )
    assert events_of(read, text, "attack") == []


def test_the_speaker_after_the_clause_parsed_as_its_second_verb_is_no_actor(read):
    """ "..., the army's spokesman, Sani Usman, said on Monday": the parser makes "said" a
    second verb of the clause it reports and the spokesman its object; who reports a plan
    is no actor of it."""
    text = (
        "Abuja\n\nThe army will deploy soldiers in Borno next week, the army's spokesman, Sani"
        " Usman, said on Monday.\n"
    )
    ev = one_event(read, text, "deployment")
    assert not any("Usman" in a for a in ev.actors)


def test_a_states_side_named_two_ways_in_one_story_is_one_act(read):
    """ "Syrian troops fire on mourners" (the lexicon's side "Syrian government (Assad)") over
    "Syrian security forces fired live bullets at mourners in Homs" (the state): one act told
    in the title and the body."""
    text = (
        "Syrian troops fire on mourners, eight killed\n\nSyrian security forces fired live"
        " bullets at mourners in Homs on Saturday, killing at least eight people, activists"
        " said.\n"
    )
    assert len(events_of(read, text, "attack")) == 1


def test_live_rounds_fired_into_a_crowd_are_an_attack(read):
    text = (
        "Kisumu\n\nAbout an hour later the police arrived and fired live rounds into a crowd"
        " outside the party's offices in Kisumu.\n"
    )
    assert len(events_of(read, text, "attack")) == 1


def test_shots_fired_into_the_air_are_no_attack(read):
    """ "fired shots into the air in Kisumu on Wednesday": warning shots are no attack (main
    read "on Wednesday" as "fired on")."""
    text = "Kisumu\n\nPolice arrived and fired shots into the air in Kisumu on Wednesday.\n"
    assert events_of(read, text, "attack") == []


def test_a_town_bombed_on_a_day_is_not_an_undated_attack_there(read):
    """ "an alleged chemical weapons attack in Harasta", then "forces began to shell Harasta
    again on Friday", in an undated story: one town, two types, and only one of the two says
    when: two events (the town shelled is now the shelling's place)."""
    text = (
        "Harasta\n\nThe State Department called the reports of mass casualties from an alleged"
        " chemical weapons attack in Harasta horrifying.\n\nAfter a lull of some days,"
        " government forces began to bombard Harasta again on Friday.\n"
    )
    out = read(text, None)
    assert sorted(e.type for e in out.events) == ["attack", "bombardment"]


def test_a_title_joins_its_storys_dated_report_of_another_type(read):
    """ "Two soldiers killed in Kashmir skirmish" over "Pakistani troops killed two Indian
    soldiers yesterday near the border in Kashmir": a title tells no time, its story does."""
    text = (
        "Three policemen killed in Punjab skirmish, army says\n\nIndian troops killed three"
        " Pakistani policemen yesterday near the disputed border in Punjab, the Pakistani army"
        " said.\n"
    )
    out = read(text)
    assert len([e for e in out.events if e.type in ("clash", "attack")]) == 1
