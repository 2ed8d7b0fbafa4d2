"""Branch geoq42's place rules, each with sentences of other senses of its trigger: a town or an
island after its kind and "of", alone or listed; a country's name after a compass word in lower
case that is a first-level region of the country the story is in; a place's name before a
viewpoint's or a cemetery's head; a town before a postal code; a town placed by a compass word
and a town near it; a town listed beside a town near it. On the real gazetteer, the real spaCy
model and stories of benchmarks/data/places_fresh20."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh20, by its file's name."""
    return _fresh_story(name, "places_fresh20")


def test_a_town_or_island_after_its_kind_and_of_is_a_place(geoparsing):
    gp = geoparsing[0]
    # an island town of 3,900 people, first of a list after "islands of"
    assert readings(gp.parse(_story("gr-infobalkans-southaegean")), "Andros") == ["GR"]
    # a town of 18,000 people, its country said by its people's word
    assert readings(gp.parse("Police in the Dutch town of Hillegom said."), "Hillegom") == ["NL"]
    text = (
        "Greek ferries stopped. Schools closed on the Aegean islands of Andros, Mykonos and Tinos."
    )
    assert readings(gp.parse(text), "Andros") == ["GR"]
    assert readings(gp.parse(text), "Mykonos") == ["GR"]
    # other senses: a list of another kind, a body's capitalised "City of", anatomy, and a
    # story that names nothing of the town's country
    assert readings(gp.parse("The cities of Gog and Magog fell in the prophecy."), "Magog") == []
    assert gp.parse("Insulin is made in the islands of Langerhans in the pancreas.") == []
    assert readings(gp.parse("Schools were closed on the island of Andros."), "Andros") == []
    # a village of 800 people in Hidalgo is no municipality of a story of Durango state
    text = "Police in Durango state said gunmen struck in the municipality of El Mezquital."
    assert readings(gp.parse(text), "El Mezquital") == []
    tops = gp.parse("Fans of Liverpool and Everton met in the port of Call.")
    assert readings(tops, "Call") == []


def test_a_compass_word_and_a_country_name_a_region_of_the_storys_country(geoparsing):
    gp = geoparsing[0]
    # "temperatures dropped to -16°C in western Macedonia", a story of Greece's islands
    assert readings(gp.parse(_story("gr-greekislands-snow")), "Macedonia") == ["GR"]
    text = "Snow fell across Greece and in Chania. Pipes froze in western Macedonia."
    assert readings(gp.parse(text), "Macedonia") == ["GR"]
    # other senses: a story of the country itself, a country acting there, a capital named
    assert readings(
        gp.parse("Protesters marched in western Macedonia, near Tetovo."), "Macedonia"
    ) == ["MK"]
    assert readings(gp.parse("Iran shelled villages in eastern Azerbaijan."), "Azerbaijan") == [
        "AZ"
    ]
    text = "Iranian troops in Tabriz shelled villages in eastern Azerbaijan, near Baku."
    assert readings(gp.parse(text), "Azerbaijan") == ["AZ"]
    assert readings(gp.parse("Floods hit western Australia and Perth."), "Australia") == ["AU"]


def test_a_place_before_a_viewpoint_or_a_cemetery_lies_where_the_story_is(geoparsing):
    gp = geoparsing[0]
    # Lisbon's Santa Catarina Viewpoint: no Brazilian state
    assert readings(gp.parse(_story("pt-lisboa-council")), "Santa Catarina") == [None]
    tops = gp.parse("Tourists visited the Santa Catarina Viewpoint in Lisbon.")
    assert readings(tops, "Santa Catarina") == [None]
    # other senses: the story's own country, and a site named alone
    tops = gp.parse("The Santa Catarina Cemetery in Florianopolis, Brazil, was flooded.")
    assert readings(tops, "Santa Catarina") == ["BR"]
    tops = gp.parse("Wreaths were laid at the Arlington Cemetery in Virginia.")
    assert readings(tops, "Arlington") == ["US"]
    assert readings(gp.parse("Mourners gathered at Highgate Cemetery in London."), "Highgate") == [
        "GB"
    ]
    assert readings(gp.parse("Soldiers were buried at the Gettysburg Cemetery."), "Gettysburg") == [
        "US"
    ]


def test_a_town_before_a_postal_code_is_the_town_of_that_state(geoparsing):
    gp = geoparsing[0]
    # world cities' US and Canadian namesakes, told by their state's or province's code
    assert readings(gp.parse("Students at Athens, OH, protested."), "Athens") == ["US"]
    assert readings(gp.parse("Police in London, ON, said on Monday."), "London") == ["CA"]
    tops = gp.parse("Farmers from Lebanon, PA, and Moscow, ID, met in Boise.")
    assert readings(tops, "Lebanon") == ["US"]
    # other senses: an upper-case heading's word, and a code that is an English word after a
    # town with no namesake there
    tops = gp.parse("BAGHDAD, IN SHOCK AFTER BLASTS")
    assert readings(tops, "BAGHDAD") == ["IQ"]
    assert readings(gp.parse("Fighting near Aleppo, OK, so what?"), "Aleppo") == ["SY"]
    assert readings(gp.parse("Paris, France, and Rome, Italy, sent envoys."), "Rome") == ["IT"]


def test_a_town_placed_by_a_compass_word_and_its_neighbour_is_a_place(geoparsing):
    gp = geoparsing[0]
    # a town of 18,000 people "south of Haarlem", in 24 Oranges' list of Dutch towns
    assert readings(gp.parse(_story("nl-24oranges-vaals")), "Hillegom") == ["NL"]
    tops = gp.parse("Police said Bethel, west of Danbury, was quiet.")
    assert readings(tops, "Bethel") == ["US"]
    # other senses: people's names placed by a town, with no town of their name beside it
    assert readings(gp.parse("Smith, north of Boston, said the road was closed."), "Smith") == []
    assert readings(gp.parse("Jones, south of Springfield, won."), "Jones") == []


def test_a_town_listed_beside_a_town_it_lies_near_is_a_place(geoparsing):
    gp = geoparsing[0]
    text = "Residents might back a bid by Bournemouth, Christchurch and Poole for city status."
    assert readings(gp.parse(text), "Bournemouth") == ["GB"]
    # other senses: people's names listed before a town, none of them a town beside it
    assert readings(gp.parse("Smith, Jones and Boston fans cheered."), "Smith") == []
    assert readings(gp.parse("Smith, Jones and Boston fans cheered."), "Jones") == []
    tops = gp.parse("Taylor, Swift and Paris were the names on the list.")
    assert readings(tops, "Taylor") == []
    # a pair joined by "and" alone says less: left as it was
    tops = gp.parse("Staff cuts hit the Gaston and Swansea area schools in South Carolina.")
    assert readings(tops, "Gaston") == []
