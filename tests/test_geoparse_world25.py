"""Places, twenty-fifth pass: what the fifth fresh batch showed. A name tied to a country by its
possessive, or a unit's name tied to one by a comma, is read in that country; a name after a
verb of naming is a nickname, not a town; a French article elided before a capital goes on a
name; the Philippines' two largest islands are places of their own. On the real gazetteer and
the real spaCy model, with other sentences than the ``places_fresh5`` batch's stories."""

from __future__ import annotations

from tests.places_reading import read


def test_a_unit_tied_to_a_named_country_is_read_there(geoparsing):
    gp = geoparsing[0]
    # Ghana's regions are "Northern" and "Central" in GeoNames; Uganda's and Malawi's are
    # "Northern Region" and "Central Region"
    tops = read(gp, "Malaria cases rose in Ghana's Northern Region last year.")
    assert tops["Northern Region"][0][:2] == ("region", "GH"), tops
    tops = read(gp, "Teachers in Cape Coast, Ghana's Central Region, went on strike.")
    assert tops["Central Region"][0][:2] == ("region", "GH"), tops
    # a region GeoNames lacks: left unplaced, not Savannah, Georgia
    tops = read(gp, "A clinic opened in Damongo, capital of Ghana's Savannah Region.")
    assert all(r[1] != "US" for r in tops.get("Savannah", [])), tops
    # a state's name before a county stays the state's; a territory stays itself
    tops = read(gp, "Police in Georgia's Fulton County said the road was closed.")
    assert tops["Fulton County"][0][1:] == ("US", "Georgia"), tops
    tops = read(gp, "Voters in Denmark's Greenland went to the polls.")
    assert tops["Greenland"][0][1] == "GL", tops


def test_a_name_after_a_verb_of_naming_is_a_nickname(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "The storm, dubbed Hercules by forecasters, reached Boston.")
    assert "Hercules" not in tops, tops
    tops = read(gp, "A yacht nicknamed 'Salinas' docked at Monterey.")
    assert "Salinas" not in tops, tops
    # the town itself, named as a town
    tops = read(gp, "The family moved to Hercules, California, last year.")
    assert tops["Hercules"][0][1] == "US", tops


def test_a_french_article_elided_before_a_capital_goes_on_the_name(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Cocoa farmers in Côte d'Ivoire want higher prices.")
    assert tops["Côte d'Ivoire"] == [("country", "CI", None)], tops
    # with a typographic apostrophe spaCy calls "Côte" a person; the name is the country still
    tops = read(gp, "Traders crossed into Côte d\u2019Ivoire at dawn.")
    assert tops["Côte d\u2019Ivoire"] == [("country", "CI", None)], tops


def test_the_philippines_largest_islands(geoparsing):
    gp = geoparsing[0]
    # no Mandaon of Masbate by its letters' skeleton, no Luzon village of 3,000
    tops = read(gp, "Typhoons cross Luzon every year; the army patrols Mindanao.")
    assert tops["Luzon"][0][:2] == ("area", "PH"), tops
    assert tops["Mindanao"][0][:2] == ("area", "PH"), tops


def test_a_name_listed_beside_a_town_of_its_state(geoparsing):
    gp = geoparsing[0]
    # spaCy calls "Kalgoorlie" a person; listed beside Perth, a town of the same state
    tops = read(gp, "Miners flew from Perth and Kalgoorlie to the coast.")
    assert tops["Kalgoorlie"] == [("city", "AU", "Western Australia")], tops
    # a given name listed beside a town stays a person's
    tops = read(gp, "Perth and Jackson met in Memphis.")
    assert "Jackson" not in tops, tops


def test_a_township_in_a_state_the_text_names(geoparsing):
    gp = geoparsing[0]
    # no Lincoln of Michigan in the gazetteer: no reading, not Nebraska's capital
    tops = read(gp, "Voters in Lincoln Township, Michigan, chose a new supervisor.")
    assert tops["Lincoln Township"] == [(None, None, None)], tops
    assert tops["Michigan"] == [("region", "US", None)], tops
    # a township of the state named stays its town
    tops = read(gp, "Police in Washington Township said. It lies in Gloucester County, New Jersey.")
    assert tops["Washington Township"][0][1:] == ("US", "New Jersey"), tops


def test_spanish_communities_by_their_spanish_names(geoparsing):
    gp = geoparsing[0]
    # no León of Nicaragua
    tops = read(gp, "Wildfires in Castilla-La Mancha and Castilla y León forced evacuations.")
    assert tops["Castilla y León"] == [("region", "ES", None)], tops
    assert tops["Castilla-La Mancha"][0][:2] == ("region", "ES"), tops


def test_australian_councils(geoparsing):
    gp = geoparsing[0]
    # a council's word after the name: its local government area, not a namesake town
    tops = read(gp, "Cassowary Coast Regional Council elected a new mayor.")
    assert tops["Cassowary Coast"][0][:2] == ("region", "AU"), tops
    tops = read(gp, "Lachlan Shire Council approved a new pool.")
    assert tops["Lachlan"] == [("region", "AU", "New South Wales")], tops
    # "the City of X" in a country the text names; alone, no reading (not Logan, Utah)
    tops = read(gp, "Storms in Queensland closed roads across the City of Logan.")
    assert tops["Logan"] == [("region", "AU", "Queensland")], tops
    tops = read(gp, "Floods closed roads across the City of Logan.")
    assert tops == {"City of Logan": [(None, None, None)]}, tops
    # "Regional" alone is a hospital's word, not a council's: no district of France
    tops = read(gp, "A man of Paris, Texas, was taken to Paris Regional Medical Center.")
    assert all(r[1] == "US" for r in tops["Paris"]), tops
