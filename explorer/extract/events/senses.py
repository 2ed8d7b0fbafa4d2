"""Words of force read in another sense: a firm that "storms" a market sells in it, and the
"power" of a power plant is no power seized (eventsfix60)."""

from __future__ import annotations

from explorer.extract.events.readings import _np_tokens

# sellers and what they sell: a market they "storm", "invade" or "conquer" is one they sell in
# ("The South Korean automaker stormed the Brazilian market", "Japanese carmakers invaded the
# American market", "cheap imports invaded the market"); "company" is left out, a unit of
# soldiers too ("A company of paratroopers stormed the airfield")
_SELLERS = frozenset(
    {"carmaker", "automaker", "firm", "manufacturer", "maker", "retailer", "brand", "startup"}
    | {"start-up", "conglomerate", "exporter", "supplier", "producer", "chain", "vendor"}
    | {"distributor", "brewer", "airline", "insurer", "import", "export", "good", "product"}
)
# a seller's word that says it bears arms ("A security firm stormed the union's offices")
_ARMED_TRADES = frozenset(
    {"security", "military", "mercenary", "defence", "defense", "guard", "contractor"}
)
# verbs of a market taken in a figure
_TAKING_A_MARKET = frozenset({"storm", "invade", "conquer", "overrun"})
# what "power" names when it stands before another noun: works, a firm, a line, a grid
_POWER_AS_A_MODIFIER = frozenset({"compound", "amod", "nmod"})


def a_seller_takes_a_market(verb, subjects: list) -> bool:
    """Whether ``verb`` ("storm", "invade", "conquer", "overrun") is done by a seller or by
    what it sells: a carmaker, a retailer, a firm, cheap imports. Such a subject takes a
    market by selling in it ("The Swedish furniture retailer stormed the Indian market"); it
    attacks no land and no building. A firm of arms ("a security firm", "a private military
    firm") is left to the verb, and so are men of a firm ("Guards of a security firm stormed a
    village": their head is "guards")."""
    if verb.lemma_.lower() not in _TAKING_A_MARKET or not subjects:
        return False
    for s in subjects:
        if s.lemma_.lower() not in _SELLERS and s.lower_ not in _SELLERS:
            return False
        if any(t.lemma_.lower() in _ARMED_TRADES for t in _np_tokens(s) if t is not s):
            return False
    return True


def power_only_before_a_noun(objs: list) -> bool:
    """Whether every "power" among the noun phrases of ``objs`` stands before another noun
    that it qualifies: "seized the main power station", "took the Chernobyl power plant", "the
    state power company's assets". What was seized is the works or the firm, not power, so no
    coup is told by it ("The army seized power", "seized absolute power", "seized power and the
    state broadcaster" keep theirs)."""
    powers = [t for o in objs for t in _np_tokens(o) if t.lemma_.lower() == "power"]
    return bool(powers) and all(
        t.dep_ in _POWER_AS_A_MODIFIER and t.head.pos_ in ("NOUN", "PROPN") for t in powers
    )
