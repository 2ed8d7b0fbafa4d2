"""Places read where the text means something else, or on the wrong continent, tenth pass: a
region's name before a relative clause of persons, a country's forces as where a story is. On
the real gazetteer and the real spaCy model."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def names(tops) -> list[str]:
    return [t.name for t in tops]


def test_a_region_before_a_relative_clause_of_persons_is_the_person(geoparsing):
    gp = geoparsing[0]
    # Hidalgo is a Mexican state; "Hidalgo, who ..." in a story of Paris is its mayor
    tops = gp.parse(
        "Since meeting the mayor of Aleppo in Paris last year, Hidalgo, who has visited "
        "refugee camps in Jordan twice, said the city would take in more families."
    )
    assert "Hidalgo" not in names(tops)
    assert readings(tops, "Paris") == ["FR"]
    # the person named before "of" is the one the clause is about: the town stays
    tops = gp.parse(
        "Environmental services specialist John Nale of Chattanooga, who is licensed to "
        "clean up meth labs, said tests in Knoxville showed traces."
    )
    assert readings(tops, "Chattanooga") == ["US"]
    # "which" is a place's relative pronoun: the state stays
    tops = gp.parse("Texas, which has long opposed the rule, said it would sue in Austin.")
    assert readings(tops, "Texas") == ["US"]
    # where the text names a place of the region's country, the region stays
    tops = gp.parse(
        "Chechnya, who many in Moscow blame for the attacks, said it would hold talks."
    )
    assert readings(tops, "Chechnya") == ["RU"]


def test_a_countrys_forces_say_where_a_town_is(geoparsing):
    gp = geoparsing[0]
    # the gazetteer has no Palma in Mozambique: Palma de Mallorca is not where Mozambican
    # troops fight, so the name is left unplaced rather than put in Spain
    for text in (
        "Mozambican troops clashed with insurgents near Palma on Sunday, a military source "
        "said.",
        "Mozambique's security forces clashed with insurgents near Palma on Sunday.",
    ):
        tops = gp.parse(text)
        assert readings(tops, "Palma") == [None], text
    # tourists travel: the Spanish city stays
    tops = gp.parse("Russian tourists in Palma complained about the heat on Sunday.")
    assert readings(tops, "Palma") == ["ES"]
    # a town of the forces' country, or of a country the text names, keeps its reading
    tops = gp.parse("Nigerian troops repelled an attack near Monguno on Friday, the army said.")
    assert readings(tops, "Monguno") == ["NG"]
    tops = gp.parse("Turkish troops shelled Kurdish fighters near Afrin in northern Syria.")
    assert readings(tops, "Afrin") == ["SY"]
