"""A town's name that opens a sentence as a verb, and a town's name the text introduces as a
person by a role set off with commas, on the real gazetteer and the real spaCy model (stories
of benchmarks/data/lead52/senses.txt and a retold football story)."""

from __future__ import annotations

from tests.test_geoparse_world import countries as readings


def test_a_verb_opening_a_headline_before_an_article_is_no_town(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Hit the beach, Marines - but mind the sunbathers\n\n"
        "Fifty years ago American marines landed near Beirut, and the Lebanese crisis ended "
        "without a battle. Iran and Iraq were far from the minds of the planners."
    )
    assert readings(found, "Hit") == []
    assert readings(found, "Beirut") == ["LB"]
    found = gp.parse("Split the difference, the mediator told the two delegations in Geneva.")
    assert readings(found, "Split") == []
    assert readings(found, "Geneva") == ["CH"]


def test_a_town_opening_its_sentence_before_its_verb_or_named_again_stays(geoparsing):
    gp = geoparsing[0]
    found = gp.parse("Split is Croatia's second city, and its harbour was full of ferries.")
    assert readings(found, "Split") == ["HR"]
    found = gp.parse(
        "Gao the target of a new raid, army says\n"
        "Militants attacked Gao on Monday, the army of Mali said."
    )
    assert readings(found, "Gao") == ["ML", "ML"]


def test_a_name_set_off_after_a_person_s_role_is_the_person_at_every_mention(geoparsing):
    gp = geoparsing[0]
    found = gp.parse(
        "Lansing: fans have a role to play\n\n"
        "A decision on the club's new stadium at the edge of Bristol is due in November. "
        "The club's chairman, Lansing, told its website the fans had been loyal. "
        '"We believe this scheme will benefit Bristol," he said.'
    )
    assert readings(found, "Lansing") == []
    assert readings(found, "Bristol") == ["GB", "GB"]
    # a place the text writes after a word of place stays one
    found = gp.parse(
        "The club's manager, Preston, said the squad was tired. "
        "The team travels to Preston next weekend for the cup tie in England."
    )
    assert readings(found, "Preston") == ["GB"]
    # an owner may be a state: no person
    found = gp.parse("The club's owner, Qatar, has spent heavily, fans in Paris said.")
    assert readings(found, "Qatar") == ["QA"]
