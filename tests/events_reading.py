"""Extraction of written text as an ingest reads a file, for the events tests."""

from __future__ import annotations


def reader(geoparsing, published: str | None):
    """Text -> its extraction, with sentences cut by the reader and the geoparser's places
    (demonyms too), read with the lexicon of the gazetteer's countries; ``published`` is the
    article's date unless a call gives another."""
    from explorer.corpus.reading import document_from_text
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for

    gp, gz = geoparsing
    lex = lexicon_for(tuple(gz.country_facts()))

    def run(text: str, on: str | None = published):
        doc = document_from_text("t.txt", text)
        doc.published = on
        return extract(
            doc, gp.parse(text, include_demonyms=True), geometry_for=gz.geometry, lexicon=lex
        )

    return run


def article(geoparsing, path):
    """The extraction of a stored article file as an ingest reads it (its date line its date,
    its dateline kept)."""
    from explorer.corpus import article_files, iter_documents
    from explorer.extract import extract
    from explorer.extract.lexicon import lexicon_for

    gp, gz = geoparsing
    doc = next(iter_documents(article_files([path], []), []))
    return extract(
        doc,
        gp.parse(doc.text, include_demonyms=True),
        geometry_for=gz.geometry,
        lexicon=lexicon_for(tuple(gz.country_facts())),
    )


def events_of(read, text: str, etype: str, *on: str | None) -> list:
    """The events of type ``etype`` a ``reader`` finds in ``text`` (``on``: another date, or
    None for an undated article)."""
    return [e for e in read(text, *on).events if e.type == etype]


def places_of(read, text: str, etype: str, *on: str | None) -> list[str | None]:
    """The names of the places of those events, None where one has no place."""
    out = read(text, *on)
    places = [out.event_places.get(e.id) for e in out.events if e.type == etype]
    return [tp.name if tp is not None else None for tp in places]


def one_event(read, text: str, etype: str, *on: str | None):
    """The one event of type ``etype`` in ``text``; fails naming every event found if there is
    not exactly one."""
    got = events_of(read, text, etype, *on)
    assert len(got) == 1, [e.label for e in read(text, *on).events]
    return got[0]


def countries_of(read, text: str, etype: str, *on: str | None) -> list[str | None]:
    """The country codes of the places of the events of type ``etype``, None where one has no
    place."""
    out = read(text, *on)
    places = [out.event_places.get(e.id) for e in out.events if e.type == etype]
    return [None if tp is None or tp.candidate is None else tp.candidate.country for tp in places]


def countries_by_label(out) -> dict[str, str | None]:
    """Each event's label -> the country code of its place, None where it has none."""
    places = out.event_places
    return {
        e.label: (None if places.get(e.id) is None else places[e.id].candidate.country)
        for e in out.events
    }
