"""A reviewer's sentences against geoq33's place rules (tests/test_geoparse_thirtythird.py),
each of a kind the rules read wrong at 492760e, beside sentences that must read as before. On
the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_spelled_town_its_country_named_right_after_stays_placed(geoparsing):
    gp = geoparsing[0]
    # 492760e: each unplaced, the only other town 1,500 km or more away
    tops = gp.parse("Journalists in Washington said the attack in Beslaan, Russia, killed 330.")
    assert readings(tops, "Beslaan") == ["RU"]
    tops = gp.parse("Observers in Vienna said the vote in Tiraspoll, Moldova, was not recognised.")
    assert readings(tops, "Tiraspoll") == ["MD"]
    tops = gp.parse("Fighters moved from Idlib to Tripolli, Libya, in 2019.")
    assert readings(tops, "Tripolli") == ["LY"]
    # the country apart from the name, or speaking, places nothing: as geoq33 left them
    tops = gp.parse(
        "Landslides blocked roads in Baglung and Botadi after heavy rain in Nepal near India."
    )
    assert readings(tops, "Botadi") == [None]
    tops = gp.parse("Floods near Dhangadhi and Baglung cut off Botadi, India said on Monday.")
    assert readings(tops, "Botadi") == [None]


def test_a_paper_or_firm_noun_that_qualifies_a_place_noun_leaves_the_town(geoparsing):
    gp = geoparsing[0]
    # 492760e: each dropped as a firm's or a paper's name ("company", "carrier", "maker")
    tops = gp.parse("Flint, a company town for General Motors, lost its water.")
    assert readings(tops, "Flint") == ["US"]
    tops = gp.parse("Kiruna, a mining company town in Sweden, is being moved.")
    assert readings(tops, "Kiruna") == ["SE"]
    tops = gp.parse("Norfolk, a carrier port, welcomed the fleet home.")
    assert readings(tops, "Norfolk") == ["US"]
    tops = gp.parse("Toulouse, an aircraft maker's home, hosted the air show.")
    assert readings(tops, "Toulouse") == ["FR"]
    # the paper itself stays no place
    tops = gp.parse("Officials told Ayin, a local daily newspaper in Juba, that talks stalled.")
    assert readings(tops, "Ayin") == []
    tops = gp.parse('"The talks have stalled," analysts told Ayin, a local newspaper in Juba.')
    assert readings(tops, "Ayin") == []


def test_a_towns_post_office_is_in_the_town_not_a_papers_name(geoparsing):
    gp = geoparsing[0]
    # 492760e: "Post" after the town read as a paper's name ("the Denver Post")
    tops = gp.parse("Gunmen stormed the Mosul Post Office and killed two guards.")
    assert readings(tops, "Mosul") == ["IQ"]
    tops = gp.parse("He worked at the Lagos Post Office until 1985.")
    assert readings(tops, "Lagos") == ["NG"]
    # the paper stays no place
    tops = gp.parse("An article in the Bangkok Post said troops had entered Yala.")
    assert readings(tops, "Bangkok") == []
    tops = gp.parse("The Houston Chronicle and the Denver Post reported the shooting in Aurora.")
    assert readings(tops, "Denver") == []


def test_a_town_a_paper_or_agency_reports_on_is_no_papers_name(geoparsing):
    gp = geoparsing[0]
    # 492760e: each dropped as the paper's name ("X, a ... newspaper"); ac7e265 read them
    tops = gp.parse("Rebels in South Sudan seized Malakal, a local radio station said on Tuesday.")
    assert readings(tops, "Malakal") == ["SS"]
    tops = gp.parse("Fighting in Ukraine reached Kupiansk, a news agency said on Tuesday.")
    assert readings(tops, "Kupiansk") == ["UA"]
    tops = gp.parse("Floods in Pakistan cut off Sukkur, a newspaper reported.")
    assert readings(tops, "Sukkur") == ["PK"]
    # a paper described, "said to be" of it, stays no place
    tops = gp.parse(
        "Officials in Juba told Ayin, a newspaper said to be close to the army, that talks stalled."
    )
    assert readings(tops, "Ayin") == []
    tops = gp.parse("Floods in Pakistan cut off Sukkur, an official told a newspaper.")
    assert readings(tops, "Sukkur") == ["PK"]
