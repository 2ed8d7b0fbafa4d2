"""A party the article sets in quotes is named without its quotation marks, in the Sides panel,
the legend and every export: the marks are the writer's, not the name's."""

from __future__ import annotations

import pytest

from tests.test_stances_news import claims


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'Hezbollah fires rockets at Israeli positions in support of "Palestinian resistance"',
            ("Hezbollah", "backs", "Palestinian resistance"),
        ),
        (
            "Russia has armed so-called “separatists” in Donbas.",
            ("Russia", "supplies", "Donbas separatists"),
        ),
        (
            "Iran backs the 'Axis of Resistance' in Iraq and Lebanon.",
            ("Iran", "backs", "Axis of Resistance"),
        ),
    ],
)
def test_a_quoted_party_is_named_without_its_marks(parse, text, claim):
    ex = parse(text, "2023-10-08")
    got = claims(ex)
    assert not any(q in party for _, _, party in got for q in "\"“”'‘’"), got
    assert claim in got, got
