"""Assets of assetsq23: a port read at an inland village whose namesake is a seaport stands at
the seaport; submarine bases, pesticide and fertiliser plants, fuel storage depots, polar
stations, a water works' pumping station and a named seaway are kinds of site; a canal's locks
are told by their paragraph's ships, hair's locks and a pub named for them are none; a town's
name after "a" before a kind's word places one works there. The stories are written here about
other lands, towns and sites than the batch tells; the real spaCy pipeline, geoparser and
gazetteer read them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets
from tests.assets_reading import near as _near


def test_a_port_at_an_inland_namesake_stands_at_the_seaport(parse):
    got = _assets(
        parse,
        "Plans\n\n"
        "A referendum on the dam is planned in Laos next spring, officials in Vientiane said."
        "\n\nA new container port is planned in Gwadar, the provincial government said.\n\n"
        "A strike at the port of Antwerp is planned in May, the dockers' union said.\n\n"
        "The refinery's expansion is planned in three stages over a decade.\n\n"
        "A wind farm is proposed in Kent, where residents have opposed it for years.\n\n"
        "A new power station was planned in secret, a former minister wrote.",
    )
    assert got["port of Antwerp"][0] == "port", got
    assert _near(got["port of Antwerp"][1], 4.40, 51.22), got  # not Antwerp, Ohio
    # the text chose the village ("Antwerp, Ohio"), or the port is inland with no seaport
    # of its name: drawn where the geoparser read it
    got = _assets(
        parse,
        "The village council of Antwerp, Ohio, voted to rename its grain elevator the port "
        "of Antwerp, a joke among farmers there.\n\n"
        "Coal barges crowd the port of Duisburg on the Rhine, the largest inland port in "
        "Europe.",
    )
    assert _near(got["port of Antwerp"][1], -84.74, 41.18), got
    assert _near(got["port of Duisburg"][1], 6.77, 51.43), got


def test_works_of_new_kinds(parse):
    got = _assets(
        parse,
        "A fire broke out on Sunday at a fuel storage facility in Lagos, where tankers load "
        "petrol for the north.",
    )
    assert got["fuel storage facility in Lagos"][0] == "depot", got
    got = _assets(parse, "Gas leaked from a pesticide plant in Bhopal on the night of 2 December.")
    assert got["pesticide plant in Bhopal"][0] == "factory", got
    got = _assets(
        parse, "Russia's Northern Fleet keeps its boats at the submarine base in Gadzhiyevo."
    )
    assert next(v for k, v in got.items() if "submarine base" in k)[0] == "base", got
    got = _assets(
        parse,
        "The Czech Antarctic Station on James Ross Island was resupplied by a Chilean ship.",
    )
    assert next(v for k, v in got.items() if "Antarctic Station" in k)[0] == "base", got
    # the same words in other senses name no works
    for text in (
        "Every tomato plant in the greenhouse was sprayed with pesticide before the show in Leeds.",
        "The deli in Boston sells a submarine sandwich whose base is a long roll.",
        "A fuel storage tank for the school's boiler in Quebec leaked in the winter of 1987.",
    ):
        assert _assets(parse, text) == {}, text


def test_a_pumping_station_of_water_not_of_oil_or_the_heart(parse):
    got = _assets(
        parse,
        "Shelling damaged the Karlivka pumping station on Monday, cutting off the water of "
        "three filtration stations that serve the district.",
    )
    assert next(v for k, v in got.items() if "pumping station" in k)[0] == "water_plant", got
    for text in (
        "The pumping station on the Druzhba pipeline near Unecha was struck by drones in 2025.",
        "The pumping station of the heart is the left ventricle, the cardiologist told "
        "students in Lyon.",
    ):
        assert not any("pumping station" in k for k in _assets(parse, text)), text


def test_a_canal_s_locks_by_their_paragraph_and_hair_s_locks(parse):
    got = _assets(
        parse,
        "A freighter lost power on the seaway on Tuesday and sat in the channel all day. "
        "The channel is narrow there, only a short way from the Snell Locks.",
    )
    assert got["Snell Locks"][0] == "canal", got
    got = _assets(parse, "Freighters queue each spring on the Columbia Seaway below the dam.")
    assert got["Columbia Seaway"][0] == "canal", got
    for text in (
        "The singer's famous Golden Locks were cut short before the tour of 1971, and fans on "
        "the boat to Dublin wept.",
        "Ships queued at the Thames Barrier while the tide turned, and the Rusty Locks pub in "
        "Gravesend filled with sailors.",
        "The Great Lakes Seaway Trail draws cyclists along Lake Ontario each summer; ferries "
        "link it to the islands.",
    ):
        assert not any("Locks" in k or "Seaway" in k for k in _assets(parse, text)), text


def test_a_town_s_one_after_an_indefinite_article(parse):
    got = _assets(parse, "Inmates rioted at a Lagos prison in 2019, the police said.")
    assert got["Lagos prison"][0] == "prison", got
    for text in (
        "The coach, a Chicago prison guard in his youth, retired to Denver in 2005.",
        "It was a Hollywood dam-busting film, shot in Arizona in 1955.",
        "Critics called him a Washington base politician, loyal to the party's donors.",
        "A Lagos port official was charged in London with bribery in 2016.",
    ):
        assert _assets(parse, text) == {}, text
