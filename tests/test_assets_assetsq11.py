"""Assets of assetsq11: a model's variant written as one word, a variant told as what a deal
told before holds, and a site read at a town beside a curated site named for that town. The
sentences are written here about other fleets, deals and plants than the batches tell; the
real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _weapons(parse, text: str) -> list[str]:
    return sorted(a.name for a in parse(text).assets if a.type == "weapon_system")


def test_a_listed_model_s_variant_in_one_word_is_a_weapon(parse):
    # the lexicon lists the model ("F-15", "F-35"); the text writes a variant of it alone
    for text, name in (
        ("A US Air Force F-15E shot down an Iranian drone over eastern Syria.", "F-15E"),
        ("An F-15E Strike Eagle crashed in Libya during the war in 2011.", "F-15E"),
        ("The F-35A arrived at Lakenheath, the US Air Force said.", "F-35A"),
        ("Japan will base its F-35B on the carrier Kaga.", "F-35B"),
    ):
        assert name in _weapons(parse, text), text
    # before a weapon's noun the form reader reads it with the noun, as before
    text = "Taiwan has F-16A fighters and new F-16V fighters, its air force said."
    assert _weapons(parse, text) == ["F-16A fighter", "F-16V fighter"]
    # a model's plural or another word glued to it is no variant (the plural is the model
    # itself since assetsq13: "F-35", never a variant "F-35s")
    assert _weapons(parse, "Two F-35s and an F-16 flew over the parade.") == ["F-16", "F-35"]
    assert _weapons(parse, "Patriots fans cheered in Boston.") == []


def test_a_variant_told_as_what_the_deal_holds_is_the_deal_s_model(parse):
    # the buyer, then the seller "from" names (assetsfix16)
    for text, name, actors in (
        (
            "Pakistan will buy F-16 fighters from the United States. "
            "The deal covers 18 F-16C fighters.",
            "F-16C fighter",
            ["Pakistan", "United States"],
        ),
        (
            "India agreed to buy Su-30 fighters from Russia. "
            "The contract includes 40 Su-30MKI fighters.",
            "Su-30MKI fighter",
            ["India", "Russia"],
        ),
    ):
        found = [a for a in parse(text).assets if a.type == "weapon_system"]
        assert [(a.name, a.operators) for a in found] == [(name, actors)], text
    # a model a state flies, then a variant it orders, are two (assetsq10's reading kept)
    for text in (
        "Taiwan flies F-16 fighters. In 2019 it ordered 66 F-16V fighters.",
        "Egypt flies MiG-29 fighters. In 2015 it ordered 46 MiG-29M fighters from Russia.",
        "Egypt flies MiG-29 fighters. The MiG-29M fighters it received in 2017 are newer.",
    ):
        assert len(_weapons(parse, text)) == 2, text


def test_a_site_at_a_town_beside_a_curated_site_named_for_it_is_that_site(parse):
    text = (
        "Iran opened the power plant at Bushehr in 2011. "
        "The Bushehr Nuclear Power Plant was built by Russia."
    )
    found = parse(text).assets
    assert [(a.name, a.id) for a in found] == [
        ("Bushehr Nuclear Power Plant", "asset:curated:bushehr_npp")
    ]
    assert len(found[0].evidence) == 2
    # another kind at that town, or a town's plant far from the curated one, stays its own
    text = "Inspectors visited the port at Bushehr. The Bushehr Nuclear Power Plant was quiet."
    assert len(parse(text).assets) == 2
    text = (
        "Ukraine repaired the power plant at Zaporizhzhia. "
        "The Zaporizhzhia Nuclear Power Plant stayed shut."
    )
    assert len(parse(text).assets) == 2


def test_a_class_of_warship_is_a_weapon_whatever_its_name(parse):
    for text, name in (
        (
            "Australia will buy two used Virginia class submarines from the United States.",
            "Virginia class submarine",
        ),
        ("India bought a Kilo-class submarine from Russia.", "Kilo-class submarine"),
        (
            "China launched two Jiangkai-class frigates, state media said.",
            "Jiangkai-class frigate",
        ),
        ("Britain will build Astute class submarines at Barrow.", "Astute class submarine"),
    ):
        assert name in _weapons(parse, text), text
    (sub,) = parse("India bought a Kilo-class submarine from Russia.").assets
    assert "India" in sub.operators
    # a lower-case word before "class" names no class
    assert _weapons(parse, "The navy wants a world-class submarine fleet.") == []
    assert _weapons(parse, "Its first-class destroyer crews trained at sea.") == []
