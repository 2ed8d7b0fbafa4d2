"""Places of local news in English-speaking countries, nineteenth pass: towns and counties of
the same name in another country. On the real gazetteer and the real spaCy model, with
sentences of other names than the stories of ``benchmarks/data/places_fresh2`` (written from
stored news pages) and one of its stories."""

from __future__ import annotations

from pathlib import Path

FRESH = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "places_fresh2" / "docs"


def read(gp, text: str) -> dict[str, list[tuple[str | None, str | None]]]:
    """Each name's readings, in order: (country, first-level region), None where unplaced."""
    out: dict[str, list[tuple[str | None, str | None]]] = {}
    for t in gp.parse(text, include_demonyms=False):
        c = t.candidate
        out.setdefault(t.name, []).append(
            (c.country, gp.gaz.entry(c.gazetteer_id).admin1) if c else (None, None)
        )
    return out


def test_a_county_abroad_written_with_county(geoparsing):
    gp = geoparsing[0]
    # the gazetteer's "Kent County" and "Durham County" are Michigan's, Delaware's and North
    # Carolina's; England's are listed as "Kent" and "County Durham"
    text = "Kent County Council has approved new bus routes between Maidstone, Ashford and"
    tops = read(gp, f"{text} Canterbury.")
    assert tops["Kent County"] == [("GB", "ENG")]
    text = "Durham County Council says repairs to bridges in Darlington and Hartlepool will take"
    tops = read(gp, f"{text} a year.")
    assert tops["Durham County"] == [("GB", "ENG")]
    # in an American story the county is the American one, as before
    tops = read(gp, "Kent County commissioners met in Grand Rapids on Tuesday.")
    assert tops["Kent County"] == [("US", "MI")]
    tops = read(gp, "Durham County deputies arrested a man in Raleigh.")
    assert tops["Durham County"] == [("US", "NC")]


def test_a_compass_part_of_a_world_city(geoparsing):
    gp = geoparsing[0]
    # the fresh story of Tower Hamlets and Uttoxeter: East London was South Africa's city, and
    # Uttoxeter, the one English town it names, was left unplaced as far from it
    tops = read(gp, (FRESH / "uk-east-london-uttoxeter.txt").read_text(encoding="utf-8"))
    assert tops["East London"] == [("GB", "ENG")] * 2
    assert tops["Uttoxeter"] == [("GB", "ENG")] * 2
    text = "A crime task force will patrol East London, Tower Hamlets council said, after"
    tops = read(gp, f"{text} phone thefts rose in Stratford and Ilford.")
    assert tops["East London"] == [("GB", "ENG")]
    # beside the Eastern Cape it stays the South African city
    tops = read(
        gp, "Police in East London said the suspect fled toward Mthatha in the Eastern Cape."
    )
    assert tops["East London"] == [("ZA", "05")]


def test_a_speaker_after_said_is_a_person(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, '"We were lucky," said Chad, who works at the shelter on Main Street in Tulsa.')
    assert "Chad" not in tops
    assert tops["Tulsa"] == [("US", "OK")]
    tops = read(gp, '"Nobody warned us," said India, who moved to Leeds from Bradford last year.')
    assert "India" not in tops
    # a country that speaks is "which", and stays a country
    tops = read(gp, "Aid will go on, said Jordan, which hosts more than a million refugees.")
    assert tops["Jordan"] == [("JO", "")]


def test_grounds_named_for_a_town_are_not_the_town(geoparsing):
    gp = geoparsing[0]
    # "Boston" of an estate's name was a village of New York, and it took Belfast with it
    tops = read(gp, "The Boston Park estate in Belfast was evacuated after a security alert.")
    assert "Boston" not in tops
    assert tops["Belfast"] == [("GB", "NIR")]
    tops = read(gp, "Firefighters were called to a house fire at his Toronto Park home in Belfast.")
    assert "Toronto" not in tops
    # a park the gazetteer holds whole is read as before
    tops = read(gp, "The fair opens at Lincoln Park in Chicago on Friday.")
    assert tops["Lincoln Park"] == [("US", "IL")]


def test_a_town_far_from_the_texts_other_places_stays_unplaced(geoparsing):
    gp = geoparsing[0]
    # Hanover Park of Cape Town is not in the gazetteer; Hanover Park, Illinois (38,333
    # people) is no place of a story of the Western Cape
    text = "Two teenagers were shot dead in Hanover Park on Sunday night, Western Cape police said."
    tops = read(gp, f"{text} Residents have marched to the Cape Town civic centre.")
    assert tops["Hanover Park"] == [(None, None)]
    assert tops["Cape Town"] == [("ZA", "11")]
    # beside its own neighbours it is the Illinois village
    tops = read(
        gp, "Hanover Park police arrested two men after a robbery near Schaumburg and Elgin."
    )
    assert tops["Hanover Park"] == [("US", "IL")]


def test_a_neighbourhood_of_a_town_named_after_it(geoparsing):
    gp = geoparsing[0]
    # "the Fremont neighborhood of Seattle" was Fremont, California: a part of the town named
    # after it keeps only readings near the town, else the town itself
    tops = read(gp, "A cyclist was hit by a car in the Fremont neighborhood of Seattle on Monday.")
    assert tops["Fremont"] == [("US", "WA")]
    # the town first, then its part: the town is not read as a part of its suburb
    tops = read(
        gp, "Munir Abdulkader, 22, from the Cincinnati suburb of West Chester, pleaded guilty."
    )
    assert tops["Cincinnati"] == [("US", "OH")]
