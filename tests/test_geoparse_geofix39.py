"""Branch geofix39's place rule: a town's own name, in a country the text names, is not read as
a variant spelling a letter away of a bigger town in a country the text does not name. With
sentences of other senses of the trigger (a variant in the country the text names, a name the
gazetteer holds as a big town's own). On the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_towns_own_name_in_a_named_country_is_not_a_variant_abroad(geoparsing):
    gp = geoparsing[0]
    # Smara, Western Sahara (the gazetteer files it under Morocco), not Samara, Russia, which
    # some write "Smara"
    tops = gp.parse("Moroccan troops fought the Polisario Front near Smara.")
    assert readings(tops, "Smara") == ["MA"]
    tops = gp.parse("Morocco's king visited Smara and Laayoune.")
    assert readings(tops, "Smara") == ["MA"]
    # other senses: the text names the variant's country; the
    # name is the big town's own (a curated name), kept beside a country holding a namesake
    tops = gp.parse("Russian officials visited Smara.")
    assert readings(tops, "Smara") == ["RU"]
    tops = gp.parse("Russian missiles struck Odessa, U.S. officials said.")
    assert readings(tops, "Odessa") == ["UA"]
    tops = gp.parse("American diplomats said drones hit Odessa overnight.")
    assert readings(tops, "Odessa") == ["UA"]
    tops = gp.parse("Ukrainian forces struck Kiev, U.S. officials said.")
    assert readings(tops, "Kiev") == ["UA"]
