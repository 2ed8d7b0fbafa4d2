"""Places, twenty-seventh pass: what the sixth fresh batch showed. A name joined by hyphens is
read whole (with the ezafe's other spellings), never by its tail alone when its head is no
place; a name before ", [direction] COUNTRY" is read only in that country. On the real
gazetteer and the real spaCy model, with other sentences than the ``places_fresh6`` stories."""

from __future__ import annotations

from tests.places_reading import read


def test_an_ezafe_name_is_read_whole(geoparsing):
    gp = geoparsing[0]
    # GeoNames writes "Qala i Naw"; the tail alone had been Qala of Azerbaijan
    tops = read(gp, "Clashes erupted in Qala-i-Naw, Badghis.")
    assert tops["Qala-i-Naw"][0][:2] == ("city", "AF"), tops
    assert "Qala" not in tops, tops
    # the same town with the ezafe spelled "-e-"
    tops = read(gp, "Clashes erupted in Qala-e-Naw, Badghis.")
    assert tops["Qala-e-Naw"][0][:2] == ("city", "AF"), tops
    tops = read(gp, "Farmers in Mazar-e-Sharif complained of drought.")
    assert tops["Mazar-e-Sharif"][0][1:] == ("AF", "Balkh"), tops


def test_an_unknown_hyphen_joined_name_gives_no_part_a_reading(geoparsing):
    gp = geoparsing[0]
    # a district the gazetteer lacks: no Patan of Nepal or India
    tops = read(gp, "Tribal elders met in Shah-e-Patan district on Monday.")
    assert all(r[1] is None for v in tops.values() for r in v), tops
    # a head that is no place: "Harar" is a word of one name, not Ethiopia's city
    tops = read(gp, "Herders fled from Gubis-Harar towards Mandera County.")
    assert all(r[1] != "ET" for v in tops.values() for r in v), tops


def test_hyphen_joined_places_stay_places(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "The Syria-Turkey border was shut.")
    assert tops["Syria"][0][1] == "SY" and tops["Turkey"][0][1] == "TR", tops
    tops = read(gp, "Talks on the Indo-Pakistan border resumed.")
    assert tops["Pakistan"][0][:2] == ("country", "PK"), tops
    tops = read(gp, "Protests in Baden-Baden drew hundreds.")
    assert tops["Baden-Baden"][0][1] == "DE", tops


def test_a_name_before_its_country_is_read_there_or_not_at_all(geoparsing):
    gp = geoparsing[0]
    # no Alexandria of Malawi in the gazetteer: unplaced, not Egypt's city
    tops = read(gp, "Rebels seized Alexandria, southern Malawi, in the night.")
    assert tops["Alexandria"] == [(None, None, None)], tops
    tops = read(gp, "Aid reached Damascus, Nigeria, late on Friday.")
    assert tops["Damascus"] == [(None, None, None)], tops
    # the country's own town of the name stays
    tops = read(gp, "Gunmen struck Valencia, northern Venezuela, overnight.")
    assert tops["Valencia"][0][1] == "VE", tops
    # a list of places, not a place and its country
    tops = read(gp, "He flew from Baghdad, Syria and Jordan to Cairo.")
    assert tops["Baghdad"][0][1] == "IQ", tops


def test_a_skeleton_match_outside_the_region_the_sentence_names(geoparsing):
    gp = geoparsing[0]
    # Minbya (Rakhine) is no Minbu of Magway; Tilin (Magway) no Taw Lan of Yangon: towns the
    # gazetteer lacks, matched by their letters' skeleton in another state or region
    tops = read(gp, "In Myanmar's Rakhine state, two fishermen were killed near Minbya township.")
    assert tops["Minbya"] == [(None, None, None)], tops
    assert tops["Rakhine"][0][:2] == ("region", "MM"), tops
    tops = read(gp, "In Magway region of Myanmar, jets bombed Tilin township.")
    assert tops["Tilin"] == [(None, None, None)], tops
    # a later mention in a sentence that names no region is the same name: no reading either
    tops = read(
        gp,
        "In Myanmar's Rakhine state, navy boats shelled Myebon township on Sunday. "
        "A Myebon fisherman said the jetty burned.",
    )
    assert all(r == (None, None, None) for r in tops["Myebon"]), tops
