"""Branch review77: other senses of stop 45's place rules' triggers
(explorer/geoparse/senses_kept.py). Stories of benchmarks/data/review77/sentences.txt.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main 73704932."""

from __future__ import annotations


def _countries(geoparsing, text: str, name: str) -> list[str | None]:
    """The country of each reading of ``name`` in ``text``, None where it is left unplaced."""
    gp, _ = geoparsing
    return [
        t.candidate.country if t.candidate else None
        for t in gp.parse(text)
        if t.name == name or t.name.startswith(name + " ")
    ]


def test_a_town_an_ocean_from_the_unit_stays_a_reading(geoparsing):
    """Before "region" or "district", a town of the land the text names, thousands of km from
    the other land's unit of its name, is still read; a border town beside the unit is not."""
    for text, name, country in (
        (
            "U.S. Forest Service crews fought a wildfire in the Santa Fe region on Tuesday.",
            "Santa Fe",
            "US",
        ),
        ("Wildfires forced evacuations in the Merida region of western Spain.", "Merida", "ES"),
        (
            "Spanish police in the Durango district arrested two men over the arson attacks.",
            "Durango",
            "ES",
        ),
    ):
        assert _countries(geoparsing, text, name) == [country], text
    # the rule's own sense: Rostov Oblast's Donetsk lies beside Ukraine's Donetsk Oblast
    assert _countries(
        geoparsing, "Russia claimed new gains in the Donetsk region on Tuesday.", "Donetsk"
    ) == ["UA"]


def test_a_town_s_in_before_a_planet_s_name(geoparsing):
    """ "in Mars", "grew up in Jupiter": a town's preposition; "landed on Mars" the planet."""
    assert _countries(
        geoparsing, "Students in Mars used the school's new telescope to watch the eclipse.", "Mars"
    ) == ["US"]
    assert _countries(
        geoparsing,
        "A NASA astronaut who grew up in Jupiter spoke to students at her old school.",
        "Jupiter",
    ) == ["US"]
    assert (
        _countries(geoparsing, "NASA's Perseverance rover landed on Mars in February.", "Mars")
        == []
    )
    assert _countries(geoparsing, "The rover found water in Mars craters, NASA said.", "Mars") == []


def test_a_count_of_craft_opening_a_clause(geoparsing):
    """A name opening a sentence or a list's item before a count of craft is the place; a
    model's name inside a noun phrase is the craft's."""
    assert _countries(
        geoparsing, "Sumy 3 drones shot down, the regional governor said.", "Sumy"
    ) == ["UA"]
    assert _countries(
        geoparsing, "Destroyed overnight: Kharkiv 4 drones, Sumy 3 drones.", "Kharkiv"
    ) == ["UA"]
    assert (
        _countries(geoparsing, "SpaceX's Falcon 9 launch vehicle lifted off on Sunday.", "Falcon")
        == []
    )
    assert (
        _countries(geoparsing, "Falcon 9 rockets will carry the satellites into orbit.", "Falcon")
        == []
    )


def test_a_document_s_word_in_lower_case(geoparsing):
    """ "the Toledo agreement with the union" is the town's own; "the Toledo Principles" a
    document's name that does not say which Toledo."""
    assert _countries(
        geoparsing,
        "City council approved the Toledo agreement with the firefighters' union on Monday.",
        "Toledo",
    ) == ["US"]
    assert _countries(
        geoparsing,
        "The United States endorsed the Toledo Principles on teaching about religions.",
        "Toledo",
    ) == [None]


def test_an_old_name_in_its_own_century(geoparsing):
    """Salisbury in a sentence of 1965 or 1978 is Rhodesia's capital (Harare); in 2018,
    England's."""
    for text in (
        "Guerrillas fired rockets at the fuel depot in Salisbury in 1978, killing six.",
        "Ian Smith declared independence from Britain in Salisbury in 1965.",
    ):
        assert _countries(geoparsing, text, "Salisbury") == ["ZW"], text
    assert _countries(
        geoparsing, "Two Russian agents poisoned Sergei Skripal in Salisbury in 2018.", "Salisbury"
    ) == ["GB"]
