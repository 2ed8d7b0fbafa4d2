"""Who backs whom: what sidesfix52 left (benchmarks/README, sidesfix53).

Each a kind, beside sentences of other senses that read as before: a man out of office backed
from abroad (the FARC's money to Chávez in the mid-1990s); the others of a "between" pair as
whom a backing is against (Algeria and the Polisario Front); an offer to mediate; goods dropped
from the air to men in arms; a bombing told by its noun; a gang as a side only when fought by
another state's men in its land.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claimed, claims, theatre_of

_FRESH18 = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "stances_fresh18" / "docs"


def _nothing(parse, texts: list[str], date: str) -> None:
    """Each of ``texts``, an article of its own dated ``date``, gives no claim."""
    for text in texts:
        assert not claims(parse(text, date)), text


def _story(parse, prefix: str, date: str):
    return parse(next(_FRESH18.glob(f"{prefix}-*.txt")).read_text(encoding="utf-8"), date)


def test_a_man_out_of_office_backed_from_abroad_is_in_no_war(parse):
    # was the FARC backs the Venezuelan government [Venezuela]: Chávez took office in 1999
    ex = _story(parse, "k11", "2008-03-04")
    fa = "Revolutionary Armed Forces of Colombia (FARC)"
    assert theatre_of(ex, fa, "Hugo Chávez") == {"Conflict not stated"}
    assert not theatre_of(ex, fa, "Venezuelan government")
    ex = parse("Hezbollah gave money to Chavez in 1997.", "2008-03-04")
    assert theatre_of(ex, "Hezbollah", "Hugo Chávez") == {"Conflict not stated"}
    # in office, or a listed war: as before
    ex = parse("Colombia says Chavez backed the Farc in 2005.", "2008-03-04")
    assert theatre_of(ex, "Venezuela", fa) == {"Colombia"}
    assert theatre_of(
        parse("Russia still backs Bashar al-Assad.", "2025-06-01"), "Russia", "Bashar al-Assad"
    ) == {"Syria"}
    ex = parse("In the late 1980s, the Soviet Union backed the Afghan government.", "2015-03-04")
    assert ("Soviet Union", "backs", "Afghan communist government") in claims(ex)


def test_the_other_of_a_between_pair_is_the_foe(parse):
    # was [Morocco]: the disputant weighed as where the war is
    ex = _story(parse, "k04", "2022-03-20")
    assert theatre_of(ex, "Algeria", "Polisario Front") == {"Western Sahara"}
    text = (
        "The former Spanish colony is disputed between Morocco and the Polisario Front "
        "independence movement, which Algeria backs."
    )
    assert theatre_of(parse(text, "2022-03-20"), "Algeria", "Polisario Front") == {"Western Sahara"}
    # other senses, as before
    ex = parse(
        "The war between Iran and the Kurdish rebels, whom Israel armed, went on.", "1985-03-20"
    )
    assert theatre_of(ex, "Israel", "Kurdish rebels") == {"Iran (1980s)"}
    assert not claims(
        parse("Trade between Spain and Morocco, which France backs, grew.", "2015-03-20")
    )


def test_an_offer_to_mediate_is_a_mediation(parse):
    # was nothing: "ready to" made it only intended
    ex = _story(parse, "k05", "2012-04-03")
    assert ("Peru", "mediates", "Argentina") in claims(ex)
    text = (
        "Belaunde Terry told the US ambassador in Lima that he was ready to attempt a peace "
        "deal between Argentina and the UK."
    )
    # "he" is the speaker, not the ambassador told
    assert claims(parse(text, "2012-04-03")) == {
        ("Peru", "mediates", "Argentina"),
        ("Peru", "mediates", "United Kingdom"),
    }
    ex = parse("Turkey is ready to mediate between Russia and Ukraine.", "2023-05-03")
    assert ("Turkey", "mediates", "Russia") in claims(ex)
    ex = parse(
        "Norway failed to broker a truce between the Tamil Tigers and Colombo.", "2003-05-03"
    )
    assert ("Norway", "mediates", "Sri Lankan government") in claims(ex)
    # an offer to back or arm is none; a conditional offer neither; a failed supply is denied
    _nothing(
        parse,
        [
            "Turkey offered to arm Ukraine.",
            "Turkey is ready to back Ukraine against Russia.",
            "Turkey said it would be ready to mediate between Russia and Ukraine if asked.",
            "Turkey is unwilling to mediate between Russia and Ukraine.",
            # an offer of a venue is no mediator's stance
            "Thailand has offered to host talks between the junta and the resistance.",
        ],
        "2023-05-03",
    )
    ex = parse("Russia failed to arm the separatists.", "2023-05-03")
    assert not claims(ex) and claims(ex, negated=True)


def test_goods_dropped_from_the_air_to_men_in_arms_supply_them(parse):
    ex = parse(
        "The United States airdropped weapons and ammunition to Kurdish fighters defending Kobani.",
        "2014-10-20",
    )
    assert ("United States", "supplies", "People's Protection Units (YPG)") in claims(ex)
    ex = parse("British planes parachuted arms to the Polish resistance in Warsaw.", "1944-09-20")
    assert ("United Kingdom", "supplies", "Polish resistance") in claims(ex)
    # bombs, leaflets, a people, a place, a price: none
    _nothing(
        parse,
        [
            "Syrian helicopters dropped barrel bombs on the rebels.",
            "Coalition aircraft dropped leaflets to Iraqi troops urging them to surrender.",
            "American planes dropped food and water to the Yazidis stranded on Mount Sinjar.",
            "Russian planes dropped supplies to the besieged town of Deir ez-Zor.",
            "The price of oil dropped to $40 a barrel.",
        ],
        "2015-08-10",
    )


def test_a_bombing_told_by_its_noun_opposes_the_state_struck(parse):
    ex = parse("NATO's bombing of Yugoslavia entered its third week.", "1999-04-10")
    assert claims(ex) == {("NATO", "opposes", "Yugoslavia")}
    ex = parse("The American bombing of Libya killed Gaddafi's daughter.", "1986-04-20")
    assert ("United States", "opposes", "Libya") in claims(ex)
    # a listed war's side by its state, a thing, a mistake, no owner: nothing
    for text, date in [
        ("The Saudi bombing of Yemen killed thousands.", "2015-10-10"),
        (
            "Israel's bombing of Iran's military and nuclear sites shattered the truce.",
            "2025-06-30",
        ),
        ("The mistaken NATO bombing of the Chinese embassy angered Beijing.", "1999-05-10"),
        ("The bombing of the hospital in Kunduz killed 42.", "2015-10-10"),
        ("Protests against the bombing of Serbia spread.", "1999-04-10"),
    ]:
        assert not claims(parse(text, date)), text


def test_a_gang_is_a_side_only_when_fought_from_abroad(parse):
    # was nothing: "gangs" were no men in arms
    ex = _story(parse, "k13", "2024-12-06")
    assert any(c[:2] == ("Kenya", "opposes") and "gangs" in c[2] for c in claims(ex))
    assert not any(c[3] for c in claimed(ex))  # the plain word, no outlet's label
    ex = parse("Kenyan police were deployed to Haiti this year to fight the gangs.", "2024-12-06")
    assert theatre_of(ex, "Kenya", "gangs") == {"Haiti"}
    # a state's own police or troops, or a gang as a backer or a fighter: crime, no side
    _nothing(
        parse,
        [
            "Chicago police fought the gangs on the South Side.",
            "Salvadoran troops fought the gangs in San Salvador.",
            "Politicians backed the gangs in Port-au-Prince.",
            "The gangs attacked the Kenyan police.",
            "The presidents of Colombia and Peru have promised a joint operation against the "
            "criminal gangs that hold the remote jungle border zone of the Putumayo river valley.",
        ],
        "2024-12-06",
    )
    # "drive back", as "drive out"
    ex = parse("Ukrainian forces drove back Russian troops near Kharkiv.", "2022-09-10")
    assert ("Ukraine", "opposes", "Russia") in claims(ex)
    assert not claims(parse("The storm drove back the fishing boats.", "2022-09-10"))
