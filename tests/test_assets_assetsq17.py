"""Assets of assetsq17: a "rail link" is a railway, "irrigation" and "LNG" qualify a site's
kind, a cargo's terminal is placed by "in" a town, a dam "near" a town is placed at it, and
the curated Panama Canal and Balticconnector are drawn. The sentences are written here about
other lines, dams, terminals and towns than the batches tell; the real spaCy pipeline,
geoparser and gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import near as _near


def _assets(parse, text: str) -> dict[str, tuple[str, list | None, str | None]]:
    return {
        a.name: (a.type, (a.geometry or {}).get("coordinates"), a.gazetteer_id)
        for a in parse(text).assets
    }


def test_a_rail_link_is_a_railway(parse):
    got = _assets(parse, "Officials opened the Mombasa-Kisumu Rail Link last year.")
    assert got.get("Mombasa-Kisumu Rail Link", ("",))[0] == "railway", got
    for text in (
        "Rebels cut the road and rail links to the capital.",
        "The bridge was the main road and rail link across the river.",
    ):
        assert _assets(parse, text) == {}, text


def test_irrigation_and_lng_qualify_a_kind(parse):
    got = _assets(parse, "The Kesem irrigation dam was finished in 2015.")
    assert got.get("Kesem irrigation dam", ("",))[0] == "dam", got
    got = _assets(parse, "The Gorgon LNG export terminal was shut for repairs.")
    assert got.get("Gorgon LNG export terminal", ("",))[0] == "terminal", got
    assert _assets(parse, "Farmers protested against the irrigation project near the river.") == {}


def _drawn_there(parse, kind: str, drawn: tuple, none: tuple) -> None:
    """Each sentence of ``drawn`` gives its asset of ``kind`` near its point; each of
    ``none`` gives no asset."""
    for text, name, lon, lat in drawn:
        got = _assets(parse, text)
        assert name in got and got[name][0] == kind, (text, got)
        assert _near(got[name][1], lon, lat), (text, got)
    for text in none:
        assert _assets(parse, text) == {}, text


def test_a_cargo_s_terminal_in_a_town(parse):
    _drawn_there(
        parse,
        "terminal",
        (
            (
                "A missile struck the grain terminal in Izmail overnight.",
                "grain terminal in Izmail",
                28.84,
                45.35,
            ),
            (
                "The container terminal in Mombasa was expanded by a Chinese firm.",
                "container terminal in Mombasa",
                39.66,
                -4.05,
            ),
        ),
        (
            "Passengers waited at the bus terminal in Nairobi.",
            "A computer terminal in Boston failed during the test.",
        ),
    )


def test_a_dam_near_a_town(parse):
    _drawn_there(
        parse,
        "dam",
        (
            (
                "The hydroelectric dam near Nurek was flooded.",
                "hydroelectric dam near Nurek",
                69.32,
                38.39,
            ),
            ("A dam near Derna burst after the storm.", "dam near Derna", 22.64, 32.77),
        ),
        (
            "Children played by a beaver dam near Ottawa.",
            "Soldiers were posted at the dam near the border.",
        ),
    )


def test_the_panama_canal_and_balticconnector_are_drawn(parse):
    got = _assets(parse, "Ships queued at both ends of the Panama Canal.")
    assert got.get("Panama Canal", ("", None, None))[2] == "curated:panama_canal", got
    assert _near(got["Panama Canal"][1], -79.7, 9.1)
    got = _assets(parse, "The Balticconnector gas pipeline between Finland and Estonia reopened.")
    line = [a for a in got.values() if a[2] == "curated:balticconnector"]
    assert line and line[0][0] == "pipeline" and len(line[0][1]) >= 2, got
    # the page's spelling, as wires wrote it
    got = _assets(parse, "Finnish police said the Balticconector pipeline was damaged.")
    assert any(a[2] == "curated:balticconnector" for a in got.values()), got
    assert _assets(parse, "He wore a Panama hat near the canal.") == {}
