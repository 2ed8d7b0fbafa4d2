"""Who backs whom: fighting whose "between" hangs on its verb, two sides' men who clash, and an
attack between states told as one of arms by its own clause, kinds the thirtieth fresh batch
missed, read as rules.

The tests hold the stories that were missed (benchmarks/data/stances_fresh30) and sentences of
other wars and of other senses written beside them (benchmarks/data/sidesq50/sentences.txt).
"""

from __future__ import annotations

from tests.stance_stories import both_ways as _both_ways
from tests.stance_stories import opposed as _opposed
from tests.stance_stories import story as _story


def test_fighting_whose_between_hangs_on_its_verb_sets_each_side_against_the_other(parse):
    # stances_fresh30 m04: two states' forces in fighting whose "between" is on its verb
    ex = parse(
        _story("stances_fresh30", "m04-eveningpost-war-on-the-amazon-colombia-and-peru-1933"),
        "1933-02-15",
    )
    assert _both_ways(_opposed(ex), "Colombia", "Peru")
    for text, date, a, b in [
        (
            "Fighting broke out on Sunday between Ethiopian and Somali troops along the border.",
            "1977-07-25",
            "Ethiopia",
            "Somali",
        ),
        (
            "War broke out last week between Iran and Iraq after months of border incidents.",
            "1980-09-30",
            "Iran",
            "Iraq",
        ),
    ]:
        assert _both_ways(_opposed(parse(text, date)), a, b), text
    for text, date in [
        ("Fighting broke out between rival fans after the match on Saturday.", "2016-06-11"),
        ("A trade war broke out between the United States and China in July.", "2018-07-06"),
        (
            "A war of words broke out between Britain and France over the fishing rights.",
            "2009-05-04",
        ),
        ("Clashes broke out between Serbs and Albanians in the divided town.", "1999-02-15"),
        ("Diplomats feared that war would break out between India and Pakistan.", "2002-06-01"),
    ]:
        assert not _opposed(parse(text, date)), text


def test_two_sides_men_in_arms_who_clash_each_oppose_the_other(parse):
    # stances_fresh30 m05: one state's men who start a clash with another's
    ex = parse(
        _story("stances_fresh30", "m05-eblnews-remembering-the-sino-japanese-war-80-years-on"),
        "2017-07-07",
    )
    assert _both_ways(_opposed(ex), "Japan", "Chin")
    for text, date, a, b in [
        (
            "Indian troops clashed with Chinese soldiers at the mountain pass on Monday.",
            "1967-09-12",
            "India",
            "Chin",
        ),
        (
            "Thai and Cambodian troops clashed near the ancient temple on Friday.",
            "2011-02-05",
            "Thai",
            "Cambod",
        ),
    ]:
        assert _both_ways(_opposed(parse(text, date)), a, b), text
    for text, date in [
        ("Protesters clashed with police outside the parliament on Saturday.", "2013-06-01"),
        ("Britain clashed with France over farm subsidies at the summit in Berlin.", "1999-03-24"),
        ("Greek and Turkish fishermen clashed over their nets in the Aegean.", "2005-05-09"),
        ("Peruvian troops could clash with Ecuadorean soldiers if the talks fail.", "1995-02-02"),
        ("Indian troops avoided a clash with Chinese soldiers on the plateau.", "2017-07-20"),
    ]:
        assert not _opposed(parse(text, date)), text


def test_an_attack_told_as_one_of_arms_by_its_own_clause_opposes_the_state_attacked(parse):
    for text, date, a, b in [
        (
            "Germany attacked Denmark at dawn, bombing the airfield at Aalborg.",
            "1940-04-10",
            "German",
            "Denmark",
        ),
        ("Italy attacked Greece by land and by air on Monday.", "1940-10-29", "Ital", "Greece"),
    ]:
        assert any(a in p and b in q for p, q in _opposed(parse(text, date))), text
    for text, date in [
        ("The senator attacked France without declaring his reasons.", "2003-03-10"),
        ("China attacked Japan with a barrage of criticism over the islands.", "2012-07-04"),
        ("France attacked Britain, bombarding it with complaints about fishing.", "2010-05-05"),
        (
            "Germany attacked Brazil from the start, shelling the goal in the semi-final.",
            "2014-07-09",
        ),
    ]:
        assert not _opposed(parse(text, date)), text
