"""A wire story filed from a bureau abroad ("MANAMA, Bahrain (AP) -") about a clash "off the
coast of" another country: the bureau's town is where the story was filed, not where its
events happened. The real spaCy pipeline, geoparser and gazetteer read the texts."""

from __future__ import annotations

TEXT = (
    "MANAMA, Bahrain (AP) - Two British frigates exchanged fire with gunmen in speedboats off"
    " the coast of Yemen on Monday, killing two of them, the Royal Navy said.\n\n"
    "No sailors were hurt. The clash began about 20 miles offshore when the frigates spotted a"
    " dhow towing skiffs. When the gunmen opened fire, the sailors fired back with machine"
    " guns."
)


def test_a_clash_off_a_coast_is_not_put_at_the_bureaus_town(parse):
    out = parse(TEXT, "2024-03-04")
    placed = [
        (e.type, out.event_places[e.id].candidate.country)
        for e in out.events
        if e.id in out.event_places and out.event_places[e.id].candidate is not None
    ]
    assert all(country != "BH" for _type, country in placed), placed
