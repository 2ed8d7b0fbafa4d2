"""The twenty-second pass on who backs whom: history told in a later story is filed in the war
of its own era (a decade in the claim's clause, or the year of the sentences just before it in
the same story), and a capital named as whom a state deals with or arms is a side, not where a
war is fought. Each class on sentences of several names, beside those that must not change.
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims, theatre_of

# --- history filed in its own era -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # before: "Afghanistan" (the war of today)
        (
            "In 1979 the Soviet Union invaded Afghanistan. "
            "Pakistan then sent weapons to the mujahideen.",
            "2020-05-01",
            "Pakistan",
            "mujahideen",
            "Soviet–Afghan War",
        ),
        # before: "Myanmar (2010s)"
        (
            "In the 1960s China armed the communist rebels in Burma.",
            "2017-05-01",
            "China",
            "rebels",
            "Myanmar (1960s)",
        ),
        # before: the Tigray war, forty years on
        (
            "In 1978 Somalia invaded Ethiopia's Ogaden region.\n\n"
            "The Soviet Union then sided with the Ethiopian government.",
            "2021-05-01",
            "Soviet Union",
            "Ethiopian government",
            "Ethiopia (1970s)",
        ),
        # the batch's Watcher story of 2024 (before: "Afghanistan")
        (
            "The United States' support for the Afghan mujahideen in the 1980s\n"
            "September 13, 2024\n\n"
            "During the 1980s the United States gave weapons and support to the Afghan "
            "mujahideen, Islamist fighters resisting the Soviet Union's invasion of Afghanistan.",
            "2024-09-13",
            "United States",
            "Afghan mujahideen",
            "Soviet–Afghan War",
        ),
    ],
)
def test_history_is_filed_in_its_era(parse, text, date, power, party, war):
    assert theatre_of(parse(text, date), power, party) == {war}


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # today's claims after a sentence of history stay today's
        (
            "In 1979 the Soviet Union invaded Afghanistan. "
            "Last week Pakistan sent weapons to the Taliban.",
            "2020-05-01",
            "Pakistan",
            "Taliban",
            "Afghanistan",
        ),
        (
            "In 1979 the Soviet Union invaded Afghanistan. Pakistan backs the Taliban.",
            "2020-05-01",
            "Pakistan",
            "Taliban",
            "Afghanistan",
        ),
        # a year of the same era is no other era
        (
            "In 2015 Russia intervened in Syria. Iran sent fighters to help the Syrian government.",
            "2020-05-01",
            "Iran",
            "Syrian government (Assad)",
            "Syria",
        ),
        # "since" a decade reaches now
        (
            "Since the 1960s China has armed the communist rebels in Burma.",
            "2017-05-01",
            "China",
            "rebels",
            "Myanmar (2010s)",
        ),
        # another story after the year (no country shared)
        (
            "In 1998 Angola sent troops to the Congo.\n\n"
            "Qatar's mediation between Israel and Hamas secured the release of hostages.",
            "2024-01-01",
            "Qatar",
            "Hamas",
            "Israel–Gaza conflict",
        ),
    ],
)
def test_todays_claims_stay_in_todays_war(parse, text, date, power, party, war):
    assert theatre_of(parse(text, date), power, party) == {war}


def test_the_era_moves_no_date(parse):
    ex = parse(
        "In 1979 the Soviet Union invaded Afghanistan. "
        "Pakistan then sent weapons to the mujahideen.",
        "2020-05-01",
    )
    dates = {e.date for s in ex.stances if s.power == "Pakistan" for e in s.evidence}
    assert dates == {"2020-05-01"}


# --- a capital dealt with or armed is a side, not a battlefield ------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party"),
    [
        # before: "Russia (no conflict stated)" ("to Moscow", "with Moscow" read as places)
        (
            "China denied providing arms to Moscow and said its partnership with Moscow "
            "targets no one.",
            "2023-02-24",
            "China",
            "Russia",
        ),
        (
            "Iran denied sending drones to Moscow, saying its ties with Moscow are no one's "
            "business.",
            "2023-02-24",
            "Iran",
            "Russia",
        ),
        (
            "Belarus let Russian troops cross into Ukraine, and Minsk later sent arms to Moscow.",
            "2022-03-01",
            "Belarus",
            "Russia",
        ),
        # the batch's PressTV story, its headline glued to the date line (before: "Russia")
        (
            "China dismisses Washington's accusations of arming Moscow\nFebruary 24, 2023\n\n"
            "China said its relations with Russia are a matter for two sovereign countries, "
            "and dismissed Washington's accusations that it is providing arms to Moscow.\n\n"
            "A foreign ministry spokesman said Beijing's partnership with Moscow rests on "
            "non-confrontation.",
            "2023-02-24",
            "China",
            "Russia",
        ),
    ],
)
def test_a_capital_armed_is_a_side_not_a_place(parse, text, date, power, party):
    assert theatre_of(parse(text, date), power, party) == {"Russia–Ukraine war"}


def test_troops_sent_to_a_capital_are_where_they_go(parse):
    ex = parse(
        "The United States sent troops to Kabul to back the Northern Alliance against the Taliban.",
        "2001-11-01",
    )
    assert ("United States", "backs", "Northern Alliance") in claims(ex)
    assert theatre_of(ex, "United States", "Northern Alliance") == {"Afghanistan"}


# --- a capital of the gazetteer names its government -----------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # before: nothing (Monrovia and Nouakchott are no capital the lexicon lists)
        (
            "Freetown accused Monrovia of arming the rebels.",
            "1995-01-01",
            ("Liberia", "supplies", "rebels", "Sierra Leone"),
        ),
        (
            "Conakry accused Monrovia of arming the rebels.",
            "2001-01-01",
            ("Liberia", "supplies", "rebels", "Guinea"),
        ),
        (
            "Bamako accused Nouakchott of sheltering the rebels.",
            "2012-01-01",
            ("Mauritania", "backs", "rebels", "Mali"),
        ),
    ],
)
def test_a_gazetteer_capital_names_its_government(parse, text, date, claim):
    from tests.test_stances_news import claimed

    assert claim in claimed(parse(text, date))


@pytest.mark.parametrize(
    "text",
    [
        # a capital that is a common word, or shares its name with a larger town, is no actor
        "Male soldiers were trained by Iran to fight the rebels.",
        "The government in Kingston backed the plan.",
    ],
)
def test_a_capital_that_is_a_word_names_no_government(parse, text):
    ex = parse(text, "2015-01-01")
    assert not any(s.power in ("Maldives", "Jamaica") for s in ex.stances), claims(ex)


def test_a_capital_where_fighting_is_stays_a_place(parse):
    ex = parse("Fighting raged in Monrovia as Guinea armed the rebels.", "2003-01-01")
    assert ("Guinea", "supplies", "rebels") in claims(ex)
    assert theatre_of(ex, "Guinea", "rebels") == {"Liberia"}


# --- a war of a state's former name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "power", "party", "war"),
    [
        # before: "Zimbabwe", a state of 1980
        (
            "Britain backed the Western-backed government in Salisbury against the guerrillas.",
            "1978-06-01",
            "United Kingdom",
            "Rhodesian government",
            "Rhodesia",
        ),
        (
            "The guerrillas were armed by Zambia in Rhodesia in 1975.",
            "2000-01-01",
            "Zambia",
            "guerrillas",
            "Rhodesia",
        ),
    ],
)
def test_a_war_is_named_by_the_state_of_its_time(parse, text, date, power, party, war):
    assert theatre_of(parse(text, date), power, party) == {war}


def test_a_war_after_the_state_of_the_past_takes_todays_name(parse):
    ex = parse("Zambia armed the guerrillas in Zimbabwe.", "2003-01-01")
    assert theatre_of(ex, "Zambia", "guerrillas") == {"Zimbabwe"}


# --- "X, its main backer" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim"),
    [
        # before: nothing (a state is no pronoun's party; the parser hangs the apposition on
        # the subject)
        (
            "Mozambique was under pressure from the Soviet Union, its main military backer, "
            "to break off ties with South Africa.",
            "1987-01-01",
            ("Soviet Union", "backs", "Mozambique"),
        ),
        (
            "The Syrian government, under pressure from Russia, its main backer, agreed to talks.",
            "2016-01-01",
            ("Russia", "backs", "Syrian government (Assad)"),
        ),
        (
            "Assad met Putin in Moscow, his main military backer.",
            "2016-01-01",
            ("Russia", "backs", "Syrian government (Assad)"),
        ),
    ],
)
def test_a_backer_set_off_after_a_name_is_that_name(parse, text, date, claim):
    assert claim in claims(parse(text, date))


@pytest.mark.parametrize(
    "text",
    [
        # no subject named before the backer: nobody's
        "Iran, the group's main backer, denied sending arms.",
        "The rebels said Rwanda, their main backer, had sent troops.",
    ],
)
def test_a_backer_with_no_owner_named_backs_no_one(parse, text):
    got = claims(parse(text, "2015-01-01"))
    assert not any(r == "backs" for _, r, _ in got), got


def test_a_capital_after_in_is_a_place_not_a_power(parse):
    # the labelled set's kind: the nearest power before "a key U.S. ally" is the embassy's
    # country, not the capital it stands in (a first version read Jakarta as Indonesia)
    ex = parse(
        "Militants bombed the Australian Embassy in Jakarta on Thursday in a strike at a key "
        "U.S. ally in the war in Iraq.",
        "2004-09-09",
    )
    got = claims(ex)
    assert ("Australia", "backs", "United States") in got
    assert not any(p == "Indonesia" for p, _, _ in got), got
