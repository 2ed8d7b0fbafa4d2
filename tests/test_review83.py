"""Who backs whom: review83's narrowings of the rules sidesfix65 merged, read as kinds.

A backer named bare after an armed group targeted by a begun act is as often the group's as
the starter's: no claim; a word of size or time alone ("fresh", "new") keeps a begun act one
of arms only when it is aimed at a side or ground; an armed action only spoken of ("warned
against", "opposed") is no one's campaign; a killing told as a mistake sets no side against
another; a leader named beside a past post of a career ("a former rebel commander") is his
state still; a party of one land's war named by another land's word is a namesake group of
that land. Each test holds the sentences the rule was made for, read as before.
"""

from __future__ import annotations

from tests.test_stances_news import claims


def test_a_bare_backer_after_an_armed_group_targeted_is_open(parse):
    ex = parse("Saudi Arabia launched an offensive against the Houthis, backed by Iran.", "2015")
    assert ("Iran", "backs", "Saudi Arabia") not in claims(ex)
    ex = parse(
        "The Congolese army launched an offensive against the M23, backed by Rwanda.", "2013"
    )
    assert not any(power == "Rwanda" and "Congo" in party for power, _, party in claims(ex))
    # ground or a state targeted, or men in arms lent, back the starter as before
    ex = parse("Russia launched a full-scale invasion of Ukraine, backed by Belarus.", "2022-02-24")
    assert ("Belarus", "backs", "Russia") in claims(ex)
    ex = parse(
        "Mali launched an offensive against the Islamist rebels near Gao, backed by Chad.", "2013"
    )
    assert ("Chad", "backs", "Mali") in claims(ex)


def test_a_word_of_size_alone_keeps_an_act_of_arms_only_when_aimed_at_a_side(parse):
    ex = parse(
        "Britain launched a fresh attack on the EU's fishing rules, backed by Denmark.", "2019"
    )
    assert not claims(ex)
    ex = parse(
        "Russia launched a new offensive at the United Nations against the resolution, "
        "backed by China.",
        "2015",
    )
    assert not claims(ex)
    ex = parse("Ethiopia launched a massive offensive in Tigray, backed by Eritrea.", "2020-11-04")
    assert ("Eritrea", "backs", "Ethiopian government") in claims(ex)


def test_an_armed_action_only_spoken_of_is_no_ones_campaign(parse):
    ex = parse("China warned the United States against military action against Iran.", "2019")
    assert not claims(ex)
    ex = parse("France opposed military action against Iraq.", "2003-02-14")
    assert not claims(ex)
    ex = parse("Turkey took military action against the PKK in northern Iraq.", "2018")
    assert any(p == "Turkey" and r == "opposes" and "PKK" in q for p, r, q in claims(ex))


def test_a_killing_told_as_a_mistake_sets_no_side_against_another(parse):
    ex = parse("NATO helicopters mistakenly killed 24 Pakistani soldiers at a border post.", "2011")
    assert not claims(ex)
    ex = parse("Saudi jets mistakenly killed 20 Yemeni government soldiers near Aden.", "2019")
    assert not claims(ex)
    ex = parse("Kenyan troops killed 57 al-Shabaab fighters in southern Somalia.", "2017")
    assert ("Kenya", "opposes", "al-Shabaab") in claims(ex)


def test_a_past_post_of_a_career_leaves_a_leader_his_state(parse):
    ex = parse(
        "Vladimir Putin, a former KGB officer, is a close ally of Bashar al-Assad.", "2015-10-01"
    )
    assert any(p == "Russia" and r == "backs" for p, r, _ in claims(ex))
    ex = parse(
        "Yoweri Museveni, a former rebel commander, sent troops to back the Congolese rebels.",
        "1998-08-10",
    )
    assert any(p == "Uganda" and r == "backs" for p, r, _ in claims(ex))
    # a ruler's title out of office or a claimant's still sets him apart
    ex = parse(
        "Juan Guaido, the self-proclaimed president of Venezuela, is an ally of Colombia.",
        "2019-06-01",
    )
    assert not any(p == "Venezuela" or q == "Venezuela" for p, _, q in claims(ex))


def test_a_party_of_one_lands_war_named_by_another_lands_word_is_a_namesake(parse):
    ex = parse("Afghanistan's rulers denied sheltering Pakistani Taliban fighters.", "2023-06-01")
    said = claims(ex) | claims(ex, negated=True)
    assert said and not any(q == "Taliban" for _, _, q in said)
    ex = parse("Iraq accused Turkey of sheltering Tunisian Islamic State fighters.", "2015")
    assert any(q == "Islamic State" for _, _, q in claims(ex))
