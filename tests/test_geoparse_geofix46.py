"""Branch geofix46: a dateline's town in the country or state written after its comma is that
country's town, whatever a later mention of the name in another sense pulls it to; and a
later mention that the sentence places in a country of its own (its possessive or adjective
before it) keeps that country, not the dateline's town. Real spaCy pipeline, geoparser and
gazetteer; the stories are review61's (benchmarks/data/review61/sentences.txt) and others of
other senses."""

from __future__ import annotations

from tests.test_geoparse_world import countries


def test_a_dateline_town_is_the_town_of_the_country_after_its_comma(geoparsing):
    gp = geoparsing[0]
    # review61's s2: Lebanon's Tripoli filed from, Libya's named later
    tops = gp.parse(
        "TRIPOLI, Lebanon (Reuters) - Clashes in the city echoed fighting in Libya's capital "
        "Tripoli, where militias traded fire."
    )
    assert countries(tops, "TRIPOLI") == ["LB"]
    assert countries(tops, "Tripoli") == ["LY"]
    # a dateline of Canada's London, and England's London named later with its own container
    tops = gp.parse("LONDON, Ontario (CP) - The mayor flew to London, England, to meet investors.")
    assert countries(tops, "LONDON") == ["CA"]
    assert countries(tops, "London") == ["GB"]
    # guards: the other Tripoli's dateline, and Lebanon's Tripoli named later with its country
    tops = gp.parse(
        "TRIPOLI, Libya (Reuters) - Clashes in the city echoed fighting in Lebanon's northern "
        "city of Tripoli."
    )
    assert countries(tops, "TRIPOLI") == ["LY"]
    assert countries(tops, "Tripoli") == ["LB"]
    tops = gp.parse(
        "PARIS, Texas (AP) - The mayor said the fair would go on, unlike the one in Paris, France."
    )
    assert countries(tops, "PARIS") == ["US"]
    assert countries(tops, "Paris") == ["FR"]
    tops = gp.parse("HAMILTON, Ontario (CP) - Steelworkers in Hamilton voted to strike on Monday.")
    assert countries(tops, "HAMILTON") == ["CA"]
    assert countries(tops, "Hamilton") == ["CA"]


def test_a_later_mention_the_sentence_places_keeps_its_own_country(geoparsing):
    gp = geoparsing[0]
    # "Perth, in Western Australia" after a dateline of Scotland's Perth: each its own
    tops = gp.parse(
        "PERTH, Scotland (Reuters) - The whisky was shipped to Perth, in Western Australia."
    )
    assert countries(tops, "PERTH") == ["GB"]
    assert countries(tops, "Perth") == ["AU"]
    # review61's s8: Australia's state, which only the dateline's one sense made a place,
    # is not the Seychelles' capital (left unplaced)
    tops = gp.parse(
        "VICTORIA, Seychelles (Reuters) - The tuna was flown to Melbourne, in the Australian "
        "state of Victoria."
    )
    assert countries(tops, "VICTORIA") == ["SC"]
    assert "SC" not in countries(tops, "Victoria")
    # guards: the country's own town named with its possessive stays the dateline's
    tops = gp.parse("MOSUL, Iraq (AP) - Militants held the Iraqi city of Mosul for three years.")
    assert countries(tops, "Mosul") == ["IQ"]
    tops = gp.parse(
        "HAMILTON, Bermuda (AP) - The ship sailed on to Canada's steel city of Hamilton."
    )
    assert countries(tops, "HAMILTON") == ["BM"]
    assert countries(tops, "Hamilton") == ["CA"]
