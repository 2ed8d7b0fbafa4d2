"""Wrong countries left by the thirty-sixth pass's place work, each fixed as a kind, in
sentences of our own from other countries than the ones the kinds were found in: a town given
as an example of towns before its state, a compass-named province of a country the text does
not name, a place said to lie in a named unit of another country. On the real gazetteer and the
real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_town_given_as_an_example_keeps_its_state(geoparsing):
    gp = geoparsing[0]
    # 12bacf8: the country, for towns of the state the gazetteer lacks
    tops = gp.parse(
        "Farm towns such as Egypt, Texas, once a cotton stop, have lost half their people."
    )
    assert readings(tops, "Egypt") == [None]
    tops = gp.parse("Towns like Chile, Wisconsin, now a crossroads with a church, have no doctor.")
    assert readings(tops, "Chile") == [None]
    assert readings(tops, "Wisconsin") == ["US"]
    # a town the gazetteer holds is still read in its state
    tops = gp.parse(
        "Villages like Panama, Oklahoma, now home to a few hundred people, lost their bank."
    )
    assert readings(tops, "Panama") == ["US"]
    # a comparison, or a country before a described province, keeps the country
    tops = gp.parse("Across the border from Syria, Hatay, a province of Turkey, took in refugees.")
    assert readings(tops, "Syria") == ["SY"]
    tops = gp.parse("Countries like Israel, Gaza, once a part of Egypt, were named.")
    assert readings(tops, "Israel") == ["IL"]
