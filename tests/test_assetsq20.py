"""Assets of assetsq20: a participle that opens a sentence names no weapon's model ("Advanced
missiles reached the front"); a mine is named by its ore ("a lithium mine in Arizona"); a
site's own verb of mishap or standing and "in" (or "near", for a kind that stands outside the
town) places it ("An ammunition depot exploded in Bandung"); a service's own academy is a site
though its town goes unsaid ("cadets of the Air Force Academy"). The sentences are written
here about other sites and towns than the batch tells; the real spaCy pipeline, geoparser and
gazetteer read them.
"""

from __future__ import annotations


def _assets(parse, text: str) -> dict[str, str]:
    return {a.name: a.type for a in parse(text).assets}


def test_a_participle_first_in_its_sentence_is_no_model(parse):
    for text in (
        "Advanced missiles reached the front line, officials said.",
        "Floating drones were tested by the navy off Crete.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)
    # a model's name in the same place still reads, whatever the tagger calls it
    got = _assets(parse, "Hellfire missiles were fired from a drone.")
    assert got.get("Hellfire missile") == "weapon_system", got
    got = _assets(parse, "Stinger missiles were sent to Kyiv by the Pentagon.")
    assert got.get("Stinger missile") == "weapon_system", got


def test_a_mine_named_by_its_ore(parse):
    got = _assets(parse, "A lithium mine in Arizona was approved by the state on Monday.")
    assert got.get("lithium mine in Arizona") == "mine", got
    got = _assets(parse, "The Greenbushes lithium mine in Western Australia is the largest.")
    assert got.get("Greenbushes lithium mine") == "mine", got
    for text in (
        "The attic proved a diamond mine of old letters for a historian in Leeds.",
        "Silver Mine Road in Dublin was closed for repairs on Tuesday.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)


def test_a_site_s_own_verb_places_it(parse):
    sites = {
        "An ammunition depot exploded in Bandung on Saturday night.": "ammunition depot in Bandung",
        "A substation caught fire in Leeds on Sunday.": "substation in Leeds",
        "An arms depot near Balakliia blew up after a drone strike.": "arms depot near Balakliia",
    }
    for text, name in sites.items():
        got = parse(text).assets
        found = {a.name: a for a in got}
        assert name in found and found[name].geometry is not None, (text, got)
    # another thing's verb, or a landmine's
    for text in (
        "A mine exploded in Kharkiv, killing two children, the police said.",
        "Shares of the port operator collapsed in London on Monday.",
        "Fireworks exploded in Jakarta at midnight as the new year began.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)


def test_a_service_s_own_academy_with_no_town(parse):
    got = _assets(parse, "Cadets of the Air Force Academy marched past the president.")
    assert got.get("Air Force Academy") == "academy", got
    got = _assets(parse, "He was trained at the Military Academy before the war.")
    assert got.get("Military Academy") == "academy", got
    for text in (
        "She starred in Police Academy, which was filmed in Toronto.",
        "He won the Academy Award for best actor in 1995.",
        "The Naval Academy Museum reopened after repairs.",
    ):
        got = _assets(parse, text)
        assert not got, (text, got)
