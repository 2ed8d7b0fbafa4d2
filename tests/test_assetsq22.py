"""Assets of assetsq22: a person's business named only as "his company" is no state's role;
a site named only by the state that owns it is one when a crowd breaks into it or a word of
force's own "in" names its town, and "in the city of" a town places it; a station of signals
intelligence is a base; a site "planned in" a town stands there. The stories are written here
about other lands, towns and sites than the batch tells; the real spaCy pipeline, geoparser and
gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def test_a_person_s_business_is_no_state_s_role(parse):
    text = (
        "The first offshore wind farm in Japan is built\n\n"
        "The country's first large offshore wind farm was finished on Friday when its last "
        "turbine was fitted, Kenji Sato, the head of Akita Wind Power, said from the Noshiro "
        "Wind Farm, which his company is building off the coast of Akita."
    )
    got = _assets(parse, text)
    farm = next(v for k, v in got.items() if "Wind Farm" in k)
    assert farm[0] == "power_plant" and farm[2] == [], got


def test_an_owned_site_broken_into_in_a_town_s_word(parse):
    got = _assets(
        parse,
        "Hundreds of men broke into the US consulate in the Turkish city of Izmir on "
        "Friday and set fire to its gate.",
    )
    name = next(k for k in got if "consulate" in k)
    assert name == "US consulate in Izmir", got
    assert got[name][0] == "embassy" and _near(got[name][1], 27.14, 38.42), got
    assert got[name][2] == ["United States"], got
    # into a thing inside it, or into another room at it: not the site
    for text in (
        "Hackers broke into the computer network of the British embassy in Washington.",
        "The ambassador forced his way into the meeting at the Italian embassy in Nairobi.",
    ):
        assert not any("embassy" in k for k in _assets(parse, text)), text


def test_an_owned_site_at_its_verb_s_town(parse):
    got = _assets(
        parse,
        "In Nairobi, protesters stormed the Israeli embassy while police fired tear gas.",
    )
    assert got["Israeli embassy in Nairobi"][0] == "embassy", got
    assert _near(got["Israeli embassy in Nairobi"][1], 36.82, -1.28), got
    for text in (
        # an embassy stands in the capital, not in this port
        "In Mombasa, rioters attacked the Israeli embassy, a police officer said.",
        # the owner's own land
        "In Jerusalem, officials said militants had attacked the Israeli embassy.",
        # the embassy speaks
        "In Nairobi, the Israeli embassy said protesters had stormed its gates.",
        # the town is another verb's
        "In Tehran, students recalled how they seized the US embassy in 1979.",
    ):
        assert not any("embassy" in k for k in _assets(parse, text)), text


def test_a_listening_station_is_a_base(parse):
    got = _assets(
        parse,
        "The Ayios Nikolaos listening station on Cyprus intercepts radio and satellite "
        "signals for British intelligence.",
    )
    assert any(v[0] == "base" and "Ayios Nikolaos" in k for k, v in got.items()), got
    for text in (
        "The record shop in Melbourne has a listening station for every new release.",
        "The library in Leeds has opened a listening station where visitors hear old songs.",
    ):
        assert not _assets(parse, text), text
    # an era names no site
    got = _assets(parse, "The Cold War eavesdropping station on Teufelsberg is now a ruin.")
    assert not any("Cold" in k for k in got), got


def test_a_site_planned_in_a_town(parse):
    got = _assets(parse, "A $200 million data centre is planned in Nairobi's Westlands district.")
    assert got["data centre in Nairobi"][0] == "data_centre", got
    assert _near(got["data centre in Nairobi"][1], 36.82, -1.28), got
    for text in (
        "A referendum on the dam is planned in Laos next spring.",
        "A new power station was planned in secret, a former minister wrote.",
    ):
        assert not _assets(parse, text), text
