"""Who backs whom: the kinds of wrong and missed claims of the nineteenth fresh batch.

Each test holds the sentences that were misread (from benchmarks/data/stances_fresh19) and
sentences of other wars and wordings written beside them: "the Gulf state" (a state described
by its region) is no organ of the government where the conflict is; the owner of a "role",
"part" or "involvement" in a deed does it, and a claim inside a name someone gives ("what it
called new proof of") is the namer's; a "-led" mediation is its leader's; a "parallel" or
"shadow" government is not the state's; the armed groups of Myanmar's war by their names.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of

SUDAN_2024 = (
    "Sudan renews charge that the UAE backs the RSF\n\n"
    "Sudan on Thursday renewed its accusations against the United Arab Emirates, saying the "
    "Gulf state goes on giving military, financial and logistical backing to the Rapid Support "
    "Forces (RSF) in the war.\n\n"
    "In a letter of October 11 to the President of the Security Council, Sudan set out what it "
    "called new proof of the UAE's part in aiding the RSF."
)

MALI_2015 = (
    "Malian parties sign peace agreement in Algiers\n\n"
    "The document was signed by a representative of the Malian government, by the "
    "political-military movements of northern Mali taking part in the Algiers platform, and by "
    "the Algerian-led mediation team."
)


def test_a_state_described_by_its_region_is_no_organ_of_the_war(parse):
    # stances_fresh19 m08: was Sudan backs the RSF (the accuser read as the backer)
    ex = parse(SUDAN_2024, "2024-10-17")
    assert ("Sudan", "backs", "Rapid Support Forces (RSF)") not in claims(ex)
    ex = parse("The UAE rejected Sudan's charges, saying the Gulf state does not back the RSF.")
    assert ("Sudan", "backs", "Rapid Support Forces (RSF)") not in claims(ex, negated=True)
    # another region, another war: no unnamed "Gulf state" as a side
    ex = parse("Iran denounced Bahrain, saying the Gulf state backs Israel.", "2020-01-01")
    assert not {c for c in claims(ex) if c[0] == "Gulf state"}
    # a state's own adjective still names it; a people's word is left as it was
    ex = parse("The Colombian state has fought the FARC for decades.", "2010-01-01")
    assert ("Colombia", "opposes", "Revolutionary Armed Forces of Colombia (FARC)") in claims(ex)


def test_the_owner_of_a_part_in_a_deed_does_it(parse):
    # stances_fresh19 m08: "the UAE's part in aiding the RSF", under "what it called new
    # proof of": the UAE backs the RSF, claimed by Sudan
    ex = parse(SUDAN_2024, "2024-10-17")
    assert ("United Arab Emirates", "backs", "Rapid Support Forces (RSF)", "Sudan") in claimed(ex)
    # other wars and wordings: the owner, not the clause's subject
    ex = parse("Washington denounced Moscow's involvement in supplying the separatists.")
    assert ("United States", "supplies", "separatists") not in claims(ex)
    assert ("Russia", "supplies", "separatists") in claims(ex)
    ex = parse("Iran's role in arming the Houthis worries Riyadh.", "2020-01-01")
    assert ("Iran", "supplies", "Houthis") in claims(ex)
    ex = parse(
        "Kabul presented what it described as evidence of Pakistan's role in arming the Taliban."
    )
    assert ("Afghanistan", "supplies", "Taliban") not in claims(ex)
    assert ("Pakistan", "supplies", "Taliban", "Afghanistan") in claimed(ex)
    # a role in no deed of war is none
    ex = parse("The minister praised the role of women in rebuilding the country.")
    assert not ex.stances


def test_a_led_mediation_is_its_leaders(parse):
    # stances_fresh19 m11: was Mali mediates Algeria
    ex = parse(MALI_2015, "2015-03-02")
    assert ("Mali", "mediates", "Algeria") not in claims(ex)
    assert {c[0] for c in claims(ex) if c[1] == "mediates"} == {"Algeria"}
    # other wars
    ex = parse("A Qatari-led mediation effort between Israel and Hamas stalled.", "2024-03-02")
    assert {c[0] for c in claims(ex) if c[1] == "mediates"} == {"Qatar"}
    ex = parse(
        "Delegates of Sudan's army and the RSF met under a Saudi-led mediation in Jeddah.",
        "2023-06-01",
    )
    assert {c[0] for c in claims(ex) if c[1] == "mediates"} == {"Saudi Arabia"}


def test_a_parallel_government_is_not_the_state(parse):
    ex = parse("The rebels are supported by Myanmar's parallel government.", "2024-01-06")
    assert ("Myanmar", "backs", "rebels") not in claims(ex)
    ex = parse("Syria's rebel government says Turkey backs its forces.", "2020-01-06")
    assert not {c for c in claims(ex) if c[0] == "Syria" or c[2] == "Syria"}
    # the state's own government is still the state
    ex = parse("Myanmar's government is backed by Russia.", "2024-01-06")
    assert ("Russia", "backs", "Myanmar") in claims(ex) or (
        "Russia",
        "backs",
        "Myanmar military junta",
    ) in claims(ex)


def test_myanmars_armed_groups_by_their_names(parse):
    ex = parse(
        "China brokered a ceasefire between the junta and the Three Brotherhood Alliance.",
        "2024-01-12",
    )
    assert theatre_of(ex, "China", "Three Brotherhood Alliance") == {"Myanmar civil war"}
    ex = parse("The Arakan Army has fought the junta since late 2023.", "2024-06-01")
    assert ("Arakan Army (AA)", "opposes", "Myanmar military junta") in claims(ex)
    ex = parse(
        "The MNDAA and the TNLA are fighting the Myanmar military in northern Shan state.",
        "2024-01-06",
    )
    assert ("Ta'ang National Liberation Army (TNLA)", "opposes", "Myanmar military junta") in (
        claims(ex)
    )
