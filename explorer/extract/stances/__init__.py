"""Who backs, opposes, mediates between or supplies whom, sentence by sentence, in any conflict.

Rules read the dependency parse around a trigger: a verb ("backs", "was backed by", "sides
with", "provides back-up"), a noun ("Russia's support for", "backers of", "an ally of",
"mediators", "a partner in the campaign against") or a glued participle ("U.S.-backed",
"Moscow-backed", "African Union-sponsored talks"). The power is the trigger's subject (or
possessor, apposition, agent, or the subject it inherits up the clause), the parties are its
objects. What the phrases name comes from :mod:`explorer.extract.actors`, open-world; the
conflict from :mod:`explorer.extract.theatres`, named after its place when no lexicon knows it.
Negation, requests, conditions and reported accusations come from
:mod:`explorer.extract.modality`.

Where each part lives: the claim type, the trigger readings and the tree helpers in
:mod:`.claim`; :class:`StanceRules` in :mod:`.rules` (the final ``stances`` assembly), made of
mixins by what they decide, each on the shared state of :mod:`.base`: who the powers are in
:mod:`.powers`, the verbs of backing and help in :mod:`.verbs`, the nouns of support,
alliance and membership in :mod:`.nouns`, supply and fighting in :mod:`.supply`, mediation in
:mod:`.mediate`, the walk over a sentence's triggers (``claims``) in :mod:`.triggers`, the
time and era of a claim and its reversals in :mod:`.era`, which claims are kept and who claims
them in :mod:`.keep`, the war a claim is filed in in :mod:`.abroad` (and of an attack on men
in :mod:`.attacks`), strikes told by their weapons in :mod:`.strikes`, and the direction of a
tie named by an ally, client or proxy noun in :mod:`.allies`.
"""

from __future__ import annotations

from explorer.extract.stances.claim import trigger_readings
from explorer.extract.stances.rules import StanceRules

__all__ = ["StanceRules", "trigger_readings"]
