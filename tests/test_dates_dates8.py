"""When things happened, eighth pass: a time told in another clause or sentence than the act's,
carried only where the words tie it to the same occasion.

- A "when" clause with no time of its own happened at the one time the clause it hangs on
  tells ("were killed during Friday prayers when a bomber attacked the mosque", "ended last
  month's violence, when fighting ... left 50 dead"); not a "when" clause of an earlier time
  ("had attacked"), nor one beside two times.
- An act whose sentence dates only another act ("a town where police fired on a crowd began
  a sit-in on Thursday") takes the day the next sentence gives the same act told again by the
  same doers at the same place ("Police fired on Wednesday on a crowd"); not a day of another
  act, of a report, or of the same doers elsewhere.

The texts are written here, about places and people the fresh batch
(benchmarks/data/events_fresh21) does not name; events are found by the real spaCy pipeline and
the real geoparser. Each test holds the kind fixed and the other senses kept.
"""

from __future__ import annotations


def _events(ex, etype: str):
    return [(e.date, e.date_precision, e.date_basis) for e in ex.events if e.type == etype]


# --- a "when" clause happened at its main clause's time -----------------------------------------


def test_a_when_clause_takes_the_day_of_its_main_clause(parse):
    # Friday 15 March 2019, the day before the article
    ex = parse(
        "Mourners were killed in Quetta during Friday prayers when a gunman attacked the mosque.",
        published="2019-03-16",
    )
    assert [d[:2] for d in _events(ex, "attack")] == [("2019-03-15", "day")]
    # an earlier act told in the past perfect is not of the main clause's day
    ex = parse(
        "Troops were deployed in Herat during Friday prayers when rebels had attacked the base.",
        published="2019-03-16",
    )
    assert all(d[0] != "2019-03-15" for d in _events(ex, "attack"))
    # a day of the report is not the when clause's
    ex = parse(
        "Police said on Friday that two guards were killed in Herat when rebels attacked a bank.",
        published="2019-03-16",
    )
    assert all(d[2] != "sentence" for d in _events(ex, "attack"))


def test_a_when_clause_on_last_months_noun_is_of_last_month(parse):
    ex = parse(
        "His arrest threatens a truce that ended last month's violence, when fighting between "
        "troops and militias in Kasai province left about 30 people dead.",
        published="2016-08-23",
    )
    assert [d[:2] for d in _events(ex, "clash")] == [("2016-07", "month")]
    # "last month" in a story of another year is the month before that story's day
    ex = parse(
        "His arrest threatens a truce that ended last month's violence, when fighting between "
        "troops and militias in Kasai province left about 30 people dead.",
        published="2011-01-05",
    )
    assert [d[:2] for d in _events(ex, "clash")] == [("2010-12", "month")]


# --- the same act told again in the next sentence gives its day --------------------------------


def test_an_act_told_again_next_sentence_takes_its_day(parse):
    ex = parse(
        "Demonstrators in a town of southern Kyrgyzstan where police fired on protesters began "
        "a sit-in on the main square on Thursday.\n\n"
        "Police fired on Wednesday on a crowd demanding the release of a local leader.",
        published="2012-08-23",
    )
    assert [d[:2] for d in _events(ex, "attack")] == [("2012-08-22", "day")] * 2
    # the sit-in still dates the town's shooting to nothing: the next sentence's day is of
    # another act (the president's speech), of a report, or of the doers in another town
    for second in (
        "On Wednesday the president spoke in Bishkek.",
        "The interior ministry said on Wednesday that two people were wounded.",
        "Police fired on Wednesday on a crowd in Bishkek.",
    ):
        ex = parse(
            "Demonstrators in Osh, where police fired on protesters, began a sit-in on the "
            "main square on Thursday.\n\n" + second,
            published="2012-08-23",
        )
        first = [e for e in ex.events if e.type == "attack" and e.evidence[0].start == 0]
        assert all(e.date != "2012-08-22" for e in first), second
