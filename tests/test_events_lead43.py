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
