"""Who backs whom: a place read as the party of a reported passive (benchmarks/README,
sidesfix47).

"The report said the M23 rebels holding Goma were supported by Uganda" is parsed with "Goma"
the passive's subject: the town held is never the party backed; whoever holds it is. The
sentences of other senses written beside it (a town in the party's phrase, a subject standing
free, a town that names a government) read as before.
"""

from __future__ import annotations

from tests.test_stances_news import claimed, claims


def test_a_town_held_is_never_the_party_backed(parse):
    # was "Uganda backs Goma", "Iran supplies the Yemeni government" (Sanaa)
    ex = parse("The report said the M23 rebels holding Goma were supported by Uganda.", "2013")
    assert claimed(ex) == {("Uganda", "backs", "M23", "a report")}
    # a militia that is no known side, holding the capital: nobody (was the Libyan government)
    ex = parse("The report said the militias holding Tripoli were backed by Turkey.", "2020")
    assert not claims(ex)


def test_a_town_held_in_a_relative_clause_or_named_with_its_holders_is_not_backed(parse):
    # was "Uganda backs Goma", "Iran supplies the Yemeni government" (Sanaa)
    ex = parse("The report said the rebels who hold Goma were supported by Uganda.", "2013")
    assert claims(ex) == {("Uganda", "backs", "rebels")}
    ex = parse("Observers said the Houthis controlling Sanaa were armed by Iran.", "2016")
    assert claimed(ex) == {("Iran", "supplies", "Houthis", "observers")}
    # a town in the party's phrase, a subject standing free, a town naming its government: as
    # before
    assert claims(parse("The report said the M23 rebels in Goma were supported by Uganda.")) == {
        ("Uganda", "backs", "M23")
    }
    assert claims(parse("The M23 rebels holding Goma were supported by Uganda.")) == {
        ("Uganda", "backs", "M23")
    }
    assert claims(parse("Uganda supported the rebels holding Goma.")) == {
        ("Uganda", "backs", "rebels")
    }
    assert claims(parse("Rebels in Goma were armed by Rwanda.")) == {
        ("Rwanda", "supplies", "Rebels")
    }
    # a capital that names its government
    ex = parse("Kinshasa was backed by Angola.", "1998")
    assert claims(ex) == {("Angola", "backs", "Congolese government")}
    ex = parse("The report said that Kinshasa was backed by Angola.", "1998")
    assert claims(ex) == {("Angola", "backs", "Congolese government")}
    # a participle that is the subject's own word, or one of speech, leaves the subject its own
    assert claims(parse("The remaining rebels were armed by Iran.")) == {
        ("Iran", "supplies", "remaining rebels")
    }
    assert claims(parse("Hamas controlling Gaza was funded by Qatar.")) == {
        ("Qatar", "backs", "Hamas")
    }
    ex = parse("Analysts said the separatists controlling Donetsk were backed by Russia.", "2015")
    assert claims(ex) == {("Russia", "backs", "Donbas separatists")}
    ex = parse("The UN said the rebels fighting the army in Goma were backed by Rwanda.", "2008")
    assert claimed(ex) == {("Rwanda", "backs", "rebels", "United Nations")}
