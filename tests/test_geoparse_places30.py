"""Places, thirtieth pass: what the eighth fresh batch (``places_fresh8``) and a reviewer showed,
each as a rule of its kind. A country after a comma that speaks ("Goma, Rwanda said") places
nothing; a neighbourhood's word of the settlement nomenclatures heads a name; a small town of a
country a text that names its countries never names is left unplaced; a long name spaCy cut
short is read whole; two names side by side in no country together are one name; a firm's head
word makes the name after it the firm's; "Latin American" names no US; a state is no namesake
of a town of another state; a capitalised compass word before a state names the state's part.
On the real gazetteer and the real spaCy model, with other sentences than the batch's stories.
"""

from __future__ import annotations

from explorer.geoparse.named_things import NEIGHBOURHOOD_WORDS, neighbourhood_word
from explorer.geoparse.tokens import view
from tests.places_reading import read


def test_a_country_that_speaks_after_a_comma_places_nothing(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Rebels captured Goma, Rwanda said on Tuesday.")
    assert tops["Goma"][0][1] == "CD", tops
    tops = read(gp, "Government troops retook Mosul, Iran's foreign ministry said.")
    assert tops["Mosul"][0][1] == "IQ", tops
    # the country that places the name still does: no Somali Basra, so no reading
    tops = read(gp, "Fighting reached Basra, Somalia near the border.")
    assert tops["Basra"] == [(None, None, None)], tops
    tops = read(gp, "Fighting reached Goma, Congo, on Tuesday.")
    assert tops["Goma"][0][1] == "CD", tops


def test_the_neighbourhood_words_are_the_nomenclatures_kinds(geoparsing):
    gp = geoparsing[0]

    class _F:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    doc = gp.nlp("Soldiers searched Vereda El Salado and Barangay San Roque on Sunday.")
    tv = view(doc)
    assert neighbourhood_word(tv, _F(2, 3)) and neighbourhood_word(tv, _F(6, 7))
    # the kinds that also begin ordinary towns' names are no such word ("Villa Gesell")
    assert not {"villa", "vila", "ejido", "pueblo", "jardim"} & NEIGHBOURHOOD_WORDS


def test_a_small_town_of_a_country_the_text_never_names(geoparsing):
    gp = geoparsing[0]
    # no Bahārak of Afghanistan, a neighbour of Uzbekistan, in a text naming its countries
    text = "Uzbekistan handed the village of Barak to Kyrgyzstan, and its people moved to Osh."
    tops = read(gp, text)
    assert tops["Barak"] == [(None, None, None)] and tops["Osh"][0][1] == "KG", tops


def test_a_long_name_cut_short_is_read_whole(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "The festival will be held in Vila Real de Santo António from June 5th.")
    assert tops == {"Vila Real de Santo António": [("city", "PT", "Faro")]}, tops


def test_names_side_by_side_and_a_firms_head_word(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Students danced at Vista Latina, a festival of Latin culture, in Toronto.")
    assert tops["Vista"] == [(None, None, None)] and tops["Toronto"][0][1] == "CA", tops
    tops = read(gp, "Grupo Espírito Santo's former chief went on trial in Lisbon.")
    assert "Espírito Santo" not in tops and tops["Lisbon"][0][1] == "PT", tops


def test_latin_american_names_no_us(geoparsing):
    gp = geoparsing[0]
    text = "Pupils saw displays of Latin American culture from Mexico and Cuba."
    names = [t.name for t in gp.parse(text, include_demonyms=True)]
    assert names == ["Mexico", "Cuba"], names


def test_a_state_and_its_compass_part(geoparsing):
    gp = geoparsing[0]
    # no Wyoming, Michigan: a town of another state is no namesake the state is named for
    tops = read(gp, "Wyoming: the state's senators voted against the bill.")
    assert tops["Wyoming"] == [("region", "US", None)], tops
    # the state's part, not Washington, D.C.
    tops = read(gp, "Eastern Washington: snow closes roads over the weekend.")
    assert tops["Washington"] == [("region", "US", None)], tops
    # the east of a city in war news, in lower case, stays the city
    tops = read(gp, "Fighting in eastern Aleppo went on.")
    assert tops["Aleppo"][0][:2] == ("city", "SY"), tops
