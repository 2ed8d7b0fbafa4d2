"""A name the text itself puts in a country, read there through the whole text: a province's
name of another time that the gazetteer lacks is left unplaced, not read as a namesake on
another continent. Sentences of my own; on the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_province_the_text_puts_in_a_country_is_no_namesake_abroad(geoparsing):
    gp = geoparsing[0]
    # 2b13c4f: Shaba, a town in China, both times (the gazetteer lacks Zaire's province of
    # 1971-97); each way of saying where it lies
    for said in (
        "Zaire's southern Shaba region",
        "the Shaba province of Zaire",
        "Shaba, in southern Zaire,",
        "Zaire's Shaba region",
    ):
        tops = gp.parse(
            f"Rebels crossed from Angola into {said} in March 1977. By April they held much of"
            " copper-rich Shaba, and China sent supplies."
        )
        assert readings(tops, "Shaba") == [None, None], said
    # 2b13c4f: Natal, Brazil (the province of 1910-94 is no reading of the gazetteer); since
    # geoq37, KwaZulu-Natal, the unit whose English name ends with the name (the old
    # province's land), where geofix38 left it unplaced
    tops = gp.parse(
        "Violence flared in South Africa's eastern Natal province in 1990. Zulu leaders in"
        " Natal called for calm."
    )
    assert readings(tops, "Natal") == ["ZA", "ZA"]
    tops = gp.parse("The Natal province of South Africa saw clashes in 1990.")
    assert readings(tops, "Natal") == ["ZA"]
    # 2b13c4f: a town of Rwanda; Kenya's provinces (abolished in 2013) are not in the gazetteer
    tops = gp.parse("Floods hit Kenya's western Nyanza province in 1997, and Rwanda sent no aid.")
    assert readings(tops, "Nyanza") == [None]
    # 2b13c4f: Rwanda's Western Province, the second time
    tops = gp.parse(
        "Floods hit the Western Province of Kenya in 2003, and the Western Province's farmers"
        " lost their crops."
    )
    assert set(readings(tops, "Western Province")) == {None}


def test_a_name_read_in_the_country_said_stays_there(geoparsing):
    gp = geoparsing[0]
    # a reading in the country the text names is kept, and the name keeps it
    tops = gp.parse("Floods struck China's Shaba town in 2010. Rescuers reached Shaba by road.")
    assert readings(tops, "Shaba") == ["CN", "CN"]
    tops = gp.parse("Russia recognised Georgia's Abkhazia in 2008. Troops stayed in Abkhazia.")
    assert readings(tops, "Abkhazia") == ["GE", "GE"]
    tops = gp.parse("Fighting spread across Zaire's Kivu region in 1996. Refugees fled Kivu.")
    assert readings(tops, "Kivu") == ["CD", "CD"]
    tops = gp.parse("The army shelled Ceylon's Jaffna peninsula in 1971. India watched Jaffna.")
    assert readings(tops, "Jaffna") == ["LK", "LK"]
    tops = gp.parse("Troops moved into Mexico's southern Chiapas state after the uprising.")
    assert readings(tops, "Chiapas") == ["MX"]
    tops = gp.parse("Refugees crossed from Syria into the Hatay province of Turkey.")
    assert readings(tops, "Hatay") == ["TR"]
    tops = gp.parse("Georgia's Fulton County voted early.")
    assert readings(tops, "Fulton County") == ["US"]
    tops = gp.parse("Clashes broke out in Gori, in Georgia, in August 2008.")
    assert readings(tops, "Gori") == ["GE"]
    # a land the country lost keeps its reading across the border: South Sudan's Equatoria
    tops = gp.parse("Rebels attacked towns in Sudan's southern Equatoria region in 1986.")
    assert readings(tops, "Equatoria") == ["SS"]
    tops = gp.parse("Fighting flared in Georgia's Abkhazia region in 1992.")
    assert readings(tops, "Abkhazia") == ["GE"]
    # two countries said: each its own, the bare name left to the resolver
    tops = gp.parse("Shelling hit Pakistan's Punjab province and India's Punjab state.")
    assert readings(tops, "Punjab") == ["PK", "IN"]
    # 2b13c4f: Libya's capital, though the text says the bishop's Tripoli is Lebanon's
    tops = gp.parse("The bishop of Tripoli, in Lebanon, spoke of the war in Libya.")
    assert readings(tops, "Tripoli") == ["LB"]
    # a name the text places again by itself keeps that place
    tops = gp.parse("Alexandria, in Egypt, held a festival; Alexandria, Virginia held another.")
    assert readings(tops, "Alexandria") == ["EG", "US"]
    # a famous city is where it is, whatever the comma after it says
    tops = gp.parse("Troops from Chad, in Mali since 2013, left Kidal for Paris, in France.")
    assert readings(tops, "Paris") == ["FR"]
