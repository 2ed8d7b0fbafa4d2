"""Places, thirty-first pass: what the ninth fresh batch (``places_fresh9``) showed, each as a
rule of its kind. A demonym before "state of X" (or after "X, a") says X's country. On the real
gazetteer and the real spaCy model, with other sentences than the batch's stories.
"""

from __future__ import annotations

from tests.places_reading import read


def test_a_demonym_before_the_unit_word_says_the_units_country(geoparsing):
    gp = geoparsing[0]
    # another country named first, whose own unit of the name would otherwise win
    text = "Venezuela's Amazon towns are dark; the Colombian department of Amazonas is dry."
    tops = read(gp, text)
    assert tops["Amazonas"] == [("region", "CO", None)], tops
    text = "Bolivia's lowlands flooded; the Argentine province of Santa Cruz was spared."
    tops = read(gp, text)
    assert tops["Santa Cruz"] == [("region", "AR", None)], tops
    # after the name: "X, a Colombian department"
    text = "Venezuela's Amazon towns are dark, and Amazonas, a Colombian department, is dry."
    tops = read(gp, text)
    assert tops["Amazonas"] == [("region", "CO", None)], tops
