"""Branch review56: a reviewer's guards on geoq38's place rules and on a city where countries
meet. A big city keeps its reading where the text places a small namesake elsewhere ("Florence,
Alabama ... Florence near the Uffizi"), and a city named as a meeting's venue is not the small
namesake of a country the text names only as a party ("The US brokered talks ... in Geneva").
Each with sentences of other senses, on the real gazetteer, the real spaCy model and a held
article (benchmarks/data/stances_fresh)."""

from __future__ import annotations

from pathlib import Path

from tests.test_geoparse_world import countries as readings

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def test_a_big_city_keeps_its_reading_beside_a_small_namesake_the_text_places(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "Florence, Alabama, hosted the music festival. The band then toured Italy, playing in"
        " Florence near the Uffizi and in Pisa."
    )
    assert readings(tops, "Florence") == ["US", "IT"]
    # other senses: geoq38's rule still fires between towns of a size (Desaguadero, Bolivia
    # and Peru's namesake; the two Kansas Cities, one three times the other) and for the
    # placed town named again alone
    tops = gp.parse(
        "Desaguadero, Bolivia, Jan 19 (EFE).- The crossing between Desaguadero and Yungayo,"
        " Peru, is shut. Many went to Lima. A vendor in Desaguadero said so."
    )
    assert readings(tops, "Desaguadero") == ["BO", "BO"]
    tops = gp.parse(
        "Hamilton, Ohio, police said the fire began at noon. In Hamilton, firefighters from"
        " three towns helped."
    )
    assert readings(tops, "Hamilton") == ["US", "US"]
    tops = gp.parse("Toledo, Ohio, signed a sister-city accord. The mayor of Toledo said so.")
    assert readings(tops, "Toledo") == ["US", "US"]


def test_a_meeting_venue_is_not_a_party_countrys_small_namesake(geoparsing):
    gp = geoparsing[0]
    tops = gp.parse(
        "The US brokered talks between Russia and Ukraine in Geneva, the US envoy said. The US"
        " wants a truce."
    )
    assert readings(tops, "Geneva") == ["CH"]
    tops = gp.parse(
        "President Biden of the United States and Russia's Putin held their summit in Geneva."
    )
    assert readings(tops, "Geneva") == ["CH"]
    # a held article: Kerry meets Lavrov in Geneva (was Geneva, Illinois)
    text = (DATA / "stances_fresh" / "docs" / "q2-us-syria-rebels-2013.txt").read_text(
        encoding="utf-8"
    )
    assert set(readings(gp.parse(text), "Geneva")) == {"CH"}
    # other senses: a town of the country placed inside it, by its container or by another
    # place of that country; a deal announced (no meeting's venue); one country only
    tops = gp.parse(
        "The city council of Geneva in Kane County met on Monday, and the US flag was raised."
    )
    assert readings(tops, "Geneva") == ["US"]
    tops = gp.parse(
        "Geneva, N.Y. - The US Department of Agriculture met farmers in Geneva on Monday."
    )
    assert readings(tops, "Geneva") == ["US", "US"]
    tops = gp.parse("The US and Mexico signed a water treaty; the deal was announced in Hamilton.")
    assert readings(tops, "Hamilton") == ["US"]
    tops = gp.parse("The US Army said the sergeant from Hamilton died in Iraq.")
    assert readings(tops, "Hamilton") == ["US"]


def test_a_given_name_placed_at_its_other_mention_is_the_place(geoparsing):
    gp = geoparsing[0]
    # a given name of the text's person, at another mention after "in" or before a comma and
    # the state that holds it, is the town (was lost; "Savannah, Georgia" left Georgia alone,
    # read as the country)
    tops = gp.parse("Savannah Guthrie reported from Savannah, Georgia.")
    assert readings(tops, "Savannah") == ["US"]
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("Florence Nightingale was born in Florence, Italy, in 1820.")
    assert readings(tops, "Florence") == ["IT"]
    tops = gp.parse("Regina King was cheered in Regina, Saskatchewan, at the film festival.")
    assert readings(tops, "Regina") == ["CA"]
    # other senses: the person's name itself, and the given name said to someone ("to",
    # a comma and no place after it)
    tops = gp.parse("Jordan Peterson spoke to Jordan, his son, after the lecture in Toronto.")
    assert readings(tops, "Jordan") == []
    tops = gp.parse(
        "Austin Butler said he owed much to Austin, his agent. Austin later flew to Los Angeles."
    )
    assert readings(tops, "Austin") == []


def test_a_party_member_before_a_full_name_is_american_politics(geoparsing):
    gp = geoparsing[0]
    # "Georgia Democrat Raphael Warnock": a party's member as a title, the state (was the
    # country)
    tops = gp.parse("Georgia Democrat Raphael Warnock won the runoff.")
    assert readings(tops, "Georgia") == ["US"]
    # other senses: the country's own Republican Party, a Georgian chairman in Tbilisi, NATO
    tops = gp.parse(
        "Georgia Republican Party chairman Davit Usupashvili met Russian envoys in Tbilisi."
    )
    assert readings(tops, "Georgia") == ["GE"]
    tops = gp.parse(
        "Republican Nikki Haley said Georgia deserved NATO membership after Russia's invasion."
    )
    assert readings(tops, "Georgia") == ["GE"]


def test_a_name_followed_by_a_nations_organ_is_the_country(geoparsing):
    gp = geoparsing[0]
    # "Georgia's president": a nation's organ, the country at every mention (was the state,
    # pulled by Washington)
    tops = gp.parse(
        "Georgia's president Salome Zourabichvili met officials in Washington. Georgia wants"
        " visas eased."
    )
    assert readings(tops, "Georgia") == ["GE", "GE"]
    # other senses: a state's governor, a university's president, an army with the state's towns
    tops = gp.parse("Georgia's governor Brian Kemp signed the bill in Atlanta.")
    assert readings(tops, "Georgia") == ["US"]
    tops = gp.parse("The University of Georgia's president met students in Athens.")
    assert readings(tops, "Georgia") in ([], ["US"])
    tops = gp.parse("Georgia's army is preparing for floods, the Atlanta officials said.")
    assert readings(tops, "Georgia") == ["US"]


def test_a_town_followed_by_a_nations_organ_is_the_country(geoparsing):
    gp = geoparsing[0]
    # "Russia's foreign minister" beside "America's envoy": the country, not Russia, Ohio
    # (and so Geneva, where the two meet, is Switzerland's)
    tops = gp.parse("America's envoy met Russia's foreign minister in Geneva.")
    assert readings(tops, "Russia") == ["RU"]
    assert readings(tops, "Geneva") == ["CH"]
    # other senses: a namesake its container places keeps its town beside the country's organ
    tops = gp.parse(
        "Peru's president visited Lima, Ohio, and Peru, Indiana, on a tour of American namesakes."
    )
    assert readings(tops, "Peru") == ["PE", "US"]
    tops = gp.parse(
        "Ohio lawmakers said Lebanon's parliament should act, after a Lebanon, Ohio, man was held"
        " in Beirut."
    )
    assert readings(tops, "Lebanon") == ["LB", "US"]
    tops = gp.parse("Lebanon, Pa. - The Lebanon school board met on Monday; Lebanon's mayor spoke.")
    assert set(readings(tops, "Lebanon")) == {"US"}
