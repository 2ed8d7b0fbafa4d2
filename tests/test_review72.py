"""Who backs whom: a reviewer's read of sidesq41's rules, narrowed to their kind.

Each test holds the wrong claims the rules made on stories of other senses
(benchmarks/data/review72/stories.txt) and sentences of the kind the rules were written for,
which still read as they did: a land arms come "from" is their sender only where they go to a
state or a state around acts on them, and a seized shipment names no sender; a war made wider
is read as fought only where it is a bare war, not a gas war, a battle over water or clashes.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def _supplies(ex) -> set:
    return {c for c in claims(ex) if c[1] == "supplies"}


def test_a_land_arms_come_from_sends_them_only_to_a_state_or_with_a_state_around(parse):
    # review72: was Libya supplies "jihadist groups" (weapons looted after Gaddafi's fall)
    ex = parse(
        "The transfer of weapons from Libya to militants in northern Mali surged after "
        "Gaddafi's fall.",
        "2013-01-20",
    )
    assert not _supplies(ex)
    # review72: was Yemen supplies al-Shabaab (Somalia before the rule); a seized shipment
    for text, date in (
        (
            "Somali police seized a shipment of weapons from Yemen to al-Shabaab in Puntland.",
            "2019-08-01",
        ),
        ("Israel intercepted a shipment of Iranian weapons to Hamas.", "2024-01-16"),
    ):
        assert not _supplies(parse(text, date)), text
    # a state's goods to a state or its government, as the rule read them
    ex = parse(
        "Exports of arms from Israel to Azerbaijan rose sharply before the war.", "2020-10-01"
    )
    assert ("Israel", "supplies", "Azerbaijan") in claims(ex)
    ex = parse(
        "Shipments of arms from Moscow to Damascus increased in September, Western officials said.",
        "2015-10-05",
    )
    assert {c[0] for c in _supplies(ex)} == {"Russia"}
    # a group named by its own name: the "from" state sends
    ex = parse("Shipments of arms from Iran to Hezbollah continued through Syria.", "2019-06-01")
    assert ("Iran", "supplies", "Hezbollah") in claims(ex)
    # a state around who acts on the shipment: the "from" state sends, not it
    ex = parse("Washington approved arms shipments from Israel to Iran in 1985.", "1987-01-01")
    assert {c[0] for c in _supplies(ex)} == {"Israel"}


def test_a_widened_war_is_fought_only_where_it_is_a_bare_war(parse):
    # review72: each was read as two states fighting each other
    for text, date in (
        ("The cut-off escalated the gas war between Russia and Ukraine.", "2009-01-07"),
        ("France's ban prolonged the beef war between Britain and France.", "1999-10-25"),
        ("Filling the dam could escalate the water war between Egypt and Ethiopia.", "2020-07-01"),
        (
            "The drought could intensify the battle between Egypt and Ethiopia over the Nile's "
            "water.",
            "2021-04-01",
        ),
        (
            "Such patrols could escalate the clashes between Chinese and Vietnamese fishermen.",
            "2014-05-10",
        ),
        (
            "Critics say arms for Taiwan would only fuel the war between China and Taiwan that "
            "everyone wants to avoid.",
            "2023-04-01",
        ),
    ):
        got = claims(parse(text, date))
        assert not {c for c in got if c[1] == "opposes"}, text
    # a bare war or fighting made wider, as the rule read it
    ex = parse("Hezbollah threatened to widen the war between Israel and Hamas.", "2023-10-20")
    assert ("Israel", "opposes", "Hamas") in claims(ex)
    ex = parse(
        "Any misstep could escalate the fighting between Indian and Chinese troops on the border.",
        "2020-06-17",
    )
    assert ("India", "opposes", "China") in claims(ex)


def test_a_seized_shipment_names_no_sender_but_its_owner(parse):
    # review72: was Israel supplies Hamas (the one who seized it read as the sender)
    ex = parse("The Israeli navy intercepted a shipment of rockets to Hamas.", "2014-03-05")
    assert not _supplies(ex)
    # a possessor's shipment stays its owner's
    ex = parse("The US Navy seized Iran's shipment of missiles to the Houthis.", "2024-01-16")
    assert ("Iran", "supplies", "Houthis") in claims(ex)
