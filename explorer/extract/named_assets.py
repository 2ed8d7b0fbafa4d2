"""Assets no curated entry lists, found by the form of their name.

The curated lexicon knows a few dozen pipelines, plants and weapon systems; news names many
more. A site is a proper name before a word that tells its kind ("the Saky air base", "Bagram Air
Base", "the Druzhba pipeline", "the Kakhovka dam") or "the port of" a town; a weapon is a model
before a weapon's word ("T-72 tanks", "Kh-101 cruise missiles", "Tomahawk missiles"). The words
are in ``assets.json``'s "named" entry. Precision first:

- a head that is also an ordinary word ("base", "port", "mine", "bridge") names a site only
  capitalised as part of the name ("Bagram Air Base") or after a town the geoparser placed ("the
  Kerch bridge"), or, but for "base", where its sentence places it at a town or in a region or
  names its kind in words of its own ("the Grasberg mine in Papua province", "uranium mines,
  among them the Husab and Rossing mines"): "the Republican base" and "a gold mine of data" name
  nothing;
- a satellite's name carries a number ("the NROL-45 satellite"); a cable or a railway with no
  name is told by its two ends ("a cable linking Latvia with Gotland");
- a state, a people or an organisation before the head is its owner, not its name ("the Russian
  Hmeimim air base" is "Hmeimim air base"; "Russian tanks", "Hamas rockets" name no model);
- a weapon whose word is also civilian ("rocket", "drone", "jet") needs a word of war in its
  sentence;
- a site is placed at the town its name carries or the sentence puts it in ("the port at
  Gwadar"), never at a country's middle; a pipeline, a field or a cable is not placed (a point
  would misstate a line or an area), nor a railway or a satellite, nor a launch site (often
  named for a city far from it: the Jiuquan centre lies some 200 km from Jiuquan);
- each name before "and" of a plural head is a site of its kind ("the Sleipner and Troll gas
  fields");
- a kind written first takes the name after it ("Joint Base Lewis-McChord", "Naval Station
  Norfolk"), placed only where that whole name is a town;
- a site whose name is a curated entry's, with another word for its kind ("the Zaporizhzhia
  nuclear power station", "the Bushehr reactor"), is that entry, drawn where the entry says
  (the plant at Enerhodar, not the city of Zaporizhzhia) and counted once with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from explorer.extract.context import SentenceContext
from explorer.extract.lexicon import Lexicon, norm_name
from explorer.ids import asset_id, named_asset_id, weapon_id
from explorer.model import Candidate, Toponym, great_circle_km

# a name's words: capitalised, or a model number ("T-72", "Kh-101", "2000")
_NAMELIKE = re.compile(r"[A-Z0-9][\w.\-]*")
# kinds of site that one curated entry may be named as: a nuclear plant is also its "reactor"
_SAME_KIND = ({"power_plant", "nuclear_site"},)
# a word and its number as one token: "Ofek-16", "Sentinel-6", the "Lion1" of "C-Lion1"
_WORD_NUMBER = re.compile(r"[A-Z][A-Za-z]+-?\d+\w*")
# a model's code after a hyphen: "DM", "M2", "300"
_CODE = re.compile(r"[A-Z0-9]{1,4}")
# one aircraft by either word: "F-35A fighters" and "F-35A jets" are one model
_SAME_NOUN = {"jet": "fighter", "warplane": "fighter"}
# a body of an army a weapon's noun can name ("the Strategic Missile Forces", "a Tank Division")
_ARMED_BODY_NOUNS = frozenset(
    {"forces", "force", "troops", "command", "brigade", "brigades", "battalion", "battalions"}
    | {"regiment", "regiments", "division", "divisions", "corps", "squadron", "squadrons"}
    | {"unit", "units", "wing", "agency"}
)
# a service's words before a kind written first: "Naval Air Station Sigonella"
_SERVICE_WORDS = frozenset({"Naval", "Air", "Army", "Marine", "Marines", "Coast", "Guard", "Royal"})
# where a site sits, from its head: "the port at Gwadar", "the dam near Nova Kakhovka"
_SITED_BY = frozenset({"in", "at", "near", "outside", "on"})
# where a lower-case site with a name that is no town sits: not "on", a river's or an island's
# word ("the Antonivsky bridge on the Dnipro" is not at the city of Dnipro)
_AT_TOWN = _SITED_BY - {"on"}
_PLACED_KINDS = frozenset({"city", "site"})
# an air force is a word of war; "Vandenberg Air Force Base" is a place's name
_AIR_FORCE = re.compile(r"(?i:air\s+force)(?!\s+(?:Base|Station)\b)")
# nouns after a route's head that name the route itself: "the PEACE cable system", "the Lamu
# railway project"
_ROUTE_WHOLES = frozenset({"system", "project", "link"})
# where a route lies: "a cable linking Latvia with Gotland", "the railway between X and Y"
_ENDS_VERBS = frozenset({"linking", "connecting", "joining", "between"})
_ENDS_JOINS = frozenset({"with", "and", "to"})


@dataclass(frozen=True, slots=True)
class NamedAsset:
    type: str
    name: str  # as written: "Saky air base", "port of Hodeidah", "T-72 tank"
    id: str
    first: Any  # the name's first token and its head's last (spaCy tokens): "port" in "the
    last: Any  # port of Hodeidah", whose verb says who builds or runs it
    geometry: dict | None
    gazetteer_id: str | None
    owner: str | None = None  # a warship's navy, by its prefix: "INS Nilgiri" is India's
    ship: bool = False  # one named ship (a navy's, never two), not a type many may own
    # the country code of the town or region whose possessive names it ("Kabul's airport",
    # "Tripoli's airport"): the possessive says where the site is; it names who runs it only
    # as the town's state, never a side a capital stands for in a war ("Tripoli" for the GNA)
    whose_place: str | None = None
    # the (country, first-level code) of the region it is listed in ("an oil refinery in the
    # Volgograd region") or of the town it is drawn at ("the Volgograd refinery"): one site
    # where an article tells it both ways (``explorer.extract.core``)
    region: tuple[str, ...] | None = None
    # a route told by its ends ("a cable linking Denmark with Bornholm"); after "the" ("the
    # cable between Norway and Scotland"), one the article has told already, by its name if
    # it named one of its kind
    by_ends: bool = False
    ends_told_again: bool = False
    # a project named in the sentence before, its kind told through "It" ("The Inga 3 project
    # ... It will span the river with a large dam"): its excerpt is both sentences
    named_before: bool = False


@dataclass(frozen=True, slots=True)
class _Words:
    """assets.json's "named" entry, read once per lexicon."""

    sites: dict[tuple[str, ...], str]
    # head -> what its model needs: "always" nothing, "war" a word of war in the sentence,
    # "number" a model with a number in it
    weapons: dict[tuple[str, ...], str]
    longest: int
    ordinary: frozenset[str]
    unplaced: frozenset[str]
    site_qualifiers: frozenset[str]
    weapon_qualifiers: frozenset[str]
    war_words: frozenset[str]
    not_names: frozenset[str]
    # words that end an era's name ("War"): no name right before a kind's word
    era_ends: frozenset[str]
    street_words: frozenset[str]
    cue: re.Pattern[str] | None
    # a curated site's name without its kind's words ("zaporizhzhia", "hmeimim") -> its entry
    curated: dict[str, dict]
    # a navy's prefix before its ships' names -> the countries whose navy writes it
    ship_prefixes: dict[str, tuple[str, ...]]
    # a vessel's words before a ship's own name ("the submarine Kursk"), lower case
    ship_words: frozenset[tuple[str, ...]]
    # a site's head that also names something else -> the words its sentence needs ("trunk
    # line": oil, gas, crude)
    site_context: dict[tuple[str, ...], frozenset[str]]
    # ordinary heads a sentence's place or kind never names ("base": a party's following too)
    needing_a_town: frozenset[str]
    # heads whose name must carry a number ("the NROL-45 satellite")
    numbered: frozenset[tuple[str, ...]]
    # last words of heads that, before another noun, tell its kind ("railway station")
    never_modifiers: frozenset[str]
    # types of route named by their two ends ("a cable linking Latvia with Gotland")
    routes_by_ends: frozenset[str]
    # types drawn only where their sentence places them, not at the town their name carries
    # ("the DeSoto Detention Center" is DeSoto Parish's jail, not in DeSoto, Texas; Portsmouth
    # Naval Shipyard is in Kittery, Maine)
    placed_by_sentence: frozenset[str]
    # verbs whose object or passive subject "<country> LNG" is a plant, not the gas
    lng_project_verbs: frozenset[str]
    # types named for the city they serve before the town they stand in ("Paris Beauvais
    # airport" is some 70 km from Paris): drawn at a town only when it is their whole name
    placed_by_whole_name: frozenset[str]
    # sites named by the state that owns them and the town they stand in ("the US embassy in
    # Sanaa") -> their type; and the words of force their sentence needs
    owned_sites: dict[str, str]
    owned_site_context: frozenset[str]
    # makers of aircraft: "Boeing aircraft" are a maker's, not a model ("Tornado aircraft")
    makers: frozenset[str] = frozenset()
    # an ordinary head -> words of its trade, any of which in its sentence says a proper name
    # before it is a site's ("the Bisie mines, where tin ore is dug")
    trade_words: dict[str, frozenset[str]] | None = None
    # an ordinary head -> words of its other sense, any of which in its sentence outweighs its
    # trade's ("Claymore mines buried near the gold depot": a weapon)
    trade_vetoes: dict[str, frozenset[str]] | None = None
    # heads whose context words a named site's paragraph may say ("The C-Lion1 cable failed"
    # in a paragraph of "fibre optic cable")
    context_by_paragraph: frozenset[tuple[str, ...]] = frozenset()
    # an ordinary head -> the acts and workers of its trade, one of which must be said for a
    # weapon's alias ending in that head to be read as a site ("where coal was dug")
    trade_acts: dict[str, frozenset[str]] | None = None
    # ordinary heads that "in" and a town place when a determiner or an owner takes them ("the
    # island's main port in Valletta"), as "of" does ("the port of Valletta")
    placed_by_in: frozenset[str] = frozenset()
    # types "near" and a town place as "at" does, after a determiner ("a dam near Kalabagh")
    placed_by_near: frozenset[str] = frozenset()
    # a head's last word -> the words before it that make another thing of it ("wind tunnel")
    other_compounds: dict[str, frozenset[str]] | None = None
    # heads whose context words their paragraph may say even with no name before them ("the
    # camp in the village of Kiwanja" in a paragraph of tents and the displaced)
    context_by_paragraph_unnamed: frozenset[tuple[str, ...]] = frozenset()
    # words of a faith before a house of worship's word: its kind, not its name ("a Catholic
    # church in Lyon"); before a capitalised "Church", a denomination's name ("the Catholic
    # Church", "the Russian Orthodox Church")
    faith_words: frozenset[str] = frozenset()
    # prefixes of merchant and passenger ships ("MV", "M/S"): a craft with no navy's flag
    merchant_prefixes: frozenset[str] = frozenset()
    # a merchant, research or fishing craft's words before its own name ("the tanker Front
    # Altair"), lower case: a craft with no navy's flag
    merchant_words: frozenset[tuple[str, ...]] = frozenset()
    # words of flight, one of which an aircraft's model written alone needs in its sentence
    aircraft_context: frozenset[str] = frozenset()
    # a warship's words that name a craft only in a sentence of the sea or a coast guard ("the
    # cutter Bertholf"; "a box cutter Smith hid" is a blade)
    ship_words_at_sea: frozenset[tuple[str, ...]] = frozenset()
    # heads whose context words must be said in their own clause, not anywhere in the sentence
    # ("the courthouse" where the trial held in it was of a bombing)
    context_in_clause: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def of(cls, lex: Lexicon) -> _Words:
        found = lex.derived.get("named_assets")
        if isinstance(found, cls):
            return found
        d = lex.named_assets
        sites = {tuple(k.split()): v for k, v in d.get("sites", {}).items()}
        weapons = {tuple(k.split()): str(v) for k, v in d.get("weapons", {}).items()}
        prefixes = {k: tuple(v) for k, v in d.get("ship_prefixes", {}).items()}
        owned = [k.lower() for k in d.get("owned_sites", {})]
        cue = None
        if sites or weapons:
            # a head of two words is cued whole: "space center", not every "center"
            heads = _phrases(
                (*sites, *weapons, *((w,) for w in _GENERIC_HEADS), *((w,) for w in owned))
            )
            site_heads = _phrases(sites)
            near_heads = _phrases(k for k, v in sites.items() if v in d.get("placed_by_near", []))
            last_words = _alternatives({k[-1] for k in sites if len(k) > 1})
            academies = "|".join(
                r"\s+".join(w.capitalize() for w in k)
                for k, v in sites.items()
                if v == "academy" and len(k) > 1
            )
            # a capitalised word or a number, then at most three words, then a head; or a
            # site's head, then "of", "at", "in" or "on" and a capitalised word ("Japan also
            # relies on the naval base on Okinawa": `_a_kind_on_an_island`)
            ships = _alternatives([*prefixes, *d.get("merchant_ship_prefixes", [])]) or "(?!)"
            craft = (
                _phrases(
                    tuple(w.split())
                    for w in (*d.get("merchant_ship_words", []), *d.get("ship_words_at_sea", []))
                )
                or "(?!)"
            )
            vessels = (
                _phrases(
                    tuple(w.split())
                    for w in (
                        *d.get("merchant_ship_words", []),
                        *d.get("ship_words", []),
                        *d.get("ship_words_at_sea", []),
                    )
                )
                or "(?!)"
            )
            makers = _alternatives(d.get("aircraft_makers", [])) or "(?!)"
            cue = re.compile(
                rf"[A-Z0-9][\w.\-]*(?:\s+\S+){{0,3}}?\s+(?i:{heads})(?:s|es)?\b"
                rf"|\b(?i:{site_heads})(?:s|es)?\s+(?:of|at|in|on)\s+[A-Z]"
                rf"|\b(?i:{near_heads or '(?!)'})\s+near\s+[A-Z]"  # "a dam near Kalabagh"
                # "a reactor in the country's southern Fars Province", "the plant that
                # exploded in Tennessee": a region past an owner, or "in" in the kind's clause
                rf"|\b(?i:{site_heads})(?:s|es)?\s+in\s+(?:\S+\s+){{1,4}}?[A-Z]"
                rf"|\b(?i:{site_heads})(?:s|es)?\s+(?:that|which)\s+[^.;]{{0,60}}?\bin\s+[A-Z]"
                # "graduates of the Naval Academy": a service's own academy
                rf"|\bthe\s+(?:{academies or '(?!)'})\b"
                # "Substation set on fire in Cardiff": the kind's own verb places it
                rf"|\b(?i:{site_heads})(?:s|es)?\s+(?:\S+\s+){{1,4}}?(?:in|near)\s+[A-Z]"
                # "a cable linking Latvia with Gotland": a route told by its ends
                rf"|\b(?i:{site_heads})s?(?:,[^,]{{1,60}},)?\s+(?:linking|connecting|joining|between)\s+"
                # "Shah Deniz, Azerbaijan's largest gas field", "the Hoegh Gallant, a floating
                # ... unit": a name, then its kind in apposition after "a" or a possessive
                rf"|[A-Z][\w.\-]*,\s+(?:an?\s+|its\s+|their\s+|one\s+of\s+the\s+"
                rf"|(?:the\s+)?\S+(?:'s|’s)\s+)(?:\S+\s+){{0,4}}?(?i:{site_heads})(?:s|es)?\b"
                # "Ghawar is the world's largest oil field", "Jubail holds the ... plant"
                rf"|\b(?:is|was|holds|held|houses|housed|hosts|hosted)\s+(?:the|its|\S+(?:'s|’s))\s+"
                rf"(?:\S+\s+){{0,4}}?(?i:{site_heads})\b"
                # "Kabul's airport", "the Jaffna Peninsula's only power plant"
                rf"|[A-Z][\w.\-]*(?:'s|’s)\s+(?:\S+\s+){{0,3}}?(?i:{site_heads})\b"
                rf"|\b(?:{ships})\s+[A-Z]"  # "INS Nilgiri", "USS Pierre"
                rf"|\b(?:{craft})\s+[A-Z]"  # "the tanker Front Altair"
                # "the Polaris, a diesel-electric icebreaker", "a polar icebreaker, the Xue Long
                # 2,": a craft named in apposition to its kind (`_craft_in_apposition`)
                rf"|[A-Z0-9][\w.\-]*,\s+(?:an?|another|one)\s+(?:\S+\s+){{0,4}}?(?i:{vessels})\b"
                rf"|\b(?i:{vessels}),\s+the\s+[A-Z]"
                # "the headquarters of Chad's army": `_an_army_s_headquarters`
                r"|\bheadquarters\s+of\s+(?:\S+\s+){0,3}?(?:army|military|navy|forces)\b"
                r"|\b[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]{0,2}s?\b"  # "an F-4 crashed"
                r"|\b[A-Z][\w.\-]*\s+LNG\b"  # "restart Mozambique LNG"
                # "a big plant to manufacture tractors": `_a_works_to_make_things`
                r"|\b(?:plant|factory)\s+to\s+(?:manufacture|produce|make|build|assemble)\b"
                # "the WXYZ TV 7 tower": `_a_channel_s_tower`
                r"|\b(?:TV|Radio|FM|AM)\s+\d{1,3}\s+(?:tower|mast)\b"
                # "its factory in Kvasiny": `_an_owner_s_factory_in_a_town`
                r"|(?:\b[Ii]ts|\b[Tt]heir|'s|’s)\s+factory\s+in\s+[A-Z]"
                # "The depot where the blaze began is in the Tver region": a kind's last
                # word taking up the sentence before's kind (`_a_kind_the_next_sentence_places`)
                rf"|^\s*The\s+(?:{last_words})\s[^.;]{{0,80}}?\b(?:is|was|lies|lay|sits|sat"
                r"|stands|stood|located|situated)\s+in\s+(?:\S+\s+){0,4}?[A-Z]"
                # "The project is meant to ...": a listing's titled project taken up
                # (`_a_titled_project`)
                r"|^\s*The\s+(?:[a-z-]+\s+)?project\b"
                # "a Boeing 767 was shot down": `_airliners`
                rf"|\b(?:{makers})\s+[A-Za-z]{{0,3}}-?\d"
            )
        site_qualifiers = frozenset(d.get("site_qualifiers", []))
        curated: dict[str, dict] = {}
        for entry in lex.infrastructure:
            if entry["type"] == "site":
                continue  # a landmark a site stands at ("Inga Falls"), no works itself
            for alias in (entry["name"], *entry.get("aliases", [])):
                stem = _stem(alias, sites, site_qualifiers)
                if stem[:1].isalpha():  # a name, not a unit's number ("102nd military base")
                    curated.setdefault(stem, entry)
        words = cls(
            sites,
            weapons,
            max((len(k) for k in (*sites, *weapons)), default=0),
            frozenset(d.get("ordinary_heads", [])),
            frozenset(d.get("unplaced_types", [])),
            site_qualifiers,
            frozenset(d.get("weapon_qualifiers", [])),
            frozenset(w.lower() for w in d.get("war_words", [])),
            frozenset(d.get("not_names", [])),
            frozenset(d.get("era_ends", [])),
            frozenset(w.lower() for w in d.get("street_words", [])),
            cue,
            curated,
            prefixes,
            frozenset(
                tuple(w.lower().split())
                for w in (*d.get("ship_words", []), *d.get("ship_words_at_sea", []))
            ),
            {tuple(k.split()): frozenset(v) for k, v in d.get("site_context", {}).items()},
            frozenset(d.get("ordinary_needing_a_town", [])),
            frozenset(tuple(k.split()) for k in d.get("numbered_heads", [])),
            frozenset(d.get("never_modifiers", [])),
            frozenset(d.get("routes_by_ends", [])),
            frozenset(d.get("placed_by_sentence", [])),
            frozenset(d.get("lng_project_verbs", [])),
            frozenset(d.get("placed_by_whole_name", [])),
            {k.lower(): v for k, v in d.get("owned_sites", {}).items()},
            frozenset(w.lower() for w in d.get("owned_site_context", [])),
            frozenset(d.get("aircraft_makers", [])),
            {k: frozenset(v) for k, v in d.get("ordinary_trade_words", {}).items()},
            {k: frozenset(v) for k, v in d.get("ordinary_trade_vetoes", {}).items()},
            frozenset(tuple(k.split()) for k in d.get("site_context_by_paragraph", [])),
            {k: frozenset(v) for k, v in d.get("ordinary_trade_acts", {}).items()},
            frozenset(d.get("ordinary_placed_by_in", [])),
            frozenset(d.get("placed_by_near", [])),
            other_compounds={k: frozenset(v) for k, v in d.get("other_compounds", {}).items()},
            context_by_paragraph_unnamed=frozenset(
                tuple(k.split()) for k in d.get("site_context_by_paragraph_unnamed", [])
            ),
            faith_words=frozenset(d.get("faith_words", [])),
            merchant_prefixes=frozenset(d.get("merchant_ship_prefixes", [])),
            merchant_words=frozenset(
                tuple(w.lower().split()) for w in d.get("merchant_ship_words", [])
            ),
            aircraft_context=frozenset(w.lower() for w in d.get("aircraft_model_context", [])),
            ship_words_at_sea=frozenset(
                tuple(w.lower().split()) for w in d.get("ship_words_at_sea", [])
            ),
            context_in_clause=frozenset(
                tuple(k.split()) for k in d.get("site_context_in_clause", [])
            ),
        )
        lex.derived["named_assets"] = words
        return words


def _stem(name: str, sites: dict[tuple[str, ...], str], qualifiers: frozenset[str]) -> str:
    """A site's name without the words that tell its kind: "Zaporizhzhia Nuclear Power Plant"
    is "zaporizhzhia", "Hmeimim Air Base" "hmeimim"; empty if nothing is left."""
    ws = name.lower().split()
    for n in range(1, len(ws)):  # the longest kind first: "air base", not "base"
        if tuple(ws[n:]) in sites:
            ws = ws[:n]
            break
    while ws and ws[-1] in qualifiers:
        ws.pop()
    return " ".join(ws)


def _same_kind(a: str, b: str) -> bool:
    return a == b or any(a in k and b in k for k in _SAME_KIND)


def _alternatives(words) -> str:
    return "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True))


def _phrases(keys) -> str:
    """Alternatives of words that may stand apart by any space, longest first."""
    return "|".join(
        r"\s+".join(re.escape(w) for w in k)
        for k in sorted(set(keys), key=lambda k: len(" ".join(k)), reverse=True)
    )


def may_name_assets(text: str, lex: Lexicon) -> bool:
    """Whether ``named_assets`` can find anything in a sentence's text (a cheap test, before
    the sentence is parsed)."""
    cue = _Words.of(lex).cue
    return cue is not None and cue.search(text) is not None


def named_assets(ctx: SentenceContext) -> list[NamedAsset]:
    """The sites and weapons of one parsed sentence that no curated entry names."""
    words = _Words.of(ctx.lex)
    if words.cue is None or not words.cue.search(ctx.text):
        return []
    toks = list(ctx.s.sent)
    if _headline(toks):
        return []
    taken = {k for a in ctx.assets for k in range(a.i, a.j)}
    for tp in ctx.toponyms:
        c = tp.candidate
        if c is not None and c.kind in ("site", "route") and not tp.metonymic:
            taken.update(t.i for t in ctx.tokens_of(tp))
    sentence_words = {t.lower_ for t in toks}
    # a weapon named beside others is one ("Hydra 70 rockets, Hellfire missiles"): a head
    # that always names a weapon, as a noun of its own, says the sentence is about arms
    at_war = (
        bool(sentence_words & words.war_words)
        or _AIR_FORCE.search(ctx.text) is not None
        or any(
            t.dep_ != "compound"
            and words.weapons.get((t.lemma_.lower(),)) == "always"
            and not _hyphened_modifier(t)
            for t in toks
        )
    )
    out: list[NamedAsset] = []
    told = (
        _a_project_told_by_it(ctx, toks, words)
        or _a_titled_project(ctx, toks, words)
        or _a_kind_the_next_sentence_places(ctx, toks, words)
    )
    if told is not None:
        out.append(told)
        taken.add(told.first.i)
    for ship in _ships(ctx, toks, words, at_war):
        if not any(k in taken for k in range(ship.first.i, ship.last.i + 1)):
            out.append(ship)
            taken.update(range(ship.first.i, ship.last.i + 1))
    for craft in _airliners(ctx, toks, words):
        if not any(k in taken for k in range(craft.first.i, craft.last.i + 1)):
            out.append(craft)
            taken.update(range(craft.first.i, craft.last.i + 1))
    for listed in _names_of_a_plural_kind(ctx, toks, words):
        if not any(k in taken for k in range(listed.first.i, listed.last.i + 1)):
            out.append(listed)
            taken.update(range(listed.first.i, listed.last.i + 1))
    ship_starts = {s.first.i for s in out}
    e = len(toks) - 1
    while e >= 0:
        found = (
            _site_at(ctx, toks, e, words, taken)
            or _an_army_s_headquarters(ctx, toks, e, words)
            or _weapon_at(ctx, toks, e, words, at_war)
            or _an_aircraft_s_model(ctx, toks, e, words)
            or _kind_in_apposition(ctx, toks, e, words)
            or _name_before_apposition(ctx, toks, e, words)
            or _lng_project(ctx, toks, e, words)
            or _owned_site(ctx, toks, e, words)
            or _owned_site_at_its_dateline(ctx, toks, e, words)
            or _owned_site_at_its_verb_s_town(ctx, toks, e, words)
            or _place_s_own_site(ctx, toks, e, words)
            or _a_country_s_one_pipeline(ctx, toks, e, words)
            or _kind_as_predicate(ctx, toks, e, words)
            or _an_owner_s_town_plant(ctx, toks, e)
            or _an_owner_s_factory_in_a_town(ctx, toks, e)
            or _a_channel_s_tower(ctx, toks, e)
            or _a_works_to_make_things(ctx, toks, e, words)
        )
        if (
            found is not None
            and not any(k in taken for k in range(found.first.i, found.last.i + 1))
            and not _spelled_out(toks, found.last, taken)
            and not _class_of_ship(toks, found.last, ship_starts, words)
        ):
            out.append(found)
            if found.type != "weapon_system":
                more_sites = [
                    *_conjunct_sites(ctx, toks, found, words),
                    *_names_before_and(ctx, toks, found, words),
                ]
                for more in more_sites:
                    if more.first.i not in taken:
                        out.append(more)
                        taken.update(range(more.first.i, more.last.i + 1))
            e = found.first.i - toks[0].i - 1
        else:
            e -= 1
    out = _one_site_in_apposition(out)
    out.sort(key=lambda a: a.first.i)
    return out


def _one_site_in_apposition(found: list[NamedAsset]) -> list[NamedAsset]:
    """ "Rebels held the Ritz hotel, a luxury hotel in Sfax": a named site that its own words
    do not place, and in apposition to it its kind's word placed by a town, are one site under
    two names: the named one, drawn where the apposition says. Not an apposition of another
    kind ("the Ritz hotel, the tallest building in Sfax"), nor two sites joined by "and"."""
    by_head = {a.last.i: a for a in found}
    dropped: set[int] = set()
    out = []
    for a in found:
        if a.geometry is None and a.gazetteer_id is None and not a.ship:
            other = next(
                (
                    by_head[c.i]
                    for c in a.last.children
                    if c.dep_ == "appos" and c.i in by_head and c.i != a.last.i
                ),
                None,
            )
            if other is not None and other.type == a.type and other.geometry is not None:
                a = replace(
                    a,
                    geometry=other.geometry,
                    gazetteer_id=other.gazetteer_id,
                    region=other.region,
                )
                dropped.add(id(other))
        out.append(a)
    return [a for a in out if id(a) not in dropped]


# words after "INS" that are an office's, not a ship's name ("INS Commissioner", the US
# Immigration and Naturalization Service's)
_NOT_SHIP_NAMES = frozenset(
    {"commissioner", "director", "chief", "agent", "agents", "officer", "officers", "official"}
    | {"officials", "spokesman", "spokeswoman", "headquarters", "office", "detention"}
    | {"operations"}  # "the NOAA Ship Operations office": a body's
)


def _office_word(ctx: SentenceContext, u) -> bool:
    """A word after a prefix that makes it an office's or a body's abbreviation, not a
    ship's: "INS Commissioner", "the FGS President", "FGS Forces" (a title, an organ of a
    state, an armed force, as the stance lexicon lists them)."""
    low = u.lower_
    lex = ctx.lex
    return (
        low in _NOT_SHIP_NAMES
        or low in lex.words("titles")
        or low in lex.words("state_organs")
        or u.lemma_.lower() in lex.words("armed_nouns")
    )


def _hyphened_modifier(t) -> bool:
    """A word joined by a hyphen to the word after it modifies that word ("a missile-warning
    satellite", "rocket-launch delays"): it names no weapon of the sentence, so it does not make
    the sentence one about arms."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not doc[t.i + 1].whitespace_


def _ships(ctx: SentenceContext, toks: list, words: _Words, at_war: bool) -> list[NamedAsset]:
    """Warships named with their navy's prefix: "the stealth frigate INS Nilgiri", "USS Pierre
    (LCS 38)"; the navy is the prefix's, or for a prefix two navies write, the one whose
    country the sentence names. Merchant and passenger ships named with their prefix ("the
    MV Faina", "the M/S Herald"), in a sentence of the sea or of ships."""
    if not words.ship_prefixes:
        return []
    named = {m.ref.code for m in ctx.mentions if m.ref.code}
    out = _merchant_ships(ctx, toks, words)
    taken = {k for a in ctx.assets for k in range(a.i, a.j)}
    told = {k for a in out for k in range(a.first.i, a.last.i + 1)}
    out += [
        c
        for c in _craft_in_apposition(ctx, toks, words)
        if not told & set(range(c.first.i, c.last.i + 1))
    ]
    for k in range(len(toks)):
        n = _vessel_word(toks, k, words)
        # a word that is a weapon only beside war ("submarine": "the submarine Titan" was a
        # tourists' craft) names a warship only there, or after a navy's word; a vessel's word
        # no weapon's entry makes conditional ("missile cruiser", "corvette") always does
        needs = words.weapons.get(tuple(t.lemma_.lower() for t in toks[k - n + 1 : k + 1]))
        armed = (
            at_war or needs not in ("war", "number") or (n > 0 and _a_navy_s(ctx, toks, k - n + 1))
        )
        own = _named_vessel(ctx, toks, k, words, taken) if n and armed else []
        if own and (k + 1 >= len(toks) or toks[k + 1].text not in words.ship_prefixes):
            name = _span_text(ctx, own[0], own[-1])
            out.append(
                NamedAsset(
                    "weapon_system", name, weapon_id(name), own[0], own[-1], None, None, ship=True
                )
            )
    for k, t in enumerate(toks):
        codes = words.ship_prefixes.get(t.text)
        if codes is None:
            continue
        run: list = []
        for u in toks[k + 1 : k + 4]:
            if not (u.text[:1].isupper() or u.text.isdigit()) or _office_word(ctx, u):
                break
            if u.text.isupper() and len(u.text) > 1 and not run:
                break  # "INS ANSI": another abbreviation
            run.append(u)
        if not run or run[0].text.isdigit():
            continue
        name = _span_text(ctx, t, run[-1])
        navy = codes if len(codes) == 1 else tuple(c for c in codes if c in named)
        out.append(
            NamedAsset(
                type="weapon_system",
                name=name,
                id=weapon_id(name),
                first=t,
                last=run[-1],
                geometry=None,
                gazetteer_id=None,
                owner=ctx.lex.state_name(navy[0]) if len(navy) == 1 else None,
                ship=True,
            )
        )
    return out


# words of ships and the sea, one of which a merchant ship's prefix needs in its sentence: "MV"
# and "MS" are also a motorcycle maker's letters, a society's and a degree's
_SEA_WORDS = frozenset(
    {"ship", "ships", "vessel", "vessels", "ferry", "ferries", "tanker", "tankers", "freighter"}
    | {"cargo", "crew", "sailors", "capsized", "capsizes", "sank", "sinks", "sinking", "sunk"}
    | {"aground", "hijacked", "pirates", "port", "harbour", "harbor", "coast", "sea", "ocean"}
    | {"gulf", "strait", "docked", "sailed", "sailing", "wreck", "bulk", "carrier", "seized"}
)


def _merchant_ships(ctx: SentenceContext, toks: list, words: _Words) -> list[NamedAsset]:
    """Merchant and passenger ships named with their prefix ("the MV Rabaul Queen", "the M/S
    Herald of Free Enterprise" read to its first two words): a ship with no navy's flag, so no
    owner, and only in a sentence of ships or the sea ("MV Agusta's new motorcycle", "the MS
    Society's walk" are none). Such a ship named after its kind's word, lower case ("the
    tanker Front Altair", "the research vessel Polarstern"), is one too, as a warship named
    after "the submarine" is (`_named_vessel`)."""
    out = []
    of_the_sea = any(t.lower_ in _SEA_WORDS for t in toks)
    for k, t in enumerate(toks):
        size = _merchant_prefix_at(toks, k, words) if of_the_sea else 0
        if not size:
            continue
        run: list = []
        for u in toks[k + size : k + size + 3]:
            if (
                not u.text[:1].isupper()
                or u.text in ("Sea", "Ocean", "Gulf")
                or _office_word(ctx, u)
            ):
                break
            run.append(u)
        if not run:
            continue  # a land's name after the prefix is the ship's ("the MV Estonia")
        if run[0].ent_type_ in ("DATE", "TIME"):
            continue  # "the RV Sunday market": a day, no name
        if k + size + len(run) < len(toks) and toks[k + size + len(run)].text in ("'s", "’s"):
            continue  # "MV Agusta's": a maker's
        run += _closing_number(toks, k + size + len(run), run)
        name = _span_text(ctx, t, run[-1])
        out.append(NamedAsset("ship", name, weapon_id(name), t, run[-1], None, None, ship=True))
    taken = {k for a in out for k in range(a.first.i, a.last.i + 1)}
    taken |= {k for a in ctx.assets for k in range(a.i, a.j)}
    for k in range(len(toks)):
        n = _vessel_word(toks, k, words, words.merchant_words)
        own = _named_vessel(ctx, toks, k, words, taken) if n else []
        if not own or any(t.ent_type_ in ("DATE", "TIME") for t in own):
            continue  # "the cargo ship Tuesday": a day, no name
        own += _closing_number(toks, own[-1].i - toks[0].i + 1, own)
        name = _span_text(ctx, own[0], own[-1])
        out.append(
            NamedAsset("ship", name, weapon_id(name), own[0], own[-1], None, None, ship=True)
        )
    return out


def _craft_in_apposition(ctx: SentenceContext, toks: list, words: _Words) -> list[NamedAsset]:
    """A craft named in apposition to its kind's word: "the Polaris, a diesel-electric
    icebreaker, left Helsinki", "The Ocean Star, a fishing vessel from Busan, sank", or the
    kind first, "China's polar icebreaker, the Xue Long 2, sailed". The apposition says the
    name is the craft's, so a place's word in it is the ship's ("the Tasmania Star, a
    freighter"), as after a merchant prefix ("the MV Estonia"); a country alone is not (a
    land is no ship). A merchant, research or fishing craft's word gives a ship with no
    owner; a warship's word ("the Gotland, a submarine") a weapon system, as after "the
    submarine"."""
    out = []
    for k in range(len(toks)):
        merchant = _vessel_word(toks, k, words, words.merchant_words)
        n = merchant or _vessel_word(toks, k, words)
        if not n:
            continue
        run = _named_before_its_kind(ctx, toks, k, n, words) or _named_after_its_kind(
            ctx, toks, k, words
        )
        if not run:
            continue
        name = _span_text(ctx, run[0], run[-1])
        typ = "ship" if merchant else "weapon_system"
        out.append(NamedAsset(typ, name, weapon_id(name), run[0], run[-1], None, None, ship=True))
    return out


def _a_craft_s_name(ctx: SentenceContext, run: list, words: _Words) -> bool:
    """Whether capitalised tokens may be a craft's name in apposition to its kind: proper
    nouns or a closing number, no side's or title's word, and not one country's name."""
    if not run or not run[0].text[:1].isupper():
        return False
    if all(_kind_at(ctx, t) == "country" for t in run):
        return False
    return all(
        (t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in words.not_names)
        or (t.is_digit and k > 0)
        for k, t in enumerate(run)
    )


def _named_before_its_kind(ctx: SentenceContext, toks: list, k: int, n: int, words: _Words) -> list:
    """ "the Polaris, a diesel-electric icebreaker": the kind's word in apposition after "a",
    "an" or "another", the name right before the comma before it."""
    head = toks[k]
    if head.dep_ != "appos" or head.head.i >= head.i:
        return []
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children):
        return []
    named = head.head
    j = named.i - toks[0].i
    if j + 1 >= len(toks) or toks[j + 1].text != ",":
        return []
    b = j
    while b > 0 and len(toks[b - 1 : j + 1]) <= 4 and toks[b - 1].pos_ == "PROPN":
        b -= 1
    run = toks[b : j + 1]
    return run if _a_craft_s_name(ctx, run, words) else []


def _named_after_its_kind(ctx: SentenceContext, toks: list, k: int, words: _Words) -> list:
    """ "China's second polar icebreaker, the Xue Long 2, sailed": after the kind's word, a
    comma, "the" and a name closed by a comma or the sentence's end, in apposition to it."""
    if k + 3 >= len(toks) or toks[k + 1].text != "," or toks[k + 2].lower_ != "the":
        return []
    j = k + 3
    while j < len(toks) and j < k + 7 and (toks[j].pos_ == "PROPN" or toks[j].is_digit):
        j += 1
    run = toks[k + 3 : j]
    if j >= len(toks) or not toks[j].is_punct or not _a_craft_s_name(ctx, run, words):
        return []
    if not any(t.dep_ == "appos" and t.head.i == toks[k].i for t in run):
        return []
    return run


def _closing_number(toks: list, k: int, run: list) -> list:
    """A number right after a ship's name that closes it ("the bulk carrier Orient 7", "MT
    Sea Star 2,"): the number hangs on the name, or no noun follows it ("the MV Sea Star 20
    crew members": a count of the crew, not the name's)."""
    if k >= len(toks) or not toks[k].is_digit:
        return []
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if toks[k].head in run or nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM"):
        return [toks[k]]
    return []


# the words of one flight's fate: an airliner "shot down", "crashed", "hijacked", "with 90
# people on board"
_FLIGHT_FATE_WORDS = frozenset(
    {"shot", "downed", "crashed", "crash", "hijacked", "hijacker", "hijackers", "hijacking"}
    | {"exploded", "explosion", "aboard", "board", "passengers", "carrying", "hit", "struck"}
    | {"ditched", "skidded", "wreckage"}
)


def _airliners(ctx: SentenceContext, toks: list, words: _Words) -> list[NamedAsset]:
    """An airliner named by its maker and model, one craft: "a Fokker 100 crashed on take-off",
    "the Yakovlev Yak-42, carrying 80 passengers, went down": after "a", "an" or "the", a maker
    and a model with a number, in a sentence of one flight's fate. A type ("the Fokker 100
    changed regional flying"), an order or a fleet ("20 Fokker 100 jets", "every Fokker 100"),
    a model in a show or a museum are none. No owner (an airline is no state)."""
    if not words.makers or not any(t.lower_ in _FLIGHT_FATE_WORDS for t in toks):
        return []
    out = []
    for k, t in enumerate(toks):
        if t.text not in words.makers or k == 0 or toks[k - 1].lower_ not in ("a", "an", "the"):
            continue
        j = k + 1
        while j < len(toks) and toks[j].text in words.makers:
            j += 1  # "McDonnell Douglas MD-11"
        run: list = []
        for u in toks[j : j + 4]:
            glued = u.text == "-" and run and _glued(run[-1], u)
            if not (glued or any(c.isdigit() for c in u.text) or (run and u.text[:1].isupper())):
                break
            if run and run[-1].text == "-" and not _glued(run[-1], u):
                break
            run.append(u)
        while run and not any(c.isdigit() for c in run[-1].text):
            run.pop()  # "a Fokker 100 Flight": the model ends at its number
        if not run or not any(c.isdigit() for c in run[0].text + run[-1].text):
            continue
        if run[-1].text.endswith("s") and not run[-1].text[:-1].isdigit():
            continue  # "Fokker 100s": a fleet
        after = toks[run[-1].i - toks[0].i + 1] if run[-1].i - toks[0].i + 1 < len(toks) else None
        if after is not None and (after.lemma_.lower(),) in words.weapons:
            continue  # "the Yakovlev Yak-40 aircraft": the weapons' reader's, by its noun
        name = _span_text(ctx, t, run[-1])
        out.append(NamedAsset("aircraft", name, weapon_id(name), t, run[-1], None, None, ship=True))
    return out


def _merchant_prefix_at(toks: list, k: int, words: _Words) -> int:
    """How many tokens at ``k`` spell a merchant or research ship's prefix ("MV", "RV"; "M/S"
    read as three glued tokens; an agency's "NOAA Ship" as two), 0 if none."""
    if toks[k].text in words.merchant_prefixes:
        return 1
    if k + 1 < len(toks) and f"{toks[k].text} {toks[k + 1].text}" in words.merchant_prefixes:
        return 2  # an agency's own prefix of two words: "NOAA Ship"
    if (
        k + 2 < len(toks)
        and not toks[k].whitespace_
        and not toks[k + 1].whitespace_
        and "".join(t.text for t in toks[k : k + 3]) in words.merchant_prefixes
    ):
        return 3
    return 0


# words between a vessel's word and its ship's name: "its frigate, to be named HNLMS Zeeland"
_NAMING = frozenset({",", "to", "be", "named", "called", "dubbed", "christened", "the"})
# a person's title after a vessel's word is no ship's name ("the submarine's Captain ...")
_TITLES = frozenset({"captain", "commander", "lieutenant", "capt", "cmdr", "lt", "officer"})


# words before a vessel's word that make it a navy's: "the nuclear submarine", "an attack
# submarine", "a ballistic-missile submarine"
_NAVAL_WORDS = frozenset(
    {"nuclear", "nuclear-powered", "attack", "ballistic", "ballistic-missile", "missile"}
    | {"naval", "navy", "military", "diesel-electric", "stealth"}
)


def _a_navy_s(ctx: SentenceContext, toks: list, b: int) -> bool:
    """Whether the words right before a vessel's word (from ``b``) say it is a navy's, with
    no word of war in its sentence: a naval kind ("the nuclear submarine Kursk") or a state's
    people ("the Russian submarine Kursk"). "The submarine Titan", a tourists' craft, has
    neither."""
    k = b - 1
    while k >= 0 and toks[k].lower_ not in ("the", "a", "an", ",") and b - k <= 3:
        t = toks[k]
        m = ctx.mention(t)
        if t.lower_ in _NAVAL_WORDS or (m is not None and m.ref.form == "demonym"):
            return True
        k -= 1
    return False


def _vessel_word(
    toks: list, e: int, words: _Words, kinds: frozenset[tuple[str, ...]] | None = None
) -> int:
    """How many tokens ending at ``e`` spell a vessel's word, lower case ("submarine",
    "aircraft carrier"; of ``kinds`` when given, "the tanker"); 0 if none."""
    kinds = words.ship_words if kinds is None else kinds
    for n in (2, 1):
        span = toks[e - n + 1 : e + 1] if e - n + 1 >= 0 else []
        key = (*(t.lower_ for t in span[:-1]), span[-1].lemma_.lower()) if span else ()
        if len(span) == n and all(t.text.islower() for t in span) and key in kinds:
            if key in words.ship_words_at_sea and not any(
                t.lower_ in _SEA_WORDS or t.lower_ == "guard" for t in toks
            ):
                return 0  # "a box cutter Smith hid": a blade, with no sea in its sentence
            return n if span[-1].tag_ != "NNS" else 0  # "frigates Britain sold": no name
    return 0


def _class_of_ship(toks: list, last, ship_starts: set[int], words: _Words) -> bool:
    """A class or model before a vessel's word whose ship is named right after it is that
    ship, not another asset: "its latest Class 9 frigate, to be named HNLMS Zeeland"."""
    k = last.i - toks[0].i
    if not _vessel_word(toks, k, words):
        return False
    k += 1
    while k < len(toks) and toks[k].lower_ in _NAMING and toks[k].i not in ship_starts:
        k += 1
    return k < len(toks) and toks[k].i in ship_starts


def _named_vessel(ctx: SentenceContext, toks: list, e: int, words: _Words, taken: set[int]) -> list:
    """A ship's own name after a vessel's word, without a navy's prefix: "the submarine
    Kursk", "the Riachuelo-class submarine, Admiral Karam". One to three capitalised words,
    none a side, a country, a region, a sea, a day or a title; after a comma the name must
    close there (", Admiral Karam." names a ship; ", Lula said" is a speaker)."""
    k = e + 1
    comma = k < len(toks) and toks[k].text == ","
    if comma:
        k += 1
    while k < len(toks) and toks[k].lower_ in ("to", "be", "named", "called", "dubbed"):
        k += 1
    run: list = _hull_number(toks, k)  # "the submarine K-141 Kursk": the navy's number first
    k += len(run)
    while k < len(toks) and len(run) < 3 + bool(run):
        t = toks[k]
        if (
            t.i in taken
            or t.text in words.ship_prefixes
            or t.lower_.rstrip(".") in _TITLES
            or t.lower_ in _NOT_SHIP_NAMES
            or not _plain_name(ctx, t, words)
        ):
            break
        run.append(t)
        k += 1
    if not run or (k < len(toks) and toks[k].text[:1].isupper()):
        return []  # none, or a longer name than a ship's
    if comma and k < len(toks) and not toks[k].is_punct:
        return []  # "a submarine, Lula said": a speaker after a comma
    if k < len(toks) and toks[k].pos_ == "NOUN" and run[-1].head.i == toks[k].i:
        return []  # "the nuclear submarine AUKUS pact": the name tells the noun after it
    return run


def _hull_number(toks: list, k: int) -> list:
    """The tokens of a navy's hull number at ``k`` ("K-141", "SSN-593", "S-80"): capitals, a
    hyphen and digits glued together, with a capitalised name right after it."""
    if k + 3 >= len(toks):
        return []
    code, hyphen, digits, name = toks[k : k + 4]
    if (
        code.text.isupper()
        and code.is_alpha
        and len(code.text) <= 3
        and hyphen.text == "-"
        and _glued(code, hyphen)
        and digits.is_digit
        and name.text[:1].isupper()
    ):
        return [code, hyphen, digits]
    return []


def kind_modifiers(lex: Lexicon, typ: str, name: str) -> tuple[str, ...]:
    """The lower-case words a site's name puts before the last word of its kind, found by the
    longest head of ``typ`` the name spells ("thermal power station at Enerhodar": thermal,
    power; "the bases at Tartus": none; "Kerch bridge": none, a name is no kind's word)."""
    words = _Words.of(lex)
    said = re.findall(r"[\w\-]+", name)
    low = [w.lower() for w in said]
    best: tuple[str, ...] = ()
    at = -1
    for key, kind in words.sites.items():
        if kind != typ or len(key) <= len(best):
            continue
        n = len(key)
        for i in range(len(low) - n + 1):
            *first, last = low[i : i + n]
            if tuple(first) == key[:-1] and last in (key[-1], key[-1] + "s", key[-1] + "es"):
                best, at = key, i + n - 1
                break
    return tuple(w for w in said[:at] if w.islower()) if at > 0 else ()


def one_site_told_two_ways(names: list[str], adjectives: frozenset[str]) -> dict[str, str]:
    """Names of one article that differ only by a people's word, each to the fullest of its
    kind ("Grand Renaissance Dam" to "Grand Ethiopian Renaissance Dam"): one site, told with
    and without its country's adjective. A name differing by anything else ("Nord Stream" and
    "Nord Stream 2") is another asset."""

    def bare(name: str) -> tuple[str, ...]:
        return tuple(w for w in name.lower().split() if w not in adjectives)

    out: dict[str, str] = {}
    for name in names:
        key = bare(name)
        if len(key) < 2:
            continue  # "Ethiopian dam": no name left
        alike = [n for n in names if n != name and bare(n) == key]
        fullest = max([name, *alike], key=lambda n: (len(n.split()), n))
        if alike and fullest != name:
            out[name] = fullest
    return out


# kinds one ground is told as: rockets fly from a spaceport and a test range alike
_ONE_GROUND = frozenset({"spaceport", "test_site"})


def one_ground_told_two_ways(sites: list[tuple[str, str]], lex: Lexicon) -> dict[str, str]:
    """(type, name) of one article's sites, each name of a launch ground to the fullest name
    of its ground: "Kapustin Yar cosmodrome" and "4th State Central Interspecies Test Site
    Kapustin Yar" are one ground, a spaceport and a test range by the same name, written after
    its kind or before it. Another name ("Plesetsk cosmodrome" beside "Kapustin Yar test site")
    or another kind ("Kapustin Yar airfield") keeps them apart."""
    words = _Words.of(lex)
    named: dict[str, list[str]] = {}
    for typ, name in sites:
        ws = name.split()
        low = [w.lower() for w in ws]
        spans = [
            (m - n, n, m)
            for n in range(len(low))
            for m in range(n + 1, len(low) + 1)
            if words.sites.get(tuple(low[n:m])) == typ
        ]
        if typ not in _ONE_GROUND or not spans:
            continue
        _, n, m = max(spans)
        own = ws[:n] if m == len(ws) else ws[m:]  # the name, before its kind or after it
        if own and all(w[:1].isupper() for w in own):
            named.setdefault(" ".join(own), []).append(name)
    out: dict[str, str] = {}
    for names in named.values():
        fullest = max(names, key=lambda n: (len(n.split()), n))
        out.update({n: fullest for n in names if n != fullest})
    return out


# what a variant adds to its model's number: "B-1B", "MiG-31K", "Su-27SM3", "Iskander-M"
_VARIANT = re.compile(r"-?[A-Z][A-Za-z0-9]{0,3}")


def one_weapon_told_two_ways(names: list[str]) -> dict[str, str]:
    """Weapon names of one article where one is the other told shorter: its model without the
    variant's letters or without the words of its full name ("B-1 bomber" and "B-1B Lancer
    bomber", "Patriot" and "Patriot PAC-3", "T-72 tank" and "T-72B3 tank"), each to the one
    fuller name it fits. A model's other number ("F-16" and "F-160"), another head noun ("Mi-8
    helicopter" and "Mi-8 engine") or two fuller names it fits alike ("F-16 fighter" beside
    "F-16A fighter" and "F-16V fighter": two variants) keep it apart."""
    split = {n: n.split() for n in names}

    def shorter(a: list[str], b: list[str]) -> bool:
        if len(a) > len(b) or a == b or not a:
            return False
        first = a[0] == b[0] or (
            b[0].startswith(a[0]) and _VARIANT.fullmatch(b[0][len(a[0]) :]) is not None
        )
        if not first or (len(a) > 1 and a[-1] != b[-1]):
            return False
        rest = iter(b[1:])
        return all(w in rest for w in a[1:])  # the other words, in their order

    out: dict[str, str] = {}
    for name, ws in split.items():
        fuller = [n for n, bs in split.items() if shorter(ws, bs)]
        if not fuller:
            continue
        fullest = max(fuller, key=lambda n: (len(split[n]), n))
        # "B-1" fits "B-1B bomber" and "B-1B Lancer bomber": one chain, to its fullest
        if all(f == fullest or shorter(split[f], split[fullest]) for f in fuller):
            out[name] = fullest
    return out


def _spelled_out(toks: list, last, taken: set[int]) -> bool:
    """ "High Mobility Artillery Rocket Systems (HIMARS)": a name written out before the
    curated asset's short name in brackets is that asset, not another."""
    k = last.i - toks[0].i + 1
    while k < len(toks) and k <= last.i - toks[0].i + 2 and toks[k].text[:1].isupper():
        k += 1  # the name's last words ("Systems")
    return k + 1 < len(toks) and toks[k].text == "(" and toks[k + 1].i in taken


def _headline(toks: list) -> bool:
    """A headline's words are all capitalised: none of them is known as a name by its case.
    A title capitalises its verbs ("US Hits T-4 Airport"): a lower-case verb says the sentence
    is none, however few its long words ("Andersen Air Base is on Guam, a US island"). A dateline's
    place is written in capitals before its comma ("KEFLAVIK AIR BASE, Iceland, March 2004."):
    a name, not a title's words, and the country and date after it are a dateline's too. A
    title in capitals runs on past its comma ("DRONES HIT MOSCOW AIRPORT, OFFICIALS SAY"); a
    dateline's capitals end there."""
    k = 0
    while k < len(toks) and toks[k].is_upper and not toks[k].is_punct:
        k += 1
    if k and k + 1 < len(toks) and toks[k].text == "," and not toks[k + 1].is_upper:
        return False
    alpha = [t for t in toks if t.is_alpha and len(t.text) > 3]
    if any(t.is_alpha and t.text.islower() and t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    return len(alpha) >= 4 and all(t.text[:1].isupper() for t in alpha)


def _head(toks: list, e: int, table: dict[tuple[str, ...], Any], longest: int) -> tuple[str, ...]:
    """The longest head of ``table`` that the tokens ending at ``e`` spell (empty if none);
    the last word may be plural ("air bases", "refineries"; "bases", which the lemmatiser
    may read as "basis", by its "s"; "the Mazagon Docks", which the tagger may take for a
    singular name)."""
    last = toks[e]
    plural_tag = last.tag_ in ("NNS", "NNPS") or (last.tag_ == "NNP" and last.text[:1].isupper())
    plural = (last.lower_[:-1],) if plural_tag and last.lower_[-1:] == "s" else ()
    for n in range(min(longest, e + 1), 0, -1):
        before = tuple(t.lower_ for t in toks[e - n + 1 : e])
        for w in (last.lower_, last.lemma_.lower(), *plural):
            if (*before, w) in table:
                return (*before, w)
    return ()


def _glued(before, hyphen) -> bool:
    return not before.whitespace_ and not hyphen.whitespace_


def _particle(toks: list, k: int, run: list) -> bool:
    """ "de" of "Charles de Gaulle Airport", "da" of "Leonardo da Vinci Airport", "y" of "the
    Ffos y Fran opencast coal mine": a lower-case word, no English stop word, between
    capitalised words the tagger reads as one entity or tags as a proper noun itself (else the
    name is cut to "Fran")."""
    t = toks[k]
    return (
        bool(run)
        and k > 0
        and t.is_alpha
        and t.text.islower()
        and not t.is_stop
        and ((t.ent_iob_ == "I" and run[0].ent_iob_ == "I") or t.tag_ == "NNP")
        and toks[k - 1].text[:1].isupper()
    )


def _before_qualifiers(toks: list, b: int, skip: frozenset[str], site: bool = False) -> int:
    """The position of the word before the qualifiers ``skip`` that end right before ``b``."""
    k = b - 1
    while k >= 0:
        if toks[k].text in skip:  # lower case: "the Key Bridge" keeps its "Key"
            k -= 1
        elif k >= 2 and toks[k - 1].text == "-" and f"{toks[k - 2].text}-{toks[k].text}" in skip:
            k -= 3  # "the Chuquicamata open-pit mine": a qualifier of hyphened words
        elif site and _a_fuel_fired(toks, k):
            k -= 3  # "the Mehrum coal-fired power station"
        else:
            break
    return k


def _name_run(
    ctx: SentenceContext,
    toks: list,
    b: int,
    skip: frozenset[str],
    most: int,
    keep_owner: bool = False,
    site: bool = False,
) -> list:
    """The name's tokens right before position ``b``, past the words ``skip`` (qualifiers):
    capitalised words or model numbers, without an owner (a state, a people, an organisation,
    a country) or a determiner before them. Before a capitalised head the owner's word is part
    of the name ("the Grand Ethiopian Renaissance Dam"): ``keep_owner``."""
    k = _before_qualifiers(toks, b, skip, site)
    run: list = []
    words = _Words.of(ctx.lex)
    # a site's name counts its words, not the hyphens between them ("the Lagos-Ibadan-Kano
    # rail line": three towns)
    while k >= 0 and (sum(t.text != "-" for t in run) if site else len(run)) < most:
        t = toks[k]
        if t.text == "-" and run and k > 0 and _glued(toks[k - 1], t):
            run.insert(0, t)  # "Agni-V", read as three tokens
            k -= 1
            continue
        if not run and _romanised_syllable(toks, k):
            run.insert(0, t)  # "Punggye-ri": a place's syllable, lower case after a hyphen
            k -= 1
            continue
        if _particle(toks, k, run):
            run.insert(0, t)  # "Charles de Gaulle Airport": a particle inside a person's name
            k -= 1
            continue
        if site and run and t.text in _COUNT_WORDS and k > 0 and toks[k - 1].lower_ == "the":
            run.insert(0, t)  # "the Three Gorges Dam": after "the", a number word names
            break
        if site and run and _after_the_and_an_ordinal(toks, k):
            run[:0] = [toks[k - 1], t]  # "the 4th State Central Test Site": a numbered name
            break
        if site and keep_owner and _hyphened_inside_a_name(ctx, toks, k, run, words):
            run.insert(0, t)  # "the Army-Navy Memorial Stadium": no "Memorial Stadium"
            k -= 1
            continue
        if t.text in words.not_names or not _NAMELIKE.fullmatch(t.text):
            break
        if t.text in words.era_ends and not run:
            break  # "a Cold War radar station": an era's name, not the site's
        if k == 0 and t.is_stop:
            break
        if site and k == 0 and t.tag_ == "JJ" and _toponym_at(ctx, t) is None:
            break  # "Local schools stay shut": an adjective capitalised by its place, no name
        run.insert(0, t)
        k -= 1
    if run and run[0].text == "-":
        run = run[1:]
    if site and _a_possessive_place_s_word(ctx, toks, k, run):
        return []  # "the Peggy's Cove lighthouse": no "Cove lighthouse"
    if keep_owner:
        return run
    # an owner before the name is not part of it: "the Russian Hmeimim air base"; a town the
    # geoparser placed is the name even where a side is called by it ("the Aden refinery")
    if site and _a_country_closing_a_name(ctx, run):
        return run
    for j in range(len(run) - 1, -1, -1):
        if site and _placed_town(ctx, run[j]):
            continue
        if ctx.mention(run[j]) is not None or _country_at(ctx, run[j]):
            return run[j + 1 :]
    return run


def _hyphened_inside_a_name(ctx: SentenceContext, toks: list, k: int, run: list, words) -> bool:
    """Whether a not-a-name word (a service's, "Navy", "Army", "Air") is hyphened to another
    capitalised word inside a capitalised site's name: "the Army-Navy Memorial Stadium", "the
    Coast Guard-Navy Pier" are whole names, not "Memorial Stadium" cut at the service's word.
    Only a word glued to its hyphen and a capitalised word on the hyphen's other side, neither
    a place nor a people ("the US-Mexico border crossing": two lands, no name's word)."""
    t = toks[k]
    if t.text not in words.not_names or not run or not t.text[:1].isupper():
        return False
    if run[0].text == "-":  # "Army" of "Army-Navy", the hyphen already read
        other = toks[k + 2] if k + 2 < len(toks) else None
        glued = _glued(t, run[0])
    elif k >= 2 and toks[k - 1].text == "-":  # "Navy" of "Army-Navy", its hyphen before it
        other = toks[k - 2]
        glued = _glued(other, toks[k - 1])
    else:
        return False
    return (
        glued
        and other is not None
        and other.text[:1].isupper()
        and other.is_alpha
        and not any(
            _toponym_at(ctx, w) is not None or ctx.mention(w) is not None for w in (t, other)
        )
    )


# a place's common words that a person's possessive names a place with ("Peggy's Cove",
# "Martha's Vineyard", "Land's End")
_POSSESSED_PLACE_WORDS = frozenset(
    {"cove", "bay", "point", "island", "isle", "head", "harbour", "harbor", "creek", "hill"}
    | {"valley", "vineyard", "landing", "ferry", "neck", "rock", "sound", "beach", "cape"}
    | {"end", "falls", "gap", "pass", "bluff", "lake", "river", "well", "wells"}
)


def _a_possessive_place_s_word(ctx: SentenceContext, toks: list, k: int, run: list) -> bool:
    """Whether a site's one-word name is the common word of a place named by a possessive
    ("the Peggy's Cove lighthouse", "the Martha's Vineyard airport"): a capitalised word that
    is no owner the text knows (a state, an actor) before "'s", or one place name spanning
    both. The word alone ("Cove") names nothing; an owner's possessive ("Russia's Kerch
    bridge", "the company's Point Lisas plant") leaves the name as it is."""
    if len(run) != 1 or run[0].lower_ not in _POSSESSED_PLACE_WORDS or k < 1:
        return False
    if toks[k].text not in ("'s", "’s") or not toks[k - 1].text[:1].isupper():
        return False
    owner = _toponym_at(ctx, toks[k - 1])
    if owner is not None:
        return _toponym_at(ctx, run[0]) is owner
    return ctx.mention(toks[k - 1]) is None


def _a_country_closing_a_name(ctx: SentenceContext, run: list) -> bool:
    """ "its flagship Cerro Peru copper mine": a country's name as the last word of a site's
    name, after words that are no place and no side, closes the name as a town's does ("the
    Cobre Panama mine"); an owner stands first ("the Russian Hmeimim
    air base"), so a country after the name's own words is none."""
    if len(run) < 2 or not _country_at(ctx, run[-1]):
        return False
    country = _toponym_at(ctx, run[-1])
    before = [t for t in run[:-1] if _toponym_at(ctx, t) is not country]
    return (
        bool(before)
        and all(
            t.text[:1].isupper()
            and t.pos_ == "PROPN"
            and _toponym_at(ctx, t) is None
            and ctx.mention(t) is None
            for t in before
        )
        and all(_toponym_at(ctx, t) is country for t in run[len(before) :])
    )


# what a power plant burns, said before "-fired" ("coal-fired", "gas-fired")
_FUELS = frozenset({"coal", "gas", "oil", "lignite", "diesel", "biomass", "wood", "peat"})


def _a_fuel_fired(toks: list, k: int) -> bool:
    """Whether token ``k`` is the "fired" of a fuel's "-fired" ("coal-fired", "gas-fired"),
    a qualifier of the kind between a site's name and its head. A name before "-fired" is
    none ("the Moscow-fired power station" names no fuel)."""
    return (
        k >= 2
        and toks[k].lower_ == "fired"
        and toks[k - 1].text == "-"
        and toks[k - 2].lower_ in _FUELS
        and _glued(toks[k - 2], toks[k - 1])
    )


# number words the lexicon refuses in a name, as counts ("Three Patriot batteries"), that a
# name may begin with after "the" ("the Three Gorges Dam", "the Two Rivers bridge")
_COUNT_WORDS = frozenset({"Two", "Three", "Four"})


# an ordinal as written in a name: "4th", "929th", "1st"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _after_the_and_an_ordinal(toks: list, k: int) -> bool:
    """ "the 4th State Central Interspecies Test Site", "the 1st State Test Cosmodrome": a
    capitalised word after "the" and an ordinal begins a numbered name, whatever word it is
    ("State" alone names no site)."""
    return (
        k >= 2
        and toks[k].text[:1].isupper()
        and _ORDINAL.fullmatch(toks[k - 1].text) is not None
        and toks[k - 2].lower_ == "the"
    )


def _romanised_syllable(toks: list, k: int) -> bool:
    """A syllable of one or two lower-case letters glued by a hyphen to a capitalised word, the
    way a romanised place name ends ("Punggye-ri", "Tongchang-ri"): part of that name. A longer
    word after a hyphen describes the name ("Soviet-era", "Russian-built"), never ends it."""
    t = toks[k]
    return (
        k >= 2
        and t.is_alpha
        and t.text.islower()
        and len(t.text) <= 2
        and toks[k - 1].text == "-"
        and _glued(toks[k - 2], toks[k - 1])
        and toks[k - 2].text[:1].isupper()
    )


def _placed_town(ctx: SentenceContext, tok) -> bool:
    tp = _toponym_at(ctx, tok)
    return (
        tp is not None
        and not tp.metonymic
        and tp.candidate is not None
        and tp.candidate.kind in _PLACED_KINDS
    )


def _toponym_at(ctx: SentenceContext, tok) -> Toponym | None:
    """The place name a token is part of, resolved or not."""
    at = ctx.s.char(tok)
    return next((tp for tp in ctx.toponyms if tp.start <= at < tp.end), None)


def _kind_at(ctx: SentenceContext, tok) -> str | None:
    """The kind of gazetteer entry a token's place name was resolved to, if any; "river" for a
    curated river (read as a water, kind "sea"): a river's name names the dams and bridges on
    it ("its Tigris dam"), where a sea's says where a port is ("the Black Sea port of Odesa")."""
    tp = _toponym_at(ctx, tok)
    if tp is None or tp.candidate is None:
        return None
    c = tp.candidate
    return (
        "river"
        if c.gazetteer_id.startswith("curated:") and c.gazetteer_id.endswith("_river")
        else c.kind
    )


def _country_at(ctx: SentenceContext, tok) -> bool:
    return _kind_at(ctx, tok) == "country"


def _placed(ctx: SentenceContext, toks: list) -> tuple[dict | None, str | None]:
    """A town the geoparser placed among ``toks``: its point and gazetteer id. None if the
    sentence's places are elsewhere and nothing in it names the town's country ("the Bagram
    air base north of Kabul" read as a village of Iran that GeoNames also calls Bagram); a
    people's name ("the Syrian port of Latakia") names a country but contradicts none."""
    for t in toks:
        tp = _toponym_at(ctx, t)
        c = tp.candidate if tp is not None else None
        if tp is not None and c is not None and not tp.metonymic and c.kind in _PLACED_KINDS:
            others = [
                (o, o.candidate) for o in ctx.toponyms if o is not tp and o.candidate is not None
            ]
            named = {oc.country for _, oc in others}
            elsewhere = {
                oc.country
                for o, oc in others
                if oc.country
                and not o.metonymic
                and not _demonym(ctx, o)
                and not _a_state_acting(ctx, o)
            }
            if elsewhere and c.country not in named:
                return None, None
            return {"type": "Point", "coordinates": [c.lon, c.lat]}, c.gazetteer_id
    return None, None


def _a_state_acting(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "China will build a naval base in Port Louis": a country that is a verb's subject
    says who acts, not where its sentence is, so it contradicts no town abroad."""
    if tp.candidate is None or tp.candidate.kind != "country":
        return False
    toks = ctx.tokens_of(tp)
    return bool(toks) and toks[-1].dep_ == "nsubj" and toks[-1].head.pos_ in ("VERB", "AUX")


def _demonym(ctx: SentenceContext, tp: Toponym) -> bool:
    """ "Russian troops": a people, not a place the sentence is in."""
    toks = ctx.tokens_of(tp)
    m = ctx.mention(toks[0]) if toks else None
    return m is not None and m.ref.form == "demonym"


@dataclass(frozen=True, slots=True)
class _Reading:
    """How a site's name was read around its head: its first token, its name as written, where
    it is drawn and what identifies it."""

    first: Any
    name: str
    geometry: dict | None
    gid: str | None
    stem: str
    qualified: bool = False  # "the oil port of Es Sider": a qualifier said which site
    coded: bool = False  # "the Voronezh-DM radar": a model's code glued to the name
    by_ends: bool = False  # "the railway between Mombasa and Kisumu": its ends name it
    in_region: bool = False  # "a research reactor in Isfahan Province": listed, drawn nowhere
    region: tuple[str, ...] | None = None  # (country, first-level code, curated shapes)
    unsure: bool = False  # "the Freeport LNG terminal": a town of far namesakes, not drawn


def _site_head(
    toks: list, e: int, words: _Words, paragraph: set[str] | None = None
) -> tuple[str, ...]:
    """The site's head ending at ``e`` (empty if none): not a verb ("Nashville-based", "the oil
    it mined"), and a head that also names something else only beside its context's words
    ("the Tokaido trunk line" is a railway's)."""
    key = _head(toks, e, words.sites, words.longest)
    if not key or (toks[e].tag_.startswith("VB") and not _noun_in_verb_form(toks, e)):
        return ()
    if (
        key[-1] in words.never_modifiers
        and toks[e].dep_ == "compound"
        and not (e + 1 < len(toks) and toks[e + 1].lemma_.lower() in _ROUTE_WHOLES)
    ):
        return ()  # "satellite images", "the railway station": another noun's kind
    context = words.site_context.get(key)
    if (
        context is not None
        and key in words.context_in_clause
        and not _said_in_its_clause(toks[e], context)
        and not ("torched" in context and _set_on_fire(toks[e]))
    ):
        return ()
    # a word of force whose kin the sentence tells of is not there: "The militiamen's
    # families waited at Dublin airport" ("the convoy's drivers" are the convoy's own)
    if (
        context is not None
        and not any(t.lower_ in context and not _kin_of(t) for t in toks)
        and not _context_in_its_paragraph(toks, e, key, words, context, paragraph)
        and not (
            "torched" in context
            and (_set_on_fire(toks[e]) or _broken_into(toks[e], key) or _ransacked(toks[e]))
        )
    ):
        return ()
    if context is not None and _a_store_of_other_things(toks, key, words, context):
        return ()
    return key


# the links by which a noun hangs on the verb of its clause, through the nouns and
# prepositions between ("the windows of the courthouse" shattered, "the lobby of the city hall"
# taken over)
_UP_TO_ITS_VERB = frozenset(
    {"pobj", "prep", "dobj", "nsubjpass", "nsubj", "attr", "appos", "conj", "compound"}
    | {"npadvmod", "poss", "dative", "agent", "oprd", "pcomp"}
)
# the verb's words that say who or what did it: its subject, its agent ("by a mob")
_DOERS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})


def _said_in_its_clause(head: Any, context: frozenset[str]) -> bool:
    """Whether a word of ``context`` is said of the site ``head`` in its own clause: in its
    own words ("a polling station in the village, where a mob set the ballots alight"), by the
    verb it hangs on through the nouns between ("vandals toppled the war memorial", "the blast
    shattered the windows of the courthouse"), or by that verb's subject or agent ("a car bomb
    exploded outside the courthouse"). A word elsewhere in the sentence tells of something
    else: "he was sentenced in a courthouse for the attack on a mosque", "protesters toppled
    the government and marched past the war memorial"."""
    said = _its_own_words(head)
    t = head
    while t.dep_ in _UP_TO_ITS_VERB and t.head.i != t.i and t.pos_ not in ("VERB", "AUX"):
        t = t.head
        said.append(t)
    if t.pos_ in ("VERB", "AUX"):
        for c in t.children:
            if c.dep_ in _DOERS:
                said.extend(c.subtree)
            elif c.dep_ == "dobj":
                said.append(c)  # "a fire at the station set off an explosion"
    return any(u.lower_ in context and not _kin_of(u) for u in said)


# the prepositions that tell where a site stands ("the courthouse in Tampa", "the station at
# the village of X"), whose places' clauses are the site's own words; any other ("the
# courthouse ... for the attack") tells of another thing
_OF_ITS_PLACE = frozenset({"in", "at", "of", "on", "near", "outside", "inside", "by"})


def _its_own_words(n: Any) -> list:
    """The words a site's noun phrase says of it: its modifiers, its relative clauses and
    appositions, and those of the places that its prepositions of place name ("a polling
    station at the village in the district, where a mob set the ballots alight"); not a
    phrase of another thing hung on it ("a courthouse in Tampa for the attack on a mosque")."""
    out: list = []
    for c in n.children:
        if c.dep_ in ("relcl", "acl", "appos") or c.i < n.i:
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ in _OF_ITS_PLACE:
            for o in c.children:
                if o.dep_ == "pobj":
                    out.append(o)
                    out.extend(_its_own_words(o))
    return out


def _set_on_fire(head: Any) -> bool:
    """Whether the building ``head`` is what its sentence sets on fire: "rioters set fire to the
    hotel in Lome", "a mob set the police station on fire", "the parliament building was set
    alight": an arson, a word of force for the kinds struck in attacks (whose context holds
    "torched"), though "fire" alone is a kitchen's as often. Only the building set on fire: "his
    speech at a hotel set the campaign on fire", "set fire to the stage at the hotel" are none."""
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        by = head.head.head  # "fire to the hotel", or "set ... to the hotel"
        if by.lower_ == "fire" and by.head.lemma_ == "set":
            return True
        if by.lemma_ == "set" and any(c.lower_ == "fire" for c in by.children):
            return True
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_ == "set":
        for c in head.head.children:
            if c.lower_ in ("alight", "ablaze"):
                return True
            if c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children):
                return True
    return False


# verbs of getting into a building by force: "broke into", "burst into", "forced their way into"
_BREAKING_IN = frozenset({"break", "burst", "smash", "force"})
# kinds one "breaks into" as a trade does: "the firm broke into the Brazilian market"
_ENTERED_AS_A_TRADE = frozenset({"market", "marketplace", "place"})


def _broken_into(head: Any, key: tuple[str, ...]) -> bool:
    """Whether the building ``head`` is what its sentence says was broken into: "thieves broke
    into the museum in Leiden", "gunmen burst into the school", "the police station was broken
    into overnight": a word of force for the kinds struck in attacks (whose context holds
    "torched"). Only the building itself after "into" ("hackers broke into the email
    system of the museum": the system; "the crowd broke into applause": no building), and
    not a market, which firms "break into" in trade."""
    if key[-1] in _ENTERED_AS_A_TRADE:
        return False
    if head.dep_ == "nsubjpass" and head.head.lemma_ == "break":
        # "was broken into": the preposition left without its object
        return any(c.lower_ == "into" and not list(c.children) for c in head.head.children)
    if head.dep_ != "pobj" or head.head.lower_ != "into":
        return False
    verb = head.head.head
    if verb.lower_ in _WAY_WORDS and verb.dep_ in ("dobj", "npadvmod"):
        verb = verb.head  # "forced their way into the palace"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _BREAKING_IN


_RANSACKING = frozenset({"ransack", "plunder", "pillage", "sack"})


def _ransacked(head: Any) -> bool:
    """Whether the building ``head`` is what its verb ransacks: "looters ransacked the museum
    in Leiden", "the palace was plundered": a word of force for the kinds struck in attacks
    (whose context holds "torched"), but only of the building itself, never of another thing
    in its sentence ("the historian ransacked the archives for letters about the school")."""
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in _RANSACKING


# words of goods other than gas and oil that a "storage facility" or "storage site" keeps
# ("the Gorleben storage facility ... casks of nuclear waste", "the Sleipner storage site
# buries carbon dioxide", "where grain is kept")
_OTHER_STORES = frozenset(
    {"nuclear", "radioactive", "plutonium", "uranium", "waste", "carbon", "co2", "dioxide"}
    | {"grain", "wheat", "ammunition", "munitions", "vaccines"}
)
# words before "gas" that make it another gas than a store's fuel ("tear gas", "mustard gas")
_OTHER_GASES = frozenset(
    {"tear", "mustard", "nerve", "poison", "chlorine", "greenhouse", "exhaust", "laughing"}
)


def _a_store_of_other_things(
    toks: list, key: tuple[str, ...], words: _Words, context: frozenset[str]
) -> bool:
    """Whether a gas store's head stands in a sentence of a store of other goods, or whose only
    words of gas are another gas's: "Police used tear gas on marchers outside the Gorleben
    storage facility as casks of nuclear waste arrived", "the Sleipner storage site buries
    carbon dioxide, a greenhouse gas", "gas canisters at the Ashdod storage facility's car
    park, where grain is kept" name no store of natural gas. "Gazprom stopped injecting gas
    into the Haidach storage facility" stays one."""
    if words.sites.get(key) != "gas_storage":
        return False
    if any(t.lower_ in _OTHER_STORES for t in toks):
        return True
    told = [k for k, t in enumerate(toks) if t.lower_ in context]
    return bool(told) and all(
        toks[k].lower_ == "gas" and k > 0 and toks[k - 1].lower_ in _OTHER_GASES for k in told
    )


def _context_in_its_paragraph(
    toks: list,
    e: int,
    key: tuple[str, ...],
    words: _Words,
    context: frozenset[str],
    paragraph: set[str] | None,
) -> bool:
    """Whether a named site's head ("The C-Lion1 cable", a capitalised word right before it) has
    its context words in its paragraph, for the heads the lexicon lets read them there."""
    b = e - len(key) + 1
    named = b > 1 and toks[b - 1].text[:1].isupper()
    if key in words.context_by_paragraph_unnamed:
        named = True  # "a camp in the village of Kiwanja": its paragraph tells which kind
    if key not in words.context_by_paragraph or not named:
        return False
    return bool(paragraph) and not context.isdisjoint(paragraph or ())


# nouns of kin: "the soldiers' wives" are not the soldiers
_KIN = frozenset(
    {"family", "families", "wife", "wives", "husband", "husbands", "relative", "relatives"}
    | {"child", "children", "parent", "parents", "mother", "mothers", "father", "fathers"}
    | {"son", "sons", "daughter", "daughters", "widow", "widows", "kin", "spouse", "spouses"}
)


def _kin_of(t) -> bool:
    """Whether ``t`` is the possessor of a noun of kin ("the militiamen's families")."""
    return t.dep_ == "poss" and t.head.lower_ in _KIN


def _noun_in_verb_form(toks: list, e: int) -> bool:
    """ "the Nogales crossing": a head in "-ing" the tagger reads as a verb is a noun after
    "the" and a proper name ("the Bolsheviks crossing the river" is refused by the head's
    context words, which a border crossing's sentence has). Not a verb with its object or
    after a plural's people ("the Rohingya crossing the border", "the Uyghurs crossing into
    Kazakhstan"): people crossing, not a post."""
    return (
        toks[e].tag_ == "VBG"
        and e >= 2
        and toks[e - 1].pos_ == "PROPN"
        and toks[e - 1].tag_ != "NNPS"
        and not any(c.dep_ == "dobj" for c in toks[e].children)
        and any(toks[k].lower_ == "the" for k in range(max(0, e - 4), e - 1))
    )


def _curated_site(
    ctx: SentenceContext, run: list, typ: str, last, words: _Words
) -> NamedAsset | None:
    """A curated entry named with another word for its kind ("the Bushehr reactor")."""
    text = _span_text(ctx, run[0], run[-1])
    entry = words.curated.get(" ".join(text.lower().split()))
    if entry is None or not _same_kind(entry["type"], typ):
        return None
    gid = entry["gazetteer_id"]
    return NamedAsset(entry["type"], entry["name"], asset_id(gid), run[0], last, None, gid)


def _kind_written_first(
    ctx: SentenceContext, toks: list, run: list, head_toks: list, after: list
) -> _Reading:
    """ "Joint Base Elmendorf-Richardson", "Naval Station Norfolk": the name after its kind,
    placed only where the whole name is one town ("Norfolk"), not a part of it
    ("Elmendorf-Richardson" is no Richardson)."""
    first = run[0] if run else head_toks[0]
    while first.i > toks[0].i and toks[first.i - toks[0].i - 1].text in _SERVICE_WORDS:
        first = toks[first.i - toks[0].i - 1]  # "Naval Air Station Sigonella"
    tp = _toponym_at(ctx, after[0])
    whole = tp is not None and all(_toponym_at(ctx, t) is tp for t in after)
    geometry, gid = _placed(ctx, after) if whole else (None, None)
    stem = " ".join(t.text for t in (*run, *after))
    return _Reading(first, _span_text(ctx, first, after[-1]), geometry, gid, stem)


def _name_before_head(ctx: SentenceContext, toks: list, e: int, run: list) -> _Reading:
    """ "the Saky air base": the name before the head, drawn at the town it is."""
    first = run[0]
    # "the Voronezh-DM radar": a town glued to a code is a model's name, not the town
    coded = any(
        t.text == "-" and k + 1 < len(run) and _CODE.fullmatch(run[k + 1].text)
        for k, t in enumerate(run)
    )
    geometry, gid = (None, None) if coded or _a_fort_s_own_name(ctx, run) else _placed(ctx, run)
    if gid is not None and _town_not_told(ctx, run):
        geometry, gid = None, None
    if gid is not None and _a_town_of_another_region(ctx, toks[e], gid):
        geometry, gid = None, None
    if gid is not None:
        geometry, gid = _the_town_its_in_says(ctx, toks[e], geometry, gid)
    if gid is not None and _a_landform_s_opening_word(ctx, run):
        geometry, gid = None, None
    if gid is not None and _a_town_the_article_places_elsewhere(ctx, run):
        geometry, gid = None, None
    unsure = gid is not None and _a_name_s_town_unsure(ctx, run)
    # a site named for its town is known by the town's entry, however the town is spelled
    # ("Saky" or "Saki", "L.A." or "Los Angeles")
    whole = gid is not None and all(_placed(ctx, [t])[1] == gid for t in run if t.text != "-")
    stem = gid if whole and gid else " ".join(t.text for t in run)
    return _Reading(
        first, _span_text(ctx, first, toks[e]), geometry, gid, stem, coded=coded, unsure=unsure
    )


# how many times as many people a town must hold as each far namesake nearly as likely for a
# site named by it to be its (news names the works of a city of 260,000, not of its namesake
# of 22,000)
_TOWN_TIMES_NAMESAKE = 10


def _a_name_s_town_unsure(ctx: SentenceContext, run: list) -> bool:
    """Whether the town a site's name carries is one of namesakes far apart that the text does
    not choose between: "the Freeport LNG export terminal" (Freeport, New York, of 43,000, as
    likely as the Bahamas' of 27,000 or Texas's), "the Hickory Creek substation in Dubuque
    County, Iowa" (two Hickory Creeks of Texas, none of Iowa). The town still says the name is
    a site's; the site is listed, not drawn. A town ten times as big as each such namesake is
    the one its sites are named for ("the Nogales crossing": Sonora's, not Veracruz's); a
    sentence that names the town's country and none of its namesakes' chooses it ("Shannon
    airport, the Irish police said")."""
    tp = next((_toponym_at(ctx, t) for t in run if _placed_town(ctx, t)), None)
    if tp is None or tp.candidate is None:
        return False
    people = tp.candidate.population
    rivals = [a for a in _far_namesakes(tp) if a.population * _TOWN_TIMES_NAMESAKE > people]
    # the sentence names the town's country and none of its rivals' ("the Irish police")
    named = {o.candidate.country for o in ctx.toponyms if o is not tp and o.candidate}
    told = tp.candidate.country in named and not named & {a.country for a in rivals}
    return bool(rivals) and not told


# the most people a town read from a site's name may hold for the one region its article
# tells to outweigh it (news names a great city's works without its state)
_SMALL_TOWN = 100_000
# how far from the told region's point the town must lie: a town of a city-region inside a
# peninsula's region (a port town's works in a story of its peninsula), or of the next
# county, is near enough to be the one meant
_NEIGHBOUR_REGION_KM = 300.0


def _a_town_the_article_places_elsewhere(ctx: SentenceContext, run: list) -> bool:
    """Whether the town a site's name carries lies in another first-level region (a state, a
    province) than the one region of its country the article has told so far, which never
    named the town: "the Kearny compressor station" in a story datelined from a county of
    Pennsylvania is no station of Kearny, Arizona (a village the gazetteer holds where the
    story's own township is missing). The name stays a site's, listed. Not where the article
    tells two or more regions of the town's country (a listing of states), nor a town of more
    than 100,000 people ("the Houston refinery" in a story of Louisiana), nor one the article
    has named before or whose region it tells, nor one within 300 km of the told region's
    point (a city-region's town inside a peninsula's region, a neighbour unit's town)."""
    tp = next((_toponym_at(ctx, t) for t in run if _placed_town(ctx, t)), None)
    c = tp.candidate if tp is not None else None
    if tp is None or c is None or not c.admin1 or c.population > _SMALL_TOWN:
        return False
    regions: set[str] = set()
    here: SentenceContext | None = ctx
    while here is not None:
        for o in here.toponyms:
            oc = o.candidate
            if o is tp or oc is None or o.metonymic:
                continue
            if oc.gazetteer_id == c.gazetteer_id:
                return False  # the town told before, as a town
            if oc.kind == "region" and oc.country == c.country and oc.admin1:
                if great_circle_km(c.lat, c.lon, oc.lat, oc.lon) < _NEIGHBOUR_REGION_KM:
                    return False  # a town of a neighbour unit, or one a curated area holds
                regions.add(oc.admin1)
        here = here.prev
    return len(regions) == 1 and c.admin1 not in regions


# articles that open a name in other languages ("Las Bambas", "La Oroya", "El Teniente", "Le
# Havre"): a name's word, never a town read alone from it
_ARTICLES = frozenset({"la", "las", "le", "les", "el", "los", "il", "lo", "al", "el-", "al-"})


def _town_not_told(ctx: SentenceContext, run: list) -> bool:
    """Whether the town a name before its head carries is one the text does not tell: "the
    Las Bambas copper mine" is no town "Las" (an article read alone from a longer name), and
    "the Nant y Helfa mine" no town "Nant" (a name joined by its particle is one name, not a
    town's and another word's)."""
    tp = next((_toponym_at(ctx, t) for t in run if _placed_town(ctx, t)), None)
    if tp is None:
        return False
    toks = ctx.tokens_of(tp)
    if any(t.is_alpha and t.text.islower() and t not in toks for t in run):
        return True
    return len(toks) == 1 and toks[0].lower_ in _ARTICLES and toks[0].i < run[-1].i


# words that open a mountain's or a hill's name in several languages ("Mont Blanc", "Monte
# Rosa", "Mount Royal", "Jebel Akhdar")
_LANDFORM_OPENERS = frozenset(
    {"mont", "monte", "mount", "mt", "pic", "piz", "pico", "puy", "cerro", "col", "sierra"}
    | {"serra", "jebel", "djebel", "jabal"}
)


def _a_landform_s_opening_word(ctx: SentenceContext, run: list) -> bool:
    """Whether the town a name before its head carries is only the first word of a mountain's
    name, read alone as a town: "the Mont Blanc Tunnel" is no tunnel of Mons, Belgium (which
    GeoNames also calls "Mont"), nor "the Monte Rosa hut" of a village Monte. The name stays a
    site's, listed; a town read whole ("the Mount Vernon plant", "the Jebel Ali port") is
    drawn there."""
    tp = next((_toponym_at(ctx, t) for t in run if _placed_town(ctx, t)), None)
    if tp is None:
        return False
    toks = ctx.tokens_of(tp)
    return (
        len(toks) == 1
        and toks[0].lower_ in _LANDFORM_OPENERS
        and any(t.i > toks[0].i and t.text[:1].isupper() for t in run)
    )


# words that open a military post's own name ("Fort Magsaysay", "Camp Lemonnier")
_POST_WORDS = frozenset({"Fort", "Camp"})


def _a_fort_s_own_name(ctx: SentenceContext, run: list) -> bool:
    """ "Fort Bonifacio Military Reservation in Rizal province": a post's own name, "Fort"
    or "Camp" and the name of the man it honours, is no town's where the geoparser read only
    the man's name as a place (a Magsaysay of Palawan, some 700 km from the fort); "Fort Bliss",
    read whole as a place, is drawn there."""
    if len(run) < 2 or run[0].text not in _POST_WORDS:
        return False
    return _toponym_at(ctx, run[0]) is None


def _town_after_head(
    ctx: SentenceContext,
    toks: list,
    b: int,
    e: int,
    key: tuple[str, ...],
    words: _Words,
    taken: set[int],
) -> _Reading | None:
    """ "the port of Hodeidah", "a port at Gwadar": a town after the head; or, where the
    gazetteer has no such town, a name a kind's qualifier says is the site's ("the oil ports of
    Es Sider and Ras Lanuf")."""
    typ = words.sites[key]
    if e + 2 < len(toks) and _near_a_town(toks, b, e, typ, words):
        town = e + 2  # "a dam near Kalabagh": placed as "at" places it
        geometry, gid = _placed(ctx, [toks[town]])
        if geometry is None or toks[town].i in taken:
            return None
        while town + 1 < len(toks) and _placed(ctx, [toks[town + 1]])[1] == gid:
            town += 1
        return _Reading(toks[b], _span_text(ctx, toks[b], toks[town]), geometry, gid, gid or "")
    if e + 2 >= len(toks) or toks[e + 1].lower_ not in ("of", "at", "in", "on"):
        return None
    if toks[e + 1].lower_ == "on":
        return _a_kind_on_an_island(ctx, toks, b, e, key, words)
    # "a camp in the village of Kiwanja": "in" and a town's word place it as "of" does
    in_a_town_s_word = (
        toks[e + 1].lower_ == "in"
        and (typ in _STRUCK_WHERE_THE_VERB_IS or key in words.context_in_clause)
        and _past_a_town_s_word(toks, e + 2) != e + 2
    )
    if (
        toks[e + 1].lower_ == "in"
        and not in_a_town_s_word
        and not _a_kind_in_a_town(ctx, toks, e, key, words)
    ):
        return _a_kind_in_a_region(ctx, toks, b, e, key, words, e + 2)
    if typ in words.unplaced:
        return _unplaced_at_a_name(ctx, toks, b, e, words)
    of = toks[e + 1].lower_ == "of" or in_a_town_s_word
    town = _past_a_town_s_word(toks, e + 2) if of else e + 2
    geometry, gid = _placed(ctx, [toks[town]])
    town_gid = gid  # the geoparser's reading, which a seaport's namesake may replace
    if typ == "port" and geometry is not None:
        geometry, gid = _a_seaport_s_namesake(ctx, toks[town], geometry, gid)
    if toks[town].i in taken:
        return None  # a site already read ("the base at Incirlik")
    head_toks = toks[b : e + 1]
    first = head_toks[0]
    if town != e + 2:
        # "the airport of the south-western Iranian city of Abadan": the town's site
        if geometry is None:
            return None
        end = town
        while end + 1 < len(toks) and _placed(ctx, [toks[end + 1]])[1] in (gid, town_gid):
            end += 1
        kind = " ".join([*(t.lower_ for t in head_toks[:-1]), head_toks[-1].lemma_.lower()])
        name = f"{kind} of {_span_text(ctx, toks[town], toks[end])}"
        return _Reading(first, name, geometry, gid, gid or "")
    if geometry is None:
        of = toks[e + 1].lower_ == "of"
        own = _qualified_name(ctx, toks, b, e + 2, words, len(key) > 1) if of else []
        if not own:
            return None  # no town
        name_of = _span_text(ctx, own[0], own[-1])
        heads = " ".join(t.lower_ for t in head_toks[:-1])
        kind = f"{heads} {head_toks[-1].lemma_.lower()}".strip()  # "ports" -> "port"
        stem = " ".join(t.text for t in own)
        return _Reading(first, f"{kind} of {name_of}", None, None, stem, qualified=True)
    end = e + 2
    while end + 1 < len(toks) and _placed(ctx, [toks[end + 1]])[1] in (gid, town_gid):
        end += 1
    if _name_goes_on(ctx, toks, end):
        # "a silo at Cedar Valley Grain Co-op": a firm's name, not the town
        return _a_firm_s_site_in_a_town(ctx, toks, b, end)
    return _Reading(first, _span_text(ctx, first, toks[end]), geometry, gid, gid or "")


def _a_firm_s_site_in_a_town(ctx: SentenceContext, toks: list, b: int, k: int) -> _Reading | None:
    """ "a grain silo at Cedar Valley Grain Co-op in Ames": a kind "at" a firm's name whose first
    word is a town's (Cedar, read alone) is the firm's works, placed by the town "in" names
    after the firm's name; no town, no place. The firm's name runs on in capitalised words, "&"
    and hyphened words ("Cedar Valley Feed & Grain", "Cedar Valley Grain Co-op")."""
    k += 1
    while k < len(toks) and (
        toks[k].text[:1].isupper() or toks[k].text in ("&", "-") or toks[k - 1].text == "-"
    ):
        k += 1
    if k + 1 >= len(toks) or toks[k].lower_ != "in" or not _placed_town(ctx, toks[k + 1]):
        return None
    tp = _toponym_at(ctx, toks[k + 1])
    if tp is None or ctx.s.char(toks[k + 1]) != tp.start or _a_namesake_as_likely(tp):
        return None
    geometry, gid = _placed(ctx, [toks[k + 1]])
    if geometry is None:
        return None
    end = k + 1
    while end + 1 < len(toks) and _toponym_at(ctx, toks[end + 1]) is tp:
        end += 1
    return _Reading(toks[b], _span_text(ctx, toks[b], toks[end]), geometry, gid, gid or "")


# how near the sea a port's town must lie to be a seaport's (lakes are land: "the port of
# Cleveland" on Lake Erie lies inland so read), and how much more populous its namesake must be
_SEAPORT_KM = 100.0


def _a_seaport_s_namesake(
    ctx: SentenceContext, tok: Any, geometry: dict, gid: str | None
) -> tuple[dict, str | None]:
    """ "a strike at the port of Hamburg" read as a village of New York that bears the name: a
    port whose town the geoparser chose inland, with no sea within 100 km, while a namesake far
    from it, scored nearly as high, lies by the sea and is more populous, is the namesake's (a
    seaport is named in the news far more often than an inland village that shares its name).
    Not where the text chose between them ("the port of Hamburg, New York" scores the village far
    higher), nor an inland port a larger seaport does not share a name with ("the port of
    Duisburg", "the port of Memphis"), nor one more populous than its namesake by the sea
    ("the port of Portland, Oregon", "the port of Albany, New York")."""
    from explorer.extract.coasts import sea_within

    tp = _toponym_at(ctx, tok)
    c = tp.candidate if tp is not None else None
    if c is None or sea_within(c.lat, c.lon, _SEAPORT_KM) is not False:
        return geometry, gid
    seaports = [
        a
        for a in _far_namesakes(tp)
        if a.population > c.population and sea_within(a.lat, a.lon, _SEAPORT_KM)
    ]
    if not seaports:
        return geometry, gid
    best = max(seaports, key=lambda a: a.population)
    return {"type": "Point", "coordinates": [best.lon, best.lat]}, best.gazetteer_id


def _near_a_town(toks: list, b: int, e: int, typ: str, words: _Words) -> bool:
    """ "A dam near Kalabagh", "the hydroelectric dam near Nurek": a kind that stands outside
    the towns news places it by (a dam on its river), after a determiner and its qualifiers
    only, then "near" and a name. Not "a beaver dam near Ottawa" (a word that is no
    qualifier: not a works), nor "the dam near the border" (no name)."""
    if typ not in words.placed_by_near or toks[e + 1].lower_ != "near":
        return False
    k = b - 1
    while k >= 0 and toks[k].text in words.site_qualifiers:
        k -= 1
    return k >= 0 and toks[k].lower_ in ("a", "an", "the") and toks[e + 2].text[:1].isupper()


def _a_kind_in_a_town(
    ctx: SentenceContext, toks: list, e: int, key: tuple, words: _Words, at: int | None = None
) -> bool:
    """ "a naval base in Port Louis", "an oil terminal in Ceyhan": a kind drawn on the map, of
    two words or a word no other sense shares, right before "in" and a town the geoparser
    placed, is that town's site. Not a bare ordinary head ("the party's base in Atlanta",
    "the prison in question"), a kind never drawn (a pipeline, a field), a region or a country
    after "in" ("a dam in Tibet" is not placed at a point: `_a_kind_in_a_region` lists it),
    or what talks are about ("talks on the terminal in Vienna" were held there). ``at``: where
    the town's name begins when "in" is not right after the head (`_place_of_its_clause`)."""
    if not _a_kind_placed_by_in(toks, e, key, words):
        return False
    town = toks[e + 2 if at is None else at]
    tp = _toponym_at(ctx, town)
    # the town's name begins right after "in" ("in the city of Bonny" is read elsewhere)
    starts = tp is not None and ctx.s.char(town) == tp.start
    return (
        starts
        and _placed_town(ctx, town)
        and not _a_namesake_as_likely(tp)
        and not _a_great_region_s_namesake(ctx, tp)
    )


def _the_great_region_of_its_name(tp: Toponym) -> Candidate | None:
    """The state or country of a town's name, among the town's other readings, a hundred times
    as populous as the town the geoparser chose (Oregon, the state, for Oregon, Ohio)."""
    c = tp.candidate
    if c is None or c.kind not in _PLACED_KINDS:
        return None
    return next(
        (
            a
            for a in tp.alternatives
            if a.kind in ("region", "country")
            and a.name == c.name
            and a.population > _REGION_TIMES_TOWN * max(c.population, 1)
        ),
        None,
    )


# how many times as many people a state or a country must hold as a town of its name for
# "in" and that name to mean the state, where the sentence tells neither the town's state
_REGION_TIMES_TOWN = 100


def _a_great_region_s_namesake(ctx: SentenceContext, tp: Toponym | None) -> bool:
    """Whether the town "in" names is a small namesake of a state or a country the gazetteer
    holds under the same name, a hundred times as populous, and the sentence names no region
    of the town's: "a battery plant in Oregon" (the state, not the Ohio town of 20,000 the
    geoparser may read in a headline), "a refinery in Jordan" (the kingdom, not a Minnesota
    town). "A plant in Oregon, Ohio" names the town's state and stays drawn there."""
    c = tp.candidate if tp is not None else None
    if tp is None or c is None or _the_great_region_of_its_name(tp) is None:
        return False
    return not any(
        o.candidate is not None
        and o.candidate.kind == "region"
        and o.candidate.country == c.country
        and o.candidate.admin1 == c.admin1
        for o in ctx.toponyms
        if o is not tp
    )


def _a_kind_placed_by_in(toks: list, e: int, key: tuple, words: _Words) -> bool:
    """A kind a place "in" may site: drawn on the map, or a ground never drawn (a spaceport, a
    test site: "a spaceport that is to be built in Brevard County", listed under the place and
    drawn nowhere, as its name's town may lie far from it); of two words or a word no other
    sense shares (or an ordinary word "in" places as "of" does, taken by a determiner or an
    owner: "the island's main port in Valletta", not "they drank port in Lisbon"), and not
    what talks are about."""
    ordinary = len(key) == 1 and key[0] in words.ordinary
    if ordinary and key[0] in words.placed_by_in:
        ordinary = not any(c.dep_ in ("det", "poss") for c in toks[e].children)
    typ = words.sites[key]
    unplaced = typ in words.unplaced and typ not in _ONE_GROUND
    return not (unplaced or ordinary or _a_talks_topic(toks[e]))


# what may stand between "in" and a region's name: "in the country's southern Fars Province",
# "in Yemen's Marib province" (an owner and its possessive, words of direction)
_BEFORE_A_REGION = 4


def _a_kind_in_a_region(
    ctx: SentenceContext, toks: list, b: int, e: int, key: tuple, words: _Words, k: int
) -> _Reading | None:
    """ "a new uranium enrichment plant in the country's southern Fars Province", "a desert
    air base in Yemen's Marib province", "the weapons plant in Tennessee": a kind that
    "in" may site (`_a_kind_placed_by_in`), before a region the geoparser resolved (past an
    owner's possessive and adjectives), is a site of that region: listed under its kind and
    the region's name as written, and drawn nowhere, since the region holds it and no point of
    it says where. Not a country ("a naval base in Bahrain" says only whose), nor a region
    named as a side (metonymy), nor a plural ("oil terminals in Texas", "three substations in
    Washington state": many sites over the region, none of them told), nor a site its
    sentence names by a town that holds it ("Jamnagar holds the world's largest refinery in
    Gujarat": `_kind_as_predicate` draws it at Jamnagar)."""
    if not _a_kind_placed_by_in(toks, e, key, words) or toks[e].tag_ in ("NNS", "NNPS"):
        return None
    if _kind_as_predicate(ctx, toks, e, words) is not None:
        return None
    j = k
    while j < len(toks) and j - k <= _BEFORE_A_REGION:
        t = toks[j]
        tp = _toponym_at(ctx, t)
        if tp is not None and ctx.s.char(t) == tp.start and not _owner_before(toks, j, tp, ctx):
            c = tp.candidate
            end = j
            while end + 1 < len(toks) and _toponym_at(ctx, toks[end + 1]) is tp:
                end += 1
            # "Deir al-Zor province", "Kherson region": a region named for its chief town
            worded = end + 1 < len(toks) and toks[end + 1].lower_ in _REGION_WORDS
            # "a battery plant in Oregon" read at an Ohio town: the state of that name
            great = None if worded else _the_great_region_of_its_name(tp)
            if great is not None and great.kind == "region" and _a_great_region_s_namesake(ctx, tp):
                c = great
            if (
                c is None
                or tp.metonymic
                or not (c.kind == "region" or (worded and c.kind == "city"))
            ):
                return None
            kind = _kind_words(toks, b, e)
            region = toks[end + 1].lower_ if worded else ""
            return _Reading(
                toks[b],
                f"{kind} in {_span_text(ctx, t, toks[end + 1] if worded else toks[end])}",
                None,
                None,
                f"{kind} in {c.gazetteer_id} {region}".strip(),
                in_region=True,
                region=_region_key(tp) if c is tp.candidate else (c.country or "", c.admin1),
            )
        if not (t.lower_ == "the" or t.tag_ == "POS" or t.pos_ == "ADJ" or _owner(toks, j)):
            return None
        j += 1
    return None


_REGION_WORDS = frozenset(
    {"province", "region", "state", "governorate", "oblast", "county", "district", "prefecture"}
)


def _owner(toks: list, j: int) -> bool:
    """ "Syria's", "the country's": a word before a possessive."""
    return j + 1 < len(toks) and toks[j + 1].tag_ == "POS"


def _owner_before(toks: list, j: int, tp: Toponym, ctx: SentenceContext) -> bool:
    """Whether the place name beginning at ``j`` is an owner before its possessive ("Syria's
    Deir al-Zor province": Syria owns the region)."""
    end = j
    while end + 1 < len(toks) and _toponym_at(ctx, toks[end + 1]) is tp:
        end += 1
    return _owner(toks, end)


def _kind_words(toks: list, b: int, e: int) -> str:
    """The kind as its phrase says it, with the nouns before the head ("research reactor",
    "desert air base", "weapons manufacturing plant"); the head in the singular."""
    j = b
    while j > 0 and toks[j - 1].pos_ == "NOUN" and toks[j - 1].dep_ == "compound":
        j -= 1
    said = [t.lower_ for t in toks[j:e]]
    return " ".join([*said, toks[e].lemma_.lower()])


# verbs whose "in" puts their subject or object where it stands: "the plant that exploded in
# Tennessee", "a dam that Ethiopia has agreed to build in Gambela"; not where something was said
# or done to it ("the reactor Iran announced in Tehran", "the base discussed in Geneva")
_WHERE_VERBS = frozenset(
    {"build", "construct", "locate", "situate", "lie", "sit", "stand", "operate", "explode"}
)


def _place_of_its_clause(
    ctx: SentenceContext, toks: list, b: int, e: int, key: tuple, words: _Words
) -> _Reading | None:
    """The town or region a relative clause on the kind puts it in, by a verb of building,
    standing, running or blowing up and "in" ("the plant that exploded in Tennessee", "a dam
    that China approved to build in Tibet", "the refinery that Chevron operates in Richmond,
    California"): read as if "in" came right after the kind."""
    head = toks[e]
    for rc in head.children:
        if rc.dep_ != "relcl":
            continue
        for v in (rc, *(c for c in rc.children if c.dep_ == "xcomp")):
            if v.lemma_.lower() not in _WHERE_VERBS:
                continue
            for prep in v.children:
                k = prep.i - toks[0].i + 1
                if prep.dep_ != "prep" or prep.lower_ != "in" or k >= len(toks):
                    continue
                if _a_kind_in_a_town(ctx, toks, e, key, words, k):
                    return _a_kind_at_its_verb_s_town(ctx, toks, b, e, k, "in")
                return _a_kind_in_a_region(ctx, toks, b, e, key, words, k)
    return None


# verbs of what befalls a site, whose "in" (or "near") places the site they tell of
_MISHAP_VERBS = frozenset({"explode", "burn", "collapse", "catch", "blow", "set", "flood"})


def _place_of_its_own_verb(
    ctx: SentenceContext, toks: list, b: int, e: int, key: tuple, words: _Words
) -> _Reading | None:
    """The town a site's own verb puts it at: the kind the subject of a verb of standing or
    of mishap, or a participle of one right on the kind, then "in" and a town ("An
    ammunition depot exploded in Ikeja", "A substation caught fire in Leeds", "Substation
    set on fire in Cardiff"), or "near" for a kind that stands outside the town news places
    it by ("an ammunition depot blows up near Lagos"): read as if the preposition came
    right after the kind. What the verb tells of another thing does not place it ("Shares of
    the port operator collapsed in London": the shares are the subject), nor a bare ordinary
    head ("A mine exploded in Kharkiv": a landmine)."""
    head = toks[e]
    verbs = [c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head)
    for v in verbs:
        if v.lemma_.lower() not in _WHERE_VERBS | _MISHAP_VERBS and not _planned_there(head, v):
            continue
        for prep in v.children:
            k = prep.i - toks[0].i + 1
            if prep.dep_ != "prep" or k >= len(toks):
                continue
            near = prep.lower_ == "near" and words.sites[key] in words.placed_by_near
            if near and _a_kind_placed_by_in(toks, e, key, words) and _placed_town(ctx, toks[k]):
                return _a_kind_at_its_verb_s_town(ctx, toks, b, e, k, "near")
            if prep.lower_ != "in":
                continue
            if _a_kind_in_a_town(ctx, toks, e, key, words, k):
                return _a_kind_at_its_verb_s_town(ctx, toks, b, e, k, "in")
            return _a_kind_in_a_region(ctx, toks, b, e, key, words, k)
    return None


# nouns of a mishap or an attack at a site, whose "in" places the site ("the blaze at a petrol
# pump in the town of Y")
_MISHAP_NOUNS = frozenset(
    {"fire", "blaze", "blast", "explosion", "attack", "bombing", "raid", "strike", "airstrike"}
    | {"shooting", "siege", "inferno"}
)


def _place_of_its_mishap(
    ctx: SentenceContext, toks: list, b: int, e: int, key: tuple, words: _Words
) -> _Reading | None:
    """The town a mishap at a site puts it in, for the kinds whose words of force are said in
    their own clause: "the blaze at a petrol pump selling kerosene, in the town of Y, spread
    to the houses", "the blast at the courthouse in the city of Z" (the parser hangs "in" on
    the mishap's noun, not on the site): read as if "in" came right after the kind. Only
    "at" a site under a noun of mishap, and "in" a town the geoparser placed."""
    head = toks[e]
    if key not in words.context_in_clause or head.dep_ != "pobj" or head.head.lower_ != "at":
        return None
    noun = head.head.head
    if noun.lemma_.lower() not in _MISHAP_NOUNS:
        return None
    for prep in noun.children:
        k = prep.i - toks[0].i + 1
        if prep.dep_ != "prep" or prep.lower_ != "in" or k >= len(toks):
            continue
        return _a_kind_at_its_verb_s_town(ctx, toks, b, e, _past_a_town_s_word(toks, k), "in")
    return None


# verbs of a site to come, said of it in the passive: "is planned in", "is proposed in"
_PLANNING_VERBS = frozenset({"plan", "propose"})


def _planned_there(head: Any, verb: Any) -> bool:
    """Whether a site is the passive subject of a verb of planning, whose "in" then says
    where it is to stand: "A new data centre is planned in Frankfurt's eastern
    district", "A wind farm is proposed in Kent". Only the site itself as the subject ("A
    referendum on the dam is planned in Laos": the referendum), and "in" a town or a region
    as `_place_of_its_own_verb` reads it (not "in May", "in three stages", "in secret").
    Only a plan still to come ("is planned", "has been proposed"): a plan told in the past
    tense is said where it was drawn up ("A dam on the Zambezi was planned in London by
    colonial engineers", "The canal was proposed in Paris in 1854"), and a site "for" a
    land is drawn up away from it ("A port for Chad is planned in Paris")."""
    if head.dep_ != "nsubjpass" or verb.lemma_.lower() not in _PLANNING_VERBS:
        return False
    if any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in verb.children):
        return False
    return not any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") for o in p.children)
        for p in head.children
    )


def _a_kind_at_its_verb_s_town(
    ctx: SentenceContext, toks: list, b: int, e: int, k: int, prep: str
) -> _Reading | None:
    """The reading of a kind at the town whose name begins at ``k`` ("ammunition depot in
    Bandung"), after ``prep``: for `_place_of_its_own_verb` and a kind "in" a town."""
    tp = _toponym_at(ctx, toks[k])
    geometry, gid = _placed(ctx, [toks[k]])
    if tp is None or gid is None:
        return None
    end = k
    while end + 1 < len(toks) and _toponym_at(ctx, toks[end + 1]) is tp:
        end += 1
    name = f"{_kind_words(toks, b, e)} {prep} {_span_text(ctx, toks[k], toks[end])}"
    return _Reading(toks[b], name, geometry, gid, gid)


def _a_service_s_own_academy(
    toks: list, b: int, e: int, key: tuple, words: _Words, proper_head: bool
) -> _Reading | None:
    """A service's own academy, capitalised after "the" with no name and no town ("Graduates
    of the Naval Academy left for the fleet", "cadets of the Air Force Academy"): the one
    school of that service its story's country runs, a site though its town goes unsaid;
    listed, drawn nowhere. Its words in a longer name are another thing's ("the Naval Academy
    Museum", "the Air Force Academy Falcons", a team), and a lower-case "military academy"
    is any."""
    if words.sites[key] != "academy" or len(key) < 2 or not proper_head:
        return None
    if b == 0 or toks[b - 1].lower_ != "the":
        return None
    if e + 1 < len(toks) and toks[e + 1].text[:1].isupper():
        return None
    name = " ".join(t.text for t in toks[b : e + 1])
    return _Reading(toks[b], name, None, None, name)


# how much less a namesake's score may be (the geoparser's scores are log odds) and how far it
# must lie for the text to have chosen between them: within 0.5, the odds are under 1.65 to 1
_NAMESAKE_MARGIN = 0.5
_NAMESAKE_KM = 161.0


def _a_namesake_as_likely(tp: Toponym | None) -> bool:
    """ "the state's largest refinery in Richmond": a town whose name another town far from it
    bears, scored nearly as high, is a reading the text does not support (Virginia's Richmond
    or California's, the sentence does not say); "a refinery in Richmond, California" or a
    story of Sacramento's officials lifts one far above the others."""
    return bool(_far_namesakes(tp))


def _far_namesakes(tp: Toponym | None) -> list:
    """The towns of a town's name, far from it, scored nearly as high."""
    c = tp.candidate if tp is not None else None
    if tp is None or c is None:
        return []
    return [
        a
        for a in tp.alternatives
        if a.kind in _PLACED_KINDS
        and a.name == c.name
        and c.score - a.score < _NAMESAKE_MARGIN
        and great_circle_km(c.lat, c.lon, a.lat, a.lon) > _NAMESAKE_KM
    ]


# what a town is called before its name: "the city of Kamishli", "the port town of Bosaso"
_TOWN_WORDS = frozenset({"city", "town", "village", "capital"})


def _past_a_town_s_word(toks: list, k: int) -> int:
    """Where a town's name begins after "of": past "the ... city of" ("the airport of the
    south-western Iranian city of Abadan"), a town's word with at most four words before it;
    ``k`` itself when there is none."""
    if toks[k].lower_ != "the":
        return k
    for j in range(k + 1, min(k + 6, len(toks) - 2)):
        if toks[j].lower_ in _TOWN_WORDS and toks[j + 1].lower_ == "of":
            return j + 2
        if toks[j].lower_ in ("of", ",", "and") or toks[j].pos_ == "VERB":
            break
    return k


# what a name after "on" may not be tagged as (a date, a person, a people or a law is what an
# act was "on", not where a site stands; the tagger's ORG is kept: it takes islands it does
# not know for firms, "the radar station on Triton")
_NOT_ISLAND_ENTS = frozenset({"DATE", "TIME", "EVENT", "PERSON", "NORP", "LAW"})


def _a_kind_on_an_island(
    ctx: SentenceContext, toks: list, b: int, e: int, key: tuple, words: _Words
) -> _Reading | None:
    """ "The radar station on Triton", "a naval base on Hainan", "the naval base on Okinawa":
    a kind "in" may site (`_a_kind_placed_by_in`), in the singular, right before "on" and a
    proper name (no country, sea, site or side; a region, or a town's name or none, for an
    island is read as either) stands on that island or in that region: listed as "<kind> on
    <name as written>" and drawn nowhere (an island's or a region's point would be a false
    precision, and a town's name may be the island's). Not a date, a person, a people or a
    law ("the radar station on Monday", "the base on Trump's orders"); not a kind itself
    the topic of an "on" (`_a_topic_on`: "a report on the refinery on Reuters"; "the attack
    on the base on Crimea" is read); not a name going on as a
    possessive or a street ("the plant on Main Street"); not what talks are about."""
    if not _a_kind_placed_by_in(toks, e, key, words) or toks[e].tag_ in ("NNS", "NNPS"):
        return None
    if toks[e].dep_ == "pobj" and toks[e].head.lower_ == "on" and _a_topic_on(toks[e].head, words):
        return None  # "a report on the refinery on Reuters": which "on" is whose is unsaid
    own: list = []
    k = e + 2
    region = _toponym_at(ctx, toks[k]) if _kind_at(ctx, toks[k]) == "region" else None
    while k < len(toks) and len(own) < 3:
        t = toks[k]
        if region is not None:
            if _toponym_at(ctx, t) is not region:
                break
        elif not _plain_name(ctx, t, words):
            break
        if _kind_at(ctx, t) in ("site", "route") or (
            t.ent_type_ in _NOT_ISLAND_ENTS and not _read_as_a_place(ctx, t)
        ):
            return None
        own.append(t)
        k += 1
    if not own or (
        k < len(toks) and (toks[k].tag_ == "POS" or toks[k].lower_ in words.street_words)
    ):
        return None
    if region is not None and region.metonymic:
        return None
    kind = _kind_words(toks, b, e)
    name = f"{kind} on {_span_text(ctx, own[0], own[-1])}"
    # drawn nowhere, as the docstring says: not at a town "on" names ("on Okinawa")
    return _Reading(toks[b], name, None, None, name.lower(), qualified=True, in_region=True)


def _read_as_a_place(ctx: SentenceContext, t) -> bool:
    """Whether the geoparser read a name the tagger calls a person as a place of the map (no
    side's metonym): "the naval base on Okinawa for its defence", where the tagger takes
    "Okinawa" for a person's name and the gazetteer knows the island. A person's name the
    gazetteer does not hold as a place stays a person's ("the base on Trump's orders")."""
    if t.ent_type_ != "PERSON":
        return False
    tp = _toponym_at(ctx, t)
    return tp is not None and tp.candidate is not None and not tp.metonymic


def _unplaced_at_a_name(
    ctx: SentenceContext, toks: list, b: int, e: int, words: _Words
) -> _Reading | None:
    """ "its own launch sites at Jiuquan and Wenchang", "the oil field at Rumaila": a kind
    never drawn takes the proper name after "at" as its own, a town the geoparser read or
    not (nothing is drawn); not a day ("the pipeline at Christmas"), a side or a country."""
    if toks[e + 1].lower_ != "at":
        return None
    if _a_talks_topic(toks[e]) and e + 2 < len(toks) and _kind_at(ctx, toks[e + 2]) == "city":
        return None  # "talks on the pipeline at Geneva": where the talks are, a town

    own: list = []
    k = e + 2
    while k < len(toks) and len(own) < 3 and _plain_name(ctx, toks[k], words):
        if toks[k].ent_type_ in ("DATE", "TIME", "EVENT") or _kind_at(ctx, toks[k]) == "country":
            return None
        own.append(toks[k])
        k += 1
    if not own:
        return None
    head_toks = toks[b : e + 1]
    kind = " ".join([*(t.lower_ for t in head_toks[:-1]), head_toks[-1].lemma_.lower()])
    name = f"{kind} at {_span_text(ctx, own[0], own[-1])}"
    stem = " ".join(t.text for t in own)
    return _Reading(head_toks[0], name, None, None, stem, qualified=True)


# nouns and verbs of talks and meetings: what is talked "on", "over" or "about" is their topic,
# and a place "at" after it is where the talks are
_TALK_WORDS = frozenset(
    {"talk", "negotiation", "consultation", "dialogue", "deal", "agreement", "accord", "treaty"}
    | {"meeting", "conference", "summit", "dispute", "discussion", "negotiate", "meet", "agree"}
    | {"confer", "discuss", "talks"}
)


def _a_talks_topic(head) -> bool:
    """ "Talks on the pipeline at Geneva broke down", "they discussed the field at Vienna":
    the kind is what talks are about, and "at" after it says where they were held (the parse
    hangs it on the kind all the same)."""
    gov = head.head
    if head.dep_ == "dobj":
        return gov.lemma_.lower() in ("discuss", "negotiate")
    return (
        head.dep_ == "pobj"
        and gov.lower_ in ("on", "over", "about")
        and gov.head.lemma_.lower() in _TALK_WORDS
    )


# verbs whose "on" tells a topic, as a noun's does ("commented on the base on Twitter")
_TELLING_VERBS = _TALK_WORDS | frozenset(
    {"report", "comment", "write", "speak", "post", "publish", "focus", "remark", "brief"}
    | {"testify", "elaborate", "dwell", "touch", "read", "tweet", "blog", "lecture", "agree"}
)


def _a_topic_on(on, words: _Words) -> bool:
    """Whether a kind after "on" is a topic, so that a second "on" after it may say where the
    telling was ("a report on the refinery on Reuters", "commented on the base on Twitter"):
    "on" after a noun that is no act of war, or after a verb of telling. A kind after an act
    of war or another verb is where the second "on" stands ("the drone attack on the naval
    base on Crimea", "Russia relies on the naval base on Sakhalin")."""
    head = on.head
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in _TELLING_VERBS
    return head.lower_ not in words.war_words and head.lemma_.lower() not in words.war_words


def _site_at(
    ctx: SentenceContext, toks: list, e: int, words: _Words, taken: set[int]
) -> NamedAsset | None:
    """The site whose head ends at ``e``: its name before the head, after a kind written first,
    or a town after "of" or "at"."""
    key = _site_head(toks, e, words, ctx.paragraph_words)
    if not key:
        return None
    typ = words.sites[key]
    b = e - len(key) + 1
    if _another_thing_s_compound(toks, b, key, words) or _a_works_s_other_sense(ctx, toks, b, e):
        return None
    head_toks = toks[b : e + 1]
    proper_head = all(t.text[:1].isupper() for t in head_toks)
    if (
        proper_head
        and toks[e].lower_ != key[-1]
        and (typ == "railway" or not _a_determined_name(toks, b, e))
    ):
        # "Indian Railways", "Kenya Railways": an operator's name, not a line; "Konkola
        # Copper Mines said", "Adani Ports reported": a firm named for its works, where a
        # site's plural name takes "the" ("the Mazagon Docks", "the Admiralty Shipyards")
        return None
    if proper_head and _a_company_s_name(toks, b):
        return None  # "mining company Mopani Copper Mines": whose, not which site
    worship = typ == "place_of_worship"
    if worship and _a_denomination(ctx, toks, b, e, words):
        return None
    if typ == "hotel" and any(
        c.dep_ == "poss" and c.lower_ in _PERSONAL_OWNERS for c in toks[e].children
    ):
        return None  # "shot outside his hotel in Dakar": where a guest stays, not a target
    skip = words.site_qualifiers | words.faith_words if worship else words.site_qualifiers
    run = _name_run(ctx, toks, b, skip, 4, keep_owner=proper_head, site=True)
    if run and any(t.i in taken for t in run):
        return None
    if run and proper_head and _a_person_s_name(ctx, toks, run, e):
        return None
    if typ == "broadcast_tower" and run and _a_broadcaster_s_offices(ctx, toks, run, b, e):
        if not _a_building_struck(toks, e, words):
            return None
        typ = "broadcaster_building"  # no mast: a broadcaster's building, struck
    if e + 1 < len(toks) and toks[e + 1].lower_ in words.street_words:
        # "Bridge Street", "Harbor Museum", "the Nigerian Prison Service": a street's, a
        # building's or a body's name
        return None
    if key in words.numbered and not _numbered(run):
        return None  # "the SpaceX satellite", "a Russian satellite": whose, not which
    if (
        typ == "mine"
        and run
        and all(t.text in words.makers for t in run if t.text != "-")
        and not _trade_said(toks, key, words)
    ):
        return None  # "Saab mines": a maker's munitions, as "Claymore mines" are a model's
    last = toks[e]
    if run:
        curated = _curated_site(ctx, run, typ, last, words)
        if curated is not None:
            return curated
    if (
        run
        and _kind_at(ctx, run[0]) == "sea"
        and all(_toponym_at(ctx, t) is _toponym_at(ctx, run[0]) for t in run)
    ):
        run = []  # "the Black Sea port of Odesa": where the port is, then which
    if (
        run
        and not _names_a_site(ctx, toks, run, proper_head)
        and not _a_town_s_one(ctx, toks, run, e, proper_head, words)
    ):
        return None
    # a kind written first is a kind of two words or after a word of its own ("Naval Station
    # Norfolk", "Joint Base Lewis-McChord"), never a town's own first word ("Port Said",
    # "Canal Winchester") or a title's ("Base Realignment and Closure")
    first_kind = (
        proper_head
        and (run or len(key) > 1)
        and not any(_toponym_at(ctx, t) for t in (*run, *head_toks))
    )
    after = _name_after(ctx, toks, e, words) if first_kind else []
    if not after and proper_head and _name_goes_on(ctx, toks, e):
        return None  # "the Greek Prison Guards Union": the kind is a word of a longer name
    if after:
        reading: _Reading | None = _kind_written_first(ctx, toks, run, head_toks, after)
    elif run:
        reading = _name_before_head(ctx, toks, e, run)
    elif typ in words.routes_by_ends:
        reading = _route_by_ends(ctx, toks, b, e, taken)
    else:
        reading = (
            _town_after_head(ctx, toks, b, e, key, words, taken)
            or _place_of_its_clause(ctx, toks, b, e, key, words)
            or _place_of_its_own_verb(ctx, toks, b, e, key, words)
            or _place_of_its_mishap(ctx, toks, b, e, key, words)
            or _a_service_s_own_academy(toks, b, e, key, words, proper_head)
        )
    if reading is None:
        return None
    if proper_head and not run and reading.first is toks[b]:
        reading = _a_title_s_adjective(ctx, toks, b, reading)
    if _ordinary_unnamed(ctx, toks, e, key, proper_head, reading, words):
        return None
    geometry, gid = reading.geometry, reading.gid
    # a lower-case ordinary head its sentence named ("the Grasberg mine in Papua province")
    by_sentence = (
        key in {(w,) for w in words.ordinary}
        and not proper_head
        and gid is None
        and not (reading.qualified or reading.by_ends or reading.coded)
    )
    if typ in words.unplaced or reading.in_region or reading.unsure:
        geometry, gid = None, None
    elif (
        typ == "broadcaster_building"
        or (typ in words.placed_by_sentence and run)
        or (typ in words.placed_by_whole_name and _town_and_more(ctx, toks, reading, b))
    ):
        # a broadcaster's building stands in its sentence's town, not its channel's: "the
        # Kobe TV tower in Osaka"
        # a name before the head, not a town after it ("the Military Academy of Modena")
        geometry, gid = _sited(ctx, toks[e], _AT_TOWN)
    elif geometry is None:
        geometry, gid = _sited(ctx, toks[e], _AT_TOWN if by_sentence else _SITED_BY)
        if (
            geometry is None
            and (typ in _STRUCK_WHERE_THE_VERB_IS or key in words.context_in_clause)
            and run
        ):
            geometry, gid = _struck_at_its_verb_s_town(ctx, toks[e])
    if key in _POLAR_HEADS and _between_the_polar_circles(geometry):
        if not run:
            return None  # "the weather research station in Darwin": a town's laboratory
        geometry, gid = None, None  # a polar station's name read as a town far from the ice
    if gid is not None:
        geometry, gid = _a_quarter_of_the_city_near_it(ctx, toks, e, geometry, gid)
    return NamedAsset(
        type=typ,
        name=reading.name,
        id=named_asset_id(typ, reading.stem),
        first=reading.first,
        last=last,
        geometry=geometry,
        gazetteer_id=gid,
        region=reading.region if reading.in_region else _first_level_unit(ctx, gid),
        by_ends=reading.by_ends,
        ends_told_again=reading.by_ends and b > 0 and toks[b - 1].lower_ == "the",
    )


# the words that make "TV" or "Radio" before "tower" a channel's word ("the ABC TV tower")
_CHANNEL_HEAD_WORDS = frozenset({"TV", "Television", "Radio"})
# a channel's tower named for its own town's quarter stands within this of the "in" town
_QUARTER_KM = 50.0
# the words that tell a building of offices ("the newsroom of the ABC TV tower")
_OFFICE_WORDS = frozenset(
    {"newsroom", "newsrooms", "headquarters", "office", "offices", "staff", "employees"}
    | {"journalists", "studio", "studios", "floor", "floors", "lobby", "desk", "desks"}
)
# the words that tell a mast ("ice brought down the ABC TV tower, and its signal failed")
_MAST_WORDS = frozenset(
    {"mast", "masts", "antenna", "antennas", "antennae", "aerial", "aerials", "transmitter"}
    | {"transmitters", "transmission", "transmissions", "signal", "signals", "guy", "guyed"}
    | {"collapsed", "collapse", "collapses", "toppled", "topple", "topples"}
)


def _a_broadcaster_s_offices(ctx: SentenceContext, toks: list, run: list, b: int, e: int) -> bool:
    """Whether "the X TV tower" is a broadcaster's office building, no mast: X a channel's
    letters that are no place ("the RTX TV tower in Tours"), or a place far from the town "in"
    names after the head (a channel named for another town, "the Kobe TV tower in Osaka"), or
    a sentence of offices (newsroom, staff, headquarters) about it; and no word of a mast in
    the sentence (antenna, transmitter, signal, collapsed, "off the air"). A town's own mast
    ("the Herat TV tower was shelled") is as it was."""
    if toks[b].text not in _CHANNEL_HEAD_WORDS:
        return False
    words = {t.lower_ for t in toks}
    if words & _MAST_WORDS or "off the air" in ctx.text.lower():
        return False
    if words & _OFFICE_WORDS:
        return True
    names = [t for t in run if t.text != "-"]
    if (
        len(names) == 1
        and names[0].text.isupper()
        and names[0].is_alpha
        and len(names[0].text) > 1
        and _toponym_at(ctx, names[0]) is None
    ):
        return True  # a channel's letters
    own = _toponym_at(ctx, names[-1]) if names else None
    if own is None or own.candidate is None:
        return False
    c = own.candidate
    return any(
        city is not own
        and city.candidate is not None
        and _placed_town(ctx, obj)
        and great_circle_km(c.lat, c.lon, city.candidate.lat, city.candidate.lon) > _QUARTER_KM
        for obj, city in _placed_by_in(ctx, toks[e])
    )


# a broadcaster's building is struck by the words of force a hotel's are
_STRUCK_AS = ("hotel",)


def _a_building_struck(toks: list, e: int, words: _Words) -> bool:
    """Whether a building whose head ends at ``e`` is struck in its sentence, by the words of
    force a hotel's are ("gunmen stormed the RTX TV tower in Tours"), or set on fire, broken
    into or ransacked: a broadcaster's offices ("the Kobe TV tower in Osaka") are a kind of
    their own, a building, only as a target; staff walking out of them are no asset's news."""
    force = words.site_context.get(_STRUCK_AS, frozenset())
    return (
        any(
            t.lower_ in force and not _kin_of(t) and not _only_threatened(toks, k)
            for k, t in enumerate(toks)
        )
        or _set_on_fire(toks[e])
        or _broken_into(toks[e], _STRUCK_AS)
        or _ransacked(toks[e])
    )


_THREATS = frozenset({"threat", "threats", "scare", "scares", "hoax", "alert", "warning"})


def _only_threatened(toks: list, k: int) -> bool:
    """ "a bomb threat", "a bomb scare": a word of force that heads no blow (a building
    evacuated after a call is not struck)."""
    return k + 1 < len(toks) and toks[k + 1].lower_ in _THREATS


# the adjectives a site's title may open with, which a name's run stops at ("Great Britain",
# "New Zealand" are lands; "the Old Guard" a regiment's)
_TITLE_ADJECTIVES = frozenset({"Great", "Old", "New", "Big"})


def _a_title_s_adjective(ctx: SentenceContext, toks: list, b: int, reading: _Reading) -> _Reading:
    """ "the Great Mosque of Sfax", "the Old Bridge of Nablus": an adjective of a title
    between "the" and a capitalised kind's word is the site's name's first word, not cut from
    it, where the geoparser read the title whole as a place's name or nothing. Not a place's
    own word ("the New Ulm Airport" is the town's airport)."""
    if b < 2 or toks[b - 1].text not in _TITLE_ADJECTIVES or toks[b - 2].lower_ != "the":
        return reading
    own = _toponym_at(ctx, toks[b - 1])
    if (own is not None and own is not _toponym_at(ctx, toks[b])) or ctx.mention(toks[b - 1]):
        return reading  # a place's word, not the title's ("the New Ulm Airport")
    return replace(reading, first=toks[b - 1], name=f"{toks[b - 1].text} {reading.name}")


# kinds of building struck in attacks on people, whose named site the verb of the attack
# places when the site's own words do not ("Militants stormed the Ritz hotel in Lahore": "in
# Lahore" hangs on the verb)
_STRUCK_WHERE_THE_VERB_IS = frozenset(
    {"hotel", "mall", "place_of_worship", "camp", "parliament", "palace", "police_station"}
    | {"school", "market", "museum", "courthouse", "polling_station", "fuel_station"}
    | {"memorial", "city_hall"}
)
# possessives of persons: "his hotel" is a guest's lodging
_PERSONAL_OWNERS = frozenset({"his", "her", "their", "my", "our", "your"})


# the words of a land's armed service after "the headquarters of"
_ARMED_SERVICES = frozenset({"army", "military", "navy", "forces"})


def _an_army_s_headquarters(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """ "Gunmen attacked the headquarters of Chad's army", "a shell hit the headquarters of the
    Sudanese army in Khartoum": the headquarters of a land's armed service, its compound, as
    "the army headquarters" is (read with the same words of force in its own clause), drawn at
    the town "in" names, else not drawn. Not a party's or a firm's headquarters, nor one the
    sentence tells nothing done to ("the headquarters of the army said")."""
    if e + 4 > len(toks) or toks[e].lower_ != "headquarters" or toks[e + 1].lower_ != "of":
        return None
    head = toks[e]
    service = next(
        (
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )
    if service is None or service.lower_ not in _ARMED_SERVICES:
        return None
    context = words.site_context.get(("army", "headquarters"))
    if not context or not _said_in_its_clause(head, context):
        return None
    if service.i - toks[0].i >= len(toks) or service.i < head.i:
        return None
    geometry, gid = _sited(ctx, head, _AT_TOWN)
    if geometry is None:
        geometry, gid = _sited(ctx, service, _AT_TOWN)
    if geometry is None:
        geometry, gid = _struck_at_its_verb_s_town(ctx, head)
    last = toks[service.i - toks[0].i]
    name = _span_text(ctx, head, last)
    stem = gid or name
    return NamedAsset(
        "headquarters", name, named_asset_id("headquarters", stem), head, last, geometry, gid
    )


def _struck_at_its_verb_s_town(ctx: SentenceContext, head) -> tuple[dict | None, str | None]:
    """The town that the verb whose object a named site is puts the act in: "Gunmen attacked
    the Ritz hotel in Lahore" (the parser hangs "in Lahore" on "attacked"), "the Ritz hotel
    was bombed in Lahore", "looters broke into the Ritz hotel in Lahore". Only the verb's
    object, passive subject or target after "into" or "on": "the Ritz hotel's owner flew in
    from Dubai" places nothing."""
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ in _INTO and verb.dep_ == "prep":
        verb = verb.head  # "looters broke into the Ritz hotel in Lahore"
    elif head.dep_ not in ("dobj", "nsubjpass"):
        return None, None
    if verb.pos_ not in ("VERB", "AUX"):
        return None, None
    return _sited(ctx, verb, _AT_TOWN)


# the prepositions by which a verb of force reaches its target ("broke into the hotel",
# "fired on the station")
_INTO = frozenset({"into", "on", "upon"})


# words that make a capitalised "Church" before them a saint's or a patron's house, not a body
_SAINTS = frozenset({"St", "St.", "Saint", "Sts", "Sts.", "'s", "’s"})


def _a_denomination(ctx: SentenceContext, toks: list, b: int, e: int, words: _Words) -> bool:
    """Whether a capitalised "Church" names a denomination, a body of believers, not a house
    of worship: a faith's word right before it ("the Catholic Church in Peru said", "the
    Russian Orthodox Church backed the war") or "of" and a land after it ("the Church of
    Scotland"). A saint's or a patron's name keeps it a building ("St Anne's Catholic Church
    in Lagos", "the Church of the Nativity" has no land after "of")."""
    if toks[e].text not in ("Church", "Churches") or b != e:
        return False
    before = toks[max(0, b - 4) : b]
    if any(t.text in _SAINTS for t in before):
        return False
    if b > 0 and toks[b - 1].text in words.faith_words:
        return True
    if e + 2 < len(toks) and toks[e + 1].lower_ == "of":
        after = toks[e + 2]
        return _toponym_at(ctx, after) is not None or ctx.mention(after) is not None
    return False


# the words after a town's comma that place a site by a thing of a city near it ("in Vauxhall,
# near the bridge in London"), and how far a town may lie from that city to be near it
_NEAR_WORDS = frozenset({"near", "outside", "beside"})
_NEAR_PAIRS = frozenset({("next", "to"), ("close", "to")})
_NEAR_CITY_KM = 150.0


def _a_quarter_of_the_city_near_it(
    ctx: SentenceContext, toks: list, e: int, geometry: dict | None, gid: str
) -> tuple[dict | None, str | None]:
    """ "a substation in Roxbury, near the harbour in Boston": a site placed by a town after its
    head, whose comma opens "near" (or "outside", "beside", "next to", "close to") and a thing
    "in" a named city, stands near that city; a town the geoparser read more than 150 km from
    the city is a namesake (a quarter of the city the gazetteer holds only as another state's
    town), so the site is drawn at the town's namesake within 150 km of the city, or listed
    and not drawn where the gazetteer holds none. Not where the thing after "near" lies in a
    region ("near the fairground in Ohio": no city to be near), nor a town already within 150
    km of the city ("a refinery in Baiji, near the bridge in Tikrit")."""
    tp = next(
        (
            o
            for o in ctx.toponyms
            if o.candidate is not None
            and o.candidate.gazetteer_id == gid
            and not o.metonymic
            and any(t.i > toks[e].i for t in ctx.tokens_of(o))
        ),
        None,
    )
    if tp is None or tp.candidate is None:
        return geometry, gid
    k = ctx.tokens_of(tp)[-1].i - toks[0].i + 1
    if k + 2 >= len(toks) or toks[k].text != ",":
        return geometry, gid
    k += 1
    if (toks[k].lower_, toks[k + 1].lower_) in _NEAR_PAIRS:
        k += 1
    elif toks[k].lower_ not in _NEAR_WORDS:
        return geometry, gid
    city = None
    for t in toks[k + 1 :]:
        if t.text in (",", ";", ".") or t.pos_ in ("VERB", "AUX"):
            break
        o = _toponym_at(ctx, t)
        if o is not None and o is not tp:
            city = o
            break
    c, near = tp.candidate, city.candidate if city is not None else None
    if city is None or near is None or city.metonymic or near.kind != "city":
        return geometry, gid
    if great_circle_km(c.lat, c.lon, near.lat, near.lon) <= _NEAR_CITY_KM:
        return geometry, gid
    namesakes = [
        a
        for a in tp.alternatives
        if a.kind in _PLACED_KINDS
        and a.name == c.name
        and great_circle_km(a.lat, a.lon, near.lat, near.lon) <= _NEAR_CITY_KM
    ]
    if not namesakes:
        return None, None
    best = max(namesakes, key=lambda a: a.score)
    return {"type": "Point", "coordinates": [best.lon, best.lat]}, best.gazetteer_id


# heads that name a state's station on the polar ice only where their paragraph speaks of the
# poles, and the latitude a point must pass to lie in the polar seas and lands
_POLAR_HEADS = frozenset({("station",), ("research", "station")})
_POLAR_LATITUDE = 60.0


def _between_the_polar_circles(geometry: dict | None) -> bool:
    """Whether a polar station's point lies far from both poles' ice (between 60 degrees
    south and north): a research station drawn in a tropical town is that town's laboratory or
    a name read as a town, however its paragraph speaks of the Arctic."""
    if geometry is None or geometry.get("type") != "Point":
        return False
    return abs(geometry["coordinates"][1]) < _POLAR_LATITUDE


def _another_thing_s_compound(toks: list, b: int, key: tuple[str, ...], words: _Words) -> bool:
    """Whether the word right before a site's head makes the two another thing's name, not a
    works of the head's kind: "a wind tunnel in Stuttgart" is a laboratory's, "carpal tunnel"
    a wrist's, "a beaver dam in Ottawa" an animal's (the lexicon's ``other_compounds``). Not a
    kind's own modifiers ("a road tunnel in Oslo", "a tailings dam in Brumadinho")."""
    before = (words.other_compounds or {}).get(key[-1])
    return bool(before) and b > 0 and toks[b - 1].lower_ in (before or ())


def _a_works_s_other_sense(ctx: SentenceContext, toks: list, b: int, e: int) -> bool:
    """Whether a site's head names no works where its sentence gives it another sense: a
    team's work, a body's name, a ground's passage or fighters' hiding place (each below)."""
    head = toks[e]
    return (
        _a_team_s_work(head)
        or _a_body_named_a_data_centre(toks, b, e)
        or _a_ground_s_tunnel(ctx, head)
        or _fighters_tunnels(toks, head)
        or _a_hospital_of_care(head)
    )


# prepositions of the way to or from care: a hospital after them is where people are taken
# or treated, not a site an act of war falls on
_CARE_PREPOSITIONS = frozenset({"to", "at", "from", "into", "in", "outside"})


def _a_hospital_of_care(head) -> bool:
    """Whether a hospital is told as the place of care, not as a target: "the injured were
    brought to a hospital in Kandahar after the blast", "he died at a hospital in Lviv" (the
    object of a preposition of going or being there), "a hospital in Tartu said it had
    received the wounded" (its own acts of care or of telling); "missiles struck a hospital
    in Taiz", "the hospital in Aleppo was shelled" still name it."""
    if head.lemma_.lower() != "hospital":
        return False
    if head.dep_ == "pobj":
        return head.head.lower_ in _CARE_PREPOSITIONS
    # "the hospital in Tartu said it had received the wounded": the carer or the teller
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in _CARERS_VERBS


# what a hospital does as the subject of its verb when it is the carer or a teller, not a target
_CARERS_VERBS = frozenset(
    {"treat", "receive", "admit", "say", "report", "tell", "confirm", "announce", "discharge"}
    | {"care", "operate", "take", "accept", "count", "record"}
)


# nouns of a firm's teams, whose work a site's word before them names: "its Glasgow data
# centre team", "the bank's Leeds data centre department"
_TEAM_NOUNS = frozenset({"team", "teams", "department", "departments", "division", "desk"})


def _a_team_s_work(head) -> bool:
    """Whether a site's head only says what a team of a firm works on: "Barclays moved 300
    analysts to its Glasgow data centre team, an office that checks customers' records" names
    an office, no data centre. "Workers at the Dagenham plant" and "the Dublin data centre's
    staff" still name the works."""
    return head.dep_ == "compound" and head.head.lower_ in _TEAM_NOUNS


# words of reach that open a body's name, never a works': "the International Data Centre"
_REACH_WORDS = frozenset({"International", "World", "Global", "Regional"})


def _a_body_named_a_data_centre(toks: list, b: int, e: int) -> bool:
    """Whether a capitalised "Data Centre" is a body's name, not a hall of servers: after a
    word of reach ("The CTBTO's International Data Centre in Vienna detected the test", "The
    Global Data Centre of the Red Cross") or before "for" and its field ("The World Data Centre
    for Glaciology publishes measurements"). A data centre named by its town or its firm ("its
    Hamina data centre", "the Clonee data centre") is a works."""
    if toks[e].lower_ not in ("centre", "center") or toks[b].lower_ != "data":
        return False
    if not all(t.text[:1].isupper() for t in toks[b : e + 1]):
        return False
    reach = b > 0 and toks[b - 1].text in _REACH_WORDS
    field = e + 1 < len(toks) and toks[e + 1].lower_ == "for"
    return reach or field


# words of a game's time: "at half-time", "before kick-off"; "full time" only as a game's end
# ("at full time"), never a worker's hours ("miners will work full time on the tunnel")
_MATCH_TIME = re.compile(
    r"\bhalf[- ]?time\b|\b(?:at|after|before|by)\s+full[- ]?time\b|\bkick[- ]?off\b"
    r"|\bfinal whistle\b|\b(?:dressing|locker)[- ]rooms?\b",
    re.IGNORECASE,
)
# the people of a ground: not a coach, which is a bus as often ("two coaches of fans were stuck
# in the Blackwall Tunnel before kick-off")
_GROUND_PEOPLE = frozenset(
    {"players", "player", "footballers", "managers", "manager", "referee", "referees"}
    | {"stewards", "captain", "captains", "substitutes", "squad", "squads"}
)


def _a_ground_s_tunnel(ctx: SentenceContext, head) -> bool:
    """Whether a tunnel is a sports ground's players' tunnel: its sentence tells of a game's
    time and of players or officials ("Players clashed in the Anfield tunnel at half-time, the
    referee's report said", "The managers argued in the Old Trafford tunnel after the final
    whistle"). Fans stuck in a road tunnel before kick-off, or players' train held in the
    Channel Tunnel, tell of one of the two only."""
    if head.lemma_.lower() != "tunnel":
        return False
    people = any(t.lower_ in _GROUND_PEOPLE for t in head.sent)
    return people and _MATCH_TIME.search(ctx.text) is not None


# verbs of hiding and living in a place, and of digging it: what fighters do in their tunnels
_HIDING_VERBS = frozenset({"hide", "shelter", "live", "sleep", "dig", "burrow"})
# words of fighters, smugglers and partisans, who dig and hide in tunnels of their own
_FIGHTERS = frozenset(
    {"fighters", "guerrillas", "guerrilla", "militants", "insurgents", "rebels", "partisans"}
    | {"smugglers", "militiamen", "soldiers", "troops", "gunmen", "jihadists", "resistance"}
)


def _fighters_tunnels(toks: list, head) -> bool:
    """Whether a tunnel is fighters' or smugglers' hiding place or burrow, no road's or railway's
    works: the place of a verb of hiding or the object of digging, in a sentence of fighters
    ("Viet Cong fighters hid in the Cu Chi tunnels", "Partisans sheltered in the Kamyanets
    tunnels", "Hamas fighters dug tunnels under Khan Younis"). "Engineers dug the Gotthard Base
    Tunnel" (no fighters) and "Taliban fighters seized the Salang tunnel" (a road's, seized)
    are works."""
    if head.lemma_.lower() != "tunnel" or not any(t.lower_ in _FIGHTERS for t in toks):
        return False
    if _fighters_own_tunnel(head):
        return True
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("in", "into") else None
    if head.dep_ == "dobj":
        verb = head.head
    if verb is None or verb.lemma_.lower() not in _HIDING_VERBS:
        return False
    return _fighters_do_it(verb) and not _a_named_tunnel_dug(head, verb)


def _fighters_own_tunnel(head) -> bool:
    """Whether fighters or smugglers own the tunnel by a possessive ("A smugglers' tunnel
    collapsed in Rafah", "the rebels' tunnel under the base"): their passage or hideout, no
    works, whatever befalls it."""
    return any(c.dep_ == "poss" and c.lower_ in _FIGHTERS for c in head.children)


def _fighters_do_it(verb) -> bool:
    """Whether the fighters are the ones who hide, shelter or dig: the verb's subject holds
    their word ("Viet Cong fighters hid in the Cu Chi tunnels"). Others who shelter in a
    road's tunnel while troops pass are in works ("Refugees sheltered in the Roki Tunnel as
    Russian troops moved south", "Drivers sheltered in the Salang tunnel as Taliban fighters
    held the pass"). The doers are the verb's subject, the noun a participle describes
    ("Partisans sheltered in the Kamyanets tunnels", parsed as "Partisans" and a participle),
    or the subject of the verb it is joined to ("Fighters dug and hid in tunnels")."""
    while verb.dep_ == "conj":
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in ("acl", "relcl"):
        doers.append(verb.head)
    return any(t.lower_ in _FIGHTERS for d in doers for t in d.subtree if t.i < verb.i)


def _a_named_tunnel_dug(head, verb) -> bool:
    """Whether what is dug is one tunnel by its own name, a road's or a railway's works even
    when troops dig it ("Indian troops and engineers dug the Sela Tunnel to reach Tawang");
    fighters dig tunnels, or a tunnel, with no name ("Hamas fighters dug tunnels under Khan
    Younis")."""
    return verb.lemma_.lower() in ("dig", "burrow") and head.tag_ == "NNP"


# verbs whose subject is a speaker: "George Port said the deal was done"
_SPEAKING = frozenset({"say", "tell", "speak", "add", "write", "argue", "claim", "insist"})
# nouns of a person's trade, office or tie that an apposition gives a person's name ("John
# Smelter, a farmer"), never a works' ("Victoria Bridge, a 19th-century crossing")
_PERSON_ROLES = frozenset(
    {"farmer", "teacher", "worker", "engineer", "student", "lawyer", "doctor", "nurse"}
    | {"mayor", "governor", "minister", "president", "spokesman", "spokeswoman", "official"}
    | {"director", "manager", "chairman", "chairwoman", "founder", "owner", "officer"}
    | {"resident", "man", "woman", "father", "mother", "son", "daughter", "wife", "husband"}
    | {"analyst", "professor", "researcher", "economist", "expert", "author", "reporter"}
    | {"councillor", "councilman", "senator", "lawmaker", "candidate", "activist", "priest"}
    | {"executive"}
)


def _a_person_s_name(ctx: SentenceContext, toks: list, run: list, e: int) -> bool:
    """Whether one word and a capitalised head are a person's name: the recogniser tags the
    two as a person's, and the sentence tells of a person, by an apposition ("John Smelter, a
    farmer from Ohio, said ...", "Peter Tunnel, the mayor, was absent": a surname that is a
    site's word; the apposition's noun a person's role, `_PERSON_ROLES`) or as the speaker of a
    verb of saying ("George Port said"). Only a lone word before the head, with no determiner
    before it and not read as a place by the geoparser: "Victoria Bridge, a 19th-century
    crossing", "the Jackson Port" and "Prince Sultan Air Base" are sites."""
    if len(run) != 1 or (run[0].i > toks[0].i and toks[run[0].i - toks[0].i - 1].dep_ == "det"):
        return False
    head = toks[e]
    told = (
        any(c.dep_ == "appos" and c.lemma_.lower() in _PERSON_ROLES for c in head.children)
        or (head.dep_ == "nsubj" and head.head.lemma_.lower() in _SPEAKING)
        # "the firm's chief executive, Anna Pier, said": the name in apposition to a role
        or (head.dep_ == "appos" and head.head.lemma_.lower() in _PERSON_ROLES)
    )
    if not told:
        return False
    k = run[0].i - toks[0].i
    person = toks[k : e + 1]
    whole = (
        person[0].ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in person[1:])
        and (e + 1 >= len(toks) or toks[e + 1].ent_iob_ != "I")
    )
    return (
        whole
        and all(t.ent_type_ == "PERSON" for t in person)
        and not _read_as_a_place(ctx, run[0])
        and _toponym_at(ctx, run[0]) is None
    )


def _region_key(tp: Toponym) -> tuple[str, ...] | None:
    """A region's (country, first-level code), then the curated regions its name names too,
    shapes of their own ("Crimea": the peninsula beside GeoNames' Autonomous Republic, which
    leaves Sevastopol out)."""
    c = tp.candidate
    if c is None:
        return None
    areas = tuple(
        x.gazetteer_id
        for x in (c, *tp.alternatives)
        if x.kind == "region" and x.gazetteer_id.startswith("curated:")
    )
    if not (c.country and c.admin1) and not areas:
        return None
    return (c.country or "", c.admin1 or "", *areas)


def _a_town_of_another_region(ctx: SentenceContext, head, gid: str) -> bool:
    """Whether the town a site's name was read as lies in another first-level region than the
    one its sentence puts the site "in": "the Moss Bluff storage facility in Texas" is not at
    Moss Bluff, Louisiana, the gazetteer's only Moss Bluff (the store is in Liberty County,
    Texas): listed, not drawn at a namesake the sentence denies. Only a region of the
    gazetteer's first level (not a curated area such as Crimea, whose units differ) named right
    after the head's "in"; "the Volgograd refinery in the Volgograd region", "the Baytown
    refinery in Texas" stay drawn."""
    for _obj, tp in _placed_by_in(ctx, head):
        c = tp.candidate
        if c is None or c.kind != "region" or tp.metonymic:
            continue
        told = _region_key(tp)
        unit = _first_level_unit(ctx, gid)
        if told is not None and len(told) == 2 and unit is not None:
            return tuple(told) != tuple(unit)
    return False


def _placed_by_in(ctx: SentenceContext, head):
    """The objects of the head's own "in" that the geoparser read, with their toponyms."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            tp = _toponym_at(ctx, obj) if obj.dep_ == "pobj" else None
            if tp is not None:
                yield obj, tp


def _the_town_its_in_says(
    ctx: SentenceContext, head, geometry: dict | None, gid: str
) -> tuple[dict | None, str | None]:
    """ "the Jefferson Stadium in Tulsa": a site whose name carries a town (or a word the
    geoparser read as one: a man's name, a far town the site is named for) and whose head's
    "in" names a placed city more than 150 km from that town stands in the city, as the "in"
    says: drawn there. Where the city has a namesake within 150 km of the name's town, the city
    was misread ("the Houston refinery in Pasadena"): the name's town stays; where the city's
    far namesakes are as likely, the site is listed, not drawn. A town near the city ("the
    Kursk plant in Kurchatov") stays drawn at the name's town."""
    tp = next((o for o in ctx.toponyms if o.candidate and o.candidate.gazetteer_id == gid), None)
    if tp is None or tp.candidate is None:
        return geometry, gid
    c = tp.candidate
    for obj, city in _placed_by_in(ctx, head):
        near = city.candidate
        if near is None or city is tp or not _placed_town(ctx, obj) or near.kind != "city":
            continue
        if great_circle_km(c.lat, c.lon, near.lat, near.lon) <= _NEAR_CITY_KM:
            return geometry, gid
        if any(
            a.name == near.name and great_circle_km(a.lat, a.lon, c.lat, c.lon) <= _NEAR_CITY_KM
            for a in city.alternatives
        ):
            return geometry, gid
        if _a_namesake_as_likely(city):
            return None, None
        return {"type": "Point", "coordinates": [near.lon, near.lat]}, near.gazetteer_id
    return geometry, gid


def _first_level_unit(ctx: SentenceContext, gid: str | None) -> tuple[str, ...] | None:
    """The (country, first-level code) of the town a site is drawn at, by its gazetteer entry
    ("the Volgograd refinery": RU, 84, the Volgograd Oblast), or None."""
    for tp in ctx.toponyms:
        c = tp.candidate
        if gid and c is not None and c.gazetteer_id == gid and c.country and c.admin1:
            return c.country, c.admin1
    return None


# a project's subject opening its sentence: "The $9 billion Mambilla 2 project", "The Rampal
# project": "The", at most three words of size or worth, the name (capitalised words and
# numbers), then "project"
_PROJECT_OPENING = re.compile(
    r"The\s+(?:[^\sA-Z][^\s,]*\s+){0,3}?"
    r"((?:[A-Z][\w\-]*|\d+)(?:\s+(?:[A-Z][\w\-]*|\d+)){0,3})\s+project\b"
)
# what "It" does where its object tells what the project is: "It is a dam", "It will include
# a port", "It will span the river with a large dam"
_PROJECT_VERBS = frozenset(
    {"be", "become", "include", "comprise", "involve", "feature", "span", "cross", "build"}
    | {"add"}
)
# kinds one scheme holds together: a hydroelectric dam and its power plant
_ONE_SCHEME = frozenset({"dam", "power_plant"})
# a power line's works: its lines and the substations at their ends
_ONE_LINE = frozenset({"power_line", "substation"})


def _a_project_told_by_it(ctx: SentenceContext, toks: list, words: _Words) -> NamedAsset | None:
    """ "The $9 billion Mambilla 2 project ... is being pushed ahead. It will cross one arm of
    the Donga river at Gembu Gorge, with a tall dam and a 3,050 MW hydroelectric plant": a
    named project opening the sentence before is the site "It" is or holds (the object or
    attribute of its verb, or what it does "with"), listed under the project's name and the
    kind, with both sentences as its excerpt. Not where "It" holds sites of two kinds ("a new
    airport and a port": the project is several), nor what it only funds or says ("It is
    funding a port", "It says the dam ..."), nor a project named later in its sentence."""
    prev = ctx.prev
    if prev is None or not toks or toks[0].lower_ != "it" or toks[0].dep_ != "nsubj":
        return None
    named = _PROJECT_OPENING.match(prev.text)
    root = toks[0].head
    if named is None or root.lemma_.lower() not in _PROJECT_VERBS:
        return None
    kinds: list[str] = []
    for e, t in enumerate(toks):
        key = _site_head(toks, e, words, ctx.paragraph_words)
        h = t
        while h.dep_ == "conj":
            h = h.head
        told = (h.head.i == root.i and h.dep_ in ("attr", "dobj")) or (
            h.dep_ == "pobj" and h.head.lower_ == "with" and h.head.head.i == root.i
        )
        if key and told:
            kinds.append(words.sites[key])
    if not kinds or (len(set(kinds)) > 1 and not set(kinds) <= _ONE_SCHEME):
        return None
    name = f"{named.group(1)} project"
    # drawn where it stands, not the entry of the place it stands at (a town, the falls)
    geometry, _gid = _where_it_stands(ctx, toks)
    return NamedAsset(
        kinds[0],
        name,
        named_asset_id(kinds[0], name),
        toks[0],
        toks[0],
        geometry,
        None,
        named_before=True,
    )


def _where_it_stands(ctx: SentenceContext, toks: list) -> tuple[dict | None, str | None]:
    """The one town or site "at" places in the sentence that tells what a project is ("It
    will cross one arm of the Donga river at Gembu Gorge"): where it is drawn. None where
    "at" names two places, or none the geoparser placed ("at a cost of $9 billion")."""
    after_at = [t for k, t in enumerate(toks[1:], 1) if toks[k - 1].lower_ == "at"]
    places = {tp.start for t in after_at if _placed_town(ctx, t) and (tp := _toponym_at(ctx, t))}
    if len(places) != 1:
        return None, None
    return _placed(ctx, [next(t for t in after_at if _placed_town(ctx, t))])


# verbs by which a sentence says where its subject stands ("The depot ... is in the Ryazan
# region", "The plant lies in Bavaria", "The refinery is located in Texas")
_STANDING_VERBS = frozenset({"be", "lie", "sit", "stand", "locate", "situate"})


def _a_kind_the_next_sentence_places(
    ctx: SentenceContext, toks: list, words: _Words
) -> NamedAsset | None:
    """ "A blaze erupted at an ammunition depot of the Eastern Military District ... The
    depot where the blaze began is in the Amur region": an unnamed kind of two words the
    sentence before tells once ("an ammunition depot"), taken up by "The" and its last word as
    the subject of a verb of standing with "in" and a town or a region, is the site that
    sentence places: drawn at the town, or listed in the region (as `_a_kind_in_a_region`),
    under the kind's whole words, with both sentences as its excerpt. Not where the sentence
    before tells two kinds that end in the word ("a fuel depot and an ammunition depot"), nor
    a kind it names ("the Achinsk depot" is placed by its own name), nor a plural ("The
    depots are in ..."), nor a kind of one word ("a base ... The base is in ...": an ordinary
    word's other senses)."""
    prev = ctx.prev
    if prev is None or len(toks) < 4 or toks[0].lower_ != "the":
        return None
    noun = toks[1]
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ != "NN" or verb.i == noun.i:
        return None
    if verb.lemma_.lower() not in _STANDING_VERBS:
        return None
    told = {
        key
        for key in words.sites
        if len(key) > 1
        and key[-1] == noun.lower_
        and re.search(
            r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?" + r"\s+".join(key) + r"\b", prev.text
        )
    }
    if len(told) != 1 or re.search(rf"\b[A-Z][\w-]*\s+{noun.lower_}\b", prev.text):
        return None
    key = told.pop()
    for prep in verb.children:
        k = prep.i - toks[0].i + 1
        if prep.dep_ != "prep" or prep.lower_ != "in" or k >= len(toks):
            continue
        kind = " ".join(key)
        if _a_kind_in_a_town(ctx, toks, 1, key, words, k):
            geometry, gid = _placed(ctx, [toks[k]])
            if gid is None:
                return None
            name = f"{kind} in {_span_text(ctx, toks[k], toks[k])}"
            region = _first_level_unit(ctx, gid)
        else:
            reading = _a_kind_in_a_region(ctx, toks, 1, 1, key, words, k)
            if reading is None:
                return None
            geometry, gid, region = None, None, reading.region
            name = kind + reading.name[len(noun.lower_) :]
        typ = words.sites[key]
        return NamedAsset(
            typ,
            name,
            named_asset_id(typ, name.lower()),
            noun,
            noun,
            geometry,
            gid,
            region=region,
            named_before=True,
        )
    return None


# a listing's title line naming a project, its country and its date: "Alto Sur
# Transmission Project, Chile (March 3, 2020)"
_PROJECT_TITLE = re.compile(
    r"\s*((?:(?:[A-Z0-9]|kV)[\w\-–.±]*\s+){1,6}(?:Project|Interconnection))"
    r"(?:,\s+[A-Z][\w .]*)?\s*\([^()]*\d{4}\)\s*$"
)
# a power line's own words in a project's name: "Transmission", "kV"
_POWER_LINE_WORDS = frozenset({"transmission", "kv"})


def _a_titled_project(ctx: SentenceContext, toks: list, words: _Words) -> NamedAsset | None:
    """ "Alto Sur Transmission Project, Chile (March 3, 2020) / The project is designed to
    lift ...": a listing's title line names a project, its country and its date, and the
    sentence after takes it up as "The project" (its subject): the project is a site where
    its name says a power line's words ("Transmission", "kV"), or where that sentence says
    it includes or adds a kind (`_PROJECT_VERBS`, as "It" does in `_a_project_told_by_it`):
    "The project includes two new 220 kV transmission lines". Listed under the title's name,
    with the title and the sentence as its excerpt. Not a headline ("Chile approves
    transmission project"), not a title the next sentence does not take up, not a project of
    two kinds."""
    prev = ctx.prev
    if prev is None or len(toks) < 3 or toks[0].lower_ != "the":
        return None
    named = _PROJECT_TITLE.match(prev.text)
    if named is None:
        return None
    name = named.group(1)
    subject = next((t for t in toks[1:4] if t.text == "project"), None) or _title_told_again(
        toks, name
    )
    if subject is None or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if _POWER_LINE_WORDS & {
        w.lower() for w in re.split(r"[\s\-–]+", name)
    } or _joins_two_substations(subject.head, toks, words, ctx):
        kinds = ["power_line"]
    else:
        root = subject.head
        if not _a_project_s_verb(root):
            return None
        told = [t for t in toks if t.head.i == root.i and t.dep_ in ("attr", "dobj")]
        kinds = [
            words.sites[key]
            for e, t in enumerate(toks)
            if (key := _site_head(toks, e, words, ctx.paragraph_words))
            and (t in told or _said_of(t, told) or _listed_among(t, root, told))
        ]
        # "includes a new port and an airport": a kind beside another its sentence does not
        # read as a site (no word of force for the airport) still makes the project several
        told_at = {o.i for o in told}
        members = [
            t
            for t in toks
            if t.dep_ == "conj" and (t.head.i in told_at or _listed_among(t, root, told))
        ]
        kinds += [
            words.sites[raw]
            for t in (*members, *(m.head for m in members))
            if (raw := _head(toks, t.i - toks[0].i, words.sites, words.longest))
        ]
        if set(kinds) == _ONE_LINE:
            kinds = ["power_line"]
    if not kinds or len(set(kinds)) > 1:
        return None
    return NamedAsset(
        kinds[0],
        name,
        named_asset_id(kinds[0], name),
        subject,
        subject,
        None,
        None,
        named_before=True,
    )


def _title_told_again(toks: list, name: str):
    """ "CVGR System Upgrade Project, US (May 12, 2022) / The Central Valley Grid Reinforcement
    (CVGR) System Upgrade Project sets out ...": the subject of the sentence after a
    title that tells the title's name again, every word of it (an abbreviation spelled out
    beside it), as "The project" takes it up; None where the subject is another name."""
    root = toks[0].sent.root
    for subject in root.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            said = {t.text for t in subject.subtree}
            if all(w in said for w in name.split()):
                return subject
    return None


def _a_project_s_verb(verb) -> bool:
    """Whether a project's verb says what it is or holds (`_PROJECT_VERBS`), "sets out" among
    them ("sets out ... improvements to the grid, among them more 230 kV transmission lines")."""
    lemma = verb.lemma_.lower()
    return lemma in _PROJECT_VERBS or (
        lemma == "set" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    )


def _listed_among(t, verb, told: list) -> bool:
    """Whether ``t`` (or the first of its conjuncts) is listed "among them" after what a
    project's verb says it holds: "sets out large improvements ..., among them more 230 kV
    transmission lines and substations". "Among" alone ("among the region's towns") lists
    no part of the object."""
    while t.dep_ == "conj":
        t = t.head
    among = t.head
    return (
        t.dep_ == "pobj"
        and among.lower_ == "among"
        and among.head.i in {verb.i, *(o.i for o in told)}
        and any(c.lower_ in ("them", "these", "which") for c in among.children)
        and bool(told)
    )


def _said_of(t, told: list) -> bool:
    """Whether ``t`` is in apposition inside what a project's verb says it is or adds: "will
    add a link between Statnett and the Danish grid, a ±500 kV ... transmission
    line" (the parse hangs the line on the grid; it tells the link)."""
    return t.dep_ == "appos" and any(o.i in {x.i for x in t.ancestors} for o in told)


# verbs by which a project's line joins its ends: "will join A's substation ... to B's"
_JOINING_VERBS = frozenset({"join", "link", "connect"})


def _joins_two_substations(verb, toks: list, words: _Words, ctx: SentenceContext) -> bool:
    """ "The project ... will join Ameren's Rush Island substation ... to Evergy's planned Maple
    Ridge substation": a project whose verb joins a substation (its object) to or with another (the
    object of "to" or "with") is a power line between them. Not other ends ("will link the
    port to the railway")."""
    if verb.lemma_.lower() not in _JOINING_VERBS:
        return False

    def a_substation(t) -> bool:
        e = t.i - toks[0].i
        key = _site_head(toks, e, words, ctx.paragraph_words)
        return bool(key) and words.sites[key] == "substation"

    ends = [c for c in verb.children if c.dep_ == "dobj" and a_substation(c)]
    ends += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children
        if g.dep_ == "pobj" and a_substation(g)
    ]
    return len(ends) == 2


# words that say the capitalised name after them is a firm's ("mining company Mopani Copper
# Mines", "the operator Adani Ports"), which owns sites and is none
_FIRM_WORDS = frozenset(
    {"company", "firm", "operator", "group", "subsidiary", "conglomerate", "corporation"}
    | {"miner", "producer", "shipbuilder", "contractor", "venture"}
)


def _a_determined_name(toks: list, b: int, e: int) -> bool:
    """Whether the capitalised name whose kind's word spans ``b`` to ``e`` takes an article or
    an owner, as a site's does ("the state-owned Mazagon Docks", "Russia's Admiralty
    Shipyards"; not "Abu Dhabi Ports", "Konkola Copper Mines said"): the head's determiner
    or possessor, or "the" right before the name's capitalised words."""
    if any(c.dep_ in ("det", "poss") for c in toks[e].children):
        return True
    j = b - 1
    while j >= 0 and toks[j].text[:1].isupper() and toks[j].lower_ != "the":
        j -= 1
    return j >= 0 and toks[j].lower_ == "the"


def _a_company_s_name(toks: list, b: int) -> bool:
    """Whether a capitalised name ending in its kind's word at ``b`` follows a word that says
    it is a firm's name, the name's capitalised words between."""
    j = b - 1
    while j >= 0 and toks[j].text[:1].isupper() and toks[j].pos_ == "PROPN":
        j -= 1
    return j >= 0 and toks[j].lower_ in _FIRM_WORDS


def _name_goes_on(ctx: SentenceContext, toks: list, e: int) -> bool:
    """ "the Greek Prison Guards Union", "the Mexican Border Crossing Card": a capitalised
    word that is no place goes on after a capitalised kind, which is then a word inside a
    longer name (a union's, a document's), not the name's own head. A day or a side is no
    word of a name ("struck the Crimean Bridge Monday", "the Ramstein Air Base NATO uses")."""
    if e + 1 >= len(toks):
        return False
    nxt = toks[e + 1]
    return (
        nxt.pos_ == "PROPN"
        and nxt.is_alpha
        and nxt.text[:1].isupper()
        and nxt.ent_type_ not in ("DATE", "TIME")
        and _toponym_at(ctx, nxt) is None
        and ctx.mention(nxt) is None
    )


def _town_and_more(ctx: SentenceContext, toks: list, reading: _Reading, b: int) -> bool:
    """ "Paris Beauvais airport", "Washington Dulles airport": a town before the head with
    other words of the name, the town the site serves rather than the one it stands in."""
    if reading.gid is None:
        return False
    run = [t for t in toks if reading.first.i <= t.i < toks[b].i and t.is_alpha]
    return any(_placed(ctx, [t])[1] != reading.gid for t in run)


def _ordinary_unnamed(
    ctx: SentenceContext,
    toks: list,
    e: int,
    key: tuple[str, ...],
    proper_head: bool,
    reading: _Reading,
    words: _Words,
) -> bool:
    """ "the Republican base", "the Smith mine": a head that is also an ordinary word, in lower
    case, with no town and no proper name. A model's name (glued to a code) is a site where the
    sentence puts it ("the Don-2N radar near Sofrino"), a model anywhere else ("its new
    Voronezh-M radar")."""
    return (
        key in {(w,) for w in words.ordinary}
        and not proper_head
        and reading.gid is None
        and not reading.qualified
        and not reading.by_ends
        and not (reading.coded and _sited(ctx, toks[e])[1] is not None)
        and not _ordinary_named(ctx, toks, e, key, words, reading)
    )


def _ordinary_named(
    ctx: SentenceContext,
    toks: list,
    e: int,
    key: tuple[str, ...],
    words: _Words,
    reading: _Reading | None = None,
) -> bool:
    """Whether a lower-case ordinary head's proper name is a site's, though no town: its
    sentence places the head by a preposition at a town or a region ("the Grasberg mine in ...
    Papua province", "the Rion bridge between the Achaea region and Antirrio") or names the
    same kind with a word of its own ("uranium mines ..., among them the Husab and Rossing
    mines"). Not a head as often a following's ("the Republican base in Ohio"), nor a name
    with any word a side, a country or a region claims."""
    if key[-1] in words.needing_a_town:
        return False
    if reading is not None:
        b = e - len(key) + 1
        end = _before_qualifiers(toks, b, words.site_qualifiers, site=True)
        run = [t for t in toks[: max(end + 1, 0)] if reading.first.i <= t.i]
        if not run or not all(_plain_name(ctx, t, words) or t.text == "-" for t in run):
            return False
        if run[0].i > toks[0].i and toks[run[0].i - toks[0].i - 1].tag_ == "POS":
            return False  # "Moore's Ford bridge": a name cut at its possessive, or an owner's
    typ = words.sites[key]
    return (
        _placed_by_head(ctx, toks[e])
        or any(
            len(k) > 1 and words.sites[k] == typ
            for j in range(len(toks))
            if j != e and (k := _head(toks, j, words.sites, words.longest))
        )
        or _listed_with_a_named_site(toks, e, words)
        or _trade_said(toks, key, words)
    )


def _trade_said(toks: list, key: tuple[str, ...], words: _Words) -> bool:
    """ "the Bisie mines, where tin ore is dug", "the Kolwezi mine's copper output": a word of
    the head's trade in its sentence ("mine": an ore, a metal, mining) says the name before it
    is a working site's, not a landmine's make or a writer's "gold mine of data"."""
    trade = (words.trade_words or {}).get(key[-1])
    other = (words.trade_vetoes or {}).get(key[-1], frozenset())
    return (
        trade is not None
        and any(t.lower_ in trade for t in toks)
        and not any(t.lower_ in other for t in toks)
    )


def working_sites_not_weapons(sentence, found: list, lex: Lexicon) -> list:
    """The lexicon's weapons of a sentence but those whose alias ends in an ordinary site's
    head the sentence tells as a working site by an act or a worker of its trade: "The
    Claymore mine in New South Wales, where coal was dug" and "Miners at the Claymore mine"
    are a colliery's. A metal or an ore alone is not enough against a known munition
    ("Soldiers cleared the Claymore mines near the gold depot"), nor is a place ("A Claymore
    mine in Helmand province killed two soldiers": landmines are laid in regions too), and a
    word of the other sense keeps the weapon ("Sappers ... Claymore mines dug in")."""
    words = _Words.of(lex)
    if not words.trade_acts:
        return found
    toks = list(sentence.sent)
    said = {t.lower_ for t in toks}

    def a_site(am) -> bool:
        head = toks[0].doc[am.j - 1].lower_.removesuffix("s")
        acts = words.trade_acts.get(head) if words.trade_acts else None
        vetoes = (words.trade_vetoes or {}).get(head, frozenset())
        return am.j - am.i > 1 and bool(acts and said & acts) and not said & vetoes

    return [am for am in found if am.kind != "weapon" or not a_site(am)]


def _listed_with_a_named_site(toks: list, e: int, words: _Words) -> bool:
    """ "the rig, the Kollsnes terminal and the Langeled Pipeline": a lower-case
    head joined by "and" or a comma to a site whose capitalised head names it (a list of one
    system's works)."""
    for c in toks[e].conjuncts:
        j = c.i - toks[0].i
        if (
            0 <= j < len(toks)
            and c.text[:1].isupper()
            and _head(toks, j, words.sites, words.longest)
        ):
            return True
    return False


def _placed_by_head(ctx: SentenceContext, head, towns_only: bool = False) -> bool:
    """Whether a preposition of the head, or one right after it, puts it at a town or in a
    region the geoparser resolved, or "in" a country: "the mine in Papua province", "the
    bridge between Kherson and Crimea", "the Kumtor mine in Kyrgyzstan" ("saved miners at
    the mine in the district": the parse may hang the phrase on the verb; the mine is there
    all the same). ``towns_only``: at a town or a site, not in a region or a country."""
    doc = head.doc
    after = [doc[head.i + 1]] if head.i + 1 < len(doc) else []
    for prep in [*head.children, *after]:
        if prep.dep_ == "prep" and prep.lower_ in (_AT_TOWN | {"between"}):
            for t in prep.subtree:
                tp = _toponym_at(ctx, t)
                c = tp.candidate if tp is not None else None
                if tp is None or c is None or tp.metonymic:
                    continue
                if c.kind in _PLACED_KINDS or (
                    not towns_only
                    and (c.kind == "region" or (c.kind == "country" and prep.lower_ == "in"))
                ):
                    return True
    return False


def _numbered(run: list) -> bool:
    """A name with a number and a word: "NROL-45", "Kosmos 2553"; not "2022"."""
    text = " ".join(t.text for t in run)
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _route_by_ends(
    ctx: SentenceContext, toks: list, b: int, e: int, taken: set[int]
) -> _Reading | None:
    """A route with no name, told by its two ends: "a cable linking Denmark with the Polish
    island of Wolin", "the railway between Mombasa and Nairobi". Each end is a place the
    geoparser resolved, the second after "and", "with" or "to"; the route is listed, not
    drawn. A participle's clause between commas may stand between the route and its ends ("a
    new rail line, financed by Chinese banks, between Lagos and Ibadan")."""
    k = _past_a_participle_s_clause(toks, e + 1)
    if k >= len(toks) or toks[k].lower_ not in _ENDS_VERBS:
        return None
    at = k
    ends: list[Toponym] = []
    join = ""
    k += 1
    while k < len(toks) and len(ends) < 2 and k <= at + 11:
        t = toks[k]
        tp = _toponym_at(ctx, t)
        if tp is not None and tp.candidate is not None and not tp.metonymic:
            # "the Swedish island of Gotland": a people's word, then the place
            if t.i not in taken and not _demonym(ctx, tp) and (not ends or tp is not ends[-1]):
                if ends and not join:
                    return None  # two places with no word joining them
                ends.append(tp)
        elif t.lower_ in _ENDS_JOINS and ends and not join:
            join = t.lower_
        elif t.is_punct or t.lower_ in ("in", "on", "at", "under", "across"):
            break
        k += 1
    if len(ends) < 2 or ends[0].name == ends[1].name:
        return None
    verb = toks[at].lower_
    name = f"{toks[e].lemma_.lower()} {verb} {ends[0].name} {join} {ends[1].name}"
    stem = f"{ends[0].name} {ends[1].name}"
    return _Reading(toks[b], name, None, None, stem, by_ends=True)


def _past_a_participle_s_clause(toks: list, k: int) -> int:
    """The position after ", built for four billion dollars," when a clause of a past
    participle between commas starts at ``k`` (else ``k``): it tells of the thing before it,
    and what follows it goes on with that thing."""
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].tag_ != "VBN":
        return k
    for j in range(k + 2, min(len(toks), k + 12)):
        if toks[j].text == ",":
            return j + 1
        if toks[j].pos_ in ("VERB", "AUX") and toks[j].tag_ != "VBN":
            return k  # a clause of its own, not a participle's
    return k


def _qualified_name(
    ctx: SentenceContext, toks: list, b: int, k: int, words: _Words, specific: bool = False
) -> list:
    """The proper name at ``k``, after "of", of a site whose head a kind's qualifier precedes
    ("the oil port of Es Sider"): capitalised words no place name, side, day or title's word
    claims, and no longer name after them. Empty if the head has no qualifier ("the port of
    Entry"); a kind of two words is its own qualifier ("the oil terminal of Es Sider"). A
    place name the gazetteer could not resolve is such a name: no town is there to draw."""
    qualifier = b > 0 and toks[b - 1].lower_ in words.site_qualifiers and toks[b - 1].is_alpha
    if not (specific or qualifier):
        return []
    out: list = []
    while k < len(toks) and len(out) < 3:
        t = toks[k]
        if (
            t.pos_ != "PROPN"
            or not t.text[:1].isupper()
            or t.text in words.not_names
            or ctx.mention(t) is not None
            or _kind_at(ctx, t) is not None
        ):
            break
        out.append(t)
        k += 1
    if k < len(toks) and (
        (toks[k].text[:1].isupper() and not toks[k].is_punct) or toks[k].tag_ == "POS"
    ):
        return []  # a longer name, or an owner ("the oil terminals of Shell's")
    return out


def _conjunct_sites(
    ctx: SentenceContext, toks: list, found: NamedAsset, words: _Words
) -> list[NamedAsset]:
    """ "the oil ports of Es Sider and Ras Lanuf": a plural head's other names after "and",
    each a site of its kind."""
    head = found.last
    h = head.i - toks[0].i
    if head.tag_ not in ("NNS", "NNPS") or h + 1 >= len(toks):
        return []
    by = toks[h + 1].lower_
    if by != "of" and not (by == "at" and found.type in words.unplaced):
        return []  # a plural head with its names after "of" (or, never drawn, "at") only
    end = ctx.s.char(found.first) + len(found.name)
    k = next((j for j, t in enumerate(toks) if ctx.s.char(t) >= end), len(toks))
    kind = found.name.split(f" {by} ")[0] if f" {by} " in found.name else head.lemma_.lower()
    out = []
    while k + 1 < len(toks) and toks[k].lower_ in ("and", ","):
        geometry, gid = _placed(ctx, [toks[k + 1]])
        if by == "at":  # never drawn: "its launch sites at Jiuquan and Wenchang"
            geometry, gid = None, None
            own: list = []
            while k + 1 + len(own) < len(toks) and len(own) < 3:
                nxt = toks[k + 1 + len(own)]
                if not _plain_name(ctx, nxt, words) or nxt.ent_type_ in ("DATE", "TIME"):
                    break
                own.append(nxt)
        elif gid is not None:  # a town: "the oil terminals of Hariga and Brega"
            own = [toks[k + 1]]
            while own[-1].i - toks[0].i + 1 < len(toks):
                nxt = toks[own[-1].i - toks[0].i + 1]
                if _placed(ctx, [nxt])[1] != gid:
                    break
                own.append(nxt)
        else:
            own = _qualified_name(ctx, toks, h, k + 1, words)
        if not own:
            break
        name = _span_text(ctx, own[0], own[-1])
        out.append(
            NamedAsset(
                type=found.type,
                name=f"{kind} {by} {name}",
                id=named_asset_id(found.type, gid or " ".join(t.text for t in own)),
                first=own[0],
                last=own[-1],
                geometry=geometry,
                gazetteer_id=gid,
            )
        )
        k = own[-1].i - toks[0].i + 1
    return out


def _names_before_and(
    ctx: SentenceContext, toks: list, found: NamedAsset, words: _Words
) -> list[NamedAsset]:
    """ "the Sleipner and Troll gas fields", "the Ichthys and Prelude LNG plants": the names
    before "and" (or a comma) of a plural head are sites of its kind too. A head that is also
    an ordinary word ("the Husab and Rossing mines") takes another name only where it is a
    town the geoparser placed, as it would alone."""
    head = found.last
    e = head.i - toks[0].i
    if head.tag_ not in ("NNS", "NNPS") or " of " in found.name:
        return []
    key = _head(toks, e, words.sites, words.longest)
    if not key or found.first.i >= head.i - len(key) + 1:
        return []  # no name before the head ("Naval Station Norfolk" is named after it)
    b = e - len(key) + 1
    j = b - 1
    while j > 0 and toks[j].text in words.site_qualifiers:
        j -= 1
    kind = _span_text(ctx, toks[j + 1], head)  # "gas fields", "LNG plants"
    ordinary = (
        key in {(w,) for w in words.ordinary}
        and not head.text[:1].isupper()
        and not _ordinary_named(ctx, toks, e, key, words)
    )
    out: list[NamedAsset] = []
    k = found.first.i - toks[0].i - 1
    while k > 0 and toks[k].lower_ in ("and", ","):
        own: list = []
        m = k - 1
        while m >= 0 and sum(t.text != "-" for t in own) < 3:
            hyphen = own and toks[m].text == "-" and m > 0 and _glued(toks[m - 1], toks[m])
            if not (hyphen or _plain_name(ctx, toks[m], words)):
                break
            own.insert(0, toks[m])  # "SEA-ME-WE4", read as five tokens, is one name
            m -= 1
        if not own or (m >= 0 and toks[m].lower_ in ("a", "an")):
            break
        geometry, gid = (None, None) if found.type in words.unplaced else _placed(ctx, own)
        if ordinary and gid is None:
            break
        stem = " ".join(t.text for t in own)
        out.append(
            NamedAsset(
                type=found.type,
                name=f"{_span_text(ctx, own[0], own[-1])} {kind}",
                id=named_asset_id(found.type, gid or stem),
                first=own[0],
                last=head,
                geometry=geometry,
                gazetteer_id=gid,
            )
        )
        if m < 0 or toks[m].text != ",":
            break  # "the X, Y and Z fields": a list goes on only past a comma
        k = m
    return out


# verbs by which a plural kind's sentence lists its members: "The fields to be tapped are
# Zohr, Nour and Atoll", "The damaged cables include NordBalt, Estlink and C-Lion"
_LISTING = {"be": "attr", "include": "dobj"}
_LISTING_DETS = frozenset({"the", "these", "those"})
# how many sentences back a bare head ("the fields") looks for the kind its article gave it
_KIND_BACK = 3


def _names_of_a_plural_kind(ctx: SentenceContext, toks: list, words: _Words) -> list[NamedAsset]:
    """A plural kind as subject whose verb lists names ("The cables are NordBalt, Estlink, Baltic
    Sea Link and C-Lion", "The fields to be tapped are Zohr, Nour and Atoll", "The
    ports include Haifa and Ashdod"): each name is a site of that kind. The subject is the
    kind's head after "the", "these", "those" or a possessive; the verb is "be" or "include",
    not negated; each member is a singular proper name whose head is no side, country, region
    or sea ("The cables are Huawei's", "The fields are green", "The bases are in Poland and
    Romania" list nothing), nor does a bare head that also names a following ("The party's
    bases include ..."). A bare head ("the fields") takes the fuller kind its article gave it
    just before ("four gas fields"). A town is drawn as the kind's site there, where the kind
    is drawn at all."""
    out: list[NamedAsset] = []
    for head in toks:
        e = head.i - toks[0].i
        if head.tag_ != "NNS" or head.dep_ != "nsubj":
            continue
        key = _head(toks, e, words.sites, words.longest)
        if not key or key in {(w,) for w in words.needing_a_town}:
            continue  # "The party's bases include Smithfield": a following, not a site
        typ = _kind_said_before(ctx, key, words)
        if not (typ or _site_head(toks, e, words)):
            continue
        verb = head.head
        role = _LISTING.get(verb.lemma_.lower())
        if role is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(c.dep_ == "poss" or c.lower_ in _LISTING_DETS for c in head.children):
            continue
        first = next((c for c in verb.children if c.dep_ == role and c.i > verb.i), None)
        if first is None:
            continue
        typ = typ or words.sites[key]
        unplaced = typ in words.unplaced or typ in words.placed_by_sentence
        kind = " ".join((*(t.text for t in toks[e - len(key) + 1 : e]), key[-1]))
        for member in sorted([first, *first.conjuncts], key=lambda t: t.i):
            run = _listed_name(ctx, toks, member, words)
            if not run:
                continue
            geometry, gid = (None, None) if unplaced else _placed(ctx, run)
            stem = " ".join(t.text for t in run)
            name = f"{_span_text(ctx, run[0], run[-1])} {kind}"
            out.append(
                NamedAsset(
                    typ, name, named_asset_id(typ, gid or stem), run[0], run[-1], geometry, gid
                )
            )
    return out


def _listed_name(ctx: SentenceContext, toks: list, member, words: _Words) -> list:
    """A listed member's own name: its head a plain singular name, with the capitalised
    words glued before it ("Europe India Gateway", whose "Europe" and "India" are places)."""
    if member.tag_ != "NNP" or not _plain_name(ctx, member, words):
        return []
    if any(c.dep_ == "case" for c in member.children):
        return []  # "The cables are Huawei's": whose, not which
    run = [member]
    k = member.i - toks[0].i - 1
    while k >= 0 and toks[k].dep_ == "compound" and toks[k].head.i == member.i:
        t = toks[k]
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            break
        run.insert(0, t)
        k -= 1
    return run


def _kind_said_before(ctx: SentenceContext, key: tuple[str, ...], words: _Words) -> str | None:
    """For a bare one-word head ("fields", "cables"), the type of the nearest fuller head
    ending in the same word ("gas fields") in the sentence or the few before it, or its own
    where one of those says a word of its context ("underwater communication cables")."""
    if len(key) != 1:
        return None
    fuller = [k for k in words.sites if len(k) > 1 and k[-1] == key[0]]
    context = words.site_context.get(key, frozenset())
    here: SentenceContext | None = ctx
    for _ in range(_KIND_BACK + 1):
        if here is None:
            break
        low = here.text.lower()
        said = [
            (m.start(), k)
            for k in fuller
            for m in re.finditer(rf"\b{re.escape(' '.join(k))}s?\b", low)
        ]
        if said:
            return words.sites[max(said)[1]]
        if here is not ctx and context & set(re.findall(r"[\w\-]+", low)):
            return words.sites[key]
        here = here.prev
    return None


# words that name a site of no kind by themselves ("the Amuay plant")
_GENERIC_HEADS = frozenset({"plant", "facility", "complex"})


def _kind_in_apposition(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """A name before a word of no kind ("plant", "facility") in apposition to a site's kind:
    "India's largest oil refinery, the Jamnagar plant" is the Jamnagar refinery. The name's
    words are capitalised, none a side, a place the gazetteer resolved or a title's word."""
    if toks[e].lower_ not in _GENERIC_HEADS:
        return None
    k = e - 1
    run: list = []
    while k >= 0 and len(run) < 3:
        t = toks[k]
        if (
            t.pos_ != "PROPN"
            or not t.text[:1].isupper()
            or t.text in words.not_names
            or (t.text in words.era_ends and not run)
            or ctx.mention(t) is not None
            or _kind_at(ctx, t) in ("country", "region", "sea")
        ):
            break
        run.insert(0, t)
        k -= 1
    if not run or k < 2 or toks[k].lower_ != "the" or toks[k - 1].text != ",":
        return None
    key = _head(toks, k - 2, words.sites, words.longest)
    if not key or words.sites[key] in words.unplaced:
        return None
    typ = words.sites[key]
    name = _span_text(ctx, run[0], toks[e])
    geometry, gid = _placed(ctx, run)
    if geometry is None:
        geometry, gid = _sited(ctx, toks[e])
    stem = " ".join(t.text for t in run)
    return NamedAsset(typ, name, named_asset_id(typ, stem), run[0], toks[e], geometry, gid)


# verbs by which a name's sentence tells what it is or holds: "Ghawar is the world's largest
# oil field", "Jubail holds the region's biggest oil processing plant"
_BE = frozenset({"be"})
_HOLD = frozenset({"hold", "house", "host"})
# a subject's word that is no kind of its own ("its Punggye-ri site"): the name before it
_NO_KIND_HEADS = _GENERIC_HEADS | {"site"}


_ONE_WORDS = frozenset({"only", "sole", "main", "principal", "chief"})


def _one_of_its_kind(head) -> bool:
    """ "the world's largest oil field", "the kingdom's second-largest", "the only active ...
    site": a predicate that singles out one site, by a superlative or "only"."""
    return any(
        c.dep_ == "amod"
        and (c.tag_ == "JJS" or c.lower_ in _ONE_WORDS or c.lower_.endswith("-largest"))
        for c in head.children
    ) and any(c.dep_ == "poss" or c.lower_ == "the" for c in head.children)


def _kind_as_predicate(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """A name whose sentence says which one of a kind it is ("Ghawar is the world's largest
    oil field", "its Punggye-ri site ... is the only nuclear test site still in use")
    or that it holds one ("Jubail ... holds the region's biggest oil processing plant": a town
    and its plant, drawn there). The predicate singles out one site (a superlative or "only",
    after "the" or a possessive); the subject is a capitalised name, none a side, a country,
    a region or a sea. A town said to be a site is one only of its port, base or terminal
    (``_TOWN_KINDS``: "Gaza is the world's largest open-air prison" is a figure)."""
    key = _site_head(toks, e, words)
    head = toks[e]
    verb = head.head
    if not key or head.tag_ != "NN" or not _one_of_its_kind(head):
        return None
    lemma = verb.lemma_.lower()
    if not ((head.dep_ == "attr" and lemma in _BE) or (head.dep_ == "dobj" and lemma in _HOLD)):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if lemma in _HOLD and _placed_by_head(ctx, head, towns_only=True):
        # "Exxon holds the nation's largest refinery in Baytown": the sentence says at which
        # town the site is, so the subject is who holds it, not the place that does; a region
        # or a country holds the subject's own site ("Ras Tanura holds the kingdom's largest
        # refinery in the Eastern Province")
        return None
    if subject.lower_ in _NO_KIND_HEADS and lemma in _BE:
        # "its Punggye-ri site": the name's words before the word of no kind
        run = [c for c in subject.subtree if c.i < subject.i and c.dep_ not in ("poss", "det")]
    elif subject.pos_ == "PROPN":
        run = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
        run = [*run, subject]
    else:
        return None  # "The Muruntau mine is the biggest gold mine": its own head says so
    if not run or run[-1].i - run[0].i + 1 != len(run) or not run[0].text[:1].isupper():
        return None
    if not all(
        _plain_name(ctx, t, words) or t.text == "-" or _romanised_syllable(toks, t.i - toks[0].i)
        for t in run
    ):
        return None
    typ = words.sites[key]
    town = _placed(ctx, run)
    if lemma in _BE and town[1] is not None and typ not in _TOWN_KINDS:
        return None  # "Gaza is the world's largest open-air prison": a figure
    unplaced = typ in words.unplaced or typ in words.placed_by_sentence
    geometry, gid = (None, None) if unplaced else town
    if gid is None and key in {(w,) for w in words.ordinary}:
        return None  # "Smith is the biggest port": an ordinary head needs a town
    start = toks[e - len(key) + 1]
    while start.i > toks[0].i and toks[start.i - toks[0].i - 1].dep_ == "compound":
        start = toks[start.i - toks[0].i - 1]  # "gas processing facility"
    name = f"{_span_text(ctx, run[0], run[-1])} {_span_text(ctx, start, head)}"
    stem = town[1] or " ".join(t.text for t in run)
    return NamedAsset(typ, name, named_asset_id(typ, stem), run[0], head, geometry, gid)


# kinds of site a whole town stands for in apposition ("Tartus, a naval base", "Bosaso,
# Puntland's port", "Ras Tanura, Saudi Arabia's biggest oil terminal"): a town grown round its
# port or base; any other kind said of a town is a figure of speech ("Gaza, an open-air prison")
_TOWN_KINDS = frozenset({"port", "base", "terminal"})


def _name_before_apposition(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """A proper name told by "a" or "an" and a site's kind in apposition after it: "the Golar
    Tundra, a floating storage and regasification unit, arrived off Pecem" is a terminal
    called the Golar Tundra; or by whose site it is ("Karachaganak, Kazakhstan's largest gas
    condensate field", "Ghawar, the kingdom's biggest oil field": a possessive before the
    kind says whose, the name before it which). The name's words are capitalised, none a
    side, a country, a region or a sea; an ordinary head ("a base", "a port") names a site only
    of a town the geoparser placed ("Tartus, a naval base"), as it would before the head, and
    a town names only its port, base or terminal so (``_TOWN_KINDS``)."""
    key = _site_head(toks, e, words)
    head = toks[e]
    one = _one_of_the_most(head)
    if one is not None:
        head = one  # "Subic Bay, one of the biggest US naval bases": one of its kind
    elif (
        not key
        or head.dep_ != "appos"
        or head.head.i >= head.i
        or not any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or c.dep_ == "poss" for c in head.children
        )
    ):
        return None
    if not key or head.dep_ != "appos" or head.head.i >= head.i:
        return None
    named = head.head
    run = [c for c in named.children if c.dep_ == "compound" and c.i < named.i] + [named]
    if run[-1].i - run[0].i + 1 != len(run) or run[-1].i + 1 >= len(head.doc):
        return None
    while run[0].i > toks[0].i and toks[run[0].i - toks[0].i - 1].pos_ == "PROPN":
        run.insert(0, toks[run[0].i - toks[0].i - 1])  # "Cam Ranh Bay": the whole name
    if head.doc[run[-1].i + 1].text != ",":
        return None  # "the Hoegh Gallant, a ...": the apposition right after the name
    if not all(_plain_name(ctx, t, words) for t in run):
        return None
    typ = words.sites[key]
    geometry, gid = (None, None) if typ in words.unplaced else _placed(ctx, run)
    if gid is None and key in {(w,) for w in words.ordinary}:
        return None
    if _placed(ctx, run)[1] is not None and typ not in _TOWN_KINDS:
        return None  # "Gaza, an open-air prison", "Kherson, a crossing point for aid": a figure
    stem = " ".join(t.text for t in run)
    name = _span_text(ctx, run[0], run[-1])
    return NamedAsset(typ, name, named_asset_id(typ, gid or stem), run[0], run[-1], geometry, gid)


def _one_of_the_most(head):
    """ "one" in apposition when ``head`` is the plural kind of "one of the biggest US naval
    bases" (a superlative after "the": one site of that kind, as "a" would say), else None."""
    prep = head.head
    one = prep.head
    if (
        head.dep_ == "pobj"
        and head.tag_ == "NNS"
        and prep.lower_ == "of"
        and one.lower_ == "one"
        and one.dep_ == "appos"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in head.children)
    ):
        return one
    return None


def _lng_project(ctx: SentenceContext, toks: list, e: int, words: _Words) -> NamedAsset | None:
    """ "Woodside wants to expand Senegal LNG": a country's name before "LNG" names
    that country's gas plant where the words are the object or passive subject of a verb one
    does to a plant (restart, build, halt, expand: ``lng_project_verbs``) or come before
    "project"; elsewhere the gas it sells ("buy more US LNG", "Qatar LNG exports", and a
    country in initials: "expand US LNG"). Listed,
    not drawn: the country's middle is not where the plant is."""
    if toks[e].text != "LNG" or e == 0:
        return None
    tp = _toponym_at(ctx, toks[e - 1])
    if tp is None or _kind_at(ctx, toks[e - 1]) != "country" or _demonym(ctx, tp):
        return None
    if toks[e - 1].text.replace(".", "").isupper():
        return None  # "expand US LNG": a plant carries its country's name written out
    run = [t for t in toks[:e] if _toponym_at(ctx, t) is tp]
    if not run or run[-1].i != toks[e].i - 1:
        return None
    head = toks[e]
    project = e + 1 < len(toks) and toks[e + 1].lower_ == "project"
    worked = (
        head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in words.lng_project_verbs
    )
    if not (project or worked):
        return None
    name = _span_text(ctx, run[0], head)
    return NamedAsset("terminal", name, named_asset_id("terminal", name), run[0], head, None, None)


def _owned_site(ctx: SentenceContext, toks: list, e: int, words: _Words) -> NamedAsset | None:
    """ "Gunmen stormed the Dutch embassy in Lusaka": a site with no name of its own, named by the
    state that owns it, written right before the head, and by the town "in" after it, drawn
    there, its owner its operator. Only beside a word of force: an embassy is more often a
    speaker ("the US embassy in Baghdad warned") than a site in the news. Not a state's own
    town ("the Iraqi embassy in Baghdad" is no embassy)."""
    head = toks[e]
    typ = words.owned_sites.get(head.lower_)
    if typ is None or e == 0:
        return None
    if not any(t.lower_ in words.owned_site_context for t in toks) and not _entered_by_force(head):
        return None
    owner = _toponym_at(ctx, toks[e - 1])
    if owner is None or owner.candidate is None or owner.candidate.kind != "country":
        return None
    run = [t for t in toks[:e] if _toponym_at(ctx, t) is owner]
    for prep in _its_in(toks, e):
        for obj in prep.children:
            obj = _the_town_of_a_town_s_word(obj) if obj.dep_ == "pobj" else obj
            town = _toponym_at(ctx, obj) if obj.dep_ == "pobj" else None
            if town is None or town.candidate is None or not _placed_town(ctx, obj):
                continue
            if town.candidate.country == owner.candidate.country:
                return None
            geometry, gid = _placed(ctx, [obj])
            if gid is None:
                return None
            code = owner.candidate.country or ""
            name = f"{_span_text(ctx, run[0], head)} in {town.name}"
            return NamedAsset(
                type=typ,
                name=name,
                id=named_asset_id(typ, f"{code} {gid}"),
                first=run[0],
                last=head,
                geometry=geometry,
                gazetteer_id=gid,
                owner=ctx.lex.state_name(code) if code else None,
            )
    return None


# verbs of getting in by force, and the words between them and "into": "broke into the US
# consulate", "forced their way into the embassy", "smashed their way into"
_FORCING_IN = frozenset({"break", "force", "smash", "fight", "push", "burst"})
_WAY_WORDS = frozenset({"way"})


def _entered_by_force(head: Any) -> bool:
    """Whether an owned site is what a crowd got into by force: the object of "into" after a
    verb of breaking or forcing ("Dozens of students broke into the French consulate",
    "Rioters forced their way into the Danish consulate"), a word of force as "stormed" is.
    Only the site itself after "into", never a thing inside it ("Hackers broke into the
    computer network of the British embassy": the network) nor another place ("forced his way
    into the meeting at the Italian embassy")."""
    into = head.head
    if head.dep_ != "pobj" or into.lower_ != "into":
        return False
    verb = into.head
    if verb.lower_ in _WAY_WORDS and verb.dep_ in ("dobj", "npadvmod"):
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _FORCING_IN


def _its_in(toks: list, e: int) -> list:
    """The "in" of an owned site's head: its own, or the one right after it that the parser
    hung on the verb ("broke into the US consulate in the Turkish city of Izmir": "in" the
    verb's, though it places the consulate)."""
    head = toks[e]
    out = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "in"]
    if not out and e + 1 < len(toks) and toks[e + 1].lower_ == "in" and toks[e + 1].dep_ == "prep":
        out.append(toks[e + 1])
    return out


def _the_town_of_a_town_s_word(obj: Any) -> Any:
    """The town a town's word names after "of": "in the Turkish city of Izmir" puts a
    site in Izmir ("city" its object, "Izmir" the object of its "of"); ``obj`` itself
    when it is no town's word or has no such "of"."""
    if obj.lower_ not in _TOWN_WORDS:
        return obj
    for of in obj.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            for town in of.children:
                if town.dep_ == "pobj":
                    return town
    return obj


# those who attack in words: "ministers attacked the embassy for its statement"
_SPEAKERS = frozenset(
    {
        "minister",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "newspaper",
        "paper",
        "editorial",
        "media",
        "press",
        "commentator",
        "critic",
        "lawmaker",
        "legislator",
        "senator",
        "mp",
        "columnist",
    }
)


def _attacked_in_words(verb: Any) -> bool:
    """Whether "attacked" is said of speakers, a word of blame, not of force: "In Ottawa,
    ministers attacked the Indian embassy for its remarks", "state media attacked the
    British embassy" (the embassy named, not struck)."""
    return verb.lemma_.lower() == "attack" and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in _SPEAKERS for s in verb.children
    )


def _owned_site_at_its_verb_s_town(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """ "In Tunis, demonstrators also stormed the Italian embassy": a site named only by the state
    that owns it, with no "in" of its own, the object of a word of force ("stormed",
    "attacked", "torched") whose own "in" names a town of another country: the site stands
    in that town, as the verb says. An embassy only in its host's capital, a consulate only
    elsewhere ("In Sfax, rioters attacked the Italian embassy": the embassy is in
    the capital). Not the owner's own land ("In Washington, officials said militants attacked
    the US embassy"), not a town of another verb ("In Tehran, students recalled how they
    seized the US embassy": the town is the recalling's), not a site that acts ("In London,
    the Iranian embassy said ...")."""
    head = toks[e]
    typ = words.owned_sites.get(head.lower_)
    if typ is None or e == 0 or head.dep_ not in ("dobj", "nsubjpass"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in head.children) or (
        e + 1 < len(toks) and toks[e + 1].lower_ == "in"
    ):
        return None  # "in" and a place of its own: `_owned_site` reads it
    verb = head.head
    if verb.lower_ not in words.owned_site_context or _attacked_in_words(verb):
        return None
    owner = _toponym_at(ctx, toks[e - 1])
    if owner is None or owner.candidate is None or owner.candidate.kind != "country":
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            town = _toponym_at(ctx, obj) if obj.dep_ == "pobj" else None
            if town is None or town.candidate is None or not _placed_town(ctx, obj):
                continue
            if town.candidate.country == owner.candidate.country:
                return None
            if not _a_mission_s_town(ctx, head, town):
                return None
            return _owned_site_at(ctx, toks, e, typ, owner, town)
    return None


def _owned_site_at(ctx: SentenceContext, toks: list, e: int, typ: str, owner, town):
    """The site ``toks[e]``, named by its owner's toponym ``owner``, standing in ``town``:
    unless a place of its sentence lies in a third land (the owner's own name is the one other
    land allowed: "Protesters in Yemen stormed the US embassy" filed from Beirut is elsewhere)."""
    where = town.candidate.country
    if any(
        tp is not owner and tp.candidate is not None and tp.candidate.country != where
        for tp in ctx.toponyms
    ):
        return None
    head = toks[e]
    run = [t for t in toks[:e] if _toponym_at(ctx, t) is owner]
    code = owner.candidate.country or ""
    c = town.candidate
    return NamedAsset(
        type=typ,
        name=f"{_span_text(ctx, run[0], head)} in {town.name}",
        id=named_asset_id(typ, f"{code} {c.gazetteer_id}"),
        first=run[0],
        last=head,
        geometry={"type": "Point", "coordinates": [c.lon, c.lat]},
        gazetteer_id=c.gazetteer_id,
        owner=ctx.lex.state_name(code) if code else None,
    )


# what follows a dateline's town: its region or country after commas, then its date, its
# agency's bracket, a dash or the full stop of a town alone ("SANAA, Yemen (AP) -", "Sanaa, 13
# September 2012.", "Baghdad. Protesters ...")
_DATELINE_AFTER = re.compile(
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)*"
    r"(?:,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b|\s*\(|\s+[-\u2013\u2014]|\.\s)"
)

# an owned site's part in its sentence that makes it a site acted on, not a speaker
_ACTED_ON = frozenset({"dobj", "pobj", "nsubjpass"})


def _owned_site_at_its_dateline(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """ "Sanaa, 13 September 2012. ... protesters stormed the US embassy": a site named only by
    the state that owns it, beside a word of force, with no "in" of its own, in a story whose
    dateline names a town of another country than the owner's: the embassy stands in the
    dateline's town, where the story was filed. Only a site acted on (an object, not "the US
    embassy said"), and only where every other place of its sentence lies in that town's
    country ("Beirut, ... Protesters in Yemen stormed the US embassy": elsewhere)."""
    head = toks[e]
    typ = words.owned_sites.get(head.lower_)
    if typ is None or e == 0 or head.dep_ not in _ACTED_ON:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in head.children) or (
        e + 1 < len(toks) and toks[e + 1].lower_ == "in"
    ):
        return None  # "in" and a place of its own, however parsed: not the dateline's
    if not any(t.lower_ in words.owned_site_context for t in toks):
        return None
    owner = _toponym_at(ctx, toks[e - 1])
    if owner is None or owner.candidate is None or owner.candidate.kind != "country":
        return None
    town = _dateline_town(ctx)
    if town is None or town.candidate is None or town.candidate.country == owner.candidate.country:
        return None
    if not _a_mission_s_town(ctx, head, town) or _story_told_elsewhere(ctx, owner, town):
        return None
    return _owned_site_at(ctx, toks, e, typ, owner, town)


# the towns that hold a country's embassies where its capital by law does not
_EMBASSY_SEATS = {
    "NL": "The Hague",
    "BO": "La Paz",
    "TZ": "Dar es Salaam",
    "CI": "Abidjan",
    "BJ": "Cotonou",
}


def _a_mission_s_town(ctx: SentenceContext, head: Any, town: Toponym) -> bool:
    """Whether a dateline's town is where a state's mission of this word stands: an embassy in
    its host's capital (or the town that holds its embassies: "The Hague"), a consulate in
    another of its towns. "Karachi, ... Rioters attacked the US embassy" tells of the embassy
    in Islamabad; "Islamabad, ... Rioters torched the US consulate" of a consulate elsewhere."""
    c = town.candidate
    if c is None:
        return False
    seat = _EMBASSY_SEATS.get(c.country or "")
    if seat is not None:
        capital = c.name == seat
    else:
        state = ctx.lex.capitals.get(norm_name(c.name))
        capital = state is not None and state.code == c.country
    return capital == (head.lower_ == "embassy")


def _story_told_elsewhere(ctx: SentenceContext, owner: Toponym, town: Toponym) -> bool:
    """Whether the story up to this sentence names a place of a third land, or a town of the
    dateline's land other than its own: a hub's dateline over another land's news ("Beirut,
    ... Mortar bombs fell on Damascus. Two shells hit the Russian embassy"), a story of
    another land's past ("Paris, ... Iranian exiles rallied. They recalled how students seized
    the US embassy"), a site in another town ("Islamabad, ... Police in Karachi said rioters
    torched the US consulate"). The owner's own land may be named ("Saudi officials said")."""
    c = town.candidate
    if c is None or owner.candidate is None:
        return True
    k: SentenceContext | None = ctx
    while k is not None:
        for tp in k.toponyms:
            o = tp.candidate
            if o is None or tp is owner or o.country == owner.candidate.country:
                continue
            if o.country != c.country or (
                o.kind in _PLACED_KINDS and o.gazetteer_id != c.gazetteer_id
            ):
                return True
        k = k.prev
    return False


def _dateline_town(ctx: SentenceContext) -> Toponym | None:
    """The town a story's dateline names: a place opening one of its first two lines (a title's
    or the body's first paragraph), followed by its country, its date, an agency's bracket, a
    dash or a full stop ("SANAA, Yemen (AP) -", "Sanaa, 13 September 2012."); a town, not a
    side it stands for. None for a title's place before a word ("Kabul attack: ...")."""
    text = ctx.doc_text
    starts = [0]
    for line in re.finditer(r"\n\s*(?=\S)", text):
        if len(starts) == 2:
            break
        starts.append(line.end())
    chain: list[SentenceContext] = []
    k: SentenceContext | None = ctx
    while k is not None:
        chain.append(k)
        k = k.prev
    for cur in reversed(chain):
        if cur.s.start > starts[-1]:
            break
        for tp in cur.toponyms:
            c = tp.candidate
            if (
                tp.start in starts
                and c is not None
                and c.kind in _PLACED_KINDS
                and not tp.metonymic
                and _DATELINE_AFTER.match(text, tp.end)
            ):
                return tp
    return None


# words between a place's possessive and its site's head that leave it one site: "Gaza's only
# power plant", "Kabul's main airport" (a superlative too: "Basra's biggest refinery")
_ONE_SITE_WORDS = frozenset(
    {"only", "sole", "main", "principal", "chief", "new", "old", "international"}
)


def _place_s_own_site(ctx: SentenceContext, toks: list, e: int, words: _Words) -> NamedAsset | None:
    """ "the Jaffna Peninsula's only power plant", "Kabul's airport", "Basra's biggest refinery": a
    site with no name of its own, one of a town or a region by its possessive, with no word
    between but one that leaves it one (only, main, a superlative, a kind's qualifier). Drawn
    at the town as a site named for it would be (not a region's, a dam's or a field's: listed),
    never for a country ("Ukraine's largest power plant": which, where?) or a side ("Moscow's
    base"), nor for a plural ("Kyiv's power plants") or a site said to be elsewhere ("Beijing's
    port in Djibouti")."""
    key = _site_head(toks, e, words)
    if not key or toks[e].tag_ != "NN" or key[-1] in words.needing_a_town:
        return None
    if toks[e].dep_ == "compound":
        return None  # "Washington's refinery deal": the deal is Washington's
    b = e - len(key) + 1
    if any(not t.text.islower() for t in toks[b : e + 1]):
        return None  # a capitalised head is a name's ("Khartoum's International Airport")
    k = b - 1
    while k >= 0 and (
        toks[k].lower_ in _ONE_SITE_WORDS
        or toks[k].lower_ in words.site_qualifiers
        or toks[k].tag_ == "JJS"
        or toks[k].lower_.endswith("-largest")
    ):
        k -= 1
    if k < 1 or toks[k].tag_ != "POS":
        return None
    place = _toponym_at(ctx, toks[k - 1])
    c = place.candidate if place is not None else None
    if place is None or c is None or place.metonymic or c.kind not in ("city", "region"):
        return None
    if _demonym(ctx, place):
        return None
    head = toks[e]
    after = [toks[e + 1]] if e + 1 < len(toks) else []
    if any(
        p.dep_ == "prep" and p.lower_ in _SITED_BY and any(_toponym_at(ctx, t) for t in p.subtree)
        for p in [*head.children, *after]
    ):
        return None  # "Beijing's port in Djibouti": whose, not where
    run = [t for t in toks[:k] if _toponym_at(ctx, t) is place]
    typ = words.sites[key]
    geometry, gid = (None, None)
    if c.kind == "city" and typ not in words.unplaced and typ not in words.placed_by_sentence:
        geometry, gid = _placed(ctx, run)
    name = _span_text(ctx, run[0], head)
    # "Jaffna's only power plant" of a headline and "the Jaffna Peninsula's only power plant" of the
    # body: a place's only one of its kind is its country's there, one site (two places of one
    # country each with its only plant, in one article, would be merged: none was seen)
    only = any(t.lower_ in ("only", "sole") for t in toks[k + 1 : b])
    stem = f"{c.country} only {key[-1]}" if only else f"{c.gazetteer_id} {key[-1]}"
    return NamedAsset(
        typ, name, named_asset_id(typ, stem), run[0], head, geometry, gid, whose_place=c.country
    )


# the fuels a country's one pipeline carries ("Egypt's main gas pipeline"), and the words that
# leave it one of its country ("main", "only"; a superlative too: "Iraq's biggest oil pipeline")
_FUELS = frozenset({"oil", "gas", "crude", "fuel", "petroleum", "lng", "natural"})
_ONE_LINE_WORDS = frozenset({"main", "only", "sole", "principal", "chief"})


def _a_country_s_one_pipeline(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """ "Egypt's main gas pipeline", "Libya's only oil pipeline", "Iraq's biggest oil
    pipeline": a fuel's pipeline named by a country's possessive and a word that leaves it the
    country's one (main, only, a superlative): one line, listed under its name, not drawn (it
    crosses regions). Not several ("India's main gas pipelines"), a word of another thing
    after it ("Nigeria's main oil pipeline company"), a line of no fuel ("Britain's main drug
    pipeline") nor a people's word ("the Egyptian main gas pipeline")."""
    key = _site_head(toks, e, words)
    if not key or words.sites[key] != "pipeline":
        return None
    head = toks[e]
    if head.tag_ != "NN" or head.dep_ == "compound":
        return None
    k = e - len(key)
    fuel, one = any(w in _FUELS for w in key), False
    while k >= 0 and (
        toks[k].lower_ in _FUELS or toks[k].lower_ in _ONE_LINE_WORDS or toks[k].tag_ == "JJS"
    ):
        fuel = fuel or toks[k].lower_ in _FUELS
        one = one or toks[k].lower_ in _ONE_LINE_WORDS or toks[k].tag_ == "JJS"
        k -= 1
    if not (fuel and one) or k < 1 or toks[k].tag_ != "POS":
        return None
    country = _toponym_at(ctx, toks[k - 1])
    c = country.candidate if country is not None else None
    if country is None or c is None or c.kind != "country" or _demonym(ctx, country):
        return None
    if _never_made(head):
        return None
    run = [t for t in toks[:k] if _toponym_at(ctx, t) is country]
    words_of_it = " ".join(t.lower_ for t in toks[k + 1 : e + 1])
    return NamedAsset(
        "pipeline",
        _span_text(ctx, run[0], head),
        named_asset_id("pipeline", f"{c.country} {words_of_it}"),
        run[0],
        head,
        None,
        None,
        whose_place=c.country,
    )


# a works' words, and the verbs of making whose "to" after one makes it a factory ("a plant
# to manufacture drones", "a factory to produce shells")
_WORKS_NOUNS = frozenset({"plant", "factory"})
_MAKING_VERBS = frozenset({"manufacture", "produce", "make", "build", "assemble"})
# verbs of a works' opening or standing, whose "in" places the works that is their subject
_WORKS_VERBS = frozenset({"open", "build", "locate", "stand", "operate", "explode", "burn"})
# nouns of a works' coming to be, through which a "where" clause reaches it ("the town of
# Tartu, where the construction of a plant to manufacture tractors was announced")
_BUILDING_NOUNS = frozenset({"construction", "building", "opening", "expansion"})


def _a_works_to_make_things(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """ "a plant to manufacture tractors" in "the town of Tartu, where the construction of a
    big plant to manufacture tractors had been announced", "A plant to make vaccines was opened
    in Pune": a plant or factory that a verb of making with "to" and its object tells is a
    factory, drawn at the town its own "in" or a town's "where" clause names. Not a garden's
    plant ("a plant to attract bees": no making), a power plant (its own kind), one placed by a
    country ("a plant to make drones in Iran": where?) or by nothing ("the company's plant to
    produce steel"), nor an idea born in a town ("the town of Hull, where the idea of a plant
    to make hydrogen was born")."""
    head = toks[e]
    if head.lemma_.lower() not in _WORKS_NOUNS or head.tag_ != "NN" or _site_head(toks, e, words):
        return None
    # "to" and the verb of making right after the works, however the parser hung the verb
    make = toks[e + 2] if e + 2 < len(toks) and toks[e + 1].lower_ == "to" else None
    if make is not None and (
        make.tag_ != "VB"
        or make.lemma_.lower() not in _MAKING_VERBS
        or not any(o.dep_ == "dobj" for o in make.children)
    ):
        make = None
    if make is None:
        return None
    obj = next(o for o in make.children if o.dep_ == "dobj")
    if (
        _a_works_as_a_figure(head)
        or _a_plant_that_grows(head)
        or _a_utility_or_nuclear_fuel(obj)
        or _never_made(head)
    ):
        return None
    town = _a_works_town_in(ctx, head, make)
    if town is None and not _a_works_placed_elsewhere(ctx, head, make):
        town = _a_town_s_where_clause(ctx, head)
    if town is None:
        return None
    geometry, gid = _placed(ctx, [town])
    tp = _toponym_at(ctx, town)
    if gid is None or tp is None:
        return None
    placing = {x.i for c in obj.children if c.lower_ == "in" for x in c.subtree}
    last = max((x for x in obj.subtree if x.i not in placing), key=lambda x: x.i)
    kind = _span_text(ctx, head, last)
    return NamedAsset(
        "factory",
        f"{kind} in {tp.name}",
        named_asset_id("factory", f"{gid} {head.lower_} {make.lemma_.lower()}"),
        head,
        head,
        geometry,
        gid,
    )


# words before a works that make it a figure, a works of people or of words ("a troll
# factory", "a dream factory", "a talent factory")
_FIGURE_WORKS = frozenset(
    {"troll", "dream", "talent", "hit", "star", "meme", "rumour", "rumor", "propaganda", "lie"}
    | {"lies", "fake", "diploma", "content", "myth", "hate", "fame"}
)


def _a_works_as_a_figure(head: Any) -> bool:
    """Whether a plant or factory to make things is a figure of speech: what its sentence's
    subject is said to be ("The academy was a factory to produce footballers in Lagos", "The
    informer was a plant to make trouble in Belfast"), or a works of people or of words by its
    first word ("They opened a troll factory to produce fake posts in St Petersburg")."""
    if head.dep_ in ("attr", "oprd"):
        return True
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _FIGURE_WORKS for c in head.children
    )


# verbs whose object a plant is as a works ("Russia built a plant to make drones"), not a herb
_WORKS_OBJECT_VERBS = frozenset(
    {"build", "open", "construct", "run", "operate", "own", "buy", "acquire", "sell", "close"}
    | {"shut", "expand", "plan", "announce", "unveil", "propose", "finance", "fund", "set"}
    | {"establish", "launch", "inaugurate", "commission", "convert", "hit", "strike", "bomb"}
    | {"attack", "shell", "target", "destroy", "damage", "seize", "capture", "visit", "tour"}
    | {"inspect", "relocate", "move", "approve", "complete", "finish", "raid", "storm"}
)


def _a_plant_that_grows(head: Any) -> bool:
    """Whether a "plant" to make things is a herb, not a works: one grown, used, ground or cut
    ("Farmers grow the plant to make tea in Jorhat", "Healers use the plant to make a tonic",
    "a cutting of the plant to make a new hedge in Kew"). A works' plant is the subject of its
    own verb ("A plant to make vaccines was opened"), the object of a verb of a works (built,
    opened, bombed), or the place of a preposition ("workers at a plant"), an "of" only under
    the noun of its construction ("the construction of a plant"). A factory is never a herb."""
    if head.lower_ != "plant" or head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if head.dep_ == "dobj":
        return head.head.lemma_.lower() not in _WORKS_OBJECT_VERBS
    if head.dep_ == "pobj":
        return head.head.lower_ == "of" and head.head.head.lemma_.lower() not in _BUILDING_NOUNS
    return True


# what a power plant, a water works or a nuclear site makes, not a factory's goods
_NOT_GOODS = frozenset(
    {"electricity", "power", "energy", "heat", "steam", "water", "plutonium", "uranium"}
    | {"tritium"}
)


def _a_utility_or_nuclear_fuel(obj: Any) -> bool:
    """Whether what a works is to make is power, water or a nuclear fuel, its own kind's work,
    not a factory's goods ("A plant to produce electricity was opened in Mombasa": a power
    plant; "a plant to produce plutonium in Yongbyon": a nuclear site; "a plant to produce
    drinking water": a water works)."""
    return obj.lemma_.lower() in _NOT_GOODS


def _a_works_placed_elsewhere(ctx: SentenceContext, head: Any, make: Any) -> bool:
    """Whether a works' own "in" (on it, its verb of making or what it makes) names a place
    that is no town, so that a "where" clause around it tells where it was shown or announced,
    not where it stands ("At the fair in Hanover, where a Chinese firm presented a factory to
    make robots in Ohio": in Ohio, not Hanover)."""
    holders = [head, make, *(o for o in make.children if o.dep_ == "dobj")]
    return any(
        obj.dep_ == "pobj" and _toponym_at(ctx, obj) is not None
        for h in holders
        for prep in h.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
    )


# verbs of a works' or a line's coming to be, which said with "not" or "never" leave it unmade
_BECOMING_VERBS = frozenset(
    {"build", "construct", "complete", "finish", "open", "start", "begin", "launch", "come"}
    | {"materialise", "materialize", "happen"}
)
# verbs that undo a works or a line before it stands, said of it or of its plan
_UNDOING_VERBS = frozenset(
    {"scrap", "cancel", "drop", "abandon", "shelve", "reject", "refuse", "veto", "ditch", "axe"}
)
# nouns of a works' plan, through which it is undone ("scrapped its plan for a factory")
_PLAN_NOUNS = frozenset(
    {"plan", "plans", "proposal", "bid", "project", "scheme", "idea"} | _BUILDING_NOUNS
)
# what a line that is no line yet remains ("remains a dream")
_WISH_NOUNS = frozenset({"dream", "idea", "plan", "proposal", "hope", "fantasy", "ambition"})


def _never_made(head: Any) -> bool:
    """Whether a works or a line is told as never made: its coming to be denied ("A factory to
    make drones will not be built in Lviv", "India's only gas pipeline from Iran was never
    built"), undone before it stood, itself or its plan ("The company scrapped its plan for a
    factory to make batteries in Coventry", "A plant to make asphalt was rejected"), or
    said to remain a wish ("Israel's main gas pipeline to Europe remains a dream")."""
    cur = head
    while (
        cur.dep_ == "pobj"
        and cur.head.lower_ in ("for", "of")
        and cur.head.head.lemma_.lower() in _PLAN_NOUNS
    ):
        cur = cur.head.head
    if cur.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = cur.head
    lemma = verb.lemma_.lower()
    if lemma in _UNDOING_VERBS and cur.dep_ != "nsubj":
        return True
    if lemma in _BECOMING_VERBS and any(c.dep_ == "neg" for c in verb.children):
        return True
    return cur.dep_ == "nsubj" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _WISH_NOUNS for c in verb.children
    )


def _a_works_town_in(ctx: SentenceContext, head: Any, make: Any) -> Any:
    """The town after "in" on a works, on its verb of making, on what it makes, or on its own
    verb of opening or standing ("A plant to make vaccines was opened in Pune"); None if that
    place is no town."""
    holders = [head, make, *(o for o in make.children if o.dep_ == "dobj")]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _WORKS_VERBS:
        holders.append(head.head)
    for h in holders:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _placed_town(ctx, obj):
                    return obj
    return None


def _a_town_s_where_clause(ctx: SentenceContext, head: Any) -> Any:
    """The town whose "where" clause holds a works, as its verb's subject, object or a place of
    its preposition, or through the noun of its construction ("the town of Tartu, where the
    construction of a plant ... was announced"); None otherwise."""
    cur = head
    while (
        cur.dep_ == "pobj"
        and cur.head.lower_ == "of"
        and cur.head.head.lemma_.lower() in _BUILDING_NOUNS
    ):
        cur = cur.head.head
    if cur.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = cur.head
    elif cur.dep_ == "pobj" and cur.head.dep_ == "prep":
        verb = cur.head.head
    else:
        return None
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    town = verb.head
    return town if _placed_town(ctx, town) else None


# determiners that say whose a works is: "its Scunthorpe plant", "their Flint plant"
_OWNERS = frozenset({"its", "their", "his", "her", "our"})
# words of making things and of the people who do it, one of which tells a town's plant is a
# factory ("900 jobs at its Port Talbot plant", "a shift at its Flint plant")
_MAKING_WORDS = frozenset(
    {"jobs", "workers", "employees", "staff", "shift", "shifts", "layoffs", "laid"}
    | {"steel", "steelmaker", "carmaker", "automaker", "cars", "vehicles", "assembly"}
    | {"manufacturing", "manufacturer", "production", "aluminium", "aluminum", "cement"}
    | {"chemicals", "chips", "semiconductors", "tonnes", "tons", "factory", "factories"}
)
# words of power that say a town's plant is a power station, whose kind the name leaves
# untold ("Energoatom said its Rivne plant lost power")
_POWER_WORDS = frozenset(
    {"power", "electricity", "nuclear", "reactor", "reactors", "megawatts", "gigawatts"}
    | {"grid", "coal", "gas-fired", "coal-fired", "energy", "utility", "atomic"}
)


# words of works that treat or make water, or take in waste: "its Jubail plant, the world's
# largest desalination works", "its Beckton plant treated tonnes of sewage"
_WATER_WORKS_WORDS = frozenset(
    {"desalination", "desalinated", "sewage", "sewerage", "wastewater", "purification"}
)
# words before "water" that say a works handles it ("treated water", "cooling water")
_WORKED_WATER = frozenset(
    {"treated", "drinking", "waste", "radioactive", "contaminated", "cooling", "desalinated"}
)


def _a_works_of_water_or_waste(toks: list) -> bool:
    """Whether a firm's town plant is told as a works of water or waste, no factory: "ACWA cut
    200 jobs at its Jubail plant, the world's largest desalination works", "Tepco said workers
    at its Fukushima plant had released tonnes of treated water". "GM stopped using Flint
    water at its Flint plant" tells of no works of water."""
    return any(
        t.lower_ in _WATER_WORKS_WORDS
        or (t.lower_ == "water" and k > 0 and toks[k - 1].lower_ in _WORKED_WATER)
        for k, t in enumerate(toks)
    )


# words of a reactor, which make a town's plant told in their paragraph a power station's
_REACTOR_WORDS = frozenset({"reactor", "reactors"})


def _a_nuclear_firm_s_or_reactor_s(ctx: SentenceContext, toks: list) -> bool:
    """Whether a firm's town plant is a nuclear power station, no factory, though its sentence
    tells only of workers: the firm's name says it splits atoms ("Rosatom said 500 employees
    at its Kursk plant had been moved", Energoatom, Kazatomprom: a name, not the word
    "Atomic"), or its paragraph tells of reactors ("... its Kudankulam plant. Both reactors
    there were shut"). "Volkswagen cut 2,000 jobs at its Wolfsburg plant" is a factory, and so
    is a plant of a product named Atom ("Intel ... at its Chandler plant, which makes Atom
    processors") or of a paragraph of chemistry (`_a_paragraph_of_chemistry`)."""
    atoms = any(
        t.tag_ == "NNP"
        and "atom" in t.lower_
        and not t.lower_.startswith("atomic")
        and t.lower_ not in ("atom", "atoms")
        for t in toks
    )
    reactors = not _REACTOR_WORDS.isdisjoint(ctx.paragraph_words or ())
    return atoms or (reactors and not _a_paragraph_of_chemistry(ctx))


# words of a chemical works, whose reactors split no atoms
_CHEMISTRY_WORDS = frozenset(
    {"chemical", "chemicals", "petrochemical", "petrochemicals", "polymer", "polymers"}
    | {"fertiliser", "fertilizer", "fertilisers", "fertilizers", "plastics", "pharmaceutical"}
)


def _a_paragraph_of_chemistry(ctx: SentenceContext) -> bool:
    """Whether the reactors a town plant's paragraph tells of are a chemical works' ("BASF
    will cut 700 jobs at its Ludwigshafen plant; a chemical reactor there was shut", "Bayer
    cut 500 jobs at its Leverkusen plant as production of crop chemicals fell. A reactor fire
    there had halted output"): the plant stays a factory."""
    return not _CHEMISTRY_WORDS.isdisjoint(ctx.paragraph_words or ())


def _an_owner_s_town_plant(ctx: SentenceContext, toks: list, e: int) -> NamedAsset | None:
    """ "Tata Steel will cut jobs at its Scunthorpe plant", "General Motors' Flint plant": a
    firm's works named by the town it stands in, between an owner (a possessive determiner or
    a name's "'s") and a lone "plant", is a factory drawn at that town. Only a town the
    geoparser placed right before the head and taken as a place (not a region, "its Ohio
    plant", nor a side): a plant of a garden has a plant's word there ("her Boston fern
    plant"), and a plant before another noun is that noun's ("its Christmas plant sales",
    "the plant manager"). Only where the sentence tells of making things and not of power: a
    power company's plant is no factory ("Energoatom said its Rivne plant lost power", "its
    Rivne plant had cut output": its kind untold). A town of far namesakes the sentence does
    not choose between is listed, not drawn (`_a_name_s_town_unsure`)."""
    head = toks[e]
    if head.lower_ != "plant" or head.tag_ != "NN" or head.dep_ == "compound" or e < 2:
        return None
    said = {t.lower_ for t in toks}
    if said.isdisjoint(_MAKING_WORDS) or not said.isdisjoint(_POWER_WORDS):
        return None
    if _a_works_of_water_or_waste(toks) or _a_nuclear_firm_s_or_reactor_s(ctx, toks):
        return None
    place = _toponym_at(ctx, toks[e - 1])
    c = place.candidate if place is not None else None
    if place is None or c is None or place.metonymic or c.kind != "city":
        return None
    run = [t for t in toks[:e] if _toponym_at(ctx, t) is place]
    k = run[0].i - toks[0].i - 1
    if k < 0 or not (toks[k].lower_ in _OWNERS or toks[k].tag_ == "POS"):
        return None
    geometry, gid = _placed(ctx, run)
    if gid is None:
        return None
    name = _span_text(ctx, run[0], head)
    aid = named_asset_id("factory", f"{gid} plant")
    if _a_name_s_town_unsure(ctx, run):
        # "Caterpillar laid off 300 workers at its Peoria plant": Arizona's or Illinois's
        return NamedAsset("factory", name, aid, run[0], head, None, None)
    return NamedAsset("factory", name, aid, run[0], head, geometry, gid)


# the possessive determiners that give a lone "factory" an owner
_FACTORY_OWNERS = frozenset({"its", "their"})


def _an_owner_s_factory_in_a_town(ctx: SentenceContext, toks: list, e: int) -> NamedAsset | None:
    """ "Skoda will cut a shift at its factory in Kvasiny", "Foxconn's factory in Pardubice": a
    lone "factory" that a firm owns ("its", "their", or a name's "'s" that is no person's),
    right before "in" and a town the geoparser placed, is one works of that owner, drawn at
    the town. A bare "factory" names none ("a factory in the town", "a former sweet factory in
    Turin" are not the news's sites, and "a lie factory" is a figure); the owner makes it one.
    Not a plural ("its factories in Poland": how many, where), a compound ("its engine factory
    floor"), a person's ("her father's factory in Lodz"), a year or a region after "in" ("its
    factory in 2019", "its factory in Ohio" are when or what state), nor a town whose namesake
    far off is as likely."""
    head = toks[e]
    if head.lower_ != "factory" or head.tag_ != "NN" or head.dep_ == "compound" or e < 2:
        return None
    before = toks[e - 1]
    if before.lower_ not in _FACTORY_OWNERS and not (
        before.tag_ == "POS"
        and toks[e - 2].text[:1].isupper()
        and toks[e - 2].ent_type_ not in ("PERSON", "NORP")
    ):
        return None
    if e + 2 >= len(toks) or toks[e + 1].lower_ != "in":
        return None
    town = toks[e + 2]
    tp = _toponym_at(ctx, town)
    c = tp.candidate if tp is not None else None
    if tp is None or c is None or tp.metonymic or c.kind != "city":
        return None
    if ctx.s.char(town) != tp.start or _a_namesake_as_likely(tp):
        return None
    run = [t for t in toks[e + 2 :] if _toponym_at(ctx, t) is tp]
    geometry, gid = _placed(ctx, run)
    if gid is None:
        return None
    geometry, gid = _a_quarter_of_the_city_near_it(ctx, toks, e, geometry, gid)
    return NamedAsset(
        "factory",
        _span_text(ctx, head, run[-1]),
        named_asset_id("factory", f"{c.gazetteer_id} factory"),
        head,
        run[-1],
        geometry,
        gid,
    )


# a broadcaster's words before its channel's number, and the heads of its transmitter
_CHANNEL_WORDS = frozenset({"TV", "Radio", "FM", "AM"})
_TRANSMITTER_HEADS = frozenset({"tower", "mast"})


def _a_channel_s_tower(ctx: SentenceContext, toks: list, e: int) -> NamedAsset | None:
    """ "a plane hit the WXYZ TV 7 tower in Lyons": a lone "tower" or "mast" after a
    broadcaster's name, its "TV" or "Radio" and its channel's number is that channel's
    transmitter, drawn at the town "in" names after it (listed where none). The number and a
    name before the channel's word both: "the Fuji TV tower" (a broadcaster's offices), "the
    Radio City tower" (a hall's), "the Radio 1 tower stage" (a festival's stage, the tower a
    word of another noun) are none."""
    head = toks[e]
    if head.lower_ not in _TRANSMITTER_HEADS or head.tag_ != "NN" or head.dep_ == "compound":
        return None
    if e < 3 or not toks[e - 1].text.isdigit() or toks[e - 2].text not in _CHANNEL_WORDS:
        return None
    k = e - 3
    while k >= 0 and (
        (toks[k].text[:1].isupper() and toks[k].is_alpha and toks[k].lower_ != "the")
        or (toks[k].text == "-" and k > 0 and _glued(toks[k - 1], toks[k]))
    ):
        k -= 1
    if k == e - 3 or toks[k + 1].text == "-":
        return None  # no broadcaster's name before its channel
    first = toks[k + 1]
    name = _span_text(ctx, first, head)
    aid = named_asset_id("broadcast_tower", " ".join(t.text for t in toks[k + 1 : e]))
    geometry, gid = None, None
    if e + 2 < len(toks) and toks[e + 1].lower_ == "in" and _placed_town(ctx, toks[e + 2]):
        tp = _toponym_at(ctx, toks[e + 2])
        if tp is not None and ctx.s.char(toks[e + 2]) == tp.start and not _far_namesakes(tp):
            geometry, gid = _placed(ctx, [toks[e + 2]])
    return NamedAsset("broadcast_tower", name, aid, first, head, geometry, gid)


def _span_text(ctx: SentenceContext, first, last) -> str:
    """The text from ``first``'s start to ``last``'s end, as the sentence writes it."""
    return ctx.text[ctx.s.char(first) - ctx.s.start : ctx.s.char_end(last) - ctx.s.start]


def _plain_name(ctx: SentenceContext, t, words: _Words) -> bool:
    """Whether a token may be a word of an asset's own name: a capitalised proper noun that
    is no word the lexicon refuses, no street's word, no side, country, region or sea."""
    return (
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.text not in words.not_names
        and t.lower_ not in words.street_words
        and ctx.mention(t) is None
        and _kind_at(ctx, t) not in ("country", "region", "sea")
    )


def _name_after(ctx: SentenceContext, toks: list, e: int, words: _Words) -> list:
    """The proper name right after a capitalised head ("Joint Base Lewis-McChord", "Naval
    Station Norfolk"): names or hyphens glued to them, not a side, a country or a region, a
    day or a street's word ("Bagram Air Base Road")."""
    out: list = []
    k = e + 1
    while k < len(toks) and len(out) < 4:
        t = toks[k]
        if t.text == "-" and out and k + 1 < len(toks) and _glued(toks[k - 1], t):
            out.append(t)
            k += 1
            continue
        if not _plain_name(ctx, t, words):
            break
        out.append(t)
        k += 1
    while out and out[-1].text == "-":
        out.pop()
    return out


def _names_a_site(ctx: SentenceContext, toks: list, run: list, proper_head: bool = False) -> bool:
    """Whether a run before a site's head is its name: not "an Illinois coal mine" (where,
    not which: a region or a country alone, or any name after "a"), not "32 W." (an address's
    number and initial). A country's or a people's name before a capitalised head is the
    name of that country's one site of the kind ("the Panama Canal", "the Nigerian Defence
    Academy"): the capital says the words are a name, as a lower-case head ("a Syrian air
    base") says they are not."""
    k = run[0].i - toks[0].i
    if k > 0 and toks[k - 1].lower_ in ("a", "an"):
        return False
    if not any(
        len(t.text) > 1 and (t.is_alpha or t.is_upper or _WORD_NUMBER.fullmatch(t.text))
        for t in run
    ):
        return False
    tp = _toponym_at(ctx, run[0])
    whole_place = tp is not None and all(_toponym_at(ctx, t) is tp for t in run)
    kind = _kind_at(ctx, run[0])
    return not (whole_place and (kind == "region" or (kind == "country" and not proper_head)))


def _a_town_s_one(
    ctx: SentenceContext, toks: list, run: list, e: int, proper_head: bool, words: _Words
) -> bool:
    """ "a riot broke out in a Houston prison": a town's name, whole, after "a" and before a
    lower-case head, says where one works of the kind stands, as "a prison in Houston" does (a
    site the sentence places in a town, though not its name). Only a town the geoparser
    placed, not a region or a country ("an Illinois coal mine": where, but too wide to draw),
    and only a head that is the noun its sentence speaks of, not a modifier of another ("a
    Chicago prison guard", "a Liverpool dock worker", "a Lagos port official"), nor a base (as
    often a party's following: "a Washington base politician"), nor a word glued to another by
    a hyphen ("a Hollywood dam-busting film"). Not a kind drawn nowhere (a field, a pipeline, a
    canal): "an attack on a Baku oil field" is the field the story names, an area, not one
    the town holds."""
    k = run[0].i - toks[0].i
    if proper_head or k == 0 or toks[k - 1].lower_ not in ("a", "an"):
        return False
    head = toks[e]
    after = toks[e + 1] if e + 1 < len(toks) else None
    if head.dep_ in ("compound", "amod") or (
        after is not None and (after.pos_ == "NOUN" or (after.text == "-" and not head.whitespace_))
    ):
        return False  # "a Chicago prison guard", "a Hollywood dam-busting film"
    key = _site_head(toks, e, words)
    if not key or key[-1] in words.needing_a_town or words.sites[key] in words.unplaced:
        return False  # "a Kirkuk oil field": a field, a line or a route is no town's works
    tp = _toponym_at(ctx, run[0])
    return (
        tp is not None
        and all(_toponym_at(ctx, t) is tp for t in run)
        and _placed_town(ctx, run[0])
        and not _demonym(ctx, tp)
    )


def _sited(
    ctx: SentenceContext, head, preps: frozenset[str] = _SITED_BY
) -> tuple[dict | None, str | None]:
    """The town a preposition of the head puts the site in: "the plant near Qom"."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _placed(ctx, list(obj.subtree))
    return None, None


def _weapon_at(
    ctx: SentenceContext, toks: list, e: int, words: _Words, at_war: bool
) -> NamedAsset | None:
    key = _head(toks, e, words.weapons, words.longest)
    if not key:
        return None
    b = e - len(key) + 1
    if (ship_class := _ship_class(ctx, toks, b, e, words)) is not None:
        return ship_class
    needs = words.weapons[key]
    if needs == "war" and not at_war:
        return None
    run = _name_run(ctx, toks, b, words.weapon_qualifiers, 3)
    while run and run[0].is_digit:
        run = run[1:]  # "20 Sherman tanks": a count, then the model
    if not run or any(_at_place(ctx, t) for t in run):
        return None  # "Gaza rockets", "Kharkiv tanks": where, not which
    if needs == "number" and not any(c.isdigit() for t in run for c in t.text):
        return None  # "Wagner fighters" are men
    if _names_a_body(toks, run, e):
        return None  # "the Strategic Missile Forces": a branch of an army, not a weapon
    if _a_word_of_a_longer_name(ctx, toks, e):
        return None  # "the Bravo-05 Missile Alert Facility": a site's name, not a missile's
    if _a_first_word_s_capital(ctx, run):
        return None  # "Advanced missiles reached the front": no model, a capital by its place
    if all(t.text in words.makers for t in run):
        return None  # "Boeing aircraft": whose make, not which model
    if _an_owner_before_the_make(toks, run, words):
        return None  # "the Iran Air Airbus A300 aircraft": an airline's plane of that make
    if (
        toks[e].lower_ == "aircraft"
        and not any(c.isdigit() for t in run for c in t.text)
        and not _held_by_a_state(ctx, toks[e])
    ):
        return None  # "Aeroflot aircraft were banned", "Civilian aircraft": no model a state flies
    model = _span_text(ctx, run[0], run[-1])
    noun = toks[e].lemma_.lower()
    name = f"{model} {noun}"
    return NamedAsset(
        type="weapon_system",
        name=name,
        id=weapon_id(f"{model} {_SAME_NOUN.get(noun, noun)}"),
        first=run[0],
        last=toks[e],
        geometry=None,
        gazetteer_id=None,
    )


# an aircraft's model: one to four letters, a hyphen and a number, a variant's capitals
# ("C-130", "Tu-22M", "E-2D"), a plural's "s" ("two Tu-95s")
_DESIGNATOR = re.compile(r"([A-Z][A-Za-z]{0,3})-\d{1,3}[A-Z]{0,2}(s?)")
# letters whose number is a road's or a group's more often than an aircraft's ("the I-80", "the
# M-6", "the G-20")
_NOT_AIRCRAFT_LETTERS = frozenset({"I", "M", "G"})
# words before a designator that make it a number of another thing ("Flight AB-12")
_NUMBERED_THINGS = frozenset(
    {"flight", "route", "highway", "interstate", "motorway", "road", "form", "gate", "platform"}
)


def _an_aircraft_s_model(
    ctx: SentenceContext, toks: list, e: int, words: _Words
) -> NamedAsset | None:
    """An aircraft's model written alone, with no noun of a weapon after it ("an Su-30
    intercepted the patrol plane", "the pilot ejected before the F-4 crashed", "a navy E-2D
    Hawkeye over the gulf" with its own name), in a sentence of flight (`aircraft_context`, or
    an air force): the model is the craft, as "the Su-30 fighter" is. Before another noun it
    tells that noun ("the G-7 summit", "H-2A workers", "the F-35 programme") and names none; a
    flight's, a road's or a group's number is no model."""
    t = toks[e]
    m = _DESIGNATOR.fullmatch(t.text)
    if m is None or m.group(1) in _NOT_AIRCRAFT_LETTERS:
        return None
    if not ({u.lower_ for u in toks} & words.aircraft_context or _AIR_FORCE.search(ctx.text)):
        return None
    if e > 0 and toks[e - 1].lower_ in _NUMBERED_THINGS:
        return None
    last, k = t, e + 1
    while k < len(toks) and k <= e + 2 and _plain_name(ctx, toks[k], words):
        last, k = toks[k], k + 1
    if last.dep_ in ("compound", "amod", "nmod") or (k < len(toks) and toks[k].text == "-"):
        return None  # "the F-35 programme", "an F-16-type jet"
    name = _span_text(ctx, t, last)
    if last is t and m.group(2):
        name = name[:-1]  # "two Tu-95s": the model
    return NamedAsset("weapon_system", name, weapon_id(name), t, last, None, None)


# the tags a participle before a noun takes: an adjective's or a verb's
_DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN", "VBD"})


def _a_first_word_s_capital(ctx: SentenceContext, run: list) -> bool:
    """Whether a weapon's one-word "model" is the sentence's first word, a participle
    capitalised only by its place ("Advanced missiles reached the front", "Floating missile
    defence radar sails for Alaska", "Guided missiles struck the depot"): a kind of weapon
    described, no model. A participle's form is asked as well as its tag: the tagger calls a
    model an adjective too at a sentence's start ("Grad rockets", "Hellfire missiles"), and a
    model's name is tagged a proper noun there ("Stinger missiles were sent")."""
    if len(run) != 1 or run[0].i != ctx.s.sent.start:
        return False
    first = run[0]
    return first.tag_ in _DESCRIBING_TAGS and first.lower_.endswith(("ed", "ing"))


def _names_a_body(toks: list, run: list, e: int) -> bool:
    """Whether a weapon's noun is a word of an army's body's name ("the Strategic Missile
    Forces", "the Rocket Artillery Brigade"): the body's noun follows it and no model number
    is written ("Hwasong-18 missile units" are of a model; "the 31st" counts nothing)."""
    nxt = toks[e].nbor(1) if toks[e].i + 1 < len(toks[e].doc) else None
    if nxt is None or nxt.lower_ not in _ARMED_BODY_NOUNS:
        return False
    return not any(re.search(r"\d(?!\d*(?:st|nd|rd|th)$)", t.text) for t in run)


# the nouns that end a longer proper name a weapon's capitalised word may open or hold: a
# site's, a body's or a works' ("the Pacific Missile Range Facility", "the Tank Museum")
_LONGER_NAME_HEADS = frozenset(
    {"facility", "facilities", "center", "centre", "agency", "range", "museum", "site"}
    | {"complex", "base", "station", "office", "school", "academy", "laboratory", "lab"}
    | {"institute", "corporation", "company", "systems", "park", "memorial", "plant", "works"}
    | {"factory", "hall", "program", "programme", "project", "association", "society"}
)


def _a_word_of_a_longer_name(ctx: SentenceContext, toks: list, e: int) -> bool:
    """Whether a weapon's noun, written with a capital inside a sentence, runs on in capitalised
    words to a site's, a body's or a works' noun: the noun is a word of that longer name ("the
    Bravo-05 Missile Alert Facility", "the Pacific Missile Range Facility", "the Tank Museum at
    Bovington", "the Minuteman Missile National Historic Site"), which names no weapon. A
    capitalised model whose next words are lower case or tell a time ("a Hwasong-15 Missile into
    the sea", "a Tomahawk Missile Tuesday") or an act ("the Kh-101 Missile Strike on the city")
    still names one."""
    noun = toks[e]
    if not noun.text[:1].isupper() or noun.is_upper or noun.i == ctx.s.sent.start:
        return False
    k = e + 1
    while k < len(toks) and k <= e + 4 and toks[k].is_alpha and toks[k].text[:1].isupper():
        if toks[k].lower_ in _LONGER_NAME_HEADS:
            return True
        k += 1
    return False


# the vessels a class's name goes before ("Virginia class submarines", "a Kilo-class submarine")
_CLASS_VESSELS = frozenset(
    {"submarine", "destroyer", "frigate", "corvette", "cruiser", "warship", "carrier"}
)


def _ship_class(
    ctx: SentenceContext, toks: list, b: int, e: int, words: _Words
) -> NamedAsset | None:
    """A class of warship named before "class" and its vessel ("two used Virginia class
    submarines", "a Kilo-class submarine", "an Arleigh Burke-class destroyer"): a weapon
    whatever its sentence tells of war or numbers, and the class's name may be a place's or a
    person's (Virginia, Arleigh Burke). A lower-case word before "class" ("a world-class
    submarine", "first-class") names none."""
    if toks[e].lemma_.lower() not in _CLASS_VESSELS or b < 2 or toks[b - 1].lower_ != "class":
        return None
    at = b - 2 if toks[b - 2].text == "-" else b - 1
    run = _name_run(ctx, toks, at, words.weapon_qualifiers, 3)
    if not run or not all(t.text[:1].isupper() for t in run if t.text != "-"):
        return None
    model = _span_text(ctx, run[0], toks[b - 1])
    noun = toks[e].lemma_.lower()
    return NamedAsset(
        type="weapon_system",
        name=f"{model} {noun}",
        id=weapon_id(f"{model} {noun}"),
        first=run[0],
        last=toks[e],
        geometry=None,
        gazetteer_id=None,
    )


def _an_owner_before_the_make(toks: list, run: list, words: _Words) -> bool:
    """Whether a maker's name in ``run`` follows another capitalised word of the same name
    ("Malaysia Airlines Boeing 777", "Iran Air Airbus A300"): the words before the make name
    whose plane it is (an airline's), and what follows is the make's model, no state's
    weapon."""
    first = toks.index(run[0]) if run[0] in toks else -1
    for k, t in enumerate(run):
        if t.text not in words.makers:
            continue
        before = run[k - 1] if k else (toks[first - 1] if first > 0 else None)
        if before is not None and before.text[:1].isupper() and before.pos_ == "PROPN":
            return True
    return False


def _held_by_a_state(ctx: SentenceContext, head) -> bool:
    """Whether the sentence gives ``head`` a state's hands: an owner's possessive ("their
    Tornado aircraft", "Britain's Harrier aircraft") or a state as the subject of the verb it
    is the object of ("Britain sent Harrier aircraft", "India flew Mirage aircraft"). An
    airline's or an agency's planes ("Lufthansa aircraft evacuated Germans") have neither."""
    for c in head.children:
        if c.dep_ == "poss":
            m = ctx.mention(c)
            if c.tag_ == "PRP$" or (m is not None and m.ref.state is not None):
                return True
    if head.dep_ != "dobj":
        return False
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(m.ref.state is not None for m in ctx.np_mentions(subject))


def _at_place(ctx: SentenceContext, tok) -> bool:
    return _kind_at(ctx, tok) is not None
