"""The lead's mend of stop 42: a capital a party holds names that party as a government in
the years it holds it ("Sanaa", the Houthis' since their capture of it in September 2014):
"Oman mediated the consultations between Riyadh and Sanaa" in 2023 is a mediation between
Saudi Arabia and the Houthis, not Yemen's recognised government (stances_fresh20 n09); Sanaa
before 2015 is still Yemen's government. Fails on main b80f7939."""

from __future__ import annotations

from tests.test_stances_news import claims


def test_sanaa_held_by_the_houthis_names_them(parse):
    ex = parse(
        "Oman mediated the consultations between Riyadh and Sanaa on the war in Yemen.",
        "2023-04-10",
    )
    got = {c[2] for c in claims(ex) if c[:2] == ("Oman", "mediates")}
    assert "Houthis" in got, claims(ex)
    assert "Yemeni government" not in got, claims(ex)
    # the other sense: Sanaa before the Houthis held it is Yemen's government
    ex = parse(
        "Qatar mediated between Sanaa and the Houthi rebels in the war in northern Yemen.",
        "2008-02-01",
    )
    got = {c[2] for c in claims(ex) if c[:2] == ("Qatar", "mediates")}
    assert "Houthis" in got, claims(ex)
    assert got - {"Houthis"}, claims(ex)  # Sanaa: Yemen's government, the other side
