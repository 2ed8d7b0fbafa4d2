"""Branch geoq44's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh22."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh22, by its file's name."""
    return _fresh_story(name, "places_fresh22")


# (text, name, the country every reading of the name must lie in): a world city's name given
# its council or its people at two mentions, in a text counting a sales tax's revenue in bare
# dollars: three the rule moves to the North American town, then other senses it keeps (a tax
# paid, not collected; one mention; a world city's government; a text counting in euros too;
# a text naming the world city's country or people)
DOLLAR_TOWNS = (
    (
        "The Athens City Council was told on Monday that sales tax revenue is down 4 percent. "
        "Athens Mayor Randy Daniel said council members would still pay $85,000 for a new fire "
        "truck.",
        "Athens",
        "US",
    ),
    (
        "Moscow residents will see their water bills rise after sales tax collections fell short "
        "by $1.2 million this spring, the Moscow City Council said.",
        "Moscow",
        "US",
    ),
    (
        "Paris City Council heard on Tuesday that January sales tax collections rose 5 percent, "
        "to $1.4 million. Paris residents will vote on a bond in May.",
        "Paris",
        "US",
    ),
    (
        "Paris residents pay no sales tax but a value-added tax of 20 percent, costing a family "
        "about $3,000 a year, Paris City Council said.",
        "Paris",
        "FR",
    ),
    (
        "Delhi residents will bring in less sales tax revenue this year, the Delhi government "
        "said, a shortfall of $300 million.",
        "Delhi",
        "IN",
    ),
    (
        "Paris City Council approved a 1.6 billion euro ($1.8 billion) budget on Tuesday, as "
        "sales tax revenue fell. Paris residents protested.",
        "Paris",
        "FR",
    ),
    (
        "The Athens City Council met on Monday. Sales tax revenue in Greece fell by $2 billion, "
        "and Athens residents queued at banks, the finance ministry said.",
        "Athens",
        "GR",
    ),
    (
        "Sales tax revenue fell to $2 million last year, officials said. Tourists flew to Athens "
        "for the holidays and Athens residents welcomed them.",
        "Athens",
        "GR",
    ),
    (
        "Moscow Mayor Sergei Sobyanin said sales tax receipts reached $3 billion as Moscow "
        "residents spent more in Russian shops.",
        "Moscow",
        "RU",
    ),
)


def test_a_world_citys_name_is_a_dollar_towns_beside_its_sales_tax_revenue(geoparsing):
    gp = geoparsing[0]
    # The News Courier's tag page: "Athens City Council", "Athens residents", "raise sales tax
    # revenue for the city", "$85,000", and no state named (Athens, Greece, before the rule)
    found = readings(gp.parse(_story("us-enewscourier-athens")), "Athens")
    assert len(found) == 10 and set(found) == {"US"}
    for text, name, country in DOLLAR_TOWNS:
        found = readings(gp.parse(text), name)
        assert found and set(found) == {country}, text


def test_a_news_spelling_before_a_possessive_is_the_entitys_whole_name(geoparsing):
    gp = geoparsing[0]
    # Addis Standard's category page: "Addis Abeba's Lafto district" (Addis Ababa's other
    # spelling, cut from its possessive and left unplaced before the rule), then every mention
    story = gp.parse(_story("et-addisstandard-eritrea"))
    assert readings(story, "Addis Abeba") == ["ET"] * 4
    assert readings(
        gp.parse("Simon rents a flat in Addis Abeba's Lafto district."), "Addis Abeba"
    ) == ["ET"]
    # other senses, as before: a town's own name before its possessive, where the gazetteer
    # holds only namesakes elsewhere, stays unplaced; old names read as they were
    assert readings(
        gp.parse("Sun Valley's new fire station opened on Monday, the Texas town said."),
        "Sun Valley",
    ) == [None]
    assert readings(gp.parse("Bombay's film studios stayed shut."), "Bombay") == ["IN"]
    assert readings(gp.parse("The siege of Leningrad's people lasted 872 days."), "Leningrad") == [
        "RU"
    ]


def test_a_place_cut_at_its_owners_possessive_is_read_whole(geoparsing):
    gp = geoparsing[0]
    # RNZ's local council stories: "Hawke's Bay residents" ("Hawke" a person to the
    # recogniser) and "Hawke's Bay has" ("Hawke's" a work): both missed before the rule
    story = gp.parse(_story("nz-rnz-localcouncil"))
    assert readings(story, "Hawke's Bay") == ["NZ", "NZ"]
    assert readings(gp.parse("Hawke's Bay has some of the highest rates."), "Hawke's Bay") == ["NZ"]
    # other senses: an owner's possessive before no place, or before a longer name the owner
    # is part of, or a place already found whole, read as before
    for text in (
        "Mr Hawke's Labor government floated the dollar in 1983.",
        "Bob Hawke's Bay of Islands holiday was cut short.",
        "St. John's Lutheran Church held a service.",
    ):
        assert not readings(gp.parse(text), "Hawke's Bay"), text
    assert readings(
        gp.parse("Police in Prince George's County said two men were shot."),
        "Prince George's County",
    ) == ["US"]
    assert readings(
        gp.parse("Refugees fled to camps near Cox's Bazar in Bangladesh."), "Cox's Bazar"
    ) == ["BD"]
