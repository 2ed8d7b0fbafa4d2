"""Branch geofix58: the words of a sentence that say which namesake is meant
(explorer/geoparse/local_words.py) and a land named by the first of its joined names
(explorer/geoparse/joined_units.py). Stories of benchmarks/data/geofix58/sentences.txt.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main b5ba9d87."""

from __future__ import annotations


def _countries(geoparsing, text: str, name: str) -> list[str | None]:
    """The country of each reading of ``name`` in ``text``, None where it is left unplaced."""
    gp, _ = geoparsing
    return [t.candidate.country if t.candidate else None for t in gp.parse(text) if t.name == name]


def _readings(geoparsing, text: str) -> dict[str, str | None]:
    """Each name of ``text`` and its reading's country (the last reading of a name)."""
    gp, _ = geoparsing
    return {t.name: (t.candidate.country if t.candidate else None) for t in gp.parse(text)}


def test_a_land_named_by_the_first_of_its_joined_names(geoparsing):
    """ "Newfoundland" is Newfoundland and Labrador, and St. John's is then Canada's, not
    Antigua's capital; a person's or a people's name, and a land written in full, as before."""
    tops = _readings(geoparsing, "St. John's residents dug out after a blizzard hit Newfoundland.")
    assert tops["Newfoundland"] == "CA", tops
    assert tops["St. John's"] == "CA", tops  # the name whole since geofix59
    assert _countries(geoparsing, "Dust storms in Sistan closed schools in Zabol.", "Sistan") == [
        "IR"
    ]
    # other senses
    assert "Wallis" not in _readings(geoparsing, "Wallis Simpson married the king in France.")
    tops = _readings(geoparsing, "Turks protested outside the embassy in Berlin.")
    assert tops.get("Turks") in (None, "TR") and tops["Berlin"] == "DE", tops
    tops = _readings(geoparsing, "Newfoundland and Labrador fishermen protested in St. John's.")
    assert tops["Newfoundland and Labrador"] == "CA", tops


def test_a_list_of_a_region_s_towns_without_words_of_links(geoparsing):
    """ "Voters in Athens, Rome and Atlanta, Georgia": the state's towns; world cities only in
    a sentence of links (flights, offices, tours) that tells nothing of the region's own life."""
    for text in (
        "Voters in Athens, Rome and Atlanta, Georgia, waited hours to cast ballots.",
        "Tornadoes tore roofs off homes in Athens, Rome and Atlanta, Georgia, overnight.",
        "The governor toured tornado damage in Athens, Rome and Atlanta, Georgia.",
    ):
        tops = _readings(geoparsing, text)
        assert (tops["Athens"], tops["Rome"]) == ("US", "US"), (text, tops)
    tops = _readings(geoparsing, "County clerks in Paris, Athens and Dallas, Texas, counted votes.")
    assert (tops["Paris"], tops["Athens"]) == ("US", "US"), tops
    # the rule's own sense: links between far cities
    tops = _readings(
        geoparsing, "Flights link Athens, Rome and Atlanta, Georgia, three times a week."
    )
    assert (tops["Athens"], tops["Rome"]) == ("GR", "IT"), tops
    tops = _readings(geoparsing, "The bank has offices in London, Tokyo and Toronto, Ontario.")
    assert tops["London"] == "GB", tops


def test_a_sea_s_trade_at_a_coastal_namesake(geoparsing):
    """ "Sardine fishermen in Monterey": California's coast, not Mexico's inland Monterrey; an
    inland city the text places by its land's other names, or a capital, stays."""
    assert _countries(
        geoparsing,
        "Sardine fishermen in Monterey landed their biggest catch in years, the harbormaster said.",
        "Monterey",
    ) == ["US"]
    # other senses
    assert _countries(
        geoparsing, "Fishermen from Veracruz sold their catch in Monterrey.", "Monterrey"
    ) == ["MX"]
    assert _countries(
        geoparsing,
        "Monterrey's steel mills shipped beams through the port of Altamira.",
        "Monterrey",
    ) == ["MX"]
    assert _countries(
        geoparsing, "Squid fishermen protested outside the ministry in Mexico City.", "Mexico City"
    ) == ["MX"]


def test_a_town_in_the_land_of_a_title(geoparsing):
    """ "The Duke and Duchess of Sussex visited Windsor": England's Windsor; a town the text
    places in its land, or with no namesake of its size in the title's, as before."""
    assert _countries(
        geoparsing, "The Duke and Duchess of Sussex visited Windsor on Sunday.", "Windsor"
    ) == ["GB"]
    # other senses
    assert _countries(
        geoparsing, "The Duke of Sussex visited Windsor, Ontario, to open a clinic.", "Windsor"
    ) == ["CA"]
    assert _countries(
        geoparsing, "The Duchess of Cornwall visited Perth on her tour of Australia.", "Perth"
    ) == ["AU"]
    assert _countries(
        geoparsing, "The Duke of Kent watched the tennis final in Melbourne.", "Melbourne"
    ) == ["AU"]


def test_rural_ground_in_a_county(geoparsing):
    """ "a flooded field in Kent": England's county, not Kent, Washington; a town its container
    or the text's other names place, or an office "in" the name, as before."""
    assert _countries(
        geoparsing, "A Shetland pony was rescued from a flooded field in Kent.", "Kent"
    ) == ["GB"]
    # other senses
    assert _countries(
        geoparsing, "Seattle police found a stolen car in a field in Kent.", "Kent"
    ) == ["US"]
    assert _countries(geoparsing, "A soybean field in Kent, Ohio, flooded overnight.", "Kent") == [
        "US"
    ]
    assert _countries(
        geoparsing, "Agents at the FBI field office in Norfolk opened an inquiry.", "Norfolk"
    ) == ["US"]


def test_an_american_town_s_body(geoparsing):
    """ "Belgrade city commissioners": Belgrade, Montana, not Serbia's capital; other bodies'
    words, or a text that names the world city's land, as before."""
    assert _countries(
        geoparsing,
        "Belgrade city commissioners approved a warehouse for a Seattle retailer.",
        "Belgrade",
    ) == ["US"]
    # other senses
    for text in (
        "Belgrade election commissioners counted the Serbian vote.",
        "Belgrade city commissioners met Serbian ministers about the metro.",
        "The UN High Commissioner for Refugees visited Belgrade on Monday.",
    ):
        assert _countries(geoparsing, text, "Belgrade") == ["RS"], text
    assert _countries(
        geoparsing, "Moscow city council members met officials at the Kremlin.", "Moscow"
    ) == ["RU"]
