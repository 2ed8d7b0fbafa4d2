"""uxlook22: events that shared their title told apart from their own fields only. An event
placed at a whole country says the one finer place its own sentence names in that country
("Fighting: gangs in Peru (Cusco, in its sentence)"), never a place opening another
thing's name, one something came from or a dateline's; a bare event read over all its excerpts
where its first names nothing. Each title is the same built alone or with the project's other
events. The stories are written here (but one batch article, read whole); the real spaCy
pipeline, geoparser and gazetteer read them."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from explorer.items import build_items
from explorer.model import Analysis
from explorer.pipeline import analyse_sources

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"


def _analysis(tmp_path: Path, stories: dict[str, str]) -> Analysis:
    for name, text in stories.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return analyse_sources([tmp_path])


def _names(analysis: Analysis) -> dict[str, str]:
    return {i.id: i.name for i in build_items(analysis).items if i.kind == "event"}


def _each_alone(analysis: Analysis) -> dict[str, str]:
    """Each event's item name built with no other event in the project."""
    return {
        e.id: _names(dataclasses.replace(analysis, events=[e], event_titles=None))[e.id]
        for e in analysis.events
    }


def test_an_event_in_a_country_says_the_finer_place_its_sentence_names(tmp_path):
    analysis = _analysis(
        tmp_path,
        {
            "a.txt": "Riot in a jail\n\nA riot left 20 dead in a prison in Cusco, in southern "
            "Peru, where rival gangs fought for control.\n",
            "b.txt": "Blast at a checkpoint\n\nA suicide bomber struck a checkpoint of the "
            "Somali army north of Mogadishu on Monday, killing nine soldiers, police said.\n",
            # other senses: a place opening another thing's name, one a statement came from
            "c.txt": "Unrest\n\nPolice fired on protesters in Kenya; the Nairobi Stock Exchange "
            "fell two percent.\n",
            "d.txt": "Bus attacked\n\nGunmen attacked a bus in Nigeria carrying fans of Kano "
            "Pillars, a football club.\n",
            "e.txt": "Clashes\n\nFighting broke out in Colombia, the army said in a statement "
            "issued from Bogota.\n",
            # a dateline in title case, with its agency
            "f.txt": "Rallies\n\nLima (AP) - Police clashed with protesters across Peru on "
            "Monday.\n",
        },
    )
    names = set(_names(analysis).values())
    assert "Fighting: gangs in Peru (Cusco, in its sentence)" in names, names
    assert "Bombing: suicide bomber in Somalia (Mogadishu, in its sentence)" in names, names
    for town in ("Nairobi", "Kano", "Bogota", "Lima"):
        assert not any(town in n for n in names), (town, names)
    assert _each_alone(analysis) == _names(analysis)


def test_a_bare_event_says_what_all_its_excerpts_name(tmp_path):
    analysis = _analysis(
        tmp_path,
        {"a.txt": "Soldiers attacked\n\nCurfew on Kaduna/Zaria; soldiers attacked in the north.\n"},
    )
    assert "Attack: soldiers (places in Nigeria, in its sentence)" in _names(analysis).values()
    # an article of the batches: its first excerpt names only a people, its second a town
    article = "wedding-wochabakhta-brecorder.txt"
    (tmp_path / "a.txt").unlink()
    shutil.copy(DATA / "events_fresh20" / "docs" / article, tmp_path / article)
    analysis = analyse_sources([tmp_path])
    names = _names(analysis)
    assert "Attack: troops (Kandahar, in its sentence)" in names.values(), names
    assert _each_alone(analysis) == names
