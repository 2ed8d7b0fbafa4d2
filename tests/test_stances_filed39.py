"""Claims filed in a wrong war, and the wrong side a wrong war makes of "the government": a foe
named in an apposition that describes the power ("Cuba, ... and a foe of Washington, sent
advisers to Nicaragua") says who the power is, not where the claim's war is, and the foe's tie
is itself shown in no war; a land goods pass through on the way to a side ("sent weapons
through Syria to Hezbollah") is no ground of the war; nor is the home of a state that acts in a
clause whose verb is left out ("Egypt backed the republicans and Saudi Arabia the royalists").
Each sentence is written for these tests, from the Cold War's proxy
wars, Africa, Asia and the Middle East; the guards beside them are wars fought at a foe's
home, which must stay there.
"""

from __future__ import annotations

import pytest


def _filed(ex) -> set[tuple[str, str, str, str]]:
    return {(s.power, s.relation, s.party, s.theatre) for s in ex.stances if not s.negated}


# --- a foe in an apposition describing the power --------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "right", "wrong_war"),
    [
        (
            "South Africa, the chief patron of UNITA and Moscow's adversary, sent troops into "
            "Angola in 1981.",
            "1981-09-01",
            ("South Africa", "backs", "UNITA", "angola"),
            "russia",
        ),
        (
            "China, the chief patron of the Khmer Rouge and Hanoi's foe, sent arms to Cambodia "
            "in 1980.",
            "1980-06-01",
            ("China", "backs", "Khmer Rouge", "cambodia"),
            "vietnam",
        ),
        (
            "Saudi Arabia, the main ally of the Hadi government and Tehran's rival, sent troops "
            "to Yemen in 2015.",
            "2015-06-01",
            ("Saudi Arabia", "backs", "Yemeni government", "yemen"),
            "iran-2010s",
        ),
        (
            "Pakistan, the main backer of the mujahideen and a rival of India, sent arms to "
            "Afghanistan in 1985.",
            "1985-06-01",
            ("Pakistan", "backs", "mujahideen", "soviet-afghan-war"),
            "india",
        ),
        (
            "Zimbabwe, the chief ally of the Kabila government and a foe of Kigali, sent troops "
            "to Congo in 1998.",
            "1998-10-01",
            ("Zimbabwe", "backs", "Congolese government", "drc"),
            "rwanda",
        ),
        (
            "Libya, the main ally of the Amin government and a foe of Tanzania, sent troops to "
            "Uganda in 1979.",
            "1979-03-01",
            ("Libya", "backs", "Ugandan government", "uganda"),
            "tanzania",
        ),
        (
            "Cuba, the closest ally of the Sandinista government and a foe of Washington, sent "
            "advisers to Nicaragua in 1983.",
            "1983-06-01",
            ("Cuba", "backs", "Nicaraguan government", "nicaragua"),
            "united-states",
        ),
    ],
)
def test_a_foe_in_the_power_s_apposition_is_not_the_war(parse, text, date, right, wrong_war):
    filed = _filed(parse(text, date))
    assert right in filed
    # no claim of the sentence is filed in a war at the foe's home
    assert not {f for f in filed if f[3] == wrong_war}


@pytest.mark.parametrize(
    ("text", "date", "foe_tie"),
    [
        (
            "Zimbabwe, the chief ally of the Kabila government and a foe of Kigali, sent troops "
            "to Congo in 1998.",
            "1998-10-01",
            ("Zimbabwe", "opposes", "Rwanda", "rwanda-no-conflict"),
        ),
        (
            "Iran, the main backer of Hezbollah and a foe of Israel, shipped rockets to Lebanon "
            "in 2006.",
            "2006-07-20",
            ("Iran", "opposes", "Israel", "israel-no-conflict"),
        ),
    ],
)
def test_the_foe_s_own_tie_is_shown_in_no_war(parse, text, date, foe_tie):
    assert foe_tie in _filed(parse(text, date))


@pytest.mark.parametrize(
    ("text", "date", "right"),
    [
        # a foe's home that is the war's ground named as a place stays the war
        (
            "Libya, Chad's foe, sent troops into Chad in 1983 to back Goukouni's rebels.",
            "1983-07-01",
            # the rebels of a man the lexicon does not list are his (sidesfix40)
            ("Libya", "backs", "Goukouni's rebels", "chad"),
        ),
        (
            "Pakistan, India's rival, backs the insurgents in Kashmir.",
            "2001-06-01",
            ("Pakistan", "backs", "Kashmiri militants", "kashmir"),
        ),
        (
            "Israel, Syria's enemy, backed the Christian militias in Lebanon in 1976.",
            "1976-06-01",
            ("Israel", "backs", "Christian militias", "lebanon"),
        ),
    ],
)
def test_a_foe_s_home_named_as_the_ground_stays_the_war(parse, text, date, right):
    assert right in _filed(parse(text, date))


# --- goods sent through a land, a clause whose verb is left out ------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "wrong_war"),
    [
        # a land the goods pass through on the way to the side armed is no ground of the war
        (
            "Iran sent weapons through Syria to Hezbollah in 2006.",
            "2006-07-20",
            ("Iran", "supplies", "Hezbollah"),
            "syria",
        ),
        (
            "South Africa sent arms through Malawi to Renamo in 1985.",
            "1985-06-01",
            ("South Africa", "supplies", "Renamo"),
            "malawi",
        ),
        (
            "Sudan funnelled arms through Chad to the Seleka rebels in 2013.",
            "2013-06-01",
            ("Sudan", "supplies", "Seleka rebels"),
            "chad",
        ),
        # the subject of a clause whose verb is left out acts from home, as the first
        # clause's power does
        (
            "Libya backed the Goukouni rebels and France the Habre government in 1983.",
            "1983-08-01",
            ("Libya", "backs", "Goukouni rebels"),
            "france",
        ),
        (
            "Iran armed the Hazara militias and Pakistan the Taliban in 1997.",
            "1997-06-01",
            ("Iran", "supplies", "Hazara militias"),
            "pakistan",
        ),
        (
            "The United States backed the Contras and Cuba the Sandinistas in 1984.",
            "1984-06-01",
            ("United States", "backs", "Contras"),
            "cuba",
        ),
    ],
)
def test_a_land_passed_through_or_acting_is_not_the_war(parse, text, date, claim, wrong_war):
    filed = {f for f in _filed(parse(text, date)) if f[:3] == claim}
    assert filed
    assert not {f for f in filed if f[3] == wrong_war}


@pytest.mark.parametrize(
    ("text", "date", "right"),
    [
        ("Iran sent weapons through Syria to Hezbollah in 2006.", "2006-07-20",
         ("Iran", "supplies", "Hezbollah", "lebanon")),
        # a land the clause names as a place stays the war
        ("Rwanda backed the M23 and Angola the Congolese army in 2013.", "2013-06-01",
         ("Rwanda", "backs", "M23", "drc")),
        ("Pakistan armed the Taliban and Iran the Northern Alliance in 1998.", "1998-06-01",
         ("Pakistan", "supplies", "Taliban", "afghanistan")),
        # the land named beyond the way is where the goods go
        ("The Soviet Union sent arms through Syria to the PLO fighters in Lebanon in 1981.",
         "1981-06-01", ("Soviet Union", "supplies", "PLO", "lebanon")),
    ],
)  # fmt: skip
def test_the_war_beyond_the_way_is_kept(parse, text, date, right):
    assert right in _filed(parse(text, date))


# --- one fight read both ways, a land named by its old ruler ---------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong"),
    [
        (
            "Thousands died in 1999 during the war between Addis Ababa and Asmara over the "
            "border town of Badme.",
            "1999-06-01",
            ("Eritrea", "opposes", "Ethiopian government", "ethiopia-1990s"),
        ),
        (
            "Troops massed in 1995 during the war between Lima and Quito over the Cenepa valley.",
            "1995-02-01",
            ("Ecuador", "opposes", "Peruvian government", "peru"),
        ),
    ],
)
def test_one_fight_read_both_ways_is_one_war(parse, text, date, wrong):
    filed = _filed(parse(text, date))
    assert wrong not in filed
    # both readings of the one fight are filed in the same war
    assert len({f[3] for f in filed if f[1] == "opposes"}) == 1


@pytest.mark.parametrize(
    ("text", "date", "claim", "ruler"),
    [
        (
            "South Africa fought the SWAPO guerrillas who sought independence for the former "
            "German colony in 1985.",
            "1985-06-01",
            ("South Africa", "opposes", "SWAPO"),
            "germany",
        ),
        (
            "Ethiopia fought the rebels who sought independence for the former Italian colony "
            "in 1985.",
            "1985-06-01",
            ("Ethiopia", "opposes", "rebels"),
            "italy",
        ),
        (
            "Algeria backed the Polisario Front, which sought independence for the former "
            "Spanish colony in 1979.",
            "1979-06-01",
            ("Algeria", "backs", "Polisario Front"),
            "spain",
        ),
    ],
)
def test_a_land_named_by_its_old_ruler_is_not_the_ruler_s_war(parse, text, date, claim, ruler):
    filed = {f for f in _filed(parse(text, date)) if f[:3] == claim}
    assert filed
    assert not {f for f in filed if f[3] == ruler}


# --- a state's peacekeepers serve abroad -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "wrong_war"),
    [
        ("The RUF rebels, whom Liberia armed, fought Nigerian peacekeepers.", "1998-06-01",
         "nigeria"),
        ("The Bosnian Serb militias, whom Belgrade armed, fought Dutch peacekeepers.",
         "1995-06-01", "netherlands"),
    ],
)  # fmt: skip
def test_a_state_s_peacekeepers_are_no_war_at_home(parse, text, date, wrong_war):
    filed = _filed(parse(text, date))
    assert filed
    assert not {f for f in filed if f[3] == wrong_war}


def test_peacekeepers_in_a_place_named_keep_its_war(parse):
    filed = _filed(
        parse("Azerbaijan backed by Turkey attacked Russian peacekeepers in Karabakh in 2023.",
              "2023-09-20")
    )  # fmt: skip
    assert ("Turkey", "backs", "Azerbaijan", "nagorno-karabakh") in filed
