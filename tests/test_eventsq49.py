"""Kinds a thirtieth fresh batch (benchmarks/data/events_fresh30) read wrong or missed, fixed
as kinds (branch eventsq49), each beside sentences of other senses written for it that keep
their reading (benchmarks/data/eventsq49/stories.txt):

- an act in the present perfect over months or years is a habit, no one act ("Bandits have
  attacked cattle herders in recent years");
- acts in the plural named as what afflicts a place describe it ("a region ravaged by the
  attacks of jihadist groups"), and their doer is no target of another act;
- a raid by the police or the state's agents on a party's, a paper's or a man's premises is a
  search, no attack, and so is "the raid" told after it;
- a verb in the simple past that the parse joins to a "where" clause in the progressive is done
  by the subject of the verb the place hangs on ("entered a guesthouse where pilgrims were
  sleeping and opened fire": the gunmen);
- one person named by whose he is ("their Afghan interpreter") is that person, not his state;
- a bomb that goes off at a game is a bomb, whatever words of sport stand around it;
- a ship of a coast guard or a navy that rams a vessel attacks it;
- an attack on a freedom is a figure of speech.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 572bf087."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.events_reading import article, events_of, reader

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "benchmarks" / "data" / "events_fresh30" / "docs"


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, None)


def _sides(out) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, e.actors, e.targets) for e in out.events]


def test_a_habit_over_years(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "tourists-nangaparbat-blogspot-2013.txt")
    assert not [s for s in _sides(out) if "militants" in s[1]], _sides(out)
    habit = "Bandits have attacked cattle herders in the hills of Karamoja in recent years."
    assert read(habit, "2011-05-02").events == []
    # ours, of other senses: acts of recent days, or of a day of their own, stay
    days = "Rebels have attacked three police posts near Bunia in recent days, the army said."
    assert events_of(read, days, "attack", "2008-07-14")
    own = "Militants have attacked an army post in Sinai on Wednesday, killing four soldiers."
    assert events_of(read, own, "attack", "2015-09-30")


def test_a_land_afflicted_by_attacks(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "stadium-damaturu-chat212-2014.txt")
    assert not [s for s in _sides(out) if "Boko Haram" in s[2]], _sides(out)
    land = "Diffa is a region ravaged by the attacks of jihadist groups, which displaced many."
    assert events_of(read, land, "attack", "2017-08-01") == []
    city = "Peshawar, a city plagued by bombings, hosted the cricket match on Sunday."
    assert events_of(read, city, "bombing", "2009-04-20") == []
    # ours, of another sense: one bombing that ravaged a town is the news
    one = "Kaduna was ravaged by a bombing at a church on Sunday, police said."
    assert events_of(read, one, "bombing", "2012-06-04")


def test_a_police_raid_is_a_search(geoparsing, read) -> None:
    for name in ("raid-harare-makaipa-2008.txt", "raid-imo-metroblog.txt"):
        out = article(geoparsing, DOCS / name)
        assert not [e for e in out.events if e.type == "attack"], (name, _sides(out))
    home = "The government raided the home of an opposition leader in Lusaka and took his papers."
    assert events_of(read, home, "attack", "1997-09-15") == []
    after = (
        "Officers of the Lagos police searched the offices of a radio station on Monday. "
        "Staff said the raid lasted two hours."
    )
    assert events_of(read, after, "attack", "2018-02-07") == []
    # ours, of other senses: armed men's raids stay attacks
    camp = "Commandos raided a rebel camp near Kisangani on Tuesday, killing six fighters."
    assert events_of(read, camp, "attack", "2004-06-22")
    storm = (
        "Gunmen stormed a police station in Garissa on Monday. "
        "Two officers were killed in the raid."
    )
    assert events_of(read, storm, "attack", "2014-11-10")


def test_a_verb_joined_after_a_where_clause(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "tourists-nangaparbat-blogspot-2013.txt")
    assert not [s for s in _sides(out) if "tourists" in s[1]], _sides(out)
    inn = "Two gunmen entered a guesthouse where pilgrims were sleeping and opened fire."
    assert [e.actors for e in events_of(read, inn, "attack", "2010-11-14")] == [["gunmen"]]
    # ours, of another sense: a joined progressive keeps the clause's own subject
    both = "Police raided a factory where workers were sleeping and were protesting against pay."
    assert [e.actors for e in events_of(read, both, "protest", "2006-08-21")] == [["workers"]]


def test_one_person_by_whose_he_is(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "tourists-nangaparbat-blogspot-2013.txt")
    assert not [s for s in _sides(out) if "Pakistan" in s[2]], _sides(out)
    aid = "Gunmen shot dead two French aid workers and their Afghan interpreter near Kunduz."
    targets = [t for e in events_of(read, aid, "attack", "2009-07-19") for t in e.targets]
    assert "Afghan interpreter" in targets and "Afghanistan" not in targets, targets
    # ours, of another sense: soldiers act for their state
    troops = "Insurgents killed two Afghan soldiers and their commander near Kunduz on Friday."
    targets = [t for e in events_of(read, troops, "attack", "2012-03-03") for t in e.targets]
    assert "Afghanistan" in targets, targets


def test_a_bomb_at_a_game(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "stadium-barawe-xebersaati-2018.txt")
    assert [e for e in out.events if e.type == "bombing"], _sides(out)
    blast = "A bomb exploded at a football stadium in Mogadishu during a match, killing three fans."
    assert events_of(read, blast, "bombing", "2011-10-06")
    # ours, of other senses: a game's words stay a game's, and a firework is no bomb
    for text in (
        "The quarterback threw a bomb to the receiver late in the game on Sunday.",
        "A firework exploded in the stands during the football match on Sunday.",
        "The striker exploded past two defenders and scored the winner in the match.",
    ):
        assert read(text, "2018-11-05").events == [], text


def test_a_ship_rams_a_vessel(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "summons-manila-hindustantimes-2023.txt")
    assert [e for e in out.events if e.type == "attack"], _sides(out)
    coast = "A Malaysian coast guard ship rammed an Indonesian fishing boat off Natuna on Saturday."
    assert [e.actors for e in events_of(read, coast, "attack", "2016-03-20")] == [["Malaysia"]]
    # ours, of other senses: merchant ships colliding, a bill rammed through, activists
    for text in (
        "A tanker rammed a container ship in thick fog off Rotterdam on Sunday.",
        "The government rammed the bill through parliament on Wednesday.",
        "The activists' boat rammed a whaling ship in the Southern Ocean, the crew said.",
    ):
        assert read(text, "2019-01-07").events == [], text


def test_an_attack_on_a_freedom_is_a_figure(read) -> None:
    law = "The senator described the new law as an assault on democracy."
    assert read(law, "2021-01-08").events == []
    # ours, of another sense: a square named for freedom is a place
    square = "Police said the attack on Freedom Square in Baku on Saturday wounded three people."
    assert events_of(read, square, "attack", "2013-06-02")
