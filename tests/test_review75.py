"""Branch review75: the other senses of the triggers of geoq44's and geofix53's place rules
(explorer/geoparse/trigger_senses.py), each read on sentences of benchmarks/data/review75
where a rule of e0ba70a9 read them wrong, beside the sense the rule was written for.

The real spaCy pipeline, geoparser and gazetteer; every test fails on main e0ba70a9."""

from __future__ import annotations

from tests.test_geoparse_geofix41 import _read  # each case read as geofix41 reads its own


def test_a_title_s_word_opening_a_firm_s_name_is_no_title(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Duke Energy of North Carolina raised rates for customers in Charlotte.",
                "North Carolina",
                ["US"],
            ),
            # the title's sense: a peer's title and a prince's, then the land visited
            ("Baron Davies of Oldham spoke in London on Tuesday.", "Oldham", []),
            ("The Duke of Edinburgh arrived in Edinburgh for the festival.", "Edinburgh", ["GB"]),
        ],
    )


def test_a_contest_s_winner_or_a_fine_is_a_goal_s_only_beside_a_score(geoparsing):
    _read(
        geoparsing,
        [
            (
                "The marathon winner from Eldoret was greeted at the stadium in Nairobi.",
                "Eldoret",
                ["KE"],
            ),
            (
                "The tech giant faces a penalty from Brussels after the European Commission"
                " found it broke competition rules in the search game.",
                "Brussels",
                ["BE"],
            ),
            ("The prize winner from Mosul scored 98 in the chess league final.", "Mosul", ["IQ"]),
            # the scorer's sense: a score in the story
            (
                "Vasco won the game 1-0 with a late penalty from Luan, before 7,338 fans.",
                "Luan",
                [],
            ),
        ],
    )


def test_animals_of_a_trade_are_no_breed(geoparsing):
    _read(
        geoparsing,
        [
            ("Darfur-Arab cattle raiders attacked a village, the UN said.", "Darfur", ["SD"]),
            # the breed's sense
            ("Turkmenistan celebrated the Akhal-Teke horse on Sunday.", "Akhal", []),
        ],
    )


def test_a_list_closed_by_a_region_is_its_towns_only_where_each_can_be(geoparsing):
    _read(
        geoparsing,
        [
            (
                "Polish dancers performed in Warsaw, Krakow and Chicago, Illinois.",
                "Warsaw",
                ["PL"],
            ),
            (
                "The exhibition travels from Cairo, Alexandria and Memphis, Tennessee.",
                "Alexandria",
                ["EG"],
            ),
            # the rule's sense: every town of the list is the province's
            (
                "Housing prices fell in Richmond, Surrey and Burnaby, British Columbia, the board"
                " said.",
                "Richmond",
                ["CA"],
            ),
        ],
    )


def test_a_dollar_text_naming_a_tax_or_a_place_abroad_keeps_the_world_city(geoparsing):
    _read(
        geoparsing,
        [
            (
                "London residents face higher council tax. London City Council figures show"
                " sales tax revenue in New York reached $40 billion, for comparison, while the"
                " mayor at City Hall on the Thames said London residents pay VAT.",
                "London",
                ["GB", "GB", "GB"],
            ),
            (
                "Rome City Council officials said sales tax revenue from tourism reached $900"
                " million. Rome residents have protested crowds at the Colosseum and the"
                " Vatican.",
                "Rome",
                ["IT", "IT"],
            ),
            # the rule's sense: a town's council and people, its revenue in dollars
            (
                "The Athens City Council approved the budget. Sales tax revenue is up $2"
                " million, and Athens residents in Clarke County, Georgia will see lower fees.",
                "Athens",
                ["US", "US"],
            ),
        ],
    )
