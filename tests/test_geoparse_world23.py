"""Places, twenty-third pass: what the twenty-second left. A unit named with its kind word is
the unit, not its town; a township is never a capital; Latin America is a region, not the
United States; a common word before the region it lies in is the town. On the real gazetteer
and the real spaCy model, with other names than the ``places_fresh`` batches' stories."""

from __future__ import annotations

from tests.places_reading import read


def test_a_unit_named_with_its_kind_word_is_the_unit_not_its_town(geoparsing):
    gp = geoparsing[0]
    # a list before a plural unit word, one of whose names no other rule took
    tops = read(gp, "Rebels attacked convoys in Bago and Sagaing regions.")
    assert [r[:2] for r in tops["Bago"] + tops["Sagaing"]] == [("region", "MM")] * 2, tops
    # after "the state of"
    tops = read(gp, "Police patrol the state of Zacatecas after the killings.")
    assert tops["Zacatecas"] == [("region", "MX", None)], tops
    # by the unit's English name where GeoNames' differs ("Tverskaya", "Orjol")
    for name in ("Tver", "Oryol"):
        tops = read(gp, f"A drone fell in the {name} region on Monday.")
        assert tops[name] == [("region", "RU", None)], tops


def test_a_township_is_never_a_capital(geoparsing):
    gp = geoparsing[0]
    # the state unknown: unplaced rather than Washington, D.C., or Hamilton, Bermuda's capital
    for name in ("Washington", "Hamilton"):
        tops = read(gp, f"Residents of {name} Township voted on the school budget.")
        assert tops[f"{name} Township"] == [(None, None, None)], tops
    # the county the text names says which
    tops = read(gp, "Police in Washington Township, Bergen County, said the driver fled.")
    assert tops["Washington Township"] == [("city", "US", "New Jersey")], tops


def test_latin_america_is_a_region_not_the_united_states(geoparsing):
    gp = geoparsing[0]
    found = list(gp.parse("Trade with Latin America grew last year.", include_demonyms=False))
    assert [(t.name, t.candidate and t.candidate.gazetteer_id) for t in found] == [
        ("Latin America", "curated:latin_america")
    ]
    # a world region after "of" in a body's name is the body's, as a continent is
    tops = read(gp, "The Development Bank of Latin America lent money to Ecuador.")
    assert set(tops) == {"Ecuador"}, tops
    # America alone is still the United States
    assert read(gp, "He flew to America last week.")["America"] == [("country", "US", None)]


def test_a_common_word_before_the_region_it_lies_in_is_the_town(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "VICTORIA, B.C. - The premier spoke on Monday.")
    assert tops["VICTORIA"] == [("city", "CA", "British Columbia")], tops
    tops = read(gp, "The plant in Victoria, Texas, closed.")
    assert tops["Victoria"] == [("city", "US", "Texas")], tops
    tops = read(gp, "He moved to Independence, Mo., last year.")
    assert tops["Independence"] == [("city", "US", "Missouri")], tops
    # a person's given name stays no place
    assert "Victoria" not in read(gp, "Nothing changes for Victoria Beckham in London.")


def test_a_name_after_renamed_is_the_places(geoparsing):
    gp = geoparsing[0]
    # another name of the town, however small its news spelling, and a person's name elsewhere
    tops = read(gp, "The city, renamed Leninakan, was hit by an earthquake.")
    assert tops["Leninakan"] == [("city", "AM", "Shirak")], tops
    tops = read(gp, "The city was renamed Frunze in 1926 after the general Mikhail Frunze.")
    assert tops["Frunze"][0][:2] == ("city", "KG"), tops
    tops = read(gp, "The port, renamed Mariupol in 1989, lies on the Sea of Azov.")
    assert tops["Mariupol"] == [("city", "UA", "Donetsk")], tops
    # not what someone renamed ("the team renamed Johnson captain")
    assert "Johnson" not in read(gp, "The team renamed Johnson captain.")


def test_a_towns_two_names_joined_by_a_slash(geoparsing):
    gp = geoparsing[0]
    # one entity to spaCy: each name is the town's
    tops = read(gp, "Votes were recounted in the municipality of Skenderaj/Srbica last week.")
    assert tops.get("Skenderaj") == [("city", "XK", "Mitrovica")], tops
    assert tops.get("Srbica") == [("city", "XK", "Mitrovica")], tops
