"""extract(): one document + its toponyms -> events, assets, stances and theatres."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from explorer.extract import events, stances
from explorer.extract.acronyms import learn_introduced_acronyms
from explorer.extract.actors import PARTICIPLE_RE
from explorer.extract.assets import AssetRules, may_hold_assets
from explorer.extract.context import SentenceContext
from explorer.extract.dates import dateline_date
from explorer.extract.events import document_events
from explorer.extract.events.nonevents_mishap import may_tell_a_thing_going_off
from explorer.extract.lexicon import Lexicon, default_lexicon
from explorer.extract.mentions import (
    actor_mentions,
    asset_mentions,
    settle_family_names,
    settle_shared_demonyms,
)
from explorer.extract.named_assets import (
    kind_modifiers,
    one_ground_told_two_ways,
    one_site_told_two_ways,
    one_weapon_told_two_ways,
    working_sites_not_weapons,
)
from explorer.extract.nlp import FULL, SYNTAX, TOKENS, cue_finder, parse, tokenised_sentences
from explorer.extract.stances import StanceRules
from explorer.extract.stances.allies import ties_told_the_other_way
from explorer.extract.stances.pairs import one_war_per_pair
from explorer.extract.theatres import TheatreFinder, TheatreRef
from explorer.geometry_inside import area_of
from explorer.model import (
    Asset,
    Document,
    Event,
    Evidence,
    Stance,
    Theatre,
    Toponym,
    great_circle_km,
)

GeometryFor = Callable[[str], dict | None]


@dataclass(slots=True)
class Extraction:
    """What one document says: the public result of :func:`extract`."""

    events: list[Event] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    theatres: list[Theatre] = field(default_factory=list)
    # extras for views and the store: the toponym each event is placed at, each asset's actor
    # roles (builder, buyer, operator, supplier)
    event_places: dict[str, Toponym] = field(default_factory=dict)
    asset_roles: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _theatre_geometry(ref: TheatreRef, geometry_for: GeometryFor | None) -> dict | None:
    """A conflict's area: the first of its references with an area, a point only if none."""
    if geometry_for is None:
        return None
    point = None
    for area in ref.areas:
        try:
            g = geometry_for(area)
        except (KeyError, LookupError, ValueError):
            g = None
        if g and g.get("type") != "Point":
            return g
        point = point or g
    return point


def _holds_cue(ctx: SentenceContext) -> bool:
    """Whether a sentence holds a word an event or a stance can start from."""
    lex = ctx.lex
    if "cues" not in lex.derived:
        cues = events.trigger_readings(lex.events)
        for word, readings in stances.trigger_readings(lex.stances).items():
            cues.setdefault(word, []).extend(readings)
        lex.derived["cues"] = cue_finder(cues)
    finder = lex.derived["cues"]
    return finder is None or finder(ctx.s)


def _need(ctx: SentenceContext) -> str:
    """How much of spaCy's pipeline a sentence needs. Every rule (events, stances, glued
    "X-backed" forms, assets) starts from a cue word, a glued participle or an asset: such a
    sentence is read in full. A sentence without any of them only lends the others its
    places, which need their dependencies ("in Syria" against "Syria said"), and its actors,
    matched on its words. A sentence of a thing going off ("a boiler exploded") is read in
    full too: whether it tells a mishap needs its parse."""
    if (
        PARTICIPLE_RE.search(ctx.text)
        or may_hold_assets(ctx)
        or _holds_cue(ctx)
        or may_tell_a_thing_going_off(ctx.text)
    ):
        return FULL
    return SYNTAX if ctx.toponyms else TOKENS


@dataclass(slots=True)
class Prepared:
    """A document read as far as its parse: its units tokenised, their actors, assets and
    theatre scores found, and how much of spaCy each needs (:func:`prepare`). Its FULL units
    are parsed by :func:`parse_prepared`, alone or with other documents' units."""

    doc: Document
    pub: str | None
    lex: Lexicon
    contexts: list[SentenceContext]
    needs: list[str]
    parsed: bool = False

    def full_units(self) -> list:
        return [c.s for c, need in zip(self.contexts, self.needs, strict=True) if need == FULL]


def prepare(
    doc: Document,
    toponyms: list[Toponym],
    published: str | None = None,
    lexicon: Lexicon | None = None,
) -> Prepared:
    """The first half of :func:`extract`: everything before spaCy reads the units."""
    lex = lexicon or default_lexicon()
    # a wire story's date line ("NAIROBI, March 3, 1990 - ...") dates it when its file gave
    # no date: the claims' years then choose the war of their time, as the events' do
    pub = published or doc.published or dateline_date(doc.text)
    tops = sorted(toponyms, key=lambda t: t.start)
    contexts: list[SentenceContext] = []
    prev = None
    for s in tokenised_sentences(doc):
        in_s = [t for t in tops if s.start <= t.start and t.end <= s.end]
        ctx = SentenceContext(
            s=s,
            text=doc.text[s.start : s.end],
            mentions=[],
            toponyms=in_s,
            assets=[],
            lex=lex,
            prev=prev,
            published=pub,
            doc_text=doc.text,
        )
        ctx.mentions = actor_mentions(s, lex, in_s)
        ctx.assets = working_sites_not_weapons(s, asset_mentions(s, lex), lex)
        if prev is not None:
            prev.following = ctx
        contexts.append(ctx)
        prev = ctx
    settle_shared_demonyms(doc.text, contexts, lex)
    settle_family_names(doc.text, contexts, lex, pub)
    learn_introduced_acronyms(doc.text, contexts, lex)
    for ctx in contexts:
        ctx.score_theatres()
    return Prepared(doc, pub, lex, contexts, [_need(ctx) for ctx in contexts])


def parse_prepared(prepared: list[Prepared]) -> None:
    """Parse the units read in full of every prepared document together, in place: spaCy
    reads each unit alone, so a unit's parse does not depend on the others beside it, and the
    entity decoder steps the units of several documents at once (its cost is per step)."""
    todo = [p for p in prepared if not p.parsed]
    units = [s for p in todo for s in p.full_units()]
    parse(units, [FULL] * len(units))
    for p in todo:
        p.parsed = True


def _one_site_once(
    assets: list[Asset],
    lex: Lexicon,
    roles: dict[str, list[tuple[str, str]]],
    text: str = "",
    toponyms: list[Toponym] | None = None,
    regions: dict[str, tuple[str, ...]] | None = None,
    by_ends: dict[str, bool] | None = None,
    geometry_for: GeometryFor | None = None,
) -> list[Asset]:
    """Found by form twice in one article, with and without a people's word ("Grand Ethiopian
    Renaissance Dam", "Grand Renaissance Dam"): one asset, under its fullest name. And one
    name of one kind read twice with different ids, its town resolved in one sentence and not
    in another ("Mosul Dam" of a headline, where Mosul is read as the city, and of the body,
    where it is not): one asset, where no two readings are drawn apart. And one weapon told
    by its model and by its variant's full name ("B-1 bomber", "B-1B Lancer bomber"): one
    asset, under the fuller name. And a title's site told by its owner's possessive ("Laos
    shows off its Mekong dam") that the body names no other way: the body's one site of its
    kind (``_a_title_s_own_site``)."""
    title = _title_end(text)
    adjectives = frozenset(a.lower() for a in lex.adjectives.values() if a)
    formed = [a for a in assets if a.gazetteer_id is None]
    into = one_site_told_two_ways([a.name for a in formed], adjectives)
    weapons = [a for a in formed if a.type == "weapon_system"]
    into.update(_told_apart(weapons, one_weapon_told_two_ways([a.name for a in weapons]), title))
    by_name: dict[tuple[str, str], Asset] = {}
    for a in formed:
        by_name.setdefault((a.type, a.name), a)
    dropped: set[str] = set()

    def merge(a: Asset, target: Asset, lend_place: bool = True) -> None:
        target.evidence.extend(e for e in a.evidence if e not in target.evidence)
        target.operators.extend(o for o in a.operators if o not in target.operators)
        if target.geometry is None and lend_place:
            target.geometry, target.country = a.geometry, a.country
        known = roles.setdefault(target.id, [])
        known.extend(r for r in roles.pop(a.id, []) if r not in known)
        dropped.add(a.id)

    for a in formed:
        target = by_name.get((a.type, a.name))
        if target is not None and target.id != a.id and _drawn_alike(a, target):
            merge(a, target)
    for a in formed:
        if a.id in dropped:
            continue
        target = by_name.get((a.type, into.get(a.name, "")))
        if target is None or target.id == a.id or target.id in dropped:
            continue
        merge(a, target)
    ground = one_ground_told_two_ways([(a.type, a.name) for a in formed], lex)
    fullest = {a.name: a for a in formed if a.name in ground.values()}
    for a in formed:
        target = fullest.get(ground.get(a.name, ""))
        if target is not None and a.id not in dropped and target.id not in dropped:
            merge(a, target)
    for a, target in _a_curated_site_s_town(formed, assets, lex):
        if a.id not in dropped:
            merge(a, target, lend_place=False)
    for a, target in _a_region_s_one_site(formed, regions or {}, lex, geometry_for):
        if a.id not in dropped and target.id not in dropped:
            merge(a, target)
    for a, target in _a_named_route_told_by_its_ends(formed, by_ends or {}):
        if a.id not in dropped and target.id not in dropped:
            merge(a, target)
    kept = [a for a in assets if a.id not in dropped]
    for a, target in _a_title_s_own_site(kept, text[:title], toponyms or []):
        # the title's possessive says whose, not where: the body's site keeps its own place
        merge(a, target, lend_place=False)
    kept = [a for a in assets if a.id not in dropped]
    for a, target in _a_title_s_town_site(kept, title):
        # the title's town is the city, the body's place its quarter: the finer place stays
        merge(a, target, lend_place=False)
    return [a for a in assets if a.id not in dropped]


# how near a site read at a town must be to a curated site of its kind to be that site; and
# how near, where the curated site is named for that town ("the power plant at Bushehr" and
# the Bushehr Nuclear Power Plant, some 16 km from the city's point)
_SAME_SITE_KM = 10.0
_NAMED_FOR_TOWN_KM = 30.0


def _a_curated_site_s_town(
    formed: list[Asset], assets: list[Asset], lex: Lexicon
) -> list[tuple[Asset, Asset]]:
    """(reading, curated site) pairs: a site read by its form and drawn at a town ("the bases
    at Hmeimim and Tartus") where the article names a curated site of the same kind within
    ``_SAME_SITE_KM`` ("the Tartus naval facility", curated as the Tartus naval base): one
    site, told by its town and by its name. Two airports of one city, each curated, lie
    farther apart than that. A curated site named for the reading's town may lie farther from
    the town's point, up to ``_NAMED_FOR_TOWN_KM`` ("the power plant at Bushehr" beside the
    Bushehr Nuclear Power Plant); a town's other plant farther off stays its own ("the power
    plant at Zaporizhzhia", the city's, 55 km from the Zaporizhzhia plant). A reading whose
    kind says what the curated site's name does not is another site of that town ("the
    thermal power plant at Enerhodar" beside the Zaporizhzhia Nuclear Power Plant; "the air
    base at Tartus" beside its naval facility)."""
    curated = [
        (c, at)
        for c in assets
        if (c.gazetteer_id or "").startswith("curated:") and (at := _point(c.geometry))
    ]
    generic = frozenset(w for ws in lex.type_words.values() for p in ws for w in p.split())
    generic |= {"nuclear", "facility", "station", "plant"}
    pairs = []
    for a in formed:
        here = _point(a.geometry)
        if here is None:
            continue
        near = [
            c
            for c, at in curated
            if c.type == a.type
            and (km := great_circle_km(*here, *at)) <= _NAMED_FOR_TOWN_KM
            and (km <= _SAME_SITE_KM or _named_for_its_town(a.name, c.name, generic))
            and _a_kind_of((*kind_modifiers(lex, a.type, a.name), *_words_before(a)), c.name)
        ]
        if len(near) == 1:
            pairs.append((a, near[0]))
    return pairs


def _a_region_s_one_site(
    formed: list[Asset],
    regions: dict[str, tuple[str, ...]],
    lex: Lexicon,
    geometry_for: GeometryFor | None = None,
) -> list[tuple[Asset, Asset]]:
    """(region's reading, town's site) pairs: a kind listed in a first-level region ("an oil
    refinery in the Volgograd region", "an oil refinery in Rostov region") where the article
    draws one site of that kind at a town of that region ("the Volgograd refinery", "the
    Novoshakhtinsk refinery", whose gazetteer entry lies in the Rostov Oblast): one site, told
    by its region and by its town. Not where two sites of the kind stand in the region (which
    one is not said), nor a town of another region ("the Ryazan refinery"), nor where each
    tells its kind another way ("a coal power plant in Bavaria" beside "the Munich gas power
    plant"); words of kind one of them leaves unsaid do not part them ("thermal power plant
    in the Kharkiv region", "the Zmiiv power plant"). The town's region is its gazetteer
    entry's first-level code (``Candidate.admin1``), the region's its own; a curated region
    no code names ("a coal-fired power plant in Crimea") holds the town's site where its shape
    holds the site's point ("the Balaklava thermal power station")."""
    drawn = [a for a in formed if a.geometry is not None]
    pairs = []
    for a in formed:
        if a.geometry is not None or a.id not in regions:
            continue
        holds = _held_by(regions[a.id][2:], geometry_for)
        same = [
            t
            for t in drawn
            if t.type == a.type
            and ((t.id in regions and regions[t.id][:2] == regions[a.id][:2]) or holds(t))
            and _kinds_agree(
                set(kind_modifiers(lex, a.type, a.name)),
                {*kind_modifiers(lex, t.type, t.name), *_words_before(t)},
            )
        ]
        if len(same) == 1:
            pairs.append((a, same[0]))
    return pairs


def _held_by(areas: tuple[str, ...], geometry_for: GeometryFor | None) -> Callable[[Asset], bool]:
    """Whether a curated region's shape among ``areas`` (gazetteer ids) holds a drawn site's
    point."""
    shapes = []
    for gid in areas if geometry_for is not None else ():
        try:
            shape = geometry_for(gid)  # type: ignore[misc]
        except (KeyError, LookupError):
            continue
        if shape and shape.get("type") in ("Polygon", "MultiPolygon"):
            shapes.append(area_of(shape, 0.0))

    def holds(t: Asset) -> bool:
        at = _point(t.geometry)  # (lat, lon); an area takes (x, y)
        return at is not None and any(a.contains(at[1], at[0]) for a in shapes)

    return holds


def _a_named_route_told_by_its_ends(
    formed: list[Asset], by_ends: dict[str, bool]
) -> list[tuple[Asset, Asset]]:
    """(route told by its ends, named route) pairs: "the cable between Estonia and Finland"
    (after "the": a route told already) where the article names one route of that kind ("The
    Estlink 2 cable failed"): one cable, under its name. Not where it names two, nor "a cable
    linking Latvia with Gotland" (a route told first), nor into another route told by its
    ends."""
    pairs = []
    for a in formed:
        if not by_ends.get(a.id):
            continue
        named = [t for t in formed if t.type == a.type and t.id not in by_ends]
        if len(named) == 1:
            pairs.append((a, named[0]))
    return pairs


def _kinds_agree(one: set[str], other: set[str]) -> bool:
    """Whether two readings' words of kind ("coal power", "thermal power") may tell one site:
    those of one are all said by the other ("thermal power plant", "power plant")."""
    return one <= other or other <= one


def _named_for_its_town(reading: str, curated: str, generic: frozenset[str]) -> bool:
    """Whether a curated site's name holds a capitalised word of a reading's name that is no
    word of a kind (``generic``): the town it was read at ("power plant at Bushehr", "Bushehr
    Nuclear Power Plant"; not the "Power" of a title's "Thermal Power Plant at Kherson")."""
    words = {w for w in curated.split() if w.lower() not in generic}
    return any(w[:1].isupper() and w in words for w in reading.split())


# words that end a run of a kind's lower-case qualifiers read backwards from a site's name
_NO_QUALIFIER = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
    | {"at", "of", "in", "on", "from", "to", "by", "and", "or", "with", "near"}
)


def _words_before(a: Asset) -> tuple[str, ...]:
    """The lower-case words right before a reading's name in its first excerpt, back to its
    article ("struck the thermal power station at Enerhodar", read "power station at
    Enerhodar": thermal): the kind's qualifiers the name leaves out."""
    if not a.evidence:
        return ()
    text = a.evidence[0].text
    at = text.find(a.name)
    said = re.findall(r"[\w\-]+", text[:at]) if at > 0 else []
    out: list[str] = []
    for w in reversed(said[-2:]):
        if not w.islower() or w in _NO_QUALIFIER:
            break
        out.append(w)
    return tuple(out)


def _a_kind_of(modifiers: tuple[str, ...], name: str) -> bool:
    """Whether every word a reading gives its kind ("thermal", "air") is in the curated site's
    name ("Zaporizhzhia Nuclear Power Plant" has no "thermal")."""
    said = {w.lower() for w in re.findall(r"[\w\-]+", name)}
    return all(m in said for m in modifiers)


def _point(geometry: dict | None) -> tuple[float, float] | None:
    """(lat, lon) of a Point geometry, else None."""
    if geometry is None or geometry.get("type") != "Point":
        return None
    lon, lat = geometry["coordinates"][:2]
    return lat, lon


def _title_end(text: str) -> int:
    """Where a story's title ends: its first line, when more text follows and the line ends
    in no full stop (as the events reader takes a headline); 0 when the text opens with a
    sentence."""
    line, brk, _ = text.partition("\n")
    line = line.rstrip()
    return len(line) if brk and line and line[-1] not in ".!?\"'" else 0


# an owner's possessive right before a name: "its Nile dam", "Ethiopia's Nile dam"
_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our)|\w['’]s?)\s+$", re.IGNORECASE)


def _a_title_s_own_site(
    assets: list[Asset], title: str, toponyms: list[Toponym]
) -> list[tuple[Asset, Asset]]:
    """(title's reading, body's site) pairs: a site read only in the title, after its owner's
    possessive ("Laos shows off its Mekong dam"), is a description of whose site the story
    is about, not its name; where the body names exactly one site of that kind ("the Xayaburi
    Dam"), the title tells of that one. A weapon is left to its model's
    reading; a title's site drawn elsewhere than the body's is another, and so is a body's
    site whose sentences name only other countries than the title does ("Turkey shuts its
    Euphrates dam" over "Syria said the Tabqa Dam downstream was running dry": Syria's dam,
    which the title's owner would otherwise be lent)."""
    if not title:
        return []
    owners = _countries_named(toponyms, 0, len(title))
    pairs = []
    for a in assets:
        at = title.find(a.name)
        if (
            a.type == "weapon_system"
            or at <= 0
            or not all(e.end <= len(title) for e in a.evidence)
            or _OWNER_BEFORE.search(title[:at]) is None
        ):
            continue
        body = [
            b
            for b in assets
            if b is not a and b.type == a.type and any(e.start >= len(title) for e in b.evidence)
        ]
        if len(body) == 1 and _drawn_alike(a, body[0]):
            told = set().union(
                *(_countries_named(toponyms, e.start, e.end) for e in body[0].evidence)
            )
            if not told or told & owners:
                pairs.append((a, body[0]))
    return pairs


# how far from a title's town the body's one site of its kind may be drawn and be that site,
# told by the city in the title and by its quarter in the body
_QUARTER_KM = 20.0


def _a_title_s_town_site(assets: list[Asset], title: int) -> list[tuple[Asset, Asset]]:
    """(title's reading, body's site) pairs: a site read only in the title, told by its town
    ("Grenade attack on Nairobi market"), is the body's one site of that kind where the body
    draws it within ``_QUARTER_KM`` of that town ("a market in Eastleigh, a district of
    Nairobi"): one site, told by its city and by its quarter. Two sites of the kind in the
    body, or the body's one drawn farther off ("Bomb hits Kano market" over a market in
    Maiduguri), leave the title's its own. A weapon is no site."""
    if not title:
        return []
    pairs = []
    for a in assets:
        if (
            a.type == "weapon_system"
            or a.gazetteer_id is not None
            or not a.evidence
            or not all(e.end <= title for e in a.evidence)
        ):
            continue
        body = [
            b
            for b in assets
            if b is not a and b.type == a.type and any(e.start >= title for e in b.evidence)
        ]
        if len(body) == 1 and _within(a, body[0], _QUARTER_KM):
            pairs.append((a, body[0]))
    return pairs


def _within(a: Asset, b: Asset, km: float) -> bool:
    """Whether two assets are both drawn at points no farther apart than ``km``."""
    pa, pb = (a.geometry or {}), (b.geometry or {})
    if pa.get("type") != "Point" or pb.get("type") != "Point":
        return False
    (lon1, lat1), (lon2, lat2) = pa["coordinates"][:2], pb["coordinates"][:2]
    return great_circle_km(lat1, lon1, lat2, lon2) <= km


def _countries_named(toponyms: list[Toponym], start: int, end: int) -> set[str]:
    """The countries of the places (and peoples) the geoparser read between ``start`` and
    ``end``."""
    return {
        t.candidate.country
        for t in toponyms
        if t.candidate is not None and t.candidate.country and start <= t.start < end
    }


def _told_apart(weapons: list[Asset], into: dict[str, str], title: int = 0) -> dict[str, str]:
    """The shorter names of ``into`` but those named in one sentence with the fuller, or in
    the body before the fuller: "Taiwan bought F-16 and F-16V jets", "fired a Hatf missile
    and a Hatf-II missile" set a model beside its variant as two, and so does "Taiwan flies
    F-16 fighters. In 2019 it ordered 66 F-16V fighters" (a variant brought in after its
    model). A headline's "B-1 bomber" over the body's "B-1B Lancer bomber" is one told twice,
    and so is a model named after its variant ("a B-1B Lancer bomber ... The B-1 bomber"):
    the shorter name then points back. ``title`` is where the story's title ends."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for a in weapons:
        spans.setdefault(a.name, set()).update((e.start, e.end) for e in a.evidence)

    def first_in_body(name: str) -> int:
        return min((s for s, _ in spans.get(name, set()) if s >= title), default=-1)

    excerpts = {(e.start, e.end): e.text for a in weapons for e in a.evidence}

    def apart(short: str, full: str) -> bool:
        if spans.get(short, set()) & spans.get(full, set()):
            return True
        before = first_in_body(short)
        if before < 0 or before >= first_in_body(full):
            return False
        return not _the_deal_s_variant(
            excerpts[min(sp for sp in spans[short] if sp[0] >= title)],
            excerpts[min(sp for sp in spans[full] if sp[0] >= title)],
            full,
        )

    return {s: f for s, f in into.items() if not apart(s, f)}


# a sentence that tells a deal ("Pakistan will buy F-16 fighters"), and one that goes on with
# what the deal told before holds ("The deal covers 18 F-16C fighters")
_A_DEAL = re.compile(
    r"\b(?:buys?|bought|buying|purchas\w*|order(?:s|ed|ing)?|acquir\w*|sells?|sold|selling|"
    r"deals?|contracts?)\b",
    re.IGNORECASE,
)
_THE_DEAL = re.compile(
    r"^(?:The|This|That)\s+(?:[\w$.,-]+\s+){0,3}?(?:deal|contract|order|package|agreement|sale|"
    r"purchase)\s+(?:covers|includes|is for|was for|comprises|provides for|calls for)\b"
)


def _the_deal_s_variant(before: str, after: str, variant: str) -> bool:
    """Whether a model told in a deal ("Pakistan will buy F-16 fighters") and its variant
    told next as what that deal holds ("The deal covers 18 F-16C fighters") are one weapon:
    the variant says which model the deal was for. A model a state flies, then a variant it
    orders ("Taiwan flies F-16 fighters. In 2019 it ordered 66 F-16V fighters"), are two."""
    return bool(_A_DEAL.search(before)) and bool(_THE_DEAL.match(after)) and variant in after


def _drawn_alike(a: Asset, b: Asset) -> bool:
    """Whether two readings of one name may be one site: not drawn at two places (two towns of
    one name in one article are two sites)."""
    return a.geometry is None or b.geometry is None or a.geometry == b.geometry


def extract(
    doc: Document,
    toponyms: list[Toponym],
    published: str | None = None,
    geometry_for: GeometryFor | None = None,
    lexicon: Lexicon | None = None,
    prepared: Prepared | None = None,
) -> Extraction:
    """Events, assets, stances and theatres of ``doc``, each tied to its evidence sentence.

    ``toponyms`` are the geoparser's for ``doc.text`` (may be empty: actors still come from the
    lexicon, places then stay unknown). ``published`` (ISO date) overrides ``doc.published``.
    ``geometry_for(gazetteer_id)`` supplies asset and theatre geometry when given.
    ``prepared`` is :func:`prepare`'s reading of this same document and toponyms (parsed or
    not), when the caller has made it.
    """
    if prepared is None:
        prepared = prepare(doc, toponyms, published, lexicon)
    parse_prepared([prepared])
    lex, pub, contexts, needs = prepared.lex, prepared.pub, prepared.contexts, prepared.needs
    year = int(pub[:4]) if pub and pub[:4].isdigit() else None
    sentences = [ctx.s for ctx in contexts]
    # the sentences that only name places are parsed once an event or a stance needs their
    # places (most articles have neither)
    places_only = [s for s, need in zip(sentences, needs, strict=True) if need == SYNTAX]

    def read_places() -> None:
        parse(places_only, [SYNTAX] * len(places_only))
        places_only.clear()

    for ctx, need in zip(contexts, needs, strict=True):
        ctx.full_parse = need == FULL
        if ctx.full_parse:
            ctx.drop_states_in_persons_names()
            ctx.find_compounds()
    para_words: dict[int, set[str]] = {}
    for ctx in contexts:
        para_words.setdefault(ctx.s.paragraph, set()).update(
            t.lower_ for t in ctx.s.sent if t.is_alpha
        )
    doc_words = set().union(*para_words.values()) if para_words else set()
    for ctx in contexts:
        ctx.paragraph_words = para_words.get(ctx.s.paragraph)
        ctx.document_words = doc_words
    finder = TheatreFinder(lex, contexts, doc.text, before_reading=read_places, published=pub)
    out = Extraction()
    assets: dict[str, Asset] = {}
    regions: dict[str, tuple[str, ...]] = {}
    by_ends: dict[str, bool] = {}
    theatre_ev: dict[str, list[Evidence]] = {}
    outright: set[str] = set()  # the wars shown for their own words, with no stance
    out.events, out.event_places = document_events(doc, contexts, pub, read_places)
    for ctx in contexts:
        if ctx.full_parse:  # else no cue word: no stance, no asset (_need)
            rules = StanceRules(ctx, finder, pub)
            if doc.outlet:
                rules.outlet_label = doc.outlet
            for st in rules.stances(doc.id):
                out.stances.append(st)
                theatre_ev.setdefault(st.theatre, [])
                if not any(e.start == st.evidence[0].start for e in theatre_ev[st.theatre]):
                    theatre_ev[st.theatre].extend(st.evidence)
            asset_rules = AssetRules(ctx, geometry_for)
            for a, roles in asset_rules.assets(doc.id):
                if a.id in assets:
                    have = assets[a.id]
                    have.evidence.extend(e for e in a.evidence if e not in have.evidence)
                    have.operators.extend(o for o in a.operators if o not in have.operators)
                else:
                    assets[a.id] = a
                known = out.asset_roles.setdefault(a.id, [])
                known.extend(r for r in roles if r not in known)
            for aid, region in asset_rules.regions.items():
                regions.setdefault(aid, region)
            for aid, again in asset_rules.by_ends.items():
                by_ends[aid] = by_ends.get(aid, False) or again
        # theatres named outright (a keyword) are worth showing even without stances, where
        # the sentence speaks of fighting in the conflict's years
        for tid, v in ctx.theatre_scores.items():
            if (
                v >= 2
                and tid not in theatre_ev
                and finder.named_outright(lex.theatres[tid], ctx, year)
            ):
                theatre_ev[tid] = [Evidence(doc.id, ctx.s.start, ctx.s.end, ctx.text)]
                outright.add(tid)
    refiled = ties_told_the_other_way(one_war_per_pair(out.stances, finder), lex)
    if refiled is not out.stances:
        out.stances = refiled
        theatre_ev = _theatres_kept(theatre_ev, refiled, outright)
    out.assets = _one_site_once(
        list(assets.values()),
        lex,
        out.asset_roles,
        doc.text,
        toponyms,
        regions,
        by_ends,
        geometry_for,
    )
    for tid, evs in theatre_ev.items():
        ref = finder.chosen.get(tid)
        if ref is None:
            ref = finder._listed(lex.theatres[tid])
        out.theatres.append(
            Theatre(
                id=tid,
                name=ref.name,
                geometry=_theatre_geometry(ref, geometry_for),
                evidence=evs,
                country=ref.country,
            )
        )
    return out


def _theatres_kept(
    theatre_ev: dict[str, list[Evidence]], stances: list[Stance], outright: set[str]
) -> dict[str, list[Evidence]]:
    """The theatres and their evidence once a pass moved stances between wars: a war left
    with no stance goes unless shown for its own words; one a stance moved into gains its
    excerpts."""
    told: dict[str, set[int]] = {}
    for st in stances:
        told.setdefault(st.theatre, set()).update(e.start for e in st.evidence)
    kept: dict[str, list[Evidence]] = {}
    for tid, evs in theatre_ev.items():
        if tid in outright:
            kept[tid] = evs
        elif tid in told:
            kept[tid] = [e for e in evs if e.start in told[tid]]
    for st in stances:
        evs = kept.setdefault(st.theatre, [])
        evs.extend(e for e in st.evidence if not any(x.start == e.start for x in evs))
    return kept


def aggregate_stances(stances: list[Stance]) -> list[Stance]:
    """Merge stances from many documents per (theatre, power, relation, party), keeping every
    piece of evidence. Denials and claims attributed to someone stay apart from the article's
    own statements (``negated`` and ``claimed_by`` are part of the key)."""
    merged: dict[tuple, Stance] = {}
    for st in stances:
        key = (st.theatre, st.power, st.relation, st.party, st.negated, st.claimed_by or "")
        have = merged.get(key)
        if have is None:
            merged[key] = Stance(
                st.power,
                st.relation,
                st.party,
                st.theatre,
                list(st.evidence),
                st.negated,
                st.claimed_by,
            )
            continue
        for e in st.evidence:
            if not any((e.doc, e.start, e.end) == (x.doc, x.start, x.end) for x in have.evidence):
                have.evidence.append(e)
    return sorted(
        merged.values(),
        key=lambda s: (s.theatre, s.power, s.relation, s.party, s.negated, s.claimed_by or ""),
    )
