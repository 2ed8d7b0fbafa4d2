"""Assets of review97: assetsq22's rules narrowed where stories of other senses read worse.
A plan told in the past tense is said where it was drawn up, not where the site stands; a
site "for" a land is drawn up away from it; "attacked" by ministers or newspapers is blame,
no word of force; "War" makes no name only right before a kind's word (an era), not inside a
longer name; a listening station needs more than "cold" or a television's "satellite". The
stories are our own, of other lands and decades; the real pipeline reads them.
"""

from __future__ import annotations

from tests.assets_reading import assets_with_operators as _assets


def test_a_plan_told_in_the_past_is_not_where_the_site_stands(parse):
    for text in (
        "A dam on the Zambezi was planned in London by colonial engineers in the 1950s.",
        "A refinery for Angola was proposed in Washington as part of the aid package.",
        "A hydroelectric dam for Laos was planned in Paris in the 1960s.",
    ):
        got = _assets(parse, text)
        assert not any(
            " in London" in k or " in Washington" in k or " in Paris" in k for k in got
        ), (text, got)
    # a plan still to come stays: the site stands where it is planned
    got = _assets(parse, "A copper smelter is planned in Ilo on Peru's southern coast.")
    assert got.get("copper smelter in Ilo", ("",))[0] == "factory", got


def test_attacked_by_speakers_is_no_force_at_the_verb_s_town(parse):
    got = _assets(
        parse, "In Ottawa, ministers attacked the Indian embassy for its remarks on the trial."
    )
    assert not any("embassy" in k for k in got), got
    got = _assets(
        parse,
        "In Belgrade, thousands of protesters stormed the US embassy and set part of it ablaze.",
    )
    assert got.get("US embassy in Belgrade", ("",))[0] == "embassy", got


def test_war_inside_a_longer_name_stays(parse):
    got = _assets(parse, "Floods closed the Boer War Memorial Bridge in Durban on Tuesday.")
    assert "Boer War Memorial Bridge" in got, got
    got = _assets(parse, "The Cold War radar station above the moor was upgraded for missiles.")
    assert not any(k.startswith("Cold War") for k in got), got


def test_a_listening_booth_is_no_base(parse):
    for text in (
        "The new Cold Spring listening station lets library visitors sample old records.",
        "Fans queued at the Abbey Road listening station beside the satellite television "
        "trucks outside the studio.",
    ):
        got = _assets(parse, text)
        assert not any(v[0] == "base" for v in got.values()), (text, got)
