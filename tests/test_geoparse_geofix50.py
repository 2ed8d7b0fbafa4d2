"""Branch geofix50: two kinds of a town read on the wrong continent (review70's stories), each
with stories of other senses (benchmarks/data/geofix50/sentences.txt), in
explorer/geoparse/told_apart.py:

- a town called the home of a country's own force is that country's town of the name ("Lima,
  home of the U.S. Army's only tank plant": Ohio, not Peru), unless the force serves abroad (a
  command, a fleet, a land abroad named: Stuttgart, Naples stay);
- a town in a country named only as the one who installed or backs something is its far
  bigger namesake abroad ("The Donetsk administration installed by Moscow": Ukraine's city).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main b81886ce."""

from __future__ import annotations

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


def test_a_town_called_the_home_of_its_own_country_s_force_is_that_country_s(geoparsing):
    _read(
        geoparsing,
        [
            # the cases (review70's f1, f2, f4, f5, f6; geofix50's h4)
            (
                "Lima, home of the U.S. Army's only tank plant, will build 50 more tanks.",
                "Lima",
                ["US.OH"],
            ),
            (
                "Panama City, home of the U.S. Navy's diving school, braced for the storm.",
                "Panama City",
                ["US.FL"],
            ),
            (
                "Dublin, home of the U.S. Army's Parks Reserve Forces Training Area, grew.",
                "Dublin",
                ["US"],
            ),
            (
                "Athens, home of the U.S. Navy Supply Corps School until 2011, lost 500 jobs.",
                "Athens",
                ["US"],
            ),
            (
                "Salisbury, home of Britain's Army headquarters, hosted the ceremony.",
                "Salisbury",
                ["GB"],
            ),
            (
                "Kingston, home of Canada's army signals school, hosted the graduation.",
                "Kingston",
                ["CA"],
            ),
            # other senses: a force serving abroad, a land abroad named, the town's own country
            ("Naples, home of the U.S. Navy's Sixth Fleet, hosted the admiral.", "Naples", ["IT"]),
            ("Stuttgart, headquarters of U.S. Africa Command, hosted talks.", "Stuttgart", ["DE"]),
            ("Naples, home of U.S. Naval Forces Europe, hosted the admiral.", "Naples", ["IT"]),
            (
                "Paris, home of the U.S. Army's headquarters in Europe in the 1950s, recalled it.",
                "Paris",
                ["FR"],
            ),
            (
                "Berlin, home of the U.S. Army's Berlin Brigade until 1994, marked the day.",
                "Berlin",
                ["DE", "DE"],
            ),
            (
                "Rota, home of the U.S. Navy's destroyers in Spain, welcomed a fifth ship.",
                "Rota",
                ["ES"],
            ),
            ("Lima, home of Peru's army command, declared a state of emergency.", "Lima", ["PE"]),
            (
                "Lima, Peru's capital, home of its army's headquarters, was calm on Sunday.",
                "Lima",
                ["PE"],
            ),
            ("Lima, home of the U.S. Embassy's new annex, hosted the talks.", "Lima", ["PE"]),
            (
                "Dublin, home of Ireland's Defence Forces headquarters, hosted the ceremony.",
                "Dublin",
                ["IE"],
            ),
            (
                "Athens, Georgia, home of the U.S. Navy Supply Corps School, lost 500 jobs.",
                "Athens",
                ["US.GA"],
            ),
        ],
    )


def test_a_town_beside_a_state_named_only_as_who_installed_it_is_not_read_there(geoparsing):
    _read(
        geoparsing,
        [
            # the cases (review70's a1; geofix50's d3 and a Moscow-backed administration)
            (
                "The Donetsk administration installed by Moscow said shelling killed three people.",
                "Donetsk",
                ["UA"],
            ),
            (
                "Officials of the Moscow-installed administration in Donetsk said it killed three.",
                "Donetsk",
                ["UA"],
            ),
            (
                "Moscow-backed separatists in Donetsk said shelling killed three people.",
                "Donetsk",
                ["UA"],
            ),
            # other senses: the town's region in the agent's country named, a town of the agent's
            (
                "Floods hit Donetsk in Russia's Rostov region, the regional governor said.",
                "Donetsk",
                ["RU"],
            ),
            (
                "Moscow-backed officials in Donetsk in Russia's Rostov region said floods hit.",
                "Donetsk",
                ["RU"],
            ),
            (
                "Moscow-backed volunteers in Kursk said Ukrainian drones hit the town.",
                "Kursk",
                ["RU"],
            ),
            ("A Tehran-backed militia in Kirkuk said it shot down a drone.", "Kirkuk", ["IQ"]),
            (
                "The Moscow-backed authorities in Tiraspol said Russian troops would stay.",
                "Tiraspol",
                ["MD"],
            ),
        ],
    )
