"""Assets of assetsq12: a plural kind whose verb lists its members ("The cables are AAE-1,
Seacom and TGN"). The sentences are written here about other fields, dams, terminals and
cables than the batch tells; the real spaCy pipeline, geoparser and gazetteer read them.
"""

from __future__ import annotations


def _sites(parse, text: str) -> list[tuple[str, str]]:
    return sorted((a.name, a.type) for a in parse(text).assets if a.type != "weapon_system")


def test_a_plural_kind_s_listed_names_are_sites_of_that_kind(parse):
    for text, found in (
        (
            "Zimbabwe and Zambia share the river's power. The dams are Kariba and Cahora Bassa.",
            [("Cahora Bassa dam", "dam"), ("Kariba dam", "dam")],
        ),
        (
            "Aramco ships its crude from the Gulf. "
            "The terminals include Ras Tanura and Ju'aymah, Aramco said.",
            [("Ju'aymah terminal", "terminal"), ("Ras Tanura terminal", "terminal")],
        ),
        (
            # a bare head takes the fuller kind said just before: gas fields, not oil fields
            "Qatar will develop three offshore gas fields. The fields to be auctioned are "
            "Rashid, Dukhan and Bul Hanine.",
            [
                ("Bul Hanine field", "gas_field"),
                ("Dukhan field", "gas_field"),
                ("Rashid field", "gas_field"),
            ],
        ),
        (
            # a bare "cables" needs a word of its kind before it; a place inside a name stays
            "Ships' anchors cut three undersea cables off Egypt. The cables are SEA-ME-WE, "
            "Asia Africa Europe and FLAG, the operator said.",
            None,
        ),
    ):
        got = _sites(parse, text)
        if found is None:
            assert ("FLAG cable", "cable") in got and ("Asia Africa Europe cable", "cable") in got
        else:
            assert [s for s in got if s in found] == found, (text, got)
    # a plural kind's other predicates list nothing: whose, what like, where, not, who owns;
    # nor does a bare head that also names a following
    for text in (
        "The cables are Huawei's, officials said of the undersea links.",
        "The fields are green after the rain in Kansas.",
        "The bases are in Poland and Romania, NATO said.",
        "The gas fields are not Kish and Farzad, the ministry said.",
        "The undersea cables were cut. The owners of the cables include Google and Meta.",
        "Its players are Messi and Ronaldo, and the fields are Wembley and Anfield.",
        "The bridges are closed to traffic after the storm in London.",
        "The party's bases include Smithfield and Dover, the poll found.",
    ):
        assert _sites(parse, text) == [], text
