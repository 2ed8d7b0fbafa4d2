"""Assets: curated sites and routes the geoparser found, infrastructure and weapon systems named
in the text, and generic descriptions the asset lexicon identifies ("Turkey's first nuclear
power plant"); with who builds, operates, buys or supplies them."""

from __future__ import annotations

import re
from collections.abc import Callable

from explorer.extract.context import SentenceContext
from explorer.extract.mentions import Mention
from explorer.extract.named_assets import NamedAsset, may_name_assets, named_assets
from explorer.extract.syntax import PERSPRON, children, governing_subjects, with_conjuncts
from explorer.ids import asset_id, weapon_id
from explorer.model import Asset, Evidence

GeometryFor = Callable[[str], dict | None]


# the words of a state's armed service after "of": "of the US Navy", "of Russia's forces"
_SERVICE_NOUNS = frozenset({"force", "forces", "navy", "army", "military", "marines", "guard"})


def may_hold_assets(ctx: SentenceContext) -> bool:
    """Whether AssetRules.assets can find anything in a sentence (keep the two in step): a
    site or route the geoparser found, an asset named, or a generic description with a
    country to fit."""
    if ctx.assets or may_name_assets(ctx.text, ctx.lex):
        return True
    if any(
        tp.candidate is not None and tp.candidate.kind in ("site", "route") and not tp.metonymic
        for tp in ctx.toponyms
    ):
        return True
    if not any(m.ref.code for m in ctx.mentions) and not any(
        t.candidate and t.candidate.country for t in ctx.toponyms
    ):
        return False
    return any(
        re.search(d["pattern"], ctx.text, re.IGNORECASE)
        for e in ctx.lex.infrastructure
        for d in e.get("descriptions", [])
    )


# a region's word before a country's name: "in eastern Congo"
_BEARINGS = frozenset(
    f"{a}{b}"
    for a in ("", "north", "south")
    for b in ("north", "south", "east", "west", "northern", "southern", "eastern", "western")
    if not (a and b.startswith(("north", "south")))
) | {"central"}


# a private trade's nouns for a firm (not "company", "group" or "venture", which a state's
# own enterprises and joint ventures are called as often: "an Indian joint venture company")
_TRADE_FIRMS = frozenset({"firm", "miner", "producer", "shipbuilder", "contractor"})
# words that make a firm the state's own ("Chilean state miner Codelco")
_STATE_FIRM_WORDS = frozenset(
    {"state", "state-owned", "state-run", "government", "government-owned", "national"}
)


def _a_firm_s_home(m: Mention, head) -> bool:
    """ "A deal let the Canadian miner run the Cobre Panama copper mine": a people's or a
    state's word before a private firm's noun says where the firm is from; the firm runs the
    site, not its state ("the Russian military operates the base" is the state's own force,
    "the Chilean state miner" the state's own firm)."""
    if head.lemma_.lower() not in _TRADE_FIRMS:
        return False
    if any(c.lower_ in _STATE_FIRM_WORDS for c in head.children):
        return False
    word = head.doc[m.i]
    return word.head.i == head.i and word.dep_ in ("amod", "compound")


def _a_dateline(tok) -> bool:
    """Whether a token is a dateline's place, a proper name opening its sentence before a colon
    or a dash ("Baku: Ukraine's destruction of ...", "NEW DELHI - ...")."""
    doc, sent = tok.doc, tok.sent
    k = tok.i + 1
    while k < sent.end and doc[k].pos_ == "PROPN":
        k += 1
    if k >= sent.end or doc[k].text not in (":", "-", "–", "—", "--"):
        return False
    return all(doc[j].pos_ == "PROPN" or doc[j].text == "," for j in range(sent.start, tok.i))


# prepositions whose place is where a site stands: "the terminals in Louisiana"
_SITED_BY = frozenset({"in", "at", "near", "outside"})


def _country_told(ctx: SentenceContext, na: NamedAsset) -> str | None:
    """The country a site drawn nowhere lies in, where its sentence ties a place to it: the
    region it is listed in ("a data centre campus in Connecticut": the United States), else a
    place after "in", "at", "near" or "outside" on its own head or on its appositive's head
    ("the Cameron LNG export terminals in Louisiana", "Ceyhan, an oil terminal in
    Turkey"). Not a weapon (a model stands nowhere), nor a place of another word's phrase
    ("officials discussed the Rogun dam in Moscow": where the talks were), nor a side a
    capital stands for (metonymic)."""
    if na.type == "weapon_system":
        return None
    if na.region and na.region[0]:
        return na.region[0]
    heads = [na.last, *children(na.last, "appos"), *_one_of_its_kinds(na.last)]
    for head in heads:
        for prep in children(head, "prep"):
            if prep.lower_ not in _SITED_BY:
                continue
            for ob in children(prep, "pobj"):
                at = ctx.s.char(ob)
                tp = next((t for t in ctx.toponyms if t.start <= at < t.end), None)
                if tp is not None and tp.candidate is not None and not tp.metonymic:
                    return tp.candidate.country or None
    return None


# a person's possessives, and the nouns of a business one owns or runs
_PERSON_S = frozenset({"his", "her"})
_BUSINESS_NOUNS = frozenset({"company", "firm", "business", "corporation", "group", "venture"})


def _a_person_s_business(head) -> bool:
    """Whether a doer is a person's business named only as theirs: "the solar park, which his
    firm is building", "her firm will run the mine". The possessive stands for a person
    (a chief executive, a founder), whose country is no builder or operator; the business
    itself is not named here. "his government", "her army" are a leader's state and stay."""
    return head.lemma_.lower() in _BUSINESS_NOUNS and any(
        p.lower_ in _PERSON_S for p in children(head, "poss")
    )


def _one_of_its_kinds(head) -> list:
    """The kind an appositive "one of" counts a site among, whose own "in" places it too: "the
    Tower Bridge, one of the best-known crossings of the river in London" (the crossings in
    London). Only that noun's own phrase, never a deeper one's ("the Kamsar port, one of the
    projects of a firm in Germany": the firm's)."""
    return [
        kind
        for one in children(head, "appos")
        if one.lower_ == "one"
        for of in children(one, "prep")
        if of.lower_ == "of"
        for kind in children(of, "pobj")
    ]


class AssetRules:
    def __init__(self, ctx: SentenceContext, geometry_for: GeometryFor | None) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.geometry_for = geometry_for
        # an asset read by its form -> the (country, first-level code) of the region it is
        # listed in or of the town it is drawn at (``NamedAsset.region``)
        self.regions: dict[str, tuple[str, ...]] = {}
        # routes told by their ends -> whether after "the" ("the cable between Norway and
        # Scotland": told again)
        self.by_ends: dict[str, bool] = {}
        self.role_of = {v: role for role, verbs in self.lex.roles.items() for v in verbs}
        # a weapon is also made ("Israeli-made drones") and fired or used by someone
        self.weapon_role_of = {
            **self.role_of,
            **{v: role for role, verbs in self.lex.weapon_roles.items() for v in verbs},
        }

    @property
    def _street_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.lex.named_assets.get("street_words", []))

    def _type_from_words(self, text: str) -> str:
        """The asset type a word of ``text`` tells, whole words only: "airport" is not a
        "port", "Amsterdam" not a "dam", "database" not a "base"."""
        for t, words in self.lex.type_words.items():
            if any(re.search(rf"\b{re.escape(w)}(?:s|es)?\b", text, re.IGNORECASE) for w in words):
                return t
        return "site"

    def _geometry(self, gid: str | None) -> dict | None:
        if gid is None or self.geometry_for is None:
            return None
        try:
            return self.geometry_for(gid)
        except (KeyError, LookupError):
            return None

    def _town_country(self, gid: str | None) -> str | None:
        """The country of the town that places a site named by its form, read off the
        document's resolved place names ("the port of Klang": Malaysia; "Edwards Air Force
        Base" in California: the United States), so that the site says where it lies."""
        if gid is None:
            return None
        return next(
            (
                tp.candidate.country
                for tp in self.ctx.toponyms
                if tp.candidate is not None and tp.candidate.gazetteer_id == gid
            ),
            None,
        )

    def _country_drawn_at(self, geometry: dict) -> str | None:
        """The country of the place of this sentence a site is drawn at without being that
        place's entry: "The $9 billion Mambilla 2 project ... It will cross one arm of the
        Donga river at Gembu Gorge, with a tall dam" is drawn at the gorge, in Nigeria, and
        keeps no gazetteer id of the landmark it is not."""
        if geometry.get("type") != "Point":
            return None
        lon, lat = geometry["coordinates"][:2]
        return next(
            (
                tp.candidate.country
                for tp in self.ctx.toponyms
                if tp.candidate is not None
                and tp.candidate.country
                and abs(tp.candidate.lat - lat) < 1e-6
                and abs(tp.candidate.lon - lon) < 1e-6
            ),
            None,
        )

    def _roles(self, first_tok, last_tok, weapon: bool = False) -> list[tuple[str, str]]:
        """(actor, role) from the verb governing the asset, and "Russian-built"-style compounds."""
        ctx = self.ctx
        role_of = self.weapon_role_of if weapon else self.role_of
        out: list[tuple[str, str]] = []
        sent = first_tok.doc
        # "Russian-built plant": actor, hyphen, participle right before the name
        for k in range(max(first_tok.i - 6, ctx.s.sent.start), first_tok.i):
            t = sent[k]
            if t.lemma_.lower() in role_of and k >= 2 and sent[k - 1].text == "-":
                m = ctx.mention(sent[k - 2])
                if m is not None:
                    out.append((m.ref.actor, role_of[t.lemma_.lower()]))
        # "the X pipeline, which Gazprom operates"
        span = [sent[k] for k in range(first_tok.i, last_tok.i + 1)]
        nouns = {t.i: t for t in [*span, last_tok.head, first_tok.head]}
        for rc in [c for n in nouns.values() for c in n.children if c.dep_ == "relcl"]:
            lem = rc.lemma_.lower()
            if lem in role_of:
                for sj in children(rc, "nsubj"):
                    if sj.lower_ in ("which", "that") or _a_person_s_business(sj):
                        continue
                    for m in ctx.np_mentions(sj):
                        out.append((m.ref.actor, role_of[lem]))
        # "the pipeline operated by Shell", "drones made by Iran": a participle's agent
        for acl in [c for n in nouns.values() for c in n.children if c.dep_ == "acl"]:
            lem = acl.lemma_.lower()
            if lem in role_of and acl.tag_ == "VBN":
                for by in children(acl, "agent"):
                    for ob in children(by, "pobj"):
                        for m in ctx.np_mentions(ob):
                            out.append((m.ref.actor, role_of[lem]))
        cur = last_tok
        for _ in range(6):
            if cur.head.i == cur.i:
                break
            if cur.dep_ == "pobj" and cur.head.lower_ not in ("of", "with"):
                # "Hungary receives crude through the pipeline": the verb acts on something
                # else; "the construction of the plant" and "supply Kyiv with Patriot
                # systems" still reach their noun and verb
                break
            passive = cur.dep_ == "nsubjpass"
            if cur.dep_ == "nsubj" and cur.i != last_tok.i and cur.head.lemma_.lower() in role_of:
                # "Azerbaijan's rout of Armenian tanks with Harop drones has won the maker
                # buyers everywhere": the asset lies inside what acts, and the verb's subject is
                # that phrase (or a dateline glued to it), never who acts on the asset. The
                # asset's own name as the subject stays ("Eurosam, a joint venture of France
                # and Italy, has built an air defence system": its maker named alike)
                break
            cur = cur.head
            lem = cur.lemma_.lower()
            if lem == "delivery" and cur.head.lemma_.lower() == "take":
                cur, lem = cur.head, "take delivery"  # "Turkey took delivery of S-400s"
            if cur.pos_ == "VERB" and lem in role_of:
                if cur.dep_ == "pcomp" and cur.head.lower_ == "from":
                    # "Egypt vowed to stop Ethiopia from building the dam", "Turkey was barred
                    # from buying the jets": an act prevented or given up, nobody's role
                    break
                # "Paris: An air base in Athens received the first Rafale jets": the
                # dateline's town, parsed as a subject, is where the story was filed
                subj = [h for h in children(cur, "nsubj") if not _a_dateline(h)]
                if not subj and children(cur, "nsubj"):
                    break
                # "the jets were sold to Nigeria by Pakistan": the agent acts
                agent = [o for by in children(cur, "agent") for o in children(by, "pobj")]
                if passive and agent:
                    subj = agent
                elif passive:
                    # "half of the railway has been laid, the paper reported": a passive with
                    # no "by" names no doer; the clause above it is the teller's
                    break
                heads = with_conjuncts(subj[0]) if subj else governing_subjects(cur)
                for h in heads:
                    if _a_person_s_business(h):
                        continue
                    ms = (
                        ctx.resolve_pronoun(h, False)
                        if h.lower_ in PERSPRON
                        else ctx.np_mentions(h)
                    )
                    for m in ms:
                        if _a_firm_s_home(m, h):
                            continue
                        if h.lower_ in ("it", "its") and self._a_people_s_plural(m):
                            continue  # "it sold its plant" after "many Peruvians": not Peru
                        out.append((m.ref.actor, role_of[lem]))
                        if m.ref.kind == "org" and m.ref.state:
                            out.append((m.ref.state, role_of[lem]))
                if role_of[lem] == "buyer":
                    out.extend(self._sold_from(cur, last_tok))
                break
            if cur.pos_ in ("NOUN",) and lem in ("purchase", "acquisition", "construction"):
                role = "buyer" if lem != "construction" else "builder"
                for p in children(cur, "poss"):
                    for m in ctx.np_mentions(p):
                        out.append((m.ref.actor, role))
        return list(dict.fromkeys(out))

    def _sold_from(self, verb, head) -> list[tuple[str, str]]:
        """Who a buyer's verb says it buys from: "India to buy Rafale fighter jets from
        France", "Kyiv received Patriot systems from Germany" (the seller, a supplier). Only
        the name "from" takes itself, not a word inside it ("from Ukraine's allies" names no
        seller), nor a time ("from 2016")."""
        out: list[tuple[str, str]] = []
        for p in [*children(verb, "prep"), *children(head, "prep")]:
            if p.lower_ != "from":
                continue
            for ob in with_conjuncts(children(p, "pobj")[0]) if children(p, "pobj") else []:
                out.extend(
                    (m.ref.actor, "supplier") for m in self.ctx.np_mentions(ob) if m.covers(ob)
                )
        return out

    def _owners(self, head) -> list[tuple[str, str]]:
        """Who a possessive before an asset's head names its operator: "Iran's Fordow
        plant", "its Kakhovka dam"."""
        out: list[tuple[str, str]] = []
        for p in children(head, "poss"):
            ms = (
                [
                    m
                    for m in self.ctx.resolve_pronoun(p, False)
                    if not self._where_named(m)
                    and not (p.lower_ == "its" and self._a_people_s_plural(m))
                ]
                if p.lower_ in PERSPRON
                else self.ctx.np_mentions(p)
            )
            # the owner's own name, not a word inside it ("American Electric's" plant)
            out.extend((m.ref.actor, "operator") for m in ms if m.covers(p) or p.lower_ in PERSPRON)
        return out

    def _a_service_s_own(self, first_tok, last_tok) -> list[tuple[str, str]]:
        """The state whose armed service a weapon is told "of", after its name: "a Tu-160
        bomber of Russia's air force", "a P-8 of the US Navy", or right before it, "an Indian Navy
        P-8I" (its operator). Only "of" hung on
        the weapon's own phrase and a service's word as its object, named for one state ("the
        US Navy", "Russia's forces", "the French air force"); never a kind, a type or a
        fleet between ("a model of the kind Iran's air force flies"), nor a body of no state
        ("a rebel militia")."""
        ctx = self.ctx
        span = range(first_tok.i, last_tok.i + 1)
        doc = first_tok.doc
        heads = [doc[k] for k in span if doc[k].head.i not in span or doc[k].head.i == k]
        services = [
            service
            for head in heads[:1]
            for of in children(head, "prep")
            if of.lower_ == "of"
            for service in children(of, "pobj")
        ]
        # "a US Navy EP-3 surveillance plane": the service's name hung right before the weapon
        # (by the words' order and their capitals: the parser often hangs it elsewhere)
        named_before = first_tok.i - 1
        if named_before >= max(ctx.s.sent.start, 0) and doc[named_before].text[:1].isupper():
            services.append(doc[named_before])
        out: list[tuple[str, str]] = []
        for service in services:
            if service.lemma_.lower() not in _SERVICE_NOUNS:
                continue
            first = service.left_edge.i
            if service.i == named_before:
                first = service.i  # its own name's words only: "the US Navy", "an Indian Navy"
                while first > ctx.s.sent.start and (
                    doc[first - 1].text[:1].isupper() or doc[first - 1].text in ("'s", "’s")
                ):
                    first -= 1
            states = {
                m.ref.state
                for k in range(first, service.i + 1)
                if (m := ctx.mention(doc[k])) is not None and m.ref.state
            }
            if len(states) == 1:
                out.append((states.pop(), "operator"))
        return out

    def _a_people_s_plural(self, m: Mention) -> bool:
        """Whether a mention is a people named in the plural ("many Peruvians", "the Danes"),
        which a singular "it" or "its" never means: "Fiat angered many Peruvians when it shut its
        car plant in Lima" is the firm's plant, whoever the firm is, never Peru's."""
        ctx: SentenceContext | None = self.ctx
        while ctx is not None and m not in ctx.mentions:
            ctx = ctx.prev
        if ctx is None:
            return False
        return ctx.s.sent.doc[m.j - 1].tag_ in ("NNS", "NNPS")

    def _where_named(self, m: Mention) -> bool:
        """Whether a pronoun's antecedent is where, not who: "Acacia has three gold mines in
        northern Tanzania. Bandits raided its Bulyanhulu mine": "its" is the firm's, a name the
        lexicon does not know, never the country the mines are in."""
        ctx: SentenceContext | None = self.ctx
        while ctx is not None and m not in ctx.mentions:
            ctx = ctx.prev
        if ctx is None:
            return False
        # read by its words: the sentence before is not always parsed
        doc = ctx.s.sent.doc
        k = m.i - 1
        while k >= 0 and (doc[k].lower_ in _BEARINGS or doc[k].lower_ == "the"):
            k -= 1
        return k >= 0 and doc[k].lower_ in ("in", "into", "inside", "across", "near")

    def assets(self, doc_id: str) -> list[tuple[Asset, list[tuple[str, str]]]]:
        ctx = self.ctx
        s = ctx.s
        ev = Evidence(doc=doc_id, start=s.start, end=s.end, text=ctx.text)
        found: dict[str, tuple[Asset, list]] = {}

        def add(aid, typ, name, gid, toks, geometry=None):
            roles = self._roles(*toks, weapon=typ == "weapon_system") if toks else []
            if toks and typ == "weapon_system":
                roles.extend(r for r in self._a_service_s_own(*toks) if r not in roles)
            if toks and gid is not None and typ != "weapon_system":
                # a curated site's owner by its possessive, as a site named by its form:
                # "Ethiopia's Grand Renaissance Dam"
                roles.extend(r for r in self._owners(toks[1]) if r not in roles)
            if aid in found:
                found[aid][1].extend(r for r in roles if r not in found[aid][1])
                return
            a = Asset(
                id=aid,
                type=typ,
                name=name,
                geometry=geometry or self._geometry(gid),
                operators=[],
                evidence=[ev],
                gazetteer_id=gid,
            )
            found[aid] = (a, roles)

        sent_toks = list(s.sent)

        def toks_for(start, end):
            ts = [t for t in sent_toks if start <= s.char(t) < end]
            return (ts[0], ts[-1]) if ts else None

        for tp in ctx.toponyms:
            c = tp.candidate
            if c is None or tp.metonymic:
                continue
            entry = self.lex.infra_by_id.get(c.gazetteer_id)
            if c.kind == "sea":
                # a waterway dug by hand is a site too ("the Suez Canal"), not the body it
                # authorises ("the Suez Canal Authority")
                after = ctx.text[tp.end - s.start :].split(maxsplit=1)
                street = bool(after) and after[0].strip(".,;:").lower() in self._street_words
                typ = "site" if street else self._type_from_words(c.name)
                if typ != "canal":
                    continue
            elif c.kind not in ("site", "route"):
                continue
            else:
                typ = (
                    entry["type"]
                    if entry
                    else self._type_from_words(
                        c.name + " " + ctx.text[max(0, tp.end - s.start) : tp.end - s.start + 25]
                    )
                )
            if typ == "site":  # a landmark ("the Kremlin"), not infrastructure
                continue
            add(
                asset_id(c.gazetteer_id),
                typ,
                entry["name"] if entry else c.name,
                c.gazetteer_id,
                toks_for(tp.start, tp.end),
            )
        for am in ctx.assets:
            e = am.entry
            if am.kind == "infra":
                if e["type"] == "site":
                    continue  # a landmark a site stands at ("Inga Falls"), no works itself
                add(
                    asset_id(e["gazetteer_id"]),
                    e["type"],
                    e["name"],
                    e["gazetteer_id"],
                    toks_for(am.start, am.end),
                )
            else:
                add(
                    weapon_id(e["name"]),
                    e["type"],
                    e["name"],
                    None,
                    toks_for(am.start, am.end),
                )
        # generic descriptions that only one curated entry fits
        codes = {m.ref.code for m in ctx.mentions if m.ref.code}
        codes |= {t.candidate.country for t in ctx.toponyms if t.candidate and t.candidate.country}
        for e in self.lex.infrastructure:
            aid = asset_id(e["gazetteer_id"])
            if aid in found:
                continue
            for d in e.get("descriptions", []):
                m = re.search(d["pattern"], ctx.text, re.IGNORECASE)
                if not m or not codes & set(d.get("countries", [])):
                    continue
                if d.get("near_words") and not any(w in ctx.text for w in d["near_words"]):
                    continue
                span = toks_for(s.start + m.start(), s.start + m.end())
                roles = self._roles(*span) if span else []
                need = d.get("requires_builder")
                if need and (need, "builder") not in roles:
                    continue
                add(aid, e["type"], e["name"], e["gazetteer_id"], span)
                break
        # sites and weapons no entry lists, named by their form ("the Saky air base")
        for na in named_assets(ctx):
            # a curated entry named another way is that entry, drawn where it says
            gid = na.gazetteer_id if na.gazetteer_id in self.lex.infra_by_id else None
            if na.region is not None:
                self.regions.setdefault(na.id, na.region)
            if na.by_ends:
                self.by_ends[na.id] = self.by_ends.get(na.id, False) or na.ends_told_again
            if na.id not in found:
                add(na.id, na.type, na.name, gid, (na.first, na.last), na.geometry)
                if na.geometry is not None and gid is None:
                    found[na.id][0].country = self._town_country(
                        na.gazetteer_id
                    ) or self._country_drawn_at(na.geometry)
                elif na.geometry is None and gid is None and not na.ship:
                    found[na.id][0].country = _country_told(ctx, na)
                if na.named_before and ctx.prev is not None:
                    # the name is the sentence before's: the excerpt holds both
                    start = ctx.prev.s.start
                    found[na.id][0].evidence = [
                        Evidence(doc_id, start, s.end, ctx.doc_text[start : s.end] or ctx.text)
                    ]
                owners = self._owners(na.last)
                if na.whose_place is not None:
                    # "Asmara's airport" is Eritrea's; "Tripoli's airport" is no side's of a war
                    state = self.lex.state_name(na.whose_place)
                    owners = [r for r in owners if r[0] == state]
                found[na.id][1].extend(r for r in owners if r not in found[na.id][1])
                roles = found[na.id][1]
                if na.ship and len({a for a, _role in roles}) > 1:
                    # "The US and Britain sent the destroyer, Carney, and the frigate,
                    # Diamond": one ship has one navy, and the sentence does not say which
                    roles.clear()
            if na.owner and (na.owner, "operator") not in found[na.id][1]:
                found[na.id][1].append((na.owner, "operator"))  # "INS Nilgiri": India's navy
        out = []
        for a, roles in found.values():
            a.operators = list(dict.fromkeys(actor for actor, _ in roles))
            out.append((a, roles))
        return out
