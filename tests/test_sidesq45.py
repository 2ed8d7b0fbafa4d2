"""Who backs whom: the kinds misread in the twenty-fifth fresh batch.

Each test holds the story that was misread (from benchmarks/data/stances_fresh25) and
sentences of other wars and wordings written beside them (benchmarks/data/sidesq45).
"""

from __future__ import annotations

from pathlib import Path

from tests.test_stances_news import claims

DOCS = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "stances_fresh25" / "docs"


def _story(stem: str) -> str:
    """The story's headline and body, its date line left out (the date is passed apart)."""
    head, _date, body = (DOCS / f"{stem}.txt").read_text(encoding="utf-8").split("\n", 2)
    return f"{head}\n\n{body.strip()}\n"


def _mediators(ex) -> set[str]:
    return {s.power for s in ex.stances if s.relation == "mediates"}


def test_the_sides_that_accept_a_mediation_by_another_are_not_its_mediators(parse):
    # stances_fresh25 t04: was Argentina mediates Chile ("they have agreed to put their dispute
    # to mediation by an envoy of Pope John Paul II")
    ex = parse(_story("t04-washingtonpost-the-beagle-channel-dispute-1979"), "1979-01-11")
    assert not {"Argentina", "Chile"} & _mediators(ex)
    # another continent and decade: the one after "by" mediates between the sides
    ex = parse("Ethiopia and Sudan agreed to mediation by Kenya.", "1985-03-02")
    got = claims(ex)
    assert ("Kenya", "mediates", "Sudan") in got
    assert not {"Ethiopia", "Sudan"} & _mediators(ex)
    ex = parse(
        "Eritrea and Djibouti agreed to put their border dispute to mediation by the African "
        "Union.",
        "2016-06-05",
    )
    assert _mediators(ex) == {"African Union"}
    # a "by" of means, not of a mediator, leaves the mediation its owner's
    ex = parse(
        "Qatar's mediation by telephone kept the talks between Sudan and Chad alive.", "2019-04-03"
    )
    assert _mediators(ex) == {"Qatar"}


def test_a_mediation_verbs_ing_form_read_as_an_adjective_is_still_the_verb(parse):
    # stances_fresh25 t16: was missed ("Norway will go on brokering peace talks between the
    # Philippine government and communist insurgents": "brokering" parsed as an adjective)
    ex = parse(
        _story("t16-foxnews-norway-committed-to-brokering-philippine-communist-talks-2014"),
        "2014-01-16",
    )
    assert "Norway" in _mediators(ex)
    # another war and decade
    ex = parse(
        "Italy will go on brokering peace talks between Mozambique's government and Renamo.",
        "1991-03-05",
    )
    assert ("Italy", "mediates", "Renamo") in claims(ex)
    # an -ing word after a determiner names a kind of mission, no one's mediation
    ex = parse(
        "The United Nations ended the monitoring mission between Ethiopia and Eritrea.",
        "2008-07-30",
    )
    assert not _mediators(ex)


def test_an_apposition_of_an_invader_is_the_invader_not_a_side_in_sight(parse):
    # stances_fresh25 t23: was missed ("the United States, the most powerful state in the world,
    # invaded Grenada": "state" was read as one more side in sight, a government)
    ex = parse(_story("t23-stabroeknews-the-conquest-of-grenada-in-1983-2008"), "2008-10-07")
    assert ("United States", "opposes", "Grenada") in claims(ex)
    # another continent and decade
    ex = parse("Iraq, the largest Arab state in the Gulf, invaded Kuwait.", "1990-08-02")
    assert ("Iraq", "opposes", "Kuwait") in claims(ex)
    # an armed side inside the apposition is still in sight: no invasion claim against the state
    ex = parse("Syria, an ally of the PLO, invaded Lebanon.", "1976-06-01")
    assert ("Syria", "opposes", "Lebanon") not in claims(ex)
