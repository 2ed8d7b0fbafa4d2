"""A conflict area shown with no stance in it (its places named twice in a sentence) needs a
sentence that speaks of fighting, and a war that has ended needs its years: an election in
Kabul is no conflict, and no story of this century puts the Soviet-Afghan War on the map."""

from __future__ import annotations

import pytest

from explorer.pipeline import analyse_sources

ARTICLES = {
    "vote": "Afghans vote for a new parliament\n\nKABUL, Afghanistan - Afghans queued at polling"
    " stations across Kabul and Kandahar on Saturday to elect a new parliament, officials in"
    " Afghanistan said.\n",
    "attack": "Checkpoint attacked in Kandahar\n\nKANDAHAR, Afghanistan - Gunmen attacked a police"
    " checkpoint outside Kandahar on Sunday, killing three Afghan soldiers, officials said.\n",
    "history": "Veterans recall the war\n\nIn 1986 Soviet troops fought mujahideen in the hills"
    " around Kandahar, Afghanistan, veterans recalled.\n",
    "resign": "Lebanese premier quits\n\nBEIRUT, Lebanon - Lebanon's prime minister resigned on"
    " Wednesday after a dispute over the budget, Lebanese state media said.\n",
    "dated": "December 19, 2016\n\nRussian troops to train Afghan army\n\nMOSCOW - Russian troops"
    " will train Afghan army officers in Kabul, Afghanistan, next year, the defence ministry"
    " said.\n",
}


@pytest.fixture(scope="module")
def theatres(tmp_path_factory):
    folder = tmp_path_factory.mktemp("theatres")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    analysis = analyse_sources([folder])
    return {t.id: {e.doc.removesuffix(".txt") for e in t.evidence} for t in analysis.theatres}


def test_a_vote_or_a_resignation_is_no_conflict(theatres) -> None:
    assert "vote" not in theatres.get("afghanistan", set())
    assert "lebanon" not in theatres


def test_fighting_shows_the_conflict(theatres) -> None:
    assert {"attack", "dated"} <= theatres["afghanistan"]


def test_a_past_war_only_in_its_years(theatres) -> None:
    # the 1986 fighting is the Soviet-Afghan War; an attack of no date and a 2016 story are not
    assert theatres["soviet-afghan-war"] == {"history"}
