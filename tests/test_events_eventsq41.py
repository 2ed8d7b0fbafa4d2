"""Kinds a twenty-second fresh batch (benchmarks/data/events_fresh22) read wrong or missed,
fixed as kinds (branch eventsq41), each beside sentences of other senses written for it that
keep their reading:

- a name right after a range's word ("the Sierra Nevada") is the range's, not Nevada's;
- a town named after its role ("37 miles north of the capital, San Salvador") is where a
  distance is reckoned from, as the town named alone is;
- a place the sentence sets apart ("a different temple site from Preah Vihear") is not where;
- "meanwhile" in a clause the parser cut off at a semicolon tells another occasion;
- a people's tribe, clan or herdsmen are those men, not their state;
- a subjectless clause the parse hangs on a verb of telling is not the teller's act;
- a land's name before a settlement's word ("Nigeria village attacks") is where, not who;
- acts "over the past decade" and acts that "have cut output this year" are a toll, no event,
  and "those who abduct foreigners" a kind of men;
- invading a facility is an attack, no incursion; an offensive against an armed group at home
  crosses into no land, an attack;
- armies that "exchanged gunfire" or fought "an artillery duel" clashed.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 059b245d."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, one_event, reader
from tests.events_reading import places_of as _places

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh22" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2024-05-05")


def _names(geoparsing, text: str) -> dict[str, str | None]:
    gp, _gz = geoparsing
    return {
        text[t.start : t.end]: (t.candidate.country if t.candidate else None)
        for t in gp.parse(text)
    }


def _place_of(out, ev) -> str | None:
    tp = out.event_places.get(ev.id)
    return tp.name if tp is not None else None


# --- a range's name -------------------------------------------------------------------------------


def test_a_name_after_a_ranges_word_is_the_range(geoparsing) -> None:
    out = article(geoparsing, DOCS / "kidnap-sierranevada-voa-2003.txt")
    [kidnapping] = [e for e in out.events if e.type == "kidnapping"]
    tp = out.event_places[kidnapping.id]
    assert tp.candidate is not None and tp.candidate.country == "CO"  # not Nevada, US
    names = _names(geoparsing, "Hikers were lost in the Sierra Nevada of California on Sunday.")
    assert "Nevada" not in names and names["California"] == "US"
    names = _names(geoparsing, "Snow fell on the Sierra Nevada near Granada, Spain.")
    assert "Nevada" not in names and names["Spain"] == "ES"
    # a country or a state named whole or alone stays
    assert _names(geoparsing, "Sierra Leone's army fought rebels.")["Sierra Leone"] == "SL"
    assert _names(geoparsing, "Nevada's governor declared an emergency.")["Nevada"] == "US"


# --- a town reckoned from by its role -------------------------------------------------------------


def test_a_town_named_after_its_role_is_reckoned_from(read, geoparsing) -> None:
    out = article(geoparsing, DOCS / "guerrillas-elparaiso-latimes.txt")
    [attack] = [e for e in out.events if e.type == "attack"]
    assert _place_of(out, attack) == "Chalatenango"  # not San Salvador
    text = "A car bomb exploded 20 km south of the capital, Baghdad, on Monday."
    assert _places(read, text, "bombing") != ["Baghdad"]
    # in the town, or in a part of it, it stays
    text = "A car bomb exploded in the capital, Baghdad, on Monday."
    assert _places(read, text, "bombing") == ["Baghdad"]
    text = "Gunmen attacked a checkpoint in the north of the capital, Kabul, on Monday."
    assert _places(read, text, "attack") == ["Kabul"]


# --- a place set apart ----------------------------------------------------------------------------


def test_a_place_set_apart_is_not_where(read, geoparsing) -> None:
    out = article(geoparsing, DOCS / "border-tamoan-thehindu.txt")
    assert all(_place_of(out, e) != "Preah Vihear" for e in out.events)
    assert _places(read, "Rebels attacked a town other than Goma on Monday.", "attack") == [None]
    text = "Both sides said the fighting took place near a different temple from Preah Vihear."
    assert _places(read, text, "clash") == [None]
    # named as where it was, it stays
    text = "The fighting took place near Preah Vihear temple on Friday."
    assert _places(read, text, "clash") == ["Preah Vihear"]
    text = "Troops clashed with rebels in Goma rather than in Bukavu."
    assert _places(read, text, "clash") == ["Goma"]


# --- "meanwhile" before a semicolon ---------------------------------------------------------------


def test_meanwhile_before_a_semicolon_tells_another_occasion(geoparsing) -> None:
    out = article(geoparsing, DOCS / "carbomb-ghazni-gaeatimes-2010.txt")
    [bombing] = [e for e in out.events if e.type == "bombing"]
    assert _place_of(out, bombing) != "Laghman"  # the coalition's killing there is another act
    [laghman] = [e for e in out.events if e.type == "attack"]
    assert _place_of(out, laghman) == "Laghman"
    # the Chattogram protest police foiled "meanwhile" is its own, not the Dhaka march's
    out = article(geoparsing, ROOT / "benchmarks/data/events_fresh/docs/protest-dhaka-2024.txt")
    assert "Chattogram" in [_place_of(out, e) for e in out.events if e.type == "protest"]


# --- a tribe's men --------------------------------------------------------------------------------


def test_a_peoples_tribe_or_herdsmen_are_those_men(read) -> None:
    text = "Last year a Yemeni tribe abducted two foreign engineers and their Yemeni driver."
    assert one_event(read, text, "kidnapping").actors == ["Yemeni tribe"]
    text = "Fulani herdsmen attacked three villages in Plateau state on Sunday."
    assert one_event(read, text, "attack").actors == ["Fulani herdsmen"]
    # a state's troops stay the state's
    assert one_event(read, "Yemeni troops attacked a tribe in Marib.", "attack").actors == ["Yemen"]


# --- a teller's subjectless clause ----------------------------------------------------------------


def test_a_subjectless_clause_of_a_teller_is_not_the_tellers_act(read) -> None:
    text = (
        "Police confirmed that herdsmen believed to be from the Fulani ethnic group carried out"
        " the attacks, NPR reports."
    )
    assert one_event(read, text, "attack").actors == []  # not the police
    text = "The Taliban said they carried out the attack in Kabul."
    assert one_event(read, text, "attack").actors == ["Taliban"]


# --- a land before a settlement's word ------------------------------------------------------------


def test_a_land_before_a_settlements_word_is_where(read) -> None:
    ev = one_event(read, "At least 100 killed in Nigeria village attacks", "attack")
    assert ev.actors == []  # not Nigeria
    ev = one_event(read, "Gunmen kill 20 in Nigeria village attack", "attack")
    assert ev.actors == ["gunmen"]
    # a land before the event's own noun still acts
    assert one_event(read, "Russia attack kills 10 in Kharkiv", "attack").actors == ["Russia"]


# --- tolls ----------------------------------------------------------------------------------------


def test_a_toll_over_the_past_decade_or_the_year_is_no_event(read) -> None:
    text = (
        "Scores of tourists and foreigners working in Yemen have been kidnapped over the past"
        " decade by tribesmen demanding better schools."
    )
    assert events_of(read, text, "kidnapping") == []
    text = (
        "Attacks and hostage-takings by militants have cut Nigeria's usual output of 2.5"
        " million barrels a day by a quarter this year."
    )
    assert events_of(read, text, "attack") == []
    # one act told with its own time stays
    text = "Gunmen attacked a police station in Kano last year, killing four officers."
    assert len(events_of(read, text, "attack")) == 1
    text = "Over the past week, rebels attacked a convoy near Goma on Monday."
    assert len(events_of(read, text, "attack")) == 1
    assert len(events_of(read, "Air strikes killed 20 people in Idlib on Monday.", "air_strike"))


def test_a_kind_of_doer_is_no_act(read) -> None:
    text = "Saleh says he will act forcefully against those who abduct foreigners."
    assert events_of(read, text, "kidnapping") == []
    assert events_of(read, "The law punishes anyone who attacks a police officer.", "attack") == []
    # men who did it on a day did it
    text = "Gunmen who attacked a convoy in Gao on Monday killed four soldiers."
    assert events_of(read, text, "attack") != []


# --- invading a facility, an offensive at home ----------------------------------------------------


def test_invading_a_facility_is_an_attack_and_an_offensive_at_home_no_incursion(read) -> None:
    text = "The militants invaded the Ogbainbiri facility in Bayelsa state after a gunfight."
    assert events_of(read, text, "incursion") == []
    assert one_event(read, text, "attack").actors == ["militants"]
    text = "Tensions have risen since Congo's army began an offensive against the FDLR in 2015."
    assert events_of(read, text, "incursion") == []
    assert one_event(read, text, "attack").actors == ["Democratic Republic of the Congo"]
    # a land invaded, an offensive into another land, stay incursions; fans on a pitch none
    text = "Turkey launched an offensive against Kurdish militias in Syria on Sunday."
    assert _places(read, text, "incursion") == ["Syria"]
    assert len(events_of(read, "Iraqi troops invaded Kuwait on Thursday.", "incursion")) == 1
    assert read("Fans invaded the pitch in Malang after the match.").events == []


# --- fire exchanged -------------------------------------------------------------------------------


def test_armies_that_exchanged_gunfire_clashed(read, geoparsing) -> None:
    out = article(geoparsing, DOCS / "border-tamoan-thehindu.txt")
    assert [sorted(e.actors) for e in out.events if e.type == "clash"] == [["Cambodia", "Thailand"]]
    text = "Cambodian and Thai troops resumed an artillery duel along their border on Saturday."
    assert sorted(one_event(read, text, "clash").actors) == ["Cambodia", "Thailand"]
    text = "Troops traded fire with rebels near Goma on Sunday."
    assert _places(read, text, "clash") == ["Goma"]
    # words traded in a quarrel, gifts exchanged: no fight
    assert read("Critics exchanged fire with the minister over the budget.").events == []
    assert read("The two leaders exchanged gifts in Beijing on Monday.").events == []
