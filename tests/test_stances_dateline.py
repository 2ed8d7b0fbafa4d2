"""A wire story's date line dates its claims when the file gives no date: a claim of 1990 or
1978 is filed in the war of its decade, named as the state was then, not in a listed war that
began decades later."""

from __future__ import annotations


def _claims(parse, text: str) -> list[tuple[str, str, str, str, str | None]]:
    out = parse(text)
    names = {t.id: t.name for t in out.theatres}
    return [
        (s.power, s.relation, s.party, names.get(s.theatre, s.theatre), s.evidence[0].date)
        for s in out.stances
    ]


def test_a_claim_under_a_dated_wire_line_is_in_the_war_of_its_decade(parse):
    text = (
        "NAIROBI, March 3, 1990 - Ethiopia is arming the SPLA rebels fighting the government in"
        " southern Sudan, Sudanese officials said on Saturday. Libya supplies the Khartoum"
        " government with aircraft and fuel."
    )
    got = _claims(parse, text)
    assert got, got
    assert {war for *_rest, war, _d in got} == {"Sudan (1990s)"}, got
    assert all(date is not None and date.startswith("1990") for *_rest, date in got), got
    assert ("Libya", "supplies", "Sudanese government") in {c[:3] for c in got}, got


def test_a_state_of_another_name_then_names_the_war(parse):
    text = (
        "KINSHASA, April 12, 1978 - Moroccan troops flown into Zaire by French transport planes"
        " went into action on Wednesday against the Katangan rebels who invaded Shaba province"
        " last month, officials said. The rebels crossed from Angola and seized several mining"
        " towns before the Moroccan force arrived to help President Mobutu."
    )
    got = _claims(parse, text)
    assert got, got
    assert all(war == "Zaire (1970s)" for *_rest, war, _d in got), got


def test_a_date_given_by_the_file_still_wins(parse):
    text = (
        "NAIROBI, March 3, 1990 - Ethiopia is arming the SPLA rebels fighting the government in"
        " southern Sudan, Sudanese officials said on Saturday."
    )
    got = _claims(parse, text)
    given = _claims_published(parse, text, "2024-05-01")
    assert got and given
    assert all(date is not None and date.startswith("2024") for *_rest, date in given), given


def _claims_published(parse, text: str, published: str):
    out = parse(text, published)
    return [(s.power, s.relation, s.party, s.theatre, s.evidence[0].date) for s in out.stances]
