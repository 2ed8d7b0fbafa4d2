"""A reviewer's findings on the twenty-ninth pass's stance rules, each kind tried on sentences
of other wars. Armed men moved somewhere "to help" a side are the ones who help, whatever the
main clause's subject did to them ("Tanzania attacked Libyan troops flown into Uganda to help
Amin": Libya backs Amin), also where the tagger took their participle for a past tense; men
sent by someone are moved, not supplied ("Kenyan police sent by the UN" is no supply of Kenya);
a minister of no state named, in a story filed from a war's country, is that state's only in a
claim of that state's own deeds (a visitor tells of his own state's help).
"""

from __future__ import annotations

import pytest

from tests.test_stances_news import claimed, claims, theatre_of

# --- men moved to help a side help it, not whoever the main clause's subject is ----------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "wrong"),
    [
        # the reviewer's (before: Tanzania backs Amin)
        (
            "Tanzania attacked Libyan troops flown into Uganda to help Amin.",
            "1979-05-01",
            ("Libya", "backs", "Amin"),
            ("Tanzania", "backs", "Amin"),
        ),
        # other wars (before: Somalia backs the Derg, Israel backs Assad)
        (
            "Somalia denounced Cuban soldiers flown into Ethiopia to defend the Derg.",
            "1977-12-01",
            ("Cuba", "backs", "Derg"),
            ("Somalia", "backs", "Derg"),
        ),
        (
            "Israel bombed Iranian forces sent into Syria to prop up Assad.",
            "2018-05-01",
            ("Iran", "backs", "Syrian government (Assad)"),
            ("Israel", "backs", "Syrian government (Assad)"),
        ),
        # an opposing purpose (before: Angola opposes the Congolese government)
        (
            "Angola attacked Rwandan soldiers sent into Congo to fight Kabila.",
            "1998-09-01",
            ("Rwanda", "opposes", "Congolese government"),
            ("Angola", "opposes", "Congolese government"),
        ),
        # the parser's subject being rebels (before: nothing)
        (
            "The Tamil Tigers fought Indian troops sent into Sri Lanka to help Colombo.",
            "1987-05-01",
            ("India", "backs", "Sri Lankan government"),
            ("Tamil Tigers", "backs", "Sri Lankan government"),
        ),
    ],
)
def test_men_moved_to_help_are_the_helpers(parse, text, date, claim, wrong):
    got = claims(parse(text, date))
    assert claim in got, got
    assert wrong not in got, got


# --- a participle the tagger took for a past tense ------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "wrong", "foe", "sent_to"),
    [
        # the reviewer's (before: Ukraine backs Russia; Belarus fought in a war in Belarus)
        (
            "Ukraine fought Belarusian troops sent into Russia to support Moscow.",
            "2022-05-01",
            ("Belarus", "backs", "Russia"),
            ("Ukraine", "backs", "Russia"),
            ("Ukraine", "Belarus"),
            "Russia",
        ),
        # another war (before: the rebels back Kabila's government, and fight Zimbabwe in a
        # war in Zimbabwe)
        (
            "The rebels fought Zimbabwean troops sent into Congo to support Kinshasa.",
            "1998-09-01",
            ("Zimbabwe", "backs", "Congolese government"),
            ("rebels", "backs", "Congolese government"),
            ("rebels", "Zimbabwe"),
            "Eastern DR Congo",
        ),
    ],
)
def test_troops_sent_tagged_as_past_tense(parse, text, date, claim, wrong, foe, sent_to):
    ex = parse(text, date)
    got = claims(ex)
    assert claim in got, got
    assert wrong not in got, got
    assert (foe[0], "opposes", foe[1]) in got, got
    assert sent_to in theatre_of(ex, *foe), theatre_of(ex, *foe)


# --- men sent by someone are moved, not supplied ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "sender", "men"),
    [
        # the reviewer's (before: United Nations supplies Kenyan government)
        (
            "Kenyan police sent by the UN to help Haiti arrived on Monday.",
            "2024-06-26",
            "United Nations",
            "Kenyan government",
        ),
        # other wars (before: United Nations supplies Brazilian government, Turkey supplies
        # Syrian fighters)
        (
            "Brazilian police sent by the United Nations to help Haiti arrived in Port-au-Prince.",
            "2004-06-26",
            "United Nations",
            "Brazilian government",
        ),
        (
            "Syrian fighters sent by Turkey to Libya fought for the Tripoli government.",
            "2020-06-26",
            "Turkey",
            "Syrian fighters",
        ),
    ],
)
def test_men_sent_by_another_are_not_supplied(parse, text, date, sender, men):
    got = claims(parse(text, date))
    assert (sender, "supplies", men) not in got, got
    assert not any(p == sender and r == "supplies" for p, r, _ in got), got


def test_arms_supplied_to_men_still_are(parse):
    # "supplied" and "armed" name whom they furnish: the men are supplied
    text = "The Contra rebels, financed and armed by the CIA, attacked the town."
    assert ("CIA", "supplies", "Contras") in claims(parse(text, "1985-01-01"))


# --- a minister filed from a war's country is its state's only for its own deeds --------------


@pytest.mark.parametrize(
    ("text", "date", "claim", "host", "written"),
    [
        # the reviewer's (before: claimed by Ukraine)
        (
            "KYIV, Ukraine - Germany will send more Patriot systems to help Ukraine fight "
            "Russia, Defence Minister Boris Pistorius said on a visit on Tuesday.",
            "2024-06-04",
            ("Germany", "backs", "Ukraine"),
            "Ukraine",
            "Defence Minister Boris Pistorius",
        ),
        # another war (before: claimed by Lebanon)
        (
            "BEIRUT - Iran will keep arming Hezbollah, Foreign Minister Hossein Amirabdollahian "
            "said on a visit on Friday.",
            "2023-10-13",
            ("Iran", "supplies", "Hezbollah"),
            "Lebanon",
            "Foreign Minister Hossein Amirabdollahian",
        ),
        # the host's minister accusing another state: named as written too, a hyphen inside
        # his name kept (before: claimed by Chad)
        (
            "N'DJAMENA - Foreign Minister Ahmat Allam-mi said Khartoum was arming the rebels in "
            "eastern Chad.",
            "2006-10-25",
            ("Sudan", "supplies", "rebels"),
            "Chad",
            "Foreign Minister Ahmat Allam-mi",
        ),
    ],
)
def test_a_visitor_filed_from_the_war_is_named_as_written(parse, text, date, claim, host, written):
    got = {c[3] for c in claimed(parse(text, date)) if c[:3] == claim}
    assert host not in got, got
    assert got == {written}, got
