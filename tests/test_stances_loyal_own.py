"""Forces "loyal to" a leader or a state that carry that state's own name ("Libyan forces loyal
to Gaddafi") are that state's forces: no backer of their own, so no "Libya backs Libyan forces".
Loyalty of another people's men ("Iraqi militias loyal to Tehran") still names their backer.

The sentences are written here, of wars none of the benchmark batches tells in these words.
"""

from __future__ import annotations


def claims(ex) -> set[tuple[str, str, str]]:
    return {(s.power, s.relation, s.party) for s in ex.stances}


def test_a_states_own_forces_loyal_to_its_leader_have_no_backer(parse):
    got = claims(parse("NATO jets attacked Libyan forces loyal to Gaddafi near Misrata in 2011."))
    assert not [c for c in got if c[0] == "Libya" and c[1] == "backs"], got
    got = claims(
        parse("Ivorian troops loyal to Gbagbo shelled Abidjan's northern suburbs in 2011.")
    )
    assert not [c for c in got if c[0] == "Ivory Coast" and c[1] == "backs"], got


def test_another_peoples_men_loyal_to_a_state_are_backed_by_it(parse):
    got = claims(parse("Iraqi militias loyal to Tehran fired rockets at the base in 2023."))
    assert any(p == "Iran" and r == "backs" for p, r, _ in got), got
    got = claims(parse("Militias loyal to Iran attacked US bases in Iraq in 2023."))
    assert any(p == "Iran" and r == "backs" for p, r, _ in got), got
