"""A listed conflict's words name it only where they name its ground: a word inside a place
read in another country ("Niger" of "the Niger Delta", Nigeria's) or a region shared by many
wars ("the North Caucasus", "the Red Sea") shows no listed conflict. An LGL story of South
Ossetia's volunteers from the North Caucasus had been shown as the Nagorno-Karabakh war."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "not_war"),
    [
        (
            "Militants in the Niger Delta blew up an oil pipeline near Port Harcourt on "
            "Tuesday, the Nigerian army said.",
            "sahel",
        ),
        (
            "Police in Dagestan killed three militants on Sunday. The fighting is the latest "
            "violence to plague the North Caucasus, where insurgents attack police.",
            "nagorno-karabakh",
        ),
        (
            "Georgia accused Russia of sending volunteer fighters from the North Caucasus "
            "to South Ossetia, where the fighting killed dozens in 2008.",
            "nagorno-karabakh",
        ),
        (
            "A ferry sank in the Red Sea off the Egyptian port of Safaga in 2006, killing "
            "more than 1,000 people.",
            "yemen",
        ),
        (
            "Gunmen attacked an army post near Brazzaville in the Republic of the Congo on "
            "Friday, killing two soldiers.",
            "drc",
        ),
    ],
)
def test_a_word_of_another_ground_shows_no_listed_conflict(parse, text, not_war) -> None:
    assert not_war not in {t.id for t in parse(text).theatres}


@pytest.mark.parametrize(
    ("text", "war"),
    [
        ("Militants attacked an army convoy near Niamey in Niger on Monday.", "sahel"),
        ("Houthi rebels fired missiles at a cargo ship in the Red Sea on Friday.", "yemen"),
        (
            "Armenian and Azerbaijani troops clashed near Stepanakert in Nagorno-Karabakh "
            "on Sunday.",
            "nagorno-karabakh",
        ),
        ("Militias fought government troops in Benghazi, in eastern Libya, on Monday.", "libya"),
        ("M23 rebels attacked an army post near Goma in Congo on Friday.", "drc"),
    ],
)
def test_a_conflicts_own_ground_still_shows_it(parse, text, war) -> None:
    assert war in {t.id for t in parse(text).theatres}
