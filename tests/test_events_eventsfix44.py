"""Kinds eventsq38 left wrong on the nineteenth fresh batch (benchmarks/data/events_fresh19),
fixed as kinds (branch eventsfix44), each beside sentences of other senses written for it that
keep their reading:

- a shot or fire sent "across the border fence" (a thing a border word names as the line's) is
  not put on the side the story is told from, as "across the border" already was not;
- a sentence that says by a people's adjective on a noun of ground where it happened ("in the
  Lebanese border area", "on the Syrian side") takes no place of another country from its
  paragraph or story;
- a land's name or adjective before a camp of people who fled ("Attack on Syria refugee camp")
  says where the camp is, not whom it struck;
- water cannon a ship or a coast guard fires at fishermen, sailors or a crew is an attack, not
  crowd control.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 83ff29fc."""

from __future__ import annotations

import pytest

from tests.events_reading import (
    article,
    countries_by_label,
    countries_of,
    events_of,
    one_event,
    reader,
)
from tests.test_events_eventsq38 import DOCS  # the batch's stories


@pytest.fixture(scope="module")
def read(geoparsing):
    return reader(geoparsing, "2013-12-29")


# --- across the border fence ---------------------------------------------------------------------


def test_the_kiryat_shmona_soldier_is_not_at_kiryat_shmona(geoparsing) -> None:
    out = article(geoparsing, DOCS / "rocket-kiryatshmona-jpost-2013.txt")
    labels = [lab for lab in countries_by_label(out) if "Kiryat Shmona" in lab]
    assert not any("Lebanon on Israel" in lab for lab in labels), labels


# --- a people's ground ---------------------------------------------------------------------------


def test_shells_seen_in_another_peoples_border_area_are_not_at_the_storys_town(
    geoparsing,
) -> None:
    out = article(geoparsing, DOCS / "rocket-kiryatshmona-jpost-2013.txt")
    assert countries_by_label(out).get("Bombardment: Israel in Kiryat Shmona") is None
    assert "Bombardment: Israel in Kiryat Shmona" not in countries_by_label(out)


def test_a_peoples_ground_elsewhere_unplaces_and_its_own_keeps(read) -> None:
    story = (
        "Rockets hit Metula\n\nRockets fired from Syria hit the town of Metula on Friday, "
        "officials said. No one was hurt. A witness in the Syrian border area said more than "
        "20 Israeli shells hit near two villages."
    )
    # the Israeli shells have no place; the rockets that hit Metula are found (eventsfix48)
    assert sorted(countries_of(read, story, "bombardment"), key=str) == ["IL", None]
    # other senses: the same people's ground as the place; a people's adjective on no ground
    story = (
        "Shelling hits Kilis\n\nRebel shells hit the town of Kilis on Friday, officials said. "
        "No one was hurt. A witness in the Turkish border area said more than 20 shells hit "
        "near two villages."
    )
    assert set(countries_of(read, story, "bombardment")) == {"TR"}
    story = (
        "Attack in Metula\n\nGunmen attacked a checkpoint near the town of Metula on Friday, "
        "officials said. No one was hurt. A Lebanese man in the area said more than 20 shots "
        "were fired at the soldiers."
    )
    assert countries_of(read, story, "attack") == ["IL"]


# --- a camp of people who fled -------------------------------------------------------------------


def test_a_land_before_a_refugee_camp_is_where_not_whom(read) -> None:
    text = "Attack on Kenya refugee camp kills 5"
    assert [e.targets for e in events_of(read, text, "attack")] == [[]]
    text = "Jets bombed a Sudanese displacement camp in Darfur on Monday, killing 20 people."
    assert "Sudan" not in one_event(read, text, "air_strike").targets
    text = "Israeli jets struck a Palestinian refugee camp in Gaza on Tuesday."
    assert one_event(read, text, "air_strike").targets == []
    # other senses: a camp or a base of an army is whose
    text = "Gunmen attacked an Afghan army camp in Helmand on Monday."
    assert one_event(read, text, "attack").targets == ["Afghanistan"]
    text = "Militants attacked a Russian base in Syria on Monday."
    assert one_event(read, text, "attack").targets == ["Russia"]


def test_attack_on_syria_refugee_camp_is_not_on_syria(geoparsing) -> None:
    out = article(geoparsing, DOCS / "camp-qah-yenisafak.txt")
    assert not any("Syria" in e.targets for e in out.events), [e.label for e in out.events]


# --- water cannon from a ship at seafarers -------------------------------------------------------


def test_water_cannon_from_a_ship_at_fishermen_is_an_attack(geoparsing, read) -> None:
    out = article(geoparsing, DOCS / "watercannon-scarborough-asianjournal.txt")
    assert [e.type for e in out.events] == ["attack"]
    # other senses: police at seafarers ashore, a boat at demonstrators, police at protesters
    for text in (
        "Riot police fired water cannon at fishermen protesting in front of parliament in Seoul.",
        "Police fired tear gas at striking sailors outside the port offices in Piraeus.",
        "A police boat fired water cannon at demonstrators on the quay in Hong Kong.",
        "Police fired water cannon at protesters in Istanbul on Sunday.",
    ):
        assert "attack" not in [e.type for e in read(text).events], text
