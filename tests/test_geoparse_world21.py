"""Places, twenty-first pass: names reviewers found wrong. A place's name at the head of a
person's full name ("Aung San Suu Kyi"), a village abroad reached only by another of its names
against the text's country ("the Bagram air base in Afghanistan"), a town after "the port of"
("The port of Mariupol fell"), Nigeria's "Niger State". On the real gazetteer and the real spaCy
model, with other sentences than the stories the reviewers read."""

from __future__ import annotations


def read(gp, text: str) -> dict[str, list[str | None]]:
    """Each name's countries, in order: None where unplaced."""
    out: dict[str, list[str | None]] = {}
    for t in gp.parse(text, include_demonyms=False):
        out.setdefault(t.name, []).append(t.candidate.country if t.candidate else None)
    return out


def test_a_place_at_the_head_of_a_persons_full_name(geoparsing):
    gp = geoparsing[0]
    # spaCy calls the whole an organisation; "Suu Kyi" is a person in the next sentence
    tops = read(
        gp,
        "Supporters of Aung San Suu Kyi rallied in Yangon on Sunday. "
        "Suu Kyi has been held since February.",
    )
    assert "Aung San" not in tops and tops["Yangon"] == ["MM"]
    # spaCy's person "Aung San", cut short before the rest of her name
    tops = read(gp, "Opposition leader Aung San Suu Kyi spoke in Yangon.")
    assert "Aung San" not in tops and tops["Yangon"] == ["MM"]
    # a town's officer is no person's full name: the town stays
    tops = read(
        gp, "Monroe Mayor Robert Routson said the bridge would reopen. Routson spoke on Monday."
    )
    assert tops.get("Monroe") == ["US"]


def test_a_village_abroad_by_another_name_against_the_texts_country(geoparsing):
    gp = geoparsing[0]
    # GeoNames gives "Bagram" only as another name of Bahram, a village of Iran
    tops = read(
        gp, "The last US troops left the Bagram air base in Afghanistan in July, officials said."
    )
    assert tops["Afghanistan"] == ["AF"]
    assert all(c != "IR" for c in tops.get("Bagram", []))
    tops = read(gp, "US troops left the Bagram air base north of Kabul in July.")
    assert tops["Kabul"] == ["AF"] and all(c != "IR" for c in tops.get("Bagram", []))
    # a district of Baghdad the gazetteer lacks stays unplaced, not Israel's village
    tops = read(gp, "A bomb exploded in Baghdad's Shaab district on Monday, Iraqi police said.")
    assert tops["Baghdad"] == ["IQ"] and all(c != "IL" for c in tops.get("Shaab", []))


def test_a_town_after_the_port_of(geoparsing):
    gp = geoparsing[0]
    # spaCy calls "Mariupol" an organisation here
    assert read(gp, "The port of Mariupol fell to Russian forces in May.") == {"Mariupol": ["UA"]}
    assert read(gp, "Ships left the port of Odesa on Monday.") == {"Odesa": ["UA"]}
    # a name of its own
    assert read(gp, "The Port of Spain talks ended on Friday.") == {"Port of Spain": ["TT"]}


def test_niger_state_is_nigerias(geoparsing):
    gp = geoparsing[0]
    tops = read(gp, "Gunmen abducted 20 villagers in Rafi local government area of Niger State.")
    assert tops["Niger State"] == ["NG"]
    assert "Niger" not in tops
