"""Branch review71: geofix51's rules read against stories of other senses, narrowed as kinds:

- an agency's letters heading a line are the agency unless they spell a town of a land the
  story names that is not the agency's own ("MENA - Ukrainian border guards": Mena, Ukraine;
  told_apart.agency_heading_abroad);
- visitors from a region who reach a town of it named beside another place of that region
  travelled inside it: the town stays there (told_apart._placed_inside).

The real spaCy pipeline, geoparser and gazetteer; every test fails on main bb245715."""

from __future__ import annotations

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


def test_an_agency_s_letters_spelling_a_town_of_another_land_s_story_are_the_town(geoparsing):
    _read(
        geoparsing,
        [
            (
                "MENA - Ukrainian border guards said Russian drones struck the town overnight,"
                " the Chernihiv regional governor said.",
                "MENA",
                ["UA"],
            ),
            # other senses: the agency's own land's town, no town of the story's land, brackets
            (
                "PETRA - Jordanian border guards shot two smugglers near the Syrian frontier, the"
                " army said.",
                "PETRA",
                [],
            ),
            ("SABA - Yemeni officials said on Sunday that the talks would resume.", "SABA", []),
            ("SANAA (Saba) - Houthi forces said they shelled positions near Marib.", "Saba", []),
            ("MENA - Egyptian officials in Cairo said the crossing would reopen.", "MENA", []),
            (
                "SPA - Saudi officials met Belgian ministers in Riyadh on the arms deal.",
                "SPA",
                [],
            ),
            ("KYIV - Russian missiles struck the capital overnight.", "KYIV", ["UA"]),
        ],
    )


def test_visitors_from_a_region_to_its_town_beside_its_other_places_stay_inside(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Tourists from Texas filled Paris for the weekend festival, 100 miles northeast"
                " of Dallas.",
                "Paris",
                ["US"],
            ),
            (
                "Visitors from Ontario packed London's fairgrounds, two hours west of Toronto.",
                "London",
                ["CA"],
            ),
            # other senses: nothing else of the region named, the visitors went abroad
            (
                "Visitors from Ontario crowded Trafalgar Square in London on Saturday.",
                "London",
                ["GB"],
            ),
            (
                "Tourists from Ontario queued at Buckingham Palace in London on Sunday.",
                "London",
                ["GB"],
            ),
            ("Tourists from Texas flocked to Paris for the Olympic Games.", "Paris", ["FR"]),
            ("Visitors from Ontario crowded the market in London, Ontario.", "London", ["CA"]),
        ],
    )
