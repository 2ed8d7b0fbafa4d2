"""Who backs whom: a passing tie the article's own claim turns round is no backing, and a coup
by soldiers in one state is filed in that state, not in a war listed over several; their other
senses read as before.
"""

from __future__ import annotations

from tests.test_stances_news import claims, theatre_of


def test_a_tie_against_the_articles_own_sale_is_left_out(parse):
    ex = parse(
        "Russia sold Armenia tanks and air defence systems worth 200 million dollars. "
        "Armenia is a close ally of Russia.",
        "2016-08-12",
    )
    assert ("Russia", "supplies", "Armenia") in claims(ex)
    assert ("Armenia", "backs", "Russia") not in claims(ex)
    # a tie whose pair's sale is denied or only claimed is kept
    ex = parse(
        "The United States refused to sell fighter jets to Jordan. Jordan is one of the main "
        "American allies in the region.",
        "1992-03-03",
    )
    assert ("United States", "supplies", "Jordan") in claims(ex, negated=True)
    ex = parse(
        "Iran accused the United States of arming Bahrain. Bahrain is a close ally of the "
        "United States.",
        "2019-06-05",
    )
    assert ("Bahrain", "backs", "United States") in claims(ex)


def test_soldiers_who_topple_their_president_are_their_states_coup(parse):
    ex = parse(
        "Rebel soldiers in Mali toppled President Ibrahim Boubacar Keita after weeks of protests.",
        "2020-08-19",
    )
    assert theatre_of(ex, "Rebel soldiers", "Ibrahim Boubacar Keita") == {"Mali"}
    ex = parse(
        "Rebel troops in Azerbaijan ousted President Abulfaz Elchibey after a mutiny in Ganja.",
        "1993-06-19",
    )
    assert theatre_of(ex, "Rebel troops", "Abulfaz Elchibey") == {"Azerbaijan"}
    # fighters of a side who oust, and soldiers who oust an armed group, stay in the war
    ex = parse("Jihadists in Mali ousted Tuareg rebels from the town of Gao.", "2012-06-02")
    assert theatre_of(ex, "jihadist groups", "Tuareg rebels") == {"Sahel insurgency"}
    ex = parse("Azerbaijani soldiers ousted Armenian forces from the town of Shusha.", "2020-11-09")
    assert theatre_of(ex, "Azerbaijan", "Armenia") == {"Nagorno-Karabakh"}
