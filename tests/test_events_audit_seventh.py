"""The events audit's eighth pass, on wordings of real news: a count of years' operations is
history summed up, a plan that came to nothing is no event, and two reports that their own
paragraphs put in two countries are two events."""

from __future__ import annotations

import pytest

from tests.events_reading import reader


@pytest.fixture(scope="module")
def read(geoparsing):
    """Text -> its extraction, as an ingest reads a file."""
    return reader(geoparsing, "2020-11-20")


def _labels(read, text: str) -> list[str]:
    return [e.label for e in read(text).events]


def _events(read, text: str, etype: str):
    return [e for e in read(text).events if e.type == etype]


# --- one operation is not another ---------------------------------------------------------------


def test_a_count_of_operations_since_a_year_is_history(read):
    got = _events(
        read,
        "With the Kremlin's consent, Turkey has conducted three military interventions against"
        " the Syrian Kurds since 2016.",
        "incursion",
    )
    assert got == []  # before: "Incursion: Turkey into People's Protection Units (YPG)"


def test_a_count_of_todays_attacks_is_still_news(read):
    got = _events(read, "Two bombs exploded in central Baghdad on Monday, killing 12 people.", "bombing")
    assert got and got[0].place_id is not None


def test_the_offensive_is_not_the_summed_up_interventions_before_it(read):
    labels = _labels(
        read,
        "Turkey has conducted three military interventions against the Syrian Kurds since"
        " 2016.\n\nIn the last rebel bastion, Idlib, Erdogan and Putin disagree. While Putin"
        " supports the recapture of the province by Assad, Erdogan braces himself against the"
        " offensive.",
    )
    # before: "Incursion: Turkey in Idlib", Turkey's interventions joined with Assad's offensive
    assert "Incursion in Idlib" in labels
    assert not any(label.startswith("Incursion: Turkey") for label in labels)


def test_a_plan_that_came_to_nothing_is_no_event(read):
    got = _events(
        read,
        "Nothing came of Turkish troop deployment to monitor the ceasefire: Moscow only allowed"
        " Turkey to station a few officers in a joint command center.",
        "deployment",
    )
    assert got == []  # before: "Deployment: Turkey"


def test_talks_that_came_to_nothing_were_held(read):
    got = _events(
        read, "Nothing came of the talks between Armenia and Azerbaijan in Moscow.", "meeting"
    )
    assert got


def test_reports_placed_in_two_countries_by_their_paragraphs_stay_apart(read):
    text = (
        "Idlib is the last rebel stronghold in Syria. Turkey's offensive there began in the"
        " spring.\n\nArmenia and Azerbaijan fought over the Nagorno-Karabakh region. Turkey"
        " deployed troops to monitor the truce."
    )
    labels = _labels(read, text)
    # before: the deployment was joined to the offensive in Idlib (one actor, 120 characters)
    assert "Incursion: Turkey in Idlib" in labels
    assert "Deployment: Turkey in Nagorno-Karabakh" in labels


def test_reports_of_one_paragraphs_country_still_join(read):
    text = (
        "Turkish troops entered Idlib on Monday.\n\nThe offensive in Idlib province killed"
        " dozens of fighters, Turkey said."
    )
    got = _events(read, text, "incursion")
    assert len(got) == 1
