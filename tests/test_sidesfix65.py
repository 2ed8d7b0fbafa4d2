"""Who backs whom: the wrong claims and misses stop 45 left, read as kinds.

The backer of a begun act of war, told after the act's target at the sentence's close, backs
the act's starter; a word of size on a begun act leaves it one of arms; a ruler out of office
or a rival claimant is a side of his own, not his state; "fought off" an attack with the
particle read as a preposition; a side that kills another side's men in arms opposes it; a
listed party's fighters named by another land's word, in a sentence that names a land of the
party's war, are the party. Each test holds sentences of other senses that read as they did.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_the_backer_of_a_begun_act_told_after_its_target_backs_the_starter(parse):
    ex = parse(
        "Mali launched an offensive against the Islamist rebels near Gao, backed by Chad.", "2013"
    )
    got = claims(ex)
    assert ("Chad", "backs", "Mali") in got
    assert not any(power == "Chad" and party == "Islamist rebels" for power, _, party in got)
    ex = parse(
        "Kabila's forces launched a counteroffensive against the rebels, backed by Angola.", "1998"
    )
    assert ("Angola", "backs", "rebels") not in claims(ex)
    # the target's backer inside the sentence, or with no comma, as before
    ex = parse(
        "Saudi Arabia launched an offensive against the Houthis, backed by Iran, "
        "in northern Yemen.",
        "2015-05-01",
    )
    assert ("Iran", "backs", "Houthis") in claims(ex)
    assert ("Iran", "backs", "Saudi Arabia") not in claims(ex)
    ex = parse("Israel launched an offensive against Hezbollah fighters backed by Iran.", "2006")
    assert ("Iran", "backs", "Hezbollah") in claims(ex)


def test_a_word_of_size_on_a_begun_act_keeps_it_one_of_arms(parse):
    ex = parse("Iraq launched a large-scale offensive on Fallujah, backed by Iran.", "2016-06-01")
    assert ("Iran", "backs", "Iraqi government") in claims(ex)
    ex = parse("Russia launched a full-scale invasion of Ukraine, backed by Belarus.", "2022-02-24")
    assert ("Belarus", "backs", "Russia") in claims(ex)
    # a word of a field is no word of size
    ex = parse(
        "Egypt launched a new peace offensive toward Israel, backed by the Soviet Union.", "1971"
    )
    assert not claims(ex)
    ex = parse(
        "China launched a major trade offensive in Africa, backed by its state banks.", "2012"
    )
    assert not claims(ex)


def test_a_ruler_out_of_office_or_a_rival_claimant_is_no_state(parse):
    ex = parse("The deposed Shah of Iran, an ally of Washington, flew to Mexico.", "1979-06-01")
    assert not any(power == "Iran" for power, _, _ in claims(ex))
    ex = parse(
        "Juan Guaido, the self-proclaimed president of Venezuela, is an ally of Colombia.",
        "2019-06-01",
    )
    assert not any(power == "Venezuela" for power, _, _ in claims(ex))
    ex = parse("The deposed King of Greece, a close ally of Britain, lived in Rome.", "1970")
    assert not any(power == "Greece" for power, _, _ in claims(ex))
    # a ruler in office, or a word on his state, as before
    ex = parse("The Shah of Iran was a close ally of Washington.", "1975-06-01")
    assert ("Iran", "backs", "United States") in claims(ex)
    ex = parse(
        "The powerful King of Saudi Arabia backed the Yemeni government against the Houthis.",
        "2017",
    )
    assert ("Saudi Arabia", "backs", "Yemeni government") in claims(ex)


def test_an_attack_fought_off_with_the_particle_read_as_a_preposition(parse):
    ex = parse("The Iraqi army fought off the Islamic State's offensive on Ramadi.", "2015-05-01")
    assert ("Iraq", "opposes", "Islamic State") in claims(ex)
    # a bid, a game, an illness or words fought off set no sides
    for text in (
        "The firm fought off a takeover bid by its rival.",
        "Liverpool held off a late Chelsea attack to win.",
        "The patient fought off a heart attack.",
        "The troops set off on a raid at dawn.",
    ):
        assert not claims(parse(text, "2019")), text


def test_a_side_that_kills_another_sides_men_in_arms_opposes_it(parse):
    ex = parse("Hezbollah fighters killed three Israeli soldiers near the border.", "2006-07-12")
    assert ("Hezbollah", "opposes", "Israeli government") in claims(ex)
    ex = parse("The FSA answered that it had killed dozens of Hezbollah fighters.", "2013-05-20")
    assert ("Syrian opposition", "opposes", "Hezbollah") in claims(ex)
    # no side kills, no side's men are killed, or one's own
    for text in (
        "The disease killed dozens of Hezbollah fighters.",
        "An avalanche killed ten Indian soldiers in Siachen.",
        "The rebels killed dozens of civilians near Mopti.",
        "Syrian troops killed three Syrian soldiers who tried to defect.",
        "Friendly fire killed four British soldiers in Helmand.",
    ):
        assert not claims(parse(text, "2013")), text


def test_a_partys_fighters_from_abroad_are_the_party_in_its_war(parse):
    ex = parse("Iraq accused Turkey of arming Moroccan Islamic State fighters.", "2015-06-01")
    assert ("Turkey", "supplies", "Islamic State", "Iraq") in claimed(ex)
    assert theatre_of(ex, "Turkey", "Islamic State") & {"Iraq", "Syria"}
    assert "Morocco" not in theatre_of(ex, "Turkey", "Islamic State")
    # the fighters' own land named, or a group's noun: another land's group, as before
    ex = parse("Pakistan accused Afghanistan of sheltering Pakistani Taliban fighters.", "2023")
    assert ("Afghanistan", "backs", "Pakistani Taliban fighters", "Pakistan") in claimed(ex)
    ex = parse("Iran armed Iraqi Hezbollah fighters in Syria.", "2015-06-01")
    assert ("Iran", "supplies", "Iraqi Hezbollah fighters") in claims(ex)
    ex = parse("The Iraqi Hezbollah militia fought alongside Syrian troops.", "2014-06-01")
    assert ("Iraqi Hezbollah militia", "backs", "Syrian government (Assad)") in claims(ex)
