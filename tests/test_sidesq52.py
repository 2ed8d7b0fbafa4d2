"""Who backs whom: two kinds the thirty-second fresh batch found, read as rules. A rising an
armed group fights is the war it wages, not its foe (a wrong party the batch read); armed force
used against a side opposes that side (a miss).

Each test holds the batch story (benchmarks/data/stances_fresh32) and sentences of other lands
and of other senses written beside it (benchmarks/data/sidesq52/sentences.txt).
"""

from __future__ import annotations

from tests.stance_stories import DATA, opposed
from tests.stance_stories import story as _story


def _batch_story(prefix: str) -> str:
    """The thirty-second batch's story whose file name starts with ``prefix``."""
    (path,) = (DATA / "stances_fresh32" / "docs").glob(f"{prefix}-*.txt")
    return _story("stances_fresh32", path.stem)


def test_a_rising_an_armed_group_fights_is_the_war_it_wages_not_its_foe(parse):
    # stances_fresh32 m22: the rebels read as opposing their own insurgency
    ex = parse(
        _batch_story("m22"),
        "2010-12-15",
    )
    assert not any("insurgency" in party for _power, party in opposed(ex))
    for text, date in [
        (
            "Separatist rebels fighting a bloody insurgency in Aceh killed two soldiers near "
            "Lhokseumawe.",
            "2001-06-12",
        ),
        (
            "Islamist militants fighting their insurgency in the Sinai attacked five army "
            "checkpoints.",
            "2015-07-08",
        ),
        (
            "Naxalite guerrillas fighting a violent rebellion in West Bengal ambushed a police "
            "patrol.",
            "1970-05-21",
        ),
    ]:
        pairs = opposed(parse(text, date))
        assert not any("insurgency" in q or "rebellion" in q for _p, q in pairs), text
    # a state's men, or a rising with an owner of its own, stay foes
    for text, date, power, party in [
        (
            "Government troops fighting a Maoist insurgency in the east killed five rebels.",
            "2009-05-05",
            "Government troops",
            "Maoist insurgency",
        ),
        (
            "Kurdish militias fighting the Islamic State insurgency retook the town of Bashiqa.",
            "2016-10-16",
            "Kurdish",
            "Islamic State",
        ),
        (
            "Pro-government militias fighting an Islamist insurgency in the north were armed by "
            "the army.",
            "2019-03-02",
            "militias",
            "Islamist insurgency",
        ),
    ]:
        pairs = opposed(parse(text, date))
        assert any(power in p and party in q for p, q in pairs), text


def test_armed_force_used_against_a_side_opposes_it(parse):
    # stances_fresh32 m15: a prime minister's use of the air force against a separatist front
    ex = parse(
        _batch_story("m15"),
        "2023-08-10",
    )
    assert any("Gandhi" in p and "separatist" in q for p, q in opposed(ex))
    for text, date, power, party in [
        (
            "Ankara used warplanes and tanks against Kurdish militants in northern Iraq.",
            "1995-03-20",
            "Turkey",
            "Kurdish militants",
        ),
        (
            "Morocco used its air force against Polisario guerrillas near Amgala.",
            "1976-02-02",
            "Morocco",
            "Polisario",
        ),
    ]:
        pairs = opposed(parse(text, date))
        assert any(power in p and party in q for p, q in pairs), text
    # no arms used, or force not used: no opposition by the use
    for text, date in [
        ("Russia used its veto against the resolution on Syria.", "2012-02-04"),
        ("Washington used sanctions against Caracas to press for new elections.", "2019-01-23"),
        ("Washington warned Moscow not to use force against Ukraine.", "2021-12-10"),
        ("Baghdad used the same argument against Kuwait at the Arab summit.", "1990-12-05"),
    ]:
        assert not opposed(parse(text, date)), text
