"""Branch geofix66's place rules, with sentences of other senses of their triggers, on the real
gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_land_s_name_that_is_a_person_s_given_name_is_no_place(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Israel Kamakawiwo'ole sang the song on a ukulele in Honolulu. Kamakawiwo'ole recorded"
        " it in one take."
    )
    assert readings(found, "Israel") == []
    assert readings(found, "Honolulu") == ["US"]
    found = gp.parse(
        "Georgia Okonkwo painted the hills near Enugu. Years later Okonkwo moved to Lagos."
    )
    assert readings(found, "Georgia") == []
    # other senses: a body named after the land, a land before a day, a land after "from"
    found = gp.parse("The Israel Defense Forces said troops entered the Jordan Valley on Tuesday.")
    assert readings(found, "Israel") == ["IL"]
    found = gp.parse("Troops left Georgia Monday and returned on Monday night to Tbilisi.")
    assert readings(found, "Georgia") == ["GE"]
    found = gp.parse("He flew from Israel Sunday to Cyprus and spoke in Larnaca on Sunday.")
    assert readings(found, "Israel") == ["IL"]


def test_a_capitals_dateline_opened_by_st_is_read_whole(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("ST. JOHN'S, Antigua - The prime minister spoke on Monday about the budget.")
    assert readings(found, "ST. JOHN'S") == ["AG"]
    found = gp.parse("MT. PLEASANT, Mich. - The university closed for the storm.")
    assert [t.candidate.admin1 for t in found if t.name == "MT. PLEASANT"] == ["MI"]
    # other senses: a hospital's name the gazetteer lacks, a headline in capitals
    found = gp.parse("ST. JUDE RESEARCH - A new drug trial began in Memphis.")
    assert [t.name for t in found] == ["Memphis"]
    found = gp.parse("ST. PATRICK'S DAY PARADE CANCELLED IN BOSTON")
    assert not any(t.name.startswith("ST") for t in found)


def test_a_land_s_short_form_heading_a_body_s_name_is_the_text_s_land(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "The Virgin Islands Police Department said officers patrolled St. Croix overnight."
    )
    assert readings(found, "Virgin Islands") == ["VI"]
    found = gp.parse(
        "The Virgin Islands Police Force said two boats were seized off Road Town, Tortola."
    )
    assert readings(found, "Virgin Islands") == ["VG"]
    # other senses: a text of neither land, of no place
    found = gp.parse(
        "The Virgin Islands Police Department sent officers to Miami, Florida, to escort a"
        " prisoner."
    )
    assert readings(found, "Virgin Islands") == []
    found = gp.parse("The Virgin Islands Police Department said two men were arrested.")
    assert readings(found, "Virgin Islands") == []


def test_a_land_after_soviet_is_the_republic(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "He was born in Soviet Georgia in 1950 and later moved to Atlanta, where he taught in"
        " Athens."
    )
    assert readings(found, "Georgia") == ["GE"]
    assert readings(found, "Atlanta") == ["US"]
    # other senses: the state named again without "Soviet"
    found = gp.parse(
        "Born in Soviet Georgia, she taught for thirty years in Macon, Georgia, and retired there."
    )
    assert readings(found, "Georgia") == ["GE", "US"]
