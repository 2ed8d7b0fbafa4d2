"""The text-wide patterns geoparsing searches in every article (a town's offices, a paper's
institutions and style), each tried only where a string or a simpler pattern every match holds
is in the text: the same answers as searching the pattern itself, on real articles and on
sentences that hold each of its alternatives."""

from __future__ import annotations

import re

import pytest

import explorer.geoparse.parser as parser_module
import explorer.geoparse.resolve as resolve_module
from explorer.geoparse.names import Guarded
from tests.articles import seeds_and_eval

GUARDED = {
    "town offices": parser_module._TOWN_OFFICES,
    **{
        f"paper {k}": pattern
        for k, (pattern, _) in enumerate(
            resolve_module._PAPER_WORDS + resolve_module._STYLE_WORDS + resolve_module._WIRE_STYLE
        )
    },
}

# sentences of the kind local and wire news write, each holding one alternative of a pattern
MATCHING = {
    "town offices": [
        "City Administrator John Reed said the budget was balanced.",
        "The Town Clerk's office opens at nine.",
        "Village Manager Ann Cole resigned on Monday.",
        "the city manager said on Friday",
        "Public Works crews cleared the roads overnight.",
        "The aldermen voted 9-4 against the plan.",
        "Selectmen met on Tuesday night.",
    ],
    "paper 0": ["Cllr Murphy said the council would act.", "The HSE confirmed two cases."],
    "paper 1": ["NHS staff were praised.", "He appeared at Leeds Crown Court on Monday."],
    "paper 2": ["Gardaí are investigating.", "the gardai said", "a Garda Síochána spokesman"],
    "paper 3": ["For tickets call 519-661-5670 today.", "Call (614) 555-0199 for details."],
    "paper 4": [
        "The neighbourhood was quiet.",
        "Councillors met on Tuesday.",
        "at the community centre",
        "a colour photograph",
        "organisations in the area",
        "a fortnight later",
        "a smashed windscreen",
    ],
    "paper 5": ["The fire started at 4am.", "The road reopened at 4.15pm."],
    "paper 6": ["Police were called at 9 a.m.", "The vote ended at 1:15 p.m. Tuesday."],
}
# near misses the guard lets through, where the pattern itself must still decide
NEAR = [
    "the Ministry of Public Works",
    "Public Works and Highways",
    "a centrefold",
    "Nashville's AM radio",
    "1-800-555",
    "programmers",
    "Pam met Sam at 10 am",
]


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guarded_pattern_finds_what_the_pattern_finds(name):
    guarded = GUARDED[name]
    assert isinstance(guarded, Guarded)
    texts = seeds_and_eval(400) + MATCHING[name] + NEAR
    for text in texts:
        mine, theirs = guarded.search(text), guarded.pattern.search(text)
        assert (mine and mine.span()) == (theirs and theirs.span()), (name, text[:80])
    # each sentence made for it holds a match: the comparison above saw the pattern match
    assert all(guarded.search(s) for s in MATCHING[name]), name


def test_a_guard_that_is_not_in_the_text_skips_the_pattern():
    """The guard decides first: a text without any of its strings is not searched (a pattern
    that would match anything shows it)."""
    anything = Guarded(re.compile(r"."), "a.m.", "p.m.")
    assert anything.search("Police were called at 9 a.m.")
    assert anything.search("Police were called in the morning.") is None
    by_pattern = Guarded(re.compile(r"."), guard=re.compile(r"\d[ap]m"))
    assert by_pattern.search("at 4am") and by_pattern.search("at 4 am") is None
    with pytest.raises(ValueError):
        Guarded(re.compile("x"))
