"""Assets of assetsq16: a kind "on" a name however far its sentence's first capital stands, an
island the tagger takes for a person, a port "in" a town, a country's name closing a site's
name and a firm's home that is no operator, a "military reservation", a listing's project told
again by its full name, and Crimea's shape holding Sevastopol (one depot told twice). The
sentences are written here about other towns, islands, firms and projects than the batches
tell; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations

from pathlib import Path

BATCH = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _assets(parse, text: str) -> dict[str, tuple[str, list | None, list[str]]]:
    return {
        a.name: (a.type, (a.geometry or {}).get("coordinates"), sorted(a.operators))
        for a in parse(text).assets
    }


def _kind(name: str) -> str:
    return "radar" if name.startswith("radar") else "base"


def test_a_kind_on_a_name_however_far_the_first_capital(parse):
    for text, name in (
        ("Japan also relies on the naval base on Okinawa.", "naval base on Okinawa"),
        # the tagger calls "Okinawa" a person here; the gazetteer knows the island
        (
            "Japan relies heavily on the naval base on Okinawa for its defence.",
            "naval base on Okinawa",
        ),
        (
            "Beijing quietly expanded the radar station on Hainan last year.",
            "radar station on Hainan",
        ),
    ):
        got = _assets(parse, text)
        assert got.get(name, ("", "x"))[:2] == (_kind(name), None), (text, got)
    for text in (
        "Officials later reported on the refinery on Monday.",
        "The company also commented on the oil terminal on Twitter.",
        "The marines rely on the air base on Smith for now.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_port_in_a_town(parse):
    for text, name in (
        ("The state is negotiating an expansion of the main port in Colombo.", "port in Colombo"),
        ("Ships crowded the port in Mombasa after the storm.", "port in Mombasa"),
    ):
        got = _assets(parse, text)
        assert name in got and got[name][0] == "port" and got[name][1] is not None, got
    for text in ("They drank port in Lisbon.", "A glass of port in Porto costs little."):
        assert _assets(parse, text) == {}, text


def test_a_country_closing_a_site_s_name_and_a_firm_s_home(parse):
    got = _assets(parse, "A Canadian firm operates the Cobre Panama copper mine.")
    # the mine's name whole, and the firm's home is not its operator
    assert got == {"Cobre Panama copper mine": ("mine", None, [])}, got
    got = _assets(parse, "Strikers shut the Sierra Gorda Chile copper mine on Monday.")
    assert list(got) == ["Sierra Gorda Chile copper mine"], got
    # an owner stands first; a state's own force, or a joint venture, operates for its state
    got = _assets(parse, "The Russian military operates the Hmeimim air base.")
    assert [v[2] for v in got.values()] == [["Russia"]], got
    got = _assets(parse, "An Indian joint venture company will develop Iran's Chabahar Port.")
    assert [v[2] for v in got.values()] == [["India", "Iran"]], got
    assert _assets(parse, "Rebels attacked a Tanzania gold mine.") == {}


def test_a_military_reservation_is_a_base(parse):
    got = _assets(parse, "Fort Bliss Military Reservation in Texas hosts an armoured brigade.")
    assert got["Fort Bliss Military Reservation"][0] == "base", got
    # a fort's own name, not a town named for the same man elsewhere
    doc = BATCH / "assets_fresh16" / "docs" / "ph-us-edca-air-bases-2019.txt"
    got = _assets(parse, doc.read_text(encoding="utf-8"))
    assert got["Fort Magsaysay Military Reservation"][:2] == ("base", None), got
    got = _assets(parse, "Troops trained at the Camp Ripley military reservation in Minnesota.")
    assert got.get("Camp Ripley military reservation", ("",))[0] == "base", got
    for text in (
        "The tribe's reservation in Arizona held a vote.",
        "Soldiers guarded the military reservation near the border.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_titled_project_told_again_by_its_full_name(parse):
    got = _assets(
        parse,
        "Western Grid Upgrade Project, Kenya (March 3, 2022)\n"
        "The Western Grid Upgrade Project includes new 220 kV transmission lines and two "
        "substations near Kisumu.",
    )
    assert got.get("Western Grid Upgrade Project", ("",))[0] == "power_line", got
    doc = BATCH / "assets_fresh13" / "docs" / "am-transmission-projects-update-2021.txt"
    got = _assets(parse, doc.read_text(encoding="utf-8"))
    assert got.get("LRGV System Enhancement Project", ("",))[0] == "power_line", got
    for text in (
        # no kind among what it sets out; two kinds; another project's name
        "Northern Corridor Project, Ghana (June 1, 2020)\n"
        "The Northern Corridor Project sets out new rules for traders, among them lower tariffs.",
        "Coastal Roads Project, Peru (May 2, 2019)\n"
        "The Coastal Roads Project includes a new port and an airport.",
        "Lake Region Project, Chile (May 2, 2019)\n"
        "The Andes Mining Project includes a copper mine, among them new pits.",
    ):
        assert _assets(parse, text) == {}, text


def test_one_depot_in_crimea_told_by_the_peninsula_and_its_city(parse):
    got = _assets(
        parse,
        "An oil depot in Crimea was hit by drones on Saturday. The Sevastopol oil depot "
        "burned for hours, officials said.",
    )
    assert list(got) == ["Sevastopol oil depot"] and got["Sevastopol oil depot"][1], got
    # a town across the strait is another depot
    got = _assets(
        parse,
        "An oil depot in Crimea was hit by drones on Saturday. The Novorossiysk oil depot "
        "burned for hours, officials said.",
    )
    assert len(got) == 2, got


def test_the_batch_s_three_misses(parse):
    docs = BATCH / "assets_fresh16" / "docs"
    for stem, name, kind in (
        ("lk-hambantota-port-loan-2007", "port in Colombo", "port"),
        ("pa-cobre-panama-mine-protests-2023", "Cobre Panama copper mine", "mine"),
        ("ph-us-edca-air-bases-2019", "Fort Magsaysay Military Reservation", "base"),
    ):
        got = _assets(parse, (docs / f"{stem}.txt").read_text(encoding="utf-8"))
        assert got.get(name, ("",))[0] == kind, (stem, got)
