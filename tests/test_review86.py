"""Branch review86: a reviewer's narrowings of geofix59's place rules, each against other
senses of its trigger words (benchmarks/data/review86/sentences.txt): flights that carry help
to a region's towns in its trouble (flown_lists.py), commissioners who appoint rather than are
appointed (caretaker_bodies.py), a people's word beside a Korean province, a grave in the
heart of a town (whole_names.py), a district's boundary and a frontier with a far land
(border_sides.py).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 8cc3cc81."""

from __future__ import annotations


def _readings(geoparsing, text: str) -> dict[str, str | None]:
    """Each name of ``text`` and its reading's country (the last reading of a name)."""
    gp, _ = geoparsing
    return {t.name: (t.candidate.country if t.candidate else None) for t in gp.parse(text)}


def test_flights_that_carry_help_go_to_the_region_s_towns(geoparsing):
    """A list flown to, in a sentence of the region's trouble, is the region's towns unless the
    flights themselves are grounded, cancelled or resumed."""
    text = (
        "Floods cut the interstate, so National Guard helicopters flew to Paris, Athens and "
        "Dallas, Texas, with sandbags."
    )
    tops = _readings(geoparsing, text)
    assert tops["Paris"] == tops["Athens"] == "US", tops
    text = "Medical flights to Athens, Rome and Atlanta, Georgia, carried tornado victims."
    tops = _readings(geoparsing, text)
    assert tops["Athens"] == tops["Rome"] == "US", tops
    # the rule's sense
    tops = _readings(geoparsing, "Storms grounded flights to London, Paris and Toronto, Ontario.")
    assert (tops["London"], tops["Paris"]) == ("GB", "FR"), tops
    text = "Airlines cancelled flights to London, Paris and Toronto, Ontario, as storms swept on."
    tops = _readings(geoparsing, text)
    assert (tops["London"], tops["Paris"]) == ("GB", "FR"), tops


def test_commissioners_who_appoint_are_the_town_s_own_body(geoparsing):
    """Commissioners who appoint or install something are the American town's elected body;
    those appointed after a council was dissolved are a government's caretakers."""
    text = (
        "Lebanon city commissioners appointed an interim police chief after the police board "
        "was abolished."
    )
    assert _readings(geoparsing, text) == {"Lebanon": "US"}
    text = (
        "Athens city commissioners installed new parking meters after the parking board was "
        "dissolved last year."
    )
    assert _readings(geoparsing, text) == {"Athens": "US"}
    # the rule's sense
    text = (
        "Dublin city commissioners, appointed after the corporation was dissolved in 1924, "
        "cleared the slums."
    )
    assert _readings(geoparsing, text) == {"Dublin": "IE"}


def test_a_people_s_word_places_no_korean_province(geoparsing):
    """ "North Korean" names the North's soldiers, not a place of the North: the South's
    Kangwon stays unread; a town of the North places the province there."""
    text = (
        "North Korean shells fell near Cheorwon in Kangwon Province, South Korea's military said."
    )
    tops = _readings(geoparsing, text)
    assert tops["Kangwon Province"] is None and tops["Cheorwon"] == "KR", tops
    text = "The Kangwon Province governor met North Korean athletes in Pyeongchang."
    assert _readings(geoparsing, text)["Kangwon Province"] is None
    # the rule's sense
    text = "Floods hit Kangwo’n Province after the storm that struck Ch’o’ngjin."
    assert _readings(geoparsing, text)["Kangwo’n Province"] == "KP"


def test_what_lies_in_the_heart_of_a_town_is_no_town(geoparsing):
    """A leader's grave "in the heart of Hanoi" is no town of the land; a town said to lie in
    the north of its country is."""
    text = "In Vietnam, Ho Chi Minh lies in the heart of Hanoi, in a granite mausoleum."
    assert set(_readings(geoparsing, text)) == {"Vietnam", "Hanoi"}
    text = "In Turkey, Ataturk lies in the heart of Ankara, at the Anitkabir."
    assert set(_readings(geoparsing, text)) == {"Turkey", "Ankara"}
    # the rule's sense
    text = (
        "La Fortuna tops the list of Costa Rica's spas. For those who have not been here "
        "before, La Fortuna lies in the north of the country, near Arenal Volcano."
    )
    assert _readings(geoparsing, text)["La Fortuna"] == "CR"


def test_a_district_s_boundary_and_a_far_frontier_name_no_border_town(geoparsing):
    """ "the Delta side of the boundary" is a district's line, "the Langley side of the
    frontier with Moscow's spies" no border of Russia: no town of British Columbia."""
    text = (
        "Cotton growers on the Delta side of the boundary with the hill country sold out "
        "early, Mississippi officials said."
    )
    assert set(_readings(geoparsing, text)) == {"Mississippi"}
    text = "Analysts on the Langley side of the frontier with Moscow's spies were warned."
    assert set(_readings(geoparsing, text)) == {"Moscow"}
    # the rule's sense
    text = "Traders crossed from the Chaman side of the border into Afghanistan."
    assert _readings(geoparsing, text)["Chaman"] == "PK"
    text = "Traders crossed from the Chaman side of the border with Afghanistan."
    assert _readings(geoparsing, text)["Chaman"] == "PK"
