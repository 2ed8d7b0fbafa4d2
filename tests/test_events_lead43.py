"""The lead's mends of stop 43: a title's narrower type tells what its lede's killing was."""

from __future__ import annotations

from tests.events_reading import reader


def test_a_titles_bombing_is_its_ledes_killing(geoparsing) -> None:
    read = reader(geoparsing, "2010-09-28")
    text = (
        "Eastern Afghan official killed by car bomb on his way to work\n\n"
        "A suicide car bomber killed the deputy governor of a volatile eastern province on"
        " Tuesday, along with five other people, police said.\n"
    )
    assert [e.type for e in read(text).events] == ["bombing"]  # one act, told twice
    # a title's "attack" does not make its lede's bombing an attack, nor join another type
    text = (
        "Gunmen attack minister's convoy\n\n"
        "Gunmen fired on the convoy of the interior minister on Tuesday, police said.\n"
    )
    assert "attack" in [e.type for e in read(text).events]
    # a title's kidnapping is an act of its own kind: its lede's raid stays an attack
    text = (
        "Rhodesians raid Zambia; attempt to kidnap Nkomo fails\n\n"
        "LUSAKA, Zambia - Rhodesian commandos attacked the home of the guerrilla leader Joshua"
        " Nkomo before dawn yesterday.\n"
    )
    assert "attack" in [e.type for e in read(text).events]
