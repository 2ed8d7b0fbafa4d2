"""uxlook21: a site drawn nowhere still says the country its sentence ties it to (the region
it is listed in, a place after "in" on its head or its appositive's), never the town of
another word's phrase; an event's bare title told apart by its target or its article's
place of filing where nothing else tells. The sentences are written here, about other sites
and towns than the batches tell; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _countries(parse, text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in parse(text).assets}


def test_a_site_listed_in_a_region_lies_in_its_country(parse):
    got = _countries(parse, "Engineers drew up plans for a data centre campus in Ohio.")
    assert got.get("data centre campus in Ohio") == "US", got
    got = _countries(parse, "The Ras Lanuf terminals in Libya were shut by the strike.")
    assert got.get("Ras Lanuf terminals") == "LY", got
    # one of the kinds an appositive counts it among, and their "in"
    got = _countries(
        parse,
        "Drivers queued for the Holland Tunnel, one of the busiest crossings of the "
        "Hudson in New York, on Friday.",
    )
    assert got.get("Holland Tunnel") == "US", got
    # a place of another word's phrase gives none
    for text, name in (
        ("Protesters in Paris marched against the Hinkley Point power station.", "FR"),
        ("A model of the Kudankulam power plant was shown at an exhibition in Berlin.", "DE"),
        ("Lawyers for the Adani power plant filed papers in Singapore.", "SG"),
        ("The Rogun dam, one of the topics raised in Moscow, was not on the agenda.", "RU"),
        ("The Inga dam, one of the projects of a firm in France, is late.", "FR"),
    ):
        got = _countries(parse, text)
        assert name not in got.values(), (text, got)


def _event_names(tmp_path, stories: dict[str, str]) -> set[str]:
    from explorer.items import build_items
    from explorer.pipeline import analyse_sources

    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {i.name for i in build_items(analyse_sources([tmp_path])) if i.kind == "event"}


def test_a_bare_event_says_the_place_its_sentence_names(tmp_path):
    names = _event_names(
        tmp_path,
        {
            "b.txt": "Pirates take a trawler\n\nPirates have seized a fishing trawler with a "
            "crew of 12 off the coast of Yemen, the coastguard said.\n"
        },
    )
    assert "Ship seizure by pirates (Yemen, in its sentence)" in names, names
    # a sentence of two countries names none
    (tmp_path / "b.txt").unlink()
    names = _event_names(
        tmp_path,
        {
            "d.txt": "Pirates take a trawler\n\nPirates have seized a fishing trawler with a "
            "crew of 12 off the coast of Yemen, a British navy agency said.\n"
        },
    )
    assert not any("its sentence" in n for n in names), names
