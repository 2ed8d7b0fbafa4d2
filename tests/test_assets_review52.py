"""A reviewer's read of assetsq10's asset rules on sentences where their words mean something
else: a title's possessive over another state's site, an airline's or an agency's aircraft, a
site of another kind beside a curated one in its town, a ship's word before a name that tells
another noun. The sentences are written here about other rivers, wars and fleets than the
batches tell; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _found(parse, text: str) -> list[tuple[str, str]]:
    return [(a.type, a.name) for a in parse(text).assets]


def test_a_title_s_own_site_is_not_a_body_s_site_told_of_another_state(parse):
    # the body's one dam is told of Syria (or India, or Laos): not the title's owner's dam
    for text in (
        "Turkey shuts its Euphrates dam\n\nSyria said the Tabqa Dam downstream was running dry.",
        "Pakistan completes its Indus dam\n\n"
        "India protested that the Kishanganga Dam upstream was within its rights.",
        "China opens its Mekong dam\n\n"
        "Downstream in Laos, the Xayaburi Dam has already cut the river's flow, fishermen say.",
    ):
        found = parse(text).assets
        body = next(a for a in found if a.evidence[0].start > text.index("\n"))
        assert body.operators == [], text
        assert len(found) == 2, text
    # told of the title's owner, or of no state, it is the title's site (assetsq10's rule)
    text = (
        "Ethiopia shows off its Nile dam as talks with Egypt stall\n\n"
        "Work on the Grand Ethiopian Renaissance Dam goes on while Egypt and Ethiopia argue."
    )
    (dam,) = parse(text).assets
    assert (dam.name, dam.operators, len(dam.evidence)) == (
        "Grand Ethiopian Renaissance Dam",
        ["Ethiopia"],
        2,
    )
    text = "Brazil floods its Xingu dam\n\nThe Belo Monte Dam displaced 20,000 people."
    (dam,) = parse(text).assets
    assert (dam.name, dam.operators) == ("Belo Monte Dam", ["Brazil"])


def test_an_airline_s_or_an_agency_s_aircraft_are_no_weapon(parse):
    for text in (
        "Aeroflot aircraft were banned from European skies after the war began.",
        "Lufthansa aircraft evacuated Germans from Kabul during the war.",
        "Red Cross aircraft flew food into Biafra during the war.",
        "Civilian aircraft were grounded during the war.",
        "The Malaysia Airlines Boeing 777 aircraft was shot down over Ukraine during the war.",
        "The Iran Air Airbus A300 aircraft was shot down during the Iran-Iraq war.",
    ):
        assert not [a for a in parse(text).assets if a.name.endswith("aircraft")], text
    # a model a state flies, owns or sends stays a weapon
    assert _found(parse, "Britain sent Harrier aircraft to the war in 1982.") == [
        ("weapon_system", "Harrier aircraft")
    ]
    text = "Argentina's Super Etendard aircraft sank a destroyer during the war."
    assert ("weapon_system", "Super Etendard aircraft") in _found(parse, text)
    text = "The Ilyushin Il-76 aircraft carrying prisoners of war crashed near Belgorod."
    assert _found(parse, text) == [("weapon_system", "Ilyushin Il-76 aircraft")]


def test_a_site_of_another_kind_beside_a_curated_one_in_its_town_is_another_site(parse):
    text = (
        "Ukraine said it struck the thermal power station at Enerhodar. "
        "The Zaporizhzhia Nuclear Power Plant lost power."
    )
    found = parse(text).assets
    assert sorted(a.gazetteer_id or a.name for a in found) == [
        "curated:zaporizhzhia_npp",
        "power station at Enerhodar",
    ]
    text = "Jets flew from the air base at Tartus. Russia keeps ships at the Tartus naval facility."
    assert len(parse(text).assets) == 2
    # a kind the curated site's name says, or the bare kind, is that site (assetsq10's rule)
    text = "Jets flew from the bases at Adana. The US keeps bombs at Incirlik Air Base."
    (base,) = parse(text).assets
    assert (base.gazetteer_id, len(base.evidence)) == ("curated:incirlik", 2)


def test_a_name_after_a_ship_s_word_that_tells_the_noun_after_it_is_no_ship(parse):
    assert _found(parse, "The nuclear submarine AUKUS pact angered France.") == []
    assert _found(parse, "The French submarine Barracuda programme was delayed.") == []
    text = "The attack submarine Connecticut struck a seamount in 2021."
    assert _found(parse, text) == [("weapon_system", "Connecticut")]


def test_a_site_held_in_a_region_or_a_country_is_still_its_holder_s_name(parse):
    # a place holding the site of a region names it: "Ras Tanura holds ... in the Eastern
    # Province" (assetsq10 refused every placed site)
    text = "Ras Tanura holds the kingdom's largest refinery in the Eastern Province."
    assert _found(parse, text) == [("refinery", "Ras Tanura refinery")]
    text = "Khurais holds the kingdom's second-largest oil field in Saudi Arabia."
    assert _found(parse, text) == [("oil_field", "Khurais oil field")]
    # placed at a town, the subject is who holds it (assetsq10's rule): the site is the
    # town's refinery (a kind "in" a town, assetsq13), never named for Exxon
    text = "Exxon holds the nation's largest refinery in Baytown."
    assert _found(parse, text) == [("refinery", "refinery in Baytown")]


def test_a_site_talked_about_keeps_a_name_after_at_that_is_no_town(parse):
    text = "Talks over the oil field at Rumaila collapsed after Iraq accused Kuwait of theft."
    assert _found(parse, text) == [("oil_field", "oil field at Rumaila")]
    text = "The dispute over the gas field at Leviathan went to court in Jerusalem."
    assert _found(parse, text) == [("gas_field", "gas field at Leviathan")]
    # "at" a town after talks is where they were held (assetsq10's rule)
    assert _found(parse, "Talks on the pipeline at Geneva broke down.") == []
