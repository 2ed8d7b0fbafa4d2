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
