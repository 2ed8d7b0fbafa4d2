"""Branch geoq45's place rules, with sentences of other senses of their triggers, on the real
gazetteer, the real spaCy model and stories of benchmarks/data/places_fresh23."""

from __future__ import annotations

from tests.test_geoparse_geoq41 import _story as _fresh_story
from tests.test_geoparse_world import countries as readings


def _story(name: str) -> str:
    """A story of places_fresh23, by its file's name."""
    return _fresh_story(name, "places_fresh23")


def test_a_countrys_name_before_a_landforms_word_is_the_landform(geoparsing):
    gp = geoparsing[0]
    # the JTA tag page: "annex the Jordan Valley", the West Bank's eastern strip (three times
    # Jordan, the country, before the rule); the gazetteer holds no Jordan Valley: unplaced
    story = gp.parse(_story("ps-azjewishpost-jordanvalley"))
    assert readings(story, "Jordan") == []
    assert readings(story, "Jordan Valley") == [None] * 3
    # Arab News: five mentions of the valley, and the country once by its own name
    story = gp.parse(_story("ps-arabnews-farmers"))
    assert readings(story, "Jordan Valley") == [None] * 5
    assert readings(story, "Jordan") == ["JO"]
    found = gp.parse("Floods hit the Sudan Plateau and the Kenya Rift Valley this week.")
    assert readings(found, "Sudan") == [] and readings(found, "Kenya") == []
    assert readings(found, "Sudan Plateau") == [None]
    found = gp.parse("Settlers moved into the Jordan Rift Valley last year.")
    assert readings(found, "Jordan Rift Valley") == [None]
    # the text names a town of the country: the valley's side in it ("the Congo Basin" stays
    # the country's, as before: a basin is not one of the rule's words)
    assert readings(gp.parse("Jordan Valley farmers protested in Amman."), "Jordan") == ["JO"]
    assert readings(gp.parse("Logging in the Congo Basin displaced thousands."), "Congo") == ["CD"]
    # other senses: the word starts another name, or a stop, a comma, a hyphen comes between
    for text, name, country in (
        ("In 1993 Washington sent to Somalia Delta Force commandos.", "Somalia", "SO"),
        ("Passengers flying to Ghana Delta Air Lines booked were delayed.", "Ghana", "GH"),
        ("Heavy rain fell across Kenya. Valley towns were flooded.", "Kenya", "KE"),
        ("The talks in Sudan basin-wide water plans were on the table.", "Sudan", "SD"),
        ("Investors in Egypt Delta Petroleum shares met in Cairo.", "Egypt", "EG"),
        ("Protesters marched across Peru. Highlands villages sent buses.", "Peru", "PE"),
    ):
        assert readings(gp.parse(text), name) == [country], text


def test_a_nameless_hamlet_abroad_far_from_the_texts_regions_is_no_reading(geoparsing):
    gp = geoparsing[0]
    # the Taiwanese blog's roundup of Pingtung County: "1. Majia Township" is no Majia of
    # Shaanxi, a village of no known population 1,790 km off (China before the rule)
    story = gp.parse(_story("tw-acidolphilus-pingtung"))
    assert readings(story, "Majia Township") == [None]
    assert readings(story, "Pingtung County") == ["TW"]
    # other senses: the text names the hamlet's country, its people, or a region beside it
    for text, name, country in (
        ("Police in Lancashire traced the van to Falfield, England, on Monday.", "Falfield", "GB"),
        ("A Texas rancher bought a British farm near Waverton last year.", "Waverton", "GB"),
    ):
        assert readings(gp.parse(text), name) == [country], text


def test_a_name_written_with_its_nguni_prefix_is_the_place(geoparsing):
    gp = geoparsing[0]
    # INK's tag page: "the unfolding crisis in eSwatini" (never found before the rule)
    story = gp.parse(_story("sz-inkjournalism-eswatini"))
    assert readings(story, "eSwatini") == ["SZ"]
    assert readings(gp.parse("Floods cut water to homes in eThekwini."), "eThekwini") == ["ZA"]
    # other senses: brands, units, currencies and terms written the same way are no places
    for text in (
        "She sold her iPhone on eBay and bought music on iTunes.",
        "The pH of the lake fell while power cost 30 cents per kWh.",
        "Apple updated iOS and macOS for the iPad this week.",
        "Pirates shared films through uTorrent and eMule.",
    ):
        assert gp.parse(text) == [], text
    found = gp.parse("Nigeria launched the eNaira to cut the cost of payments.")
    assert [t.name for t in found] == ["Nigeria"]
