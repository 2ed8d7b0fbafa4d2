"""Places, twenty-eighth pass: names that are a thing's or a person's by the words around them.
A ship's name after a vessel's word or a navy's prefix and a weapon's before "missile system"
are no towns; "Colonia" heading a neighbourhood's name is no Colonia of New Jersey; a firm
that speaks is no region even where a country of the text has a namesake town in the region's
country; a surname is the person at its other mentions; "NAIROBI, KENYA:" names the country.
On the real gazetteer and the real spaCy model, with other sentences than the
``places_fresh6`` stories."""

from __future__ import annotations

from tests.places_reading import read


def test_a_ship_or_weapon_system_is_no_town(geoparsing):
    gp = geoparsing[0]
    # a destroyer named for a city and its region: not Ukraine's Donetsk
    tops = read(gp, "The destroyer Donetsk docked in Sevastopol.")
    assert "Donetsk" not in tops and tops["Sevastopol"][0][1] == "UA", tops
    # a navy's prefix: the ship, not Portland of Oregon
    tops = read(gp, "Officers aboard USS Portland fired at the drone.")
    assert "Portland" not in tops, tops
    # a rocket launcher's name before "missile systems": not Grad of Slovenia
    tops = read(gp, "Rebels said Grad missile systems were set up near Donetsk.")
    assert all(r[1] != "SI" for v in tops.values() for r in v), tops
    # the same name as a place stays one
    tops = read(gp, "The troops marched to Kursk from Belgorod.")
    assert tops["Kursk"][0][1] == "RU", tops


def test_a_neighbourhood_word_heads_its_name(geoparsing):
    gp = geoparsing[0]
    for text in (
        "Residents of Colonia Juarez in Tijuana protested.",
        "The shooting happened in Colonia 6 de Enero, Ecatepec.",
    ):
        tops = read(gp, text)
        assert all(r[1] != "US" for v in tops.values() for r in v), tops
    # Uruguay's Colonia, a name of its own
    tops = read(gp, "The ferry sailed from Colonia to Buenos Aires.")
    assert tops["Colonia"][0][1] == "UY", tops


def test_a_firm_that_speaks_is_no_region(geoparsing):
    gp = geoparsing[0]
    # Armenia is the country here, not its namesake city in Colombia, so Colombia is no
    # country of the text's places and "Meta" is the firm
    tops = read(gp, "Meta said it had removed accounts run from Iran that targeted Armenia.")
    assert "Meta" not in tops and tops["Armenia"][0][:2] == ("country", "AM"), tops
    # the department named as a place stays
    tops = read(gp, "Troops moved into Meta, the Colombian department, last week.")
    assert tops["Meta"][0][1] == "CO", tops


def test_a_surname_is_the_person_at_its_other_mentions(geoparsing):
    gp = geoparsing[0]
    # the given name is also a town (Wilmer, Texas), so spaCy's label is all there is
    tops = read(
        gp,
        "AFP. Carmen Lopez searched San Salvador for her son Wilmer Herrera. He reached "
        "Mexico and was sent back. Some see hope, but not Herrera, now 18, who wants to live "
        "in Canada.",
    )
    assert "Herrera" not in tops, tops  # no province of Panama
    assert tops["San Salvador"][0][1] == "SV", tops
    # after a preposition of place the name is the place again
    tops = read(gp, "Trainer Luis Leon spoke to reporters. The race was held in Leon on Sunday.")
    assert tops["Leon"][0][0] == "city", tops


def test_a_dateline_names_its_country_in_capitals(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "NEW DELHI, INDIA: Heavy rain flooded roads across the capital.")
    assert tops["INDIA"][0][:2] == ("country", "IN"), tops
    assert tops["NEW DELHI"][0][1] == "IN", tops
    # an upper-case word of a heading, with no town and comma before it, stays no place
    tops = read(gp, "The KENYA: a heading in capitals")
    assert "KENYA" not in tops, tops
