"""Who backs whom: what the eighteenth fresh batch left (branch sidesfix50).

Each test holds the sentence misread (from benchmarks/data/stances_fresh18) or its wording in
another war, and sentences of other senses written beside it: a dateline is where a story was
written, not its war, when the story names no other place (unless "the government" of no
state named is the dateline's); a people's word before a claim noun ("The Saudi claim that")
names the claimant; an attempted deal between two named sides is a mediation.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims, theatre_of


def test_a_dateline_alone_is_where_the_story_was_written_not_its_war(parse):
    # stances_fresh18 k07's kind: was [United States], the dateline's country
    ex = parse("WASHINGTON - Saudi Arabia sent arms to the rebels.", "1996-02-03")
    assert theatre_of(ex, "Saudi Arabia", "rebels") == {"Conflict not stated"}
    # a bare "the guerrillas" under another capital
    ex = parse("LONDON - Libya sent money to the guerrillas, officials said.", "1986-04-01")
    assert "United Kingdom" not in theatre_of(ex, "Libya", "guerrillas")
    # a side named by its own name, of no country known, fights where the story is filed
    ex = parse(
        "FREETOWN (Reuters) - Liberia's Charles Taylor has supplied the RUF rebels with "
        "weapons in exchange for diamonds, a UN panel said.",
        "2000-12-20",
    )
    assert theatre_of(ex, "Charles Taylor", "RUF") == {"Sierra Leone"}
    # the dateline's country a side: its war
    ex = parse(
        "ADDIS ABABA (Reuters) - Cuban troops and Soviet advisers helped Ethiopia drive "
        "Somali forces out of the Ogaden.",
        "1978-03-09",
    )
    assert "Somalia" not in theatre_of(ex, "Cuba", "Ethiopia")
    # the parties' own war, as before
    ex = parse("BEIRUT - Iran supplied Hezbollah with rockets.", "2006-07-20")
    assert theatre_of(ex, "Iran", "Hezbollah") == {"Lebanon"}
    ex = parse("KABUL - Pakistan armed the Taliban, an Afghan official said.", "2008-06-01")
    assert theatre_of(ex, "Pakistan", "Taliban") == {"Afghanistan"}
    # a place the story names is where things happen, not the dateline
    ex = parse("MOSCOW - Russia sent arms to the separatists in eastern Ukraine.", "2014-08-01")
    assert "Russia" not in {
        n.split(" (")[0] for n in theatre_of(ex, "Russia", "separatists in eastern Ukraine")
    }
    # "the government" of no state named is the dateline's, as before
    ex = parse("DAMASCUS - Russia sent jets to back the government.", "2015-10-01")
    assert theatre_of(ex, "Russia", "Syrian government (Assad)") == {"Syria"}
    # and a state's office ("the president"): the labelled set's agnews-test-4156
    ex = parse(
        "BEIRUT (Reuters) - Lebanon's Prime Minister Rafik al-Hariri resigned Wednesday and "
        "said he would not form a new government, following a widely opposed constitutional "
        "change to keep the Syrian-backed president in office.",
        "2004-10-20",
    )
    assert theatre_of(ex, "Syria", "president (Lebanon)") == {"Lebanon"}


def test_a_peoples_word_before_a_claim_noun_is_the_claimant(parse):
    # stances_fresh18 k07: was claimed by "unnamed sources"
    ex = parse(
        "The Saudi claim that the U.S. cooperated in supplying arms to the Bosnian Moslems "
        "drew strong denials from U.S. officials.",
        "1996-02-03",
    )
    assert ("United States", "supplies", "Bosnian Moslems", "Saudi Arabia") in claimed(ex)
    # another people, another noun
    ex = parse(
        "The American accusation that Iran supplied the Houthis with missiles drew a denial "
        "from Tehran.",
        "2020-02-13",
    )
    assert ("Iran", "supplies", "Houthis", "United States") in claimed(ex)
    # no people's word: nobody named, as before
    ex = parse("The new claim that Iran armed the Houthis drew a denial.", "2020-02-13")
    assert ("Iran", "supplies", "Houthis", "unnamed sources") in claimed(ex)
    ex = parse("The official claim that Syria armed Hezbollah was published.", "2006-07-20")
    assert ("Syria", "supplies", "Hezbollah", "unnamed sources") in claimed(ex)


def test_an_attempted_deal_between_two_sides_mediates(parse):
    # stances_fresh18 k05's wording, stated as done
    ex = parse("Peru attempted a settlement between Chile and Argentina.", "1978-12-01")
    assert {("Peru", "mediates", "Chile"), ("Peru", "mediates", "Argentina")} <= claims(ex)
    # an attempt of no sides named, of a party's own deal, or of an attack mediates nothing
    for text in (
        "Argentina attempted a peace deal to end the war.",
        "The rebels attempted a deal with the government last year.",
        "Brazil attempted an attack on the rebels.",
    ):
        ex = parse(text, "1982-05-01")
        assert not any(r == "mediates" for _, r, _ in claims(ex)), text
